package main

import (
	"fmt"
	"html/template"
	"io"
	"math"
	"strings"

	"github.com/scalevet/scalevet/analyzers"
)

// chartNs are the loop sizes the HTML chart plots round trips at.
var chartNs = []int{10, 100, 1000}

// maxChartLines bounds the endpoints the chart draws: the worst ones.
const maxChartLines = 5

// Chart geometry, in SVG user units.
const (
	chartW, chartH = 640.0, 300.0
	chartLeft      = 60.0
	chartRight     = 200.0 // room for the legend
	chartTop       = 20.0
	chartBottom    = 40.0
)

// chartColors tell the chart's lines apart (colour-blind safe).
var chartColors = []string{"#d55e00", "#0072b2", "#009e73", "#cc79a7", "#e69f00"}

type chartLine struct {
	Points string // SVG polyline points
	Color  string
	Label  string
	LabelY float64
	Last   int
}

type chartTick struct {
	Label string
	Pos   float64
}

type htmlData struct {
	R      *analyzers.ScaleReport
	Lines  []chartLine
	XTicks []chartTick
	YTicks []chartTick
	W, H   float64
	Left   float64
	Bottom float64 // y of the x axis
	Right  float64 // x of the end of the plot
	Grows  []string
	Blocks []string
	Cheap  []string
}

// writeScaleHTML prints the report as one self-contained page: inline
// CSS and SVG, no script, nothing loaded from the network.
func writeScaleHTML(w io.Writer, r *analyzers.ScaleReport) error {
	d := htmlData{R: r, W: chartW, H: chartH, Left: chartLeft, Bottom: chartH - chartBottom, Right: chartW - chartRight}
	d.chart(r)
	d.Grows, d.Blocks, d.Cheap = grows(r), blockers(r), cheaper(r)
	return htmlPage.Execute(w, d)
}

// chart plots, on log scales, the round trips per request of the worst
// endpoints whose loops repeat work, as the loops walk 10, 100 and 1000
// elements.
func (d *htmlData) chart(r *analyzers.ScaleReport) {
	var picked []analyzers.ScaleEndpoint
	for _, e := range r.Endpoints {
		// Loops only: a whole-table read grows with its table, not with
		// the N of the chart.
		if (e.Growth == "N" || e.Growth == "N·M") && len(picked) < maxChartLines {
			picked = append(picked, e)
		}
	}
	if len(picked) == 0 {
		return
	}
	maxY := 1
	for _, e := range picked {
		maxY = max(maxY, e.Trips(chartNs[len(chartNs)-1]))
	}
	decades := math.Max(1, math.Ceil(math.Log10(float64(maxY))))
	x := func(i int) float64 { return d.Left + float64(i)*(d.Right-d.Left)/float64(len(chartNs)-1) }
	y := func(v int) float64 {
		return d.Bottom - math.Log10(math.Max(1, float64(v)))/decades*(d.Bottom-chartTop)
	}
	for i, n := range chartNs {
		d.XTicks = append(d.XTicks, chartTick{Label: fmt.Sprint(n), Pos: x(i)})
	}
	for k := 0; k <= int(decades); k++ {
		v := int(math.Pow(10, float64(k)))
		d.YTicks = append(d.YTicks, chartTick{Label: fmt.Sprint(v), Pos: y(v)})
	}
	for i, e := range picked {
		var pts []string
		for j, n := range chartNs {
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(j), y(e.Trips(n))))
		}
		last := e.Trips(chartNs[len(chartNs)-1])
		d.Lines = append(d.Lines, chartLine{
			Points: strings.Join(pts, " "),
			Color:  chartColors[i%len(chartColors)],
			Label:  clip(routeText(e), 28),
			LabelY: chartTop + 14 + float64(i)*18,
			Last:   last,
		})
	}
}

var htmlPage = template.Must(template.New("scale").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>scalevet scale report</title>
<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.4rem; margin-bottom: .3rem; }
h2 { font-size: 1.1rem; margin-top: 2rem; }
.verdict { padding: .6rem .9rem; border-left: 4px solid #d55e00; background: #fff4ec; }
.verdict.ok { border-color: #009e73; background: #ecfaf4; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e3e3e3; vertical-align: top; }
th { background: #f5f5f5; }
td.num { text-align: right; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; }
.tag { display: inline-block; padding: 0 .35rem; margin: 0 .15rem .1rem 0; border-radius: 3px; font-size: 11px; background: #eee; }
.tag.grow { background: #ffe1cc; } .tag.block { background: #f9d0d0; } .tag.cache { background: #dbeafe; } .tag.replica { background: #d9f2e6; }
ul { padding-left: 1.2rem; } li { margin: .2rem 0; } ul.plain { list-style: none; padding-left: 0; }
svg text { font: 11px system-ui, sans-serif; fill: #333; }
</style>
</head>
<body>
<h1>scalevet scale report</h1>
<p class="verdict{{if not .Blocks}} ok{{end}}"><strong>Verdict:</strong> {{.R.Verdict}}</p>
<p>{{len .R.Endpoints}} endpoints, {{.R.Growing}} growing with the data. Ranked: the endpoint that breaks first comes first.</p>
<table>
<thead><tr><th>#</th><th>route</th><th>handler</th><th>reads</th><th>writes</th><th>remote</th><th>grows</th><th>notes</th></tr></thead>
<tbody>
{{range .R.Endpoints}}<tr><td class="num">{{.Rank}}</td><td><code>{{if .NoRoute}}(no route visible){{else}}{{.Method}} {{.Path}}{{end}}</code></td><td><code>{{.Handler}}</code></td><td>{{.Reads}}</td><td>{{.Writes}}</td><td>{{.Remote}}</td><td>{{.Growth}}</td><td>{{if ne .Growth "constant"}}<span class="tag grow">grows</span>{{end}}{{if .Blocks}}<span class="tag block">blocks scale-out</span>{{end}}{{if .Cacheable}}<span class="tag cache">cacheable</span>{{end}}{{if .ReadOnly}}<span class="tag replica">read replica</span>{{end}}{{if .Unresolved}}<span class="tag">unresolved calls</span>{{end}}{{if .NotAnalysed}}<span class="tag">not analysed</span>{{end}}</td></tr>
{{end}}</tbody>
</table>
{{if .Lines}}
<h2>Round trips per request as the data grows</h2>
<p>The endpoints whose loops repeat work, when each loop walks N elements (log scales). Whole-table reads grow with their tables and are not drawn.</p>
<svg role="img" aria-label="round trips per request for the worst endpoints at N = 10, 100 and 1000" width="{{.W}}" height="{{.H}}" viewBox="0 0 {{.W}} {{.H}}" xmlns="http://www.w3.org/2000/svg">
<line x1="{{.Left}}" y1="{{.Bottom}}" x2="{{.Right}}" y2="{{.Bottom}}" stroke="#999"/>
<line x1="{{.Left}}" y1="20" x2="{{.Left}}" y2="{{.Bottom}}" stroke="#999"/>
{{$d := .}}{{range .XTicks}}<text x="{{.Pos}}" y="{{$d.Bottom}}" dy="16" text-anchor="middle">N = {{.Label}}</text>
{{end}}{{range .YTicks}}<line x1="{{$d.Left}}" y1="{{.Pos}}" x2="{{$d.Right}}" y2="{{.Pos}}" stroke="#eee"/><text x="{{$d.Left}}" y="{{.Pos}}" dx="-6" dy="4" text-anchor="end">{{.Label}}</text>
{{end}}{{range .Lines}}<polyline points="{{.Points}}" fill="none" stroke="{{.Color}}" stroke-width="2"/>
<rect x="{{$d.Right}}" y="{{.LabelY}}" dx="12" width="10" height="10" fill="{{.Color}}" transform="translate(12,-9)"/><text x="{{$d.Right}}" y="{{.LabelY}}" dx="28">{{.Label}} ({{.Last}})</text>
{{end}}</svg>
{{end}}
{{if .Grows}}<h2>What grows with the data</h2>
<ul class="plain">{{range .Grows}}<li>{{.}}</li>{{end}}</ul>{{end}}
{{if .Blocks}}<h2>What blocks a second instance</h2>
<ul>{{range .Blocks}}<li>{{.}}</li>{{end}}</ul>{{end}}
{{if .Cheap}}<h2>What could be cheaper</h2>
<ul>{{range .Cheap}}<li>{{.}}</li>{{end}}</ul>{{end}}
</body>
</html>
`))
