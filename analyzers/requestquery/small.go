package requestquery

import (
	"flag"

	"github.com/scalevet/scalevet/analyzers/internal/summary"
)

// small is the value of -requestquery.small, the tables small by nature
// whose whole-table reads are not unbounded reads; the scalevet.toml
// key small_tables sets it.
var small = summary.Tables{}

func flags() flag.FlagSet {
	var fs flag.FlagSet
	fs.Var(&small, "small", "comma-separated `tables` small by nature, whose whole-table reads are not reported: roles,settings,plans")
	return fs
}
