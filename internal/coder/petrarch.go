package coder

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"strings"
	"testing/fstest"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/diag"
)

// NewPetrarch builds a coder from a PETRARCH verb dictionary (the
// PETR.*.verbs.txt and CAMEO.*.txt format: "--- VERB [code] ---" blocks of
// verb forms and "- * WORDS + [code]" patterns, with &SYNSETS), converted
// at load time into the patterns of this package. tables is a pattern
// directory (data.Patterns) for cameo.tsv and the other tables.
//
// The conversion: every verb of a block gets the block's code with its
// object or a prepositional object as the target; each pattern line
// becomes "A verb words... R" with * the verb, + the target, $ the source,
// % the target of a compound, &SET a choice of the set's members and ^ a
// skip. Patterns with words before the verb other than +, $ and % cannot
// be written in this language and are left out, as are codes "---".
// Codes missing from cameo.tsv are kept as written, with event type CAMEO.
func NewPetrarch(tables fs.FS, name string, verbs []byte) (*Coder, error) {
	c, err := newCoder(tables, true)
	if err != nil {
		return nil, err
	}
	pats, pres, extra, reverse, synErr := parsePetrarchVerbs(name, verbs)
	c.reverse = map[string]string{}
	for line, rev := range reverse {
		c.reverse[fmt.Sprintf("%s:%d", name, line)] = rev
	}
	for f, v := range extra {
		if !contains(c.lemmas[f], v) {
			c.lemmas[f] = append(c.lemmas[f], v)
		}
		c.verbs[f] = true
		c.triggers[f] = true
	}
	var errs diag.List
	if synErr != nil {
		errs = append(errs, synErr...)
	}
	for i, p := range pats {
		cps, e := c.compile(p)
		if e != nil {
			errs = append(errs, e)
			continue
		}
		for _, cp := range cps {
			cp.pre = pres[i]
			c.add(cp)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// NewPetrarchFS builds a coder from every PETRARCH verb dictionary in
// dicts, recognised by name: *.verbs.txt and CAMEO.*.txt (as PETRARCH's
// CAMEO.2.0.txt). It is what "sitrep extract --petrarch DIR" needs.
func NewPetrarchFS(tables, dicts fs.FS) (*Coder, error) {
	names, err := fs.Glob(dicts, "*.txt")
	if err != nil {
		return nil, fmt.Errorf("coder: %w", err)
	}
	var all []byte
	var used []string
	for _, n := range names {
		low := strings.ToLower(n)
		if !strings.HasSuffix(low, ".verbs.txt") && !(strings.HasPrefix(low, "cameo.") && low != "cameo.ecs.txt" && low != "cameo.rcs.txt") {
			continue
		}
		b, err := fs.ReadFile(dicts, n)
		if err != nil {
			return nil, fmt.Errorf("coder: %w", err)
		}
		all = append(append(all, b...), '\n')
		used = append(used, n)
	}
	if len(used) == 0 {
		return nil, fmt.Errorf("coder: no PETRARCH verb dictionary (*.verbs.txt, CAMEO.*.txt)")
	}
	c, err := NewPetrarch(tables, strings.Join(used, "+"), all)
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		if !strings.HasSuffix(strings.ToLower(n), ".discards.txt") {
			continue
		}
		b, err := fs.ReadFile(dicts, n)
		if err != nil {
			return nil, fmt.Errorf("coder: %w", err)
		}
		sent, story := parsePetrarchDiscards(b)
		c.discards = append(c.discards, sent...)
		c.storyDiscards = append(c.storyDiscards, story...)
	}
	return c, nil
}

// parsePetrarchDiscards reads a PETRARCH discard file: phrases that stop
// a sentence from being coded, or with a leading "+" the whole story
// ("+TYPHOON"); "#" starts a comment, "_" stands for a space. Phrases come
// back lower-case between spaces, to be found in lowerWords' output.
func parsePetrarchDiscards(src []byte) (sentence, story []string) {
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		l := sc.Text()
		if i := strings.Index(l, "#"); i >= 0 {
			l = l[:i]
		}
		l = strings.TrimSpace(l)
		whole := strings.HasPrefix(l, "+")
		l = strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(strings.TrimPrefix(l, "+"), "_", " ")), " "))
		if l == "" || strings.HasPrefix(l, "<") {
			continue
		}
		if whole {
			story = append(story, " "+l+" ")
		} else {
			sentence = append(sentence, " "+l+" ")
		}
	}
	return sentence, story
}

// lowerWords is the text of tokens, lower-case, between and around
// single spaces, for finding discard phrases.
func lowerWords(toks []article.Token) string {
	var b strings.Builder
	b.WriteByte(' ')
	for _, t := range toks {
		switch t.Text {
		case ",", ".", "\"", "“", "”":
			continue
		}
		b.WriteString(strings.ToLower(t.Text))
		b.WriteByte(' ')
	}
	return b.String()
}

// discarded reports whether words (from lowerWords) hold a phrase of ds.
func discarded(words string, ds []string) bool {
	for _, d := range ds {
		if strings.Contains(words, d) {
			return true
		}
	}
	return false
}

// PetrarchActorFS returns the PETRARCH actor and agent dictionaries of a
// folder of PETRARCH dictionaries (*.actors.txt, *.agents.txt, *.actors,
// *.agents), leaving out its verbs and discards, for actor.New: together
// with NewPetrarchFS it replaces the built-in dictionaries with the folder
// ("sitrep extract --petrarch DIR").
func PetrarchActorFS(dicts fs.FS) (fs.FS, error) {
	names, err := fs.Glob(dicts, "*")
	if err != nil {
		return nil, fmt.Errorf("coder: %w", err)
	}
	out := fstest.MapFS{}
	for _, n := range names {
		low := strings.ToLower(n)
		if !strings.HasSuffix(low, ".actors.txt") && !strings.HasSuffix(low, ".agents.txt") &&
			!strings.HasSuffix(low, ".actors") && !strings.HasSuffix(low, ".agents") {
			continue
		}
		b, err := fs.ReadFile(dicts, n)
		if err != nil {
			return nil, fmt.Errorf("coder: %w", err)
		}
		out[n] = &fstest.MapFile{Data: b}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("coder: no PETRARCH actor dictionary (*.actors.txt, *.agents.txt)")
	}
	return out, nil
}

// petrarchPreps are the prepositions a default target may follow.
var petrarchPreps = []string{"to", "with", "against", "on", "in", "at", "from", "for", "of", "into", "toward", "towards", "over", "by"}

// petrarchVerb is one verb of a block: the verb, the words after it and
// its own code when it has one.
type petrarchVerb struct {
	verb  string
	after []string
	forms []string
	code  string
}

// parsePetrarchVerbs converts a PETRARCH verb dictionary to patterns.
func parsePetrarchVerbs(name string, src []byte) ([]Pattern, map[int][][][]string, map[string]string, map[int]string, diag.List) {
	extra := map[string]string{}   // irregular form → verb
	reverse := map[int]string{}    // line → reverse code
	pres := map[int][][][]string{} // pattern index → words before the verb
	var (
		pats     []Pattern
		errs     diag.List
		synsets  = map[string][][]string{}
		synName  string
		block    []petrarchVerb
		code     string
		inBlock  bool
		defaults = func(line int) {
			for _, v := range block {
				c := v.code
				if c == "" {
					c = code
				}
				if !usableCode(c) {
					continue
				}
				base := []Elem{{Kind: ElemActor}, {Kind: ElemWord, Word: v.verb}}
				for _, w := range v.after {
					base = append(base, Elem{Kind: ElemWord, Word: w})
				}
				var prepAlts [][]Elem
				for _, p := range petrarchPreps {
					prepAlts = append(prepAlts, []Elem{{Kind: ElemWord, Word: p}})
				}
				withR := append(append([]Elem{}, base...), Elem{Kind: ElemOption, Seq: []Elem{{Kind: ElemChoice, Alts: prepAlts}}}, Elem{Kind: ElemRecipient})
				pats = append(pats, petrarchPattern(name, line, withR, c, v.verb+" (default)"))
				pats = append(pats, petrarchPattern(name, line, base, c, v.verb+" (default, no target)"))
			}
		}
	)
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	blockRev := ""
	for sc.Scan() {
		n++
		raw := sc.Text()
		if _, rev := bracketCodes(stripHash(raw)); rev != "" {
			reverse[n] = rev
		} else if strings.HasPrefix(strings.TrimSpace(raw), "---") {
			blockRev = ""
		} else if blockRev != "" && !strings.HasPrefix(strings.TrimSpace(raw), "-") && bracketCode(stripHash(raw)) == "" {
			reverse[n] = blockRev
		}
		if strings.HasPrefix(strings.TrimSpace(raw), "---") {
			_, blockRev = bracketCodes(stripHash(raw))
		}
		line := raw
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "<!--") || strings.HasPrefix(line, "-->") {
			synName = ""
			continue
		}
		switch {
		case strings.HasPrefix(line, "&"):
			synName = strings.TrimSuffix(strings.Fields(line)[0], "_")
			synsets[synName] = nil
			inBlock = false
		case synName != "" && strings.HasPrefix(line, "+") && !inBlock:
			m := strings.Fields(strings.ReplaceAll(strings.TrimPrefix(line, "+"), "_", " "))
			synsets[synName] = append(synsets[synName], lowerAll(m))
		case strings.HasPrefix(line, "---"):
			synName = ""
			inBlock = true
			block = nil
			code = bracketCode(line)
			f := strings.Fields(strings.Trim(line, "- "))
			if len(f) > 0 {
				block = append(block, petrarchVerbOf(f[0], ""))
			}
			defaults(n)
		case strings.HasPrefix(line, "- ") && inBlock:
			p, ok, why := petrarchLine(line, block, synsets)
			if !ok {
				if why != "" {
					errs.Add(name, n, why)
				}
				continue
			}
			for _, elems := range p.elems {
				if len(p.pre) > 0 {
					pres[len(pats)] = p.pre
				}
				pats = append(pats, petrarchPattern(name, n, elems, p.code, strings.TrimSpace(raw)))
			}
		case inBlock:
			// A verb form line: WORD {FORMS} [code]
			own := bracketCode(line)
			word := strings.Fields(line)[0]
			v := petrarchVerbOf(word, own)
			if i, j := strings.Index(line, "{"), strings.Index(line, "}"); i >= 0 && j > i {
				for _, f := range strings.Fields(line[i+1 : j]) {
					fv := petrarchVerbOf(f, "")
					v.forms = append(v.forms, fv.verb)
					extra[fv.verb] = v.verb
				}
			}
			block = append(block, v)
			saved := block
			block = []petrarchVerb{v}
			defaults(n)
			block = saved
		}
	}
	return pats, pres, extra, reverse, errs
}

func stripHash(s string) string {
	if i := strings.Index(s, "#"); i >= 0 {
		return s[:i]
	}
	return s
}

func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

// petrarchVerbOf reads "BREAK_DOWN", "WIRE_+TAP", "+CORDON_OFF": the word
// marked + (else the first) is the verb, the words after it follow it.
func petrarchVerbOf(s, code string) petrarchVerb {
	ws := strings.Split(strings.Trim(s, "_"), "_")
	vi := 0
	for i, w := range ws {
		if strings.HasPrefix(w, "+") {
			vi = i
		}
	}
	v := petrarchVerb{verb: strings.ToLower(strings.TrimPrefix(ws[vi], "+")), code: code}
	for _, w := range ws[vi+1:] {
		if w = strings.ToLower(strings.TrimPrefix(w, "+")); w != "" {
			v.after = append(v.after, w)
		}
	}
	return v
}

// bracketCode returns the code in the first [...] of a line, the part
// before ":" of a compound code ("031:032").
func bracketCode(line string) string {
	c, _ := bracketCodes(line)
	return c
}

// bracketCodes returns both codes of "[032:033]": the event and, when
// given, the event of the reverse direction.
func bracketCodes(line string) (code, reverse string) {
	i, j := strings.Index(line, "["), strings.Index(line, "]")
	if i < 0 || j < i {
		return "", ""
	}
	c := strings.TrimSpace(line[i+1 : j])
	code, reverse, _ = strings.Cut(c, ":")
	if code == "" {
		code, reverse = reverse, ""
	}
	if reverse == code {
		reverse = ""
	}
	return code, reverse
}

func usableCode(c string) bool {
	return c != "" && c != "---" && c != "+++" && c != "###"
}

// petrarchConv is a converted pattern line: one sequence per verb.
type petrarchConv struct {
	elems [][]Elem
	code  string
	pre   [][][]string // words before the verb: alternatives, each a word sequence
}

// petrarchLine converts "- + * IN $ [075]" for each verb of the block.
func petrarchLine(line string, block []petrarchVerb, synsets map[string][][]string) (petrarchConv, bool, string) {
	code := bracketCode(line)
	if !usableCode(code) || len(block) == 0 {
		return petrarchConv{}, false, ""
	}
	body := strings.TrimPrefix(line, "- ")
	if i := strings.Index(body, "["); i >= 0 {
		body = body[:i]
	}
	// ( ) marks a prepositional phrase and { } a noun phrase in PETRARCH2:
	// the words are what matters here.
	body = strings.NewReplacer("_", " ", "*", " * ", "(", " ", ")", " ", "{", " ", "}", " ").Replace(body)
	toks := strings.Fields(body)
	star := -1
	for i, t := range toks {
		if t == "*" {
			star = i
		}
	}
	if star < 0 {
		return petrarchConv{}, false, ""
	}
	subj := ElemActor
	var pre [][][]string
	for _, t := range toks[:star] {
		switch {
		case t == "+" || t == "%":
			subj = ElemRecipient
		case t == "$":
			subj = ElemActor
		case t == "^":
		case strings.HasPrefix(t, "&"):
			mem := synsets[strings.TrimSuffix(t, "_")]
			if len(mem) == 0 {
				return petrarchConv{}, false, ""
			}
			pre = append(pre, mem)
		default:
			pre = append(pre, [][]string{{strings.ToLower(t)}})
		}
	}
	var rest []Elem
	hasA, hasR := subj == ElemActor, subj == ElemRecipient
	for _, t := range toks[star+1:] {
		switch {
		case t == "+" || t == "%":
			if hasR {
				continue
			}
			rest = append(rest, Elem{Kind: ElemRecipient})
			hasR = true
		case t == "$":
			if hasA {
				continue
			}
			rest = append(rest, Elem{Kind: ElemActor})
			hasA = true
		case t == "^":
		case strings.HasPrefix(t, "&"):
			mem := synsets[strings.TrimSuffix(t, "_")]
			if len(mem) == 0 {
				return petrarchConv{}, false, "" // a set defined nowhere: left out
			}
			var alts [][]Elem
			for _, m := range mem {
				var seq []Elem
				for _, w := range m {
					seq = append(seq, Elem{Kind: ElemWord, Word: w})
				}
				alts = append(alts, seq)
			}
			if len(alts) == 1 {
				rest = append(rest, alts[0]...)
			} else {
				rest = append(rest, Elem{Kind: ElemChoice, Alts: alts})
			}
		default:
			rest = append(rest, Elem{Kind: ElemWord, Word: strings.ToLower(t)})
		}
	}
	if !hasA {
		return petrarchConv{}, false, ""
	}
	if !hasR {
		var prepAlts [][]Elem
		for _, p := range petrarchPreps {
			prepAlts = append(prepAlts, []Elem{{Kind: ElemWord, Word: p}})
		}
		rest = append(rest, Elem{Kind: ElemOption, Seq: []Elem{{Kind: ElemOption, Seq: []Elem{{Kind: ElemChoice, Alts: prepAlts}}}, {Kind: ElemRecipient}}})
	}
	var conv petrarchConv
	conv.code = code
	conv.pre = pre
	for _, v := range block {
		e := []Elem{{Kind: subj}, {Kind: ElemWord, Word: v.verb}}
		for _, w := range v.after {
			e = append(e, Elem{Kind: ElemWord, Word: w})
		}
		conv.elems = append(conv.elems, append(e, rest...))
	}
	return conv, true, ""
}

func petrarchPattern(name string, line int, elems []Elem, code, text string) Pattern {
	return Pattern{ID: fmt.Sprintf("%s:%d", name, line), File: name, Line: line, Text: text, Elems: elems, Cameo: code}
}

// preMatch matches a PETRARCH pattern's words before the verb, in order,
// between the subject and the verb: "Bree didn't clash over efforts"
// (&NEGATVAUXVRB * OVER EFFORTS). It returns how many words matched, or
// -1 when they do not.
func preMatch(s *sent, pre [][][]string, from, head int) int {
	k, n := max(from, 0), 0
	for _, alts := range pre {
		found := false
		for ; k < head && !found; k++ {
			for _, seq := range alts {
				if k+len(seq) > head {
					continue
				}
				ok := true
				for j, w := range seq {
					if s.toks[k+j].lower != w && s.toks[k+j].lemma != w {
						ok = false
						break
					}
				}
				if ok {
					k += len(seq) - 1
					n += len(seq)
					found = true
					break
				}
			}
		}
		if !found {
			return -1
		}
	}
	return n
}
