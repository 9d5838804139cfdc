package actor

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/mention"
)

// ent is an entity being built.
type ent struct {
	key      string
	actor    *Actor
	name     string
	kind     string
	st       state
	mentions []article.Mention
}

// resolution is the working state of one Resolve call.
type resolution struct {
	r      *Resolver
	doc    *article.Doc
	text   string
	date   time.Time
	pieces []mention.Piece
	ents   []*ent
	byKey  map[string]*ent
	// Coreference state, in text order.
	lastPerson *ent   // for "he"
	lastShe    *ent   // for "she"
	consumed   int    // pieces before this are part of a resolved phrase
	countries  []*ent // distinct, most recent last
	surnames   map[string]*ent
}

// item is a phrase found at pieces[first:end]: dictionary aliases, or a
// name the name model found (unknown, no aliases).
type item struct {
	first, end int
	aliases    []int32
	ner        string // PERSON or ORG when from doc.Names
}

// pieceBuffers holds the piece slices of finished resolutions, the
// largest allocation of the stage; pieces hold offsets, never text.
var pieceBuffers = sync.Pool{New: func() any { return new([]mention.Piece) }}

// Resolve finds every actor in doc and resolves it as of
// doc.Article.Anchor() (no anchor: the latest roles in the dictionary; the
// clock is never read). Entities are numbered E1.. in order of first
// mention; mentions are byte spans of doc.Article.Text with their text;
// Code is the CAMEO actor code ("PRKGOV", "RUSGOVMIL").
func (r *Resolver) Resolve(doc *article.Doc) []article.Entity {
	date, _ := doc.Article.Anchor()
	rs := &resolution{r: r, doc: doc, text: doc.Article.Text, date: date,
		byKey: map[string]*ent{}, surnames: map[string]*ent{}}
	tokens := doc.Tokens
	sents := doc.Sentences
	if len(tokens) == 0 {
		tokens = mention.Tokenize(rs.text)
		sents = nil
	}
	buf := pieceBuffers.Get().(*[]mention.Piece)
	defer func() {
		*buf = rs.pieces[:0]
		pieceBuffers.Put(buf)
	}()
	rs.pieces = r.gaz.Pieces(rs.text, tokens, slices.Grow((*buf)[:0], len(tokens)+len(tokens)/8))
	var matches []mention.Match
	for _, s := range sentenceRanges(rs.text, tokens, sents, rs.pieces) {
		matches = r.gaz.Find(rs.pieces[s.first:s.end], matches[:0])
		items := make([]item, 0, len(matches)+2)
		for _, m := range matches {
			it := item{first: s.first + m.First, end: s.first + m.End}
			if it.first > s.first && shipPrefix(rs.pieceText(it.first-1)) {
				continue // "USS Carney" is a ship of the navy the prefix names, not Mark Carney
			}
			for _, v := range m.Values {
				if rs.capsOK(it.first, v) {
					it.aliases = append(it.aliases, v)
				}
			}
			if len(it.aliases) > 0 {
				items = append(items, it)
			}
		}
		if !s.heading {
			items = rs.addNames(items, s)
		}
		rs.sentence(items, s)
	}
	return rs.entities()
}

// span is a sentence as a range of pieces.
type span struct {
	first, end int
	heading    bool
}

// sentenceRanges maps sentences to piece ranges. Without sentences from the
// text stage, sentences end at . ! ? and at blank lines, and a line with no
// final punctuation is a heading.
func sentenceRanges(text string, tokens []article.Token, sents []article.Sentence, pieces []mention.Piece) []span {
	var out []span
	if len(sents) > 0 {
		p := 0
		for _, s := range sents {
			for p < len(pieces) && pieces[p].Token < s.FirstToken {
				p++
			}
			q := p
			for q < len(pieces) && pieces[q].Token < s.EndToken {
				q++
			}
			out = append(out, span{first: p, end: q, heading: s.Heading})
			p = q
		}
		return out
	}
	start := 0
	for i := range pieces {
		end := false
		t := text[pieces[i].Start:pieces[i].End]
		if t == "." || t == "!" || t == "?" {
			end = true
		}
		if i+1 < len(pieces) && strings.Count(text[pieces[i].End:pieces[i+1].Start], "\n") >= 1 {
			end = true
		}
		if end || i == len(pieces)-1 {
			last := text[pieces[i].Start:pieces[i].End]
			heading := last != "." && last != "!" && last != "?" && last != "\u201d" && last != "\"" && i+1-start <= 14
			out = append(out, span{first: start, end: i + 1, heading: heading})
			start = i + 1
		}
	}
	return out
}

// capsOK checks a dictionary phrase's capitalisation against the text.
func (rs *resolution) capsOK(first int, v int32) bool {
	for i, c := range rs.r.aliases[v].caps {
		f := rs.pieces[first+i].Flags
		switch {
		case c == capUpper && !f.Has(mention.Upper):
			return false
		case c == capAll && !f.Has(mention.AllCaps):
			return false
		}
	}
	return true
}

// addNames adds the name model's PERSON and ORG spans that no dictionary
// phrase overlaps, in piece order.
func (rs *resolution) addNames(items []item, s span) []item {
	if len(rs.doc.Names) == 0 || s.first >= s.end {
		return items
	}
	lo, hi := rs.pieces[s.first].Start, rs.pieces[s.end-1].End
	added := false
	for _, n := range rs.doc.Names {
		if n.End <= lo || n.Start >= hi || (n.Type != "PERSON" && n.Type != "ORG") {
			continue
		}
		first, end := -1, -1
		for p := s.first; p < s.end; p++ {
			if rs.pieces[p].Start >= n.Start && rs.pieces[p].End <= n.End {
				if first < 0 {
					first = p
				}
				end = p + 1
			}
		}
		if first < 0 || stopName(rs.text[rs.pieces[first].Start:rs.pieces[end-1].End]) {
			continue
		}
		overlap := false
		for _, it := range items {
			if it.first < end && first < it.end {
				overlap = true
			}
		}
		if !overlap {
			items = append(items, item{first: first, end: end, ner: n.Type})
			added = true
		}
	}
	if added {
		slices.SortFunc(items, func(a, b item) int { return a.first - b.first })
	}
	return items
}

// shipPrefix reports whether w is the prefix of a navy's ship names: the
// name after it is a ship's, never a person's or a place's.
func shipPrefix(w string) bool {
	switch w {
	case "USS", "USNS", "HMS", "HMCS", "HMAS", "HMNZS":
		return true
	}
	return false
}

// stopName rejects single words a name model may take for names: months,
// days, and sentence-initial words of headlines.
func stopName(s string) bool {
	switch strings.ToLower(s) {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "ceasefire", "return", "war", "president", "minister", "god":
		return true
	}
	return false
}

// sentence resolves the items of one sentence, then pronouns and learned
// surnames in the pieces between them.
func (rs *resolution) sentence(items []item, s span) {
	p := s.first
	for k := 0; k < len(items); {
		it := items[k]
		rs.gaps(max(p, rs.consumed), it.first, s)
		n := rs.phrase(items[k:], s)
		p = items[k+n-1].end
		k += n
	}
	rs.gaps(max(p, rs.consumed), s.end, s)
}

// person records a mention of a person for the pronouns that follow.
func (rs *resolution) person(e *ent) {
	switch {
	case e.actor != nil && e.actor.She:
		rs.lastShe = e
	case e.actor != nil:
		rs.lastPerson = e
	default:
		rs.lastPerson, rs.lastShe = e, e
	}
}

// phrase resolves the phrase starting at items[0] and returns how many
// items it used. The shapes, tried in order:
//
//	COUNTRY ['s] TITLE NAME     North Korean leader Kim Jong Un
//	COUNTRY ['s] TITLE          Russia's defence chief, the North's state media, North Korean troops
//	TITLE NAME                  Defence Minister Andrei Belousov
//	NAME                        Kim, Sky News, NATO
//	COUNTRY                     North Korea, Ukrainian, the Kremlin, Seoul (when it acts)
func (rs *resolution) phrase(items []item, s span) int {
	it := items[0]
	if country := rs.countryOf(it, items[1:]); country != nil {
		if n := rs.coordinated(items, s); n > 0 {
			return n
		}
		if len(items) > 1 && rs.adjacent(it.end, items[1].first) {
			if agent := rs.agentOf(items[1]); agent != nil {
				used := rs.titled(country, it, agent, items[1], items[2:], s)
				return 2 + used
			}
		}
		if a := rs.countryActor(it); a != nil {
			rs.countryMention(a, it.first, it.end)
		}
		return 1
	}
	if agent := rs.agentOf(it); agent != nil {
		// TITLE of COUNTRY: "the defence minister of Russia".
		if len(items) > 1 && items[1].first == it.end+1 && strings.EqualFold(rs.pieceText(it.end), "of") {
			if country := rs.countryOf(items[1], items[2:]); country != nil {
				rs.noteCountry(rs.entity(country))
				if e := rs.holder(country, agent); e != nil {
					rs.addMention(e, rs.withDeterminer(it.first, s), items[1].end)
					if e.actor != nil && e.actor.Kind == KindPerson {
						rs.person(e)
					}
					return 2
				}
			}
		}
		used := rs.titled(nil, item{first: it.first, end: it.first}, agent, it, items[1:], s)
		return 1 + used
	}
	rs.named(it, items[1:], s)
	return 1
}

// coordinated resolves "US, Ukrainian and South Korean officials": each
// country of a list joined by commas and "and" takes the title at its end
// (a group of each). It returns the items used, 0 when the shape is not there.
func (rs *resolution) coordinated(items []item, s span) int {
	k := 1
	for k < len(items) {
		if items[k].first == items[k-1].end || !joiner(rs, items[k-1].end, items[k].first) {
			break
		}
		if rs.countryOf(items[k], items[k+1:]) == nil {
			break
		}
		k++
	}
	if k < 2 || k >= len(items) || items[k].first != items[k-1].end {
		return 0
	}
	agent := rs.agentOf(items[k])
	if agent == nil || !agent.Plural {
		return 0
	}
	tail := rs.text[rs.pieces[items[k].first].Start:rs.pieces[items[k].end-1].End]
	for j := 0; j < k-1; j++ {
		c := rs.countryOf(items[j], items[j+1:])
		rs.noteCountry(rs.entity(c))
		e := rs.groupNamed(c, agent, c.Name+" "+tail)
		rs.addMention(e, items[j].first, items[j].end)
	}
	last := rs.countryOf(items[k-1], items[k:])
	return k + 1 + rs.titled(last, items[k-1], agent, items[k], items[k+1:], s)
}

// joiner reports whether pieces[from:to] are only commas and "and"/"or".
func joiner(rs *resolution, from, to int) bool {
	for p := from; p < to; p++ {
		switch strings.ToLower(rs.pieceText(p)) {
		case ",", "and", "or":
		default:
			return false
		}
	}
	return true
}

// titled resolves COUNTRY? TITLE NAME? and returns how many items after
// the title it used.
func (rs *resolution) titled(country *Actor, cit item, agent *Actor, ait item, rest []item, s span) int {
	if country != nil {
		// The country counts for "the two countries" even as a modifier.
		rs.noteCountry(rs.entity(country))
	}
	// A name right after the title: the title describes it.
	next := ait.end
	if len(rest) > 0 && rest[0].first == next && rs.isNamed(rest[0]) {
		e := rs.named(rest[0], rest[1:], s)
		if e != nil && e.actor == nil && e.kind == "person" {
			rs.learn(e, country, agent)
		}
		return 1
	}
	if !s.heading {
		// An unknown capitalised name after the title: a person the dictionary
		// does not know ("Defence Minister Ivan Petrenko").
		q := next
		for q < s.end && q-next < 4 && rs.nameLike(q) && !rs.itemAt(rest, q) {
			q++
		}
		if q > next {
			// "President Vlodomir Zelenskyy": a misspelt given name before a known surname.
			if len(rest) > 0 && rest[0].first == q && rs.isNamed(rest[0]) {
				if e := rs.namedWithGiven(rest[0], next, s); e != nil {
					return 1
				}
			}
			e := rs.unknownPerson(next, q)
			rs.learn(e, country, agent)
			return 0
		}
	}
	first := cit.first
	if first == cit.end {
		first = ait.first
	}
	if country == nil && agent.Plural {
		country = rs.groupCountry(agent)
	}
	if country == nil {
		return 0
	}
	first = rs.withDeterminer(first, s)
	// Apposition: "Ivan Petrenko, Ukraine's defence minister," defines the
	// unknown person before the comma.
	if first >= 2 && rs.pieceText(first-1) == "," {
		if e := rs.lastPerson; e != nil && e.actor == nil && len(e.mentions) > 0 &&
			e.mentions[len(e.mentions)-1].End == rs.pieces[first-2].End {
			rs.learn(e, country, agent)
			return 0
		}
	}
	// No name: the title refers to whoever holds it, or to a group.
	if rs.former(first, cit.first) {
		if e := rs.formerHolder(country, agent); e != nil {
			rs.addMention(e, first, ait.end)
			rs.person(e)
		}
		return 0
	}
	if e := rs.holder(country, agent); e != nil {
		rs.addMention(e, first, ait.end)
		if e.actor != nil && e.actor.Kind == KindPerson {
			rs.person(e)
		}
		return 0
	}
	if len(agent.Roles) > 0 && !agent.Plural && slices.Contains(agent.Roles, "top") {
		return 0
	}
	e := rs.group(country, agent, first, ait.end)
	rs.addMention(e, first, ait.end)
	return 0
}

// groupCountry is the country of a group named without one ("Police
// opened fire", "Troops killed dozens"): the country of the dateline place,
// when the article has named no other country so far (ICEWS's convention:
// "Police" in a Nairobi dispatch are Kenya's). Nil otherwise: "the troops"
// of an article about several countries stay unresolved rather than guessed.
func (rs *resolution) groupCountry(agent *Actor) *Actor {
	geo := rs.doc.Article.Dateline.Geo
	if geo == nil || geo.Country == "" {
		return nil
	}
	home := rs.r.countries[geo.Country]
	if home == nil {
		return nil
	}
	for _, e := range rs.countries {
		if e.actor != home {
			return nil
		}
	}
	return home
}

// withDeterminer extends a phrase start over a preceding "the" and
// adjectives like "senior" so the mention reads "a senior Ukrainian officer".
func (rs *resolution) withDeterminer(first int, s span) int {
	for first > s.first {
		w := strings.ToLower(rs.pieceText(first - 1))
		switch w {
		case "the", "senior", "top", "former", "deputy", "acting", "two", "several", "some":
			first--
			continue
		}
		break
	}
	return first
}

// former reports whether "former" is among pieces[from:to].
func (rs *resolution) former(from, to int) bool {
	for p := from; p < to; p++ {
		if strings.EqualFold(rs.pieceText(p), "former") {
			return true
		}
	}
	return false
}

// formerHolder finds the person in the article who held a country's title
// before the date: "the former Dutch prime minister" after "Mark Rutte".
func (rs *resolution) formerHolder(country *Actor, agent *Actor) *ent {
	for i := len(rs.ents) - 1; i >= 0; i-- {
		a := rs.ents[i].actor
		if a == nil || a.Kind != KindPerson {
			continue
		}
		for _, tm := range a.Terms {
			if tm.Country == country.Country && !tm.To.IsZero() && !rs.date.Before(tm.To) &&
				(slices.Contains(agent.Roles, tm.Role) || slices.Contains(agent.Roles, "top") && tm.Top) {
				return rs.ents[i]
			}
		}
	}
	return nil
}

// holder finds who a country's title names on the date: a person already
// in the article first, else the dictionary; or the country's state media.
func (rs *resolution) holder(country *Actor, agent *Actor) *ent {
	if len(agent.Roles) == 0 {
		return nil
	}
	media := slices.Contains(agent.Roles, "media")
	matches := func(a *Actor) bool {
		if media {
			return a.Kind == KindMedia && a.Country == country.Country && containsAll(a.Sectors, agent.Sectors)
		}
		if a.Kind != KindPerson {
			return false
		}
		st := rs.r.stateAt(a, rs.date)
		if st.term == nil || !st.term.holds(rs.date) || st.country != country.Country {
			return false
		}
		for _, tm := range a.Terms {
			if !tm.holds(rs.date) || tm.Country != country.Country {
				continue
			}
			if slices.Contains(agent.Roles, "top") && tm.Top {
				return true
			}
			if slices.Contains(agent.Roles, tm.Role) {
				return true
			}
		}
		return false
	}
	for i := len(rs.ents) - 1; i >= 0; i-- {
		if e := rs.ents[i]; e.actor != nil && matches(e.actor) {
			return e
		}
	}
	var found *Actor
	for _, a := range rs.r.actors {
		if matches(a) {
			if found != nil {
				return nil // ambiguous
			}
			found = a
		}
	}
	if found == nil {
		return nil
	}
	return rs.entity(found)
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// group is the entity for a country's sector: "North Korean troops" PRK MIL.
func (rs *resolution) group(country *Actor, agent *Actor, first, end int) *ent {
	name := rs.text[rs.pieces[first].Start:rs.pieces[end-1].End]
	for _, det := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		name = strings.TrimPrefix(name, det)
	}
	return rs.groupNamed(country, agent, name)
}

// groupNamed is group with a given name for a new entity.
func (rs *resolution) groupNamed(country *Actor, agent *Actor, name string) *ent {
	key := "g:" + country.Country + ":" + strings.Join(agent.Sectors, "+")
	if e := rs.byKey[key]; e != nil {
		return e
	}
	e := &ent{key: key, name: name, kind: "group",
		st: state{country: country.Country, sectors: agent.Sectors, code: code(country.Country, agent.Sectors)}}
	rs.byKey[key] = e
	rs.ents = append(rs.ents, e)
	return e
}

// learn gives an unknown person the country and sectors of their title.
func (rs *resolution) learn(e *ent, country *Actor, agent *Actor) {
	if country != nil && e.st.country == "" {
		e.st.country = country.Country
	}
	for _, s := range agent.Sectors {
		if !slices.Contains(e.st.sectors, s) {
			e.st.sectors = append(e.st.sectors, s)
		}
	}
	if e.st.role == "" && agent.Role != "" {
		e.st.role = agent.Role
	}
	e.st.code = code(e.st.country, e.st.sectors)
}

// unknownPerson is a person named at pieces[first:end] that the dictionary
// does not know; later mentions of the surname corefer.
func (rs *resolution) unknownPerson(first, end int) *ent {
	name := rs.text[rs.pieces[first].Start:rs.pieces[end-1].End]
	key := "u:" + strings.ToLower(name)
	e := rs.byKey[key]
	if e == nil {
		e = &ent{key: key, name: name, kind: "person"}
		rs.byKey[key] = e
		rs.ents = append(rs.ents, e)
	}
	if end-first > 1 {
		rs.surnames[strings.ToLower(rs.pieceText(end-1))] = e
	}
	rs.addMention(e, first, end)
	rs.person(e)
	rs.consumed = max(rs.consumed, end)
	return e
}

// isNamed reports whether an item names a person or organisation (not a
// country or a title).
func (rs *resolution) isNamed(it item) bool {
	if it.ner != "" {
		return true
	}
	for _, v := range it.aliases {
		al := rs.r.aliases[v]
		if al.kind == akName || al.kind == akShort {
			if rs.r.actors[al.actor].Kind != KindCountry {
				return true
			}
		}
	}
	return false
}

// named resolves a name item to its entity and records the mention.
func (rs *resolution) named(it item, rest []item, s span) *ent {
	if it.ner != "" {
		if it.ner == "PERSON" {
			if e := rs.surnames[strings.ToLower(rs.text[rs.pieces[it.first].Start:rs.pieces[it.end-1].End])]; e != nil && it.end-it.first == 1 {
				rs.addMention(e, it.first, it.end)
				rs.person(e)
				return e
			}
			if it.end-it.first == 1 {
				// A lone capitalised word the model calls a person, with no one
				// of that surname met before, is too often a place ("Goma").
				return nil
			}
			return rs.unknownPerson(it.first, it.end)
		}
		name := rs.text[rs.pieces[it.first].Start:rs.pieces[it.end-1].End]
		key := "o:" + strings.ToLower(name)
		e := rs.byKey[key]
		if e == nil {
			e = &ent{key: key, name: name, kind: "organization"}
			rs.byKey[key] = e
			rs.ents = append(rs.ents, e)
		}
		rs.addMention(e, it.first, it.end)
		return e
	}
	a := rs.pick(it)
	if a == nil {
		return nil
	}
	e := rs.entity(a)
	first := it.first
	// A capitalised word before a surname that starts like the person's
	// given name is that given name, misspelt: "Vlodomir Zelenskyy".
	if rs.isShort(it) && first > s.first && rs.givenLike(first-1, a) {
		first--
	}
	rs.addMention(e, first, it.end)
	if a.Kind == KindPerson {
		rs.person(e)
	}
	return e
}

// namedWithGiven resolves a surname item preceded by unknown capitalised
// words from `given`; it takes them into the mention when the first one
// starts like the person's given name.
func (rs *resolution) namedWithGiven(it item, given int, s span) *ent {
	if !rs.isShort(it) || it.first-given != 1 {
		return nil
	}
	a := rs.pick(it)
	if a == nil || a.Kind != KindPerson || !rs.givenLike(given, a) {
		return nil
	}
	e := rs.entity(a)
	rs.addMention(e, given, it.end)
	rs.person(e)
	return e
}

func (rs *resolution) isShort(it item) bool {
	for _, v := range it.aliases {
		if rs.r.aliases[v].kind == akShort {
			return true
		}
	}
	return false
}

// givenLike reports whether piece p is an unknown capitalised word with the
// initial of a's given name.
func (rs *resolution) givenLike(p int, a *Actor) bool {
	pc := rs.pieces[p]
	if !pc.Flags.Has(mention.Upper) || pc.ID >= 0 || pc.Flags.Has(mention.Poss) {
		return false
	}
	w := rs.pieceText(p)
	r1, _ := utf8.DecodeRuneInString(w)
	r2, _ := utf8.DecodeRuneInString(a.Name)
	return r1 == r2 && utf8.RuneCountInString(w) >= 3
}

// pick chooses the actor an item refers to. Full names win over surnames;
// among several, an actor already in the article wins, then one in office
// on the date, then the only leader among them.
func (rs *resolution) pick(it item) *Actor {
	var full, short []*Actor
	for _, v := range it.aliases {
		al := rs.r.aliases[v]
		a := rs.r.actors[al.actor]
		switch al.kind {
		case akName:
			if a.Kind != KindCountry && a.Kind != KindAgent {
				full = append(full, a)
			}
		case akShort:
			short = append(short, a)
		case akCtx:
			if rs.byKey[actorKey(a)] != nil {
				full = append(full, a)
			}
		}
	}
	if a := rs.choose(full, true); a != nil {
		return a
	}
	return rs.choose(short, false)
}

func (rs *resolution) choose(cands []*Actor, anyOK bool) *Actor {
	if len(cands) == 0 {
		return nil
	}
	// Most recently mentioned in the article.
	for i := len(rs.ents) - 1; i >= 0; i-- {
		if a := rs.ents[i].actor; a != nil && slices.Contains(cands, a) {
			return a
		}
	}
	if len(cands) == 1 {
		return cands[0]
	}
	var held, top []*Actor
	for _, a := range cands {
		st := rs.r.stateAt(a, rs.date)
		if len(a.Terms) == 0 || (st.term != nil && st.term.holds(rs.date)) {
			held = append(held, a)
			if st.top {
				top = append(top, a)
			}
		}
	}
	switch {
	case len(held) == 1:
		return held[0]
	case len(top) == 1:
		return top[0]
	case anyOK:
		return cands[0]
	}
	return nil
}

// countryOf returns the country an item names or modifies, if any: a
// country name, demonym, seat of government, context alias already
// introduced, or a capital that acts ("Pyongyang said").
func (rs *resolution) countryOf(it item, rest []item) *Actor {
	if it.ner != "" {
		return nil
	}
	for _, v := range it.aliases {
		al := rs.r.aliases[v]
		a := rs.r.actors[al.actor]
		if a.Kind != KindCountry {
			continue
		}
		switch al.kind {
		case akName, akAdj, akSeat:
			return a
		case akCtx:
			if rs.byKey[actorKey(a)] != nil {
				return a
			}
		case akCapital:
			if rs.governs(it, rest) {
				return a
			}
		}
	}
	return nil
}

// countryActor is countryOf without the context of the next items: the
// country for a country mention.
func (rs *resolution) countryActor(it item) *Actor {
	for _, v := range it.aliases {
		if a := rs.r.actors[rs.r.aliases[v].actor]; a.Kind == KindCountry {
			return a
		}
	}
	return nil
}

// governs reports whether a capital stands for its government: it is
// followed by a verb of saying or acting, by a possessive, or by "and"
// another capital that is ("both Moscow and Pyongyang call").
func (rs *resolution) governs(it item, rest []item) bool {
	p := it.end
	if p < len(rs.pieces) && rs.pieces[p].Flags.Has(mention.Poss) {
		return true
	}
	if p < len(rs.pieces) && strings.EqualFold(rs.pieceText(p), "and") && len(rest) > 0 && rest[0].first == p+1 {
		for _, v := range rest[0].aliases {
			if rs.r.aliases[v].kind == akCapital {
				return rs.governs(rest[0], rest[1:])
			}
		}
	}
	if p < len(rs.pieces) && (actsVerb(strings.ToLower(rs.pieceText(p))) || rs.finiteVerb(p)) {
		return true
	}
	// The object of a verb of dealing with a government, or the other
	// party of "talks with" and "between": "urged Beijing", "thanked
	// Washington", "relations between Washington and Tehran".
	if b := it.first - 1; b >= 0 {
		w := strings.ToLower(rs.pieceText(b))
		if b+1 == it.first && (dealsWith(w) || w == "with" || w == "between") {
			return true
		}
		if w == "and" && b > 0 && strings.EqualFold(rs.pieceText(b-1), "between") {
			return true
		}
	}
	return false
}

// finiteVerb reports whether piece p is a finite verb or a modal, as the
// tagger says: the capital before it is its subject ("Tehran released").
func (rs *resolution) finiteVerb(p int) bool {
	t := rs.pieces[p].Token
	if t < 0 || t >= len(rs.doc.Tokens) {
		return false
	}
	switch rs.doc.Tokens[t].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// dealsWith lists the verbs whose object, when a capital, is its
// government rather than the city: one urges or thanks a government, one
// strikes or visits a city.
func dealsWith(w string) bool {
	switch w {
	case "urged", "urges", "urge", "thanked", "thanks", "thank", "accused", "accuses", "accuse",
		"warned", "warns", "warn", "criticised", "criticized", "criticises", "criticizes", "condemned",
		"condemns", "blamed", "blames", "blame", "asked", "asks", "told", "tells", "pressed", "presses",
		"praised", "praises", "invited", "invites", "sanctioned", "sanctions", "threatened", "threatens",
		"welcomed", "welcomes", "rebuked", "rebukes", "pressured", "pressures", "lobbied", "persuaded",
		"backed", "backs", "supported", "supports", "opposed", "opposes", "defied", "defies":
		return true
	}
	return false
}

// actsVerb lists the verbs after which a capital is its government.
func actsVerb(w string) bool {
	switch w {
	case "said", "says", "say", "told", "tells", "denied", "denies", "deny", "warned", "warns", "warn",
		"accused", "accuses", "accuse", "announced", "announces", "called", "calls", "call", "rejected",
		"rejects", "reject", "claimed", "claims", "claim", "insisted", "insists", "responded", "responds",
		"has", "have", "had", "will", "would", "wants", "wanted", "condemned", "condemns", "condemn",
		"urged", "urges", "demanded", "demands", "blamed", "blames", "refused", "refuses", "threatened",
		"threatens", "agreed", "agrees", "signed", "signs", "sent", "sends", "protested", "protests",
		"vowed", "vows", "sought", "seeks", "ordered", "orders", "hopes", "hoped", "believes", "considers",
		"retaliated", "launched", "expelled", "summoned", "imposed", "recalled", "approved", "confirmed",
		"is", "was", "did", "does", "may", "could", "should", "must":
		return true
	}
	return false
}

// agentOf returns the title an item names, if it is one.
func (rs *resolution) agentOf(it item) *Actor {
	for _, v := range it.aliases {
		if al := rs.r.aliases[v]; al.kind == akAgent {
			return rs.r.actors[al.actor]
		}
	}
	return nil
}

// adjacent reports whether a phrase ending at piece end is directly
// followed by one starting at next, possibly through a possessive "'s".
func (rs *resolution) adjacent(end, next int) bool {
	if next == end {
		return true
	}
	return next == end+1 && rs.pieces[end].Flags.Has(mention.Poss)
}

func (rs *resolution) itemAt(items []item, p int) bool {
	for _, it := range items {
		if it.first <= p && p < it.end {
			return true
		}
	}
	return false
}

// nameLike reports whether piece p could be part of a person's name.
func (rs *resolution) nameLike(p int) bool {
	f := rs.pieces[p].Flags
	return f.Has(mention.Upper) && !f.Has(mention.Poss) && !f.Has(mention.AllCaps) && utf8.RuneCountInString(rs.pieceText(p)) > 1
}

func (rs *resolution) pieceText(p int) string {
	return rs.text[rs.pieces[p].Start:rs.pieces[p].End]
}

// gaps resolves what lies between phrases: pronouns, "his country", "the
// two countries", surnames of people met earlier, and misspelt surnames.
func (rs *resolution) gaps(from, to int, s span) {
	for p := from; p < to; p++ {
		pc := rs.pieces[p]
		if pc.Flags.Has(mention.Punct) {
			continue
		}
		w := rs.pieceText(p)
		lw := strings.ToLower(w)
		switch lw {
		case "he", "him", "his", "she", "her":
			if p+1 < to && (strings.EqualFold(rs.pieceText(p+1), "country") || strings.EqualFold(rs.pieceText(p+1), "nation")) && (lw == "his" || lw == "her") {
				last := rs.lastPerson
				if lw == "her" {
					last = rs.lastShe
				}
				if e := last; e != nil && e.st.country != "" {
					if a := rs.r.countries[e.st.country]; a != nil {
						c := rs.entity(a)
						rs.addMention(c, p, p+2)
						rs.noteCountry(c)
					}
				}
				p++
				continue
			}
			last := rs.lastPerson
			if lw == "she" || lw == "her" {
				last = rs.lastShe
			}
			if last != nil && !s.heading {
				rs.addMention(last, p, p+1)
			}
			continue
		case "two", "both":
			if p+1 < to && (strings.EqualFold(rs.pieceText(p+1), "countries") || strings.EqualFold(rs.pieceText(p+1), "nations")) && len(rs.countries) >= 2 {
				first := p
				if lw == "two" && p > s.first && strings.EqualFold(rs.pieceText(p-1), "the") {
					first = p - 1
				}
				for _, c := range rs.countries[len(rs.countries)-2:] {
					rs.addMention(c, first, p+2)
				}
				p++
				continue
			}
		}
		if !pc.Flags.Has(mention.Upper) || s.heading && pc.ID < 0 {
			continue
		}
		if e := rs.surnames[lw]; e != nil {
			rs.addMention(e, p, p+1)
			rs.person(e)
			continue
		}
		if pc.ID < 0 && utf8.RuneCountInString(w) >= 5 && !s.heading {
			if vals := rs.r.fuzzyLookup(mention.Key(w)); len(vals) > 0 {
				it := item{first: p, end: p + 1, aliases: vals}
				if a := rs.pick(it); a != nil {
					e := rs.entity(a)
					first := p
					if p > s.first && rs.givenLike(p-1, a) {
						first = p - 1
					}
					rs.addMention(e, first, p+1)
					rs.person(e)
				}
			}
		}
	}
}

func (rs *resolution) countryMention(a *Actor, first, end int) {
	e := rs.entity(a)
	rs.addMention(e, first, end)
	rs.noteCountry(e)
}

func (rs *resolution) noteCountry(e *ent) {
	if i := slices.Index(rs.countries, e); i >= 0 {
		rs.countries = slices.Delete(rs.countries, i, i+1)
	}
	rs.countries = append(rs.countries, e)
}

func actorKey(a *Actor) string { return fmt.Sprintf("a:%d", a.ID) }

// entity returns the article's entity for a dictionary actor, creating it.
func (rs *resolution) entity(a *Actor) *ent {
	key := actorKey(a)
	if e := rs.byKey[key]; e != nil {
		return e
	}
	e := &ent{key: key, actor: a, name: a.Name, kind: outKind(a.Kind), st: rs.r.stateAt(a, rs.date)}
	rs.byKey[key] = e
	rs.ents = append(rs.ents, e)
	return e
}

func outKind(k string) string {
	if k == KindOrg {
		return "organization"
	}
	return k
}

func (rs *resolution) addMention(e *ent, first, end int) {
	m := article.Mention{Start: rs.pieces[first].Start, End: rs.pieces[end-1].End}
	for _, o := range e.mentions {
		if o.Start == m.Start && o.End == m.End {
			return
		}
	}
	m.Text = rs.text[m.Start:m.End]
	e.mentions = append(e.mentions, m)
}

// entities numbers the entities in order of first mention.
func (rs *resolution) entities() []article.Entity {
	var es []*ent
	for _, e := range rs.ents {
		if len(e.mentions) == 0 {
			continue
		}
		slices.SortFunc(e.mentions, func(a, b article.Mention) int {
			if a.Start != b.Start {
				return a.Start - b.Start
			}
			return a.End - b.End
		})
		es = append(es, e)
	}
	slices.SortStableFunc(es, func(a, b *ent) int { return a.mentions[0].Start - b.mentions[0].Start })
	out := make([]article.Entity, 0, len(es))
	for i, e := range es {
		ent := article.Entity{
			ID: fmt.Sprintf("E%d", i+1), Name: e.name, Kind: e.kind, Country: e.st.country,
			Sectors: nonNil(slices.Clone(e.st.sectors)), Role: e.st.role, Code: e.st.code, Mentions: e.mentions,
		}
		if len(ent.Sectors) > 0 {
			ent.Sector = ent.Sectors[0]
		}
		if ent.Code == "" {
			ent.Code = code(ent.Country, ent.Sectors)
		}
		out = append(out, ent)
	}
	return out
}

// At returns the actors referred to inside span, for the event coder: the
// entities with a mention inside it, in text order ("US, South Korean and
// others" → USA, KOR; "North Korean troops" → the PRK MIL group), each once.
// When no entity is mentioned there, the countries and titles of the span
// are read directly ("Iranian diplomats" → IRN GOV), without an entity ID.
func (r *Resolver) At(doc *article.Doc, entities []article.Entity, sp article.Span) []article.ActorRef {
	type hit struct {
		start int
		ref   article.ActorRef
	}
	var hits []hit
	for _, e := range entities {
		for _, m := range e.Mentions {
			if sp.Contains(article.Span{Start: m.Start, End: m.End}) {
				hits = append(hits, hit{m.Start, article.ActorRef{Entity: e.ID, Code: e.Code, Country: e.Country,
					Sector: e.Sector, Sectors: e.Sectors, Text: m.Text}})
				break
			}
		}
	}
	if len(hits) == 0 {
		return r.readSpan(doc, sp)
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return a.start - b.start })
	out := make([]article.ActorRef, len(hits))
	for i, h := range hits {
		out[i] = h.ref
	}
	return out
}

// readSpan codes a span no entity covers from its dictionary phrases:
// countries, optionally with a title after them.
func (r *Resolver) readSpan(doc *article.Doc, sp article.Span) []article.ActorRef {
	if sp.Start < 0 || sp.End > len(doc.Article.Text) || sp.Start >= sp.End {
		return nil
	}
	text := doc.Article.Text
	toks := mention.Tokenize(text[sp.Start:sp.End])
	for i := range toks {
		toks[i].Start += sp.Start
		toks[i].End += sp.Start
	}
	pieces := r.gaz.Pieces(text, toks, nil)
	var out []article.ActorRef
	matches := r.gaz.Find(pieces, nil)
	for k, m := range matches {
		var country, agent *Actor
		for _, v := range m.Values {
			al := r.aliases[v]
			if a := r.actors[al.actor]; a.Kind == KindCountry && (al.kind == akName || al.kind == akAdj) {
				country = a
			}
		}
		if country == nil {
			continue
		}
		end := m.End
		if k+1 < len(matches) && (matches[k+1].First == m.End || matches[k+1].First == m.End+1 && pieces[m.End].Flags.Has(mention.Poss)) {
			for _, v := range matches[k+1].Values {
				if al := r.aliases[v]; al.kind == akAgent {
					agent = r.actors[al.actor]
					end = matches[k+1].End
				}
			}
		}
		ref := article.ActorRef{Country: country.Country, Code: country.Country,
			Text: text[pieces[m.First].Start:pieces[end-1].End]}
		if agent != nil {
			ref.Sectors = slices.Clone(agent.Sectors)
			ref.Sector = ref.Sectors[0]
			ref.Code = code(country.Country, agent.Sectors)
		}
		out = append(out, ref)
	}
	return out
}
