package store

import (
	"fmt"
	"strings"

	"github.com/sitrep-project/sitrep/internal/article"
)

// The articles below were written for these tests. They report one meeting
// (two publishers, one syndicated copy), one troop deployment asserted in
// one article and denied in another, and an unrelated protest.

const meetingBody = `North Korean leader Kim Jong Un met Russian Defence Minister Andrei Belousov in Pyongyang on Friday, ` +
	`state media KCNA reported on Saturday. The two sides discussed military cooperation and the situation in Ukraine, ` +
	`the agency said, and Kim vowed that his country would invariably support Russia's fight. Belousov arrived on Friday ` +
	`at the head of a military delegation, his second visit this year.`

const denialBody = `Moscow denied on Sunday that North Korean soldiers were fighting in Ukraine. A Kremlin spokesman said ` +
	`no troops had been sent by Pyongyang and called the reports from Kyiv and Seoul a provocation. Officials in Seoul ` +
	`have said more than ten thousand troops were sent to Russia last month, an assessment shared by Washington.`

const protestBody = `Thousands of farmers drove tractors into central Brussels on Tuesday to protest against cheap imports ` +
	`and new environmental rules, blocking roads around the European Parliament. Police used water cannon after ` +
	`protesters set fire to tyres and threw eggs at the building, the city's police said in a statement.`

// fixture builds an article with a result holding the given events.
func fixture(title, publisher, date, body string, events ...article.Event) Entry {
	text := title + "\n\n" + body
	a := &article.Article{
		ID: article.ContentID(text), Title: title, Published: date, Publisher: publisher,
		Dateline: article.Dateline{Place: "Seoul", Date: date}, Text: text, Origin: "test/" + publisher,
	}
	res := article.NewResult(a)
	res.Sentences = append(res.Sentences, article.SentenceOut{Start: 0, End: len(title), Heading: true})
	names := map[string]bool{}
	for i := range events {
		ev := &events[i]
		ev.ID = fmt.Sprintf("V%d", i+1)
		if ev.Contexts == nil {
			ev.Contexts = []string{}
		}
		for _, refs := range [][]article.ActorRef{ev.Actor, ev.Recipient} {
			for _, r := range refs {
				if names[r.Entity] {
					continue
				}
				names[r.Entity] = true
				start := strings.Index(text, r.Text)
				ent := article.Entity{ID: r.Entity, Name: r.Text, Kind: "person", Country: r.Country, Sector: r.Sector,
					Sectors: r.Sectors, Code: r.Code, Mentions: []article.Mention{}}
				if start >= 0 {
					ent.Mentions = append(ent.Mentions, article.Mention{Text: r.Text, Start: start, End: start + len(r.Text)})
				}
				res.Entities = append(res.Entities, ent)
			}
		}
		if i := strings.Index(text, ev.Evidence.Text); i >= 0 {
			ev.Evidence.Start, ev.Evidence.End = i, i+len(ev.Evidence.Text)
		}
	}
	res.Events = events
	return Entry{Article: a, Result: res}
}

func ref(entity, code, text string) article.ActorRef {
	return article.ActorRef{Entity: entity, Code: code, Country: code[:3], Sector: code[3:], Text: text}
}

func meeting(day, evidence string) article.Event {
	return article.Event{
		Event: "CONSULT", Mode: "visit", Contexts: []string{"military"}, Cameo: "043", Goldstein: 2.8,
		Actor:     []article.ActorRef{ref("E1", "PRKGOV", "Kim Jong Un")},
		Recipient: []article.ActorRef{ref("E2", "RUSGOVMIL", "Andrei Belousov")},
		Date:      &article.EventDate{Value: day, Text: "Friday", Precision: "day", Source: "text"},
		Location:  &article.Location{Name: "Pyongyang", Country: "PRK", Lat: 39.03, Lon: 125.75},
		Modality:  article.ModalityFactual,
		Attribution: &article.EventSource{
			ID: "A1", Source: "E3", Text: "KCNA", Cue: "reported", Stance: article.StanceReports,
		},
		Evidence: article.Evidence{Sentence: 1, Text: evidence}, Rule: "consult/meet#1", Confidence: 0.9,
	}
}

func troops(stance, modality string) article.Event {
	return article.Event{
		Event: "MOBILIZE", Mode: "troops", Contexts: []string{"military"}, Cameo: "154", Goldstein: -7.2,
		Actor:     []article.ActorRef{ref("E1", "PRK", "Pyongyang")},
		Recipient: []article.ActorRef{ref("E2", "RUS", "Russia")},
		Date:      &article.EventDate{Value: "2024-10", Text: "last month", Precision: "month", Source: "text"},
		Modality:  modality,
		Attribution: &article.EventSource{
			ID: "A1", Text: "Officials in Seoul", Cue: "said", Stance: stance,
		},
		Quantity: &article.Quantity{Value: 10000, Unit: "troops", Qualifier: "more than", Text: "more than ten thousand troops"},
		Evidence: article.Evidence{Sentence: 2, Text: "troops"}, Rule: "mobilize/send#3", Confidence: 0.7,
	}
}

func protest() article.Event {
	return article.Event{
		Event: "PROTEST", Mode: "demonstrate", Contexts: []string{"economic"}, Cameo: "141", Goldstein: -6.5,
		Actor:     []article.ActorRef{{Entity: "E1", Code: "BELAGR", Country: "BEL", Sector: "AGR", Text: "farmers"}},
		Recipient: []article.ActorRef{{Entity: "E2", Code: "IGOEUR", Country: "IGO", Text: "European Parliament"}},
		Date:      &article.EventDate{Value: "2024-11-26", Text: "Tuesday", Precision: "day", Source: "text"},
		Location:  &article.Location{Name: "Brussels", Country: "BEL", Lat: 50.85, Lon: 4.35},
		Modality:  article.ModalityFactual,
		Evidence:  article.Evidence{Text: "protest against cheap imports"}, Rule: "protest/demonstrate#2", Confidence: 0.8,
	}
}

// corpus is the test articles, in the order a test stores them.
func corpus() []Entry {
	kcna := fixture("Kim meets Russian defence minister", "Yonhap", "2024-11-30", meetingBody,
		meeting("2024-11-29", "Kim Jong Un met Russian Defence Minister Andrei Belousov"))
	// Another publisher runs the same wire copy under its own headline and
	// with a word changed: a syndicated copy, one report.
	copyBody := strings.Replace(meetingBody, "his second visit this year", "his second visit in 2024", 1)
	syndicated := fixture("N. Korea's Kim hosts Belousov", "Korea Times", "2024-11-30", copyBody,
		meeting("2024-11-29", "Kim Jong Un met Russian Defence Minister Andrei Belousov"))
	// A different report of the same meeting, dated a day later by its writer.
	other := fixture("Russia and North Korea talk defence", "Reuters", "2024-12-01",
		"Russia's defence minister Andrei Belousov held talks with Kim Jong Un during a visit to Pyongyang that ended on Saturday, "+
			"Russian news agencies said. The meeting covered military ties between the two countries, which signed a treaty in June. "+
			"Kim Jong Un praised the visit. Western governments have voiced alarm at the deepening partnership between the two states.",
		meeting("2024-11-30", "Andrei Belousov held talks with Kim Jong Un"))
	assert := fixture("Seoul says North Korean troops in Russia", "Yonhap", "2024-11-04",
		"Officials in Seoul said on Monday that more than ten thousand North Korean troops had been sent to Russia last month "+
			"and that some were already near the front. The assessment matched statements from Washington and Kyiv, "+
			"which said the soldiers had been trained in the Russian far east before being moved west.",
		troops(article.StanceAssesses, article.ModalityFactual))
	deny := fixture("Moscow denies North Korean soldiers in Ukraine", "TASS", "2024-11-10", denialBody,
		troops(article.StanceDenies, article.ModalityFactual))
	brussels := fixture("Farmers protest in Brussels", "Le Soir", "2024-11-27", protestBody, protest())
	return []Entry{kcna, syndicated, other, assert, deny, brussels}
}
