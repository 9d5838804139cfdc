package actor

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/golden"
)

// TestCorpus resolves the dispatches under testdata/corpus (written for
// sitrep: regions, years, and people whose roles changed) and compares the
// entities with their golden files. Regenerate with -update and review the diff.
func TestCorpus(t *testing.T) {
	r := resolver(t)
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.txt"))
	if err != nil || len(files) < 40 {
		t.Fatalf("want at least 40 dispatches, found %d (%v)", len(files), err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := dispatch(string(src))
			got, err := json.MarshalIndent(r.Resolve(doc), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden.Check(t, strings.TrimSuffix(f, ".txt")+".golden.json", got)
		})
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
