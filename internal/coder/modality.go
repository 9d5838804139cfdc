package coder

import "github.com/sitrep-project/sitrep/internal/article"

// modalityWords maps auxiliaries, governing verbs and clause openers to
// the modality they give an event: will → future, could → hypothetical,
// vow → future, concern → hypothetical, refuse → negated, if → hypothetical.
type modalityWords map[string]string

// newModalityWords builds the table from its lemmas, adding their
// inflected forms so that untagged text is read as well.
func newModalityWords(m map[string]string) modalityWords {
	out := modalityWords{}
	for w, mod := range m {
		for _, f := range forms(w) {
			if _, ok := m[f]; !ok {
				out[f] = mod
			}
		}
	}
	for w, mod := range m {
		out[w] = mod
	}
	return out
}

// rank orders modalities: a stronger one wins when two apply.
func rank(m string) int {
	switch m {
	case article.ModalityNegated:
		return 3
	case article.ModalityHypothetical:
		return 2
	case article.ModalityFuture:
		return 1
	}
	return 0
}

func stronger(a, b string) string {
	if rank(b) > rank(a) {
		return b
	}
	return a
}

// verbModality is the modality of an event coded from verb group vg;
// negWord says the group's negation is a word of the pattern, not of the event.
func (c *Coder) verbModality(s *sent, vg int, negWord bool) string {
	u := s.units[vg]
	m := article.ModalityFactual
	if u.neg && !negWord {
		return article.ModalityNegated
	}
	for _, a := range u.aux {
		m = stronger(m, c.modality[a])
	}
	// "going to" + verb
	if u.inf && vg > 0 && s.units[vg-1].kind == uVG && s.toks[s.units[vg-1].head].lower == "going" {
		m = stronger(m, article.ModalityFuture)
	}
	m = stronger(m, c.openerModality(s, u.first))
	m = stronger(m, c.trailingCondition(s, u.end))
	return stronger(m, c.governorModality(s, vg, 2))
}

// openerModality looks back from token t to the start of its clause for
// "if", "unless", "whether".
func (c *Coder) openerModality(s *sent, t int) string {
	for k := t - 1; k >= 0; k-- {
		tk := &s.toks[k]
		if tk.text == ";" || tk.text == ":" || s.units[s.tokU[k]].kind == uVG {
			break
		}
		if mod := c.modality[tk.lower]; mod != "" && tk.c == cPrep {
			return mod
		}
	}
	return article.ModalityFactual
}

// trailingCondition finds a condition after the verb in its clause:
// "... to provide assistance if either is attacked".
func (c *Coder) trailingCondition(s *sent, t int) string {
	for k := t; k < len(s.toks); k++ {
		tk := &s.toks[k]
		if tk.text == ";" || tk.text == ":" || (k > t && s.units[s.tokU[k]].kind == uVG && s.tokU[k] != s.tokU[t-1]) {
			break
		}
		if (tk.lower == "if" || tk.lower == "unless") && tk.c == cPrep {
			return article.ModalityHypothetical
		}
	}
	return article.ModalityFactual
}

// governorModality is the modality a governing verb gives: "vowed to
// support", "are concerned that Russia could give", "refused to withdraw".
// depth bounds how far up the chain of governors it looks.
func (c *Coder) governorModality(s *sent, vg, depth int) string {
	if depth == 0 {
		return article.ModalityFactual
	}
	u := s.units[vg]
	g := governor(s, vg)
	if g < 0 {
		return article.ModalityFactual
	}
	gu := s.units[g]
	// Only a verb that takes this one as its complement governs it: an
	// infinitive, or a clause that follows within a few words.
	if !u.inf && !u.gerund {
		between := u.first - gu.end
		if between > 8 {
			return article.ModalityFactual
		}
		for k := gu.end; k < u.first; k++ {
			if t := s.toks[k].text; t == "," || t == ";" || subordinators[s.toks[k].lower] && s.toks[k].lower != "that" {
				return article.ModalityFactual
			}
		}
	}
	head := s.toks[gu.head]
	m := c.modality[head.lemma]
	if m == "" {
		m = c.modality[head.lower]
	}
	if m == "" && u.inf {
		// "was ready to welcome", "is willing to talk": the adjective
		// between the verbs governs.
		for k := gu.end; k < u.first; k++ {
			if s.toks[k].c == cAdj && c.modality[s.toks[k].lower] != "" {
				m = c.modality[s.toks[k].lower]
			}
		}
	}
	if gu.neg && m == "" && u.inf {
		m = article.ModalityNegated
	}
	if m == "" {
		m = article.ModalityFactual
	}
	for _, a := range gu.aux {
		if am := c.modality[a]; am == article.ModalityHypothetical {
			m = stronger(m, am)
		}
	}
	return stronger(m, c.governorModality(s, g, depth-1))
}

// nounModality is the modality of a nominal event at token t: that of the
// verb group governing it, if it says the event may happen or is feared.
func (c *Coder) nounModality(s *sent, t int) string {
	m := c.openerModality(s, t)
	// Its own modifiers: "a conditional agreement", "a potential ceasefire".
	for k := s.units[s.tokU[t]].first; k < t; k++ {
		if mod := c.modality[s.toks[k].lower]; mod != "" && s.toks[k].c == cAdj {
			m = stronger(m, mod)
		}
	}
	for k := s.tokU[t] - 1; k >= 0; k-- {
		if s.units[k].kind != uVG {
			continue
		}
		u := s.units[k]
		for _, a := range u.aux {
			if c.modality[a] == article.ModalityHypothetical {
				m = stronger(m, article.ModalityHypothetical)
			}
		}
		break
	}
	return m
}
