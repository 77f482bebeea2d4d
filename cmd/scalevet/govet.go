package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
)

// goVet runs 'go vet -vettool=SCALEVET args...' with this executable as
// the vet tool, for 'scalevet vet ./...': the pre-commit hook scalevet-vet
// and anyone without $(command -v scalevet) at hand. go vet prints the
// findings; its exit status is returned.
func goVet(args []string, stderr io.Writer) int {
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "scalevet: %v\n", err)
		return exitError
	}
	cmd := exec.Command("go", append([]string{"vet", "-vettool=" + exe}, args...)...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err = cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return exitClean
	case errors.As(err, &exit):
		return exit.ExitCode()
	default:
		fmt.Fprintf(stderr, "scalevet: %v\n", err)
		return exitError
	}
}
