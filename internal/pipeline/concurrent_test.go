package pipeline

import (
	"bytes"
	"context"
	"path/filepath"
	"sync"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/devdata"
)

// TestConcurrentRunsAgree runs the same articles on one goroutine and on
// four at once, each in a different order, as ingest does: the stages keep
// per-goroutine caches (tagger, name model), and no run may see another's.
func TestConcurrentRunsAgree(t *testing.T) {
	p := newPipeline(t)
	var arts []article.Article
	inputs, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if dir := devdata.Dir(); dir != "" {
		more, _ := filepath.Glob(filepath.Join(dir, "data", "attribution", "polnear", "dev", "text", "*.txt"))
		inputs = append(inputs, more...)
	}
	for _, in := range inputs {
		arts = append(arts, readArticles(t, in)...)
	}
	want := make([][]byte, len(arts))
	for i := range arts {
		a := arts[i]
		res, err := p.Run(context.Background(), &a)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = marshal(t, res)
	}
	const workers = 4
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for k := range arts {
				i := (k*7 + w*len(arts)/workers) % len(arts) // a different order per worker
				a := arts[i]
				res, err := p.Run(context.Background(), &a)
				if err != nil {
					t.Error(err)
					return
				}
				if got := marshal(t, res); !bytes.Equal(got, want[i]) {
					t.Errorf("worker %d, %s: output differs from the sequential run", w, arts[i].Origin)
					return
				}
			}
		})
	}
	wg.Wait()
}
