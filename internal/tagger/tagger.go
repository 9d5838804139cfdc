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
	"strings"
	"sync"

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

	// states keeps, per goroutine, the buffers of a call and the words
	// seen in earlier calls (see state).
	states sync.Pool
}

// Load reads the tagger's model and the lemmatiser's word lists from fsys.
func Load(fsys fs.FS) (*Tagger, error) {
	m, err := perceptron.Load(fsys, ModelPath)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	lem, err := LoadLemmatizer(fsys)
	if err != nil {
		return nil, err
	}
	return New(m, lem), nil
}

// New returns a Tagger from a trained model and a lemmatiser.
func New(m *perceptron.Model, lem *Lemmatizer) *Tagger {
	t := &Tagger{model: m, lem: lem}
	t.states.New = func() any { return &state{seen: map[string]int32{}} }
	return t
}

// Model returns the tagger's perceptron model.
func (t *Tagger) Model() *perceptron.Model { return t.model }

// Tag sets Tag and Lemma of every token of doc, sentence by sentence.
// Tokens outside every sentence are tagged as one more sequence.
func (t *Tagger) Tag(doc *article.Doc) {
	st := t.states.Get().(*state)
	defer t.states.Put(st)
	next := 0
	tagRange := func(lo, hi int) {
		toks := doc.Tokens[lo:hi]
		tags := st.tag(t.model, len(toks), func(i int) string { return toks[i].Text })
		cls := t.model.Classes()
		for i := range toks {
			toks[i].Tag = cls[tags[i]]
			toks[i].Lemma = st.lemma(t.lem, i, tags[i], toks[i].Tag)
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
	st := t.states.Get().(*state)
	defer t.states.Put(st)
	tags := st.tag(t.model, len(words), func(i int) string { return words[i] })
	out := make([]string, len(words))
	for i, c := range tags {
		out[i] = t.model.Classes()[c]
	}
	return out
}

// Lemma returns the lemma of word with tag (see Lemmatizer.Lemma).
func (t *Tagger) Lemma(word, tag string) string { return t.lem.Lemma(word, tag) }

// state holds the buffers of one tagging call and, across calls, what it
// has learnt of each word it has seen: the word's hashes, its class in the
// lexicon, the scores of its own features (see ownFeatures), to which tag
// adds the scores of the context features, and its last lemma. The
// weights are added in the same order as Model.Score over all the
// features would add them, so the sums are the same to the bit.
type state struct {
	words  []word
	at     []int32 // words[i] is known[at[i]]
	tags   []int
	feats  []uint64
	scores []float32

	seen  map[string]int32 // index in known
	known []seenWord
	own   []float32 // the own scores of the known words, one block per word
}

// seenWord is what a state keeps of a word.
type seenWord struct {
	word
	class      int32  // from the lexicon, or -1
	own        int32  // where the word's own scores start in state.own
	lemmaClass int32  // 1 + the class lemma is for; 0 for none yet
	lemma      string // of the word with that class
}

// maxSeen bounds the words a state keeps between calls: about 3 MB of
// scores with 45 classes.
const maxSeen = 1 << 14

// tag tags n words, word i being text(i), and returns their class indices.
func (st *state) tag(m *perceptron.Model, n int, text func(int) string) []int {
	nc := len(m.Classes())
	if len(st.known) > maxSeen {
		clear(st.seen)
		st.known, st.own = st.known[:0], st.own[:0]
	}
	st.words, st.at = st.words[:0], st.at[:0]
	for i := range n {
		s := text(i)
		k, ok := st.seen[s]
		if !ok {
			k = st.learn(m, s)
		}
		st.words = append(st.words, st.known[k].word)
		st.at = append(st.at, k)
	}
	if cap(st.scores) < nc {
		st.scores = make([]float32, nc)
	}
	scores := st.scores[:nc]
	st.tags = st.tags[:0]
	title := titleCase(st.words)
	prev, prev2 := -1, -1
	for i, k := range st.at {
		sw := &st.known[k]
		c := int(sw.class)
		if c < 0 {
			copy(scores, st.own[sw.own:int(sw.own)+nc])
			st.feats = contextFeatures(st.feats[:0], st.words, i, prev, prev2, title)
			m.Add(st.feats, scores)
			c = perceptron.Argmax(scores)
		}
		st.tags = append(st.tags, c)
		prev, prev2 = c, prev
	}
	return st.tags
}

// learn adds the word s to the words seen and returns its index in known.
// The key is a copy: the state outlives the text s comes from.
func (st *state) learn(m *perceptron.Model, s string) int32 {
	s = strings.Clone(s)
	sw := seenWord{word: newWord(s), class: -1}
	if c, ok := m.Lookup(s); ok {
		sw.class = int32(c)
	} else {
		nc := len(m.Classes())
		sw.own = int32(len(st.own))
		st.own = append(st.own, make([]float32, nc)...)
		st.feats = ownFeatures(st.feats[:0], &sw.word)
		m.Score(st.feats, st.own[sw.own:int(sw.own)+nc])
	}
	k := int32(len(st.known))
	st.known = append(st.known, sw)
	st.seen[s] = k
	return k
}

// lemma returns the lemma of word i of the last call to tag, of class c
// named tag.
func (st *state) lemma(l *Lemmatizer, i, c int, tag string) string {
	sw := &st.known[st.at[i]]
	if sw.lemmaClass != int32(c)+1 {
		// A copy, as the lemma may be a part of the text.
		sw.lemma, sw.lemmaClass = strings.Clone(l.Lemma(sw.text, tag)), int32(c)+1
	}
	return sw.lemma
}
