package ner

import (
	"math"

	pc "github.com/sitrep-project/sitrep/internal/perceptron"
)

// scorer is a model being trained or a trained one.
type scorer interface {
	Score(feats []uint64, scores []float32)
}

// lattice holds the scores of every label at every word of a sentence:
// emis[i*c+l] from the word's own features, and trans[i].scores[(p+1)*c+l]
// from the features that depend on the label p before it (p = -1 at the
// start).
type lattice struct {
	n, c  int
	emis  []float32
	trans []*transitions
	feats []uint64

	// The transition scores of a word depend only on its tag and shape
	// (see transition): they are the sum of the block of the previous
	// label alone, the block of the tag and the block of the shape, each
	// computed once and kept while the weights do not change, and so is
	// their sum for each pair of tag and shape.
	byTag, byShape map[uint64][]float32
	byPair         map[[2]uint64]*transitions
	byLabel        []float32

	// With a trained model, the scores of each word seen in every role,
	// and those of the words of the sentence being built.
	vocab vocabulary
	rows  [][]float32
}

// maxBlocks bounds the blocks a lattice keeps between calls.
const maxBlocks = 1 << 12

// build scores the words ws with sc. fresh drops the scores kept from an
// earlier call, as it must when sc's weights have changed. types, when not
// nil, holds the index of each word's type in lt.vocab.
func (lt *lattice) build(sc scorer, ws []word, types []int32, c int, fresh bool) {
	n := len(ws)
	lt.n, lt.c = n, c
	lt.emis = grow(lt.emis, n*c)
	if fresh || lt.byPair == nil || len(lt.byLabel) != (c+1)*c || len(lt.byPair) > maxBlocks {
		lt.byTag, lt.byShape = map[uint64][]float32{}, map[uint64][]float32{}
		lt.byPair = map[[2]uint64]*transitions{}
		lt.byLabel = lt.block(sc, fPrevLabel, 0, c)
	}
	model, trained := sc.(*pc.Model)
	lt.trans = lt.trans[:0]
	if trained {
		lt.vocab.begin(model, c, fresh)
		lt.rows = lt.rows[:0]
		for i := range ws {
			var t int32
			if types != nil {
				t = types[i]
			} else {
				t = lt.vocab.typeOf(&ws[i])
			}
			f := lt.vocab.form(model, t, &ws[i])
			if f.trans == nil {
				f.trans = lt.pair(sc, ws[i].tag, ws[i].shape, c)
			}
			lt.rows = append(lt.rows, f.row)
			lt.trans = append(lt.trans, f.trans)
		}
	}
	title := titleCase(ws)
	for i := range ws {
		emis := lt.emis[i*c : (i+1)*c]
		if trained {
			lt.addRoles(i, emis)
			lt.feats = joint(lt.feats[:0], ws, i, title)
			model.Add(lt.feats, emis)
		} else {
			lt.feats = emission(lt.feats[:0], ws, i, title)
			sc.Score(lt.feats, emis)
			lt.trans = append(lt.trans, lt.pair(sc, ws[i].tag, ws[i].shape, c))
		}
	}
}

// addRoles sets scores to the sum of the role scores of word i and its
// neighbours (see roleFeatures).
func (lt *lattice) addRoles(i int, scores []float32) {
	c, n := lt.c, len(lt.rows)
	own := lt.rows[i][roleOwn*c : (roleOwn+1)*c]
	prev, prev2 := lt.vocab.start[rolePrev*c:(rolePrev+1)*c], lt.vocab.start[rolePrev2*c:(rolePrev2+1)*c]
	next, next2 := lt.vocab.end[roleNext*c:(roleNext+1)*c], lt.vocab.end[roleNext2*c:(roleNext2+1)*c]
	if i > 0 {
		prev = lt.rows[i-1][rolePrev*c : (rolePrev+1)*c]
	}
	if i > 1 {
		prev2 = lt.rows[i-2][rolePrev2*c : (rolePrev2+1)*c]
	}
	if i+1 < n {
		next = lt.rows[i+1][roleNext*c : (roleNext+1)*c]
	}
	if i+2 < n {
		next2 = lt.rows[i+2][roleNext2*c : (roleNext2+1)*c]
	}
	scores = scores[:c]
	own, prev, next, prev2, next2 = own[:c], prev[:c], next[:c], prev2[:c], next2[:c]
	for k := range scores {
		scores[k] = own[k] + prev[k] + next[k] + prev2[k] + next2[k]
	}
}

// transitions are the transition scores of a word, scores[(p+1)*c+l] of
// label l after label p; spread is the largest of them minus the smallest
// and size the largest absolute value.
type transitions struct {
	scores       []float32
	spread, size float32
}

func newTransitions(scores []float32) *transitions {
	lo, hi := scores[0], scores[0]
	for _, s := range scores {
		lo, hi = min(lo, s), max(hi, s)
	}
	return &transitions{scores: scores, spread: hi - lo, size: max(hi, -lo)}
}

// pair returns the transition scores of a word of the given tag and shape.
func (lt *lattice) pair(sc scorer, tag, shape uint64, c int) *transitions {
	key := [2]uint64{tag, shape}
	if tr, ok := lt.byPair[key]; ok {
		return tr
	}
	byTag, ok := lt.byTag[tag]
	if !ok {
		byTag = lt.block(sc, fPrevLabelTag, tag, c)
		lt.byTag[tag] = byTag
	}
	byShape, ok := lt.byShape[shape]
	if !ok {
		byShape = lt.block(sc, fPrevLabelShape, shape, c)
		lt.byShape[shape] = byShape
	}
	scores := make([]float32, (c+1)*c)
	for k := range scores {
		scores[k] = lt.byLabel[k] + byTag[k] + byShape[k]
	}
	tr := newTransitions(scores)
	lt.byPair[key] = tr
	return tr
}

// block scores the transition feature of template tmpl and value v (a
// tag or shape hash; none for the label alone) after every label p.
func (lt *lattice) block(sc scorer, tmpl int, v uint64, c int) []float32 {
	out := make([]float32, (c+1)*c)
	for p := -1; p < c; p++ {
		f := transitionFeature(tmpl, p, v)
		sc.Score([]uint64{f}, out[(p+1)*c:(p+2)*c])
	}
	return out
}

func grow(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n)
	}
	return s[:n]
}

// viterbi returns the best well-formed label sequence, appended to out.
func (d *decoder) viterbi(lt *lattice, best []float32, back []int32, out []int) ([]int, []float32, []int32) {
	n, c := lt.n, lt.c
	if n == 0 {
		return out, best, back
	}
	best = grow(best, n*c)
	if cap(back) < n*c {
		back = make([]int32, n*c)
	}
	back = back[:n*c]
	inf := float32(math.Inf(-1))
	for i := range n {
		emis, tr := lt.emis[i*c:(i+1)*c], lt.trans[i]
		cur, curBack := best[i*c:(i+1)*c], back[i*c:(i+1)*c]
		for l := range cur {
			cur[l], curBack[l] = inf, -1
		}
		if i == 0 {
			for l, e := range emis {
				if d.allowed(-1, l, n == 1) {
					cur[l] = e + tr.scores[l]
				}
			}
			continue
		}
		last := 0
		if i == n-1 {
			last = 1
		}
		prev := best[(i-1)*c : i*c]
		if !d.dominated(prev, emis, tr, cur, curBack, last) {
			d.follow(d.closed, prev, emis, tr, cur, curBack, last)
		}
		d.follow(d.open, prev, emis, tr, cur, curBack, last)
	}
	l, bs := d.outside, inf
	for k := range c {
		if s := best[(n-1)*c+k]; s > bs {
			l, bs = k, s
		}
	}
	start := len(out)
	for range n {
		out = append(out, 0)
	}
	for i := n - 1; i >= 0; i-- {
		out[start+i] = l
		if l = int(back[i*c+l]); l < 0 {
			l = d.outside // unreachable: every label has a well-formed path or none is chosen
		}
	}
	return out, best, back
}

// follow extends the paths ending in the labels from (in the order of
// labels) with the previous word's scores prev to the labels that may
// follow them, keeping in cur and curBack each label's best score and
// predecessor: the first, in the order of labels, of those with the
// highest score.
func (d *decoder) follow(from []int, prev, emis []float32, tr *transitions, cur []float32, curBack []int32, last int) {
	c := len(cur)
	for _, p := range from {
		a := prev[p]
		if math.IsInf(float64(a), -1) {
			continue // -inf plus a score is never greater
		}
		row := tr.scores[(p+1)*c : (p+2)*c]
		for _, l := range d.succ[last][p] {
			if s := a + emis[l] + row[l]; s > cur[l] {
				cur[l], curBack[l] = s, int32(p)
			}
		}
	}
}

// dominated extends the paths ending in a label that ends a name or
// stands outside one (O, L-, U-), as follow does, when the path score of
// one of them beats those of the others by more than the transition
// scores' spread: then it is the best predecessor of every label that may
// follow, whatever the transitions, and the others need not be tried.
// Else it leaves cur and curBack as they were and returns false. The
// margin for rounding is far above float32's error on these sums.
func (d *decoder) dominated(prev, emis []float32, tr *transitions, cur []float32, curBack []int32, last int) bool {
	a1, a2 := float32(math.Inf(-1)), float32(math.Inf(-1))
	p := -1
	for _, l := range d.closed {
		switch a := prev[l]; {
		case a > a1:
			a1, a2, p = a, a1, l
		case a > a2:
			a2 = a
		}
	}
	if p < 0 {
		return false
	}
	c := len(cur)
	row := tr.scores[(p+1)*c : (p+2)*c]
	var size float32 // of the emissions, at least their largest
	for _, l := range d.starts[last] {
		cur[l], curBack[l] = a1+emis[l]+row[l], int32(p)
		size += abs(emis[l])
	}
	if math.IsInf(float64(a2), -1) {
		return true
	}
	margin := 1e-5 * (1 + abs(a1) + abs(a2) + 2*(size+tr.size))
	if a1-a2 > tr.spread+margin {
		return true
	}
	for _, l := range d.starts[last] {
		cur[l], curBack[l] = float32(math.Inf(-1)), -1
	}
	return false
}

func abs(x float32) float32 { return math.Float32frombits(math.Float32bits(x) &^ (1 << 31)) }
