package ingest

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
)

func TestAtom(t *testing.T) {
	const feed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Wire</title>
  <entry>
    <title>Talks resume in Geneva</title>
    <link href="https://example.org/geneva"/>
    <author><name>A. Writer</name></author>
    <published>2024-11-30T09:15:00-05:00</published>
    <content type="html">&lt;p&gt;GENEVA (Example Wire) — Talks resumed.&lt;/p&gt;&lt;p&gt;Read more: other talks&lt;/p&gt;&lt;p&gt;Both sides&lt;br&gt;attended.&lt;/p&gt;</content>
  </entry>
</feed>`
	a := readOne(t, "feed.atom", feed, Options{})
	want := article.Article{
		Title: "Talks resume in Geneva", Published: "2024-11-30T09:15:00-05:00",
		Dateline: article.Dateline{Place: "Geneva"}, Publisher: "Example Wire", Author: "A. Writer",
		URL: "https://example.org/geneva", Origin: "feed.atom#item 1",
		Text: "Talks resume in Geneva\n\nGENEVA (Example Wire) — Talks resumed.\n\nBoth sides\nattended.",
	}
	want.ID = article.ContentID(want.Text)
	if a != want {
		t.Errorf("got  %+v\nwant %+v", a, want)
	}
}

func TestHTMLPages(t *testing.T) {
	prose := "<p>" + "Negotiators from both delegations met for six hours on Friday and agreed to continue the talks next week in the same building, officials said. " +
		"The talks are the first since the ceasefire collapsed in the spring, and both sides described the atmosphere as businesslike.</p>" +
		"<p>Observers from three neighbouring countries attended the opening session and will stay for the second round, according to the organisers of the meeting.</p>"
	tests := []struct {
		name, page, title, published, text string
	}{
		{
			name:      "windows-1252 page",
			page:      "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 talks</title></head><body><article><h1>Caf\xe9 talks</h1>" + prose + "</article></body></html>",
			title:     "Café talks",
			published: "",
		},
		{
			name:      "OpenGraph time keeps its zone, readability's would not",
			page:      `<html><head><meta property="og:title" content="Talks"><meta property="article:published_time" content="2024-11-30T09:15:00+09:00"></head><body><article>` + prose + `</article></body></html>`,
			title:     "Talks",
			published: "2024-11-30T09:15:00+09:00",
		},
		{
			name:      "meta name date, unreadable candidates skipped",
			page:      `<html><head><title>Talks</title><meta name="pubdate" content="last week"><meta name="date" content="2024-11-30"></head><body><article>` + prose + `</article></body></html>`,
			title:     "Talks",
			published: "2024-11-30",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readOne(t, "page.html", tt.page, Options{})
			if a.Title != tt.title || a.Published != tt.published {
				t.Errorf("Title %q, Published %q; want %q, %q", a.Title, a.Published, tt.title, tt.published)
			}
			pars := paragraphs(a.Text)
			if len(pars) != 3 || pars[0] != tt.title {
				t.Errorf("Text = %q", a.Text)
			}
		})
	}
}
