package exempt

import (
	"context"
	"expvar"
	"net/http"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"go.opentelemetry.io/otel/metric"
)

// Metrics published by hand: state that a metrics library reads back is
// a metric, per instance by design, like expvar.NewInt.
var (
	statsMu  sync.Mutex
	byStatus = map[int]int{} // read by an expvar.Func
	active   int             // read by a GaugeFunc, through a function
	queued   int64           // read by an OpenTelemetry callback
	scraped  int             // read by a collector's Collect
	sessions int             // read by a callback given to RegisterCallback
	private  int             // guarded, read by nothing that publishes it
	racy     int             // published, but written with no lock
	meter    metric.Meter
)

func activeNow() float64 { statsMu.Lock(); defer statsMu.Unlock(); return float64(active) }

type collector struct{ desc *prometheus.Desc }

func (c collector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

func (c collector) Collect(ch chan<- prometheus.Metric) {
	statsMu.Lock()
	defer statsMu.Unlock()
	ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(scraped))
}

func init() {
	expvar.Publish("by_status", expvar.Func(func() any {
		statsMu.Lock()
		defer statsMu.Unlock()
		return byStatus
	}))
	promauto.NewGaugeFunc(prometheus.GaugeOpts{Name: "active"}, activeNow)
	prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "racy"}, func() float64 { return float64(racy) })
	prometheus.MustRegister(collector{})
	meter.Int64ObservableGauge("queued", metric.WithInt64Callback(func(_ context.Context, o metric.Int64Observer) error {
		statsMu.Lock()
		defer statsMu.Unlock()
		o.Observe(queued)
		return nil
	}))
	meter.RegisterCallback(observeSessions)
}

func observeSessions(_ context.Context, o metric.Observer) error {
	statsMu.Lock()
	defer statsMu.Unlock()
	o.ObserveInt64(nil, int64(sessions))
	return nil
}

func Count(w http.ResponseWriter, r *http.Request) {
	statsMu.Lock()
	byStatus[200]++ // not reported: a metric published through expvar.Func
	active++        // not reported: a metric published through a GaugeFunc
	queued++        // not reported: a metric published through an OpenTelemetry callback
	scraped++       // not reported: a metric published by a collector
	sessions++      // not reported: a metric published through RegisterCallback
	private++       // want `handler Count writes package-level variable private: it is synchronised`
	statsMu.Unlock()
	racy++ // want `handler Count writes package-level variable racy with no lock`
}
