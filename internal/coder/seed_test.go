package coder

import (
	"os"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/devdata"
	"github.com/sitrep-project/sitrep/internal/golden"
)

// seedArticle reads the example dispatch "date 2024-11-30 Seoul: ...".
func seedArticle(t testing.TB) article.Article {
	t.Helper()
	b, err := os.ReadFile(devdata.Path(t, "seed", "000_915998f58a079707.txt"))
	if err != nil {
		t.Skipf("seed article: %v", err)
	}
	return article.Article{Text: strings.TrimSpace(string(b)), Dateline: article.Dateline{Place: "Seoul", Date: "2024-11-30"}}
}

// TestSeed codes the example dispatch and checks the events the issue
// asks for, then the whole coding against testdata/seed.golden.
func TestSeed(t *testing.T) {
	s := loadStages(t)
	doc, ents := s.analyze(seedArticle(t))
	evs := s.coder.Code(doc, ents)
	var got strings.Builder
	for _, ev := range evs {
		checkEvent(t, doc, ev)
		if doc.Sentences[ev.Evidence.Sentence].Heading {
			t.Errorf("event from a heading: %s", summary(ev))
		}
		got.WriteString(summary(ev) + "  | " + strings.Join(strings.Fields(ev.Evidence.Text), " ") + "\n")
	}
	// Each must-have is a summary prefix and a word of the evidence.
	musts := []struct{ name, summary, evidence string }{
		{"Kim meets Belousov", "CONSULT 040 PRKGOV -> RUSGOVMIL factual", "met"},
		{"invariably support vow", "SUPPORT 050 PRK -> RUS future", "support"},
		{"satisfactory consensus", "AGREE 030 PRKGOV -> RUSGOVMIL factual", "consensus"},
		{"Kim slams US decision", "ACCUSE/disapprove 111 PRKGOV -> USA factual", "slammed"},
		{"timely and effective measure", "SUPPORT 051 PRKGOV -> RUS factual", "timely"},
		{"Russian strikes on Ukraine", "ASSAULT 190 RUS -> UKR factual", "strikes"},
		{"10,000 troops", "AID 072 PRK -> RUS factual [more than 10000 troops]", "troops"},
		{"engaging in combat", "ASSAULT 190 PRKMIL -> - factual", "combat"},
		{"artillery, missiles, weapons", "AID 072 PRK -> RUS factual", "shipped"},
		{"letting Ukraine strike", "AID 072 USA -> UKR factual", "let"},
		{"June treaty", "SUPPORT 057 PRKGOV -> RUSGOV factual", "treaty"},
		{"weapons technology, a concern", "AID 072 RUS -> PRK hypothetical", "give"},
		{"NATO umbrella, conditional", "REQUEST/assist 1034 UKR -> IGOWSTNAT hypothetical", "umbrella"},
	}
	for _, m := range musts {
		t.Run(m.name, func(t *testing.T) {
			for _, l := range strings.Split(got.String(), "\n") {
				sum, ev, _ := strings.Cut(l, "  | ")
				if sum == m.summary && strings.Contains(ev, m.evidence) {
					return
				}
			}
			t.Errorf("missing %s (evidence with %q)", m.summary, m.evidence)
		})
	}
	golden.Check(t, "testdata/seed.golden", []byte(got.String()))
}
