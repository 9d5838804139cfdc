package geo

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/golden"
)

// goldenOut is what a golden file holds: the places of a dispatch.
type goldenOut struct {
	Places []article.Place `json:"places"`
}

// datelines gives the dateline place of the dispatches that have one.
var datelines = map[string]string{"paris_texas": "Paris", "dateline": "Kyiv"}

func TestGolden(t *testing.T) {
	g := testGazetteer(t)
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc := newDoc(string(b), datelines[name])
			got, err := json.MarshalIndent(goldenOut{Places: g.Places(doc, nil)}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden.Check(t, strings.TrimSuffix(path, ".txt")+".golden.json", got)
		})
	}
}
