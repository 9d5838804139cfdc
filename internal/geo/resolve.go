package geo

import (
	"math"
	"strings"

	"github.com/sitrep-project/sitrep/internal/article"
)

// Senses of a place mention, in article.Place.Sense.
const (
	SensePlace   = ""        // the place itself
	SenseDemonym = "demonym" // its people or an adjective: "Turkish", "North Koreans"
	SenseActor   = "actor"   // the place standing for its government: "Moscow denied"
)

// prior is how likely an entry is as the referent of its name before any
// context: countries and continents over subdivisions over capitals over
// other places over second-level subdivisions, and bigger over smaller.
func prior(e *Entry) float64 {
	p := math.Log10(float64(e.Population) + 1)
	switch e.Code() {
	case "PCLI", "CONT":
		p += 9
	case "ADM1":
		p += 4
	case "PPLC":
		p += 5
	case "PPLA":
		p += 2.5
	case "PPLA2":
		p += 1
	case "ADM2":
		p-- // news names a town more often than a county of its size
	}
	return p
}

// context is what the article says about where it is: the countries and
// subdivisions its places lie in, and its dateline place.
type context struct {
	countries map[string]float64 // ISO alpha-3 → weight of the mentions in it
	admin1    map[string]float64 // "USA.TX" → weight of the mentions in it
	byKey     map[string]evidence
	anchor    *Entry // the dateline place
}

// evidence is what the mentions of one name add to the context.
type evidence struct {
	country, admin1 string
	w               float64
}

// weight is the evidence for a country or subdivision from places other than the name k.
func (c *context) weight(k, country, admin1 string) (wc, wa float64) {
	wc, wa = c.countries[country], c.admin1[country+"."+admin1]
	if ev, ok := c.byKey[k]; ok {
		if ev.country == country {
			wc -= ev.w
		}
		if ev.admin1 == country+"."+admin1 {
			wa -= ev.w
		}
	}
	return wc, wa
}

// Places finds the toponyms of doc and resolves each to a gazetteer entry.
//
// Toponyms come from the gazetteer's names matched over doc.Tokens (the
// text is scanned when there are none); spans of doc.Names typed PERSON or
// ORG, and mentions of entities of kind person, are not toponyms. Each
// distinct name takes one sense in the article: the candidate with the best
// prior, raised by the article's context — a place's country or
// subdivision named in the article, "Paris, Texas", nearness to the
// dateline place. Demonyms ("Turkish") resolve to their country with Sense
// "demonym"; a country or capital used as the subject of a verb ("Moscow
// denied") is a place mention with Sense "actor", which LocateEvents does
// not use. A name the gazetteer does not know is skipped and never
// disturbs the others.
func (g *Gazetteer) Places(doc *article.Doc, entities []article.Entity) []article.Place {
	text := doc.Article.Text
	ws := words(doc)
	defer putWords(ws)
	ms := g.find(text, ws, excluded(doc, entities))
	if len(ms) == 0 {
		return []article.Place{}
	}
	ctx := g.context(doc, ms)
	// One sense per article: every mention with the same key gets the same entry.
	sense := map[string]int32{}
	states := g.subdivisionKeys(ms, ws)
	for i := range ms {
		m := &ms[i]
		if _, ok := sense[m.key]; ok {
			continue
		}
		sense[m.key] = g.choose(m, ms, ws, ctx, states[m.key])
	}
	out := make([]article.Place, 0, len(ms))
	for i := range ms {
		m := &ms[i]
		e := &g.entries[sense[m.key]]
		if i > 0 {
			// "Seattle, Washington": the state here, whatever sense
			// Washington has elsewhere in the article.
			if c, ok := g.container(&ms[i-1], m, ws, sense); ok {
				e = &g.entries[c]
			}
		}
		p := article.Place{
			Text: text[m.Start:m.End], Name: e.Name, Country: e.Country, Lat: e.Lat, Lon: e.Lon,
			GeonameID: e.ID, Feature: e.Feature, Start: m.Start, End: m.End,
		}
		switch {
		case m.demonym:
			p.Sense = SenseDemonym
		case (e.IsCountry() || e.Code() == "PPLC") && actsAsActor(ws, m):
			p.Sense = SenseActor
		}
		out = append(out, p)
	}
	return out
}

// container returns the candidate of m that contains the place prev
// resolved to, when m follows prev after a comma: "Seattle, Washington".
func (g *Gazetteer) container(prev, m *mention, ws []word, sense map[string]int32) (int32, bool) {
	if prev.last < 0 || prev.last+2 != m.first || ws[prev.last+1].text != "," {
		return 0, false
	}
	pe := &g.entries[sense[prev.key]]
	for _, c := range m.cands {
		e := &g.entries[c]
		if e.IsCountry() && e.Country == pe.Country && !pe.IsCountry() ||
			e.Code() == "ADM1" && e.Country == pe.Country && e.Admin1 == pe.Admin1 && pe.Code() != "ADM1" {
			return c, true
		}
	}
	return 0, false
}

// excluded returns the spans that are names of people or organisations.
func excluded(doc *article.Doc, entities []article.Entity) []article.Span {
	var xs []article.Span
	for _, n := range doc.Names {
		if n.Type == "PERSON" || n.Type == "ORG" {
			xs = append(xs, n.Span)
		}
	}
	for _, e := range entities {
		if e.Kind != "person" {
			continue
		}
		for _, m := range e.Mentions {
			xs = append(xs, article.Span{Start: m.Start, End: m.End})
		}
	}
	return xs
}

// context gathers the evidence of the article: the country and
// subdivision of each name resolved by prior alone, countries and
// subdivisions counting in full and other places by half, and the
// dateline place.
func (g *Gazetteer) context(doc *article.Doc, ms []mention) *context {
	ctx := &context{countries: map[string]float64{}, admin1: map[string]float64{}, byKey: map[string]evidence{}}
	for i := range ms {
		m := &ms[i]
		e := &g.entries[g.best(m.cands, nil, "")]
		w := 0.5
		if e.IsCountry() || e.Code() == "ADM1" || len(m.cands) == 1 {
			w = 1
		}
		ev := ctx.byKey[m.key]
		ev.country, ev.w = e.Country, ev.w+w
		ctx.countries[e.Country] += w
		if !e.IsCountry() {
			ev.admin1 = e.Country + "." + e.Admin1
			ctx.admin1[ev.admin1] += w
		}
		ctx.byKey[m.key] = ev
	}
	if dl := doc.Article.Dateline.Place; dl != "" {
		if cs := g.lookup(key(dl)); len(cs) > 0 {
			ctx.anchor = &g.entries[g.best(cs, ctx, key(dl))]
			ctx.countries[ctx.anchor.Country]++
		}
	}
	return ctx
}

// choose resolves mention m in the context of the article; subdivision
// says the article uses m's name for a subdivision ("New York Gov.").
func (g *Gazetteer) choose(m *mention, ms []mention, ws []word, ctx *context, subdivision bool) int32 {
	if len(m.cands) == 1 {
		return m.cands[0]
	}
	if subdivision {
		var adm1 []int32
		for _, c := range m.cands {
			if g.entries[c].Code() == "ADM1" {
				adm1 = append(adm1, c)
			}
		}
		if len(adm1) > 0 {
			return g.best(adm1, ctx, m.key)
		}
	}
	// "Paris, Texas": the name after the comma says which.
	if n := nextMention(ms, m, ws); n != nil {
		var in []int32
		for _, c := range m.cands {
			e := &g.entries[c]
			for _, nc := range n.cands {
				ne := &g.entries[nc]
				if ne.IsCountry() && ne.Country == e.Country && !e.IsCountry() ||
					ne.Code() == "ADM1" && ne.Country == e.Country && ne.Admin1 == e.Admin1 && e.Code() != "ADM1" {
					in = append(in, c)
					break
				}
			}
		}
		if len(in) > 0 {
			return g.best(in, ctx, m.key)
		}
	}
	return g.best(m.cands, ctx, m.key)
}

// best returns the candidate with the highest score in ctx (prior alone
// when ctx is nil) for the name k. A subdivision loses to its own seat or
// to a big city of the same name in it ("Mopti", "New York", "Aleppo")
// unless the words around it say it is the subdivision (namesSubdivision:
// "New York Gov."). Ties are
// broken by a total order (see before), so the choice never depends on
// the order of cs.
func (g *Gazetteer) best(cs []int32, ctx *context, k string) int32 {
	best, bestScore := int32(-1), math.Inf(-1)
	for _, c := range cs {
		e := &g.entries[c]
		s := prior(e)
		if ctx != nil {
			wc, wa := ctx.weight(k, e.Country, e.Admin1)
			s += 2.5 * math.Min(wc, 3)
			if e.Code() != "ADM1" && !e.IsCountry() {
				s += 1.5 * math.Min(wa, 2)
			}
			if ctx.anchor != nil && ctx.anchor != e && distance(ctx.anchor.Lat, ctx.anchor.Lon, e.Lat, e.Lon) < 300 {
				s += 2
			}
		}
		if best < 0 || g.before(c, s, best, bestScore) {
			best, bestScore = c, s
		}
	}
	if b := &g.entries[best]; b.Code() == "ADM1" {
		seat := int32(-1)
		for _, c := range cs {
			e := &g.entries[c]
			if strings.HasPrefix(e.Feature, "P.") && e.Country == b.Country && e.Admin1 == b.Admin1 &&
				(e.Code() == "PPLA" || e.Code() == "PPLC" || e.Population >= 1_000_000) &&
				(seat < 0 || g.before(c, prior(e), seat, prior(&g.entries[seat]))) {
				seat = c
			}
		}
		if seat >= 0 {
			return seat
		}
	}
	return best
}

// before is the total order of candidates: entry a with score sa comes
// before entry b with score sb when its score is higher, then its
// population, then (for equal populations) its GeoNames id is lower, then
// its row in the gazetteer is.
func (g *Gazetteer) before(a int32, sa float64, b int32, sb float64) bool {
	if sa != sb {
		return sa > sb
	}
	ea, eb := &g.entries[a], &g.entries[b]
	if ea.Population != eb.Population {
		return ea.Population > eb.Population
	}
	if ea.ID != eb.ID {
		return ea.ID < eb.ID
	}
	return a < b
}

// subdivisionKeys returns the keys of the mentions that name a first-level
// subdivision by the words around them (see namesSubdivision), or nil.
func (g *Gazetteer) subdivisionKeys(ms []mention, ws []word) map[string]bool {
	var keys map[string]bool
	for i := range ms {
		m := &ms[i]
		if len(m.cands) < 2 || !namesSubdivision(ws, m) {
			continue
		}
		if keys == nil {
			keys = map[string]bool{}
		}
		keys[m.key] = true
	}
	return keys
}

// subdivisionAfter are words that make the name before them a state or
// province rather than its city or a country of the same name: "New York
// Gov. Andrew Cuomo", "the Quebec government", "Washington state",
// "Georgia Governor".
var subdivisionAfter = map[string]bool{
	"gov": true, "governor": true, "government": true, "premier": true, "legislature": true,
	"state": true, "province": true, "provincial": true, "statewide": true, "legislator": true,
	"legislators": true, "lawmakers": true, "assembly": true,
}

// namesSubdivision reports whether the words around mention m say it
// names a state or province: one of subdivisionAfter right after it, a
// minister of it ("Quebec Health Minister"), or "state of" / "province
// of" / "upstate" before it.
func namesSubdivision(ws []word, m *mention) bool {
	if m.first < 0 || m.last < 0 {
		return false
	}
	sent := ws[m.last].sent
	if i := m.last + 1; i < len(ws) && ws[i].sent == sent {
		w := strings.ToLower(strings.TrimSuffix(ws[i].text, "."))
		if subdivisionAfter[w] {
			return true
		}
		if i+1 < len(ws) && ws[i+1].sent == sent && ws[i].capitalised() && (ws[i+1].text == "Minister" || ws[i+1].text == "Ministry") {
			return true
		}
	}
	if i := m.first - 1; i >= 0 && ws[i].sent == ws[m.first].sent {
		if strings.EqualFold(ws[i].text, "upstate") {
			return true
		}
		if i >= 1 && ws[i].text == "of" {
			w := strings.ToLower(ws[i-1].text)
			return w == "state" || w == "province"
		}
	}
	return false
}

// nextMention returns the mention that follows m after a comma ("Paris, Texas").
func nextMention(ms []mention, m *mention, ws []word) *mention {
	if m.last < 0 || m.last+2 >= len(ws) || ws[m.last+1].text != "," {
		return nil
	}
	for i := range ms {
		if ms[i].first == m.last+2 {
			return &ms[i]
		}
	}
	return nil
}

// locatives are the prepositions that make what follows a location.
var locatives = map[string]bool{
	"in": true, "at": true, "near": true, "into": true, "inside": true, "outside": true, "across": true,
	"throughout": true, "within": true, "from": true, "around": true, "outskirts": true, "to": true,
}

// speechVerbs are verbs a government does, for text without tags.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "denied": true, "denies": true, "deny": true, "accused": true,
	"accuses": true, "warned": true, "warns": true, "announced": true, "announces": true, "claimed": true,
	"claims": true, "rejected": true, "rejects": true, "insisted": true, "insists": true, "wants": true,
	"will": true, "would": true, "has": true, "have": true, "had": true, "called": true, "calls": true,
	"call": true, "urged": true, "urges": true, "agreed": true, "agrees": true, "condemned": true,
	"condemns": true, "responded": true, "threatened": true, "threatens": true, "sent": true, "sends": true,
	"supports": true, "supported": true, "backs": true, "backed": true, "refused": true, "refuses": true,
	"hopes": true, "plans": true, "signed": true, "signs": true, "demanded": true, "demands": true,
	"did": true, "does": true, "is": true, "was": true, "could": true, "can": true, "may": true,
}

// actsAsActor reports whether mention m is the subject of a verb and not
// governed by a locative preposition: "Moscow denied", "both Moscow and
// Pyongyang call".
func actsAsActor(ws []word, m *mention) bool {
	if p := m.first - 1; p >= 0 && locatives[strings.ToLower(ws[p].text)] {
		return false
	}
	i := m.last + 1
	// Skip a coordinated subject: "Moscow and Pyongyang call".
	for i+1 < len(ws) && (ws[i].text == "and" || ws[i].text == ",") && ws[i+1].capitalised() {
		i += 2
		for i < len(ws) && ws[i].capitalised() && ws[i].sent == ws[m.last].sent {
			i++
		}
	}
	if i >= len(ws) || ws[i].sent != ws[m.last].sent {
		return false
	}
	w := &ws[i]
	if w.tag != "" {
		return strings.HasPrefix(w.tag, "VB") && w.tag != "VBG" && w.tag != "VBN" || w.tag == "MD"
	}
	return speechVerbs[strings.ToLower(w.text)]
}

// distance is the great-circle distance in kilometres between two points.
func distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0088
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	h := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(math.Min(1, h)))
}

// Distance is the great-circle distance in kilometres between two points
// given in degrees.
func Distance(lat1, lon1, lat2, lon2 float64) float64 { return distance(lat1, lon1, lat2, lon2) }

// ResolveSpans resolves toponyms whose spans are already known (gold
// annotations, say), in the context the whole article gives, as Places
// does. The result has one Place per span, in order; ok[i] is false when
// the gazetteer has no entry for the text of spans[i].
func (g *Gazetteer) ResolveSpans(doc *article.Doc, spans []article.Span) (places []article.Place, ok []bool) {
	text := doc.Article.Text
	ws := words(doc)
	defer putWords(ws)
	found := g.find(text, ws, excluded(doc, nil))
	ms := make([]mention, len(spans))
	for i, sp := range spans {
		if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
			continue
		}
		k := key(text[sp.Start:sp.End])
		m := mention{Span: sp, key: k, first: -1, last: -1}
		if c, isDem := g.demonyms[k]; isDem {
			m.cands, m.demonym = []int32{c}, true
		} else {
			m.cands = g.lookup(k)
		}
		for j := range ws {
			if ws[j].Start == sp.Start {
				m.first = j
			}
			if ws[j].End == sp.End {
				m.last = j
			}
		}
		ms[i] = m
	}
	var known []mention
	for _, m := range ms {
		if m.cands != nil {
			known = append(known, m)
		}
	}
	ctx := g.context(doc, append(known, found...))
	places = make([]article.Place, len(spans))
	ok = make([]bool, len(spans))
	sense := map[string]int32{}
	states := g.subdivisionKeys(ms, ws)
	for i := range ms {
		m := &ms[i]
		if m.cands == nil {
			places[i] = article.Place{Text: text[max(0, min(m.Start, len(text))):max(0, min(m.End, len(text)))], Start: m.Start, End: m.End}
			continue
		}
		c, seen := sense[m.key]
		if !seen {
			c = g.choose(m, known, ws, ctx, states[m.key])
			sense[m.key] = c
		}
		e := &g.entries[c]
		places[i] = article.Place{Text: text[m.Start:m.End], Name: e.Name, Country: e.Country, Lat: e.Lat, Lon: e.Lon,
			GeonameID: e.ID, Feature: e.Feature, Start: m.Start, End: m.End}
		if m.demonym {
			places[i].Sense = SenseDemonym
		}
		ok[i] = true
	}
	return places, ok
}
