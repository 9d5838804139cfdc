package coder

import (
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/devdata"
)

// polnearTexts reads the PolNeAR dev texts: 2015-16 US election news.
func polnearTexts(b *testing.B) []string {
	dir := devdata.Path(b, "data", "attribution", "polnear", "dev", "text")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		b.Skipf("no PolNeAR texts in %s", dir)
	}
	var out []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(t))
	}
	return out
}

// BenchmarkCoder codes the PolNeAR dev articles, running the stages the
// coder needs first (text, tagger, actors), on every core: the
// articles/s figure is the throughput of coding with its inputs.
func BenchmarkCoder(b *testing.B) {
	s := loadStages(b)
	texts := polnearTexts(b)
	var size int64
	for _, t := range texts {
		size += int64(len(t))
	}
	var articles, events atomic.Int64
	b.SetBytes(size / int64(len(texts)))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			doc, ents := s.analyze(article.Article{Text: texts[i%len(texts)], Published: "2016-01-01"})
			events.Add(int64(len(s.coder.Code(doc, ents))))
			articles.Add(1)
			i++
		}
	})
	b.ReportMetric(float64(articles.Load())/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(events.Load())/float64(articles.Load()), "events/article")
}

// BenchmarkCodeOnly times the coder alone over pre-analysed articles.
func BenchmarkCodeOnly(b *testing.B) {
	s := loadStages(b)
	texts := polnearTexts(b)
	type in struct {
		doc  *article.Doc
		ents []article.Entity
	}
	var ins []in
	var size int64
	for _, t := range texts {
		d, e := s.analyze(article.Article{Text: t, Published: "2016-01-01"})
		ins = append(ins, in{d, e})
		size += int64(len(t))
	}
	b.SetBytes(size / int64(len(texts)))
	i := 0
	for b.Loop() {
		x := ins[i%len(ins)]
		s.coder.Code(x.doc, x.ents)
		i++
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "articles/s")
}
