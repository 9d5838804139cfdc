package pipeline

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/devdata"
)

// TestSeed checks, on the worked example of DESIGN.md, what an analyst
// must get from the whole pipeline: the dateline, the actors with their
// codes, the events with their dates, who each is known through, the
// disputed claims and the quotes with their speakers.
func TestSeed(t *testing.T) {
	path := devdata.Path(t, "seed", "000_915998f58a079707.txt")
	arts := readArticles(t, path)
	res, err := newPipeline(t).Run(context.Background(), &arts[0])
	if err != nil {
		t.Fatal(err)
	}
	res.Article.Text = arts[0].Text
	checkSpans(t, res)

	t.Run("article", func(t *testing.T) {
		a := res.Article
		if a.Published != "2024-11-30" || a.Dateline.Place != "Seoul" || a.Dateline.Date != "2024-11-30" {
			t.Errorf("published %q, dateline %+v", a.Published, a.Dateline)
		}
		if g := a.Dateline.Geo; g == nil || g.Country != "KOR" || !near(g.Lat, 37.57) || !near(g.Lon, 126.98) {
			t.Errorf("dateline place resolved to %+v, want Seoul KOR (37.57, 126.98)", a.Dateline.Geo)
		}
		if !strings.HasPrefix(a.Title, "Amid Ukrainian President") || strings.Contains(a.Title, "date 2024") {
			t.Errorf("title %q", a.Title)
		}
	})

	entity := func(name string) *article.Entity {
		for i := range res.Entities {
			if res.Entities[i].Name == name {
				return &res.Entities[i]
			}
		}
		return nil
	}
	t.Run("entities", func(t *testing.T) {
		for _, want := range []struct{ name, country, sectors string }{
			{"Kim Jong Un", "PRK", "GOV"},
			{"Andrei Belousov", "RUS", "GOV+MIL"},
			{"Volodymyr Zelenskyy", "UKR", "GOV"},
			{"Vladimir Putin", "RUS", "GOV"},
			{"Korean Central News Agency", "PRK", "MED+GOV"},
			{"Sky News", "GBR", "MED"},
			{"NATO", "IGO", ""},
			{"North Korea", "PRK", ""},
			{"Russia", "RUS", ""},
			{"Ukraine", "UKR", ""},
			{"United States", "USA", ""},
			{"South Korea", "KOR", ""},
		} {
			e := entity(want.name)
			if e == nil {
				t.Errorf("no entity %s", want.name)
				continue
			}
			if e.Country != want.country || strings.Join(e.Sectors, "+") != want.sectors {
				t.Errorf("%s: %s %v, want %s %s", want.name, e.Country, e.Sectors, want.country, want.sectors)
			}
		}
		kcna := entity("Korean Central News Agency")
		if kcna != nil {
			var texts []string
			for _, m := range kcna.Mentions {
				texts = append(texts, m.Text)
			}
			for _, w := range []string{"KCNA", "the North's state media"} {
				if !slices.Contains(texts, w) {
					t.Errorf("KCNA entity lacks the mention %q (has %q)", w, texts)
				}
			}
		}
		for _, e := range res.Entities {
			switch strings.ToLower(e.Name) {
			case "ceasefire", "return", "june", "russia-north korea relations":
				t.Errorf("entity %q should not exist", e.Name)
			}
		}
	})

	// find returns the first event of a type whose evidence contains text.
	find := func(typ, text string) *article.Event {
		for i := range res.Events {
			if res.Events[i].Event == typ && strings.Contains(res.Events[i].Evidence.Text, text) {
				return &res.Events[i]
			}
		}
		return nil
	}
	countries := func(refs []article.ActorRef) string {
		var cs []string
		for _, r := range refs {
			cs = append(cs, r.Country)
		}
		return strings.Join(cs, "+")
	}
	t.Run("events", func(t *testing.T) {
		for _, want := range []struct {
			typ, evidence, actor, recipient, modality, date, source, stance string
		}{
			{"SUPPORT", "invariably support", "PRK", "RUS", "future", "", "the North's state media", "reports"},
			{"AGREE", "satisfactory consensus", "PRK+RUS", "", "factual", "2024-11-29", "Korean Central News Agency", "reports"},
			{"ACCUSE", "slammed", "PRK", "USA", "factual", "2024-11", "KCNA", "reports"},
			{"ASSAULT", "Russian strikes on Ukraine", "RUS", "UKR", "factual", "", "KCNA", "reports"},
			{"AID", "more than 10,000 troops", "PRK", "RUS", "factual", "", "assessments", "assesses"},
			{"AID", "shipped artillery", "PRK", "RUS", "factual", "", "US, South Korean and others", "asserts"},
			{"AID", "could give North Korea", "RUS", "PRK", "hypothetical", "", "South Korea, the US and their partners", "hypothesises"},
			{"SUPPORT", "signed a treaty", "PRK+RUS", "", "factual", "2024-06", "", "reports"},
			{"REQUEST", "NATO umbrella", "UKR", "IGO", "hypothetical", "", "Volodymyr Zelenskyy", "asserts"},
		} {
			ev := find(want.typ, want.evidence)
			if ev == nil {
				t.Errorf("no %s event with %q", want.typ, want.evidence)
				continue
			}
			got := countries(ev.Actor) + " → " + countries(ev.Recipient)
			wantCodes := want.actor + " → " + want.recipient
			// A reciprocal event ("Kim and Putin signed") may list both parties
			// as actors, or one as actor and the other as recipient.
			if got != wantCodes && !(want.recipient == "" && parties(got) == parties(wantCodes)) {
				t.Errorf("%s %q: actors %s, want %s", want.typ, want.evidence, got, wantCodes)
			}
			if ev.Modality != want.modality {
				t.Errorf("%s %q: modality %s, want %s", want.typ, want.evidence, ev.Modality, want.modality)
			}
			if want.date != "" && (ev.Date == nil || ev.Date.Value != want.date) {
				t.Errorf("%s %q: date %+v, want %s", want.typ, want.evidence, ev.Date, want.date)
			}
			if want.source != "" && (ev.Attribution == nil || !strings.Contains(ev.Attribution.Text, want.source) &&
				!(entity(want.source) != nil && ev.Attribution.Source == entity(want.source).ID)) {
				t.Errorf("%s %q: attributed to %+v, want %s", want.typ, want.evidence, ev.Attribution, want.source)
			}
			if want.stance != "" && (ev.Attribution == nil || ev.Attribution.Stance != want.stance) {
				t.Errorf("%s %q: stance %+v, want %s", want.typ, want.evidence, ev.Attribution, want.stance)
			}
		}
		if req := find("REQUEST", "NATO umbrella"); req != nil && req.Attribution != nil {
			if m := req.Attribution.Medium; m == nil || m.Text != "Sky News" {
				t.Errorf("Zelenskyy's proposal: medium %+v, want the Sky News interview", m)
			}
		}
		if q := find("AID", "more than 10,000 troops"); q != nil && (q.Quantity == nil || q.Quantity.Value != 10000 || q.Quantity.Qualifier != "more than") {
			t.Errorf("troops quantity %+v, want 10000 more than", q.Quantity)
		}
		for _, ev := range res.Events {
			if res.Sentences[ev.Evidence.Sentence].Heading {
				t.Errorf("event %s %q coded from a heading", ev.Event, ev.Evidence.Text)
			}
		}
	})

	t.Run("disputes", func(t *testing.T) {
		disputed := map[string][]string{}
		for _, d := range res.Disputes {
			for _, s := range d.Sides {
				disputed[d.Claim] = append(disputed[d.Claim], s.Stance)
			}
		}
		for _, claim := range []string{"more than 10,000 troops", "shipped artillery"} {
			ev := find("AID", claim)
			if ev == nil {
				continue // reported above
			}
			stances := disputed[ev.ID]
			if !slices.Contains(stances, "not_confirmed") && !slices.Contains(stances, "denies") {
				t.Errorf("claim %q (%s) is not disputed by North Korea and Russia: sides %v", claim, ev.ID, stances)
			}
		}
	})

	t.Run("quotes", func(t *testing.T) {
		speaker := map[string]string{}
		for _, q := range res.Quotes {
			speaker[q.Text] = q.Speaker
		}
		kim, zel := entity("Kim Jong Un"), entity("Volodymyr Zelenskyy")
		if kim == nil || zel == nil {
			t.Fatal("Kim or Zelenskyy missing")
		}
		for prefix, who := range map[string]string{
			"will invariably support the policy of the Russian Federation": kim.ID,
			"a timely and effective measure":                               kim.ID,
			"If we want to stop the hot stage of war":                      zel.ID,
			"Then Ukraine can get back the other part of its territory":    zel.ID,
		} {
			found := false
			for text, sp := range speaker {
				if strings.HasPrefix(text, prefix) {
					found = true
					if sp != who {
						t.Errorf("quote %q: speaker %s, want %s", prefix, sp, who)
					}
				}
			}
			if !found {
				t.Errorf("no quote %q", prefix)
			}
		}
	})

	t.Run("times", func(t *testing.T) {
		values := map[string]string{}
		for _, tm := range res.Times {
			values[tm.Text] = tm.Value
		}
		for text, want := range map[string]string{"Saturday": "2024-11-30", "Friday": "2024-11-29", "last month": "2024-10", "November": "2024-11", "June": "2024-06"} {
			if values[text] != want {
				t.Errorf("%q = %q, want %q", text, values[text], want)
			}
		}
	})
}

// parties is the sorted set of countries in "A+B → C".
func parties(s string) string {
	cs := strings.FieldsFunc(s, func(r rune) bool { return r == '+' || r == ' ' || r == '→' })
	slices.Sort(cs)
	return strings.Join(slices.Compact(cs), "+")
}

func near(a, b float64) bool { return a-b < 0.01 && b-a < 0.01 }
