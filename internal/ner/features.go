package ner

import (
	"strings"

	pc "github.com/sitrep-project/sitrep/internal/perceptron"
)

// Feature templates. The numbers are part of the trained model: never
// renumber one, only add new ones.
const (
	fBias = iota
	fLower
	fExact
	fShape
	fSuf2
	fSuf3
	fSuf4
	fPre2
	fPre3
	fTag
	fPrevTag
	fNextTag
	fPrevWord
	fNextWord
	fPrev2Word
	fNext2Word
	fPrevShapeShape
	fShapeNextShape
	fPrevLabel
	fPrevLabels
	fPrevLabelWord
	fPrevLabelTag
	fTitleShape
	fFirstShapeWord
	fBigramPrev
	fBigramNext
	fHyphenHead
	fTagTagTag
	fPrevExact
	fNextExact
	fGaz
	fGazPrev
	fGazNext
	fGazShape
	fPrevLabelShape
	nTemplates
)

var templates = func() (t [nTemplates]uint64) {
	for i := range t {
		t[i] = pc.Template(i)
	}
	return t
}()

var (
	hStart = pc.String("\x00START")
	hEnd   = pc.String("\x00END")
)

// word holds the hashes of one token that its own and its neighbours'
// features are built from.
type word struct {
	text                     string
	lower, exact, shape, tag uint64
	head                     uint64 // the part before a hyphen, 0 when none
	gaz                      uint64 // the gazetteer match the word is part of, 0 when none
}

func newWord(text, tag string) word {
	w := word{text: text, lower: pc.Lower(canonical(text)), exact: pc.String(acronym(text)), shape: pc.Shape(text), tag: pc.String(tag)}
	if i := strings.IndexByte(text, '-'); i > 0 && i < len(text)-1 {
		w.head = pc.String(text[:i])
	}
	return w
}

// canonical folds spellings together: quotes and dashes (the training
// data mixes straight and curly quotes across publishers, and a name
// between “ and ” is a name between " and "), and short acronyms with and
// without stops ("US" is "U.S.", not the pronoun "us"; "UN" is "U.N.").
func canonical(s string) string {
	if a := acronym(s); a != s {
		return a
	}
	switch s {
	case "“", "”", "``", "''", "„", "«", "»":
		return `"`
	case "‘", "’", "`":
		return "'"
	case "—", "–", "--", "―":
		return "-"
	}
	return s
}

// acronym spells a short all-capitals word with stops ("US" → "U.S."),
// so that both spellings share their features; other words are returned
// as they are. The word's shape still tells the spellings apart.
func acronym(s string) string {
	n := len(s)
	if n < 2 || n > 4 || !isUpper(s) {
		return s
	}
	b := make([]byte, 0, 2*n)
	for i := 0; i < n; i++ {
		b = append(b, s[i], '.')
	}
	return string(b)
}

// isUpper reports whether s is all upper-case ASCII letters.
func isUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// titleCase reports whether a sentence looks like a headline: at least
// three words and most of its words capitalised.
func titleCase(words []word) bool {
	return pc.Headline(len(words), func(i int) string { return words[i].text })
}

// emission appends the features of word i of ws that do not depend on the
// labels before it: those of the word alone, then those of its context.
func emission(fs []uint64, ws []word, i int, title bool) []uint64 {
	return context(own(fs, &ws[i]), ws, i, title)
}

// own appends the features of word w alone, which depend only on its text
// and tag.
func own(fs []uint64, w *word) []uint64 {
	t := &templates
	s := w.text
	return append(fs,
		t[fBias],
		pc.Mix(t[fLower], w.lower),
		pc.Mix(t[fExact], w.exact),
		pc.Mix(t[fShape], w.shape),
		pc.Mix(t[fSuf2], pc.Lower(pc.Suffix(s, 2))),
		pc.Mix(t[fSuf3], pc.Lower(pc.Suffix(s, 3))),
		pc.Mix(t[fSuf4], pc.Lower(pc.Suffix(s, 4))),
		pc.Mix(t[fPre2], pc.String(pc.Prefix(s, 2))),
		pc.Mix(t[fPre3], pc.String(pc.Prefix(s, 3))),
		pc.Mix(t[fTag], w.tag),
	)
}

// context appends the features of word i of ws that depend on the words
// around it and on the sentence.
func context(fs []uint64, ws []word, i int, title bool) []uint64 {
	t := &templates
	w := &ws[i]
	prevW, prevShape, prevTag, prevExact := hStart, hStart, hStart, hStart
	if i > 0 {
		prevW, prevShape, prevTag, prevExact = ws[i-1].lower, ws[i-1].shape, ws[i-1].tag, ws[i-1].exact
	}
	nextW, nextShape, nextTag, nextExact := hEnd, hEnd, hEnd, hEnd
	if i+1 < len(ws) {
		nextW, nextShape, nextTag, nextExact = ws[i+1].lower, ws[i+1].shape, ws[i+1].tag, ws[i+1].exact
	}
	prev2W, next2W := hStart, hEnd
	if i > 1 {
		prev2W = ws[i-2].lower
	}
	if i+2 < len(ws) {
		next2W = ws[i+2].lower
	}
	fs = append(fs,
		pc.Mix(t[fPrevTag], prevTag),
		pc.Mix(t[fNextTag], nextTag),
		pc.Mix(t[fPrevWord], prevW),
		pc.Mix(t[fNextWord], nextW),
		pc.Mix(t[fPrev2Word], prev2W),
		pc.Mix(t[fNext2Word], next2W),
		pc.Mix(pc.Mix(t[fPrevShapeShape], prevShape), w.shape),
		pc.Mix(pc.Mix(t[fShapeNextShape], w.shape), nextShape),
		pc.Mix(pc.Mix(t[fBigramPrev], prevW), w.lower),
		pc.Mix(pc.Mix(t[fBigramNext], w.lower), nextW),
		pc.Mix(pc.Mix(pc.Mix(t[fTagTagTag], prevTag), w.tag), nextTag),
		pc.Mix(t[fPrevExact], prevExact),
		pc.Mix(t[fNextExact], nextExact),
	)
	if title {
		fs = append(fs, pc.Mix(t[fTitleShape], w.shape))
	}
	if i == 0 {
		fs = append(fs, pc.Mix(pc.Mix(t[fFirstShapeWord], w.shape), w.lower))
	}
	if w.head != 0 {
		fs = append(fs, pc.Mix(t[fHyphenHead], w.head))
	}
	if w.gaz != 0 {
		fs = append(fs, pc.Mix(t[fGaz], w.gaz), pc.Mix(pc.Mix(t[fGazShape], w.gaz), w.shape))
	}
	if i > 0 && ws[i-1].gaz != 0 {
		fs = append(fs, pc.Mix(t[fGazPrev], ws[i-1].gaz))
	}
	if i+1 < len(ws) && ws[i+1].gaz != 0 {
		fs = append(fs, pc.Mix(t[fGazNext], ws[i+1].gaz))
	}
	return fs
}

// transition appends the features of word w that depend on the label
// before it, prev (-1 at the sentence start). They draw on small sets
// (labels, tags, shapes), so their weights stay in the cache: the decoder
// scores them for every previous label.
func transition(fs []uint64, w *word, prev int) []uint64 {
	return append(fs,
		transitionFeature(fPrevLabel, prev, 0),
		transitionFeature(fPrevLabelTag, prev, w.tag),
		transitionFeature(fPrevLabelShape, prev, w.shape),
	)
}

// transitionFeature is the feature of template tmpl for previous label
// prev and value v (unused for fPrevLabel).
func transitionFeature(tmpl, prev int, v uint64) uint64 {
	h := pc.Mix(templates[tmpl], uint64(prev+1))
	if tmpl == fPrevLabel {
		return h
	}
	return pc.Mix(h, v)
}
