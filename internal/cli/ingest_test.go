package cli

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/devdata"
	"github.com/sitrep-project/sitrep/internal/store"
)

// polnearSubset copies the first n PolNeAR training texts into a directory.
func polnearSubset(t *testing.T, n int) string {
	t.Helper()
	src := filepath.Join(devdata.Path(t), "data", "attribution", "polnear", "train", "text")
	names, err := filepath.Glob(filepath.Join(src, "*.txt"))
	if err != nil || len(names) < n {
		t.Skipf("PolNeAR texts not found in %s", src)
	}
	slices.Sort(names)
	dir := t.TempDir()
	for _, name := range names[:n] {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(name)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// buildSitrep builds the sitrep binary for tests that run it as a process.
func buildSitrep(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "sitrep")
	cmd := exec.Command("go", "build", "-o", bin, "../../cmd/sitrep")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func dumpDB(t *testing.T, path string) string {
	t.Helper()
	st, err := store.OpenSQLite(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var b bytes.Buffer
	if err := st.Dump(t.Context(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestIngestSurvivesSIGKILL kills an ingest with SIGKILL at random moments
// five times, finishes it, and checks the database is the one a single
// clean run makes: no article lost, none half-stored, none twice.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	corpus := polnearSubset(t, 200)
	bin := buildSitrep(t)
	dir := t.TempDir()
	run := func(db string) *exec.Cmd {
		cmd := exec.Command(bin, "ingest", "--db", db, "--progress", "none", "--batch", "16", corpus)
		cmd.Env = append(os.Environ(), "SITREP_DB=")
		return cmd
	}

	clean := filepath.Join(dir, "clean.db")
	start := time.Now()
	if out, err := run(clean).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	took := time.Since(start)
	want := dumpDB(t, clean)

	// Ingesting again changes nothing.
	out, err := run(clean).CombinedOutput()
	if err != nil {
		t.Fatalf("second ingest: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "200 articles read: 0 new, 200 duplicate, 0 failed") {
		t.Errorf("second ingest report: %s", out)
	}
	if got := dumpDB(t, clean); got != want {
		t.Errorf("second ingest changed the database")
	}

	crashed := filepath.Join(dir, "crashed.db")
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	for i := range 5 {
		cmd := run(crashed)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Past the start-up (loading the models), into the writing.
		wait := took/4 + time.Duration(r.Int64N(int64(took*3/4)))
		time.Sleep(wait)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		t.Logf("kill %d after %v: %s", i+1, wait.Round(time.Millisecond), articleCount(t, crashed))
	}
	if out, err := run(crashed).CombinedOutput(); err != nil {
		t.Fatalf("ingest after kills: %v\n%s", err, out)
	}
	if got := dumpDB(t, crashed); got != want {
		t.Errorf("database after kills and restart differs from a clean run:\n%s", firstDiff(want, got))
	}
}

func articleCount(t *testing.T, db string) string {
	if _, err := os.Stat(db); err != nil {
		return "no database yet"
	}
	st, err := store.OpenSQLite(t.Context(), db)
	if err != nil {
		return err.Error()
	}
	defer st.Close()
	s, err := st.Stats(context.Background(), 1)
	if err != nil {
		return err.Error()
	}
	return fmt.Sprintf("%d articles stored", s.Articles)
}

// firstDiff shows the first differing line of two dumps.
func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return fmt.Sprintf("line %d:\n- %.300s\n+ %.300s", i+1, la[i], lb[i])
		}
	}
	return fmt.Sprintf("%d lines vs %d lines", len(la), len(lb))
}

// TestIngestCPUProfile checks that --cpuprofile writes a profile (gzipped,
// as go tool pprof reads it) and that an unwritable path fails the command.
func TestIngestCPUProfile(t *testing.T) {
	dir := t.TempDir()
	prof := filepath.Join(dir, "cpu.prof")
	code, stdout, stderr := runCmd(t, "ingest", "--db", filepath.Join(dir, "p.db"), "--progress", "none", "--cpuprofile", prof, "testdata/ingest")
	if want := "ingest: 3 inputs, 5 articles read: 4 new, 1 duplicate, 0 failed"; code != ExitOK || !strings.HasPrefix(stdout, want+"\n") {
		t.Fatalf("exit %d, stdout %q, stderr %q; want %d and %q", code, stdout, stderr, ExitOK, want)
	}
	b, err := os.ReadFile(prof)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		t.Errorf("profile of %d bytes does not start with the gzip magic", len(b))
	}
	code, _, _ = runCmd(t, "ingest", "--db", filepath.Join(dir, "q.db"), "--progress", "none", "--cpuprofile", filepath.Join(dir, "no", "cpu.prof"), "testdata/ingest")
	if code != ExitPartial {
		t.Errorf("unwritable profile path: exit %d, want %d", code, ExitPartial)
	}
}
