// Package promauto is a stub of github.com/prometheus/client_golang/prometheus/promauto
// for scalevet's analyzer tests: only the API shape matters.
package promauto

import "github.com/prometheus/client_golang/prometheus"

// NewCounter works like the function of the same name in the prometheus package but it automatically registers the Counter.
func NewCounter(opts prometheus.CounterOpts) prometheus.Counter { return prometheus.NewCounter(opts) }

// NewCounterVec works like the function of the same name in the prometheus package but it automatically registers the CounterVec.
func NewCounterVec(opts prometheus.CounterOpts, labelNames []string) *prometheus.CounterVec {
	return prometheus.NewCounterVec(opts, labelNames)
}

// NewGauge works like the function of the same name in the prometheus package but it automatically registers the Gauge.
func NewGauge(opts prometheus.GaugeOpts) prometheus.Gauge { return prometheus.NewGauge(opts) }

// NewHistogramVec works like the function of the same name in the prometheus package but it automatically registers the HistogramVec.
func NewHistogramVec(opts prometheus.HistogramOpts, labelNames []string) *prometheus.HistogramVec {
	return prometheus.NewHistogramVec(opts, labelNames)
}

// NewGaugeFunc works like the function of the same name in the prometheus package but it automatically registers the GaugeFunc.
func NewGaugeFunc(opts prometheus.GaugeOpts, function func() float64) prometheus.GaugeFunc {
	return prometheus.NewGaugeFunc(opts, function)
}
