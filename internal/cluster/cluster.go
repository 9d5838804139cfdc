// Package cluster decides when reports in different articles are the same
// event, and when two articles are copies of one report.
//
// It holds no state: the store calls it while inserting an article, inside
// the article's transaction, so clustering is incremental — a new report
// joins the cluster that is already there, or starts one.
//
// An event's identity across articles is its Signature: the PLOVER type,
// the sorted actor and recipient codes, the day (matched within a window)
// and the place (matched when both reports name one). Syndicated copies —
// the same story from several publishers, with small edits — are found by a
// SimHash Fingerprint of the body and count as one report.
package cluster

import (
	"slices"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/article"
)

// Window is how many days apart two reports of one event may date it.
const Window = 1

// Signature is what makes two event reports the same event.
type Signature struct {
	Event      string // PLOVER type
	Actors     string // sorted actor codes, space-separated
	Recipients string // sorted recipient codes, space-separated
	Day        string // YYYY-MM-DD the report dates the event to, "" when undated
	Precision  string // day, month, year, "" when undated
	Place      string // location name, "" when none
	Country    string // location country, "" when none
}

// Key is the part of the signature that must match exactly.
func (s Signature) Key() string {
	return s.Event + "|" + s.Actors + "|" + s.Recipients + "|" + s.Precision
}

// Of returns the signature of an event. day is the day the event is dated
// to (its resolved date, else the article's anchor), "" when unknown.
func Of(ev *article.Event, day string) Signature {
	s := Signature{
		Event:      ev.Event,
		Actors:     Codes(ev.Actor),
		Recipients: Codes(ev.Recipient),
		Day:        day,
	}
	if day != "" {
		s.Precision = "day"
		if ev.Date != nil && ev.Date.Precision != "" {
			s.Precision = ev.Date.Precision
		}
	}
	if ev.Location != nil {
		s.Place, s.Country = ev.Location.Name, ev.Location.Country
	}
	return s
}

// Codes returns the sorted, de-duplicated actor codes of refs, joined by
// spaces. An unresolved actor stands for itself by its lower-cased text.
func Codes(refs []article.ActorRef) string {
	var cs []string
	for _, r := range refs {
		c := r.Code
		if c == "" {
			c = "~" + strings.ToLower(strings.Join(strings.Fields(r.Text), "_"))
		}
		cs = append(cs, c)
	}
	slices.Sort(cs)
	return strings.Join(slices.Compact(cs), " ")
}

// Matches reports whether a report with signature s belongs to a cluster
// first seen with signature c. Keys must be equal, days within Window of
// each other (both undated also matches), and places compatible: equal,
// or in the same country, or unknown on one side.
func (s Signature) Matches(c Signature) bool {
	if s.Key() != c.Key() {
		return false
	}
	if (s.Day == "") != (c.Day == "") {
		return false
	}
	if s.Day != "" {
		d, ok := DaysApart(s.Day, c.Day)
		if !ok || d > Window {
			return false
		}
	}
	switch {
	case s.Place == "" || c.Place == "":
		return true
	case s.Country != "" && c.Country != "":
		return s.Country == c.Country
	default:
		return strings.EqualFold(s.Place, c.Place)
	}
}

// DaysApart is the absolute number of days between two YYYY-MM-DD dates.
func DaysApart(a, b string) (int, bool) {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	d := int(ta.Sub(tb).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d, true
}

// Side is where a report stands on the claim an event makes.
type Side int

// Sides of a claim.
const (
	Neutral Side = iota // hypothesised, future, or no stance
	Pro                 // asserted, reported, assessed, claimed as fact
	Con                 // denied, not confirmed, or reported as not having happened
)

// SideOf returns the side a report takes on its event's claim.
func SideOf(ev *article.Event) Side {
	switch ev.Modality {
	case article.ModalityNegated:
		return Con
	case article.ModalityFuture, article.ModalityHypothetical:
		return Neutral
	}
	if ev.Attribution == nil {
		return Pro
	}
	switch ev.Attribution.Stance {
	case article.StanceDenies, article.StanceNotConfirmed:
		return Con
	case article.StanceHypothesises:
		return Neutral
	}
	return Pro
}
