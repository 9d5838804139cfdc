package pipeline

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/devdata"
	"github.com/sitrep-project/sitrep/internal/ingest"
)

// polnearArticles reads the PolNeAR dev texts, the benchmark corpus.
func polnearArticles(b *testing.B) ([]article.Article, int64) {
	dir := devdata.Path(b, "data", "attribution", "polnear", "dev", "text")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var arts []article.Article
	var size int64
	for _, p := range paths {
		err := ingest.ReadFile(p, ingest.Options{}, func(it ingest.Item) error {
			if it.Err == nil {
				arts = append(arts, it.Article)
				size += int64(len(it.Article.Text))
			}
			return it.Err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	return arts, size
}

// BenchmarkPipelinePolNeAR runs every stage over the 84 PolNeAR dev
// articles on one goroutine; articles/s is per core.
func BenchmarkPipelinePolNeAR(b *testing.B) {
	arts, size := polnearArticles(b)
	p := newPipeline(b)
	ctx := context.Background()
	b.SetBytes(size)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for i := range arts {
			if _, err := p.Run(ctx, &arts[i]); err != nil {
				b.Fatal(err)
			}
		}
		n += len(arts)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPipelineParallel runs the pipeline on every core, as ingest does.
func BenchmarkPipelineParallel(b *testing.B) {
	arts, size := polnearArticles(b)
	p := newPipeline(b)
	ctx := context.Background()
	b.SetBytes(size / int64(len(arts)))
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if _, err := p.Run(ctx, &arts[i%len(arts)]); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPipelineStages is BenchmarkPipelinePolNeAR reporting the time
// of each stage per article (µs-<stage>/article), to see where time goes.
func BenchmarkPipelineStages(b *testing.B) {
	arts, size := polnearArticles(b)
	p := newPipeline(b)
	ctx := context.Background()
	b.SetBytes(size)
	var times StageTimes
	n := 0
	for b.Loop() {
		for i := range arts {
			if _, _, err := p.AnalyzeTimed(ctx, &arts[i], &times); err != nil {
				b.Fatal(err)
			}
		}
		n += len(arts)
	}
	for s := range NumStages {
		b.ReportMetric(float64(times[s].Microseconds())/float64(n), "µs-"+s.String()+"/article")
	}
}
