package ner

import (
	"fmt"
	"io"
)

// Count is the agreement of predicted with reference names of one type.
type Count struct {
	Gold, Predicted, Correct int
}

// Precision is Correct/Predicted.
func (c Count) Precision() float64 { return ratio(c.Correct, c.Predicted) }

// Recall is Correct/Gold.
func (c Count) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Count) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score holds the counts per type and over all types. A name counts as
// correct when its tokens and type both match exactly.
type Score struct {
	Types map[string]Count
	All   Count
}

// Evaluate labels sents and compares the names with their reference labels.
func (m *Model) Evaluate(sents []Sentence) Score {
	sc := Score{Types: map[string]Count{}}
	for _, s := range sents {
		gold := Spans(s.Labels)
		pred := m.FindWords(s.Words, s.Tags)
		inGold := map[Span]bool{}
		for _, g := range gold {
			inGold[g] = true
			c := sc.Types[g.Type]
			c.Gold++
			sc.Types[g.Type] = c
			sc.All.Gold++
		}
		for _, p := range pred {
			c := sc.Types[p.Type]
			c.Predicted++
			sc.All.Predicted++
			if inGold[p] {
				c.Correct++
				sc.All.Correct++
			}
			sc.Types[p.Type] = c
		}
	}
	return sc
}

// Print writes the score as a table.
func (s Score) Print(w io.Writer) {
	fmt.Fprintf(w, "%-7s %6s %6s %6s %6s %6s %6s\n", "type", "gold", "pred", "right", "P", "R", "F1")
	row := func(name string, c Count) {
		fmt.Fprintf(w, "%-7s %6d %6d %6d %6.4f %6.4f %6.4f\n", name, c.Gold, c.Predicted, c.Correct, c.Precision(), c.Recall(), c.F1())
	}
	for _, t := range Types {
		row(t, s.Types[t])
	}
	row("all", s.All)
}
