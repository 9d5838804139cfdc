package golden

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFirstDiff(t *testing.T) {
	tests := []struct {
		name, want, got, diff string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"changed line", "a\nb\nc", "a\nB\nc", "line 2:\n- b\n+ B"},
		{"got longer", "a", "a\nextra", "line 2:\n- \n+ extra"},
		{"got shorter", "a\nb", "a", "line 2:\n- b\n+ "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := FirstDiff(tt.want, tt.got); d != tt.diff {
				t.Errorf("FirstDiff = %q, want %q", d, tt.diff)
			}
		})
	}
}

// TestCheck checks a file against itself and a different output against
// it, the latter in a sub-test whose failure is expected.
func TestCheck(t *testing.T) {
	if Updating() {
		t.Skip("-update rewrites files; nothing to compare")
	}
	path := filepath.Join(t.TempDir(), "out.golden")
	if err := os.WriteFile(path, []byte("one\ntwo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	Check(t, path, []byte("one\ntwo\n"))
	var rec recorder
	Check(&rec, path, []byte("one\nthree\n"))
	if !rec.failed {
		t.Error("Check passed output that differs from the golden file")
	}
}

// recorder is a testing.TB that records a failure instead of failing.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }
