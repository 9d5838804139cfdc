package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/devdata"
)

// TestSeed reads the example dispatch: its "date 2024-11-30 Seoul:" prefix
// is metadata, and the one-sentence summary after it is the headline.
func TestSeed(t *testing.T) {
	path := devdata.Path(t, "seed/000_915998f58a079707.txt")
	items := readAll(t, path, Options{})
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("items = %+v", items)
	}
	a := items[0].Article
	const title = "Amid Ukrainian President Vlodomir Zelenskyy's conditional agreement to ceasefire in a bid to end the ongoing Russia-Ukraine War, North Korean leader Kim Jong Un has met with Russia's Defence Chief and extended ‘invariable support’ to Russia amid its war with Ukraine."
	if a.Title != title {
		t.Errorf("Title = %q, want %q", a.Title, title)
	}
	if !strings.HasPrefix(a.Text, title+"\n\nNorth Korean leader Kim Jong Un vowed") {
		t.Errorf("Text starts %q", a.Text[:min(len(a.Text), 300)])
	}
	if a.Published != "2024-11-30" {
		t.Errorf("Published = %q, want 2024-11-30", a.Published)
	}
	if want := (article.Dateline{Place: "Seoul", Date: "2024-11-30"}); a.Dateline != want {
		t.Errorf("Dateline = %+v, want %+v", a.Dateline, want)
	}
	if a.ID != article.ContentID(a.Text) || a.Origin != path {
		t.Errorf("ID = %s, Origin = %s", a.ID, a.Origin)
	}
	if strings.Contains(a.Text, "date 2024") || strings.Contains(a.Text, "\n\n\n") {
		t.Errorf("prefix or blank lines left in Text")
	}
}

// polnearTexts lists the PolNeAR texts of the given splits.
func polnearTexts(tb testing.TB, splits ...string) []string {
	dir := devdata.Path(tb, "data/attribution/polnear")
	var files []string
	for _, s := range splits {
		m, err := filepath.Glob(filepath.Join(dir, s, "text", "*.txt"))
		if err != nil {
			tb.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		tb.Skip("no PolNeAR texts found")
	}
	return files
}

// TestPolNeAR reads every PolNeAR text (train and dev): none may fail, and
// the first line, their headline, must be taken as the Title.
func TestPolNeAR(t *testing.T) {
	files := polnearTexts(t, "train", "dev")
	if len(files) != 924 {
		t.Errorf("%d PolNeAR texts, want 924", len(files))
	}
	untitled := 0
	for _, f := range files {
		items := readAll(t, f, Options{})
		if len(items) != 1 {
			t.Fatalf("%s: %d items", f, len(items))
		}
		if items[0].Err != nil {
			t.Errorf("%v", items[0].Err)
			continue
		}
		a := items[0].Article
		raw, _ := os.ReadFile(f)
		firstLine, _, _ := strings.Cut(string(raw), "\n")
		if a.Title != strings.TrimRight(strings.TrimSpace(firstLine), ";") {
			untitled++
			if testing.Verbose() {
				t.Logf("%s: no headline taken from %q", filepath.Base(f), firstLine)
			}
		}
	}
	// Headlines are single lines of at most 22 words, or two lines with a
	// deck (NYT, USA Today); a few in sentence case with two sentences are
	// missed.
	if untitled > len(files)/50 {
		t.Errorf("%d of %d texts without their first line as Title", untitled, len(files))
	}
	t.Logf("%d of %d texts without their first line as Title", untitled, len(files))
}

// BenchmarkReadPolNeAR reads all PolNeAR dev texts from memory.
func BenchmarkReadPolNeAR(b *testing.B) {
	files := polnearTexts(b, "dev")
	var inputs [][]byte
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	n := 0
	for b.Loop() {
		for i, data := range inputs {
			err := Read(files[i], strings.NewReader(string(data)), Options{}, func(it Item) error {
				n++
				return it.Err
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
