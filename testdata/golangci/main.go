// Command golangci-lint is golangci-lint v2 with scalevet's module plugin
// linked in, built the way 'golangci-lint custom' builds it: golangci-lint's
// own main, plus a blank import of each plugin named in .custom-gcl.yml.
// run.sh builds it and runs it on ./sample.
package main

import (
	"fmt"
	"os"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	// The plugin, as 'golangci-lint custom' writes it into plugins.go.
	_ "github.com/scalevet/scalevet/plugin/golangci"
)

func main() {
	info := commands.BuildInfo{Version: "2.15.0-custom-scalevet", Commit: "?", Date: "(unknown)", GoVersion: "unknown"}
	if err := commands.Execute(info); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
