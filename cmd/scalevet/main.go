// Command scalevet reports database work that does not scale on the
// request path of Go web services, such as a query run once per element
// of a loop (N+1).
//
// Usage:
//
//	scalevet [flags] packages...
//	go vet -vettool=$(command -v scalevet) [flags] packages...
//	scalevet vet [flags] packages...   (the same, through go vet)
//	scalevet help [analyzer]
//	scalevet report [flags] packages...   (the scale report)
//
// Run on its own, scalevet loads the packages and prints one line per
// finding. The line names the analyzer, and GitHub's setup-go problem
// matcher recognises it:
//
//	handlers/orders.go:42:3: requestquery: db.QueryRowContext runs once per iteration ...
//
// Paths are relative to the current directory when they are under it.
// Findings are sorted by file, line, column, analyzer and message, and
// each is printed once.
//
// Flags:
//
//	-format=F    print the findings as text (the default), json, sarif or github
//	-json        print the findings as JSON, in the shape go vet -json uses (-format=json)
//	-o file      write the findings to file in the -format, and print them as text
//	-baseline=F  report only findings that are not in the baseline file F
//	-baseline-write  write the current findings to the -baseline file and exit 0
//	-fix         apply the first suggested fix of each finding
//	-test        also analyze the packages' test files
//	-tags=list   build tags, as go build and go vet take them
//	-disable=X   turn off an analyzer or one category of its findings (globalstate/instance)
//	-C dir       change to dir before loading packages, as go -C does
//	-version     print the version and exit (also: scalevet version)
//	-h           print the analyzers and flags on standard output
//	-NAME        run analyzer NAME, or not with -NAME=false (default: the registry's)
//	-NAME.FLAG   set the analyzer's flag FLAG
//
// The exit status is 0 when there is nothing to report and 3 when there
// are findings, whatever the format. It is 1 on any error: a bad flag, a
// package that does not load or type-check, an analyzer that fails, or a
// baseline file that cannot be read. Errors are printed to standard
// error.
//
// scalevet report prints the scale report instead of the findings:
// every endpoint of the program (its route, where the registration is
// visible), what it costs per request as the data grows, what blocks a
// second instance and what could be cheaper, ranked so that the
// endpoint that breaks first comes first, and a verdict for the
// service. -format is text (the default), markdown, json or html; -o
// writes it to a file. Its exit status is 0, or 1 on an error.
//
// Under go vet, scalevet follows the vet tool protocol (-V=full, -flags,
// then one *.cfg file per package). go vet prints the findings itself and
// exits 1 when there are any. The -NAME and -NAME.FLAG flags are passed
// through, and they behave as they do standalone. Under go vet, the
// standard vet checks (x/tools' suite/vet, what go vet runs without
// -vettool) run too, with their own -NAME flags; -vetsuite=false turns
// them off. vet's directive check is -godirective there. Standalone,
// only scalevet's analyzers run unless -vetsuite asks for vet's too.
package main

import (
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/scalevet/scalevet/analyzers"
	"github.com/scalevet/scalevet/internal/config"
)

const usage = `usage: scalevet [flags] packages...
       go vet -vettool=$(command -v scalevet) [flags] packages...
       scalevet vet [flags] packages...   (the same as the line above)
       scalevet help [analyzer]
       scalevet report [-format=text|markdown|json|html] [-o file] packages...
Run 'scalevet help' for the analyzers and flags.
`

func main() {
	args := os.Args[1:]
	switch {
	case slices.Contains(args, "-V=full") || slices.Contains(args, "--V=full"):
		os.Exit(printBuildVersion(os.Stdout, os.Stderr))
	case len(args) == 1 && args[0] == "version":
		// scalevet version, as go version and staticcheck -version.
		fmt.Printf("scalevet version %s\n", version())
		os.Exit(exitClean)
	case len(args) > 0 && args[0] == "vet":
		// scalevet vet ./... is go vet -vettool=$(command -v scalevet) ./...
		os.Exit(goVet(args[1:], os.Stderr))
	case vetMode(args):
		// unitchecker reads its flags from os.Args and exits itself.
		// go vet -vettool runs scalevet instead of cmd/vet, so the
		// standard vet checks come along unless -vetsuite=false.
		entries := append(analyzers.All(), vetSuite(vetSuiteOn(args, true))...)
		flag.Bool(vetSuiteFlag, true, vetSuiteUsage)
		flag.Var(new(categoryList), "disable", disableUsage) // read from args below
		// go vet runs the tool in the package's directory: the
		// module's scalevet.toml applies, as it does standalone,
		// except for scalevet -cache, which passes its choices as
		// flags, so that they are in go vet's cache key.
		dir := "."
		if cacheDriverOn(args) {
			dir = ""
		}
		sel, err := selectAnalyzers(dir, entries, disableArgs(args))
		if err != nil {
			fmt.Fprintf(os.Stderr, "scalevet: %v\n", err)
			os.Exit(exitError)
		}
		for i := range entries {
			entries[i].Default = sel.On(entries[i].Analyzer.Name)
		}
		os.Args = append(os.Args[:1:1], vetArgs(args, entries)...)
		all := guard(sel.Filter(vetAnalyzers(entries)))
		enabled := vetEnabled(args, entries)
		on := slices.DeleteFunc(slices.Clone(all), func(a *analysis.Analyzer) bool { return !enabled[a.Name] })
		unitchecker.Main(append(all, cacheDriverAnalyzer(on))...)
	}
	os.Exit(standalone(args, os.Stdout, os.Stderr))
}

// vetMode reports whether go vet started scalevet as its vet tool. go vet
// first asks for the tool's flags, then runs the tool once per package
// with the flags and a *.cfg file that describes the package.
func vetMode(args []string) bool {
	if len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") {
		return true
	}
	return slices.Contains(args, "-flags") || slices.Contains(args, "--flags")
}

// vetArgs returns args with an explicit -NAME=true or -NAME=false for every
// analyzer, placed before the *.cfg file. unitchecker runs every analyzer
// it is given unless flags select some, so this is how the registry's
// defaults, and -NAME flags as scalevet defines them, reach it.
func vetArgs(args []string, entries []analyzers.Entry) []string {
	enabled := vetEnabled(args, entries)
	out := slices.Clone(args)
	at := len(out)
	if at > 0 && strings.HasSuffix(out[at-1], ".cfg") {
		at--
	}
	var explicit []string
	for _, e := range entries {
		explicit = append(explicit, fmt.Sprintf("-%s=%t", e.Analyzer.Name, enabled[e.Analyzer.Name]))
	}
	return slices.Insert(out, at, explicit...)
}

// vetEnabled returns, by name, whether each analyzer of entries runs:
// its default, or what a -NAME flag in args says.
func vetEnabled(args []string, entries []analyzers.Entry) map[string]bool {
	enabled := make(map[string]bool)
	for _, e := range entries {
		enabled[e.Analyzer.Name] = e.Default
	}
	for _, arg := range args {
		if !strings.HasPrefix(arg, "-") {
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if _, ok := enabled[name]; !ok {
			continue
		}
		on := true
		if hasValue {
			var err error
			if on, err = strconv.ParseBool(value); err != nil {
				continue // unitchecker reports the bad value
			}
		}
		enabled[name] = on
	}
	return enabled
}

// standalone runs scalevet on its own (not under go vet) and returns the
// exit status.
func standalone(args []string, stdout, stderr io.Writer) int {
	var opts options
	if len(args) > 0 && args[0] == "report" {
		opts.scale, args = true, args[1:]
	}
	entries := analyzers.All()
	if vetSuiteOn(args, false) {
		// Asked for: the standard vet checks join, with their own flags.
		entries = append(entries, vetSuite(true)...)
	}
	fs := flag.NewFlagSet("scalevet", flag.ContinueOnError)
	fs.Bool(vetSuiteFlag, false, standaloneVetSuiteUsage)
	fs.SetOutput(stderr)
	fs.Usage = func() {} // -h prints the help on stdout, an error the usage on stderr: below
	jsonAlias := fs.Bool("json", false, "print the findings as JSON, in the shape go vet -json uses (same as -format=json)")
	fs.StringVar(&opts.format, "format", "text", "print the findings as `text`, json, sarif or github (workflow commands); the scale report as text, markdown, json or html")
	fs.StringVar(&opts.output, "o", "", "write the findings to `file` in the -format, and print them as text")
	fs.StringVar(&opts.baseline, "baseline", "", "report only findings that are not in the baseline `file`")
	fs.BoolVar(&opts.baselineWrite, "baseline-write", false, "write the findings to the -baseline file, replacing it, and exit 0")
	fs.BoolVar(&opts.fix, "fix", false, "apply the first suggested fix of each finding")
	fs.BoolVar(&opts.tests, "test", false, "also analyze the packages' test files")
	fs.BoolVar(&opts.cache, "cache", false, "analyze a package at a time through go vet, which keeps the results in the go build cache (GOCACHE, GOCACHEPROG): a repeat run re-analyzes only what changed")
	fs.StringVar(&opts.tags, "tags", "", "a comma-separated `list` of build tags, as go build and go vet take")
	var disable categoryList
	fs.Var(&disable, "disable", disableUsage)
	chdir := fs.String("C", "", "change to `dir` before loading packages, as go -C does")
	printVersion := fs.Bool("version", false, "print the version and exit")
	enabled := make([]*bool, len(entries))
	for i, e := range entries {
		a := e.Analyzer
		enabled[i] = fs.Bool(a.Name, e.Default, fmt.Sprintf("run the %s analyzer", a.Name))
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			// -h and -help print the help on stdout, as 'scalevet help'.
			return help(stdout, stderr, fs, entries, nil)
		}
		fmt.Fprint(stderr, usage) // the flag package has printed the error
		return exitError
	}
	opts.closing = true

	if err := checkOutputFlags(&opts, *jsonAlias); err != nil {
		fmt.Fprintf(stderr, "scalevet: %v\n", err)
		return exitError
	}
	opts.stepSummary = os.Getenv("GITHUB_STEP_SUMMARY")

	switch {
	case *printVersion:
		fmt.Fprintf(stdout, "scalevet version %s\n", version())
		return exitClean
	case fs.Arg(0) == "help":
		return help(stdout, stderr, fs, entries, fs.Args()[1:])
	case fs.NArg() == 0:
		fmt.Fprint(stderr, usage)
		return exitError
	}

	if *chdir != "" {
		if err := os.Chdir(*chdir); err != nil {
			fmt.Fprintf(stderr, "scalevet: %v\n", err)
			return exitError
		}
	}
	dir, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "scalevet: %v\n", err)
		return exitError
	}

	// scalevet.toml first, then the command line: a flag given wins
	// over the file, which sets analyzer flags such as
	// -directive.handlers.
	explicit := make(map[string]string)
	fs.Visit(func(f *flag.Flag) { explicit[f.Name] = f.Value.String() })
	sel, err := selectAnalyzers(dir, entries, disable)
	if err != nil {
		fmt.Fprintf(stderr, "scalevet: %v\n", err)
		return exitError
	}
	var selected []*analysis.Analyzer
	for i, e := range entries {
		on := sel.On(e.Analyzer.Name)
		if _, ok := explicit[e.Analyzer.Name]; ok {
			on = *enabled[i]
		}
		if on {
			selected = append(selected, e.Analyzer)
		}
	}
	for name, value := range explicit {
		if strings.Contains(name, ".") {
			fs.Set(name, value) // it was valid when parsed
		}
	}
	if len(selected) == 0 {
		fmt.Fprintln(stderr, "scalevet: every analyzer is disabled")
		return exitError
	}
	if opts.cache {
		if opts.scale {
			fmt.Fprintln(stderr, "scalevet: report does not take -cache: the scale report needs the whole program in one process")
			return exitError
		}
		opts.vetFlags = cacheVetFlags(entries, selected, vetSuiteOn(args, false))
		opts.drop = sel.Drop
	}
	return analyze(stdout, stderr, dir, fs.Args(), sel.Filter(selected), opts)
}

// disableUsage is the help text of -disable.
const disableUsage = "turn off an `analyzer` or one category of its findings (globalstate/instance); comma-separated, or repeat the flag"

// A categoryList is the value of -disable: analyzer or
// analyzer/category names, from comma-separated values of repeated flags.
type categoryList []string

func (l *categoryList) String() string { return strings.Join(*l, ",") }

func (l *categoryList) Set(s string) error {
	for item := range strings.SplitSeq(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			*l = append(*l, item)
		}
	}
	return nil
}

// disableArgs returns the values of the -disable flags in args, for go
// vet mode, where unitchecker parses the flags too late for the
// selection.
func disableArgs(args []string) []string {
	var l categoryList
	for i, arg := range args {
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !strings.HasPrefix(arg, "-") || name != "disable" {
			continue
		}
		if !hasValue && i+1 < len(args) {
			value = args[i+1]
		}
		l.Set(value)
	}
	return l
}

// selectAnalyzers reads the scalevet.toml of the module that contains
// dir and applies it, then the -disable list, to the entries. With dir
// "", no file is read.
func selectAnalyzers(dir string, entries []analyzers.Entry, disable []string) (*config.Selection, error) {
	cfg := new(config.Config)
	if dir != "" {
		var err error
		if cfg, err = config.Load(dir); err != nil {
			return nil, err
		}
	}
	return cfg.Select(entries, disable, nil)
}

// checkOutputFlags checks -format, -json, -baseline and -baseline-write
// together, and sets the format -json stands for.
func checkOutputFlags(opts *options, jsonAlias bool) error {
	valid := formats
	if opts.scale {
		valid = scaleFormats
		switch {
		case opts.fix:
			return errors.New("-fix and report: choose one")
		case opts.baseline != "":
			return errors.New("-baseline and report: choose one")
		}
	}
	if !slices.Contains(valid, opts.format) {
		return fmt.Errorf("-format=%s: want one of %s", opts.format, strings.Join(valid, ", "))
	}
	if jsonAlias {
		if opts.format != "text" && opts.format != "json" {
			return fmt.Errorf("-json and -format=%s: choose one", opts.format)
		}
		opts.format = "json"
	}
	if opts.baselineWrite && opts.baseline == "" {
		return errors.New("-baseline-write needs -baseline=FILE")
	}
	if opts.baselineWrite && opts.fix {
		return errors.New("-baseline-write and -fix: choose one")
	}
	return nil
}

// help prints the list of analyzers, or the documentation and flags of the
// named ones.
func help(stdout, stderr io.Writer, fs *flag.FlagSet, entries []analyzers.Entry, names []string) int {
	if len(names) == 1 && names[0] == "config" {
		fmt.Fprintf(stdout, "%s, at the module root (next to go.mod), is read by scalevet standalone,\n", config.FileName)
		fmt.Fprint(stdout, "under go vet and in the golangci-lint plugin. It is TOML, as staticcheck.conf;\n")
		fmt.Fprint(stdout, "flags on the command line win over it. An unknown key is an error.\n\nKeys (each a list of strings):\n\n")
		for _, k := range config.Keys {
			fmt.Fprintf(stdout, "  %-13s %s\n", k.Name, k.Doc)
		}
		return exitClean
	}
	if len(names) == 0 {
		fmt.Fprint(stdout, usage)
		fmt.Fprint(stdout, "\nAnalyzers:\n\n")
		for _, e := range entries {
			off := ""
			if !e.Default {
				off = " (off by default)"
			}
			fmt.Fprintf(stdout, "  %-14s %s%s\n", e.Analyzer.Name, title(e.Analyzer), off)
		}
		fmt.Fprint(stdout, "\nFlags:\n\n")
		core := flag.NewFlagSet("", flag.ContinueOnError)
		core.SetOutput(stdout)
		fs.VisitAll(func(f *flag.Flag) {
			if !strings.Contains(f.Name, ".") {
				core.Var(f.Value, f.Name, f.Usage)
			}
		})
		core.PrintDefaults()
		fmt.Fprint(stdout, "\nRun 'scalevet help NAME' for an analyzer's documentation and flags,\n'scalevet help config' for the keys of "+config.FileName+".\n")
		return exitClean
	}

	var docs []*analysis.Analyzer
	for _, name := range names {
		i := slices.IndexFunc(entries, func(e analyzers.Entry) bool { return e.Analyzer.Name == name })
		if i < 0 {
			fmt.Fprintf(stderr, "scalevet: unknown analyzer %q; run 'scalevet help' for the list\n", name)
			return exitError
		}
		docs = append(docs, entries[i].Analyzer)
	}
	for i, a := range docs {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		fmt.Fprintf(stdout, "%s: %s\n", a.Name, doc(a))
		own := flag.NewFlagSet(a.Name, flag.ContinueOnError)
		own.SetOutput(stdout)
		n := 0
		a.Flags.VisitAll(func(f *flag.Flag) {
			own.Var(f.Value, a.Name+"."+f.Name, f.Usage)
			n++
		})
		if n > 0 {
			fmt.Fprint(stdout, "\nFlags:\n\n")
			own.PrintDefaults()
		}
	}
	return exitClean
}

// doc returns the analyzer's documentation without the "NAME:" that may
// start its title: x/tools strips it when it extracts Doc from doc.go, but
// a Doc written by hand often keeps it.
func doc(a *analysis.Analyzer) string {
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(a.Doc), a.Name+":"))
}

// title returns the first paragraph of the analyzer's documentation, on
// one line.
func title(a *analysis.Analyzer) string {
	first, _, _ := strings.Cut(doc(a), "\n\n")
	return strings.Join(strings.Fields(first), " ")
}

// printBuildVersion answers go vet's -V=full. go vet keys its cache of
// results on this line, so the line ends with a hash of the executable:
// a rebuilt scalevet must not reuse the findings of the one before.
func printBuildVersion(stdout, stderr io.Writer) int {
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "scalevet: %v\n", err)
		return exitError
	}
	f, err := os.Open(exe)
	if err != nil {
		fmt.Fprintf(stderr, "scalevet: %v\n", err)
		return exitError
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		fmt.Fprintf(stderr, "scalevet: %v\n", err)
		return exitError
	}
	// go vet caches results by this ID: a changed scalevet.toml must
	// not reuse the results of the one before.
	if cfg, err := config.Load("."); err == nil && cfg.File != "" {
		if data, err := os.ReadFile(cfg.File); err == nil {
			h.Write(data)
		}
	}
	fmt.Fprintf(stdout, "scalevet version %s buildID=%x\n", version(), h.Sum(nil))
	return exitClean
}

// version returns the version of the main module, or "devel" for a build
// from a work tree.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "devel"
}
