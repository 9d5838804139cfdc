// Package tagger assigns Penn Treebank part-of-speech tags and lower-case
// lemmas to tokens. Tags come from a greedy averaged perceptron (package
// perceptron) trained on PolNeAR's silver CoreNLP tags over the surface
// forms of the text; frequent unambiguous words are tagged from a
// dictionary without scoring. Lemmas come from rules driven by the tag
// (see Lemmatizer).
package tagger

import (
	"fmt"
	"io/fs"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/perceptron"
)

// Paths of the tagger's files in the fs.FS given to Load (the layout of the
// repo's data/ folder).
const (
	ModelPath   = "models/pos.model"
	LemmaPath   = "models/lemma.txt"
	VerbsPath   = "models/verbs.txt"
	maxFeatures = 32
)

// Tagger is a part-of-speech tagger and lemmatiser. It is immutable and
// safe for concurrent use.
type Tagger struct {
	model *perceptron.Model
	lem   *Lemmatizer
}

// Load reads the tagger's model and the lemmatiser's word lists from fsys.
func Load(fsys fs.FS) (*Tagger, error) {
	f, err := fsys.Open(ModelPath)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	defer f.Close()
	m, err := perceptron.Read(f)
	if err != nil {
		return nil, fmt.Errorf("tagger: %s: %w", ModelPath, err)
	}
	lem, err := LoadLemmatizer(fsys)
	if err != nil {
		return nil, err
	}
	return New(m, lem), nil
}

// New returns a Tagger from a trained model and a lemmatiser.
func New(m *perceptron.Model, lem *Lemmatizer) *Tagger { return &Tagger{model: m, lem: lem} }

// Model returns the tagger's perceptron model.
func (t *Tagger) Model() *perceptron.Model { return t.model }

// Tag sets Tag and Lemma of every token of doc, sentence by sentence.
// Tokens outside every sentence are tagged as one more sequence.
func (t *Tagger) Tag(doc *article.Doc) {
	var st state
	next := 0
	tagRange := func(lo, hi int) {
		toks := doc.Tokens[lo:hi]
		tags := st.tag(t.model, len(toks), func(i int) string { return toks[i].Text })
		cls := t.model.Classes()
		for i := range toks {
			toks[i].Tag = cls[tags[i]]
			toks[i].Lemma = t.lem.Lemma(toks[i].Text, toks[i].Tag)
		}
	}
	for _, s := range doc.Sentences {
		lo, hi := max(s.FirstToken, next), min(s.EndToken, len(doc.Tokens))
		if lo > next {
			tagRange(next, lo)
		}
		if lo < hi {
			tagRange(lo, hi)
			next = hi
		}
	}
	if next < len(doc.Tokens) {
		tagRange(next, len(doc.Tokens))
	}
}

// TagWords returns the tags of one sentence of words.
func (t *Tagger) TagWords(words []string) []string {
	var st state
	tags := st.tag(t.model, len(words), func(i int) string { return words[i] })
	out := make([]string, len(words))
	for i, c := range tags {
		out[i] = t.model.Classes()[c]
	}
	return out
}

// Lemma returns the lemma of word with tag (see Lemmatizer.Lemma).
func (t *Tagger) Lemma(word, tag string) string { return t.lem.Lemma(word, tag) }

// state holds the buffers of one tagging call.
type state struct {
	words  []word
	tags   []int
	feats  []uint64
	scores []float32
}

// tag tags n words, word i being text(i), and returns their class indices.
func (st *state) tag(m *perceptron.Model, n int, text func(int) string) []int {
	st.words = st.words[:0]
	for i := range n {
		st.words = append(st.words, newWord(text(i)))
	}
	if cap(st.scores) < len(m.Classes()) {
		st.scores = make([]float32, len(m.Classes()))
	}
	st.tags = st.tags[:0]
	title := titleCase(st.words)
	prev, prev2 := -1, -1
	for i := range st.words {
		c, ok := m.Lookup(st.words[i].text)
		if !ok {
			st.feats = features(st.feats[:0], st.words, i, prev, prev2, title)
			c = m.Predict(st.feats, st.scores[:len(m.Classes())])
		}
		st.tags = append(st.tags, c)
		prev, prev2 = c, prev
	}
	return st.tags
}
