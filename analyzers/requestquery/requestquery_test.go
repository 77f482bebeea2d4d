package requestquery_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/scalevet/scalevet/analyzers/internal/testgopath"
	"github.com/scalevet/scalevet/analyzers/requestquery"
)

func Test(t *testing.T) {
	analysistest.Run(t, testgopath.Dir(t), requestquery.Analyzer,
		"nethttp", "crosspkg/...",
		"chi", "gorillamux", "gin", "echo", "fiberv2", "fiberv3", "grpcsvc",
		"sqlxdb", "gormdb", "pgxdb", "mongodb", "mongov2", "redisdb")
}
