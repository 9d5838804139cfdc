package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
)

// TestPolNeARMissed scores one written document: of its two gold frames
// the first is predicted exactly, the second only overlapped, so only the
// second is missed, with the overlapping prediction beside it.
func TestPolNeARMissed(t *testing.T) {
	const text = "Officials said the road was closed. Later she said in a statement that it reopened."
	later := strings.Index(text, "Later")
	// span finds s in text at or after from (the text is ASCII, so bytes
	// are code points).
	span := func(s string, from int) article.Span {
		i := from + strings.Index(text[from:], s)
		return article.Span{Start: i, End: i + len(s)}
	}
	gold := []struct {
		role, text string
		from       int
	}{
		{"Source", "Officials", 0}, {"Cue", "said", 0}, {"Content", "the road was closed", 0},
		{"Source", "she", later}, {"Cue", "said in a statement", later}, {"Content", "that it reopened", later},
	}
	var ann strings.Builder
	for i, g := range gold {
		s := span(g.text, g.from)
		fmt.Fprintf(&ann, "T%d\t%s %d %d\t%s\n", i+1, g.role, s.Start, s.End, g.text)
	}
	ann.WriteString("E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\nE2\tAttribution:T5 Source:T4 Cue:T5 Content:T6\n")

	dir := t.TempDir()
	for name, content := range map[string]string{"text/doc.txt": text, "attributions/doc_a.ann": ann.String()} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	predict := func(src, cue, content article.Span) article.Attribution {
		return article.Attribution{
			Source:  article.SourceRef{Start: src.Start, End: src.End},
			Cue:     article.TextSpan{Start: cue.Start, End: cue.End},
			Content: content,
		}
	}
	rep, err := PolNeAR(dir, func(name, text string) ([]article.Attribution, error) {
		return []article.Attribution{
			predict(span("Officials", 0), span("said", 0), span("the road was closed", 0)),
			predict(span("she", later), span("said", later), span("that it reopened", later)),
		}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := PolNeARMiss{Doc: "doc", Offset: span("said", later).Start, Cue: "said in a statement", Source: "she",
		Content: "that it reopened", Frame: "she said in a statement that it reopened", Near: "said"}
	if len(rep.Missed) != 1 || rep.Missed[0] != want {
		t.Errorf("missed:\ngot  %+v\nwant [%+v]", rep.Missed, want)
	}
	if c := rep.Exact["Cue"]; *c != (PolNeARCounts{TP: 1, Pred: 2, Gold: 2}) {
		t.Errorf("cue counts: got %+v, want TP 1 of 2 predicted, 2 gold", *c)
	}
	var out strings.Builder
	rep.PrintMissed(&out)
	wantLine := fmt.Sprintf("doc:%d\tsaid in a statement\tshe\tsaid\tshe said in a statement that it reopened\n", want.Offset)
	if !strings.HasSuffix(out.String(), wantLine) {
		t.Errorf("PrintMissed:\n%s\nwant it to end with %q", out.String(), wantLine)
	}
}
