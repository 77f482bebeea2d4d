// Package action holds the logic of scalevet's GitHub Action: action.yml
// at the repository root runs run.sh, and this package's test runs run.sh
// locally with a fake GitHub Actions environment (GITHUB_ACTION_PATH,
// RUNNER_TEMP, GITHUB_OUTPUT, INPUT_*) on the module in testdata/sample.
// docs/github-actions.md shows a complete workflow.
package action
