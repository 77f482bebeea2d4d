package scale_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/scale"
	"github.com/scalevet/scalevet/analyzers/internal/testgopath"
)

// probe reports what scale gathers: each route at its registration,
// each mount at the call that hands a router on, each entry point with
// its cost.
var probe = &analysis.Analyzer{
	Name:       "probe",
	Doc:        "probe: report the scale analyzer's routes, mounts and entries, for tests",
	Requires:   []*analysis.Analyzer{scale.Analyzer},
	ResultType: reflect.TypeFor[*scale.Result](),
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[scale.Analyzer].(*scale.Result)
		short := func(b scale.Base) string {
			if b.Func == "" {
				return ""
			}
			return fmt.Sprintf(" on %s/%d", b.Func[strings.LastIndexAny(b.Func, ".")+1:], b.Slot)
		}
		for _, r := range res.Routes {
			pass.Reportf(r.Pos, "route %s %s%s -> %s", r.Method, r.Path, short(r.Base), r.Name)
		}
		for _, m := range res.Mounts {
			pass.Reportf(m.Pos, "mount %s/%d at %s%s", m.Func[strings.LastIndexAny(m.Func, ".")+1:], m.Slot, m.Prefix, short(m.Base))
		}
		for _, e := range res.Entries {
			msg := fmt.Sprintf("entry %s %s", e.Name, e.Framework)
			reads, writes, loops := 0, 0, []string{}
			n := 0
			for _, op := range e.Ops {
				switch {
				case op.Kind == catalog.Query && op.Loop == "":
					reads++
				case op.Kind == catalog.Query:
					n++
					loops = append(loops, op.LoopOver)
				case op.Kind == catalog.Exec:
					writes++
				}
			}
			if reads+writes+n > 0 {
				msg += fmt.Sprintf(" reads=%d + %s writes=%d loops=%s", reads, strings.Repeat("N", n), writes, strings.Join(loops, ","))
			}
			for _, a := range e.Aliases {
				msg += " aliases=" + a[strings.LastIndex(a, ".")+1:strings.LastIndex(a, "#")]
			}
			pass.Reportf(e.Pos, "%s", msg)
		}
		return res, nil
	},
}

func Test(t *testing.T) {
	analysistest.Run(t, testgopath.Dir(t), probe, "routes/...")
}
