package tagger

import (
	"strings"

	"github.com/sitrep-project/sitrep/internal/perceptron/polnear"
)

// Sentences returns the sentences of docs as training data: surface words,
// CoreNLP's tags and lemmas.
func Sentences(docs []polnear.Document) []Sentence {
	var out []Sentence
	for _, d := range docs {
		for _, s := range d.Sentences {
			var ts Sentence
			for _, t := range s {
				ts.Words = append(ts.Words, t.Text)
				ts.Tags = append(ts.Tags, t.Tag)
				lemma := t.Lemma
				if t.Form != t.Text {
					lemma = "" // CoreNLP rewrote the token: its lemma is of another spelling
				}
				ts.Lemmas = append(ts.Lemmas, lemma)
			}
			out = append(out, ts)
		}
	}
	return out
}

// Score counts a tagger's agreement with reference tags and lemmas.
type Score struct {
	Tokens      int // tokens tagged
	TagsRight   int // tokens whose tag matches
	Lemmas      int // tokens with a reference lemma
	LemmasRight int // of those, lemmas that match (case-insensitively) with the predicted tag
	LemmasGold  int // of those, lemmas that match when the reference tag is given
}

// TagAccuracy is the share of tokens tagged right.
func (s Score) TagAccuracy() float64 { return ratio(s.TagsRight, s.Tokens) }

// LemmaAccuracy is the share of lemmas right after tagging.
func (s Score) LemmaAccuracy() float64 { return ratio(s.LemmasRight, s.Lemmas) }

// LemmaAccuracyGoldTags is the share of lemmas right given the reference tags.
func (s Score) LemmaAccuracyGoldTags() float64 { return ratio(s.LemmasGold, s.Lemmas) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluate tags sents and compares with their reference tags and lemmas.
func (t *Tagger) Evaluate(sents []Sentence) Score {
	var sc Score
	for _, s := range sents {
		tags := t.TagWords(s.Words)
		for i, tag := range tags {
			sc.Tokens++
			if tag == s.Tags[i] {
				sc.TagsRight++
			}
			if i < len(s.Lemmas) && s.Lemmas[i] != "" {
				gold := strings.ToLower(s.Lemmas[i])
				sc.Lemmas++
				if t.lem.Lemma(s.Words[i], tag) == gold {
					sc.LemmasRight++
				}
				if t.lem.Lemma(s.Words[i], s.Tags[i]) == gold {
					sc.LemmasGold++
				}
			}
		}
	}
	return sc
}
