package ner

import (
	"fmt"
	"math"
	"strings"
)

// decoder knows which BILOU label may follow which.
type decoder struct {
	outside int
	kind    []byte // 'O', 'B', 'I', 'L', 'U'
	typ     []string
	// preds[l] lists the labels that may come before l; where[last][l]
	// says whether l may stand at the last word (last = 1) or elsewhere;
	// succ[last][p] lists the labels that may come after p there.
	preds [][]int
	where [2][]bool
	succ  [2][][]int
	// closed lists the labels that end a name or stand outside one (O,
	// L-, U-), which all may come before the same labels, starts[last];
	// open lists the others (B-, I-).
	closed, open []int
	starts       [2][]int
}

// Classes returns the model's classes: O, then B-, I-, L-, U- of each type.
func Classes() []string {
	out := []string{"O"}
	for _, t := range Types {
		for _, p := range []string{"B-", "I-", "L-", "U-"} {
			out = append(out, p+t)
		}
	}
	return out
}

func newDecoder(classes []string) (decoder, error) {
	d := decoder{outside: -1}
	for i, c := range classes {
		if c == "O" {
			d.outside = i
			d.kind = append(d.kind, 'O')
			d.typ = append(d.typ, "")
			continue
		}
		p, t, ok := strings.Cut(c, "-")
		if !ok || len(p) != 1 || !strings.Contains("BILU", p) {
			return d, fmt.Errorf("ner: class %q is not a BILOU label", c)
		}
		d.kind = append(d.kind, p[0])
		d.typ = append(d.typ, t)
	}
	if d.outside < 0 {
		return d, fmt.Errorf("ner: no O class")
	}
	d.preds = make([][]int, len(classes))
	d.where = [2][]bool{make([]bool, len(classes)), make([]bool, len(classes))}
	for l := range classes {
		for p := range classes {
			if d.allowed(p, l, false) {
				d.preds[l] = append(d.preds[l], p)
			}
		}
		d.where[0][l] = d.allowed(-1, l, false) || len(d.preds[l]) > 0
		d.where[1][l] = d.kind[l] != 'B' && d.kind[l] != 'I'
	}
	for l := range classes {
		if d.kind[l] == 'B' || d.kind[l] == 'I' {
			d.open = append(d.open, l)
		} else {
			d.closed = append(d.closed, l)
		}
	}
	for last := range d.succ {
		d.succ[last] = make([][]int, len(classes))
		for l := range classes {
			for _, p := range d.preds[l] {
				if d.where[last][l] {
					d.succ[last][p] = append(d.succ[last][p], l)
				}
			}
		}
		d.starts[last] = d.succ[last][d.outside]
	}
	return d, nil
}

// allowed reports whether label c may follow label prev (-1 at the start);
// at the last token a name must end.
func (d *decoder) allowed(prev, c int, last bool) bool {
	inside := prev >= 0 && (d.kind[prev] == 'B' || d.kind[prev] == 'I')
	k := d.kind[c]
	if inside {
		if k != 'I' && k != 'L' || d.typ[c] != d.typ[prev] {
			return false
		}
		return !last || k == 'L'
	}
	switch k {
	case 'I', 'L':
		return false
	case 'B':
		return !last
	}
	return true
}

// best returns the highest-scoring label allowed after prev.
func (d *decoder) best(scores []float32, prev int, last bool) int {
	best, bestScore := d.outside, float32(math.Inf(-1))
	for c, s := range scores {
		if s > bestScore && d.allowed(prev, c, last) {
			best, bestScore = c, s
		}
	}
	return best
}

// spans appends the spans of labels to out, as Spans reads them.
func (d *decoder) spans(out []Span, labels []int) []Span {
	return appendSpans(out, len(labels), func(i int) (prefix byte, typ string) {
		return d.kind[labels[i]], d.typ[labels[i]]
	})
}
