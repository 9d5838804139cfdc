// Package perceptron is a small averaged-perceptron classifier for sequence
// labelling: hashed features, sparse per-feature weights, a Trainer that
// averages the weights over every update (Collins 2002; the recipe of
// Honnibal's "A good part-of-speech tagger in about 200 lines of Python"),
// and a compact, deterministic binary format.
//
// A trained Model is immutable and safe for concurrent use; callers pass
// their own score buffers.
package perceptron

import "math"

// Model is a trained, averaged perceptron: for each feature hash a short list
// of (class, weight) pairs. It also carries an optional lexicon of keys whose
// class is fixed (a tagger's dictionary of unambiguous words), which callers
// consult before scoring.
type Model struct {
	classes []string
	lexicon map[string]int

	// An open-addressing hash table from feature to its weights
	// weights[start:start+count]. A zero key marks an empty slot.
	mask    uint64
	slots   []slot
	weights []weight
}

// weight is one class weight of a feature; class and weight sit together
// so that scoring a feature touches one cache line.
type weight struct {
	w   float32
	cls uint32
}

// slot is one cell of the table; key, start and count share a cache line.
type slot struct {
	key   uint64
	start uint32
	count uint32
}

// row is one feature's weights, as built by a Trainer or read from a file.
type row struct {
	key uint64
	cls []uint8
	w   []float32
}

// MaxClasses is the largest number of classes a Model can hold.
const MaxClasses = 255

func slotKey(f uint64) uint64 {
	if f == 0 {
		return 1
	}
	return f
}

func newModel(classes []string, lexicon map[string]int, rows []row) *Model {
	size := 1
	for size < len(rows)+len(rows)/3+2 { // load factor at most 3/4: a smaller table stays in cache
		size <<= 1
	}
	m := &Model{
		classes: classes,
		lexicon: lexicon,
		mask:    uint64(size - 1),
		slots:   make([]slot, size),
	}
	n := 0
	for _, r := range rows {
		n += len(r.cls)
	}
	m.weights = make([]weight, 0, n)
	for _, r := range rows {
		k := slotKey(r.key)
		i := k & m.mask
		for m.slots[i].key != 0 && m.slots[i].key != k {
			i = (i + 1) & m.mask
		}
		m.slots[i] = slot{key: k, start: uint32(len(m.weights)), count: uint32(len(r.cls))}
		for j, c := range r.cls {
			m.weights = append(m.weights, weight{w: r.w[j], cls: uint32(c)})
		}
	}
	return m
}

// Classes returns the class names; a class is its index in this list.
func (m *Model) Classes() []string { return m.classes }

// Class returns the index of the named class, or -1.
func (m *Model) Class(name string) int {
	for i, c := range m.classes {
		if c == name {
			return i
		}
	}
	return -1
}

// Lookup returns the fixed class of key from the model's lexicon.
func (m *Model) Lookup(key string) (class int, ok bool) {
	class, ok = m.lexicon[key]
	return class, ok
}

// Features returns the number of features with at least one weight.
func (m *Model) Features() int {
	n := 0
	for _, s := range m.slots {
		if s.key != 0 {
			n++
		}
	}
	return n
}

// Score sets scores[c] to the sum of the weights of feats for class c.
// scores must have len(m.Classes()) elements.
func (m *Model) Score(feats []uint64, scores []float32) {
	clear(scores)
	m.Add(feats, scores)
}

// Add adds the weights of feats to scores, feature by feature: scoring
// some features then adding the others gives the same sums as scoring
// them all at once.
func (m *Model) Add(feats []uint64, scores []float32) {
	// The table is larger than the cache, so most probes miss it. Finding
	// the slots of a batch of features, and reading the first weight of
	// each, before adding any weights lets the CPU wait on many
	// independent loads at once instead of on one after the other; the
	// weights are still added in feature order.
	var found [32]struct {
		first      weight
		start, end uint32 // the other weights
	}
	for len(feats) > 0 {
		batch := feats[:min(len(feats), len(found))]
		feats = feats[len(batch):]
		n := 0
		for _, f := range batch {
			k := slotKey(f)
			i := k & m.mask
			for {
				sl := &m.slots[i]
				if sl.key == k {
					if sl.count > 0 {
						fd := &found[n]
						fd.first, fd.start, fd.end = m.weights[sl.start], sl.start+1, sl.start+sl.count
						n++
					}
					break
				}
				if sl.key == 0 {
					break
				}
				i = (i + 1) & m.mask
			}
		}
		for _, fd := range found[:n] {
			scores[fd.first.cls] += fd.first.w
			for _, w := range m.weights[fd.start:fd.end] {
				scores[w.cls] += w.w
			}
		}
	}
}

// Predict scores feats and returns the best class (the lowest index on a tie).
func (m *Model) Predict(feats []uint64, scores []float32) int {
	m.Score(feats, scores)
	return Argmax(scores)
}

// Argmax returns the index of the largest score, the lowest on a tie.
func Argmax(scores []float32) int {
	best, bestScore := 0, float32(math.Inf(-1))
	for c, s := range scores {
		if s > bestScore {
			best, bestScore = c, s
		}
	}
	return best
}
