package ingest

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
)

// readOne reads data as one input named name and returns its only article.
func readOne(t *testing.T, name, data string, opts Options) article.Article {
	t.Helper()
	var items []Item
	if err := Read(name, strings.NewReader(data), opts, func(it Item) error {
		items = append(items, it)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 {
		t.Fatalf("%d items, want 1", len(items))
	}
	if items[0].Err != nil {
		t.Fatal(items[0].Err)
	}
	return items[0].Article
}

const body = "\n\nThe second paragraph says more."

func TestDatelines(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		opts      Options
		dateline  article.Dateline
		published string
		publisher string
	}{
		{"Reuters without year, no published date", "SEOUL, Nov 30 (Reuters) - North Korea said on Saturday.", Options{}, article.Dateline{Place: "Seoul"}, "", "Reuters"},
		{"Reuters without year, year from the date option", "SEOUL, Nov 30 (Reuters) - North Korea said on Saturday.", Options{Date: "2024-12-01"}, article.Dateline{Place: "Seoul", Date: "2024-12-01"}, "2024-12-01", "Reuters"},
		{"AP with a region", "KYIV, Ukraine (AP) — Russian drones struck the capital overnight.", Options{}, article.Dateline{Place: "Kyiv"}, "", "AP"},
		{"title case, day month year, colon", "Seoul, 30 November 2024: Officials met on Friday.", Options{}, article.Dateline{Place: "Seoul", Date: "2024-11-30"}, "2024-11-30", ""},
		{"bare upper-case place", "WASHINGTON — The Senate voted on Tuesday.", Options{}, article.Dateline{Place: "Washington"}, "", ""},
		{"AFP with full date", "MOSCOW, Nov. 30, 2024 (AFP) - The Kremlin said on Saturday.", Options{}, article.Dateline{Place: "Moscow", Date: "2024-11-30"}, "2024-11-30", "AFP"},
		{"two words and a double hyphen", "NEW YORK, Sept. 4 (Xinhua) -- Stocks rose.", Options{}, article.Dateline{Place: "New York"}, "", "Xinhua"},
		{"ISO date", "GENEVA, 2024-03-01 (Reuters) - Talks opened.", Options{}, article.Dateline{Place: "Geneva", Date: "2024-03-01"}, "2024-03-01", "Reuters"},
		{"weekday before the date", "PARIS, Saturday, Nov. 30, 2024 — Crowds gathered.", Options{}, article.Dateline{Place: "Paris", Date: "2024-11-30"}, "2024-11-30", ""},
		{"hyphenated place", "PORT-AU-PRINCE, Haiti (AP) — Gangs attacked.", Options{}, article.Dateline{Place: "Port-Au-Prince"}, "", "AP"},
		{"particle in place", "Dar es Salaam, 3 May 2024: Rain fell.", Options{}, article.Dateline{Place: "Dar es Salaam", Date: "2024-05-03"}, "2024-05-03", ""},
		{"title case without date or agency is no dateline", "Hillary Clinton — the nominee — spoke.", Options{}, article.Dateline{}, "", ""},
		{"colon without date is no dateline", "BREAKING: Talks collapse in Geneva.", Options{}, article.Dateline{}, "", ""},
		{"kicker is no dateline", "EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines.", Options{}, article.Dateline{}, "", ""},
		{"lower-case start is no dateline", "officials in SEOUL - said nothing.", Options{}, article.Dateline{}, "", ""},
		{"date prefix", " date 2024-11-30 Seoul: Officials met.", Options{}, article.Dateline{Place: "Seoul", Date: "2024-11-30"}, "2024-11-30", ""},
		{"date prefix, date option wins", "date 2024-11-30 SEOUL: Officials met.", Options{Date: "2024-12-02"}, article.Dateline{Place: "Seoul", Date: "2024-12-02"}, "2024-12-02", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readOne(t, "d.txt", tt.text+body, tt.opts)
			if a.Dateline != tt.dateline || a.Published != tt.published || a.Publisher != tt.publisher {
				t.Errorf("got dateline %+v, published %q, publisher %q; want %+v, %q, %q",
					a.Dateline, a.Published, a.Publisher, tt.dateline, tt.published, tt.publisher)
			}
		})
	}
}

// TestDatelineYear checks that a dateline without a year takes the year of
// the publication date, or the year before across New Year.
func TestDatelineYear(t *testing.T) {
	tests := []struct {
		name, published, dateline, want string
	}{
		{"same year", "2024-11-30T09:15:00+09:00", "SEOUL, Nov 29 (Yonhap) -", "2024-11-29"},
		{"across New Year", "2025-01-01", "LONDON, Dec 31 (Reuters) -", "2024-12-31"},
		{"29 February in a leap year", "2024-03-01", "ROME, Feb 29 (ANSA) -", "2024-02-29"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := `{"published": "` + tt.published + `", "text": "` + tt.dateline + ` Officials spoke."}`
			a := readOne(t, "r.json", rec, Options{})
			if a.Dateline.Date != tt.want {
				t.Errorf("dateline date = %q, want %q", a.Dateline.Date, tt.want)
			}
		})
	}
	var errs []string
	_ = Read("r.json", strings.NewReader(`{"published": "2023-03-01", "text": "ROME, Feb 29 (ANSA) - Rain."}`), Options{}, func(it Item) error {
		errs = append(errs, it.Err.Error())
		return nil
	})
	if want := `ingest: r.json: dateline: impossible date "Feb 29"`; len(errs) != 1 || errs[0] != want {
		t.Errorf("29 February 2023: errors %q, want %q", errs, want)
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		name, text, title string
	}{
		{"line without final punctuation", "Pilots end strike\n\nPilots ended their strike.", "Pilots end strike"},
		{"short single sentence", "Poll finds Clinton would beat out Trump and Cruz.\n\nA new poll found.", "Poll finds Clinton would beat out Trump and Cruz."},
		{"headline case with two sentences", "Barack Obama Just Nominated A Muslim To Be A Federal Judge. That’s A First.\n\nThe body.", "Barack Obama Just Nominated A Muslim To Be A Federal Judge. That’s A First."},
		{"headline and deck", "Jobs report gives Democrats a lift; \nSolid upturn could blunt Republican claims.\n\nThe body.", "Jobs report gives Democrats a lift"},
		{"abbreviations inside one sentence", "Mr. Kim met Gen. Lee in the U.S. capital.\n\nThe body.", "Mr. Kim met Gen. Lee in the U.S. capital."},
		{"two sentences in sentence case", "Talks ended. Both sides left the room early.\n\nThe body.", ""},
		{"a single paragraph has no headline", "Pilots end strike", ""},
		{"a dated lead is no headline", "SEOUL, Nov 30 (Reuters) - Talks ended.\n\nThe body.", ""},
		{"long first paragraph", strings.Repeat("word ", 70) + "end.\n\nThe body.", ""},
		{"after a date prefix, one sentence", " date 2024-11-30 Seoul: Amid talks, Kim met Belousov and vowed support to Russia amid its war with Ukraine, which has lasted for almost three years now.\n\nThe body.", "Amid talks, Kim met Belousov and vowed support to Russia amid its war with Ukraine, which has lasted for almost three years now."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readOne(t, "h.txt", tt.text, Options{})
			if a.Title != tt.title {
				t.Errorf("Title = %q, want %q", a.Title, tt.title)
			}
			if tt.title != "" && !strings.HasPrefix(a.Text, strings.SplitN(tt.text, "\n", 2)[0][:10]) && !strings.HasPrefix(tt.text, " date") {
				t.Errorf("Text = %q lost its headline", a.Text)
			}
		})
	}
}

func TestPublished(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{"2024-11-30", "2024-11-30", ""},
		{"2024-11-30T09:15:00+09:00", "2024-11-30T09:15:00+09:00", ""},
		{"2024-11-30T09:15:00.123Z", "2024-11-30T09:15:00Z", ""},
		{"2024-11-30 09:15", "2024-11-30T09:15:00", ""},
		{"2024-11-30T09:15:00+0900", "2024-11-30T09:15:00+09:00", ""},
		{"Sat, 30 Nov 2024 09:15:00 +0900", "2024-11-30T09:15:00+09:00", ""},
		{"Sat, 30 Nov 2024 09:15:00 GMT", "2024-11-30T09:15:00Z", ""},
		{"Fri, 29 Nov 2024 19:15:00 EST", "2024-11-29T19:15:00-05:00", ""},
		{"Fri, 29 Nov 2024 19:15:00 XYZ", "2024-11-29T19:15:00", ""},
		{"November 30, 2024", "2024-11-30", ""},
		{"Saturday, Nov. 30, 2024 9:15 AM", "2024-11-30", ""},
		{"20241130", "2024-11-30", ""},
		{"1732958100", "2024-11-30T09:15:00Z", ""},
		{"2024-02-30", "", `impossible date "2024-02-30"`},
		{"2023-13-01", "", `impossible date "2023-13-01"`},
		{"2024-11-30T25:00:00Z", "", `impossible time "2024-11-30T25:00:00Z"`},
		{"yesterday", "", `"yesterday": not a date`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := published(tt.in)
			errText := ""
			if err != nil {
				errText = err.Error()
			}
			if got != tt.want || errText != tt.err {
				t.Errorf("published(%q) = %q, %q; want %q, %q", tt.in, got, errText, tt.want, tt.err)
			}
		})
	}
}

func TestRecords(t *testing.T) {
	tests := []struct {
		name   string
		record string
		want   article.Article
	}{
		{
			name:   "common fields",
			record: `{"id": "x1", "title": "Talks resume", "text": "Negotiators met.", "published": "2024-11-30", "url": "https://example.org/a", "publisher": "Wire", "author": "A. Writer"}`,
			want:   article.Article{Title: "Talks resume", Text: "Talks resume\n\nNegotiators met.", Published: "2024-11-30", URL: "https://example.org/a", Publisher: "Wire", Author: "A. Writer"},
		},
		{
			name:   "body and date, author list, source object",
			record: `{"Headline": "Talks resume", "body": "Negotiators met.", "date": "2024-11-30", "authors": ["A. Writer", {"name": "B. Writer"}], "source": {"name": "Wire"}}`,
			want:   article.Article{Title: "Talks resume", Text: "Talks resume\n\nNegotiators met.", Published: "2024-11-30", Publisher: "Wire", Author: "A. Writer, B. Writer"},
		},
		{
			name:   "content as HTML, publish_date",
			record: `{"title": "Talks resume", "content": "<p>Negotiators met.</p><p>ADVERTISEMENT</p><p>They spoke.</p>", "publish_date": "Sat, 30 Nov 2024 09:15:00 +0900"}`,
			want:   article.Article{Title: "Talks resume", Text: "Talks resume\n\nNegotiators met.\n\nThey spoke.", Published: "2024-11-30T09:15:00+09:00"},
		},
		{
			name:   "PLOVER story with cite_info and date plus time",
			record: `{"id": "PHOXv1-20160724-0042", "date": "2016-07-24", "time": "10:00:00Z", "story": "Officials met in Geneva.", "cite_info": {"url": "https://example.org/s", "title": "Geneva talks", "language": "en", "publication": "Example News"}}`,
			want:   article.Article{Title: "Geneva talks", Text: "Geneva talks\n\nOfficials met in Geneva.", Published: "2016-07-24T10:00:00Z", URL: "https://example.org/s", Publisher: "Example News", Language: "en"},
		},
		{
			name:   "PLOVER text_story sentences",
			record: `{"id": "p2", "date": "2016-07-24", "text_info": {"text_story": ["Officials met.", "They agreed."]}}`,
			want:   article.Article{Text: "Officials met. They agreed.", Published: "2016-07-24"},
		},
		{
			name:   "text as a list of paragraphs",
			record: `{"title": "T", "text": ["One.", "Two."]}`,
			want:   article.Article{Title: "T", Text: "T\n\nOne.\n\nTwo."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readOne(t, "r.json", tt.record, Options{})
			tt.want.ID = article.ContentID(tt.want.Text)
			tt.want.Origin = "r.json"
			if a != tt.want {
				t.Errorf("got  %+v\nwant %+v", a, tt.want)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             Format
	}{
		{"text", "a.txt", "Plain words.", FormatText},
		{"JSON object", "a", `{"text": "x"}`, FormatJSON},
		{"pretty JSON object", "a", "{\n  \"text\": \"x\"\n}\n", FormatJSON},
		{"JSON array", "a", `[{"text": "x"}]`, FormatJSON},
		{"JSON lines by content", "a", "{\"text\": \"x\"}\n{\"text\": \"y\"}\n", FormatJSONL},
		{"JSON lines by extension", "a.jsonl", `{"text": "x"}`, FormatJSONL},
		{"RSS", "a", `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, FormatFeed},
		{"Atom", "a", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>`, FormatFeed},
		{"RSS 1.0", "a", `<?xml version="1.0"?><rdf:RDF></rdf:RDF>`, FormatFeed},
		{"HTML", "a", "<!DOCTYPE html><html><body><p>x</p></body></html>", FormatHTML},
		{"HTML fragment", "a", "<div><p>x</p></div>", FormatHTML},
		{"unknown XML by extension", "a.html", "<x>y</x>", FormatHTML},
		{"text starting with a bracket word", "a", "<<Urgent>> talks.", FormatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detect([]byte(tt.data), tt.file); got != tt.want {
				t.Errorf("detect = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestParseFormat(t *testing.T) {
	for _, s := range []string{"", "auto", "text", "json", "jsonl", "html", "feed", "JSON"} {
		if _, err := ParseFormat(s); err != nil {
			t.Errorf("ParseFormat(%q): %v", s, err)
		}
	}
	_, err := ParseFormat("pdf")
	if want := `ingest: unknown format "pdf" (want one of auto, text, json, jsonl, html, feed)`; err == nil || err.Error() != want {
		t.Errorf("ParseFormat(pdf) = %v, want %s", err, want)
	}
}

// TestStop checks that Read stops at the callback's error and returns it.
func TestStop(t *testing.T) {
	stop := errStop{}
	n := 0
	err := Read("b.jsonl", strings.NewReader("{\"text\": \"a\"}\n{\"text\": \"b\"}\n"), Options{}, func(Item) error {
		n++
		return stop
	})
	if err != stop || n != 1 {
		t.Errorf("err = %v after %d items, want errStop after 1", err, n)
	}
}

type errStop struct{}

func (errStop) Error() string { return "stop" }
