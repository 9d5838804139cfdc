// Package devdata finds the development data (../shared beside the repo,
// or $SITREP_SHARED) for tests and benchmarks, and skips them with a clear
// message when it is absent, as on a machine without it.
package devdata

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/sitrep-project/sitrep/internal/perceptron/polnear"
)

// Dir returns the shared development data folder, or "" when it is absent.
func Dir() string {
	if dir := os.Getenv("SITREP_SHARED"); dir != "" {
		return dir
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	// This file is internal/devdata/devdata.go; shared sits beside the repo.
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		return ""
	}
	return dir
}

// Path returns the path of rel inside the development data, skipping tb
// when it is not there.
func Path(tb testing.TB, rel ...string) string {
	tb.Helper()
	dir := Dir()
	if dir == "" {
		tb.Skip("development data not found: put the shared folder beside the repo or set SITREP_SHARED")
	}
	path := filepath.Join(append([]string{dir}, rel...)...)
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("development data %s absent (set SITREP_SHARED): %v", path, err)
	}
	return path
}

// PolNeAR reads a split ("train" or "dev") of the PolNeAR corpus, skipping
// tb when the development data is absent.
func PolNeAR(tb testing.TB, split string) []polnear.Document {
	tb.Helper()
	docs, err := polnear.Read(Path(tb, "data", "attribution", "polnear"), split)
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}
