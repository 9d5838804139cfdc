package coder

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
)

// seedArticle reads the example dispatch "date 2024-11-30 Seoul: ...".
func seedArticle(t testing.TB) article.Article {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(sharedDir(t), "seed", "000_915998f58a079707.txt"))
	if err != nil {
		t.Skipf("seed article: %v", err)
	}
	txt := strings.TrimSpace(string(b))
	a := article.Article{Text: txt, Dateline: article.Dateline{Place: "Seoul", Date: "2024-11-30"}}
	return a
}

func TestSeedExplain(t *testing.T) {
	s := loadStages(t)
	doc, ents := s.analyze(seedArticle(t))
	var b strings.Builder
	for _, e := range ents {
		b.WriteString(e.ID + " " + e.Name + " " + e.Code + " :")
		for _, m := range e.Mentions {
			b.WriteString(" " + m.Text)
		}
		b.WriteString("\n")
	}
	s.coder.Explain(doc, ents, &b)
	t.Log(b.String())
}
