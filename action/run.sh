#!/usr/bin/env bash
# The logic of the scalevet GitHub Action (action.yml at the repository
# root). It builds scalevet from the action's own checkout with the Go on
# PATH (actions/setup-go), runs it in the current directory, and turns its
# exit status into the step's result.
#
# Inputs come from the environment, as action.yml passes them:
#   INPUT_PACKAGES          packages, separated by spaces (default ./...)
#   INPUT_ARGS              more scalevet flags, separated by spaces
#   INPUT_FORMAT            github (default), text, json or sarif
#   INPUT_SARIF_FILE        also write SARIF to this file
#   INPUT_BASELINE          report only findings not in this baseline file
#   INPUT_FAIL_ON_FINDINGS  true (default) or false
#   INPUT_SCALE_REPORT      true: append the scale report (Markdown) to
#                           GITHUB_STEP_SUMMARY; false (default)
# and from the runner: GITHUB_ACTION_PATH (the action's checkout),
# RUNNER_TEMP, GITHUB_OUTPUT (findings=true|false, exit-code=N). SCALEVET,
# when set, is a scalevet binary to use instead of building one.
set -uo pipefail

fail() { echo "::error title=scalevet::$*"; exit 1; }

packages=${INPUT_PACKAGES:-./...}
format=${INPUT_FORMAT:-github}
failOnFindings=${INPUT_FAIL_ON_FINDINGS:-true}
case "$format" in
text | json | sarif | github) ;;
*) fail "input format: got '$format', want github, text, json or sarif" ;;
esac
case "$failOnFindings" in
true | false) ;;
*) fail "input fail-on-findings: got '$failOnFindings', want true or false" ;;
esac
scaleReport=${INPUT_SCALE_REPORT:-false}
case "$scaleReport" in
true | false) ;;
*) fail "input scale-report: got '$scaleReport', want true or false" ;;
esac
if [ -n "${INPUT_BASELINE:-}" ] && [ ! -f "$INPUT_BASELINE" ]; then
	fail "input baseline: no file $INPUT_BASELINE; write it with: scalevet -baseline=$INPUT_BASELINE -baseline-write ./..."
fi

scalevet=${SCALEVET:-}
if [ -z "$scalevet" ]; then
	: "${GITHUB_ACTION_PATH:?not set: run this script through action.yml, or set SCALEVET}"
	scalevet="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/scalevet-action/scalevet"
	echo "::group::build scalevet"
	go version
	if ! go build -C "$GITHUB_ACTION_PATH" -o "$scalevet" ./cmd/scalevet; then
		echo "::endgroup::"
		fail "could not build scalevet from $GITHUB_ACTION_PATH"
	fi
	"$scalevet" -version
	echo "::endgroup::"
fi

read -ra pkgs <<<"$packages"
read -ra extra <<<"${INPUT_ARGS:-}"
flags=(-format="$format")
if [ -n "${INPUT_BASELINE:-}" ]; then
	flags+=(-baseline="$INPUT_BASELINE")
fi

status=0
"$scalevet" "${flags[@]}" "${extra[@]}" "${pkgs[@]}" || status=$?

if [ -n "${INPUT_SARIF_FILE:-}" ] && [ "$status" -ne 1 ]; then
	# A second run for the file: the findings are the same, the format is
	# SARIF. Its terminal output repeats the first run's and is dropped.
	sarifStatus=0
	"$scalevet" -format=sarif -o "$INPUT_SARIF_FILE" "${flags[@]:1}" "${extra[@]}" "${pkgs[@]}" >/dev/null || sarifStatus=$?
	if [ "$sarifStatus" -eq 1 ] || [ ! -s "$INPUT_SARIF_FILE" ]; then
		fail "could not write the SARIF file $INPUT_SARIF_FILE (exit status $sarifStatus)"
	fi
	echo "scalevet: SARIF written to $INPUT_SARIF_FILE"
fi

if [ "$scaleReport" = true ] && [ "$status" -ne 1 ]; then
	# The scale report of the same packages, for the job summary: which
	# endpoint breaks first and what blocks a second instance.
	report="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/scalevet-scale-report.md"
	if ! "$scalevet" report -format=markdown -o "$report" "${extra[@]}" "${pkgs[@]}"; then
		fail "could not build the scale report"
	fi
	if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
		cat "$report" >>"$GITHUB_STEP_SUMMARY"
		echo "scalevet: scale report appended to the job summary"
	fi
fi

findings=false
if [ "$status" -eq 3 ]; then
	findings=true
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
	{
		echo "findings=$findings"
		echo "exit-code=$status"
	} >>"$GITHUB_OUTPUT"
fi

case "$status" in
0) exit 0 ;;
3)
	if [ "$failOnFindings" = true ]; then
		echo "scalevet: findings reported (set fail-on-findings: false to only annotate)"
		exit 1
	fi
	exit 0
	;;
*) fail "scalevet failed with exit status $status" ;;
esac
