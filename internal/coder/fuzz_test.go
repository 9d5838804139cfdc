package coder

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
)

// FuzzCode runs the real stages and the coder over arbitrary text and
// checks the invariants of every event: no panic, an actor and a type,
// evidence inside the text that slices to its Text.
func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"North Korea has sent more than 10,000 troops to Russia.",
		"Kim and Putin signed a treaty, and Russia's invasion of Ukraine began.",
		"“If we want to stop the war, we should take under NATO umbrella the territory,” he said.",
		"Japan, which hosted India's leader, praised India; Turkey did not attack.",
		"$5bn, thousands of , , and and ’s ’ “ ”",
	} {
		f.Add(s)
	}
	s := loadStages(f)
	f.Fuzz(func(t *testing.T, txt string) {
		doc, ents := s.analyze(article.Article{Text: txt, Published: "2024-01-15"})
		for _, ev := range s.coder.Code(doc, ents) {
			checkEvent(t, doc, ev)
		}
		var sink discard
		s.coder.Explain(doc, ents, &sink)
	})
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
