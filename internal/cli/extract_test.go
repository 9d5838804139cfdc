package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/devdata"
	"github.com/sitrep-project/sitrep/internal/pipeline"
)

const harbourDispatch = "date 2025-03-14 Odesa: Drones hit the port overnight.\n\n" +
	"Ukraine's air force said it shot down 38 of the 52 drones launched by Russia. " +
	"The Kremlin denied targeting civilian infrastructure.\n"

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExtractUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"no input", []string{"extract"}, "no input"},
		{"bad format", []string{"extract", "--format", "xml", "a.txt"}, `unknown --format "xml"`},
		{"bad date", []string{"extract", "--date", "2024-02-30", "a.txt"}, `--date "2024-02-30" is not a date`},
		{"bad input format", []string{"extract", "--input-format", "pdf", "a.txt"}, "pdf"},
		{"unknown flag", []string{"extract", "--nope", "a.txt"}, "nope"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, tc.args...)
			if code != ExitUsage || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, ExitUsage, tc.want)
			}
		})
	}
	if code, stdout, _ := runCmd(t, "extract", "--help"); code != ExitOK || !strings.Contains(stdout, "-with-text") {
		t.Errorf("--help: exit %d, %q", code, stdout)
	}
}

// TestExtractBatchWithBadInputs: bad files are named with their problem,
// the good ones are still extracted, and the exit code says some failed.
func TestExtractBatchWithBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "harbour.txt", []byte(harbourDispatch))
	empty := writeFile(t, dir, "empty.txt", nil)
	binary := writeFile(t, dir, "binary.txt", []byte("\x00\x01\x02ELF\x00\x00"))
	missing := filepath.Join(dir, "missing.txt")

	code, stdout, stderr := runCmd(t, "extract", "--format", "jsonl", empty, good, binary, missing)
	if code != ExitPartial {
		t.Errorf("exit %d, want %d", code, ExitPartial)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 1 {
		t.Fatalf("%d results, want 1 (the good file):\n%s", len(lines), stdout)
	}
	var res article.Result
	if err := json.Unmarshal([]byte(lines[0]), &res); err != nil {
		t.Fatal(err)
	}
	if res.Schema != article.Schema || res.Article.Published != "2025-03-14" || res.Article.Dateline.Place != "Odesa" {
		t.Errorf("result: schema %q, published %q, dateline %+v", res.Schema, res.Article.Published, res.Article.Dateline)
	}
	for _, name := range []string{empty, binary, missing} {
		if !strings.Contains(stderr, name) {
			t.Errorf("stderr does not name %s:\n%s", name, stderr)
		}
	}
	if !strings.Contains(stderr, "3 input(s) failed") {
		t.Errorf("stderr lacks the count of failures:\n%s", stderr)
	}
}

func TestExtractFormats(t *testing.T) {
	good := writeFile(t, t.TempDir(), "harbour.txt", []byte(harbourDispatch))

	code, stdout, stderr := runCmd(t, "extract", "--format", "plover", good)
	if code != ExitOK {
		t.Fatalf("plover: exit %d: %s", code, stderr)
	}
	recs := strings.Split(strings.TrimSpace(stdout), "\n")
	for _, line := range recs {
		var rec article.PLOVERRecord
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("plover record %q: %v", line, err)
		}
		if rec.ID == "" || len(rec.Event) != 1 || len(rec.Actor) == 0 || rec.CAMEO == "" || rec.Date == "" {
			t.Errorf("incomplete PLOVER record: %s", line)
		}
	}
	if len(recs) < 2 {
		t.Errorf("%d PLOVER records, want the shoot-down and the denial at least:\n%s", len(recs), stdout)
	}

	code, stdout, _ = runCmd(t, "extract", "--format", "text", good)
	if code != ExitOK {
		t.Fatalf("text: exit %d", code)
	}
	for _, want := range []string{"Drones hit the port overnight.", "published 2025-03-14", "dateline Odesa, 2025-03-14", "Entities", "Events", "REJECT"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("text summary lacks %q:\n%s", want, stdout)
		}
	}

	code, stdout, _ = runCmd(t, "extract", "--with-text", good)
	var res article.Result
	if code != ExitOK || json.Unmarshal([]byte(stdout), &res) != nil {
		t.Fatalf("json: exit %d: %s", code, stdout)
	}
	if !strings.HasPrefix(res.Article.Text, "Drones hit the port overnight.\n\nUkraine's air force") {
		t.Errorf("--with-text: text %q", res.Article.Text)
	}
	for _, s := range res.Sentences {
		if s.End > len(res.Article.Text) || s.Start > s.End {
			t.Errorf("sentence [%d,%d) outside the text", s.Start, s.End)
		}
	}
}

// TestExtractPetrarch runs PETRARCH's own first demo record with its
// dictionaries in place of ours.
func TestExtractPetrarch(t *testing.T) {
	dicts := filepath.Join(devdata.Path(t), "data", "events", "petrarch2")
	in := writeFile(t, t.TempDir(), "demo.txt",
		[]byte("Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds burned down its embassy.\n"))
	code, stdout, stderr := runCmd(t, "extract", "--petrarch", dicts, "--date", "1995-01-01", "--format", "plover", in)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rec article.PLOVERRecord
	if err := json.Unmarshal([]byte(strings.TrimSpace(stdout)), &rec); err != nil {
		t.Fatalf("%v: %q", err, stdout)
	}
	if rec.CAMEO != "064" || rec.Actor[0].Code != "ARN" || rec.Recipient[0].Code != "GON" {
		t.Errorf("got %s %s → %s, want 064 ARN → GON", rec.CAMEO, rec.Actor[0].Code, rec.Recipient[0].Code)
	}
}

func TestBenchExtract(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "harbour.txt", []byte(harbourDispatch))
	code, stdout, stderr := runCmd(t, "bench", "extract", "--rounds", "2", "--workers", "1", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	wants := []string{"articles     1 ", "× 2 rounds on 1 workers", "articles/s", "ms per article", "peak memory",
		"latency      p50 ", "harbour.txt)\n"}
	for s := range pipeline.NumStages {
		wants = append(wants, "\n  "+s.String()+" ")
	}
	for _, want := range wants {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	profile := filepath.Join(t.TempDir(), "cpu.pprof")
	if code, _, stderr := runCmd(t, "bench", "extract", "--rounds", "1", "--cpuprofile", profile, dir); code != ExitOK {
		t.Errorf("--cpuprofile: exit %d: %s", code, stderr)
	} else if fi, err := os.Stat(profile); err != nil || fi.Size() == 0 {
		t.Errorf("--cpuprofile wrote no profile: %v", err)
	}
	if code, _, _ := runCmd(t, "bench", "extract", "--rounds", "0", dir); code != ExitUsage {
		t.Errorf("--rounds 0: exit %d, want %d", code, ExitUsage)
	}
}
