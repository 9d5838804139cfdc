package geo

import (
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/internal/article"
)

// nounHeads are nouns a locative phrase after them belongs to rather than
// to the event: "Russia's war in Ukraine", "the embassy in Seoul".
var nounHeads = map[string]bool{
	"war": true, "invasion": true, "conflict": true, "embassy": true, "ambassador": true, "role": true,
	"interests": true, "operations": true, "operation": true, "presence": true, "troops": true,
	"forces": true, "people": true, "situation": true, "crisis": true, "fighting": true, "offensive": true,
	"office": true, "consulate": true, "citizens": true, "residents": true, "counterpart": true,
	"policy": true, "involvement": true, "intervention": true, "campaign": true, "base": true,
}

// LocateEvents sets each event's Location from the place governing its
// clause: a plain place (not a demonym, not a place acting as a
// government) after a locative preposition (in, at, near, into, inside,
// across, within, from ...) inside the event's evidence span, or else
// inside its sentence; the nearest to the evidence span wins, and a phrase
// that belongs to a noun ("the war in Ukraine") is passed over. When no
// such place exists the location stays nil: "on the frontlines" is no
// place, and the dateline place is where the article was filed, not where
// the event happened, so it is used only when the text itself says "in
// Seoul". Events that already have a Location are left alone.
func LocateEvents(doc *article.Doc, places []article.Place, events []article.Event) {
	if len(places) == 0 || len(events) == 0 {
		return
	}
	ws := words(doc)
	defer putWords(ws)
	for i := range events {
		ev := &events[i]
		if ev.Location != nil {
			continue
		}
		scope := sentenceSpan(doc, ev)
		var best *article.Place
		bestDist := -1
		for j := range places {
			p := &places[j]
			if p.Sense != SensePlace || !scope.Contains(article.Span{Start: p.Start, End: p.End}) || !governed(ws, p) ||
				p.Start >= ev.Evidence.End && newClause(doc, ev.Evidence.End, p.Start) ||
				p.End <= ev.Evidence.Start && newClause(doc, p.End, ev.Evidence.Start) {
				continue
			}
			d := gap(ev.Evidence.Start, ev.Evidence.End, p.Start, p.End)
			if best == nil || d < bestDist {
				best, bestDist = p, d
			}
		}
		if best != nil {
			ev.Location = &article.Location{
				Name: best.Name, Country: best.Country, Lat: best.Lat, Lon: best.Lon,
				GeonameID: best.GeonameID, Start: best.Start, End: best.End,
			}
		}
	}
}

// newClause reports whether a clause of its own opens between byte
// offsets from and to: an infinitive ("to let Ukraine strike targets
// inside Russia"), a relative clause ("which ...") or a subordinate one
// after a comma (", amid concern after North Korea sent troops"). A place
// on the far side belongs to that clause, not to the event.
func newClause(doc *article.Doc, from, to int) bool {
	toks := doc.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= from })
	for ; i < len(toks) && toks[i].End <= to; i++ {
		switch toks[i].Tag {
		case "WDT", "WP", "WRB":
			return true
		case "TO":
			if i+1 < len(toks) && toks[i+1].Tag == "VB" {
				return true
			}
		case ",":
			if i+1 < len(toks) && toks[i+1].End <= to && (toks[i+1].Tag == "IN" || toks[i+1].Tag == "WRB") {
				return true
			}
		}
	}
	return false
}

// sentenceSpan is the span an event's location is looked for in: its
// evidence sentence, else its evidence span.
func sentenceSpan(doc *article.Doc, ev *article.Event) article.Span {
	sp := article.Span{Start: ev.Evidence.Start, End: ev.Evidence.End}
	if s := ev.Evidence.Sentence; s >= 0 && s < len(doc.Sentences) {
		ss := doc.Sentences[s].Span
		if sp.Len() == 0 || ss.Overlaps(sp) {
			return article.Span{Start: min(ss.Start, sp.Start), End: max(ss.End, sp.End)}
		}
	}
	return sp
}

// governed reports whether place p follows a locative preposition that
// does not hang off a noun: "arrived in North Korea", not "war in Ukraine".
// Words between the preposition and the place may be a determiner or
// modifiers ("in the eastern city of Kharkiv" reaches Kharkiv through "of").
func governed(ws []word, p *article.Place) bool {
	first := -1
	for i := range ws {
		if ws[i].Start == p.Start {
			first = i
			break
		}
	}
	for i, n := first-1, 0; i >= 0 && n < 6; i, n = i-1, n+1 {
		w := strings.ToLower(ws[i].text)
		if ws[i].sent != ws[first].sent || w == "," || w == ";" {
			return false
		}
		if locatives[w] && w != "to" {
			return i == 0 || !nounHeads[strings.ToLower(ws[i-1].text)]
		}
		if w == "to" {
			return false
		}
	}
	return false
}

// gap is the distance in bytes between two spans, 0 when they overlap.
func gap(s1, e1, s2, e2 int) int {
	switch {
	case e1 <= s2:
		return s2 - e1
	case e2 <= s1:
		return s1 - e2
	}
	return 0
}
