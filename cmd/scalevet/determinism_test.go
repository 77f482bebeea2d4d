package main_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestDeterministic runs the binary four times over the same code and
// compares the bytes it prints, in text and JSON. The runs differ in what
// should not matter: GOMAXPROCS, so go/packages parses a package's files,
// and the checker's goroutines finish, in other orders. The demo has
// findings in several packages and files, reached through facts.
func TestDeterministic(t *testing.T) {
	long(t, "eight runs over the demo")
	t.Parallel()
	demo := filepath.Join("..", "..", "testdata", "demo")
	for _, args := range [][]string{
		{"./..."},
		{"-json", "./..."},
	} {
		procs := []string{"1", "2", "4", "8"}
		outs := make([][]byte, len(procs))
		for i, procs := range procs {
			cmd := exec.Command(scalevet, args...)
			cmd.Dir = demo
			cmd.Env = append(os.Environ(), "GOMAXPROCS="+procs)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			if code := cmd.ProcessState.ExitCode(); code != 3 {
				t.Fatalf("scalevet %q: exit status %d (%v), want 3\nstderr:\n%s", args, code, err, stderr.String())
			}
			outs[i] = append(stdout.Bytes(), stderr.Bytes()...)
		}
		if len(outs[0]) == 0 {
			t.Fatalf("scalevet %q printed nothing", args)
		}
		for i := 1; i < len(outs); i++ {
			if !bytes.Equal(outs[0], outs[i]) {
				t.Errorf("scalevet %q printed different bytes in two runs:\n--- GOMAXPROCS=%s\n%s\n--- GOMAXPROCS=%s\n%s", args, procs[0], outs[0], procs[i], outs[i])
				break
			}
		}
	}
}
