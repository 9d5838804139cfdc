package coder

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/internal/diag"
)

// Coder codes events from sentences with a set of patterns. It is
// immutable after New and safe for concurrent use.
type Coder struct {
	pats     []*compiled
	byVerb   map[string][]*compiled // verbal patterns by trigger lemma
	byNoun   map[string][]*compiled // nominal patterns by trigger lemma
	prefixV  []*compiled            // verbal patterns whose trigger is a prefix
	lemmas   map[string][]string    // inflected form → lemmas of pattern words
	verbs    map[string]bool        // inflected forms of verbal triggers, for untagged text
	triggers map[string]bool        // every form of every trigger, verbal or nominal
	// registered are the pattern words whose forms are in lemmas (used
	// while loading only).
	registered map[string]bool
	cameo      map[string]cameoEntry
	units      map[string]string // unit nouns for quantities
	agents     map[string]string // head noun → sector ("troops" → MIL)
	modality   modalityWords
	reverse    map[string]string // PETRARCH "032:033": rule → the code of the reverse event
	tables     fs.FS             // the pattern directory the tables came from
	lenient    bool              // PETRARCH mode: codes need not be in cameo.tsv
	// PETRARCH discards: phrases (lower-case, between spaces) that keep a
	// sentence, or the whole story, from being coded.
	discards, storyDiscards []string
}

// cameoEntry is a row of the CAMEO table.
type cameoEntry struct {
	event, mode string
	contexts    []string
	goldstein   float64
}

// compiled is a pattern ready for matching.
type compiled struct {
	Pattern
	verbal  bool
	needR   bool     // the recipient slot is required: it must name an actor
	subj    ElemKind // verbal: the slot the subject fills
	trigger string
	lead    []Elem   // nominal: a possessive slot before the trigger, if any
	rest    []Elem   // the elements after the trigger
	passive [][]Elem // verbal with "A V R ...": the passive readings' rests, with "by A" first or last
	excl    []string
	pre     [][][]string // PETRARCH: words before the verb
	// circum: "A in (a) meeting": the prepositions that must open the
	// trigger's noun phrase, whose actor is the subject of its clause.
	circum   []string
	contexts []string
	gold     float64
	conf     float64
}

// New loads the patterns of fsys: every *.pat file (in any directory),
// cameo.tsv (CAMEO code → PLOVER event, mode, contexts, Goldstein),
// units.tsv (quantity units), agents.tsv (agent nouns → sector) and
// modality.tsv (words that make events future, hypothetical or negated).
// The error lists every problem as file:line: message.
func New(fsys fs.FS) (*Coder, error) {
	c, err := newCoder(fsys, false)
	if err != nil {
		return nil, err
	}
	fsys = c.tables
	var errs diag.List
	files, err := fs.Glob(fsys, "*.pat")
	if err != nil {
		return nil, fmt.Errorf("coder: %w", err)
	}
	sub, _ := fs.Glob(fsys, "*/*.pat")
	files = append(files, sub...)
	if len(files) == 0 {
		return nil, fmt.Errorf("coder: no *.pat pattern files")
	}
	sort.Strings(files)
	for _, f := range files {
		src, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("coder: %w", err)
		}
		pats, err := Parse(f, src)
		if el, ok := diag.As(err); ok {
			errs = append(errs, el...)
		} else if err != nil {
			return nil, fmt.Errorf("coder: %w", err)
		}
		for i := range pats {
			cps, e := c.compile(pats[i])
			if e != nil {
				errs = append(errs, e)
				continue
			}
			for _, cp := range cps {
				c.add(cp)
			}
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// Check parses and validates the pattern files of fsys as New does and
// returns the number of patterns and every error found.
func Check(fsys fs.FS) (int, error) {
	c, err := New(fsys)
	if err != nil {
		return 0, err
	}
	return len(c.Patterns()), nil
}

// Patterns returns the loaded patterns, in file and line order.
func (c *Coder) Patterns() []Pattern {
	var out []Pattern
	for i, p := range c.pats {
		// A choice of triggers compiles to several patterns of one line.
		if i > 0 && c.pats[i-1].ID == p.ID {
			continue
		}
		out = append(out, p.Pattern)
	}
	return out
}

// newCoder loads the tables of a pattern directory. lenient accepts
// patterns whose code is not in cameo.tsv and that name no PLOVER type
// (converted PETRARCH dictionaries).
func newCoder(fsys fs.FS, lenient bool) (*Coder, error) {
	c := &Coder{
		byVerb: map[string][]*compiled{}, byNoun: map[string][]*compiled{},
		lemmas: map[string][]string{}, verbs: map[string]bool{}, triggers: map[string]bool{}, registered: map[string]bool{}, lenient: lenient,
	}
	if _, err := fs.Stat(fsys, "cameo.tsv"); err != nil {
		// data.Patterns keeps the files under patterns/.
		if sub, serr := fs.Sub(fsys, "patterns"); serr == nil {
			if _, err := fs.Stat(sub, "cameo.tsv"); err == nil {
				fsys = sub
			}
		}
	}
	c.tables = fsys
	var errs diag.List
	var err error
	if c.cameo, err = loadCameo(fsys, "cameo.tsv", &errs); err != nil {
		return nil, err
	}
	if c.units, err = loadPairs(fsys, "units.tsv", &errs); err != nil {
		return nil, err
	}
	if c.agents, err = loadPairs(fsys, "agents.tsv", &errs); err != nil {
		return nil, err
	}
	mw, err := loadPairs(fsys, "modality.tsv", &errs)
	if err != nil {
		return nil, err
	}
	c.modality = newModalityWords(mw)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// compile checks a pattern against the CAMEO table and splits it into
// trigger, slots and the rest. A choice of single words in the trigger's
// place gives one compiled pattern per word.
func (c *Coder) compile(p Pattern) ([]*compiled, *diag.Error) {
	errorf := func(format string, a ...any) *diag.Error {
		return &diag.Error{File: p.File, Line: p.Line, Msg: fmt.Sprintf(format, a...)}
	}
	ce, ok := c.cameo[p.Cameo]
	if c.lenient {
		if !ok {
			ce = c.cameo[p.Cameo[:min(3, len(p.Cameo))]]
			ce.goldstein = 0
		}
		if ce.event == "" {
			ce.event = "CAMEO"
		}
		p.Event = ce.event
		ok = true
	}
	if !ok {
		return nil, errorf("CAMEO code %s is not in cameo.tsv", p.Cameo)
	}
	// A pattern may read a CAMEO code as another PLOVER type than the
	// table does only when it names the mode outright ("SANCTION/discontinue
	// 163": the manual codes sanctions so, the table as COERCE).
	if ce.event != "" && ce.event != p.Event && p.Mode == "" {
		return nil, errorf("CAMEO %s is %s in PLOVER, not %s (name a mode to read it otherwise)", p.Cameo, ce.event, p.Event)
	}
	base := compiled{Pattern: p, contexts: p.Contexts, conf: p.Confidence}
	if base.contexts == nil {
		base.contexts = ce.contexts
	}
	if base.Mode == "" && ce.event == p.Event {
		base.Mode = ce.mode
	}
	base.gold = ce.goldstein
	if p.Goldstein != nil {
		base.gold = *p.Goldstein
	}
	if base.conf == 0 {
		base.conf = 0.8
	}
	elems := make([]Elem, 0, len(p.Elems))
	for _, e := range p.Elems {
		if e.Kind == ElemNot {
			base.excl = append(base.excl, e.Word)
			continue
		}
		elems = append(elems, e)
	}
	ti := -1 // index of the trigger
	switch {
	case len(elems) >= 2 && (elems[0].Kind == ElemActor || elems[0].Kind == ElemRecipient):
		base.verbal = true
		base.subj = elems[0].Kind
		ti = 1
	case len(elems) >= 2 && (elems[0].Kind == ElemActorPoss || elems[0].Kind == ElemRecipientPoss):
		base.lead = elems[:1]
		ti = 1
	default:
		ti = 0
	}
	if base.verbal {
		if preps := prepositions(elems[ti]); preps != nil {
			// "A in (a) meeting (with R)": a noun in a phrase attached to
			// a clause, the clause's subject its actor.
			base.verbal, base.circum = false, preps
			ti++
			for ti < len(elems) && elems[ti].Kind == ElemOption {
				ti++
			}
			if ti >= len(elems) {
				return nil, errorf("a preposition after the actor slot must be followed by a noun")
			}
		}
	}
	var triggers []string
	switch t := elems[ti]; t.Kind {
	case ElemWord:
		triggers = []string{t.Word}
	case ElemChoice:
		for _, alt := range t.Alts {
			if len(alt) != 1 || alt[0].Kind != ElemWord {
				return nil, errorf("a choice in the trigger's place may hold single words only")
			}
			triggers = append(triggers, alt[0].Word)
		}
	default:
		return nil, errorf("a pattern starts with a slot and its trigger word (\"A meet R\"), a possessive slot and a noun (\"A's invasion of R\") or a noun (\"strike on R by A\")")
	}
	for _, e := range elems {
		if e.Kind == ElemRecipient || e.Kind == ElemRecipientPoss {
			base.needR = true
		}
	}
	var out []*compiled
	for _, w := range triggers {
		cp := base
		cp.trigger = w
		cp.rest = elems[ti+1:]
		if c.lenient && cp.verbal && cp.subj == ElemActor && onlyOptional(cp.rest) {
			// PETRARCH reads "R was verb-ed by A" for a verb's default pattern.
			cp.passive = [][]Elem{{{Kind: ElemWord, Word: "by"}, {Kind: ElemActor}}}
		}
		if cp.verbal && cp.subj == ElemActor && len(cp.rest) > 0 && cp.rest[0].Kind == ElemRecipient {
			by := []Elem{{Kind: ElemWord, Word: "by"}, {Kind: ElemActor}}
			cp.passive = [][]Elem{append(append([]Elem{}, by...), cp.rest[1:]...)}
			if len(cp.rest) > 1 {
				cp.passive = append(cp.passive, append(append([]Elem{}, cp.rest[1:]...), by...))
			}
		}
		out = append(out, &cp)
	}
	return out, nil
}

// gateWords are the words whose presence lets a sentence be coded with cp:
// its trigger, or for "be", which nearly every sentence has, the word
// after it ("A be ready to sign").
func gateWords(cp *compiled) []string {
	if cp.trigger != "be" || len(cp.rest) == 0 {
		return []string{cp.trigger}
	}
	switch e := cp.rest[0]; e.Kind {
	case ElemWord:
		return []string{e.Word}
	case ElemChoice:
		var ws []string
		for _, alt := range e.Alts {
			if len(alt) == 0 || alt[0].Kind != ElemWord {
				return []string{cp.trigger}
			}
			ws = append(ws, alt[0].Word)
		}
		return ws
	}
	return []string{cp.trigger}
}

// prepositions returns the words of e when it is a preposition or a
// choice of prepositions, else nil.
func prepositions(e Elem) []string {
	var ws []string
	switch e.Kind {
	case ElemWord:
		ws = []string{e.Word}
	case ElemChoice:
		for _, a := range e.Alts {
			if len(a) != 1 || a[0].Kind != ElemWord {
				return nil
			}
			ws = append(ws, a[0].Word)
		}
	default:
		return nil
	}
	for _, w := range ws {
		switch w {
		case "in", "at", "during", "after", "before", "on", "amid":
		default:
			return nil
		}
	}
	return ws
}

// onlyOptional reports whether elems hold nothing required but a
// recipient slot.
func onlyOptional(elems []Elem) bool {
	for _, e := range elems {
		if e.Kind != ElemOption && e.Kind != ElemRecipient {
			return false
		}
	}
	return true
}

// add indexes a compiled pattern.
func (c *Coder) add(cp *compiled) {
	c.pats = append(c.pats, cp)
	if strings.HasSuffix(cp.trigger, "*") {
		if cp.verbal {
			c.prefixV = append(c.prefixV, cp)
		}
	} else if cp.verbal {
		c.byVerb[cp.trigger] = append(c.byVerb[cp.trigger], cp)
		for _, f := range forms(cp.trigger) {
			c.verbs[f] = true
		}
	} else {
		c.byNoun[cp.trigger] = append(c.byNoun[cp.trigger], cp)
	}
	if !strings.HasSuffix(cp.trigger, "*") {
		for _, w := range gateWords(cp) {
			for _, f := range forms(w) {
				c.triggers[f] = true
			}
		}
	}
	var walk func([]Elem)
	walk = func(es []Elem) {
		for _, e := range es {
			switch e.Kind {
			case ElemWord, ElemNot:
				if c.registered[e.Word] {
					continue
				}
				c.registered[e.Word] = true
				for _, f := range forms(e.Word) {
					if !contains(c.lemmas[f], e.Word) {
						c.lemmas[f] = append(c.lemmas[f], e.Word)
					}
				}
			case ElemOption:
				walk(e.Seq)
			case ElemChoice:
				for _, a := range e.Alts {
					walk(a)
				}
			}
		}
	}
	walk(cp.Elems)
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// loadCameo reads the CAMEO table.
func loadCameo(fsys fs.FS, name string, errs *diag.List) (map[string]cameoEntry, error) {
	m := map[string]cameoEntry{}
	err := eachLine(fsys, name, func(line int, f []string) {
		if len(f) < 5 {
			errs.Add(name, line, "want 5 or 6 tab-separated columns")
			return
		}
		g, err := strconv.ParseFloat(f[4], 64)
		if err != nil {
			errs.Addf(name, line, "goldstein %q: not a number", f[4])
			return
		}
		var ctx []string
		if f[3] != "" {
			ctx = strings.Split(f[3], ",")
		}
		if _, dup := m[f[0]]; dup {
			errs.Addf(name, line, "CAMEO code %s listed twice", f[0])
		}
		m[f[0]] = cameoEntry{event: f[1], mode: f[2], contexts: ctx, goldstein: g}
	})
	return m, err
}

// loadPairs reads a two-column table.
func loadPairs(fsys fs.FS, name string, errs *diag.List) (map[string]string, error) {
	m := map[string]string{}
	err := eachLine(fsys, name, func(line int, f []string) {
		if len(f) != 2 {
			errs.Add(name, line, "want 2 tab-separated columns")
			return
		}
		m[f[0]] = f[1]
	})
	return m, err
}

// eachLine calls fn with the tab-separated fields of every line of a file
// that is not blank or a # comment.
func eachLine(fsys fs.FS, name string, fn func(line int, fields []string)) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("coder: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	n := 0
	for sc.Scan() {
		n++
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		fn(n, strings.Split(l, "\t"))
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("coder: %s: %w", path.Base(name), err)
	}
	return nil
}
