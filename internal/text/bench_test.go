package text

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/devdata"
)

// BenchmarkSegmentPolNeAR segments the PolNeAR dev texts.
func BenchmarkSegmentPolNeAR(b *testing.B) {
	dir := filepath.Join(devdata.Path(b), "data", "attribution", "polnear", "dev", "text")
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Skipf("PolNeAR dev texts not available: %v", err)
	}
	var texts []string
	size := 0
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			doc := &article.Doc{Article: article.Article{Text: t}}
			Segment(doc)
		}
	}
	b.ReportMetric(float64(b.N*len(texts))/b.Elapsed().Seconds(), "articles/s")
}
