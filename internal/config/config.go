// Package config reads scalevet's project configuration, scalevet.toml
// at the module root, and applies it, with the command line's
// -disable flag or the golangci-lint plugin's settings, to the analyzers.
// Every driver (the scalevet command standalone and under go vet, and the
// golangci-lint plugin) reads the same file through this package, so a
// team sets its choices once.
//
// The format is TOML, as staticcheck's staticcheck.conf:
//
//	# scalevet.toml, next to go.mod
//	disable = ["missingcache", "globalstate/instance"]  # analyzers or analyzer/category
//	enable = []                                         # analyzers off by default
//	exclude = ["internal/admin/...", "cmd/migrate"]     # no findings in these packages
//	handlers = ["example.com/shop/queue.(*Consumer).Handle"]  # as //scalevet:handler
//	expensive = ["example.com/shop/pricing.Quote"]      # as //scalevet:expensive
//	small_tables = ["roles", "settings", "plans"]       # -requestquery.small, -missingcache.small
//
// An unknown key, analyzer or category is an error.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"golang.org/x/tools/go/analysis"

	"github.com/scalevet/scalevet/analyzers"
)

// FileName is the name of the configuration file, at the module root.
const FileName = "scalevet.toml"

// Config is the content of scalevet.toml.
type Config struct {
	// Disable lists analyzers (missingcache) or categories of an
	// analyzer's findings (globalstate/instance) to turn off.
	Disable []string `toml:"disable"`
	// Enable lists analyzers to run that are off by default.
	Enable []string `toml:"enable"`
	// Exclude lists packages, relative to the module root, whose findings
	// are not reported: internal/admin/... is internal/admin and every
	// package below it, cmd/migrate that package alone.
	Exclude []string `toml:"exclude"`
	// Handlers lists functions that are request entry points, as
	// //scalevet:handler in their doc comment would declare them:
	// import/path.Func, import/path.Type.Method or import/path.(*Type).Method.
	Handlers []string `toml:"handlers"`
	// Expensive lists functions whose call is as costly as a query, as
	// //scalevet:expensive would declare them; named as Handlers.
	Expensive []string `toml:"expensive"`
	// SmallTables lists tables that stay small by nature (roles,
	// settings): reads of them are not unbounded. It is passed to
	// requestquery's -requestquery.small flag.
	SmallTables []string `toml:"small_tables"`

	// File is the file read, "" when there is none.
	File string `toml:"-"`
	// Root is the module root: the directory of go.mod, "" outside a
	// module. Exclude patterns are relative to it.
	Root string `toml:"-"`
}

// Keys documents each key of the file, for 'scalevet help config'.
var Keys = []struct{ Name, Doc string }{
	{"disable", `analyzers ("missingcache") or categories ("globalstate/instance") to turn off`},
	{"enable", `analyzers to run that are off by default`},
	{"exclude", `packages, relative to the module root, with no findings: "internal/admin/..." (it and below), "cmd/migrate" (that one)`},
	{"handlers", `request entry points, as //scalevet:handler: "example.com/shop/queue.(*Consumer).Handle", "example.com/shop/jobs.Run"`},
	{"expensive", `functions as costly as a query, as //scalevet:expensive: "example.com/shop/pricing.Quote"`},
	{"small_tables", `tables small by nature, whose reads are not unbounded: ["roles", "settings"] (-requestquery.small)`},
}

// Load reads the scalevet.toml of the module that contains dir. It
// returns an empty configuration, with Root set, when the module has no
// such file.
func Load(dir string) (*Config, error) {
	root := moduleRoot(dir)
	if root == "" {
		return &Config{}, nil
	}
	name := filepath.Join(root, FileName)
	data, err := os.ReadFile(name)
	if errors.Is(err, os.ErrNotExist) {
		return &Config{Root: root}, nil
	}
	if err != nil {
		return nil, err
	}
	c, err := Parse(name, data)
	if err != nil {
		return nil, err
	}
	c.Root = root
	return c, nil
}

// moduleRoot returns the nearest directory at or above dir with a
// go.mod, or "".
func moduleRoot(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// Parse parses the content of a configuration file named name. An
// unknown key is an error, so that a typo does not go unnoticed.
func Parse(name string, data []byte) (*Config, error) {
	var c Config
	md, err := toml.Decode(string(data), &c)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if undecoded := md.Undecoded(); len(undecoded) > 0 {
		var known []string
		for _, k := range Keys {
			known = append(known, k.Name)
		}
		return nil, fmt.Errorf("%s: unknown key %q; the keys are %s (run 'scalevet help config')", name, undecoded[0].String(), strings.Join(known, ", "))
	}
	for _, p := range c.Exclude {
		if err := checkPattern(p); err != nil {
			return nil, fmt.Errorf("%s: exclude: %v", name, err)
		}
	}
	c.File = name
	return &c, nil
}

// checkPattern checks an exclude pattern: a slash-separated path
// relative to the module root, optionally ending in /...
func checkPattern(p string) error {
	clean := strings.TrimSuffix(strings.TrimPrefix(p, "./"), "/...")
	if p == "..." || p == "./..." {
		return fmt.Errorf("%q excludes the whole module; turn the analyzers off instead", p)
	}
	if clean == "" || strings.Contains(clean, "...") || !filepath.IsLocal(filepath.FromSlash(clean)) {
		return fmt.Errorf("%q is not a package path relative to the module root, such as internal/admin/...", p)
	}
	return nil
}

// A Selection is what a driver runs: which analyzers, and which of their
// findings it drops.
type Selection struct {
	on       map[string]bool
	disabled map[string]bool // "analyzer/category"
	exclude  []string        // clean slash paths; a trailing "/..." kept
	root     string
}

// Select applies the configuration, then the driver's own choices (the
// command line's -disable and -NAME flags, the plugin's settings) in
// disable and enable, to the registry's entries. It sets the analyzer
// flags that the configuration feeds. The result is the same whichever
// driver asks.
func (c *Config) Select(entries []analyzers.Entry, disable, enable []string) (*Selection, error) {
	s := &Selection{on: make(map[string]bool), disabled: make(map[string]bool), root: c.Root}
	byName := make(map[string]*analysis.Analyzer)
	var names []string
	for _, e := range entries {
		s.on[e.Analyzer.Name] = e.Default
		byName[e.Analyzer.Name] = e.Analyzer
		names = append(names, e.Analyzer.Name)
	}
	where := "-disable"
	if c.File != "" {
		where = c.File
	}
	apply := func(field string, list []string, on bool) error {
		for _, item := range list {
			name, category, hasCategory := strings.Cut(item, "/")
			a := byName[name]
			if a == nil {
				return fmt.Errorf("%s: unknown analyzer %q (known: %s)", field, name, strings.Join(names, ", "))
			}
			if !hasCategory {
				s.on[name] = on
				continue
			}
			if on {
				return fmt.Errorf("%s: %q: only whole analyzers are enabled; a category is on when its analyzer is", field, item)
			}
			cats := Categories(a)
			if !slices.Contains(cats, category) {
				return fmt.Errorf("%s: analyzer %s has no category %q (its categories: %s)", field, name, category, strings.Join(cats, ", "))
			}
			s.disabled[item] = true
		}
		return nil
	}
	if err := apply(where+": disable", c.Disable, false); err != nil {
		return nil, err
	}
	if err := apply(where+": enable", c.Enable, true); err != nil {
		return nil, err
	}
	if err := apply("disable", disable, false); err != nil {
		return nil, err
	}
	if err := apply("enable", enable, true); err != nil {
		return nil, err
	}
	for _, p := range c.Exclude {
		s.exclude = append(s.exclude, strings.TrimPrefix(p, "./"))
	}
	if err := c.setFlags(byName); err != nil {
		return nil, fmt.Errorf("%s: %v", where, err)
	}
	return s, nil
}

// setFlags passes the lists of the file to the analyzer flags that take
// them. A flag given on the command line afterwards wins.
func (c *Config) setFlags(byName map[string]*analysis.Analyzer) error {
	for _, f := range []struct {
		analyzer, flag, key string
		values              []string
	}{
		{"directive", "handlers", "handlers", c.Handlers},
		{"directive", "expensive", "expensive", c.Expensive},
		{"requestquery", "small", "small_tables", c.SmallTables},
		{"missingcache", "small", "small_tables", c.SmallTables},
	} {
		if len(f.values) == 0 {
			continue
		}
		a := byName[f.analyzer]
		if a == nil {
			continue
		}
		fl := a.Flags.Lookup(f.flag)
		if fl == nil {
			return fmt.Errorf("%s: %s has no flag -%s.%s", f.key, f.analyzer, f.analyzer, f.flag)
		}
		if err := fl.Value.Set(strings.Join(f.values, ",")); err != nil {
			return fmt.Errorf("%s: %v", f.key, err)
		}
	}
	return nil
}

// On reports whether the analyzer runs.
func (s *Selection) On(name string) bool { return s.on[name] }

// Filters reports whether the selection drops any finding, so that a
// driver need not wrap the analyzers when it does not.
func (s *Selection) Filters() bool { return len(s.disabled) > 0 || len(s.exclude) > 0 }

// Drop reports whether a finding of the analyzer, in the category and
// file (an absolute name), is turned off.
func (s *Selection) Drop(analyzer, category, file string) bool {
	if s.disabled[analyzer+"/"+category] {
		return true
	}
	if len(s.exclude) == 0 || s.root == "" || file == "" {
		return false
	}
	rel, err := filepath.Rel(s.root, filepath.Dir(file))
	if err != nil || !filepath.IsLocal(rel) && rel != "." {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, p := range s.exclude {
		if dir, ok := strings.CutSuffix(p, "/..."); ok {
			if rel == dir || strings.HasPrefix(rel, dir+"/") {
				return true
			}
		} else if rel == p {
			return true
		}
	}
	return false
}

// bullet is an item of the list of categories in an analyzer's doc:
// "  - nplusone: a query ... run once per element".
var bullet = regexp.MustCompile(`^\s*[-*]\s+([a-z][a-z0-9-]*):\s*(.*)$`)

// A Category is one kind of finding of an analyzer, as its doc lists it.
type Category struct{ Name, Text string }

// DocCategories returns the categories an analyzer's doc lists: the
// bulleted list after a line that mentions categories, as "It reports,
// with these categories:" in requestquery's doc.go.
func DocCategories(a *analysis.Analyzer) []Category {
	var cats []Category
	inList := false
	for line := range strings.Lines(doc(a)) {
		line = strings.TrimRight(line, "\n")
		switch m := bullet.FindStringSubmatch(line); {
		case !inList:
			inList = strings.Contains(line, "categories")
		case m != nil:
			cats = append(cats, Category{m[1], m[2]})
		case strings.TrimSpace(line) == "":
			if len(cats) > 0 {
				return trim(cats)
			}
		case len(cats) > 0:
			cats[len(cats)-1].Text += " " + strings.TrimSpace(line)
		}
	}
	return trim(cats)
}

func trim(cats []Category) []Category {
	for i := range cats {
		cats[i].Text = strings.TrimRight(strings.TrimSpace(cats[i].Text), ";.")
	}
	return cats
}

// Categories returns the names of the categories an analyzer reports:
// those its doc lists, stale-directive (every analyzer reports its stale
// suppressions) and, for directive, malformed.
func Categories(a *analysis.Analyzer) []string {
	var names []string
	for _, c := range DocCategories(a) {
		names = append(names, c.Name)
	}
	if a.Name == "directive" {
		names = append(names, "malformed")
	}
	return append(names, "stale-directive")
}

// doc returns the analyzer's documentation without a leading "NAME:".
func doc(a *analysis.Analyzer) string {
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(a.Doc), a.Name+":"))
}
