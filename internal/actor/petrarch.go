package actor

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/diag"
)

// PETRARCH (and TABARI) dictionaries, so that their users can bring their
// own and so that PETRARCH's validation dictionaries load:
//
//	VLADIMIR_PUTIN_  # comment
//	+PUTIN_                      synonym of the record above
//		[RUSGOV 991231-080507]   code restricted to a period (YYMMDD or YYYYMMDD)
//		[RUSGOV >080508]         from that day on; "<080508" before it
//		[RUSELI]                 otherwise
//	ISRAELI_TROOPS [ISRMIL]      code on the name's own line
//
// Agents:
//
//	!PERSON! = MAN, MEN, WOMAN   substitution set
//	FOREIGN_MINISTER {FOREIGN_MINISTERS} [~GOVFRM]
//
// Underscores are spaces and a trailing underscore (PETRARCH's "do not
// stem") is dropped: names match whole words only. Codes are kept verbatim
// as the CAMEO code; the first three letters are the country.
func parsePetrarchActors(name string, src []byte, d *dict, errs *diag.List) {
	var cur *Actor
	curLine := 0
	flush := func() {
		if cur == nil {
			return
		}
		if len(cur.Terms) == 0 && cur.null {
			cur = nil
			return
		}
		if len(cur.Terms) == 0 && cur.Cameo == "" {
			errs.Addf(name, curLine, "actor %q has no code", cur.Name)
		} else {
			finishPetrarch(cur)
			d.add(*cur)
		}
		cur = nil
	}
	for i, line := range strings.Split(string(src), "\n") {
		pos := fmt.Sprintf("%s:%d", name, i+1)
		body := stripPetrarchComment(line)
		if strings.TrimSpace(body) == "" {
			continue
		}
		indented := body[0] == ' ' || body[0] == '\t'
		body = strings.TrimSpace(body)
		switch {
		case strings.HasPrefix(body, "["):
			if cur == nil {
				errs.Add(name, i+1, "code line before any actor")
				continue
			}
			if err := addPetrarchCodes(cur, body, pos); err != nil {
				errs.Add(name, i+1, err.Error())
			}
		case strings.HasPrefix(body, "+"):
			if cur == nil {
				errs.Add(name, i+1, "synonym before any actor")
				continue
			}
			syn, codes, _ := strings.Cut(body[1:], "[")
			if s := petrarchName(syn); s != "" {
				cur.Aliases = appendNew(cur.Aliases, s)
			}
			if codes != "" {
				if err := addPetrarchCodes(cur, "["+codes, pos); err != nil {
					errs.Add(name, i+1, err.Error())
				}
			}
		case indented:
			errs.Addf(name, i+1, "indented line %q is neither a code nor a synonym", body)
		default:
			flush()
			nm, codes, _ := strings.Cut(body, "[")
			n := petrarchName(nm)
			if n == "" {
				errs.Add(name, i+1, "empty actor name")
				continue
			}
			cur = &Actor{Name: displayName(n), Kind: KindOrg, Pos: pos}
			curLine = i + 1
			if n != strings.ToLower(displayName(n)) {
				cur.Aliases = append(cur.Aliases, n)
			}
			if codes != "" {
				if err := addPetrarchCodes(cur, "["+codes, pos); err != nil {
					errs.Add(name, i+1, err.Error())
					cur = nil
				}
			}
		}
	}
	flush()
}

// finishPetrarch decides the kind of an imported record: dated codes make a
// person, a bare three-letter code a country, anything else an org.
func finishPetrarch(a *Actor) {
	dated := false
	for _, t := range a.Terms {
		if !t.From.IsZero() || !t.To.IsZero() {
			dated = true
		}
	}
	switch {
	case dated:
		a.Kind = KindPerson
		// Undated codes are the fallback: keep them after the dated ones.
		var d, u []Term
		for _, t := range a.Terms {
			if t.From.IsZero() && t.To.IsZero() {
				u = append(u, t)
			} else {
				d = append(d, t)
			}
		}
		a.Terms = append(d, u...)
		a.Country = a.Terms[0].Country
	case len(a.Terms) == 1 && len(a.Terms[0].Sectors) == 0:
		a.Kind = KindCountry
		a.Country = a.Terms[0].Country
		a.Terms = nil
	default:
		t := a.Terms[0]
		a.Country, a.Sectors, a.Cameo = t.Country, t.Sectors, t.Country+strings.Join(t.Sectors, "")
		a.Terms = nil
	}
}

func stripPetrarchComment(line string) string {
	line = strings.TrimRight(line, "\r")
	if s := strings.TrimSpace(line); strings.HasPrefix(s, "<!") || strings.HasPrefix(s, "#") {
		return ""
	}
	if i := strings.Index(line, "#"); i >= 0 {
		line = line[:i]
	}
	return line
}

// addPetrarchCodes reads "[CODE]" or "[CODE restriction]" (several may
// follow each other on a line).
func addPetrarchCodes(a *Actor, s, pos string) error {
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] != '[' {
			return fmt.Errorf("unexpected %q after code", s)
		}
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return fmt.Errorf("unclosed [ in %q", s)
		}
		f := strings.Fields(s[1:end])
		s = s[end+1:]
		if len(f) == 0 {
			return fmt.Errorf("empty code")
		}
		code := strings.ToUpper(f[0])
		if code == "---" {
			a.null = true
			continue
		}
		if !isCode(code) {
			return fmt.Errorf("code %q: want upper-case letters in blocks of 3", f[0])
		}
		t := Term{Country: code[:3], Pos: pos}
		for i := 3; i < len(code); i += 3 {
			t.Sectors = append(t.Sectors, code[i:i+3])
		}
		if len(f) > 1 {
			var err error
			if t.From, t.To, err = petrarchRestriction(f[1]); err != nil {
				return err
			}
		}
		a.Terms = append(a.Terms, t)
	}
	return nil
}

// petrarchRestriction reads "011113-011222", ">080508" or "<080508".
func petrarchRestriction(s string) (from, to time.Time, err error) {
	switch {
	case strings.HasPrefix(s, ">"):
		from, err = petrarchDate(s[1:])
	case strings.HasPrefix(s, "<"):
		to, err = petrarchDate(s[1:])
	default:
		a, b, ok := strings.Cut(s, "-")
		if !ok {
			return from, to, fmt.Errorf("date restriction %q: want FROM-TO, >FROM or <TO", s)
		}
		if from, err = petrarchDate(a); err == nil {
			to, err = petrarchDate(b)
		}
	}
	return
}

// petrarchDate reads YYMMDD (years up to 40 are 20xx) or YYYYMMDD.
func petrarchDate(s string) (time.Time, error) {
	if _, err := strconv.Atoi(s); err != nil || (len(s) != 6 && len(s) != 8) {
		return time.Time{}, fmt.Errorf("bad date %q: want YYMMDD or YYYYMMDD", s)
	}
	if len(s) == 6 {
		if s[:2] <= "40" {
			s = "20" + s
		} else {
			s = "19" + s
		}
	}
	t, err := time.Parse("20060102", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad date %q", s)
	}
	return t, nil
}

// petrarchName turns "VLADIMIR_V._PUTIN_" into "vladimir v. putin".
func petrarchName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.ReplaceAll(s, "_", " ")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// displayName title-cases a lower-case name for output.
func displayName(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if len(w) > 0 {
			f[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(f, " ")
}

func parsePetrarchAgents(name string, src []byte, d *dict, errs *diag.List) {
	macros := map[string][]string{}
	for i, line := range strings.Split(string(src), "\n") {
		pos := fmt.Sprintf("%s:%d", name, i+1)
		body := strings.TrimSpace(stripPetrarchComment(line))
		if body == "" {
			continue
		}
		if strings.HasPrefix(body, "!") {
			if k, v, ok := strings.Cut(body, "="); ok {
				var alts []string
				for a := range strings.SplitSeq(v, ",") {
					if a = strings.TrimSpace(a); a != "" {
						alts = append(alts, a)
					}
				}
				macros[strings.TrimSpace(k)] = alts
				continue
			}
		}
		open := strings.Index(body, "[")
		if open < 0 || !strings.HasSuffix(body, "]") {
			errs.Addf(name, i+1, "agent %q: want NAME {PLURALS} [~CODE]", body)
			continue
		}
		code := strings.ToUpper(strings.TrimSpace(body[open+1 : len(body)-1]))
		head := body[:open]
		plurals := ""
		if j := strings.Index(head, "{"); j >= 0 {
			k := strings.Index(head, "}")
			if k < j {
				errs.Add(name, i+1, "unclosed {")
				continue
			}
			plurals, head = head[j+1:k], head[:j]
		}
		c, ok := strings.CutPrefix(code, "~")
		if !ok || !isCode(c) {
			errs.Addf(name, i+1, "agent code %q: want ~ and blocks of 3 letters", code)
			continue
		}
		var sectors []string
		for i := 0; i < len(c); i += 3 {
			sectors = append(sectors, c[i:i+3])
		}
		names := expandMacros(strings.TrimSpace(head), macros)
		for p := range strings.SplitSeq(plurals, ",") {
			if p = strings.TrimSpace(p); p != "" {
				names = append(names, expandMacros(p, macros)...)
			}
		}
		if len(names) == 0 {
			errs.Add(name, i+1, "empty agent name")
			continue
		}
		a := Actor{Name: petrarchName(names[0]), Kind: KindAgent, Sectors: sectors, Pos: pos}
		for _, n := range names[1:] {
			a.Aliases = appendNew(a.Aliases, petrarchName(n))
		}
		if strings.Contains(head, "{}") || (plurals == "" && strings.Contains(body, "{}")) {
			a.Aliases = appendNew(a.Aliases, a.Name+"s")
		}
		d.add(a)
	}
}

// expandMacros replaces each !MACRO! in s by each of its alternatives.
func expandMacros(s string, macros map[string][]string) []string {
	i := strings.Index(s, "!")
	if i < 0 {
		return []string{s}
	}
	j := strings.Index(s[i+1:], "!")
	if j < 0 {
		return []string{s}
	}
	key := s[i : i+j+2]
	alts, ok := macros[key]
	if !ok {
		return []string{strings.ReplaceAll(s, key, "")}
	}
	var out []string
	for _, a := range alts {
		out = append(out, expandMacros(s[:i]+a+s[i+j+2:], macros)...)
	}
	return out
}
