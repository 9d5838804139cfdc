package store

import (
	"fmt"
	"path/filepath"
	"testing"
)

// numbered returns the test corpus made distinct by a number, so that
// every call stores new articles.
func numbered(n int) []Entry {
	es := corpus()
	for i := range es {
		a := *es[i].Article
		a.Text += fmt.Sprintf(" (%d)", n)
		a.ID = ""
		es[i].Article = &a
	}
	return es
}

// BenchmarkPutSQLite stores batches of six articles (six events, one
// syndicated copy) into a SQLite file: the store's share of ingest.
func BenchmarkPutSQLite(b *testing.B) {
	s, err := OpenSQLite(b.Context(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	n := 0
	for b.Loop() {
		var batch []Entry
		for range 10 {
			batch = append(batch, numbered(n)...)
			n++
		}
		outs, err := s.Put(b.Context(), batch)
		if err != nil {
			b.Fatal(err)
		}
		for _, o := range outs {
			if o.Err != nil || !o.New {
				b.Fatalf("%s: new %v, %v", o.ID, o.New, o.Err)
			}
		}
	}
	b.ReportMetric(float64(n*6)/b.Elapsed().Seconds(), "articles/s")
}
