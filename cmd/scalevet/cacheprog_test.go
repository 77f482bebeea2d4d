package main_test

import (
	"bytes"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// goToolCache is the GOCACHEPROG implementation the shared-cache test
// uses, from the module proxy: Brad Fitzpatrick's go-tool-cache, whose
// go-cacher is the cache program and go-cacher-server the cache that
// machines share over HTTP.
const (
	goToolCache        = "github.com/bradfitz/go-tool-cache"
	goToolCacheVersion = "v0.0.0-20260722201841-0bb331e19f64"
)

// A syncBuffer is a bytes.Buffer that a process's output and the test
// may use at once.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestSharedCache checks that results of scalevet under go vet are
// reused across machines through GOCACHEPROG: two "machines", each with
// an empty GOCACHE and an empty local cache of its own, share a cache
// server. The first analyses the demo (scalevet -cache, and go vet
// -vettool=scalevet -json); the second, on the same code, puts nothing
// into the shared cache (every result, compiled or analysed, is a hit:
// nothing was re-analysed) and prints the same findings.
func TestSharedCache(t *testing.T) {
	long(t, "installs go-tool-cache from the module proxy and compiles the demo's part of std")
	t.Parallel()
	work := t.TempDir()
	bin := filepath.Join(work, "bin")
	install := exec.Command("go", "install",
		goToolCache+"/cmd/go-cacher@"+goToolCacheVersion,
		goToolCache+"/cmd/go-cacher-server@"+goToolCacheVersion)
	install.Env = append(os.Environ(), "GOBIN="+bin, "GOFLAGS=")
	install.Dir = work
	if out, err := install.CombinedOutput(); err != nil {
		t.Fatalf("go install go-tool-cache: %v\n%s", err, out)
	}

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	var log syncBuffer
	server := exec.Command(filepath.Join(bin, "go-cacher-server"), "-cache-dir="+filepath.Join(work, "shared"), "-listen="+addr, "-verbose")
	server.Stdout, server.Stderr = &log, &log
	if err := server.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { server.Process.Kill(); server.Wait() })
	for i := 0; ; i++ {
		resp, err := http.Get("http://" + addr + "/")
		if err == nil {
			resp.Body.Close()
			break
		}
		if i == 100 {
			t.Fatalf("go-cacher-server does not answer at %s: %v\n%s", addr, err, log.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	puts := func() int { return strings.Count(log.String(), " PUT /") }

	demo := filepath.Join("..", "..", "testdata", "demo")
	golden, err := os.ReadFile(filepath.Join("testdata", "demo.golden"))
	if err != nil {
		t.Fatal(err)
	}
	type outputs struct{ cached, vet string }
	machine := func(name string) outputs {
		t.Helper()
		dir := filepath.Join(work, name)
		env := []string{
			"GOCACHE=" + filepath.Join(dir, "gocache"),
			fmt.Sprintf("GOCACHEPROG=%s -cache-dir=%s -cache-server=http://%s", filepath.Join(bin, "go-cacher"), filepath.Join(dir, "local"), addr),
		}
		// runEnv's go vet cache is the tests' own; this one is the machine's.
		cached := exec.Command(scalevet, "-cache", "./...")
		vet := exec.Command("go", "vet", "-vettool="+scalevet, "-json", "./...")
		var out outputs
		for _, c := range []struct {
			cmd  *exec.Cmd
			into *string
			want int
		}{{cached, &out.cached, 3}, {vet, &out.vet, 0}} {
			var stdout, stderr strings.Builder
			c.cmd.Dir, c.cmd.Env = demo, append(goEnv(), env...)
			c.cmd.Stdout, c.cmd.Stderr = &stdout, &stderr
			err := c.cmd.Run()
			if code := c.cmd.ProcessState.ExitCode(); code != c.want {
				t.Fatalf("%s: %s: exit status %d (%v), want %d:\n%s", name, strings.Join(c.cmd.Args, " "), code, err, c.want, stderr.String())
			}
			*c.into = stdout.String()
		}
		return out
	}

	first := machine("first")
	if diff := cmp.Diff(string(golden), first.cached); diff != "" {
		t.Fatalf("first machine: scalevet -cache differs from demo.golden (-want +got):\n%s", diff)
	}
	before := puts()
	if before == 0 {
		t.Fatalf("the first machine put nothing into the shared cache:\n%s", log.String())
	}
	second := machine("second")
	if n := puts() - before; n != 0 {
		t.Errorf("the second machine put %d results into the shared cache, want 0: it re-ran work the first had shared", n)
	}
	if diff := cmp.Diff(first, second, cmp.AllowUnexported(outputs{})); diff != "" {
		t.Errorf("the second machine's findings differ from the first's (-first +second):\n%s", diff)
	}
}
