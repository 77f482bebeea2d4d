//go:build unix

package scaling_test

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time (user and system) the process has used.
// The benchmarks report it beside wall time because the machines they
// run on are often shared: wall time then counts other jobs' load.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
