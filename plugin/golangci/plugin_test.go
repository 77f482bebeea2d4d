package golangci_test

import (
	"flag"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/scalevet/scalevet/analyzers"
	"github.com/scalevet/scalevet/plugin/golangci"
)

// names returns the names of the analyzers.
func names(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

// build runs the plugin as golangci-lint does: it looks the plugin up by
// name, calls its constructor with the settings as YAML decodes them, and
// asks for the analyzers.
func build(t *testing.T, conf any) ([]*analysis.Analyzer, error) {
	t.Helper()
	newPlugin, err := register.GetPlugin("scalevet")
	if err != nil {
		t.Fatalf("the plugin is not registered: %v", err)
	}
	p, err := newPlugin(conf)
	if err != nil {
		return nil, err
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	return p.BuildAnalyzers()
}

func TestDefaults(t *testing.T) {
	for _, conf := range []any{nil, map[string]any{}} {
		got, err := build(t, conf)
		if err != nil {
			t.Fatalf("settings %v: %v", conf, err)
		}
		if want := names(analyzers.Enabled()); !slices.Equal(names(got), want) {
			t.Errorf("settings %v: analyzers %v, want the registry's defaults %v", conf, names(got), want)
		}
	}
}

func TestDisable(t *testing.T) {
	got, err := build(t, map[string]any{"disable": []any{"requestquery"}})
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(names(got), "requestquery") || len(got) != len(analyzers.Enabled())-1 {
		t.Errorf("disable: [requestquery] gave %v", names(got))
	}
}

func TestRejected(t *testing.T) {
	for _, test := range []struct {
		name string
		conf any
		want string
	}{
		{"unknown key", map[string]any{"disabled": []any{"requestquery"}}, `unknown field "disabled"`},
		{"unknown analyzer", map[string]any{"disable": []any{"nosuch"}}, `disable: unknown analyzer "nosuch"`},
		{"unknown analyzer's flag", map[string]any{"flags": map[string]any{"nosuch.x": 1}}, `flags: unknown analyzer "nosuch"`},
		{"unknown flag", map[string]any{"flags": map[string]any{"requestquery.nosuch": true}}, `analyzer requestquery has no flag "nosuch"`},
		{"flag without analyzer", map[string]any{"flags": map[string]any{"requestquery": false}}, `"requestquery" is not of the form ANALYZER.FLAG`},
		{"both", map[string]any{"enable": []any{"requestquery"}, "disable": []any{"requestquery"}}, `"requestquery" is both enabled and disabled`},
		{"wrong type", map[string]any{"enable": "requestquery"}, "cannot unmarshal string"},
	} {
		t.Run(test.name, func(t *testing.T) {
			got, err := build(t, test.conf)
			if err == nil || !strings.Contains(err.Error(), test.want) {
				t.Errorf("settings %v: analyzers %v, error %v; want an error with %q", test.conf, names(got), err, test.want)
			}
		})
	}
	everything := map[string]any{"disable": []any{}}
	var all []any
	for _, e := range analyzers.All() {
		all = append(all, e.Analyzer.Name)
	}
	everything["disable"] = all
	if got, err := build(t, everything); err == nil || !strings.Contains(err.Error(), "every analyzer is disabled") {
		t.Errorf("disabling every analyzer: analyzers %v, error %v", names(got), err)
	}
}

// TestSelect covers what the registry has no example of today: an
// analyzer off by default, and an analyzer flag set by its CLI name.
func TestSelect(t *testing.T) {
	on := &analysis.Analyzer{Name: "on", Flags: *flag.NewFlagSet("on", flag.ContinueOnError)}
	limit := on.Flags.Int("limit", 10, "a limit")
	strict := on.Flags.Bool("strict", false, "be strict")
	off := &analysis.Analyzer{Name: "off"}
	entries := []analyzers.Entry{{Analyzer: on, Default: true}, {Analyzer: off, Default: false}}

	s, err := register.DecodeSettings[golangci.Settings](map[string]any{
		"enable": []any{"off"},
		"flags":  map[string]any{"on.limit": 50, "on": map[string]any{"strict": true}},
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := golangci.Select(s, entries)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"on", "off"}; !slices.Equal(names(got), want) {
		t.Errorf("analyzers %v, want %v", names(got), want)
	}
	if *limit != 50 || !*strict {
		t.Errorf("flags: limit=%d strict=%t, want 50 and true", *limit, *strict)
	}
	if _, err := golangci.Select(golangci.Settings{Flags: map[string]any{"on.limit": "many"}}, entries); err == nil || !strings.Contains(err.Error(), "on.limit") {
		t.Errorf("a bad flag value: error %v, want one naming on.limit", err)
	}
}

// TestReports runs the analyzer the plugin builds on a package with an
// N+1 and a look-alike off the request path.
func TestReports(t *testing.T) {
	got, err := build(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(got, func(a *analysis.Analyzer) bool { return a.Name == "requestquery" })
	if i < 0 {
		t.Fatalf("the plugin did not build requestquery: %v", names(got))
	}
	analysistest.Run(t, analysistest.TestData(), got[i], "nplusone")
}
