package coder

import "strings"

// slotSpan is the noun phrase a slot was bound to.
type slotSpan struct {
	first, end int    // tokens of the sentence
	conj       []span // conjuncts; a possessive slot has one
	poss       bool   // bound as possessor or modifier ("Russia's", "Russian")
	// of is the noun phrase of an "of" phrase right after the slot's, the
	// actor when the slot's own names none: "the policy of the Russian
	// Federation".
	of []span
}

// ofPhrase returns the noun phrase after unit k's "of" (or "in",
// "inside", "near"), if any: "the policy of the Russian Federation",
// "targets inside Russia".
func ofPhrase(s *sent, k int) []span {
	if k+2 < len(s.units) && s.units[k+1].kind == uTok && s.units[k+2].kind == uNP {
		switch s.toks[s.units[k+1].head].lower {
		case "of", "in", "inside", "near":
			u := s.units[k+2]
			return u.conjuncts()
		}
	}
	return nil
}

// properEnd is the end of the run of names (with determiners) that starts
// noun phrase u.
func properEnd(s *sent, u unit) int {
	k := u.first
	for k < u.end && s.toks[k].c == cDet {
		k++
	}
	start := k
	for k < u.end && s.toks[k].c == cProper {
		k++
	}
	if k == start {
		return u.first
	}
	return k
}

// match is one way a pattern matched a sentence.
type match struct {
	pat       *compiled
	actor     *slotSpan
	recip     *slotSpan
	trigger   int // token of the trigger word
	first     int // first token of the evidence
	end       int // end token of the evidence
	vg        int // unit of the verb group, or the governing one for nominal events; -1 when none
	lastWord  int // last token a pattern word matched
	passive   bool
	inherited bool // the subject came from a governing clause
	words     int  // pattern words matched: more is more specific
	mutual    bool // set by event: a symmetric event between coordinated actors
	negWord   bool // the pattern matched the verb group's negation ("pledge not to use force")
}

// bindings collects slots while a sequence is matched.
type bindings struct {
	actor, recip *slotSpan
	words        int
	last         int // last token matched
}

// maxGap is how many chunks (a noun phrase, a prepositional phrase's
// parts, a modifier) may stand between two words of a pattern.
const maxGap = 4

// particles are pattern words that must follow the previous element
// closely (only adverbs and quotes between): "call on R", "send troops to R".
var particles = map[string]bool{
	"on": true, "for": true, "with": true, "to": true, "up": true, "down": true, "out": true,
	"off": true, "at": true, "by": true, "in": true, "into": true, "against": true, "from": true,
	"of": true, "over": true, "back": true, "between": true, "under": true, "as": true,
}

// wordMatch reports whether token t is an inflection of lemma w, or has
// prefix w when w ends in "*".
func (c *Coder) wordMatch(t *stok, w string) bool {
	if p, ok := strings.CutSuffix(w, "*"); ok {
		return strings.HasPrefix(t.lower, p) || strings.HasPrefix(t.lemma, p)
	}
	if t.lemma == w || t.lower == w {
		return true
	}
	for _, l := range c.lemmas[t.lower] {
		if l == w {
			return true
		}
	}
	return false
}

// skippable says whether token k may stand unmatched between two words of
// a pattern: anything inside a noun phrase, modifiers, prepositions and
// quantities may; verbs, clause punctuation and subordinators may not.
// A particle may only be preceded by adverbs and quotes.
func skippable(s *sent, k int, particle bool) bool {
	t := &s.toks[k]
	if particle {
		return t.c == cAdv || t.c == cQuote
	}
	if s.units[s.tokU[k]].kind == uNP {
		return true
	}
	// A participle the tagger read as a verb before a noun: "advanced
	// weapons technology".
	if (t.c == cVerb || t.c == cPartcpl) && strings.HasSuffix(t.lower, "ed") && k+1 < len(s.toks) && s.toks[k+1].c == cNoun {
		return true
	}
	switch t.c {
	case cDet, cAdj, cAdv, cNum, cPoss, cQuote, cGen, cNoun, cProper:
		return true
	case cPrep:
		switch t.lower {
		case "that", "if", "because", "while", "although", "though", "unless", "whether":
			return false
		}
		return true
	case cPunct:
		return t.text == "-"
	case cConj:
		// Coordinated modifiers: "naval and air forces".
		return (t.lower == "and" || t.lower == "or") && k > 0 && k+1 < len(s.toks) &&
			s.toks[k-1].c == cAdj && (s.toks[k+1].c == cAdj || s.toks[k+1].c == cNoun)
	}
	return false
}

// boundary says whether token t ends the stretch a pattern may match over.
func boundary(t *stok) bool {
	switch t.text {
	case ";", ":", ".", "?", "!":
		return true
	}
	return false
}

// seq matches elems at token p and returns the bindings of the first way
// it matches, trying options present before absent and alternatives in
// order.
func (c *Coder) seq(s *sent, elems []Elem, p int, b bindings) (bindings, bool) {
	if len(elems) == 0 {
		return b, true
	}
	e := elems[0]
	rest := elems[1:]
	switch e.Kind {
	case ElemNot:
		return c.seq(s, rest, p, b)
	case ElemWord:
		particle := particles[e.Word]
		gap := 0
		for k := p; k < len(s.toks) && gap <= maxGap; k++ {
			t := &s.toks[k]
			if c.wordMatch(t, e.Word) {
				nb := b
				nb.words++
				nb.last = k
				if r, ok := c.seq(s, rest, k+1, nb); ok {
					return r, true
				}
			}
			if boundary(t) || !skippable(s, k, particle) {
				break
			}
			if k+1 < len(s.toks) && s.tokU[k+1] != s.tokU[k] {
				gap++
			}
		}
		return b, false
	case ElemActor, ElemRecipient:
		for k := p; k < len(s.toks) && k <= p+2; k++ {
			u := s.units[s.tokU[k]]
			if u.kind == uNP && u.first == k {
				// The whole noun phrase, or its leading name when the
				// chunker ran two objects together: "give North Korea
				// advanced weapons".
				ends := []int{u.end}
				if len(u.conj) == 0 {
					if pe := properEnd(s, u); pe > u.first && pe < u.end {
						ends = append(ends, pe)
					}
				}
				for _, end := range ends {
					sp := &slotSpan{first: u.first, end: end, conj: u.conjuncts()}
					if end != u.end {
						sp.conj = []span{{u.first, end, end - 1}}
					} else {
						sp.of = ofPhrase(s, s.tokU[k])
					}
					nb := b
					if e.Kind == ElemActor {
						nb.actor = sp
					} else {
						nb.recip = sp
					}
					nb.last = end - 1
					if r, ok := c.seq(s, rest, end, nb); ok {
						return r, true
					}
				}
				break
			}
			t := &s.toks[k]
			if t.c != cAdv && t.c != cQuote && t.text != "," {
				break
			}
		}
		return b, false
	case ElemActorPoss, ElemRecipientPoss:
		for k := p; k < len(s.toks) && k <= p+1; k++ {
			u := s.units[s.tokU[k]]
			if u.kind != uNP || u.head <= k {
				continue
			}
			end := possEnd(s, u)
			if end <= u.first {
				continue
			}
			sp := &slotSpan{first: u.first, end: end, conj: []span{{u.first, end, end - 1}}, poss: true}
			nb := b
			if e.Kind == ElemActorPoss {
				nb.actor = sp
			} else {
				nb.recip = sp
			}
			if r, ok := c.seq(s, rest, end, nb); ok {
				return r, true
			}
		}
		return b, false
	case ElemOption:
		if r, ok := c.seqThen(s, e.Seq, rest, p, b); ok {
			return r, true
		}
		return c.seq(s, rest, p, b)
	case ElemChoice:
		for _, alt := range e.Alts {
			if r, ok := c.seqThen(s, alt, rest, p, b); ok {
				return r, true
			}
		}
		return b, false
	}
	return b, false
}

// seqThen matches first then rest at token p, as seq does their
// concatenation. The concatenation is built on top of s.elems and taken
// off again on return: the lists of the calls in progress lie below it
// and are never written over (a growing s.elems leaves them in the old
// array).
func (c *Coder) seqThen(s *sent, first, rest []Elem, p int, b bindings) (bindings, bool) {
	base := len(s.elems)
	s.elems = append(append(s.elems, first...), rest...)
	r, ok := c.seq(s, s.elems[base:], p, b)
	s.elems = s.elems[:base]
	return r, ok
}

// possEnd is the end of the possessor or modifier part of a noun phrase:
// after its "'s", else after its last name or adjective before the head.
func possEnd(s *sent, u unit) int {
	for k := u.head - 1; k >= u.first; k-- {
		if s.toks[k].c == cGen {
			return k + 1
		}
	}
	for k := u.head - 1; k >= u.first; k-- {
		switch s.toks[k].c {
		case cProper, cAdj, cPoss, cNoun:
			if s.toks[k].c == cNoun && k > u.first && s.toks[k-1].c != cProper {
				continue
			}
			if s.toks[k].c == cAdj && !startsUpper(s.toks[k].text) {
				continue
			}
			return k + 1
		}
	}
	return u.first
}

func startsUpper(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// subject finds the subject of verb group vg: the nearest noun phrase
// before it in its clause that is not the object of a preposition, the
// noun phrase a relative pronoun refers to, or, for infinitives, gerunds
// and coordinated verbs without one, the subject of the governing verb.
// inherited is true in the last case.
func (c *Coder) subject(s *sent, vg int, hasEntity func(first, end int) bool) (sp *slotSpan, inherited bool) {
	u := s.units[vg]
	if u.afterRelPro {
		np := s.units[relNP(s.toks, s.units, vg)]
		return &slotSpan{first: np.first, end: np.end, conj: np.conjuncts()}, false
	}
	if u.reduced && vg > 0 && s.units[vg-1].kind == uNP {
		// "under the deal mediated by Qatar": the participle's subject is
		// the noun it follows, even after a preposition.
		np := s.units[vg-1]
		return &slotSpan{first: np.first, end: np.end, conj: np.conjuncts()}, false
	}
	// "... and have denied": a coordinated verb shares the subject.
	coordinated := false
	for k := vg - 1; k >= 0; k-- {
		w := s.units[k]
		t := &s.toks[w.head]
		if w.kind == uTok && (t.c == cAdv || t.c == cQuote) {
			continue
		}
		coordinated = w.kind == uTok && t.c == cConj
		break
	}
	if u.gerund && vg > 0 && s.units[vg-1].kind == uTok && s.toks[s.units[vg-1].head].text == "," {
		// A participial clause after a comma shares the subject of the
		// clause it is attached to, past a parenthetical report: "Mali
		// expelled the ambassador, state television reported, accusing
		// Paris of interfering".
		if m := mainVerb(s, vg); m >= 0 {
			if sp, _ := c.subject(s, m, hasEntity); sp != nil {
				return sp, true
			}
		}
	}
	var fallback *slotSpan
	for k := vg - 1; k >= 0 && !coordinated; k-- {
		w := s.units[k]
		t := &s.toks[w.head]
		if w.kind == uTok && (t.text == ";" || t.text == ":") {
			break
		}
		if w.kind == uVG {
			if u.inf || u.gerund || (w.inRel && !u.inRel) || (w.passive && len(w.aux) == 0) {
				// An infinitive looks further; a relative clause or a
				// reduced one ("led by ...") lies between subject and verb.
				continue
			}
			break
		}
		if w.kind == uTok && t.c == cWh && t.lower != "that" {
			break
		}
		if w.kind == uTok && t.lower == "that" && !u.inf {
			// A complement clause: its subject lies after "that".
			break
		}
		if w.kind == uNP && w.afterPrep && partitive(s, k) {
			// "some of them have begun": the part stands for the whole.
			w.afterPrep = false
		}
		if w.kind != uNP || w.afterPrep || (w.inRel && !u.inRel) {
			continue
		}
		sp := &slotSpan{first: w.first, end: w.end, conj: w.conjuncts(), of: ofPhrase(s, k)}
		if (u.inf || u.gerund) && !hasEntity(w.first, w.end) {
			if fallback == nil {
				fallback = sp
			}
			continue
		}
		return sp, u.inf || u.gerund
	}
	// No subject in the clause: the governing verb's.
	for k := vg - 1; k >= 0; k-- {
		if s.units[k].kind == uVG {
			if sp, _ := c.subject(s, k, hasEntity); sp != nil {
				return sp, true
			}
			break
		}
	}
	return fallback, true
}

// mainVerb is the finite verb group the participial clause at vg is
// attached to: the nearest one before it that is not a parenthetical
// report between commas (", state television reported,") nor inside a
// relative clause. -1 when none.
func mainVerb(s *sent, vg int) int {
	for k := vg - 1; k >= 0; k-- {
		w := s.units[k]
		if w.kind == uTok && (s.toks[w.head].text == ";" || s.toks[w.head].text == ":") {
			return -1
		}
		if w.kind != uVG || w.inf || w.gerund || w.inRel {
			continue
		}
		if parenthetical(s, k) {
			continue
		}
		return k
	}
	return -1
}

// parenthetical reports whether verb group k is a report set off by
// commas: ", state television reported,".
func parenthetical(s *sent, k int) bool {
	switch s.toks[s.units[k].head].lemma {
	case "say", "report", "tell", "add", "state", "announce", "claim", "write":
	default:
		return false
	}
	if k+1 >= len(s.units) || s.units[k+1].kind != uTok || s.toks[s.units[k+1].head].text != "," {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if s.units[j].kind == uTok && s.toks[s.units[j].head].text == "," {
			return true
		}
	}
	return false
}

// governor is the verb group that governs vg: the previous one in the
// sentence, unless a clause boundary intervenes. -1 when none.
func governor(s *sent, vg int) int {
	for k := vg - 1; k >= 0; k-- {
		w := s.units[k]
		if w.kind == uTok && (s.toks[w.head].text == ";") {
			return -1
		}
		if w.kind == uVG {
			return k
		}
	}
	return -1
}

// partitive reports whether noun phrase unit k follows "some of", "many
// of", "two of" ...
func partitive(s *sent, k int) bool {
	if k < 2 || s.units[k-1].kind != uTok || s.toks[s.units[k-1].head].lower != "of" {
		return false
	}
	q := s.units[k-2]
	switch s.toks[q.head].lower {
	case "some", "many", "most", "all", "none", "one", "two", "three", "several", "few", "each", "both", "half", "dozens", "hundreds", "thousands":
		return true
	}
	return false
}
