package ner

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/devdata"
	"github.com/sitrep-project/sitrep/internal/tagger"
)

// BenchmarkViterbi decodes the lattices of the PolNeAR dev sentences,
// built once.
func BenchmarkViterbi(b *testing.B) {
	docs := devdata.PolNeAR(b, "dev")
	tg, err := tagger.Load(data.Models)
	if err != nil {
		b.Fatal(err)
	}
	m, err := Load(data.Models)
	if err != nil {
		b.Fatal(err)
	}
	c := len(m.model.Classes())
	var lats []lattice
	var lt lattice
	for _, s := range Sentences(docs, tg) {
		ws := make([]word, len(s.Words))
		for i := range ws {
			ws[i] = newWord(s.Words[i], s.Tags[i])
		}
		m.gaz.mark(ws)
		lt.build(m.model, ws, nil, c, false)
		lats = append(lats, lattice{n: lt.n, c: c, emis: slices.Clone(lt.emis[:lt.n*c]), trans: slices.Clone(lt.trans)})
	}
	var (
		best   []float32
		back   []int32
		labels []int
	)
	for b.Loop() {
		for i := range lats {
			labels, best, back = m.dec.viterbi(&lats[i], best, back, labels[:0])
		}
	}
}

// TestViterbiIsBest checks viterbi against trying every well-formed label
// sequence of short sentences with random scores.
func TestViterbiIsBest(t *testing.T) {
	d, err := newDecoder(Classes())
	if err != nil {
		t.Fatal(err)
	}
	c := len(Classes())
	rng := rand.New(rand.NewPCG(1, 2))
	var (
		best   []float32
		back   []int32
		labels []int
	)
	// Transitions that spread less than the emissions let one label
	// dominate the others (see decoder.dominant) at some words, not at
	// others; both must be tried.
	dominated := map[bool]int{}
	for n := 1; n <= 5; n++ {
		for _, spread := range []float32{20, 2, 0.2} {
			for range 20 {
				lt := lattice{n: n, c: c, emis: make([]float32, n*c)}
				for k := range lt.emis {
					lt.emis[k] = rng.Float32()*20 - 10
				}
				for range n {
					tr := make([]float32, (c+1)*c)
					for k := range tr {
						tr[k] = (rng.Float32() - 0.5) * spread
					}
					lt.trans = append(lt.trans, newTransitions(tr))
				}
				want, wantScore := bestSequence(&d, &lt)
				labels, best, back = d.viterbi(&lt, best, back, labels[:0])
				if !slices.Equal(labels, want) {
					t.Errorf("%d words, spread %g: viterbi %v, want %v (score %g)", n, spread, labels, want, wantScore)
				}
				for i := 1; i < n; i++ {
					last := 0
					if i == n-1 {
						last = 1
					}
					cur, curBack := make([]float32, c), make([]int32, c)
					ok := d.dominated(best[(i-1)*c:i*c], lt.emis[i*c:(i+1)*c], lt.trans[i], cur, curBack, last)
					dominated[ok]++
				}
			}
		}
	}
	if dominated[true] < 50 || dominated[false] < 50 {
		t.Errorf("a label dominated at %d words and none at %d: want both tried often", dominated[true], dominated[false])
	}
}

// bestSequence tries every well-formed label sequence of lt, summing
// scores in viterbi's order.
func bestSequence(d *decoder, lt *lattice) ([]int, float32) {
	n, c := lt.n, lt.c
	var best []int
	bestScore := float32(math.Inf(-1))
	seq := make([]int, n)
	var try func(i int, score float32)
	try = func(i int, score float32) {
		if i == n {
			if score > bestScore {
				best, bestScore = slices.Clone(seq), score
			}
			return
		}
		prev := -1
		if i > 0 {
			prev = seq[i-1]
		}
		for l := range c {
			if !d.allowed(prev, l, i == n-1) {
				continue
			}
			seq[i] = l
			s := lt.emis[i*c+l] + lt.trans[i].scores[(prev+1)*c+l]
			if i > 0 {
				s = score + lt.emis[i*c+l] + lt.trans[i].scores[(prev+1)*c+l]
			}
			try(i+1, s)
		}
	}
	try(0, 0)
	return best, bestScore
}
