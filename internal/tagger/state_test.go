package tagger

import (
	"testing"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/devdata"
)

// TestStateMatchesPredict checks that tagging with the scores a state keeps
// per word gives the tags and lemmas of scoring every feature afresh, as
// training does, on PolNeAR dev: twice, so that the second pass reads
// every word from the state.
func TestStateMatchesPredict(t *testing.T) {
	docs := devdata.PolNeAR(t, "dev")
	tg, err := Load(data.Models)
	if err != nil {
		t.Fatal(err)
	}
	m := tg.model
	st := &state{seen: map[string]int32{}}
	scores := make([]float32, len(m.Classes()))
	var ws []word
	var feats []uint64
	for pass := range 2 {
		for _, s := range Sentences(docs) {
			ws = ws[:0]
			for _, w := range s.Words {
				ws = append(ws, newWord(w))
			}
			title := titleCase(ws)
			got := st.tag(m, len(s.Words), func(i int) string { return s.Words[i] })
			prev, prev2 := -1, -1
			for i, w := range s.Words {
				want, ok := m.Lookup(w)
				if !ok {
					feats = features(feats[:0], ws, i, prev, prev2, title)
					want = m.Predict(feats, scores)
				}
				if got[i] != want {
					t.Fatalf("pass %d: %q: word %d %q: tag %s, want %s", pass, s.Words, i, w, m.Classes()[got[i]], m.Classes()[want])
				}
				tag := m.Classes()[want]
				if l, wantL := st.lemma(tg.lem, i, want, tag), tg.lem.Lemma(w, tag); l != wantL {
					t.Fatalf("pass %d: %q/%s: lemma %q, want %q", pass, w, tag, l, wantL)
				}
				prev, prev2 = want, prev
			}
		}
	}
	if len(st.known) > maxSeen {
		t.Logf("the state was full (%d words): the second pass did not read every word from it", len(st.known))
	}
}
