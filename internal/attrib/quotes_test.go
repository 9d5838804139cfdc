package attrib

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
)

// entitiesFor builds entities for a test text: each name maps to an
// entity ID, and every occurrence of the name in the text is a mention.
func entitiesFor(text string, names map[string]article.Entity) []article.Entity {
	var out []article.Entity
	for name, e := range names {
		for off := 0; ; {
			i := strings.Index(text[off:], name)
			if i < 0 {
				break
			}
			start := off + i
			e.Mentions = append(e.Mentions, article.Mention{Text: name, Start: start, End: start + len(name)})
			off = start + len(name)
		}
		out = append(out, e)
	}
	return out
}

func TestQuotes(t *testing.T) {
	people := map[string]article.Entity{
		"Petrenko": {ID: "E1", Kind: "person"},
		"He":       {ID: "E1", Kind: "person"},
		"Mora":     {ID: "E2", Kind: "person"},
		"KCNA":     {ID: "E3", Kind: "media"},
	}
	tests := []struct {
		name, text string
		want       []string // "speaker cue: text"
	}{
		{"trailing cue", "“The bridge is gone,” Petrenko said.", []string{"E1 said: The bridge is gone"}},
		{"leading cue over two sentences", "He replied, “We are ready. We have always been ready.”",
			[]string{"E1 replied: We are ready. We have always been ready"}},
		{"split around the cue", "“If we stop now,” Mora said, “we lose the harbour.”",
			[]string{"E2 said: If we stop now", "E2 said: we lose the harbour"}},
		{"quote inside reported speech", "Mora said the city “will hold out,” KCNA said.",
			[]string{"E2 said: will hold out"}},
		{"naming verb", "Mora called the decision “a reckless gamble”, KCNA said.",
			[]string{"E2 called: a reckless gamble"}},
		{"scare quote left out", "The so-called “buffer zone” is empty.", nil},
		{"long quote without a speaker kept", "“Nobody is coming to help us now,” read a sign on the wall.",
			[]string{" : Nobody is coming to help us now"}},
		{"quote over paragraphs", "Mora said: “The river rose overnight.\n\n“By morning the bridge was gone.”",
			[]string{"E2 said: The river rose overnight.\n\n“By morning the bridge was gone"}},
		{"apostrophes are not quotes", "Petrenko's men held the town's ‘last line’ for a week, Petrenko said.",
			[]string{"E1 said: last line"}},
	}
	a := newAttributor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := segment(tc.text)
			out := a.Attribute(doc, entitiesFor(tc.text, people), nil)
			var got []string
			for _, q := range out.Quotes {
				if doc.Article.Text[q.Start:q.End] != q.Text {
					t.Errorf("quote %q does not slice the text at [%d,%d)", q.Text, q.Start, q.End)
				}
				got = append(got, q.Speaker+" "+q.Cue+": "+q.Text)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestEventAttributionAndDisputes(t *testing.T) {
	const text = "North Korea has sent more than 10,000 troops to Russia, according to US assessments. " +
		"Kim met the minister on Friday, KCNA reported. " +
		"Both North Korea and Russia haven't confirmed the troop deployment."
	ents := entitiesFor(text, map[string]article.Entity{
		"North Korea": {ID: "E1", Kind: "country", Country: "PRK"},
		"Russia":      {ID: "E2", Kind: "country", Country: "RUS"},
		"US":          {ID: "E3", Kind: "country", Country: "USA"},
		"Kim":         {ID: "E4", Kind: "person", Country: "PRK"},
		"KCNA":        {ID: "E5", Kind: "media", Country: "PRK"},
	})
	doc := segment(text)
	at := func(s string) int { return strings.Index(text, s) }
	events := []article.Event{
		{ID: "V1", Event: "MOBILIZE", Actor: []article.ActorRef{{Entity: "E1", Country: "PRK"}},
			Recipient: []article.ActorRef{{Entity: "E2", Country: "RUS"}},
			Evidence:  article.Evidence{Sentence: 0, Start: at("North Korea has sent"), End: at(", according"), Text: "North Korea has sent more than 10,000 troops to Russia"}},
		{ID: "V2", Event: "CONSULT", Actor: []article.ActorRef{{Entity: "E4", Country: "PRK"}},
			Evidence: article.Evidence{Sentence: 1, Start: at("Kim met"), End: at(", KCNA"), Text: "Kim met the minister on Friday"}},
	}
	out := newAttributor(t).Attribute(doc, ents, events)

	got := []string{}
	for _, ev := range events {
		got = append(got, ev.ID+" "+ev.Attribution.Text+" "+ev.Attribution.Stance)
	}
	want := []string{"V1 US assessments assesses", "V2 KCNA reports"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("event attributions: got %q, want %q", got, want)
	}
	if len(out.Disputes) != 1 {
		t.Fatalf("disputes: got %+v, want one on V1", out.Disputes)
	}
	d := out.Disputes[0]
	if d.Claim != "V1" || len(d.Sides) != 2 || d.Sides[0].Stance != "assesses" || d.Sides[1].Stance != "not_confirmed" || d.Sides[1].Source != "E1" {
		t.Errorf("dispute: got %+v", d)
	}
}

func TestMedium(t *testing.T) {
	const text = "In an interview with Sky News on Friday, Petrenko was asked about the port. He responded, “It will reopen.”\n\n" +
		"Mora told Reuters the talks had failed."
	ents := entitiesFor(text, map[string]article.Entity{
		"Petrenko": {ID: "E1", Kind: "person"},
		"He":       {ID: "E1", Kind: "person"},
		"Mora":     {ID: "E2", Kind: "person"},
		"Sky News": {ID: "E3", Kind: "media"},
		"Reuters":  {ID: "E4", Kind: "media"},
	})
	doc := segment(text)
	out := newAttributor(t).Attribute(doc, ents, nil)
	var got []string
	for _, a := range out.Attributions {
		m := "-"
		if a.Medium != nil {
			m = a.Medium.Entity
		}
		got = append(got, a.Source.Text+" "+a.Cue.Text+" via "+m)
	}
	want := []string{"He responded via E3", "Mora told via E4"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// An event in the object of a naming verb is not the namer's report: in
// "Kim called the strikes ..., KCNA said" the strikes are KCNA's report.
func TestNamingFrameIsNoEventSource(t *testing.T) {
	const text = "Kim called the strikes on the port “a just answer,” KCNA said."
	ents := entitiesFor(text, map[string]article.Entity{
		"Kim":  {ID: "E1", Kind: "person", Country: "PRK"},
		"KCNA": {ID: "E2", Kind: "media", Country: "PRK"},
	})
	doc := segment(text)
	start := strings.Index(text, "the strikes")
	events := []article.Event{{ID: "V1", Event: "ASSAULT",
		Evidence: article.Evidence{Sentence: 0, Start: start, End: start + len("the strikes on the port"), Text: "the strikes on the port"}}}
	newAttributor(t).Attribute(doc, ents, events)
	if got := events[0].Attribution; got == nil || got.Text != "KCNA" || got.Stance != article.StanceReports {
		t.Errorf("attribution: got %+v, want KCNA reports", got)
	}
}
