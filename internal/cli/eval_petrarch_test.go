package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestEvalPetrarch runs "sitrep eval petrarch" on PETRARCH2's unit-test
// records with their own dictionaries.
func TestEvalPetrarch(t *testing.T) {
	shared := os.Getenv("SITREP_SHARED")
	if shared == "" {
		shared = filepath.Join("..", "..", "..", "shared")
	}
	file := filepath.Join(shared, "data", "events", "petrarch2", "PETR.UnitTest.records.xml")
	if _, err := os.Stat(file); err != nil {
		t.Skipf("PETRARCH unit-test records not found (set SITREP_SHARED): %v", err)
	}
	var out, errb bytes.Buffer
	args := []string{file}
	if testing.Verbose() {
		args = append([]string{"-v"}, args...)
	}
	code := runEvalPetrarch(context.Background(), &Env{Stdout: &out, Stderr: &errb, Getenv: os.Getenv}, args)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	t.Log(out.String())
}
