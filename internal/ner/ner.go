// Package ner finds names of people (PERSON), organisations (ORG),
// countries, cities and states (GPE) and nationalities or religious and
// political groups (NORP) in tagged text. It is a greedy averaged-perceptron
// sequence labeller over BILOU labels (package perceptron), trained on
// PolNeAR's silver CoreNLP labels over the surface forms of the text, with
// the part-of-speech tags of sitrep's own tagger as features.
package ner

import (
	"fmt"
	"io/fs"
	"strings"

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
}

// Load reads the name model and its gazetteer from fsys.
func Load(fsys fs.FS) (*Model, error) {
	f, err := fsys.Open(ModelPath)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	m, err := perceptron.Read(f)
	if err != nil {
		return nil, fmt.Errorf("ner: %s: %w", ModelPath, err)
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
// sentence. A hyphenated token that is not a name but starts with one
// ("US-led", "Russian-backed") yields a name over its first part alone.
func (m *Model) Find(doc *article.Doc) {
	doc.Names = doc.Names[:0]
	var st state
	for _, s := range doc.Sentences {
		lo, hi := max(s.FirstToken, 0), min(s.EndToken, len(doc.Tokens))
		if lo >= hi {
			continue
		}
		toks := doc.Tokens[lo:hi]
		st.words = st.words[:0]
		for _, t := range toks {
			st.words = append(st.words, newWord(t.Text, t.Tag))
		}
		m.gaz.mark(st.words)
		labels := st.label(m)
		for _, sp := range Spans(m.labelNames(labels)) {
			doc.Names = append(doc.Names, article.Name{
				Span: article.Span{Start: toks[sp.Start].Start, End: toks[sp.End-1].End},
				Type: sp.Type,
			})
		}
		for i, t := range toks {
			if labels[i] != m.dec.outside {
				continue
			}
			if head, typ, ok := st.hyphenHead(m, i); ok {
				doc.Names = append(doc.Names, article.Name{
					Span: article.Span{Start: t.Start, End: t.Start + len(head)},
					Type: typ,
				})
			}
		}
	}
	sortNames(doc.Names)
}

// FindWords returns the names in one sentence of words with their tags.
func (m *Model) FindWords(words, tags []string) []Span {
	var st state
	for i, w := range words {
		st.words = append(st.words, newWord(w, tags[i]))
	}
	m.gaz.mark(st.words)
	return Spans(m.labelNames(st.label(m)))
}

func (m *Model) labelNames(labels []int) []string {
	out := make([]string, len(labels))
	for i, c := range labels {
		out[i] = m.model.Classes()[c]
	}
	return out
}

// state holds the buffers of one call.
type state struct {
	words  []word
	labels []int
	lat    lattice
	best   []float32
	back   []int32
	scores []float32
}

// label chooses the best well-formed label sequence for st.words.
func (st *state) label(m *Model) []int {
	st.lat.build(m.model, st.words, len(m.model.Classes()), false)
	st.labels, st.best, st.back = m.dec.viterbi(&st.lat, st.best, st.back, st.labels[:0])
	return st.labels
}

// hyphenHead decides whether token i, labelled O, starts with a name before
// a hyphen ("US" in "US-led"): the head must be capitalised, the rest lower
// case, and the model, shown the head alone as a proper noun in the same
// context, must label it a one-token name.
func (st *state) hyphenHead(m *Model, i int) (head, typ string, ok bool) {
	text := st.words[i].text
	h := strings.IndexByte(text, '-')
	if h <= 0 || h == len(text)-1 || text[0] < 'A' || text[0] > 'Z' || strings.ToLower(text[h:]) != text[h:] {
		return "", "", false
	}
	head = text[:h]
	c := len(m.model.Classes())
	st.scores = grow(st.scores, 2*c)
	emis, trans := st.scores[:c], st.scores[c:]
	saved := st.words[i]
	st.words[i] = newWord(head, "NNP")
	st.words[i].gaz = gazHead(m.gaz, head)
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
	if t, found := strings.CutPrefix(label, "U-"); found {
		return head, t, true
	}
	return "", "", false
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
