package geo

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
)

// mention is a toponym found in the text, before resolution.
type mention struct {
	article.Span
	first, last int     // words[first..last]
	key         string  // lookup key of the surface text
	cands       []int32 // gazetteer entries it may name
	demonym     bool    // "Turkish": names the country through its people
}

// joiners are the lower-case words a multi-word place name may contain.
var joiners = map[string]bool{
	"of": true, "de": true, "del": true, "da": true, "do": true, "dos": true, "das": true, "du": true,
	"des": true, "la": true, "le": true, "al": true, "el": true, "and": true, "on": true, "upon": true,
	"am": true, "an": true, "der": true, "the": true, "y": true, "e": true, "i": true, "sur": true,
}

// suffixes are the capitalised words that may follow a place name without
// making it part of a longer name that is not a place ("Kursk Region").
var suffixes = map[string]bool{
	"region": true, "province": true, "oblast": true, "state": true,
	"governorate": true, "prefecture": true, "city": true, "valley": true, "river": true, "islands": true,
	"island": true, "peninsula": true, "strip": true, "coast": true, "border": true, "area": true,
}

// find returns the toponyms in ws that the gazetteer knows, longest match
// first, without overlaps. Names inside person names (from doc.Names and
// the actor entities) are left out, and so are one-word common English
// words and capitalised words that are part of a longer name that is not a
// place ("Washington Post", "President Obama").
func (g *Gazetteer) find(text string, ws []word, exclude []article.Span) []mention {
	var ms []mention
	rejected := map[string]bool{}
	limit := 2*g.maxWords + 1
	for i := 0; i < len(ws); i++ {
		w := &ws[i]
		if !w.isWord() || !w.capitalised() {
			continue
		}
		var best mention
		limit := limit
		if !g.heads[key(w.text)] {
			limit = 1 // no name of several words starts with this one
		}
		for j := i; j < len(ws) && j-i < limit && ws[j].sent == w.sent; j++ {
			if j > i {
				gap := text[ws[j-1].End:ws[j].Start]
				if strings.ContainsAny(gap, "\n\t") || len(gap) > 1 {
					break
				}
				if !ws[j].isWord() && ws[j].text != "-" && ws[j].text != "'" && ws[j].text != "." {
					break
				}
				if ws[j].isWord() && !ws[j].capitalised() && !joiners[strings.ToLower(ws[j].text)] && !isDigits(ws[j].text) {
					break
				}
			}
			if !ws[j].isWord() {
				continue
			}
			k := key(text[w.Start:ws[j].End])
			if c, ok := g.demonyms[k]; ok {
				best = mention{Span: article.Span{Start: w.Start, End: ws[j].End}, first: i, last: j, key: k, cands: []int32{c}, demonym: true}
			} else if cs := g.lookup(k); len(cs) > 0 {
				best = mention{Span: article.Span{Start: w.Start, End: ws[j].End}, first: i, last: j, key: k, cands: cs}
			}
		}
		if best.cands == nil {
			continue
		}
		if ok, wide := g.plausible(text, ws, &best, exclude); !ok {
			if wide {
				rejected[best.key] = true
			}
			continue
		}
		ms = append(ms, best)
		i = best.last
	}
	// One sense per article: a name seen as part of a person's or an
	// organisation's name ("Kim Jong Un") is not a place elsewhere ("Kim
	// said"), unless it names a country, subdivision, capital or city
	// ("Toronto Police" does not make every Toronto a name).
	return slices.DeleteFunc(ms, func(m mention) bool { return rejected[m.key] && !g.isCountryName(&m) })
}

// plausible weighs the surface evidence that m is a toponym. When it is
// not, wide says whether the name is not a toponym anywhere in the
// article: it lies in a person's or organisation's name, or in a longer
// capitalised name and is not a country, subdivision, capital or city.
func (g *Gazetteer) plausible(text string, ws []word, m *mention, exclude []article.Span) (ok, wide bool) {
	for _, x := range exclude {
		if x.Overlaps(m.Span) {
			return false, true
		}
	}
	first := &ws[m.first]
	if allUpper(text[m.Start:m.End]) && m.End-m.Start <= 4 && !g.isCountryName(m) && m.first > 0 {
		return false, true // "AP", "NATO": acronyms, unless a country's ("US", "UK")
	}
	if m.first == m.last && g.stop[m.key] && !followedByPlace(ws, m.last) {
		return false, false
	}
	if m.demonym || first.heading {
		return true, false
	}
	admin := g.admin(m.cands)
	// A small place's name as a sentence's first word is more often a
	// common word: "Aid workers said".
	if first.initial && m.first == m.last && !admin {
		return false, false
	}
	big := g.isCountryName(m)
	// Part of a longer capitalised name: "President Obama", "Washington
	// Post"; but "New York Gov. Andrew Cuomo" names the state.
	if p := m.first - 1; p >= 0 && ws[p].sent == first.sent && ws[p].isWord() && ws[p].capitalised() &&
		!ws[p].initial && text[ws[p].End:first.Start] == " " && !big {
		return false, !admin
	}
	if n := m.last + 1; n < len(ws) && ws[n].sent == first.sent && ws[n].isWord() && ws[n].capitalised() &&
		text[ws[m.last].End:ws[n].Start] == " " && !suffixes[strings.ToLower(ws[n].text)] && !calendar[strings.ToLower(ws[n].text)] && !big &&
		!namesSubdivision(ws, m) {
		return false, !admin
	}
	return true, false
}

// calendar are the capitalised words that may follow a place without
// making a longer name: "snow is expected on Toronto Saturday".
var calendar = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true, "jan": true, "feb": true, "aug": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
}

// isCountryName reports whether m can name a country.
func (g *Gazetteer) isCountryName(m *mention) bool {
	for _, c := range m.cands {
		if g.entries[c].IsCountry() {
			return true
		}
	}
	return false
}

// followedByPlace reports whether ws[i] is followed by ", Name" — the
// "Mobile, Alabama" pattern that makes even a common word a place.
func followedByPlace(ws []word, i int) bool {
	return i+2 < len(ws) && ws[i+1].text == "," && ws[i+2].capitalised() && ws[i+2].sent == ws[i].sent
}

func allUpper(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

func isDigits(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// admin reports whether one of cs is a country, a continent, a subdivision, a capital
// or a place of 100,000 people or more.
func (g *Gazetteer) admin(cs []int32) bool {
	for _, c := range cs {
		e := &g.entries[c]
		switch e.Code() {
		case "PCLI", "CONT", "ADM1", "PPLC", "PPLA":
			return true
		}
		if e.Population >= 100_000 {
			return true
		}
	}
	return false
}
