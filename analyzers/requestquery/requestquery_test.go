package requestquery_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/scalevet/scalevet/analyzers/requestquery"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), requestquery.Analyzer, "nethttp", "crosspkg/...")
}
