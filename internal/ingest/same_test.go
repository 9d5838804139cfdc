package ingest

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/golden"
	"github.com/sitrep-project/sitrep/internal/text"
)

// readAll reads every item of one file.
func readAll(t *testing.T, path string, opts Options) []Item {
	t.Helper()
	var items []Item
	if err := ReadFile(path, opts, func(it Item) error {
		items = append(items, it)
		return nil
	}); err != nil {
		t.Fatalf("ReadFile(%s): %v", path, err)
	}
	return items
}

// checkJSON compares got, as indented JSON, with the golden file path, or
// rewrites it under -update.
func checkJSON(t *testing.T, path string, got any) {
	t.Helper()
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	golden.Check(t, path, b)
}

// TestSameArticle reads one invented dispatch written as a text file with a
// dateline, an HTML page, a JSONL record and an RSS item: all four must give
// the same Text, Title, publication day, dateline and sentences.
func TestSameArticle(t *testing.T) {
	forms := []string{"dispatch.txt", "dispatch.html", "dispatch.jsonl", "dispatch.rss"}
	var first article.Article
	var firstSentences []article.Span
	for i, name := range forms {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", "same", name)
			items := readAll(t, path, Options{})
			if items[0].Err != nil {
				t.Fatal(items[0].Err)
			}
			a := items[0].Article
			doc := &article.Doc{Article: a}
			text.Segment(doc)
			var sentences []article.Span
			for _, s := range doc.Sentences {
				sentences = append(sentences, s.Span)
			}
			checkJSON(t, strings.TrimSuffix(path, filepath.Ext(path))+"."+strings.TrimPrefix(filepath.Ext(path), ".")+".golden.json", a)
			if i == 0 {
				first, firstSentences = a, sentences
				return
			}
			if a.Text != first.Text {
				t.Errorf("Text differs from %s:\n got %q\nwant %q", forms[0], a.Text, first.Text)
			}
			if a.ID != first.ID {
				t.Errorf("ID = %s, want %s", a.ID, first.ID)
			}
			if a.Title != first.Title {
				t.Errorf("Title = %q, want %q", a.Title, first.Title)
			}
			if got, want := a.Published[:10], first.Published[:10]; got != want {
				t.Errorf("published day = %s, want %s", got, want)
			}
			if a.Dateline != first.Dateline {
				t.Errorf("Dateline = %+v, want %+v", a.Dateline, first.Dateline)
			}
			if len(sentences) != len(firstSentences) {
				t.Fatalf("%d sentences, want %d", len(sentences), len(firstSentences))
			}
			for j := range sentences {
				if sentences[j] != firstSentences[j] {
					t.Errorf("sentence %d = %v, want %v", j, sentences[j], firstSentences[j])
				}
			}
		})
	}
	want := article.Dateline{Place: "Port Veranda", Date: "2025-03-03"}
	if first.Dateline != want {
		t.Errorf("Dateline = %+v, want %+v", first.Dateline, want)
	}
	if len(firstSentences) != 7 { // headline, then 1 + 2 + 2 + 1
		t.Errorf("%d sentences, want 7", len(firstSentences))
	}
}
