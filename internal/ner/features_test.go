package ner

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/data"
	pc "github.com/sitrep-project/sitrep/internal/perceptron"
)

// sentences of words and tags that reach every feature: gazetteer
// matches of one and several words, hyphen heads, acronyms, a headline,
// one- and two-word sentences.
var featureSentences = []struct{ words, tags string }{
	{"North Korean leader Kim Jong Un vowed support for Russia .", "JJ JJ NN NNP NNP NNP VBD NN IN NNP ."},
	{"The US-led coalition and the U.S. and the UN met in New York", "DT JJ NN CC DT NNP CC DT NNP VBD IN NNP NNP"},
	{"Trump Wins Iowa As Clinton Holds On", "NNP VBZ NNP IN NNP VBZ RP"},
	{"“ Russia ” said", "`` NNP '' VBD"},
	{"Ukraine", "NNP"},
	{"Ukraine said", "NNP VBD"},
}

func featureWords(t *testing.T, g *Gazetteer, words, tags string) []word {
	t.Helper()
	wf, tf := strings.Fields(words), strings.Fields(tags)
	if len(wf) != len(tf) {
		t.Fatalf("%q: %d words, %d tags", words, len(wf), len(tf))
	}
	var ws []word
	for i := range wf {
		ws = append(ws, newWord(wf[i], tf[i]))
	}
	g.mark(ws)
	return ws
}

// TestRolesAreEmission checks that the role features of a word and its
// neighbours and its joint features are the features of emission.
func TestRolesAreEmission(t *testing.T) {
	g, err := LoadGazetteer(data.Models)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range featureSentences {
		ws := featureWords(t, g, s.words, s.tags)
		title := titleCase(ws)
		for i := range ws {
			want := emission(nil, ws, i, title)
			prev, next, prev2, next2 := neighbours(ws, i)
			got := roleFeatures(nil, &ws[i], roleOwn)
			got = roleFeatures(got, prev, rolePrev)
			got = roleFeatures(got, next, roleNext)
			got = roleFeatures(got, prev2, rolePrev2)
			got = roleFeatures(got, next2, roleNext2)
			got = joint(got, ws, i, title)
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("%q word %d: role and joint features\n%x\nwant the emission features\n%x", s.words, i, got, want)
			}
		}
	}
}

// untrained hides a trained model's type, so that a lattice scores every
// feature of emission with it instead of using its kept role scores.
type untrained struct{ m *pc.Model }

func (u untrained) Score(feats []uint64, scores []float32) { u.m.Score(feats, scores) }

// TestLatticeScores checks the emission scores a lattice sums from role
// rows against scoring the emission features directly. They differ only
// by the order of float additions.
func TestLatticeScores(t *testing.T) {
	m, err := Load(data.Models)
	if err != nil {
		t.Fatal(err)
	}
	c := len(m.model.Classes())
	var kept, direct lattice
	for round := range 2 { // the second round reads the kept rows
		for _, s := range featureSentences {
			ws := featureWords(t, m.gaz, s.words, s.tags)
			kept.build(m.model, ws, nil, c, false)
			direct.build(untrained{m.model}, ws, nil, c, true)
			for k, want := range direct.emis[:len(ws)*c] {
				if got := kept.emis[k]; math.Abs(float64(got-want)) > 1e-4*max(1, math.Abs(float64(want))) {
					t.Errorf("round %d, %q word %d label %d: score %g, want %g", round, s.words, k/c, k%c, got, want)
				}
			}
		}
	}
}
