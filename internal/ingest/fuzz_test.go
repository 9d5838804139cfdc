package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
)

// fuzzRead reads data in format f and checks the invariants every emitted
// article must hold: valid UTF-8 Text without "\r", ID == ContentID(Text),
// Text trimmed and with paragraphs separated by exactly one blank line, and
// every error naming the input.
func fuzzRead(t *testing.T, f Format, data []byte) {
	const name = "fuzz.in"
	err := Read(name, bytes.NewReader(data), Options{Format: f, MaxBytes: 1 << 20}, func(it Item) error {
		if it.Err != nil {
			if !strings.HasPrefix(it.Err.Error(), "ingest: "+name) {
				t.Errorf("item error %q does not name the input", it.Err)
			}
			return nil
		}
		a := it.Article
		switch {
		case !utf8.ValidString(a.Text):
			t.Errorf("Text is not valid UTF-8: %q", a.Text)
		case strings.Contains(a.Text, "\r"):
			t.Errorf("Text has a CR: %q", a.Text)
		case a.ID != article.ContentID(a.Text):
			t.Errorf("ID %s is not the content ID of the text", a.ID)
		case a.Text == "" || a.Text != strings.TrimSpace(a.Text):
			t.Errorf("Text is empty or not trimmed: %q", a.Text)
		case strings.Contains(a.Text, "\n\n\n"):
			t.Errorf("Text has more than one blank line between paragraphs: %q", a.Text)
		case !strings.HasPrefix(a.Origin, name):
			t.Errorf("Origin = %q", a.Origin)
		case a.Title != "" && !strings.HasPrefix(a.Text, a.Title) && !strings.Contains(a.Title, "\n"):
			// The title opens the text, possibly written over two lines there.
			if strings.Join(strings.Fields(strings.SplitN(a.Text, "\n\n", 2)[0]), " ") != a.Title {
				t.Errorf("Text %q does not open with Title %q", a.Text, a.Title)
			}
		}
		if _, err := published(a.Published); err != nil {
			t.Errorf("Published %q does not read back: %v", a.Published, err)
		}
		return nil
	})
	if err != nil && !strings.HasPrefix(err.Error(), "ingest: "+name) {
		t.Errorf("error %q does not name the input", err)
	}
}

// seed adds the testdata files with the given extensions to the corpus.
func seed(f *testing.F, exts ...string) {
	for _, ext := range exts {
		files, _ := filepath.Glob(filepath.Join("testdata", "*", "*"+ext))
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(data)
			}
		}
	}
}

func FuzzReadText(f *testing.F) {
	seed(f, ".txt")
	f.Add([]byte(" date 2024-11-30 Seoul: One sentence.\n\nMore."))
	f.Add([]byte("SEOUL, Nov 30 (Reuters) - Talks.\r\n\r\nMore."))
	f.Add([]byte("Headline\n\nMOSCOW, Feb 29, 2023 (AFP) -- x"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, FormatText, data) })
}

func FuzzReadJSON(f *testing.F) {
	seed(f, ".json")
	f.Add([]byte(`{"title": "T", "text": "SEOUL, Nov 30 (Reuters) - x", "published": "Sat, 30 Nov 2024 09:15:00 +0900"}`))
	f.Add([]byte(`[{"text": "<p>a</p><p>b</p>"}, {"story": "s", "cite_info": {"title": "t"}}]`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, FormatJSON, data) })
}

func FuzzReadJSONL(f *testing.F) {
	seed(f, ".jsonl")
	f.Add([]byte("{\"text\": \"a\"}\n{bad\n{\"text\": \"b\", \"date\": \"2024-02-30\"}\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, FormatJSONL, data) })
}

func FuzzReadHTML(f *testing.F) {
	seed(f, ".html")
	f.Add([]byte(`<html><head><meta property="article:published_time" content="2024-11-30T09:15:00+09:00"></head><body><article><p>SEOUL, Nov 30 (Reuters) - Talks.</p></article></body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, FormatHTML, data) })
}

func FuzzReadFeed(f *testing.F) {
	seed(f, ".rss", ".atom", ".xml")
	f.Add([]byte(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><title>T</title><content type="html">&lt;p&gt;x&lt;/p&gt;</content><updated>2024-11-30T09:15:00+09:00</updated></entry></feed>`))
	f.Add([]byte(`<rss><channel><item><title>a</title><description>b < c</description></item><item><description>d</description></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, FormatFeed, data) })
}

func FuzzReadAuto(f *testing.F) {
	seed(f, ".txt", ".json", ".jsonl", ".html", ".rss")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, FormatAuto, data) })
}
