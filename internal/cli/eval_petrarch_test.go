package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/eval"
)

// petrarchFile is PETRARCH2's unit-test records file in the shared data.
func petrarchFile(t *testing.T) string {
	shared := os.Getenv("SITREP_SHARED")
	if shared == "" {
		shared = filepath.Join("..", "..", "..", "shared")
	}
	file := filepath.Join(shared, "data", "events", "petrarch2", "PETR.UnitTest.records.xml")
	if _, err := os.Stat(file); err != nil {
		t.Skipf("PETRARCH unit-test records not found (set SITREP_SHARED): %v", err)
	}
	return file
}

// TestEvalPetrarch codes PETRARCH2's unit-test records with their own
// dictionaries and checks that sitrep does better than PETRARCH2 itself,
// which codes 90 of 279 active records exactly right, with F1 0.413 over
// (source, target, code) and 0.562 over root codes.
func TestEvalPetrarch(t *testing.T) {
	file := petrarchFile(t)
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	penv, recs, err := eval.ReadPetrarch(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	st, err := loadPetrarchStages(filepath.Dir(file), penv)
	if err != nil {
		t.Fatal(err)
	}
	var s eval.PetrarchScore
	for _, r := range recs {
		if penv.Active(r.Category) {
			s.Add(r, st.code(r))
		}
	}
	_, _, f1 := s.Triples.PRF()
	_, _, rootF1 := s.Roots.PRF()
	if s.FullyCorrect <= 90 || f1 <= 0.413 || rootF1 <= 0.562 {
		var b bytes.Buffer
		s.Print(&b)
		t.Errorf("no better than PETRARCH2 (90 fully correct, F1 0.413, root F1 0.562):\n%s", b.String())
	}
}

// TestEvalPetrarchCommand runs the command end to end.
func TestEvalPetrarchCommand(t *testing.T) {
	file := petrarchFile(t)
	var out, errb bytes.Buffer
	code := runEvalPetrarch(context.Background(), &Env{Stdout: &out, Stderr: &errb, Getenv: os.Getenv}, []string{file})
	if code != ExitOK || !strings.Contains(out.String(), "fully correct:") {
		t.Fatalf("exit %d, output %q, stderr %q", code, out.String(), errb.String())
	}
}
