package attrib

import (
	"strings"
	"unicode"

	"github.com/sitrep-project/sitrep/internal/article"
)

// Stances that put a claim on record, and stances that contest one.
var (
	affirming = map[string]bool{article.StanceAsserts: true, article.StanceReports: true,
		article.StanceAssesses: true, article.StanceClaims: true}
	contesting = map[string]bool{article.StanceDenies: true, article.StanceNotConfirmed: true}
)

// disputes pairs each denial or non-confirmation with the claims it
// contests: events reported by another source, whose actors include the
// denying party, and whose evidence shares a content word with what is
// denied ("denied reports of weapons shipments" contests "shipped ...
// weapons"). A claim contested several times is one dispute with all its
// sides.
func disputes(doc *article.Doc, frames []frame, attrs []article.Attribution, events []article.Event, entities []article.Entity) []article.Dispute {
	country := map[string]string{}
	for _, e := range entities {
		country[e.ID] = e.Country
	}
	out := []article.Dispute{}
	byClaim := map[string]int{}
	for fi, f := range frames {
		if !contesting[f.stance] {
			continue
		}
		denied := stems(doc.Slice(f.content))
		deniers := map[string]bool{}
		for _, id := range f.entities {
			deniers[id] = true
			if c := country[id]; c != "" {
				deniers[c] = true
			}
		}
		for _, ev := range events {
			at := ev.Attribution
			if at == nil || !affirming[at.Stance] || at.ID == attrs[fi].ID || ev.Evidence.Start >= f.source.Start && ev.Evidence.Start < f.content.End {
				continue
			}
			if !involves(ev, deniers) || !sharesStem(denied, stems(ev.Evidence.Text)) {
				continue
			}
			side := article.DisputeSide{Attribution: attrs[fi].ID, Stance: f.stance, Source: attrs[fi].Source.Entity}
			if k, ok := byClaim[ev.ID]; ok {
				out[k].Sides = append(out[k].Sides, side)
				continue
			}
			byClaim[ev.ID] = len(out)
			out = append(out, article.Dispute{Claim: ev.ID, Sides: []article.DisputeSide{
				{Attribution: at.ID, Stance: at.Stance, Source: at.Source}, side}})
		}
	}
	return out
}

// involves reports whether a denier (by entity or country) is an actor
// or recipient of the event.
func involves(ev article.Event, deniers map[string]bool) bool {
	for _, refs := range [][]article.ActorRef{ev.Actor, ev.Recipient} {
		for _, r := range refs {
			if deniers[r.Entity] || r.Country != "" && deniers[r.Country] {
				return true
			}
		}
	}
	return false
}

var stopWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "to": true, "in": true, "on": true,
	"for": true, "with": true, "from": true, "by": true, "at": true, "its": true, "their": true, "his": true,
	"her": true, "that": true, "this": true, "these": true, "those": true, "some": true, "any": true, "has": true,
	"have": true, "had": true, "been": true, "was": true, "were": true, "are": true, "is": true, "be": true,
	"more": true, "than": true, "other": true, "also": true, "already": true, "them": true, "they": true,
	"report": true, "reports": true, "claims": true, "said": true, "says": true, "not": true, "formally": true,
}

// stems returns crude stems of the lower-case content words of s; names
// (capitalised words) are left out, as the parties are matched apart.
func stems(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if w == "" || unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		w = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'"))
		if len(w) < 4 || stopWords[w] {
			continue
		}
		for _, suf := range []string{"ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s"} {
			if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
				w = w[:len(w)-len(suf)]
				break
			}
		}
		out = append(out, w)
	}
	return out
}

// sharesStem reports whether a stem of a is a prefix of a stem of b or
// the other way round ("ship" and "shipp").
func sharesStem(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if strings.HasPrefix(x, y) || strings.HasPrefix(y, x) {
				return true
			}
		}
	}
	return false
}
