// Package golden compares a test's whole output with a reviewed file in
// testdata, and rewrites the file when the test runs with -update, so that
// every golden test in the repo reads and updates the same way:
//
//	go test ./internal/pipeline -update
//	git diff internal/pipeline/testdata   # review it like code
//
// Only tests import it: the -update flag it defines exists in test binaries.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata instead of comparing with them")

// Updating reports whether the test runs with -update.
func Updating() bool { return *update }

// Check compares got with the file at path; with -update it writes got to
// the file instead.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s; rerun with -update and review the diff:\n%s", path, FirstDiff(string(want), string(got)))
	}
}

// FirstDiff shows the first line where want and got part, or "" when they
// are equal.
func FirstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range max(len(w), len(g)) {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n- %.300s\n+ %.300s", i+1, a, b)
		}
	}
	return ""
}
