package coder

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
)

func TestZZSample(t *testing.T) {
	if os.Getenv("SAMPLE") == "" {
		t.Skip()
	}
	s := loadStages(t)
	files, _ := filepath.Glob(filepath.Join(sharedDir(t), "data/attribution/polnear/dev/text/*.txt"))
	var b strings.Builder
	for _, f := range files[:40] {
		txt, _ := os.ReadFile(f)
		doc, ents := s.analyze(article.Article{Text: string(txt), Published: "2016-01-01"})
		for _, ev := range s.coder.Code(doc, ents) {
			fmt.Fprintf(&b, "%-50s | %s\n", summary(ev), strings.Join(strings.Fields(ev.Evidence.Text), " "))
		}
	}
	os.WriteFile("/tmp/sample.txt", []byte(b.String()), 0o644)
}
