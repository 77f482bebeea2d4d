package main

import (
	"encoding/json"
	"io"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/scalevet/scalevet/internal/config"
)

// SARIF 2.1.0 output, in the subset GitHub code scanning reads:
// https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
// The schema is testdata/sarif-schema-2.1.0.json; sarif_test.go checks
// the output against it.

const (
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifVersion = "2.1.0"
	// srcRoot is the uriBaseId of the files under the repository root.
	srcRoot = "%SRCROOT%"
	// fingerprintKey names scalevet's fingerprint in partialFingerprints.
	fingerprintKey = "scalevet/v1"
	homepage       = "https://github.com/scalevet/scalevet"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                        `json:"tool"`
	Invocations        []sarifInvocation                `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
	Results            []sarifResult                    `json:"results"`
	ColumnKind         string                           `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name"`
	ShortDescription     sarifText          `json:"shortDescription"`
	FullDescription      sarifText          `json:"fullDescription"`
	HelpURI              string             `json:"helpUri,omitempty"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
	Properties           sarifRuleProps     `json:"properties"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags []string `json:"tags"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

// A sarifNotification is an error of the run: a package that does not
// type-check, an analyzer that failed.
type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	ID               int                   `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifText            `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// ruleID is the SARIF rule of a finding: analyzer/category, or the
// analyzer alone for a diagnostic without a category.
func ruleID(analyzer, category string) string {
	if category == "" {
		return analyzer
	}
	return analyzer + "/" + category
}

func (r *report) writeSARIF(w io.Writer) error {
	rules, index := r.rules()
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "scalevet",
			Version:        version(),
			InformationURI: homepage,
			Rules:          rules,
		}},
		Invocations:        []sarifInvocation{r.invocation()},
		OriginalURIBaseIDs: map[string]sarifArtifactLocation{srcRoot: {URI: strings.TrimSuffix(fileURI(r.root), "/") + "/"}},
		Results:            []sarifResult{},
		ColumnKind:         "utf16CodeUnits",
	}
	for _, f := range r.findings {
		id := ruleID(f.analyzer, f.category)
		res := sarifResult{
			RuleID:              id,
			RuleIndex:           index[id],
			Level:               level(f.analyzer, f.category),
			Message:             sarifText{f.message},
			Locations:           []sarifLocation{{PhysicalLocation: r.physical(f.span)}},
			PartialFingerprints: map[string]string{fingerprintKey: f.fingerprint},
		}
		for i, rel := range f.related {
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
				ID:               i + 1,
				PhysicalLocation: r.physical(rel.span),
				Message:          &sarifText{rel.message},
			})
		}
		run.Results = append(run.Results, res)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

// invocation returns the run's invocation: successful when nothing
// failed, else with a notification per error, at its position if it has
// one.
func (r *report) invocation() sarifInvocation {
	inv := sarifInvocation{ExecutionSuccessful: !r.failed && len(r.errors) == 0}
	for _, e := range r.errors {
		n := sarifNotification{Level: levelError, Message: sarifText{e.message}}
		if e.posn.Line > 0 {
			sp := span{posn: e.posn, abs: e.abs, col16: e.posn.Column}
			n.Locations = []sarifLocation{{PhysicalLocation: r.physical(sp)}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	return inv
}

// physical returns the location of a span: relative to %SRCROOT% when it
// is in the repository, else an absolute file: URI (a callee in the
// module cache, say).
func (r *report) physical(sp span) sarifPhysicalLocation {
	loc := sarifArtifactLocation{URI: fileURI(sp.abs)}
	if p := repoPath(r.root, sp.abs); !strings.HasPrefix(p, "/") && !strings.Contains(p, ":") {
		loc = sarifArtifactLocation{URI: relURI(p), URIBaseID: srcRoot}
	}
	reg := sarifRegion{StartLine: sp.posn.Line, StartColumn: sp.col16}
	if sp.end.Line > 0 {
		reg.EndLine, reg.EndColumn = sp.end.Line, sp.endCol16
	}
	return sarifPhysicalLocation{ArtifactLocation: loc, Region: reg}
}

// relURI escapes a relative slash-separated path as a URI reference.
func relURI(p string) string {
	var segs []string
	for _, s := range strings.Split(p, "/") {
		segs = append(segs, url.PathEscape(s))
	}
	return strings.Join(segs, "/")
}

// rules returns a rule for each category the selected analyzers document
// and each category found, in the analyzers' order, and the index of each
// rule by id.
func (r *report) rules() ([]sarifRule, map[string]int) {
	var rules []sarifRule
	index := make(map[string]int)
	add := func(a *analysis.Analyzer, category, short string) {
		id := ruleID(a.Name, category)
		if _, ok := index[id]; ok {
			return
		}
		index[id] = len(rules)
		rules = append(rules, sarifRule{
			ID:                   id,
			Name:                 ruleName(a.Name, category),
			ShortDescription:     sarifText{short},
			FullDescription:      sarifText{doc(a)},
			HelpURI:              a.URL,
			DefaultConfiguration: sarifConfiguration{Level: level(a.Name, category)},
			Properties:           sarifRuleProps{Tags: []string{"scalability", a.Name}},
		})
	}
	for _, a := range r.analyzers {
		documented := categories(a)
		found := make(map[string]bool)
		for _, f := range r.findings {
			if f.analyzer == a.Name {
				found[f.category] = true
			}
		}
		for _, c := range documented {
			add(a, c.name, a.Name+": "+c.text)
		}
		var extra []string
		for c := range found {
			extra = append(extra, c)
		}
		slices.Sort(extra)
		for _, c := range extra {
			add(a, c, title(a))
		}
	}
	return rules, index
}

// ruleName returns a rule's name in the CamelCase SARIF suggests:
// RequestqueryNplusone.
func ruleName(analyzer, category string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(analyzer+"-"+category, func(r rune) bool { return r == '-' || r == '_' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

type category struct{ name, text string }

// categories returns the categories an analyzer's doc lists, as
// config.DocCategories reads them (-disable validates against the same).
func categories(a *analysis.Analyzer) []category {
	var cats []category
	for _, c := range config.DocCategories(a) {
		cats = append(cats, category{c.Name, c.Text})
	}
	return cats
}
