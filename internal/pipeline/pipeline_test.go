package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/golden"
	"github.com/sitrep-project/sitrep/internal/ingest"
)

var (
	shared     sync.Once
	sharedPipe *Pipeline
	sharedErr  error
)

func newPipeline(t testing.TB) *Pipeline {
	t.Helper()
	shared.Do(func() { sharedPipe, sharedErr = New(Config{}) })
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedPipe
}

// readArticles reads every article of one input file.
func readArticles(t testing.TB, path string) []article.Article {
	t.Helper()
	var arts []article.Article
	err := ingest.ReadFile(path, ingest.Options{}, func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err
		}
		arts = append(arts, it.Article)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

func marshal(t testing.TB, res *article.Result) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(res); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGolden runs the whole pipeline over the example dispatches in
// testdata (written by the sitrep team) and compares the output contract
// with the reviewed golden file beside each. Regenerate with -update and
// review the diff like code.
func TestGolden(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/*")
	p := newPipeline(t)
	n := 0
	for _, in := range inputs {
		if strings.HasSuffix(in, ".golden.json") {
			continue
		}
		n++
		t.Run(filepath.Base(in), func(t *testing.T) {
			arts := readArticles(t, in)
			if len(arts) != 1 {
				t.Fatalf("%s: %d articles, want 1", in, len(arts))
			}
			res, err := p.Run(context.Background(), &arts[0])
			if err != nil {
				t.Fatal(err)
			}
			res.Article.Text = arts[0].Text
			got := marshal(t, res)
			golden.Check(t, strings.TrimSuffix(in, filepath.Ext(in))+".golden.json", got)
		})
	}
	if n == 0 {
		t.Fatal("no inputs in testdata")
	}
}

// TestGoldenFilesFollowSchema validates every golden output against the
// contract's JSON Schema, and checks that every span slices the text.
func TestGoldenFilesFollowSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	schema, err := c.Compile("../../docs/schema/extract-v1.json")
	if err != nil {
		t.Fatal(err)
	}
	goldens, _ := filepath.Glob("testdata/*.golden.json")
	if len(goldens) == 0 {
		t.Fatal("no golden files")
	}
	for _, g := range goldens {
		t.Run(filepath.Base(g), func(t *testing.T) {
			raw, err := os.ReadFile(g)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			if err := schema.Validate(doc); err != nil {
				t.Errorf("%s: %v", g, err)
			}
			var res article.Result
			if err := json.Unmarshal(raw, &res); err != nil {
				t.Fatal(err)
			}
			checkSpans(t, &res)
		})
	}
}

// checkSpans asserts that each span's text is the text it claims.
func checkSpans(t *testing.T, res *article.Result) {
	t.Helper()
	text := res.Article.Text
	slice := func(start, end int) string {
		if start < 0 || start > end || end > len(text) {
			t.Fatalf("span [%d,%d) outside text of %d bytes", start, end, len(text))
		}
		return text[start:end]
	}
	for _, e := range res.Entities {
		for _, m := range e.Mentions {
			if got := slice(m.Start, m.End); got != m.Text {
				t.Errorf("entity %s mention %q slices as %q", e.ID, m.Text, got)
			}
		}
	}
	for _, tm := range res.Times {
		if got := slice(tm.Start, tm.End); got != tm.Text {
			t.Errorf("time %q slices as %q", tm.Text, got)
		}
	}
	for _, p := range res.Places {
		if got := slice(p.Start, p.End); got != p.Text {
			t.Errorf("place %q slices as %q", p.Text, got)
		}
	}
	for _, q := range res.Quotes {
		if got := slice(q.Start, q.End); got != q.Text {
			t.Errorf("quote %q slices as %q", q.Text, got)
		}
	}
	for _, a := range res.Attributions {
		if got := slice(a.Source.Start, a.Source.End); got != a.Source.Text {
			t.Errorf("attribution %s source %q slices as %q", a.ID, a.Source.Text, got)
		}
		if got := slice(a.Cue.Start, a.Cue.End); got != a.Cue.Text {
			t.Errorf("attribution %s cue %q slices as %q", a.ID, a.Cue.Text, got)
		}
	}
	for _, ev := range res.Events {
		if got := slice(ev.Evidence.Start, ev.Evidence.End); got != ev.Evidence.Text {
			t.Errorf("event %s evidence %q slices as %q", ev.ID, ev.Evidence.Text, got)
		}
	}
}
