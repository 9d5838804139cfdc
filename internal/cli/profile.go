package cli

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// startCPUProfile starts writing a CPU profile to path for command cmd
// when path is not empty. It returns the function that stops and closes
// the profile (a no-op without one), and false after printing the error
// when the profile cannot be started.
func startCPUProfile(env *Env, cmd, path string) (stop func(), ok bool) {
	if path == "" {
		return func() {}, true
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep %s: %v\n", cmd, err)
		return nil, false
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		fmt.Fprintf(env.Stderr, "sitrep %s: %s: %v\n", cmd, path, err)
		return nil, false
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, true
}
