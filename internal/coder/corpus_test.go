package coder

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/golden"
)

// readCorpus reads testdata/corpus.txt: one sentence a line, # comments.
func readCorpus(t *testing.T) []string {
	f, err := os.Open("testdata/corpus.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// TestCorpus codes every sentence of the corpus with the real stages
// before the coder and compares with testdata/corpus.golden.
func TestCorpus(t *testing.T) {
	s := loadStages(t)
	sents := readCorpus(t)
	var got strings.Builder
	types := map[string]bool{}
	modalities := map[string]bool{}
	modes := map[string]bool{}
	for _, sen := range sents {
		doc, ents := s.analyze(article.Article{Text: sen, Published: "2024-01-15"})
		evs := s.coder.Code(doc, ents)
		fmt.Fprintf(&got, "%s\n", sen)
		if len(evs) == 0 {
			t.Errorf("no event from %q", sen)
		}
		for _, ev := range evs {
			fmt.Fprintf(&got, "  %s\n", summary(ev))
			types[ev.Event] = true
			modes[ev.Event+"/"+ev.Mode] = true
			modalities[ev.Modality] = true
			checkEvent(t, doc, ev)
		}
	}
	for ty := range eventTypes {
		if !types[ty] {
			t.Errorf("corpus codes no %s event", ty)
		}
	}
	// Every mode of the PLOVER manual's tables.
	for _, m := range []string{
		"CONSULT/visit", "CONSULT/third-party", "CONSULT/multilateral", "CONSULT/phone",
		"RETREAT/withdraw", "RETREAT/release", "RETREAT/disarm", "RETREAT/ceasefire", "RETREAT/access", "RETREAT/resign",
		"REQUEST/assist", "REQUEST/change", "REQUEST/yield", "REQUEST/meet",
		"ACCUSE/disapprove", "ACCUSE/investigate", "ACCUSE/allege",
		"REJECT/assist", "REJECT/change", "REJECT/yield", "REJECT/meet",
		"THREATEN/restrict", "THREATEN/arrest", "THREATEN/relations", "THREATEN/expel", "THREATEN/territory", "THREATEN/violence",
		"PROTEST/demo", "PROTEST/riot", "PROTEST/strike", "PROTEST/hunger", "PROTEST/boycott", "PROTEST/obstruct", "PROTEST/vandalize",
		"SANCTION/convict", "SANCTION/expel", "SANCTION/withdraw", "SANCTION/discontinue",
		"MOBILIZE/troops", "MOBILIZE/weapons", "MOBILIZE/police", "MOBILIZE/militia",
		"COERCE/seize", "COERCE/restrict", "COERCE/censor", "COERCE/curfew", "COERCE/martial-law", "COERCE/arrest",
		"COERCE/deport", "COERCE/withhold", "COERCE/misinformation", "COERCE/cyber",
		"ASSAULT/abduct", "ASSAULT/beat", "ASSAULT/torture", "ASSAULT/sexual", "ASSAULT/targeted", "ASSAULT/destroy",
		"ASSAULT/primitive", "ASSAULT/firearms", "ASSAULT/explosives", "ASSAULT/suicide-attack", "ASSAULT/aerial",
		"ASSAULT/drone", "ASSAULT/heavy-weapons", "ASSAULT/crowd-control", "ASSAULT/unconventional",
	} {
		if !modes[m] {
			t.Errorf("corpus codes no %s event", m)
		}
	}
	for _, m := range []string{article.ModalityFactual, article.ModalityNegated, article.ModalityFuture, article.ModalityHypothetical} {
		if !modalities[m] {
			t.Errorf("corpus has no %s event", m)
		}
	}
	golden.Check(t, "testdata/corpus.golden", []byte(got.String()))
}

// checkEvent checks the invariants every event keeps: an actor and a type,
// evidence that slices the text, non-nil contexts, and the later stages'
// fields left nil.
func checkEvent(t *testing.T, doc *article.Doc, ev article.Event) {
	t.Helper()
	n := len(doc.Article.Text)
	e := ev.Evidence
	switch {
	case ev.Event == "" || len(ev.Actor) == 0:
		t.Errorf("event without type or actor: %+v", ev)
	case e.Start < 0 || e.Start > e.End || e.End > n || doc.Article.Text[e.Start:e.End] != e.Text:
		t.Errorf("bad evidence %+v", e)
	case ev.Contexts == nil || ev.Recipient == nil:
		t.Errorf("nil contexts or recipient: %+v", ev)
	case ev.Date != nil || ev.Location != nil || ev.Attribution != nil:
		t.Errorf("coder filled a later stage's field: %+v", ev)
	case ev.Rule == "" || ev.Cameo == "":
		t.Errorf("event without rule or CAMEO code: %+v", ev)
	}
	if q := ev.Quantity; q != nil && !strings.Contains(doc.Article.Text, q.Text) {
		t.Errorf("quantity text %q not in the text", q.Text)
	}
}
