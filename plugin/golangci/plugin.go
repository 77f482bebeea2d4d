// Package golangci is scalevet's module plugin for golangci-lint v2.
//
// golangci-lint links it in when it is named in .custom-gcl.yml and built
// with 'golangci-lint custom'; .golangci.yml then enables the linter:
//
//	version: "2"
//	linters:
//	  enable:
//	    - scalevet
//	  settings:
//	    custom:
//	      scalevet:
//	        type: module
//	        description: code that breaks first when traffic grows
//	        settings:
//	          disable: [missingcache, globalstate/instance]  # like -missingcache=false -disable=globalstate/instance
//	          enable: []                       # like -NAME=true, for an analyzer off by default
//	          flags:                           # like -NAME.FLAG=VALUE
//	            requestquery.FLAG: VALUE       # or requestquery: {FLAG: VALUE}
//
// The module's scalevet.toml applies first, as for the scalevet command;
// the settings win over it. The settings use the names of scalevet's
// command-line flags. An unknown
// key, analyzer or flag is an error, so a typo does not silently turn a
// check off. The analyzers are the registry's (package analyzers), the
// same ones the scalevet command runs.
//
// This package registers the plugin in its init function, which is how
// golangci-lint finds module plugins; the analyzer packages have none.
package golangci

import (
	"fmt"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/scalevet/scalevet/analyzers"
	"github.com/scalevet/scalevet/internal/config"
)

// Name is the name of the linter in .golangci.yml.
const Name = "scalevet"

func init() {
	register.Plugin(Name, New)
}

// Settings are the plugin's settings in .golangci.yml, under
// linters.settings.custom.scalevet.settings.
type Settings struct {
	// Enable lists analyzers to run in addition to the default ones,
	// as -NAME=true does.
	Enable []string `json:"enable"`
	// Disable lists analyzers not to run, as -NAME=false does, or
	// categories of findings not to report, as -disable=globalstate/instance.
	Disable []string `json:"disable"`
	// Flags sets analyzer flags by their command-line names, as
	// -NAME.FLAG=VALUE does: NAME.FLAG: VALUE, or NAME: {FLAG: VALUE}.
	// A value may be a string, number or boolean.
	Flags map[string]any `json:"flags"`
}

// Plugin is scalevet as a golangci-lint linter.
type Plugin struct {
	analyzers []*analysis.Analyzer
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes the settings and selects the analyzers. golangci-lint calls
// it with the settings of .golangci.yml (nil when there are none).
func New(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](conf)
	if err != nil {
		return nil, fmt.Errorf("scalevet: settings: %w", err)
	}
	// golangci-lint runs in the project: its module's scalevet.toml
	// applies, as it does to the scalevet command.
	cfg, err := config.Load(".")
	if err != nil {
		return nil, fmt.Errorf("scalevet: %w", err)
	}
	as, err := SelectWith(s, cfg, analyzers.All())
	if err != nil {
		return nil, fmt.Errorf("scalevet: settings: %w", err)
	}
	return &Plugin{analyzers: as}, nil
}

// BuildAnalyzers returns the analyzers that the settings select.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode asks for type information: every scalevet analyzer needs it.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

// Select applies the settings to the entries of a registry: it returns the
// analyzers that run, in the registry's order, after setting their flags.
// It rejects unknown analyzers, categories and flags, an analyzer both
// enabled and disabled, and a selection of no analyzer.
func Select(s Settings, entries []analyzers.Entry) ([]*analysis.Analyzer, error) {
	return SelectWith(s, &config.Config{}, entries)
}

// SelectWith is Select with the project's scalevet.toml applied first:
// the settings win over the file.
func SelectWith(s Settings, cfg *config.Config, entries []analyzers.Entry) ([]*analysis.Analyzer, error) {
	byName := make(map[string]*analysis.Analyzer, len(entries))
	for _, e := range entries {
		byName[e.Analyzer.Name] = e.Analyzer
	}
	for _, name := range s.Enable {
		if slices.Contains(s.Disable, name) {
			return nil, fmt.Errorf("analyzer %q is both enabled and disabled", name)
		}
	}
	sel, err := cfg.Select(entries, s.Disable, s.Enable)
	if err != nil {
		return nil, err
	}

	flags := flatten(s.Flags)
	keys := make([]string, 0, len(flags))
	for k := range flags {
		keys = append(keys, k)
	}
	slices.Sort(keys) // the first error is the same on every run
	for _, key := range keys {
		name, flagName, ok := strings.Cut(key, ".")
		if !ok {
			return nil, fmt.Errorf("flags: %q is not of the form ANALYZER.FLAG; use enable or disable to choose analyzers", key)
		}
		a := byName[name]
		if a == nil {
			return nil, fmt.Errorf("flags: unknown analyzer %q", name)
		}
		f := a.Flags.Lookup(flagName)
		if f == nil {
			return nil, fmt.Errorf("flags: analyzer %s has no flag %q; run 'scalevet help %s' for its flags", name, flagName, name)
		}
		if err := f.Value.Set(fmt.Sprint(flags[key])); err != nil {
			return nil, fmt.Errorf("flags: %s: %v", key, err)
		}
	}

	var as []*analysis.Analyzer
	for _, e := range entries {
		if sel.On(e.Analyzer.Name) {
			as = append(as, e.Analyzer)
		}
	}
	if len(as) == 0 {
		return nil, fmt.Errorf("every analyzer is disabled")
	}
	return sel.Filter(as), nil
}

// flatten returns the flags with nested maps joined into dotted keys:
// {requestquery: {limit: 5}} is {requestquery.limit: 5}. golangci-lint
// reads .golangci.yml with viper, which splits keys at dots, so a key
// written requestquery.limit may reach the plugin nested.
func flatten(flags map[string]any) map[string]any {
	out := make(map[string]any, len(flags))
	for k, v := range flags {
		if m, ok := v.(map[string]any); ok {
			for k2, v2 := range flatten(m) {
				out[k+"."+k2] = v2
			}
			continue
		}
		out[k] = v
	}
	return out
}
