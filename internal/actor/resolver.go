// Package actor finds the actors of an article (people, organisations,
// countries, groups) and resolves each to a country, sectors and a role as
// of the article's date, from a dictionary of plain-text records
// (data/actors, docs/actors.md) and a few rules: titles and appositions
// define unknown people, surnames and pronouns corefer, "the two countries"
// refers to both.
package actor

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/diag"
	"github.com/sitrep-project/sitrep/internal/mention"
)

// Options control loading.
type Options struct {
	// Strict makes any bad dictionary line fatal: New returns no Resolver.
	Strict bool
}

// aliasKind says how a dictionary phrase refers to its actor.
type aliasKind uint8

const (
	akName    aliasKind = iota // a full name: always the actor
	akAdj                      // demonym or adjective: the country, or a modifier of a title
	akCapital                  // the capital: the government when it acts, else a place
	akSeat                     // a seat of government: the government
	akCtx                      // only once the actor is in the article ("the North")
	akShort                    // a surname: by context, or when unambiguous on the date
	akAgent                    // a title or noun giving sectors
)

// alias is one phrase of the gazetteer.
type alias struct {
	actor int32
	kind  aliasKind
	caps  []capReq // per piece
}

// capReq is what a dictionary word demands of the text's capitalisation:
// "US" must not match "us", "Kremlin" not "kremlin".
type capReq uint8

const (
	capAny capReq = iota
	capUpper
	capAll
)

// Resolver resolves actors. It is immutable after New and safe for
// concurrent use.
type Resolver struct {
	actors  []*Actor
	aliases []alias
	gaz     *mention.Gazetteer
	fuzzy   map[uint64][]int32 // deletion-neighbourhood hashes of surnames -> alias
	// countries maps an ISO code to its country record, for "his country".
	countries map[string]*Actor
}

// New loads the built-in dictionary (fsys = data.Actors, or os.DirFS(dir))
// plus any user dictionary dirs (our format, or PETRARCH .actors/.agents
// files recognised by name). Problems in dictionary lines come back as one
// diag.List listing every `file:line: problem`, alongside a usable Resolver
// unless opts.Strict.
func New(fsys fs.FS, opts Options, extra ...fs.FS) (*Resolver, error) {
	d := newDict()
	var errs diag.List
	for _, f := range append([]fs.FS{fsys}, extra...) {
		if f == nil {
			continue
		}
		if err := loadFS(f, d, &errs); err != nil {
			return nil, errorf("loading dictionaries: %w", err)
		}
	}
	if len(errs) > 0 && opts.Strict {
		return nil, errs.Err()
	}
	r := build(d)
	if len(errs) > 0 {
		return r, errs.Err()
	}
	return r, nil
}

func build(d *dict) *Resolver {
	r := &Resolver{actors: d.actors, fuzzy: map[uint64][]int32{}}
	b := mention.NewBuilder()
	add := func(a *Actor, kind aliasKind, phrase string) {
		id := int32(len(r.aliases))
		r.aliases = append(r.aliases, alias{actor: a.ID, kind: kind, caps: capsOf(phrase, kind)})
		b.Add(phrase, id)
		if kind == akShort && utf8.RuneCountInString(phrase) >= 5 && !strings.Contains(phrase, " ") {
			for _, h := range deletionHashes(mention.Key(phrase), nil) {
				r.fuzzy[h] = append(r.fuzzy[h], id)
			}
		}
	}
	for _, a := range d.actors {
		if a.Kind == KindAgent {
			add(a, akAgent, a.Name)
			for _, s := range a.Aliases {
				add(a, akAgent, s)
			}
			continue
		}
		add(a, akName, a.Name)
		for _, s := range a.Aliases {
			add(a, akName, s)
		}
		for _, s := range a.Adj {
			add(a, akAdj, s)
		}
		for _, s := range a.Capital {
			add(a, akCapital, s)
		}
		for _, s := range a.Seat {
			add(a, akSeat, s)
		}
		for _, s := range a.Ctx {
			add(a, akCtx, s)
		}
		shorts := a.Short
		if a.Kind == KindPerson && len(shorts) == 0 {
			if f := strings.Fields(a.Name); len(f) > 1 {
				shorts = []string{f[len(f)-1]}
			}
		}
		for _, s := range shorts {
			if !calendarWord(s) {
				add(a, akShort, s)
			}
		}
	}
	r.gaz = b.Build()
	r.countries = map[string]*Actor{}
	for _, a := range d.actors {
		if a.Kind == KindCountry && r.countries[a.Country] == nil {
			r.countries[a.Country] = a
		}
	}
	return r
}

// calendarWord reports whether a surname is also a month or day name, too
// common a word to stand for a person alone ("in May").
func calendarWord(s string) bool {
	switch strings.ToLower(s) {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday":
		return true
	}
	return false
}

// capsOf reads the capitalisation a phrase demands of the text. Agents are
// common nouns and demand nothing.
func capsOf(phrase string, kind aliasKind) []capReq {
	keys := mention.Keys(phrase)
	caps := make([]capReq, 0, len(keys))
	if kind == akAgent {
		return make([]capReq, len(keys))
	}
	// Walk the phrase's pieces in the same order as Keys.
	for _, w := range splitPieces(phrase) {
		letters, upper := 0, 0
		first := true
		c := capAny
		for _, r := range w {
			if isLetter(r) {
				letters++
				if isUpper(r) {
					upper++
					if first {
						c = capUpper
					}
				}
				first = false
			}
		}
		if letters >= 2 && upper == letters {
			c = capAll
		}
		caps = append(caps, c)
	}
	if len(caps) != len(keys) {
		return make([]capReq, len(keys))
	}
	return caps
}

// splitPieces cuts a phrase into the surface forms of its pieces.
func splitPieces(phrase string) []string {
	var out []string
	for _, t := range mention.Tokenize(phrase) {
		toks := mention.PieceTexts(t.Text)
		out = append(out, toks...)
	}
	return out
}

func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 && r != '’'
}
func isUpper(r rune) bool {
	return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
}

// Match is a dictionary entry for a name on a date (sitrep actors lookup).
type Match struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Country string   `json:"country,omitempty"`
	Sectors []string `json:"sectors"`
	Role    string   `json:"role,omitempty"`
	Code    string   `json:"code,omitempty"`
	From    string   `json:"from,omitempty"` // period of the role, "" when open
	To      string   `json:"to,omitempty"`
	As      string   `json:"as"` // how the name refers: name, adjective, capital, seat, context, surname, title, fuzzy
	Source  string   `json:"source"`
}

// Lookup returns dictionary entries for a name as of a date (zero: the
// latest roles). Underscores are read as spaces, so PETRARCH names work
// too. When nothing matches exactly, surnames within one typo are tried.
func (r *Resolver) Lookup(name string, date time.Time) []Match {
	name = strings.ReplaceAll(name, "_", " ")
	vals := r.gaz.Lookup(name)
	fuzzy := false
	if len(vals) == 0 {
		if k := mention.Keys(name); len(k) == 1 {
			vals = r.fuzzyLookup(k[0])
			fuzzy = true
		}
	}
	if len(vals) == 0 {
		return r.lookupPhrase(name, date)
	}
	var out []Match
	seen := map[[2]int32]bool{}
	for _, v := range vals {
		al := r.aliases[v]
		if seen[[2]int32{al.actor, int32(al.kind)}] {
			continue
		}
		seen[[2]int32{al.actor, int32(al.kind)}] = true
		a := r.actors[al.actor]
		st := r.stateAt(a, date)
		m := Match{Name: a.Name, Kind: a.Kind, Country: st.country, Sectors: nonNil(st.sectors), Role: st.role,
			Code: st.code, As: kindName[al.kind], Source: a.Pos}
		if fuzzy {
			m.As = "fuzzy"
		}
		if st.term != nil {
			m.Source = st.term.Pos
			if !st.term.From.IsZero() {
				m.From = st.term.From.Format(time.DateOnly)
			}
			if !st.term.To.IsZero() {
				m.To = st.term.To.Format(time.DateOnly)
			}
		}
		out = append(out, m)
	}
	return out
}

// lookupPhrase resolves a descriptive phrase ("defence minister of
// Russia", "Russia's defence chief") as Resolve would in an article of that date.
func (r *Resolver) lookupPhrase(name string, date time.Time) []Match {
	doc := &article.Doc{Article: article.Article{Text: name}}
	if !date.IsZero() {
		doc.Article.Dateline.Date = date.Format(time.DateOnly)
	}
	var out []Match
	for _, e := range r.Resolve(doc) {
		out = append(out, Match{Name: e.Name, Kind: e.Kind, Country: e.Country, Sectors: e.Sectors,
			Role: e.Role, Code: e.Code, As: "phrase"})
	}
	return out
}

var kindName = [...]string{akName: "name", akAdj: "adjective", akCapital: "capital", akSeat: "seat",
	akCtx: "context", akShort: "surname", akAgent: "title"}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// state is an actor as of a date.
type state struct {
	country string
	sectors []string
	role    string
	code    string
	top     bool
	term    *Term // the term in force (the first one), or the last that ended
}

// stateAt resolves an actor's country, sectors and role on date t. A
// person out of every role on t is a former official (ELI) when a role
// ended before t; before any role, only the country is known.
func (r *Resolver) stateAt(a *Actor, t time.Time) state {
	if len(a.Terms) == 0 {
		st := state{country: a.Country, sectors: a.Sectors, role: a.Role}
		st.code = a.Cameo
		if st.code == "" {
			st.code = code(st.country, st.sectors)
		}
		return st
	}
	var st state
	// Dated terms first; a term with no period is the fallback (PETRARCH's
	// undated code after its date-restricted ones).
	for pass := 0; pass < 2 && st.term == nil; pass++ {
		st = termsInForce(st, a, t, pass == 1)
	}
	if st.term == nil {
		// Out of office: the latest term that ended before t.
		var last *Term
		for i := range a.Terms {
			tm := &a.Terms[i]
			if !tm.To.IsZero() && (t.IsZero() || !t.Before(tm.To)) && (last == nil || tm.To.After(last.To)) {
				last = tm
			}
		}
		if last != nil {
			st = state{country: last.Country, sectors: []string{"ELI"}, term: last}
			if last.Role != "" {
				st.role = "former " + last.Role
			}
		} else {
			st = state{country: a.Terms[0].Country}
		}
	}
	if a.Cameo != "" && len(a.Terms) == 0 {
		st.code = a.Cameo
	} else {
		st.code = code(st.country, st.sectors)
	}
	return st
}

// termsInForce collects the terms of a in force on t: the dated ones, or with
// undated the ones without a period.
func termsInForce(st state, a *Actor, t time.Time, undated bool) state {
	for i := range a.Terms {
		tm := &a.Terms[i]
		if (tm.From.IsZero() && tm.To.IsZero()) != undated || !tm.holds(t) {
			continue
		}
		if st.term == nil {
			st.term, st.country = tm, tm.Country
		}
		if tm.Country != st.country {
			continue
		}
		for _, s := range tm.Sectors {
			if !slices.Contains(st.sectors, s) {
				st.sectors = append(st.sectors, s)
			}
		}
		if tm.Role != "" && !strings.Contains(st.role, tm.Role) {
			if st.role != "" {
				st.role += "; "
			}
			st.role += tm.Role
		}
		st.top = st.top || tm.Top
	}
	return st
}

// code is the CAMEO actor code: country then sector blocks ("RUSGOVMIL").
func code(country string, sectors []string) string {
	return country + strings.Join(sectors, "")
}

// fuzzyLookup returns the surname aliases within one edit of key (two for
// keys of eight letters or more).
func (r *Resolver) fuzzyLookup(key string) []int32 {
	var out []int32
	var hs [64]uint64
	for _, h := range deletionHashes(key, hs[:0]) {
		for _, v := range r.fuzzy[h] {
			if slices.Contains(out, v) {
				continue
			}
			target := mention.Key(r.shortText(v))
			maxd := 1
			if utf8.RuneCountInString(key) >= 8 {
				maxd = 2
			}
			if d := editDistance(key, target); d > 0 && d <= maxd {
				out = append(out, v)
			}
		}
	}
	return out
}

// shortText returns the surname phrase an alias was built from.
func (r *Resolver) shortText(v int32) string {
	a := r.actors[r.aliases[v].actor]
	if len(a.Short) > 0 {
		for _, s := range a.Short {
			if !strings.Contains(s, " ") {
				return s
			}
		}
	}
	f := strings.Fields(a.Name)
	return f[len(f)-1]
}

// deletionHashes appends the FNV-1a hashes of key and of key with each one
// rune deleted: two words within one edit share at least one.
func deletionHashes(key string, dst []uint64) []uint64 {
	dst = append(dst, fnv(key, -1, 0))
	for i := range key {
		if i >= 60 {
			break
		}
		_, size := utf8.DecodeRuneInString(key[i:])
		dst = append(dst, fnv(key, i, size))
	}
	return dst
}

func fnv(s string, skip, size int) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		if skip >= 0 && i >= skip && i < skip+size {
			continue
		}
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// editDistance is the optimal-string-alignment distance between a and b
// (insertions, deletions, substitutions, adjacent transpositions), by rune.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

func errorf(format string, a ...any) error { return fmt.Errorf("actor: "+format, a...) }
