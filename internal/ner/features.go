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

var templates = [nTemplates]uint64(pc.Templates(nTemplates))

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
// around it and on the sentence. Their order is part of training (the
// trainer sums weights in this order), so it stays as it is; roleFeatures
// and joint give the same features grouped by the word they depend on.
func context(fs []uint64, ws []word, i int, title bool) []uint64 {
	t := &templates
	w := &ws[i]
	prev, next, prev2, next2 := neighbours(ws, i)
	fs = append(fs,
		pc.Mix(t[fPrevTag], prev.tag),
		pc.Mix(t[fNextTag], next.tag),
		pc.Mix(t[fPrevWord], prev.lower),
		pc.Mix(t[fNextWord], next.lower),
		pc.Mix(t[fPrev2Word], prev2.lower),
		pc.Mix(t[fNext2Word], next2.lower),
		pc.Mix(pc.Mix(t[fPrevShapeShape], prev.shape), w.shape),
		pc.Mix(pc.Mix(t[fShapeNextShape], w.shape), next.shape),
		pc.Mix(pc.Mix(t[fBigramPrev], prev.lower), w.lower),
		pc.Mix(pc.Mix(t[fBigramNext], w.lower), next.lower),
		pc.Mix(pc.Mix(pc.Mix(t[fTagTagTag], prev.tag), w.tag), next.tag),
		pc.Mix(t[fPrevExact], prev.exact),
		pc.Mix(t[fNextExact], next.exact),
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
	if prev.gaz != 0 {
		fs = append(fs, pc.Mix(t[fGazPrev], prev.gaz))
	}
	if next.gaz != 0 {
		fs = append(fs, pc.Mix(t[fGazNext], next.gaz))
	}
	return fs
}

// The words beyond the ends of a sentence, as its features see them.
var (
	startWord = word{lower: pc.Start, exact: pc.Start, shape: pc.Start, tag: pc.Start}
	endWord   = word{lower: pc.End, exact: pc.End, shape: pc.End, tag: pc.End}
)

// neighbours returns the words one and two before and after word i of ws,
// startWord or endWord beyond the sentence.
func neighbours(ws []word, i int) (prev, next, prev2, next2 *word) {
	prev, next, prev2, next2 = &startWord, &endWord, &startWord, &endWord
	if i > 0 {
		prev = &ws[i-1]
	}
	if i > 1 {
		prev2 = &ws[i-2]
	}
	if i+1 < len(ws) {
		next = &ws[i+1]
	}
	if i+2 < len(ws) {
		next2 = &ws[i+2]
	}
	return prev, next, prev2, next2
}

// Roles of a word in the emission features of its sentence: its own
// features, and those it gives the word one after it (as that word's
// previous word), one before it, two after it and two before it.
const (
	roleOwn = iota
	rolePrev
	roleNext
	rolePrev2
	roleNext2
	nRoles
)

// roleFeatures appends the emission features that depend on word w alone
// in role. With joint, they are the features of emission: for word i,
// those of ws[i] as roleOwn, ws[i-1] as rolePrev, ws[i+1] as roleNext,
// ws[i-2] as rolePrev2 and ws[i+2] as roleNext2 (see neighbours).
func roleFeatures(fs []uint64, w *word, role int) []uint64 {
	t := &templates
	switch role {
	case roleOwn:
		fs = own(fs, w)
		if w.head != 0 {
			fs = append(fs, pc.Mix(t[fHyphenHead], w.head))
		}
		if w.gaz != 0 {
			fs = append(fs, pc.Mix(t[fGaz], w.gaz), pc.Mix(pc.Mix(t[fGazShape], w.gaz), w.shape))
		}
	case rolePrev:
		fs = append(fs, pc.Mix(t[fPrevTag], w.tag), pc.Mix(t[fPrevWord], w.lower), pc.Mix(t[fPrevExact], w.exact))
		if w.gaz != 0 {
			fs = append(fs, pc.Mix(t[fGazPrev], w.gaz))
		}
	case roleNext:
		fs = append(fs, pc.Mix(t[fNextTag], w.tag), pc.Mix(t[fNextWord], w.lower), pc.Mix(t[fNextExact], w.exact))
		if w.gaz != 0 {
			fs = append(fs, pc.Mix(t[fGazNext], w.gaz))
		}
	case rolePrev2:
		fs = append(fs, pc.Mix(t[fPrev2Word], w.lower))
	case roleNext2:
		fs = append(fs, pc.Mix(t[fNext2Word], w.lower))
	}
	return fs
}

// joint appends the emission features of word i of ws that depend on more
// than one word, or on the word's place in the sentence.
func joint(fs []uint64, ws []word, i int, title bool) []uint64 {
	t := &templates
	w := &ws[i]
	prev, next, _, _ := neighbours(ws, i)
	fs = append(fs,
		pc.Mix(pc.Mix(t[fPrevShapeShape], prev.shape), w.shape),
		pc.Mix(pc.Mix(t[fShapeNextShape], w.shape), next.shape),
		pc.Mix(pc.Mix(t[fBigramPrev], prev.lower), w.lower),
		pc.Mix(pc.Mix(t[fBigramNext], w.lower), next.lower),
		pc.Mix(pc.Mix(pc.Mix(t[fTagTagTag], prev.tag), w.tag), next.tag),
	)
	if title {
		fs = append(fs, pc.Mix(t[fTitleShape], w.shape))
	}
	if i == 0 {
		fs = append(fs, pc.Mix(pc.Mix(t[fFirstShapeWord], w.shape), w.lower))
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
