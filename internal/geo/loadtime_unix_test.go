//go:build unix

package geo

import (
	"syscall"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/data"
)

// TestLoadTime checks that loading the gazetteer costs < 300 ms. It
// measures the process's CPU time (user + system), not the wall clock, so
// that a machine busy with other work does not make it fail; on an idle
// machine the two agree (see BenchmarkLoad).
func TestLoadTime(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test skipped in -short mode")
	}
	best := time.Hour
	for range 3 {
		before := cpuTime(t)
		if _, err := Load(data.Gazetteer); err != nil {
			t.Fatal(err)
		}
		best = min(best, cpuTime(t)-before)
	}
	if best > 300*time.Millisecond {
		t.Errorf("Load took %v of CPU at best, want < 300ms", best)
	}
}

func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Skipf("no CPU time: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
