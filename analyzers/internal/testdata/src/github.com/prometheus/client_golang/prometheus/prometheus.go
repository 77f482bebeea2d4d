// Package prometheus is a stub of github.com/prometheus/client_golang/prometheus
// for scalevet's analyzer tests: only the API shape matters. The vectors
// keep their children in a map behind a lock, as the real ones do, so
// that a test shows the package is exempt, not merely opaque.
package prometheus

import "sync"

// Labels represents a collection of label name -> value mappings.
type Labels map[string]string

// Desc is the descriptor used by every Prometheus Metric.
type Desc struct{}

// Metric models a single sample value with its meta data being exported to Prometheus.
type Metric interface{ Desc() *Desc }

// Collector is the interface implemented by anything that can be used by Prometheus to collect metrics.
type Collector interface {
	Describe(chan<- *Desc)
	Collect(chan<- Metric)
}

// Opts bundles the options for creating most Metric types.
type Opts struct {
	Namespace   string
	Subsystem   string
	Name        string
	Help        string
	ConstLabels Labels
}

// CounterOpts is an alias for Opts.
type CounterOpts Opts

// GaugeOpts is an alias for Opts.
type GaugeOpts Opts

// HistogramOpts bundles the options for creating a Histogram metric.
type HistogramOpts struct {
	Namespace   string
	Subsystem   string
	Name        string
	Help        string
	ConstLabels Labels
	Buckets     []float64
}

// Counter is a Metric that represents a single numerical value that only ever goes up.
type Counter interface {
	Metric
	Collector
	Inc()
	Add(float64)
}

// Gauge is a Metric that represents a single numerical value that can arbitrarily go up and down.
type Gauge interface {
	Metric
	Collector
	Set(float64)
	Inc()
	Dec()
	Add(float64)
	Sub(float64)
	SetToCurrentTime()
}

// Observer is the interface that wraps the Observe method.
type Observer interface{ Observe(float64) }

// Histogram counts individual observations from an event or sample stream in configurable buckets.
type Histogram interface {
	Metric
	Collector
	Observe(float64)
}

type counter struct {
	mu  sync.Mutex
	val float64
}

func (c *counter) Desc() *Desc                  { return nil }
func (c *counter) Describe(chan<- *Desc)        {}
func (c *counter) Collect(chan<- Metric)        {}
func (c *counter) Inc()                         { c.Add(1) }
func (c *counter) Add(v float64)                { c.mu.Lock(); c.val += v; c.mu.Unlock() }
func (c *counter) Set(v float64)                { c.mu.Lock(); c.val = v; c.mu.Unlock() }
func (c *counter) Dec()                         { c.Add(-1) }
func (c *counter) Sub(v float64)                { c.Add(-v) }
func (c *counter) SetToCurrentTime()            {}
func (c *counter) Observe(v float64)            { c.Add(v) }
func (c *counter) Write(chan<- Metric) (n bool) { return }

// CounterVec is a Collector that bundles a set of Counters that all share the same Desc.
type CounterVec struct {
	mu       sync.Mutex
	children map[string]*counter
}

// WithLabelValues returns the Counter for the given slice of label values, creating it if needed.
func (v *CounterVec) WithLabelValues(lvs ...string) Counter {
	v.mu.Lock()
	defer v.mu.Unlock()
	c := &counter{}
	v.children[lvs[0]] = c
	return c
}

// With works as WithLabelValues, but with Labels.
func (v *CounterVec) With(labels Labels) Counter { return v.WithLabelValues() }

// Describe implements Collector.
func (v *CounterVec) Describe(chan<- *Desc) {}

// Collect implements Collector.
func (v *CounterVec) Collect(chan<- Metric) {}

// GaugeVec is a Collector that bundles a set of Gauges that all share the same Desc.
type GaugeVec struct{ CounterVec }

// WithLabelValues returns the Gauge for the given slice of label values.
func (v *GaugeVec) WithLabelValues(lvs ...string) Gauge { return &counter{} }

// HistogramVec is a Collector that bundles a set of Histograms that all share the same Desc.
type HistogramVec struct{ CounterVec }

// WithLabelValues returns the Observer for the given slice of label values.
func (v *HistogramVec) WithLabelValues(lvs ...string) Observer {
	v.mu.Lock()
	defer v.mu.Unlock()
	c := &counter{}
	v.children[lvs[0]] = c
	return c
}

// NewCounter creates a new Counter based on the provided CounterOpts.
func NewCounter(opts CounterOpts) Counter { return &counter{} }

// NewCounterVec creates a new CounterVec based on the provided CounterOpts and partitioned by the given label names.
func NewCounterVec(opts CounterOpts, labelNames []string) *CounterVec {
	return &CounterVec{children: map[string]*counter{}}
}

// NewGauge creates a new Gauge based on the provided GaugeOpts.
func NewGauge(opts GaugeOpts) Gauge { return &counter{} }

// NewGaugeVec creates a new GaugeVec based on the provided GaugeOpts and partitioned by the given label names.
func NewGaugeVec(opts GaugeOpts, labelNames []string) *GaugeVec { return &GaugeVec{} }

// NewHistogram creates a new Histogram based on the provided HistogramOpts.
func NewHistogram(opts HistogramOpts) Histogram { return &counter{} }

// NewHistogramVec creates a new HistogramVec based on the provided HistogramOpts and partitioned by the given label names.
func NewHistogramVec(opts HistogramOpts, labelNames []string) *HistogramVec {
	return &HistogramVec{}
}

// MustRegister registers the provided Collectors with the DefaultRegisterer and panics if any error occurs.
func MustRegister(cs ...Collector) {}

// GaugeFunc is a Gauge whose value is determined at collect time by calling a provided function.
type GaugeFunc interface {
	Metric
	Collector
}

// NewGaugeFunc creates a new GaugeFunc based on the provided GaugeOpts.
func NewGaugeFunc(opts GaugeOpts, function func() float64) GaugeFunc { return &counter{} }

// CounterFunc is a Counter whose value is determined at collect time by calling a provided function.
type CounterFunc interface {
	Metric
	Collector
}

// NewCounterFunc creates a new CounterFunc based on the provided CounterOpts.
func NewCounterFunc(opts CounterOpts, function func() float64) CounterFunc { return &counter{} }

// MustNewConstMetric creates a metric with a constant value, for Collect methods.
func MustNewConstMetric(desc *Desc, valueType ValueType, value float64, labelValues ...string) Metric {
	return &counter{}
}

// ValueType is an enumeration of metric types.
type ValueType int

// GaugeValue is the ValueType of a gauge.
const GaugeValue ValueType = 2
