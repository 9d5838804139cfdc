package coder

import (
	"os"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
)

// TestDebugSentence explains one sentence given in $CODER_DEBUG.
func TestDebugSentence(t *testing.T) {
	txt := os.Getenv("CODER_DEBUG")
	if txt == "" {
		t.Skip("set CODER_DEBUG to a sentence to explain it")
	}
	s := loadStages(t)
	doc, ents := s.analyze(article.Article{Text: txt, Published: "2024-11-30"})
	var b strings.Builder
	for _, tk := range doc.Tokens {
		b.WriteString(tk.Text + "/" + tk.Tag + " ")
	}
	b.WriteString("\n")
	for _, e := range ents {
		b.WriteString(e.ID + " " + e.Code + ":")
		for _, m := range e.Mentions {
			b.WriteString(" " + m.Text)
		}
		b.WriteString("\n")
	}
	sn := prepare(doc, 0, s.coder.verbs, newDocIndex(doc, ents).inMention, nil)
	for _, u := range sn.units {
		b.WriteString("[" + string("TNV"[u.kind]) + " ")
		for k := u.first; k < u.end; k++ {
			b.WriteString(sn.toks[k].text + string(sn.toks[k].c) + " ")
		}
		b.WriteString("] ")
	}
	b.WriteString("\n")
	s.coder.Explain(doc, ents, &b)
	t.Log(b.String())
}
