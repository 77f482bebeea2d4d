// Package metric is a stub of go.opentelemetry.io/otel/metric for
// scalevet's analyzer tests: only the API shape matters.
package metric

import "context"

// Int64CounterOption applies options to a Int64Counter.
type Int64CounterOption interface{ applyInt64Counter() }

// Float64HistogramOption applies options to a Float64Histogram.
type Float64HistogramOption interface{ applyFloat64Histogram() }

// AddOption applies options to an addition measurement.
type AddOption interface{ applyAdd() }

// RecordOption applies options to a synchronous recording.
type RecordOption interface{ applyRecord() }

// Int64Counter is an instrument that records increasing int64 values.
type Int64Counter interface {
	Add(ctx context.Context, incr int64, options ...AddOption)
}

// Float64Histogram is an instrument that records a distribution of float64 values.
type Float64Histogram interface {
	Record(ctx context.Context, incr float64, options ...RecordOption)
}

// Meter provides access to instrument instances for recording metrics.
type Meter interface {
	Int64Counter(name string, options ...Int64CounterOption) (Int64Counter, error)
	Float64Histogram(name string, options ...Float64HistogramOption) (Float64Histogram, error)
	Int64ObservableGauge(name string, options ...Int64ObservableGaugeOption) (Int64ObservableGauge, error)
	RegisterCallback(f Callback, instruments ...Observable) (Registration, error)
}

// Observable is used as a grouping mechanism for all instruments that are updated within a Callback.
type Observable interface{ observable() }

// Int64ObservableGauge is an instrument used to asynchronously record instantaneous int64 measurements once per collection cycle.
type Int64ObservableGauge interface{ Observable }

// Int64ObservableGaugeOption applies options to an Int64ObservableGauge.
type Int64ObservableGaugeOption interface{ applyInt64ObservableGauge() }

// Int64ObservableOption applies an option to every asynchronous int64 instrument.
type Int64ObservableOption interface {
	Int64ObservableGaugeOption
}

// ObserveOption applies options to an observation.
type ObserveOption interface{ applyObserve() }

// Int64Observer is a recorder of int64 measurements.
type Int64Observer interface {
	Observe(value int64, options ...ObserveOption)
}

// Int64Callback is a function registered with a Meter that makes observations for an Int64Observable instrument.
type Int64Callback func(context.Context, Int64Observer) error

// WithInt64Callback adds callback to be called for an instrument.
func WithInt64Callback(callback Int64Callback) Int64ObservableOption { return nil }

// Observer records measurements for multiple instruments in a Callback.
type Observer interface {
	ObserveInt64(obsrv Observable, value int64, opts ...ObserveOption)
}

// Callback is a function registered with a Meter that makes observations for the set of instruments it is registered with.
type Callback func(context.Context, Observer) error

// Registration is a token representing the unique registration of a callback.
type Registration interface{ Unregister() error }

// MeterProvider provides access to named Meter instances.
type MeterProvider interface {
	Meter(name string) Meter
}
