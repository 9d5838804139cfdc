package tagger

import (
	pc "github.com/sitrep-project/sitrep/internal/perceptron"
)

// Feature templates. The numbers are part of the trained model: never
// renumber one, only add new ones.
const (
	fBias = iota
	fLower
	fExact
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fPre3
	fShape
	fPrevTag
	fPrev2Tag
	fPrevTags
	fPrevTagWord
	fPrevWord
	fPrevSuf3
	fPrev2Word
	fNextWord
	fNextSuf3
	fNext2Word
	fFirstShape
	fTitleShape
	fNextShape
	nTemplates
)

var templates = [nTemplates]uint64(pc.Templates(nTemplates))

// word holds the hashes of one token that its own and its neighbours'
// features are built from.
type word struct {
	lower, suf3, shape uint64
	text               string
}

func newWord(s string) word {
	return word{lower: pc.Lower(s), suf3: pc.Lower(pc.Suffix(s, 3)), shape: pc.Shape(s), text: s}
}

// isTitle reports whether s begins with an upper-case ASCII letter.
func isTitle(s string) bool { return s != "" && 'A' <= s[0] && s[0] <= 'Z' }

// titleCase reports whether a sentence looks like a headline: at least
// three words and most of its words capitalised.
func titleCase(words []word) bool {
	return pc.Headline(len(words), func(i int) string { return words[i].text })
}

// features appends the features of word i of ws to fs, given the tags
// already chosen for the two words before it (-1 at the sentence start):
// the word's own features, then those of its context.
func features(fs []uint64, ws []word, i, prev, prev2 int, title bool) []uint64 {
	fs = ownFeatures(fs, &ws[i])
	return contextFeatures(fs, ws, i, prev, prev2, title)
}

// ownFeatures appends the features that depend on w's text alone.
func ownFeatures(fs []uint64, w *word) []uint64 {
	t := &templates
	s := w.text
	return append(fs,
		t[fBias],
		pc.Mix(t[fLower], w.lower),
		pc.Mix(t[fExact], pc.String(s)),
		pc.Mix(t[fSuf1], pc.Lower(pc.Suffix(s, 1))),
		pc.Mix(t[fSuf2], pc.Lower(pc.Suffix(s, 2))),
		pc.Mix(t[fSuf3], w.suf3),
		pc.Mix(t[fSuf4], pc.Lower(pc.Suffix(s, 4))),
		pc.Mix(t[fPre1], pc.String(pc.Prefix(s, 1))),
		pc.Mix(t[fPre2], pc.Lower(pc.Prefix(s, 2))),
		pc.Mix(t[fPre3], pc.Lower(pc.Prefix(s, 3))),
		pc.Mix(t[fShape], w.shape),
	)
}

// contextFeatures appends the features of word i that depend on the tags
// before it and on its neighbours.
func contextFeatures(fs []uint64, ws []word, i, prev, prev2 int, title bool) []uint64 {
	t := &templates
	w := &ws[i]
	fs = append(fs,
		pc.Mix(t[fPrevTag], uint64(prev+1)),
		pc.Mix(t[fPrev2Tag], uint64(prev2+1)),
		pc.Mix(pc.Mix(t[fPrevTags], uint64(prev+1)), uint64(prev2+1)),
		pc.Mix(pc.Mix(t[fPrevTagWord], uint64(prev+1)), w.lower),
	)
	if i > 0 {
		fs = append(fs, pc.Mix(t[fPrevWord], ws[i-1].lower), pc.Mix(t[fPrevSuf3], ws[i-1].suf3))
	} else {
		fs = append(fs, pc.Mix(t[fPrevWord], pc.Start))
	}
	if i > 1 {
		fs = append(fs, pc.Mix(t[fPrev2Word], ws[i-2].lower))
	}
	if i+1 < len(ws) {
		fs = append(fs, pc.Mix(t[fNextWord], ws[i+1].lower), pc.Mix(t[fNextSuf3], ws[i+1].suf3),
			pc.Mix(pc.Mix(t[fNextShape], w.shape), ws[i+1].shape))
	} else {
		fs = append(fs, pc.Mix(t[fNextWord], pc.End))
	}
	if i+2 < len(ws) {
		fs = append(fs, pc.Mix(t[fNext2Word], ws[i+2].lower))
	}
	if i == 0 {
		fs = append(fs, pc.Mix(t[fFirstShape], w.shape))
	}
	if title {
		fs = append(fs, pc.Mix(t[fTitleShape], w.shape))
	}
	return fs
}
