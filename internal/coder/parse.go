package coder

// The pattern language. One pattern per line; '#' starts a comment.
//
//	file    = { line } .
//	line    = [ pattern ] NEWLINE .
//	pattern = lhs "=>" rhs .
//	lhs     = elem { elem } .
//	elem    = slot | word | "(" seq ")" | "{" seq { "|" seq } "}" | "!" word .
//	seq     = elem { elem } .
//	slot    = "A" | "R" | "A's" | "R's" .
//	word    = lower-case lemma, optionally ending in "*" (a prefix) .
//	rhs     = TYPE [ "/" mode ] cameo { attr } .
//	attr    = key "=" value { "," value } | "sym" .
//	key     = "ctx" | "g" | "id" | "conf" | "need" .
//
// See docs/patterns.md for what the parts mean.

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/internal/diag"
)

// ElemKind says what an element of a pattern's left-hand side matches.
type ElemKind int

const (
	ElemWord          ElemKind = iota // a lemma (or a prefix ending in "*")
	ElemActor                         // A: the actor's noun phrase
	ElemRecipient                     // R: the recipient's noun phrase
	ElemActorPoss                     // A's: the actor as possessor or modifier of the next noun
	ElemRecipientPoss                 // R's: the recipient as possessor or modifier
	ElemOption                        // ( ... ): may be absent
	ElemChoice                        // { ... | ... }: one of the alternatives
	ElemNot                           // !word: the clause must not contain the word
)

// Elem is one element of a pattern's left-hand side.
type Elem struct {
	Kind ElemKind
	Word string   // ElemWord, ElemNot
	Seq  []Elem   // ElemOption
	Alts [][]Elem // ElemChoice
}

// Pattern is one event pattern: what to look for in a sentence and the
// event it yields.
type Pattern struct {
	ID    string // the id= attribute, else "file:line"
	File  string
	Line  int
	Text  string // the source line, for explanations
	Elems []Elem

	Event      string   // PLOVER event type, "ASSAULT"
	Mode       string   // PLOVER mode, "" when none
	Cameo      string   // CAMEO event code, "190"
	Contexts   []string // nil: the contexts the CAMEO table gives the code
	Goldstein  *float64 // nil: the Goldstein value of the CAMEO code
	Confidence float64  // 0: the default
	Symmetric  bool     // coordinated subjects are actor and recipient of one another
	// NeedRecipient (need=R) drops the event when the recipient slot names
	// no known actor: "Trump attacked Machado" is no assault.
	NeedRecipient bool
}

// EventTypes are PLOVER's sixteen event types.
var eventTypes = map[string]bool{
	"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true,
	"COOPERATE": true, "AID": true, "RETREAT": true, "REQUEST": true,
	"ACCUSE": true, "REJECT": true, "THREATEN": true, "PROTEST": true,
	"SANCTION": true, "MOBILIZE": true, "COERCE": true, "ASSAULT": true,
}

// Parse reads the patterns of one file. name is used in error messages
// only. The error, when not nil, is a diag.List with every problem found.
func Parse(name string, src []byte) ([]Pattern, error) {
	p := &parser{name: name, items: lex(string(src)), ids: map[string]int{}}
	lines := strings.Split(string(src), "\n")
	var pats []Pattern
	for p.peek().kind != itemEOF {
		if p.peek().kind == itemNewline {
			p.next()
			continue
		}
		pat, ok := p.pattern()
		if !ok {
			if p.pos == 0 || p.items[p.pos-1].kind != itemNewline {
				p.skipLine()
			}
			continue
		}
		if pat.Line-1 < len(lines) {
			pat.Text = strings.TrimSpace(stripComment(lines[pat.Line-1]))
		}
		pats = append(pats, pat)
	}
	return pats, p.errs.Err()
}

func stripComment(s string) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		return s[:i]
	}
	return s
}

type parser struct {
	name  string
	items []item
	pos   int
	errs  diag.List
	ids   map[string]int // id= attribute → line
}

func (p *parser) peek() item { return p.items[p.pos] }

func (p *parser) next() item {
	it := p.items[p.pos]
	if it.kind != itemEOF {
		p.pos++
	}
	return it
}

func (p *parser) errorf(line int, format string, a ...any) {
	p.errs = append(p.errs, &diag.Error{File: p.name, Line: line, Msg: fmt.Sprintf(format, a...)})
}

// skipLine drops the rest of a line after an error.
func (p *parser) skipLine() {
	for {
		switch p.next().kind {
		case itemNewline, itemEOF:
			return
		}
	}
}

// pattern = lhs "=>" rhs .
func (p *parser) pattern() (Pattern, bool) {
	line := p.peek().line
	pat := Pattern{File: p.name, Line: line, ID: fmt.Sprintf("%s:%d", p.name, line)}
	elems, ok := p.seq(itemArrow)
	if !ok {
		return pat, false
	}
	if p.peek().kind != itemArrow {
		p.errorf(line, "expected \"=>\" and the event, found %s", p.peek())
		return pat, false
	}
	p.next()
	pat.Elems = elems
	if !p.rhs(&pat) {
		return pat, false
	}
	return pat, p.check(&pat)
}

// seq = elem { elem } . It stops before any item in stop, "|", ")" or "}".
func (p *parser) seq(stop itemKind) ([]Elem, bool) {
	var elems []Elem
	for {
		it := p.peek()
		switch it.kind {
		case stop, itemBar, itemRParen, itemRBrace, itemNewline, itemEOF, itemArrow:
			if len(elems) == 0 {
				p.errorf(it.line, "expected a word or slot, found %s", it)
				return nil, false
			}
			return elems, true
		}
		e, ok := p.elem()
		if !ok {
			return nil, false
		}
		elems = append(elems, e)
	}
}

// elem = slot | word | "(" seq ")" | "{" seq { "|" seq } "}" | "!" word .
func (p *parser) elem() (Elem, bool) {
	it := p.next()
	switch it.kind {
	case itemError:
		p.errorf(it.line, "%s", it.val)
		return Elem{}, false
	case itemWord:
		return p.word(it)
	case itemBang:
		w := p.next()
		if w.kind != itemWord {
			p.errorf(w.line, "expected a word after \"!\", found %s", w)
			return Elem{}, false
		}
		e, ok := p.word(w)
		if ok && e.Kind != ElemWord {
			p.errorf(w.line, "cannot exclude slot %s", w.val)
			return Elem{}, false
		}
		e.Kind = ElemNot
		return e, ok
	case itemLParen:
		seq, ok := p.seq(itemRParen)
		if !ok {
			return Elem{}, false
		}
		if c := p.next(); c.kind != itemRParen {
			p.errorf(c.line, "expected \")\", found %s", c)
			return Elem{}, false
		}
		return Elem{Kind: ElemOption, Seq: seq}, true
	case itemLBrace:
		var alts [][]Elem
		for {
			seq, ok := p.seq(itemRBrace)
			if !ok {
				return Elem{}, false
			}
			alts = append(alts, seq)
			c := p.next()
			if c.kind == itemRBrace {
				break
			}
			if c.kind != itemBar {
				p.errorf(c.line, "expected \"|\" or \"}\", found %s", c)
				return Elem{}, false
			}
		}
		if len(alts) < 2 {
			p.errorf(it.line, "a choice needs at least two alternatives")
			return Elem{}, false
		}
		return Elem{Kind: ElemChoice, Alts: alts}, true
	}
	p.errorf(it.line, "unexpected %s", it)
	return Elem{}, false
}

// word reads a lemma or a slot.
func (p *parser) word(it item) (Elem, bool) {
	switch strings.ReplaceAll(it.val, "’", "'") {
	case "A":
		return Elem{Kind: ElemActor}, true
	case "R":
		return Elem{Kind: ElemRecipient}, true
	case "A's":
		return Elem{Kind: ElemActorPoss}, true
	case "R's":
		return Elem{Kind: ElemRecipientPoss}, true
	}
	w := it.val
	if strings.ToLower(w) != w {
		p.errorf(it.line, "%q: words are lower-case lemmas; the slots are A, R, A's and R's", w)
		return Elem{}, false
	}
	if strings.Contains(strings.TrimSuffix(w, "*"), "*") || w == "*" {
		p.errorf(it.line, "%q: \"*\" may only end a word", w)
		return Elem{}, false
	}
	return Elem{Kind: ElemWord, Word: w}, true
}

// rhs = TYPE [ "/" mode ] cameo { attr } .
func (p *parser) rhs(pat *Pattern) bool {
	t := p.next()
	if t.kind != itemWord || !eventTypes[t.val] {
		p.errorf(t.line, "expected a PLOVER event type (AGREE ... ASSAULT), found %s", t)
		return false
	}
	pat.Event = t.val
	if p.peek().kind == itemSlash {
		p.next()
		m := p.next()
		if m.kind != itemWord || !isMode(m.val) {
			p.errorf(m.line, "expected a lower-case mode after \"/\", found %s", m)
			return false
		}
		pat.Mode = m.val
	}
	c := p.next()
	if c.kind != itemWord || !isCameo(c.val) {
		p.errorf(c.line, "expected a CAMEO event code (2 to 4 digits), found %s", c)
		return false
	}
	pat.Cameo = c.val
	for {
		a := p.next()
		switch a.kind {
		case itemNewline, itemEOF:
			return true
		case itemWord:
		default:
			p.errorf(a.line, "expected an attribute, found %s", a)
			return false
		}
		if a.val == "sym" {
			pat.Symmetric = true
			continue
		}
		if eq := p.next(); eq.kind != itemEquals {
			p.errorf(a.line, "unknown attribute %q (want ctx=, g=, id=, conf=, need= or sym)", a.val)
			return false
		}
		var vals []string
		for {
			v := p.next()
			if v.kind != itemWord {
				p.errorf(v.line, "expected a value for %s=, found %s", a.val, v)
				return false
			}
			vals = append(vals, v.val)
			if p.peek().kind != itemComma {
				break
			}
			p.next()
		}
		if !p.attr(pat, a, vals) {
			return false
		}
	}
}

func (p *parser) attr(pat *Pattern, key item, vals []string) bool {
	one := func() (string, bool) {
		if len(vals) != 1 {
			p.errorf(key.line, "%s= takes one value", key.val)
			return "", false
		}
		return vals[0], true
	}
	switch key.val {
	case "ctx":
		for _, v := range vals {
			if !isMode(v) {
				p.errorf(key.line, "context %q: want a lower-case word", v)
				return false
			}
		}
		pat.Contexts = vals
	case "g":
		v, ok := one()
		if !ok {
			return false
		}
		g, ok := floatIn(v, func(g float64) bool { return g >= -10 && g <= 10 })
		if !ok {
			p.errorf(key.line, "g=%s: want a Goldstein value from -10 to 10", v)
			return false
		}
		pat.Goldstein = &g
	case "conf":
		v, ok := one()
		if !ok {
			return false
		}
		c, ok := floatIn(v, func(c float64) bool { return c > 0 && c <= 1 })
		if !ok {
			p.errorf(key.line, "conf=%s: want a confidence in (0, 1]", v)
			return false
		}
		pat.Confidence = c
	case "need":
		v, ok := one()
		if !ok {
			return false
		}
		if v != "R" {
			p.errorf(key.line, "need=%s: only need=R (the recipient must be a known actor)", v)
			return false
		}
		pat.NeedRecipient = true
	case "id":
		v, ok := one()
		if !ok {
			return false
		}
		if prev, dup := p.ids[v]; dup {
			p.errorf(key.line, "id %q already used on line %d", v, prev)
			return false
		}
		p.ids[v] = key.line
		pat.ID = v
	default:
		p.errorf(key.line, "unknown attribute %q (want ctx=, g=, id=, conf=, need= or sym)", key.val)
		return false
	}
	return true
}

// check enforces what the grammar cannot say: one actor slot outside any
// option or choice, at most one recipient slot on any path, and a word to
// trigger the pattern.
func (p *parser) check(pat *Pattern) bool {
	var actors, recips, words int
	for _, e := range pat.Elems {
		switch e.Kind {
		case ElemActor, ElemActorPoss:
			actors++
		case ElemRecipient, ElemRecipientPoss:
			recips++
		case ElemWord:
			words++
		case ElemOption, ElemChoice:
			if e.Kind == ElemChoice {
				words++
			}
			a, r := countSlots(e)
			if a > 0 {
				p.errorf(pat.Line, "the actor slot A may not be optional or inside a choice")
				return false
			}
			recips += r
		}
	}
	switch {
	case actors == 0:
		p.errorf(pat.Line, "pattern has no actor slot (A or A's)")
		return false
	case actors > 1:
		p.errorf(pat.Line, "pattern has %d actor slots; want one", actors)
		return false
	case recips > 1:
		p.errorf(pat.Line, "pattern has %d recipient slots on one path; want at most one", recips)
		return false
	case words == 0:
		p.errorf(pat.Line, "pattern has no required word to trigger it")
		return false
	}
	return true
}

// countSlots counts the actor slots in e and the largest number of
// recipient slots on any one path through it.
func countSlots(e Elem) (actors, recips int) {
	switch e.Kind {
	case ElemActor, ElemActorPoss:
		return 1, 0
	case ElemRecipient, ElemRecipientPoss:
		return 0, 1
	case ElemOption:
		for _, s := range e.Seq {
			a, r := countSlots(s)
			actors += a
			recips += r
		}
	case ElemChoice:
		for _, alt := range e.Alts {
			var ra int
			for _, s := range alt {
				a, r := countSlots(s)
				actors += a
				ra += r
			}
			recips = max(recips, ra)
		}
	}
	return actors, recips
}

func isMode(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

func isCameo(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// floatIn parses v as a number that in accepts.
func floatIn(v string, in func(float64) bool) (float64, bool) {
	f, err := strconv.ParseFloat(v, 64)
	return f, err == nil && in(f)
}
