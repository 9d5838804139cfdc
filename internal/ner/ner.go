// Package ner finds names of people (PERSON), organisations (ORG),
// countries, cities and states (GPE) and nationalities or religious and
// political groups (NORP) in tagged text. It is a structured averaged
// perceptron over BILOU labels (package perceptron) with first-order
// Viterbi decoding, trained on PolNeAR's silver CoreNLP labels over the
// surface forms of the text, with the part-of-speech tags of sitrep's own
// tagger as features.
package ner

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/perceptron"
)

// ModelPath is where Load finds the model in its fs.FS (the layout of the
// repo's data/ folder).
const ModelPath = "models/ner.model"

// Model is a trained name model. It is immutable and safe for concurrent use.
type Model struct {
	model *perceptron.Model
	gaz   *Gazetteer
	dec   decoder
	// states holds the buffers of finished calls, with the transition
	// blocks and word scores their lattices computed from model, for the
	// next call.
	states sync.Pool
}

// Load reads the name model and its gazetteer from fsys.
func Load(fsys fs.FS) (*Model, error) {
	m, err := perceptron.Load(fsys, ModelPath)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	g, err := LoadGazetteer(fsys)
	if err != nil {
		return nil, err
	}
	return New(m, g)
}

// New wraps a trained perceptron model whose classes are BILOU labels and
// the gazetteer it was trained with.
func New(m *perceptron.Model, g *Gazetteer) (*Model, error) {
	d, err := newDecoder(m.Classes())
	if err != nil {
		return nil, err
	}
	return &Model{model: m, gaz: g, dec: d}, nil
}

// Find sets doc.Names to the names in doc's sentences, in text order. It
// reads Token.Tag, so the tagger must have run. A name never crosses a
// sentence. A hyphenated token that is not a name but is built from names
// yields them as names over parts of the token: "US" in "US-led" and
// "Russian" in "Russian-backed", "Russia" and "Ukraine" in "Russia-Ukraine".
func (m *Model) Find(doc *article.Doc) {
	doc.Names = doc.Names[:0]
	st := m.state()
	defer m.states.Put(st)
	for _, s := range doc.Sentences {
		lo, hi := max(s.FirstToken, 0), min(s.EndToken, len(doc.Tokens))
		if lo >= hi {
			continue
		}
		toks := doc.Tokens[lo:hi]
		labels := st.label(m, len(toks), func(i int) (string, string) { return toks[i].Text, toks[i].Tag })
		st.spans = m.dec.spans(st.spans[:0], labels)
		for _, sp := range st.spans {
			doc.Names = append(doc.Names, article.Name{
				Span: article.Span{Start: toks[sp.Start].Start, End: toks[sp.End-1].End},
				Type: sp.Type,
			})
		}
		for i, t := range toks {
			if labels[i] != m.dec.outside {
				continue
			}
			for _, p := range st.hyphenNames(m, i) {
				doc.Names = append(doc.Names, article.Name{
					Span: article.Span{Start: t.Start + p.Start, End: t.Start + p.End},
					Type: p.Type,
				})
			}
		}
	}
	sortNames(doc.Names)
}

// FindWords returns the names in one sentence of words with their tags.
func (m *Model) FindWords(words, tags []string) []Span {
	st := m.state()
	defer m.states.Put(st)
	return m.dec.spans(nil, st.label(m, len(words), func(i int) (string, string) { return words[i], tags[i] }))
}

// state returns buffers for one call, reused from an earlier one when
// there is one.
func (m *Model) state() *state {
	if st, ok := m.states.Get().(*state); ok {
		return st
	}
	return new(state)
}

// state holds the buffers of one call.
type state struct {
	words  []word
	types  []int32 // of words, in lat.vocab
	labels []int
	spans  []Span
	lat    lattice
	best   []float32
	back   []int32
	scores []float32
}

// label sets st.words to the n words of a sentence, word(i) giving the
// text and tag of word i, and chooses their best well-formed label
// sequence.
func (st *state) label(m *Model, n int, word func(i int) (text, tag string)) []int {
	c := len(m.model.Classes())
	st.lat.vocab.prepare(m.model, c)
	st.words, st.types = st.words[:0], st.types[:0]
	for i := range n {
		w, t := st.lat.vocab.word(word(i))
		st.words, st.types = append(st.words, w), append(st.types, t)
	}
	m.gaz.mark(st.words)
	st.lat.build(m.model, st.words, st.types, c, false)
	st.labels, st.best, st.back = m.dec.viterbi(&st.lat, st.best, st.back, st.labels[:0])
	return st.labels
}

// hyphenNames returns the names inside token i, labelled O, as byte
// spans of the token: for a capitalised head with a lower-case tail
// ("US-led", "Russian-backed") the head, and for a compound of capitalised
// parts ("Russia-Ukraine") each part, when the model, shown the part alone
// as a proper noun in the token's place, labels it a one-word name.
func (st *state) hyphenNames(m *Model, i int) []Span {
	text := st.words[i].text
	if strings.IndexByte(text, '-') <= 0 || !isCapitalised(text) {
		return nil
	}
	parts := strings.Split(text, "-")
	allCap, tailLower := true, true
	for k, p := range parts {
		if p == "" {
			return nil
		}
		allCap = allCap && isCapitalised(p)
		tailLower = tailLower && (k == 0 || strings.ToLower(p) == p)
	}
	if !allCap && !tailLower {
		return nil
	}
	var out []Span
	off := 0
	for k, p := range parts {
		if k == 0 || allCap {
			if typ, ok := st.partName(m, i, p); ok {
				out = append(out, Span{Start: off, End: off + len(p), Type: typ})
			}
		}
		off += len(p) + 1
	}
	return out
}

func isCapitalised(s string) bool { return s != "" && 'A' <= s[0] && s[0] <= 'Z' }

// partName labels part, a piece of token i, as if it stood alone in the
// token's place.
func (st *state) partName(m *Model, i int, part string) (typ string, ok bool) {
	c := len(m.model.Classes())
	st.scores = grow(st.scores, 2*c)
	emis, trans := st.scores[:c], st.scores[c:]
	saved := st.words[i]
	st.words[i] = newWord(part, "NNP")
	st.words[i].gaz = gazHead(m.gaz, part)
	st.lat.feats = emission(st.lat.feats[:0], st.words, i, titleCase(st.words))
	m.model.Score(st.lat.feats, emis)
	prev := -1
	if i > 0 {
		prev = st.labels[i-1]
	}
	st.lat.feats = transition(st.lat.feats[:0], &st.words[i], prev)
	m.model.Score(st.lat.feats, trans)
	st.words[i] = saved
	for k := range emis {
		emis[k] += trans[k]
	}
	label := m.model.Classes()[m.dec.best(emis, prev, true)]
	return strings.CutPrefix(label, "U-")
}

// gazHead is the gazetteer feature of a hyphen head on its own.
func gazHead(g *Gazetteer, head string) uint64 {
	w := []word{{text: head}}
	g.mark(w)
	return w[0].gaz
}

func sortNames(ns []article.Name) {
	// Insertion sort: names come almost in order (hyphen heads of a
	// sentence after its other names).
	for i := 1; i < len(ns); i++ {
		for j := i; j > 0 && ns[j].Start < ns[j-1].Start; j-- {
			ns[j], ns[j-1] = ns[j-1], ns[j]
		}
	}
}
