package analyzers

import "github.com/scalevet/scalevet/analyzers/internal/scale"

// The scale report (scalevet report) is built from the whole program:
// ScaleAnalyzer, run with the reporting analyzers, gathers each
// package's entry points, their costs and its route registrations, and
// BuildScaleReport joins the root packages' results with the findings.
// It is not an analyzer of the suite: it reports nothing.
type (
	ScaleReport     = scale.Report
	ScaleEndpoint   = scale.Endpoint
	ScalePackage    = scale.Package
	ScaleFinding    = scale.Finding
	ScaleRelated    = scale.Related
	ScaleFindingRef = scale.FindingRef
)

// ScaleAnalyzer gathers what the scale report needs from each package.
var ScaleAnalyzer = scale.Analyzer

// BuildScaleReport joins the results of ScaleAnalyzer on the root
// packages with the findings into the scale report, positions relative
// to dir.
func BuildScaleReport(pkgs []ScalePackage, dir string, findings []ScaleFinding) *ScaleReport {
	return scale.Build(pkgs, dir, findings)
}
