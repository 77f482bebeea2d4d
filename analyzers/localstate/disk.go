package localstate

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/report"
	"github.com/scalevet/scalevet/analyzers/internal/requestpath"
	"github.com/scalevet/scalevet/analyzers/internal/summary"
)

// disk reports the files that the request path writes to the local
// disk (os.Create, os.WriteFile, a framework's upload saver), here or
// through the functions it calls in other packages (the summaries): a
// later request that a load balancer sends to another instance does
// not find the file. A request's scratch file (under the temporary
// directory, or removed again) is no state and has no summary. One
// finding per writing helper, whatever the number of handlers and
// calls that reach it.
func disk(pass *analysis.Pass, r *report.Reporter, rp *requestpath.Result, sum *summary.Result) {
	for _, e := range rp.Entries {
		seen := make(map[*funcgraph.Func]bool)
		var visit func(f *funcgraph.Func)
		visit = func(f *funcgraph.Func) {
			if seen[f] {
				return
			}
			seen[f] = true
			for _, s := range f.Sites {
				if s.Escapes {
					continue
				}
				var ops []summary.Op
				if op, ok := sum.Direct(s); ok {
					ops = []summary.Op{op}
				} else {
					ops = sum.Imported(s)
				}
				for _, op := range ops {
					if op.Kind != catalog.FileWrite {
						continue
					}
					where := chain(op)
					// One cause per writing helper: the chains that reach
					// one write of the program, or that end in the same
					// three functions, are one place to fix.
					in, fn := op.In, ""
					if len(op.Via) > 0 {
						fn = op.Via[len(op.Via)-1]
					} else { // a write of this package, not yet summarised
						in, fn = pass.Pkg.Path(), pass.Pkg.Name()+"."+f.Name
					}
					keys := diskKeys(op, in, fn)
					r.ReportCauses(keys, 0, analysis.Diagnostic{Pos: s.Pos(), End: s.Expr().End(), Category: catDisk, Related: []analysis.RelatedInformation{e.Related()}}, e.Func.Name, func(who string) string {
						return fmt.Sprintf("file written to the local disk on the request path of %s (%s): a later request that the load balancer sends to another instance does not find it there; keep it in object storage (S3, GCS) or on a volume that every instance mounts", who, where)
					})
					break // one write a call: the first stands for the others
				}
				if rp.Follows(s) {
					visit(s.Target)
				}
			}
		}
		visit(e.Func)
	}
}

// diskJoins reports the files that implementations visible here write
// on the request path of entry points in other packages, through an
// interface call that the handler's package could not resolve
// (summary.Join): at the place that wires the implementation in, naming
// the interface call. One finding per writing helper, as in disk.
func diskJoins(r *report.Reporter, sum *summary.Result) {
	for _, j := range sum.Joins() {
		for _, op := range j.Ops {
			if op.Kind != catalog.FileWrite || len(op.Via) == 0 {
				continue
			}
			keys := diskKeys(op, op.In, op.Via[len(op.Via)-1])
			entry := j.Call.Entry
			if n := j.Call.Entries - 1; n > 0 {
				entry = fmt.Sprintf("%s (and %d more)", entry, n)
			}
			r.ReportCauses(keys, 0, analysis.Diagnostic{Pos: j.Pos, End: j.End, Category: catDisk}, entry, func(who string) string {
				return fmt.Sprintf("%s writes a file to the local disk on the request path of %s, through the interface call %s at %s (%s): a later request that the load balancer sends to another instance does not find it there; keep it in object storage (S3, GCS) or on a volume that every instance mounts",
					j.Subject(), who, j.CallName(), j.Call.Pos, j.Chain(op))
			})
			break // one write a call: the first stands for the others
		}
	}
}

// diskKeys returns the causes of a file write op, made by fn of the
// package in: the chains that reach one write of the program, or that
// end in the same three functions, are one place to fix.
func diskKeys(op summary.Op, in, fn string) []string {
	keys := []string{"disk " + op.Callee + " " + op.Pos + " " + strings.Join(op.Via, " ")}
	if first, _, _ := strings.Cut(in, "/"); strings.Contains(first, ".") {
		// The function that writes, in the program's code (not a
		// standard library wrapper such as ioutil.WriteFile, which
		// every write through it shares): its writes are one place to
		// fix.
		keys = append(keys, "disk "+in+" "+fn)
	}
	for i := 0; i+2 < len(op.Via); i++ {
		keys = append(keys, "disk "+op.Callee+" "+op.Pos+" "+strings.Join(op.Via[i:], " "))
	}
	return keys
}
