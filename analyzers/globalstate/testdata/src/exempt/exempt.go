// Package exempt writes loggers and metrics on the request path: they
// are per instance by design and aggregated outside the process.
package exempt

import (
	"context"
	"expvar"
	"log"
	"log/slog"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"github.com/sirupsen/logrus"
	"go.opentelemetry.io/otel/metric"
	"go.uber.org/zap"
)

var (
	logger   = log.Default()
	slogger  = slog.Default()
	zlog, _  = zap.NewProduction()
	lrus     = logrus.New()
	served   = expvar.NewInt("served")
	byPath   = expvar.NewMap("by_path")
	requests = promauto.NewCounterVec(prometheus.CounterOpts{Name: "requests_total"}, []string{"path"})
	inflight = prometheus.NewGauge(prometheus.GaugeOpts{Name: "inflight"})
	latency  = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "latency"}, []string{"path"})
	otelReqs metric.Int64Counter
	hits     int
)

func Handle(w http.ResponseWriter, r *http.Request) {
	logger.SetPrefix(r.URL.Path)                     // not reported: a logger
	logger.Printf("served %s", r.URL.Path)           // not reported: a logger
	slogger = slogger.With("path", r.URL.Path)       // not reported: a logger
	zlog = zlog.Named("req")                         // not reported: a logger
	zlog.Info("served", zap.String("path", "x"))     // not reported: a logger
	lrus.SetLevel(logrus.DebugLevel)                 // not reported: a logger
	lrus.Level = logrus.InfoLevel                    // not reported: a logger
	logrus.SetLevel(logrus.InfoLevel)                // not reported: a logger
	served.Add(1)                                    // not reported: expvar
	byPath.Add(r.URL.Path, 1)                        // not reported: expvar
	requests.WithLabelValues(r.URL.Path).Inc()       // not reported: a Prometheus collector
	inflight.Inc()                                   // not reported: a Prometheus collector
	latency.WithLabelValues(r.URL.Path).Observe(0.1) // not reported: a Prometheus collector
	otelReqs.Add(context.Background(), 1)            // not reported: an OpenTelemetry instrument
	hits++                                           // want `handler Handle writes package-level variable hits with no lock`
}
