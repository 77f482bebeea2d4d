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
}

// MeterProvider provides access to named Meter instances.
type MeterProvider interface {
	Meter(name string) Meter
}
