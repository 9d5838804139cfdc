package text

import (
	"testing"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
)

// fuzzSeeds are inputs that exercise each rule of the segmenter.
var fuzzSeeds = []string{
	"",
	"Kim met Belousov. They talked.",
	"Russia-North Korea Relations\nKim slammed a US decision.",
	"He said “we will win.” Then he left. “Why?” he asked.",
	"The U.S. military sent 10,000 troops at 10 a.m. on Nov. 29. Lt. Col. J. R. Smith (R-Fla.) agreed.",
	"''It is,'' he said. ''Really.''\n\n- one\n- two\n1. three",
	"See https://example.org/a_(b). Mail desk@example.org... or not . . . ok?! Yes!!",
	"Russia's haven't can't O'Brien '90s <tweet id=\"1\"> @user #tag AT&T 3.5% $1,000 U.S.-led",
	"\r\n\u00a0\u200b\ufeff \t",
	"a\u0301b\u00ad c",
	"\xff\xfe broken . UTF-8",
}

func FuzzSegment(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "")
	}
	f.Add("Title Line\n\nBody text.", "Title Line")
	f.Fuzz(func(t *testing.T, text, title string) {
		doc := &article.Doc{Article: article.Article{Title: title, Text: text}}
		Segment(doc)
		checkDoc(t, doc)
		spans := Sentences(text)
		if len(spans) != len(doc.Sentences) && title == "" {
			t.Fatalf("Sentences gives %d spans, Segment %d sentences", len(spans), len(doc.Sentences))
		}
		toks := Tokens(text, 3)
		if len(toks) != len(doc.Tokens) {
			t.Fatalf("Tokens gives %d tokens, Segment %d", len(toks), len(doc.Tokens))
		}
		for i, tok := range toks {
			if tok.Start-3 != doc.Tokens[i].Start || tok.Text != doc.Tokens[i].Text {
				t.Fatalf("Tokens(text, 3)[%d] = %+v, Segment has %+v", i, tok, doc.Tokens[i])
			}
		}
	})
}

func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("a\r\nb\rc\r\r\n")
	f.Add("Cafe\u0301 \u212b \ufb01")
	f.Fuzz(func(t *testing.T, raw string) {
		got, m := Normalize(raw)
		if !utf8.ValidString(got) {
			t.Fatalf("Normalize(%q) = %q, not valid UTF-8", raw, got)
		}
		again, _ := Normalize(got)
		if again != got {
			t.Fatalf("Normalize is not idempotent: %q -> %q -> %q", raw, got, again)
		}
		prev := 0
		for off := 0; off <= len(got); off++ {
			r := m.Raw(off)
			if r < prev || r < 0 || r > len(raw) {
				t.Fatalf("Raw(%d) = %d: not monotonic (prev %d) or out of [0,%d] for %q -> %q", off, r, prev, len(raw), raw, got)
			}
			prev = r
		}
		if m.Raw(len(got)) != len(raw) {
			t.Fatalf("Raw(%d) = %d, want %d (end maps to end) for %q -> %q", len(got), m.Raw(len(got)), len(raw), raw, got)
		}
	})
}
