package coder

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/sitrep-project/sitrep/internal/article"
)

// Coarse word classes, from the Penn Treebank tag when the tagger ran and
// from the closed-class lexicon and the word's shape when it did not.
const (
	cNoun    = 'N' // NN NNS
	cProper  = 'P' // NNP NNPS
	cPron    = 'O' // PRP
	cPoss    = 'G' // PRP$ WP$
	cDet     = 'D' // DT PDT
	cNum     = 'Q' // CD
	cAdj     = 'A' // JJ JJR JJS
	cVerb    = 'V' // VB*
	cModal   = 'M' // MD
	cAdv     = 'R' // RB*
	cPrep    = 'I' // IN
	cTo      = 'T' // TO
	cConj    = 'C' // CC
	cWh      = 'W' // WDT WP WRB
	cGen     = 'S' // POS ('s)
	cPunct   = 'X' // punctuation
	cNeg     = '!' // not, n't, never
	cQuote   = '"' // quotation marks
	cOther   = '?'
	cPartcpl = 'E' // VBN, or a form of a verb in -ed/-en when no tagger ran
)

// stok is a token of a sentence as the coder sees it.
type stok struct {
	text  string
	lower string
	lemma string // the tagger's lemma, else lower
	tag   string
	c     byte
	span  article.Span
}

// unitKind is the kind of a chunk.
type unitKind uint8

const (
	uTok unitKind = iota // a single token: preposition, adverb, punctuation ...
	uNP                  // a noun phrase, possibly coordinated
	uVG                  // a verb group: auxiliaries, modals, adverbs, negation and the head verb
)

// unit is a chunk of a sentence: a noun phrase, a verb group or a token.
type unit struct {
	kind        unitKind
	first, end  int      // tokens [first, end) of the sentence
	head        int      // head token: the last noun or the main verb
	conj        []span   // NP: the conjuncts when coordinated, each [first, end) with its head; nil for one
	passive     bool     // VG: be/get + participle
	reduced     bool     // VG: a participle + "by" without auxiliary, modifying the noun phrase before it
	neg         bool     // VG: not, n't, never
	inf         bool     // VG: to + verb
	gerund      bool     // VG: -ing without auxiliary
	aux         []string // VG: lower-case auxiliaries and modals
	afterPrep   bool     // NP: object of a preposition
	afterRelPro bool     // VG: right after who/which/that following a noun phrase
	inRel       bool     // inside a relative clause: ", which hosted India's leader,"
}

// conjuncts returns the conjuncts of a noun phrase: itself when it is
// not coordinated.
func (u *unit) conjuncts() []span {
	if u.conj != nil {
		return u.conj
	}
	return []span{{u.first, u.end, u.head}}
}

// span is a token range [first, end) with its head.
type span struct{ first, end, head int }

// sent is a sentence prepared for matching.
type sent struct {
	index  int
	toks   []stok
	units  []unit
	tokU   []int  // token index → unit index
	spare  []unit // chunking's scratch
	elems  []Elem // seq's stack of the element lists it builds
	lowBuf []byte // prepare's lower-case words
	// explain says whether the reasons a pattern did not match are
	// wanted (by Explain); when not, they are not formatted.
	explain bool
}

// why formats the reason a pattern did not match at s, "" when s.explain
// is false: nobody reads it then.
func (s *sent) why(format, arg string) string {
	if !s.explain {
		return ""
	}
	return fmt.Sprintf(format, arg)
}

var closedClass = map[string]byte{
	"the": cDet, "a": cDet, "an": cDet, "this": cDet, "that": cWh, "these": cDet, "those": cDet,
	"some": cDet, "any": cDet, "each": cDet, "every": cDet, "both": cDet, "either": cDet,
	"neither": cDet, "all": cDet, "no": cDet, "another": cDet, "other": cAdj, "such": cAdj,
	"his": cPoss, "her": cPoss, "its": cPoss, "their": cPoss, "our": cPoss, "my": cPoss, "your": cPoss,
	"he": cPron, "she": cPron, "it": cPron, "they": cPron, "we": cPron, "i": cPron, "you": cPron,
	"him": cPron, "them": cPron, "us": cPron, "me": cPron, "itself": cPron, "themselves": cPron,
	"who": cWh, "whom": cWh, "which": cWh, "what": cWh, "where": cWh, "when": cWh, "whose": cPoss,
	"why": cWh, "how": cWh,
	"will": cModal, "would": cModal, "shall": cModal, "should": cModal, "can": cModal, "could": cModal,
	"may": cModal, "might": cModal, "must": cModal, "'ll": cModal, "wo": cModal, "ca": cModal,
	"not": cNeg, "n't": cNeg, "never": cNeg,
	"to": cTo, "and": cConj, "or": cConj, "but": cConj, "nor": cConj,
	"of": cPrep, "in": cPrep, "on": cPrep, "at": cPrep, "by": cPrep, "with": cPrep, "from": cPrep,
	"for": cPrep, "into": cPrep, "against": cPrep, "about": cPrep, "over": cPrep, "after": cPrep,
	"before": cPrep, "during": cPrep, "under": cPrep, "amid": cPrep, "between": cPrep, "through": cPrep,
	"across": cPrep, "toward": cPrep, "towards": cPrep, "inside": cPrep, "near": cPrep, "since": cPrep,
	"if": cPrep, "because": cPrep, "while": cPrep, "although": cPrep, "though": cPrep, "as": cPrep,
	"than": cPrep, "despite": cPrep, "without": cPrep, "within": cPrep, "upon": cPrep, "via": cPrep,
	"unless": cPrep, "whether": cPrep, "among": cPrep, "along": cPrep, "until": cPrep,
	"is": cVerb, "are": cVerb, "was": cVerb, "were": cVerb, "be": cVerb, "been": cVerb, "being": cVerb,
	"has": cVerb, "have": cVerb, "had": cVerb, "do": cVerb, "does": cVerb, "did": cVerb, "'s": cGen,
	"’s": cGen, "'": cGen, "’": cGen, "'re": cVerb, "'ve": cVerb, "'d": cModal, "am": cVerb,
	"also": cAdv, "already": cAdv, "still": cAdv, "just": cAdv, "now": cAdv, "then": cAdv,
	"reportedly": cAdv, "again": cAdv, "yet": cAdv, "once": cAdv, "later": cAdv, "earlier": cAdv,
	"more": cAdj, "most": cAdj, "less": cAdj, "least": cAdj, "many": cAdj, "several": cAdj, "few": cAdj,
}

// subordinators open adverbial clauses: a noun phrase after one and before
// a verb is that clause's subject, and the clause is not the complement of
// the verb before it.
var subordinators = map[string]bool{
	"after": true, "before": true, "as": true, "since": true, "while": true, "because": true,
	"although": true, "though": true, "if": true, "unless": true, "until": true, "when": true,
	"once": true, "that": true, "whether": true, "whereas": true, "amid": false,
}

// coarse maps a Penn Treebank tag to a coarse class.
func coarse(tag string) byte {
	switch {
	case tag == "NNP" || tag == "NNPS":
		return cProper
	case strings.HasPrefix(tag, "NN"):
		return cNoun
	case tag == "PRP":
		return cPron
	case tag == "PRP$" || tag == "WP$":
		return cPoss
	case tag == "DT" || tag == "PDT":
		return cDet
	case tag == "CD":
		return cNum
	case strings.HasPrefix(tag, "JJ"):
		return cAdj
	case tag == "VBN":
		return cPartcpl
	case strings.HasPrefix(tag, "VB"):
		return cVerb
	case tag == "MD":
		return cModal
	case strings.HasPrefix(tag, "RB"):
		return cAdv
	case tag == "IN":
		return cPrep
	case tag == "TO":
		return cTo
	case tag == "CC":
		return cConj
	case strings.HasPrefix(tag, "W"):
		return cWh
	case tag == "POS":
		return cGen
	case tag == "``" || tag == "''":
		return cQuote
	}
	return cOther
}

// classify sets the coarse class of every token of a sentence.
func classify(toks []stok, verbs map[string]bool) {
	for i := range toks {
		t := &toks[i]
		if c, ok := closedClass[t.lower]; ok && (t.tag == "" || c == cNeg || c == cGen || c == cModal) {
			t.c = c
			// A lone apostrophe is a genitive only after a plural: "the
			// countries' cooperation"; else it closes a quote.
			if c == cGen && (t.lower == "'" || t.lower == "’") && (i == 0 || !strings.HasSuffix(toks[i-1].lower, "s")) {
				t.c = cQuote
			}
			continue
		}
		if t.tag != "" {
			t.c = coarse(t.tag)
			if t.c == cOther {
				t.c = shapeClass(t.text)
			}
			continue
		}
		t.c = guessClass(toks, i, verbs)
	}
	// "both delegations": a determiner, though tagged as a conjunction.
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lower == "both" && toks[i].c == cConj && toks[i+1].tag == "NNS" {
			toks[i].c = cDet
		}
	}
	// A verb right after a name that follows a preposition is a noun the
	// tagger misread: "under NATO umbrella".
	for i := 2; i < len(toks); i++ {
		if toks[i].c == cVerb && (toks[i].tag == "VBP" || toks[i].tag == "VB") && toks[i-1].c == cProper && toks[i-2].c == cPrep && !subordinators[toks[i-2].lower] {
			toks[i].c = cNoun
		}
	}
	// A pattern verb the tagger read as a noun right after the name that
	// opens the sentence, before its object: "Russia spread disinformation".
	if len(toks) > 2 && toks[0].c == cProper {
		k := 1
		for k < len(toks) && toks[k].c == cProper {
			k++
		}
		if k+1 < len(toks) && toks[k].c == cNoun && verbs[toks[k].lower] {
			switch toks[k+1].c {
			case cDet, cNoun, cAdj, cProper, cPoss, cNum:
				toks[k].c = cVerb
			}
		}
	}
	// A currency sign opens the noun phrase of its amount: "the sale of $2
	// billion in arms" is one chunk there, not a stop.
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].c == cPunct && toks[i+1].c == cNum {
			switch toks[i].text {
			case "$", "US$", "€", "£":
				toks[i].c = cDet
			}
		}
	}
	// A participle or gerund between a determiner and a noun is an adjective:
	// "the exhausted weapons inventory"; but a pattern verb after an
	// adjective used as a noun, before a name, is the verb: "the military
	// detained Aung San Suu Kyi".
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if (t.c == cVerb || t.c == cPartcpl) && strings.ContainsAny(toks[i-1].lower, "abcdefghijklmnopqrstuvwxyz") &&
			(toks[i-1].c == cDet || toks[i-1].c == cPoss || toks[i-1].c == cAdj || toks[i-1].c == cGen) &&
			(toks[i+1].c == cNoun || toks[i+1].c == cProper || toks[i+1].c == cAdj) {
			if toks[i-1].c == cAdj && toks[i+1].c == cProper && verbs[t.lower] {
				continue
			}
			t.c = cAdj
		}
	}
}

// shapeClass classes punctuation, quotes and numbers by their characters.
func shapeClass(s string) byte {
	switch s {
	case "\"", "“", "”", "‘", "’", "'", "``", "''", "«", "»":
		return cQuote
	}
	r := []rune(s)
	if len(r) > 0 && unicode.IsDigit(r[0]) {
		return cNum
	}
	if len(r) > 0 && !unicode.IsLetter(r[0]) && !unicode.IsDigit(r[0]) {
		return cPunct
	}
	return cOther
}

// guessClass classes an open-class word when no tagger ran: capitalised
// words are names, pattern verbs after a noun phrase are verbs, and
// suffixes decide the rest.
func guessClass(toks []stok, i int, verbs map[string]bool) byte {
	t := toks[i]
	if c := shapeClass(t.text); c != cOther {
		return c
	}
	if numberWords[t.lower] > 0 {
		return cNum
	}
	prev := byte(0)
	if i > 0 {
		prev = toks[i-1].c
	}
	r := []rune(t.text)
	if unicode.IsUpper(r[0]) && (i > 0 || !verbs[t.lower]) {
		return cProper
	}
	if verbs[t.lower] && prev != cDet && prev != cAdj && prev != cPoss && prev != cGen && prev != cPrep {
		if strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "en") {
			return cPartcpl
		}
		return cVerb
	}
	switch {
	case strings.HasSuffix(t.lower, "ly"):
		return cAdv
	case strings.HasSuffix(t.lower, "ed") && prev != cDet:
		return cPartcpl
	case strings.HasSuffix(t.lower, "ing") && prev != cDet && prev != cAdj:
		return cVerb
	case strings.HasSuffix(t.lower, "ous") || strings.HasSuffix(t.lower, "ive") || strings.HasSuffix(t.lower, "al") ||
		strings.HasSuffix(t.lower, "ic") || strings.HasSuffix(t.lower, "ful"):
		return cAdj
	}
	return cNoun
}

func isNominal(c byte) bool { return c == cNoun || c == cProper || c == cNum }

// chunk groups the tokens of a sentence into noun phrases, verb groups and
// single tokens, and joins coordinated noun phrases. units and spare are
// empty slices whose arrays it may use; it returns the chunks and the
// array it did not return them in.
func chunk(toks []stok, verbs map[string]bool, units, spare []unit) ([]unit, []unit) {
	for i := 0; i < len(toks); {
		if u, ok := nounPhrase(toks, i); ok {
			units = append(units, u)
			i = u.end
			continue
		}
		if u, ok := verbGroup(toks, i, verbs); ok {
			units = append(units, u)
			i = u.end
			continue
		}
		units = append(units, unit{kind: uTok, first: i, end: i + 1, head: i})
		i++
	}
	units, spare = coordinate(toks, units, spare[:0]), units
	defer markRelatives(toks, units)
	for k := range units {
		u := &units[k]
		if u.kind == uNP && k > 0 && units[k-1].kind == uTok && toks[units[k-1].head].c == cPrep {
			// "after North Korea sent": a subordinator, not a preposition.
			finite := k+1 < len(units) && units[k+1].kind == uVG && !units[k+1].inf && !units[k+1].gerund
			u.afterPrep = !(finite && subordinators[toks[units[k-1].head].lower])
		}
		if u.kind == uVG && relNP(toks, units, k) >= 0 {
			u.afterRelPro = true
		}
	}
	return units, spare[:0]
}

// relNP returns the unit of the noun phrase a relative pronoun before verb
// group k refers to ("Japan, which hosted"), or -1.
func relNP(toks []stok, units []unit, k int) int {
	if k < 2 || units[k-1].kind != uTok {
		return -1
	}
	switch toks[units[k-1].head].lower {
	case "who", "which", "that":
	default:
		return -1
	}
	if units[k-2].kind == uNP {
		return k - 2
	}
	if k >= 3 && units[k-2].kind == uTok && toks[units[k-2].head].text == "," && units[k-3].kind == uNP {
		return k - 3
	}
	return -1
}

// markRelatives marks the units of relative clauses, from the pronoun to
// the next comma or the next verb group after the clause's own.
func markRelatives(toks []stok, units []unit) {
	for k := range units {
		if units[k].kind != uVG || !units[k].afterRelPro {
			continue
		}
		units[k-1].inRel = true
		units[k].inRel = true
		for j := k + 1; j < len(units); j++ {
			if units[j].kind == uVG || (units[j].kind == uTok && toks[units[j].head].text == ",") {
				break
			}
			units[j].inRel = true
		}
	}
}

// nounPhrase reads a base noun phrase at i: determiners, possessives,
// numbers, adjectives and nouns ending in a noun, a name, a number or a
// pronoun. A possessive 's continues it: "Russia's defence chief".
func nounPhrase(toks []stok, i int) (unit, bool) {
	if toks[i].c == cPron {
		return unit{kind: uNP, first: i, end: i + 1, head: i}, true
	}
	j, head := i, -1
	for j < len(toks) {
		c := toks[j].c
		switch {
		case c == cNum && head >= 0 && toks[head].c == cNoun && j+1 < len(toks) && toks[j+1].c == cNoun:
			// Two objects run together: "gave the envoy 72 hours".
			goto done
		case isNominal(c):
			head = j
		case c == cDet || c == cPoss || c == cAdj:
			if head >= 0 && c != cAdj {
				goto done
			}
			// "Finland alarmed Sweden": a participle after a name is a verb.
			if head >= 0 && c == cAdj && toks[head].c == cProper && strings.HasSuffix(toks[j].lower, "ed") {
				goto done
			}
		case c == cGen && head >= 0:
		case c == cPunct && toks[j].text == "-" && head >= 0 && j+1 < len(toks) && isNominal(toks[j+1].c):
		default:
			goto done
		}
		j++
	}
done:
	if j > i && toks[j-1].c == cAdj && j < len(toks) &&
		((head < 0 && toks[i].c == cDet) || (head >= 0 && j-2 > head && toks[j-2].c == cGen)) {
		// An adjective used as a noun before its verb: "the military
		// detained", "Myanmar's military detained".
		switch toks[j].c {
		case cVerb, cPartcpl, cModal:
			head = j - 1
		}
	}
	if head < 0 {
		return unit{}, false
	}
	// Trim a trailing possessive or adjective after the head.
	end := head + 1
	return unit{kind: uNP, first: i, end: end, head: head}, true
}

// verbGroup reads auxiliaries, modals, negation, adverbs and verbs at i,
// or "to" + verb. The head is the last verb.
func verbGroup(toks []stok, i int, verbs map[string]bool) (unit, bool) {
	u := unit{kind: uVG, first: i, head: -1}
	j := i
	if toks[j].c == cTo {
		k := j + 1
		for k < len(toks) && toks[k].c == cAdv {
			k++
		}
		if k >= len(toks) || (toks[k].c != cVerb && toks[k].c != cPartcpl) {
			return unit{}, false
		}
		u.inf = true
		j++
	}
	for j < len(toks) {
		c := toks[j].c
		switch c {
		case cVerb, cPartcpl:
			if u.head >= 0 && !isAux(toks[u.head].lower) && !isGet(toks[u.head].lower) {
				switch toks[u.head].tag {
				case "VBD", "VBZ", "VBP":
					// "fired tear gas": a finite verb is not an auxiliary.
					goto done
				}
			}
			if u.head >= 0 {
				u.aux = append(u.aux, toks[u.head].lower)
			}
			u.head = j
		case cModal:
			u.aux = append(u.aux, toks[j].lower)
		case cNeg:
			u.neg = true
		case cQuote:
			// will “invariably support”
			if u.head >= 0 || (len(u.aux) == 0 && !u.inf) {
				goto done
			}
		case cNoun:
			// A pattern verb the tagger read as a noun right after an
			// auxiliary or "to": will support, to supply.
			auxHead := u.head >= 0 && isAux(toks[u.head].lower)
			if (u.head >= 0 && !auxHead) || (u.head < 0 && len(u.aux) == 0 && !u.inf) || !verbs[toks[j].lower] {
				goto done
			}
			if auxHead {
				u.aux = append(u.aux, toks[u.head].lower)
			}
			u.head = j
		case cAdv:
			if u.head < 0 && len(u.aux) == 0 {
				return unit{}, false
			}
		default:
			goto done
		}
		j++
	}
done:
	if u.head < 0 {
		return unit{}, false
	}
	// Do not swallow trailing adverbs and quotes.
	for j-1 > u.head && (toks[j-1].c == cAdv || toks[j-1].c == cQuote) {
		j--
	}
	u.end = j
	if len(u.aux) > 0 {
		last := u.aux[len(u.aux)-1]
		if isBe(last) || isGet(last) {
			if toks[u.head].c == cPartcpl || isParticiple(toks[u.head].lower) {
				u.passive = true
			}
		}
	}
	// A reduced relative: "the territories occupied by Russia".
	if len(u.aux) == 0 && !u.inf && toks[u.head].c == cPartcpl && j < len(toks) && toks[j].lower == "by" {
		u.passive, u.reduced = true, true
	}
	if len(u.aux) == 0 && !u.inf && strings.HasSuffix(toks[u.head].lower, "ing") {
		u.gerund = true
	}
	return u, true
}

func isBe(s string) bool {
	switch s {
	case "be", "is", "are", "was", "were", "been", "being", "'s", "'re", "am":
		return true
	}
	return false
}

// isAux reports whether s is a form of do, have or be.
func isAux(s string) bool {
	switch s {
	case "do", "does", "did", "have", "has", "had":
		return true
	}
	return isBe(s)
}

func isGet(s string) bool { return s == "get" || s == "got" || s == "gets" || s == "gotten" }

func isParticiple(s string) bool {
	return strings.HasSuffix(s, "ed") || strings.HasSuffix(s, "en") || irregularParticiples[s]
}

// irregularParticiples are the last irregular form of each verb, its past
// participle ("struck", "sent", "withdrawn").
var irregularParticiples = func() map[string]bool {
	m := map[string]bool{}
	for _, fs := range irregular {
		if len(fs) > 0 {
			m[fs[len(fs)-1]] = true
		}
	}
	return m
}()

// coordinate joins "NP and NP", "NP, NP and NP" into one unit whose
// conjuncts are the parts.
func coordinate(toks []stok, units, out []unit) []unit {
	for k := 0; k < len(units); k++ {
		u := units[k]
		if u.kind != uNP {
			out = append(out, u)
			continue
		}
		for {
			n := k + 1
			if n+1 < len(units) && units[n].kind == uTok && units[n+1].kind == uNP {
				w := toks[units[n].head]
				if w.c == cConj && (w.lower == "and" || w.lower == "or") {
					u.conj = append(u.conjuncts(), units[n+1].conjuncts()...)
					u.end = units[n+1].end
					u.head = units[n+1].head
					k = n + 1
					continue
				}
				// A list: "A, B, C and D"; not after a preposition ("In
				// June, Kim and Putin signed").
				// A fronted phrase "In June," ends at its comma.
				afterPrep := k == 1 && units[0].kind == uTok && toks[units[0].head].c == cPrep
				if w.text == "," && !afterPrep {
					j := n
					for j+1 < len(units) && units[j].kind == uTok && toks[units[j].head].text == "," && units[j+1].kind == uNP {
						j += 2
					}
					if j > n && j+2 < len(units) && toks[units[j].head].text == "," && units[j+1].kind == uTok {
						j++ // "A, B, and C"
					}
					if j > n && j+1 < len(units) && units[j].kind == uTok && units[j+1].kind == uNP &&
						(toks[units[j].head].lower == "and" || toks[units[j].head].lower == "or") {
						for m := n + 1; m <= j-1; m += 2 {
							u.conj = append(u.conjuncts(), units[m].conjuncts()...)
						}
						u.conj = append(u.conjuncts(), units[j+1].conjuncts()...)
						u.end = units[j+1].end
						u.head = units[j+1].head
						k = j + 1
						continue
					}
				}
			}
			break
		}
		out = append(out, u)
	}
	return out
}

// prepare turns sentence i of doc into a sent. names are the spans of
// actor mentions: a capitalised word inside one is a name whatever the
// tagger said ("Norway/RB negotiated").
//
// scratch, when not nil, is a sent whose slices are reused: the coder
// codes a document's sentences one after the other with one scratch.
func prepare(doc *article.Doc, i int, verbs map[string]bool, names func(article.Span) bool, scratch *sent) *sent {
	ts := doc.SentenceTokens(i)
	s := scratch
	if s == nil {
		s = &sent{}
	}
	s.index = i
	s.toks = slices.Grow(s.toks[:0], len(ts))[:len(ts)]
	// The lower-case forms of the ASCII words with capitals are made in
	// one string for the sentence, not one each.
	buf := s.lowBuf[:0]
	for _, t := range ts {
		buf = appendLowerASCII(buf, t.Text)
		buf = appendLowerASCII(buf, t.Lemma)
	}
	s.lowBuf = buf
	lows, at := string(buf), 0
	toLower := func(x string) string {
		if ascii, upper := asciiCase(x); ascii && upper {
			at += len(x)
			return lows[at-len(x) : at]
		}
		return strings.ToLower(x)
	}
	for k, t := range ts {
		lower := toLower(t.Text)
		if strings.Contains(lower, "’") {
			lower = strings.ReplaceAll(lower, "’", "'")
		}
		lemma := t.Lemma
		if lemma == "" {
			lemma = lower
		}
		s.toks[k] = stok{text: t.Text, lower: lower, lemma: toLower(lemma), tag: t.Tag, span: t.Span}
	}
	classify(s.toks, verbs)
	for k := range s.toks {
		t := &s.toks[k]
		if names != nil && startsUpper(t.text) && (t.c == cAdv || t.c == cAdj || t.c == cVerb || t.c == cNoun || t.c == cPrep || t.c == cOther) && names(t.span) {
			t.c = cProper
		}
	}
	s.units, s.spare = chunk(s.toks, verbs, s.spare[:0], s.units[:0])
	s.tokU = slices.Grow(s.tokU[:0], len(ts))[:len(ts)]
	for k, u := range s.units {
		for j := u.first; j < u.end; j++ {
			s.tokU[j] = k
		}
	}
	return s
}

// asciiCase reports whether x is all ASCII and whether it has capitals.
func asciiCase(x string) (ascii, upper bool) {
	for i := 0; i < len(x); i++ {
		c := x[i]
		if c >= 0x80 {
			return false, false
		}
		upper = upper || ('A' <= c && c <= 'Z')
	}
	return true, upper
}

// appendLowerASCII appends x lower-cased when it is ASCII with capitals,
// which is what strings.ToLower does to it; otherwise nothing.
func appendLowerASCII(buf []byte, x string) []byte {
	if ascii, upper := asciiCase(x); !ascii || !upper {
		return buf
	}
	for i := 0; i < len(x); i++ {
		c := x[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}
