package ner

import (
	"cmp"
	"slices"
	"strings"

	pc "github.com/sitrep-project/sitrep/internal/perceptron"
)

// vocabulary keeps what scoring a word costs, for the words seen: for each
// text the hashes of its features (a type), and for each form of a type
// (its tag and gazetteer match) its scores in every role (see
// roleFeatures) and its transition scores. A word's emission scores are
// then five rows added together and the few joint features, where scoring
// them all would look up some twenty features in a model larger than the
// cache.
type vocabulary struct {
	c      int
	byText map[string]int32 // index in types
	types  []wordType
	forms  []wordForm
	arena  []float32 // rows of the latest forms
	// start and end are the rows of the words beyond a sentence's ends.
	start, end []float32
}

type wordType struct {
	w     word  // its text (a copy: the vocabulary outlives the text it came from) and hashes; no tag or gazetteer match
	forms int32 // its latest form, -1 when none
}

type wordForm struct {
	tag, gaz uint64
	uses     int32        // how often it was scored again, halved at each trim
	next     int32        // the form of the same type added before, -1 when none
	row      []float32    // nRoles × c scores, role r at [r*c:(r+1)*c]
	trans    *transitions // of its tag and shape (see lattice.pair), nil until set
}

// maxForms bounds the forms a vocabulary keeps between calls; trimmed, it
// keeps the half used most.
const maxForms = 1 << 14

// arenaRows is the number of rows allocated at once.
const arenaRows = 256

// begin prepares v for scoring with m, whose c classes' weights never
// change, emptying it when it holds scores of another shape of model or
// when fresh. Nothing else makes a row stale.
func (v *vocabulary) begin(m *pc.Model, c int, fresh bool) {
	if v.c == c && v.byText != nil && !fresh {
		return
	}
	*v = vocabulary{c: c, byText: make(map[string]int32)}
	v.start = v.row(m, &startWord)
	v.end = v.row(m, &endWord)
}

// prepare readies v for a call that scores words with m (see begin),
// trimming it when it keeps too many forms. Type indices taken before are
// then no longer valid.
func (v *vocabulary) prepare(m *pc.Model, c int) {
	v.begin(m, c, false)
	if len(v.forms) > maxForms {
		v.trim(maxForms / 2)
	}
}

// trim keeps the n forms used most, their uses halved, and their types.
// Frequent words stay, so a long stream of articles keeps finding them.
func (v *vocabulary) trim(n int) {
	old := *v
	order := make([]int32, len(old.forms))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(old.forms[b].uses, old.forms[a].uses) })
	keep := make([]bool, len(old.forms))
	for _, f := range order[:min(n, len(order))] {
		keep[f] = true
	}
	*v = vocabulary{c: old.c, byText: make(map[string]int32, n), start: old.start, end: old.end}
	for _, typ := range old.types {
		t := int32(-1)
		for f := typ.forms; f >= 0; f = old.forms[f].next {
			if !keep[f] {
				continue
			}
			if t < 0 {
				t = v.add(typ.w)
			}
			fm := old.forms[f]
			fm.uses /= 2
			fm.row = append(v.newRow(), fm.row...)
			fm.next = v.types[t].forms
			v.forms = append(v.forms, fm)
			v.types[t].forms = int32(len(v.forms) - 1)
		}
	}
}

// word returns the word of text with tag and the index of its type.
func (v *vocabulary) word(text, tag string) (word, int32) {
	t, ok := v.byText[text]
	if !ok {
		w := newWord(strings.Clone(text), "")
		t = v.add(w)
	}
	w := v.types[t].w
	w.tag = pc.String(tag)
	return w, t
}

// typeOf returns the index of the type of w's text.
func (v *vocabulary) typeOf(w *word) int32 {
	if t, ok := v.byText[w.text]; ok {
		return t
	}
	tw := *w
	tw.text, tw.tag, tw.gaz = strings.Clone(w.text), 0, 0
	return v.add(tw)
}

func (v *vocabulary) add(w word) int32 {
	t := int32(len(v.types))
	v.types = append(v.types, wordType{w: w, forms: -1})
	v.byText[w.text] = t
	return t
}

// form returns the form of w, of type t.
func (v *vocabulary) form(m *pc.Model, t int32, w *word) *wordForm {
	typ := &v.types[t]
	for f := typ.forms; f >= 0; f = v.forms[f].next {
		if fm := &v.forms[f]; fm.tag == w.tag && fm.gaz == w.gaz {
			fm.uses++
			return fm
		}
	}
	v.forms = append(v.forms, wordForm{tag: w.tag, gaz: w.gaz, next: typ.forms, row: v.row(m, w)})
	typ.forms = int32(len(v.forms) - 1)
	return &v.forms[typ.forms]
}

// newRow returns an empty row with room for nRoles × c scores.
func (v *vocabulary) newRow() []float32 {
	size := nRoles * v.c
	if len(v.arena)+size > cap(v.arena) {
		v.arena = make([]float32, 0, arenaRows*size)
	}
	row := v.arena[len(v.arena) : len(v.arena) : len(v.arena)+size]
	v.arena = v.arena[:len(v.arena)+size]
	return row
}

// row scores w in every role into a new row.
func (v *vocabulary) row(m *pc.Model, w *word) []float32 {
	c := v.c
	row := v.newRow()[:nRoles*c]
	var feats [16]uint64
	for r := range nRoles {
		m.Score(roleFeatures(feats[:0], w, r), row[r*c:(r+1)*c])
	}
	return row
}
