package geo

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/text"
)

var (
	loadOnce sync.Once
	loaded   *Gazetteer
	loadErr  error
)

// testGazetteer loads the embedded gazetteer once for all tests.
func testGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	loadOnce.Do(func() { loaded, loadErr = Load(data.Gazetteer) })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

// sharedDir is the shared development data, from SITREP_SHARED or ../../../shared.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("SITREP_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared development data not found at %s (set SITREP_SHARED): %v", dir, err)
	}
	return dir
}

// newDoc segments text as the pipeline does.
func newDoc(txt, dateline string) *article.Doc {
	doc := &article.Doc{Article: article.Article{Text: txt, Dateline: article.Dateline{Place: dateline}}}
	text.Segment(doc)
	return doc
}

func TestSeedDebug(t *testing.T) {
	g := testGazetteer(t)
	b, err := os.ReadFile(filepath.Join(sharedDir(t), "seed", "000_915998f58a079707.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := newDoc(string(b), "Seoul")
	for _, p := range g.Places(doc, nil) {
		t.Logf("%q %s %s %.2f %.2f %d %s %s", p.Text, p.Name, p.Country, p.Lat, p.Lon, p.GeonameID, p.Feature, p.Sense)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(data.Gazetteer); err != nil {
			b.Fatal(err)
		}
	}
}
