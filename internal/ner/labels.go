package ner

import (
	"strings"

	"github.com/sitrep-project/sitrep/internal/perceptron/polnear"
)

// Types are the name types the model finds. LOC is part of the scheme but
// the training data cannot tell it from GPE (CoreNLP's LOCATION covers
// both), so this model never emits it; see data/models/README.md.
var Types = []string{"PERSON", "ORG", "GPE", "NORP"}

// Span is a name over tokens [Start, End) of a sentence.
type Span struct {
	Start, End int
	Type       string
}

// Labels returns the BILOU labels of spans over n tokens ("B-ORG", "I-ORG",
// "L-ORG", "U-GPE", "O").
func Labels(n int, spans []Span) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "O"
	}
	for _, s := range spans {
		if s.End-s.Start == 1 {
			out[s.Start] = "U-" + s.Type
			continue
		}
		out[s.Start] = "B-" + s.Type
		for i := s.Start + 1; i < s.End-1; i++ {
			out[i] = "I-" + s.Type
		}
		out[s.End-1] = "L-" + s.Type
	}
	return out
}

// Spans reads spans back from BILOU labels. A span left open at the end or
// by an unexpected label is closed at the last token of its type.
func Spans(labels []string) []Span {
	return appendSpans(nil, len(labels), func(i int) (prefix byte, typ string) {
		p, t, _ := strings.Cut(labels[i], "-")
		if len(p) != 1 {
			return 'O', t
		}
		return p[0], t
	})
}

// appendSpans appends the spans of n BILOU labels to out, label(i) giving
// the prefix (B, I, L, U or O) and type of label i, as Spans reads them.
func appendSpans(out []Span, n int, label func(i int) (prefix byte, typ string)) []Span {
	open := -1
	typ := ""
	closeAt := func(end int) {
		if open >= 0 {
			out = append(out, Span{Start: open, End: end, Type: typ})
		}
		open = -1
	}
	for i := range n {
		prefix, t := label(i)
		switch prefix {
		case 'U':
			closeAt(i)
			out = append(out, Span{Start: i, End: i + 1, Type: t})
		case 'B':
			closeAt(i)
			open, typ = i, t
		case 'I', 'L':
			if open < 0 || t != typ {
				closeAt(i)
				open, typ = i, t
			}
			if prefix == 'L' {
				closeAt(i + 1)
			}
		default:
			closeAt(i)
		}
	}
	closeAt(n)
	return out
}

// FromCoreNLP maps a sentence's CoreNLP 4-class labels to our name spans:
//
//   - PERSON → PERSON, ORGANIZATION → ORG, LOCATION → GPE;
//   - MISC → NORP when the run of MISC tokens looks like a nationality,
//     religious or political group: every token capitalised and without a
//     lower-case hyphenated part ("Republican-controlled" is not a group),
//     every token tagged JJ, NNP, NNPS or NNS by CoreNLP, and the last one
//     tagged JJ, NNPS or NNS, or NNP with a demonym ending (-an, -ese, -ish,
//     -ic, -i, -crat): "American", "North Korean", "Democrats", "Muslims",
//     "Republican" but not "GOP", "Trump", "Affordable Care Act";
//   - any other MISC run, and the numeric and temporal classes, → none.
//
// CoreNLP labels tokens without a begin marker, so adjacent names of one
// type become one span.
func FromCoreNLP(toks []polnear.Token) []Span {
	var out []Span
	for i := 0; i < len(toks); {
		l := toks[i].NER
		j := i + 1
		for j < len(toks) && toks[j].NER == l {
			j++
		}
		typ := ""
		switch l {
		case "PERSON":
			typ = "PERSON"
		case "ORGANIZATION":
			typ = "ORG"
		case "LOCATION":
			typ = "GPE"
		case "MISC":
			if isGroup(toks[i:j]) {
				typ = "NORP"
			}
		}
		if typ != "" {
			out = append(out, Span{Start: i, End: j, Type: typ})
		}
		i = j
	}
	return out
}

func isGroup(toks []polnear.Token) bool {
	for k, t := range toks {
		w := t.Text
		if w == "" || w[0] < 'A' || w[0] > 'Z' || hyphenLower(w) {
			return false
		}
		switch t.Tag {
		case "JJ", "NNPS", "NNS":
		case "NNP":
			if k == len(toks)-1 && !demonym(w) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// hyphenLower reports whether w has a hyphen followed by a lower-case letter.
func hyphenLower(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] == '-' && 'a' <= w[i+1] && w[i+1] <= 'z' {
			return true
		}
	}
	return false
}

func demonym(w string) bool {
	w = strings.TrimSuffix(w, "s")
	for _, suf := range []string{"an", "ese", "ish", "ic", "i", "crat"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
