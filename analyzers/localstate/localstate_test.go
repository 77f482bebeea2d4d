package localstate_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/scalevet/scalevet/analyzers/internal/testgopath"
	"github.com/scalevet/scalevet/analyzers/localstate"
)

func Test(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testgopath.Dir(t), localstate.Analyzer, "embedded/...", "jobs/...", "limits", "broadcast/...", "uploads/...", "blobs/...", "example.com/media", "booking",
		"github.com/go-chi/httprate") // a library calling its own constructor
}
