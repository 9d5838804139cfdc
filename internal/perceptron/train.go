package perceptron

import (
	"fmt"
	"maps"
	"math"
	"slices"
)

// Trainer learns a Model. Call Update once per training example, in a fixed
// order, then Average; the same examples in the same order give the same
// Model, byte for byte.
type Trainer struct {
	classes []string
	lexicon map[string]int
	index   map[uint64]int32
	rows    [][]entry
	step    int
}

// entry is one class weight of a feature during training, with the running
// sum needed for averaging: total is the sum of w over all steps up to stamp.
type entry struct {
	total float64
	w     float32
	stamp int32
	cls   uint8
}

// NewTrainer returns a Trainer for the given classes.
func NewTrainer(classes []string) (*Trainer, error) {
	if len(classes) == 0 || len(classes) > MaxClasses {
		return nil, fmt.Errorf("perceptron: %d classes, want 1 to %d", len(classes), MaxClasses)
	}
	return &Trainer{
		classes: slices.Clone(classes),
		lexicon: map[string]int{},
		index:   map[uint64]int32{},
	}, nil
}

// SetLexicon sets the fixed classes the Model will carry (see Model.Lookup).
func (t *Trainer) SetLexicon(lex map[string]int) { t.lexicon = maps.Clone(lex) }

// Score sets scores[c] to the sum of the current (not averaged) weights of
// feats for class c.
func (t *Trainer) Score(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		if r, ok := t.index[slotKey(f)]; ok {
			for _, e := range t.rows[r] {
				scores[e.cls] += e.w
			}
		}
	}
}

// Predict scores feats with the current weights and returns the best class.
func (t *Trainer) Predict(feats []uint64, scores []float32) int {
	t.Score(feats, scores)
	return Argmax(scores)
}

// Update counts one training example: when guess differs from truth, the
// weights of feats move towards truth and away from guess.
func (t *Trainer) Update(feats []uint64, truth, guess int) {
	t.Step()
	if truth == guess {
		return
	}
	t.Add(feats, truth, 1)
	t.Add(feats, guess, -1)
}

// Step advances the clock the weights are averaged over: once per training
// example. Update calls it; a structured learner that updates a whole
// sequence with Add calls it once per sequence.
func (t *Trainer) Step() { t.step++ }

// Add adds delta to the weight of every feature of feats for class.
func (t *Trainer) Add(feats []uint64, class int, delta float32) {
	for _, f := range feats {
		t.add(slotKey(f), uint8(class), delta)
	}
}

func (t *Trainer) add(key uint64, cls uint8, v float32) {
	r, ok := t.index[key]
	if !ok {
		r = int32(len(t.rows))
		t.index[key] = r
		t.rows = append(t.rows, nil)
	}
	es := t.rows[r]
	for i := range es {
		if es[i].cls == cls {
			e := &es[i]
			e.total += float64(t.step-int(e.stamp)) * float64(e.w)
			e.stamp = int32(t.step)
			e.w += v
			return
		}
	}
	t.rows[r] = append(es, entry{cls: cls, w: v, stamp: int32(t.step)})
}

// Average returns the Model with every weight averaged over all updates.
// Weights whose magnitude is below prune are dropped, which shrinks the
// model at little cost in accuracy.
func (t *Trainer) Average(prune float64) *Model {
	keys := slices.Sorted(maps.Keys(t.index))
	rows := make([]row, 0, len(keys))
	for _, k := range keys {
		es := slices.Clone(t.rows[t.index[k]])
		slices.SortFunc(es, func(a, b entry) int { return int(a.cls) - int(b.cls) })
		var r row
		for _, e := range es {
			total := e.total + float64(t.step-int(e.stamp))*float64(e.w)
			avg := total / float64(max(t.step, 1))
			if math.Abs(avg) < prune || avg == 0 {
				continue
			}
			r.cls = append(r.cls, e.cls)
			r.w = append(r.w, float32(avg))
		}
		if len(r.cls) > 0 {
			r.key = k
			rows = append(rows, r)
		}
	}
	return newModel(slices.Clone(t.classes), maps.Clone(t.lexicon), rows)
}
