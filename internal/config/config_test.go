package config

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/scalevet/scalevet/analyzers"
	"github.com/scalevet/scalevet/analyzers/requestquery"
)

func TestParseErrors(t *testing.T) {
	for _, test := range []struct{ content, want string }{
		{`disabled = ["x"]`, `unknown key "disabled"`},
		{`disable = "missingcache"`, `incompatible types`},
		{`exclude = ["../other/..."]`, `not a package path relative to the module root`},
		{`exclude = ["./..."]`, `excludes the whole module`},
		{`disable = [`, `scalevet.toml:`},
	} {
		if _, err := Parse("scalevet.toml", []byte(test.content)); err == nil || !strings.Contains(err.Error(), test.want) {
			t.Errorf("Parse(%q): error %v, want one with %q", test.content, err, test.want)
		}
	}
}

func TestSelect(t *testing.T) {
	c, err := Parse("scalevet.toml", []byte(`
disable = ["missingcache", "globalstate/instance"]
exclude = ["internal/admin/...", "./cmd/migrate"]
`))
	if err != nil {
		t.Fatal(err)
	}
	c.Root = "/m"
	s, err := c.Select(analyzers.All(), []string{"requestquery/unbounded"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.On("missingcache") || !s.On("globalstate") {
		t.Errorf("missingcache on %t, globalstate on %t; want off and on", s.On("missingcache"), s.On("globalstate"))
	}
	for _, test := range []struct {
		analyzer, category, file string
		drop                     bool
	}{
		{"globalstate", "instance", "/m/a.go", true},
		{"globalstate", "race", "/m/a.go", false},
		{"requestquery", "unbounded", "/m/a.go", true}, // from the command line
		{"requestquery", "nplusone", "/m/internal/admin/a.go", true},
		{"requestquery", "nplusone", "/m/internal/admin/users/a.go", true},
		{"requestquery", "nplusone", "/m/internal/administer/a.go", false},
		{"requestquery", "nplusone", "/m/cmd/migrate/a.go", true},
		{"requestquery", "nplusone", "/m/cmd/migrate/sub/a.go", false},
		{"requestquery", "nplusone", "/elsewhere/internal/admin/a.go", false},
	} {
		if got := s.Drop(test.analyzer, test.category, test.file); got != test.drop {
			t.Errorf("Drop(%s, %s, %s) = %t, want %t", test.analyzer, test.category, test.file, got, test.drop)
		}
	}

	for _, test := range []struct {
		disable, enable []string
		want            string
	}{
		{[]string{"nosuch"}, nil, `unknown analyzer "nosuch"`},
		{[]string{"globalstate/instanse"}, nil, `analyzer globalstate has no category "instanse"`},
		{nil, []string{"globalstate/race"}, `only whole analyzers are enabled`},
	} {
		if _, err := (&Config{}).Select(analyzers.All(), test.disable, test.enable); err == nil || !strings.Contains(err.Error(), test.want) {
			t.Errorf("Select(disable %v, enable %v): error %v, want one with %q", test.disable, test.enable, err, test.want)
		}
	}
}

// TestFilter checks that the filtered copies drop the findings of a
// disabled category and keep the others, through a prerequisite.
func TestFilter(t *testing.T) {
	prereq := &analysis.Analyzer{Name: "prereq", Doc: "prereq", Run: func(*analysis.Pass) (any, error) { return 42, nil }}
	var got []string
	a := &analysis.Analyzer{
		Name: "a", Doc: "a", Requires: []*analysis.Analyzer{prereq},
		Run: func(pass *analysis.Pass) (any, error) {
			if pass.ResultOf[prereq] != 42 {
				t.Errorf("the prerequisite's result is %v under its original pointer", pass.ResultOf[prereq])
			}
			pass.Report(analysis.Diagnostic{Category: "off", Message: "dropped"})
			pass.Report(analysis.Diagnostic{Category: "on", Message: "kept"})
			return nil, nil
		},
	}
	s := &Selection{disabled: map[string]bool{"a/off": true}}
	f := s.Filter([]*analysis.Analyzer{a})[0]
	if f == a {
		t.Fatal("Filter returned the analyzer itself")
	}
	pass := &analysis.Pass{
		Analyzer: f,
		ResultOf: map[*analysis.Analyzer]any{f.Requires[0]: 42},
		Report:   func(d analysis.Diagnostic) { got = append(got, d.Message) },
	}
	pass.Fset = nil
	if _, err := f.Run(pass); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "kept" {
		t.Errorf("reported %v, want [kept]", got)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "internal", "web")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module m\n"), 0o644)
	c, err := Load(sub)
	if err != nil || c.File != "" || c.Root != dir {
		t.Fatalf("no file: %+v, %v; want an empty configuration at %s", c, err, dir)
	}
	os.WriteFile(filepath.Join(dir, FileName), []byte(`small_tables = ["roles"]`), 0o644)
	c, err = Load(sub)
	if err != nil || c.File != filepath.Join(dir, FileName) || len(c.SmallTables) != 1 {
		t.Fatalf("Load: %+v, %v", c, err)
	}
}

// TestSmallTables checks that small_tables sets -requestquery.small.
func TestSmallTables(t *testing.T) {
	c, err := Parse("scalevet.toml", []byte(`small_tables = ["roles", "app_settings"]`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Select(analyzers.All(), nil, nil); err != nil {
		t.Fatal(err)
	}
	fl := requestquery.Analyzer.Flags.Lookup("small")
	if fl == nil {
		t.Fatal("requestquery has no -requestquery.small")
	}
	defer fl.Value.Set("")
	if got := strings.Split(fl.Value.String(), ","); !slices.Contains(got, "role") || !slices.Contains(got, "appsetting") {
		t.Errorf("-requestquery.small = %q after small_tables, want role and appsetting", fl.Value.String())
	}

	bad, err := Parse("scalevet.toml", []byte(`small_tables = ["roles; drop"]`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bad.Select(analyzers.All(), nil, nil); err == nil || !strings.Contains(err.Error(), "small_tables") {
		t.Errorf("small_tables with a bad name: %v, want an error naming the key", err)
	}
}
