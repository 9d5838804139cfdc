package eval

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"
)

// PetrarchRecord is one <Sentence> of a PETRARCH validation file: a
// sentence with the codings it should get, for the dictionaries the
// file's <Environment> names.
type PetrarchRecord struct {
	ID       string
	Date     string // YYYY-MM-DD
	Category string
	Text     string
	Gold     []PetrarchCoding // empty when the record has no events
}

// PetrarchCoding is one coded event: source and target actor codes and
// the CAMEO event code.
type PetrarchCoding struct {
	Source, Target, Event string
}

func (c PetrarchCoding) String() string { return c.Source + " " + c.Target + " " + c.Event }

// PetrarchEnv names the dictionary files a validation file is meant for.
type PetrarchEnv struct {
	Verbs, Actors, Agents, Discards string
	// Include lists the record categories the file runs ("valid DEMO
	// ACTOR ..."); a record of another category is inactive.
	Include []string
}

// Active reports whether the environment runs records of category cat.
func (e PetrarchEnv) Active(cat string) bool {
	if len(e.Include) == 0 {
		return true
	}
	for _, c := range e.Include {
		if c == cat {
			return true
		}
	}
	return false
}

type petrarchXML struct {
	Env struct {
		Verbfile    string `xml:"Verbfile"`
		Actorfile   string `xml:"Actorfile"`
		Agentfile   string `xml:"Agentfile"`
		Discardfile string `xml:"Discardfile"`
		Include     string `xml:"Include"`
	} `xml:"Environment"`
	Sentences []struct {
		ID       string `xml:"id,attr"`
		Date     string `xml:"date,attr"`
		Category string `xml:"category,attr"`
		Codings  []struct {
			Source   string `xml:"sourcecode,attr"`
			Target   string `xml:"targetcode,attr"`
			Event    string `xml:"eventcode,attr"`
			NoEvents string `xml:"noevents,attr"`
		} `xml:"EventCoding"`
		Text string `xml:"Text"`
	} `xml:"Sentences>Sentence"`
}

// ReadPetrarch reads a PETRARCH validation XML file (the unit-test
// records). Records in XML comments are inactive and not returned.
func ReadPetrarch(r io.Reader) (PetrarchEnv, []PetrarchRecord, error) {
	var x petrarchXML
	dec := xml.NewDecoder(r)
	dec.Strict = false
	if err := dec.Decode(&x); err != nil {
		return PetrarchEnv{}, nil, fmt.Errorf("eval: petrarch: %w", err)
	}
	env := PetrarchEnv{Verbs: x.Env.Verbfile, Actors: x.Env.Actorfile, Agents: x.Env.Agentfile, Discards: x.Env.Discardfile,
		Include: strings.Fields(x.Env.Include)}
	var recs []PetrarchRecord
	for _, s := range x.Sentences {
		rec := PetrarchRecord{ID: s.ID, Category: s.Category, Text: strings.Join(strings.Fields(s.Text), " ")}
		if len(s.Date) == 8 {
			rec.Date = s.Date[:4] + "-" + s.Date[4:6] + "-" + s.Date[6:]
		}
		for _, c := range s.Codings {
			if strings.EqualFold(c.NoEvents, "true") || c.Source+c.Target+c.Event == "" {
				continue
			}
			rec.Gold = append(rec.Gold, PetrarchCoding{Source: c.Source, Target: c.Target, Event: c.Event})
		}
		recs = append(recs, rec)
	}
	return env, recs, nil
}

// PetrarchCounts are matches between coded and gold items.
type PetrarchCounts struct{ TP, FP, FN int }

// PRF is precision, recall and F1.
func (c PetrarchCounts) PRF() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// PetrarchScore accumulates the scores of records.
type PetrarchScore struct {
	Records      int
	FullyCorrect int            // records whose codings are exactly the gold ones
	Triples      PetrarchCounts // over (source, target, event)
	Roots        PetrarchCounts // over the two-digit root of the event code
	Failures     []PetrarchFailure
}

// PetrarchFailure is a record not coded exactly right.
type PetrarchFailure struct {
	ID, Category string
	Gold, Got    []PetrarchCoding
}

// Add scores one record and reports whether it was fully correct.
// Duplicate codings count once.
func (s *PetrarchScore) Add(rec PetrarchRecord, got []PetrarchCoding) bool {
	s.Records++
	gold := petrarchSet(rec.Gold, func(c PetrarchCoding) string { return c.String() })
	pred := petrarchSet(got, func(c PetrarchCoding) string { return c.String() })
	petrarchCount(&s.Triples, gold, pred)
	petrarchCount(&s.Roots,
		petrarchSet(rec.Gold, func(c PetrarchCoding) string { return petrarchRoot(c.Event) }),
		petrarchSet(got, func(c PetrarchCoding) string { return petrarchRoot(c.Event) }))
	ok := len(gold) == len(pred)
	for k := range gold {
		if !pred[k] {
			ok = false
		}
	}
	if ok {
		s.FullyCorrect++
	} else {
		s.Failures = append(s.Failures, PetrarchFailure{ID: rec.ID, Category: rec.Category, Gold: rec.Gold, Got: got})
	}
	return ok
}

func petrarchSet(cs []PetrarchCoding, key func(PetrarchCoding) string) map[string]bool {
	m := map[string]bool{}
	for _, c := range cs {
		m[key(c)] = true
	}
	return m
}

func petrarchCount(c *PetrarchCounts, gold, pred map[string]bool) {
	for k := range pred {
		if gold[k] {
			c.TP++
		} else {
			c.FP++
		}
	}
	for k := range gold {
		if !pred[k] {
			c.FN++
		}
	}
}

// petrarchRoot is the CAMEO root of an event code: its first two digits.
func petrarchRoot(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// Print writes the summary: records fully correct, then precision,
// recall and F1 over triples and root codes.
func (s *PetrarchScore) Print(w io.Writer) {
	fmt.Fprintf(w, "records: %d, fully correct: %d (%.1f%%)\n", s.Records, s.FullyCorrect, 100*float64(s.FullyCorrect)/float64(max(s.Records, 1)))
	for _, x := range []struct {
		name string
		c    PetrarchCounts
	}{{"(source, target, code)", s.Triples}, {"root code", s.Roots}} {
		p, r, f := x.c.PRF()
		fmt.Fprintf(w, "%-24s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)\n", x.name, p, r, f, x.c.TP, x.c.FP, x.c.FN)
	}
}

// PrintFailures writes every record not coded exactly right, by category.
func (s *PetrarchScore) PrintFailures(w io.Writer) {
	fs := append([]PetrarchFailure{}, s.Failures...)
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Category < fs[j].Category })
	for _, f := range fs {
		fmt.Fprintf(w, "%s [%s]\n  gold: %v\n  got:  %v\n", f.ID, f.Category, f.Gold, f.Got)
	}
}
