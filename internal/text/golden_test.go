package text

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/golden"
)

// goldenSentence is a sentence as the golden files record it.
type goldenSentence struct {
	article.Span
	Paragraph int      `json:"paragraph"`
	Heading   bool     `json:"heading"`
	Text      string   `json:"text"`
	Tokens    []string `json:"tokens"`
}

// TestGolden segments each testdata/*.txt (its first line is the title)
// and compares the sentences and tokens with testdata/*.golden.json.
// Regenerate with go test ./internal/text -run TestGolden -update.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			title, _, _ := strings.Cut(text, "\n")
			doc := &article.Doc{Article: article.Article{Title: title, Text: text}}
			Segment(doc)
			checkDoc(t, doc)
			var got []goldenSentence
			for i, s := range doc.Sentences {
				g := goldenSentence{Span: s.Span, Paragraph: s.Paragraph, Heading: s.Heading, Text: doc.Slice(s.Span)}
				for _, tok := range doc.SentenceTokens(i) {
					g.Tokens = append(g.Tokens, tok.Text)
				}
				got = append(got, g)
			}
			out, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, '\n')
			golden.Check(t, strings.TrimSuffix(file, ".txt")+".golden.json", out)
		})
	}
}

// checkDoc checks the invariants of a segmented Doc: every span lies in
// the text and reads as its token, paragraphs, sentences and tokens are in
// order without overlap, sentences lie in their paragraph and tokens in
// their sentence, and every byte outside the tokens is white space.
func checkDoc(t testing.TB, doc *article.Doc) {
	t.Helper()
	text := doc.Article.Text
	inText := func(s article.Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= len(text) }
	prev := 0
	for i, tok := range doc.Tokens {
		if !inText(tok.Span) || tok.Start == tok.End {
			t.Fatalf("token %d %+v out of range or empty (len %d)", i, tok.Span, len(text))
		}
		if text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %d text %q != text[%d:%d] %q", i, tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
		}
		if tok.Start < prev {
			t.Fatalf("token %d %+v overlaps the one before (ends %d)", i, tok.Span, prev)
		}
		for _, r := range text[prev:tok.Start] {
			if !isSpace(r) {
				t.Fatalf("byte(s) %q before token %d covered by no token", text[prev:tok.Start], i)
			}
		}
		prev = tok.End
	}
	for _, r := range text[prev:] {
		if !isSpace(r) {
			t.Fatalf("trailing %q covered by no token", text[prev:])
		}
	}
	prevEnd := 0
	for i, p := range doc.Paragraphs {
		if !inText(p.Span) || p.Start < prevEnd || p.Start == p.End {
			t.Fatalf("paragraph %d %+v out of order or range", i, p.Span)
		}
		prevEnd = p.End
	}
	nextTok := 0
	for i, s := range doc.Sentences {
		if s.Paragraph < 0 || s.Paragraph >= len(doc.Paragraphs) {
			t.Fatalf("sentence %d in paragraph %d of %d", i, s.Paragraph, len(doc.Paragraphs))
		}
		p := doc.Paragraphs[s.Paragraph]
		if !p.Contains(s.Span) || s.Heading != p.Heading {
			t.Fatalf("sentence %d %+v not inside its paragraph %+v or heading differs", i, s, p)
		}
		if s.FirstToken != nextTok || s.EndToken <= s.FirstToken || s.EndToken > len(doc.Tokens) {
			t.Fatalf("sentence %d tokens [%d,%d), want to start at %d", i, s.FirstToken, s.EndToken, nextTok)
		}
		for _, tok := range doc.Tokens[s.FirstToken:s.EndToken] {
			if !s.Contains(tok.Span) {
				t.Fatalf("token %+v outside sentence %d %+v", tok.Span, i, s.Span)
			}
		}
		if doc.Tokens[s.FirstToken].Start != s.Start || doc.Tokens[s.EndToken-1].End != s.End {
			t.Fatalf("sentence %d %+v does not start and end with its tokens", i, s.Span)
		}
		nextTok = s.EndToken
	}
	if nextTok != len(doc.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", nextTok, len(doc.Tokens))
	}
}
