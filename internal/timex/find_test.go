package timex

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/devdata"
	"github.com/sitrep-project/sitrep/internal/eval"
)

func TestFindAnchorsOnDateline(t *testing.T) {
	text := "SEOUL - The delegation arrived on Friday and left last month."
	tests := []struct {
		name string
		a    article.Article
		want []string
	}{
		{"dateline", article.Article{Text: text, Dateline: article.Dateline{Date: "2024-11-30"}},
			[]string{"Friday|DATE|2024-11-29|", "last month|DATE|2024-10|"}},
		{"published when no dateline date", article.Article{Text: text, Published: "2024-03-02T09:00:00+09:00"},
			[]string{"Friday|DATE|2024-03-01|", "last month|DATE|2024-02|"}},
		{"dateline wins over published", article.Article{Text: text, Published: "2020-01-01", Dateline: article.Dateline{Date: "2024-11-30"}},
			[]string{"Friday|DATE|2024-11-29|", "last month|DATE|2024-10|"}},
		{"no date at all", article.Article{Text: text},
			[]string{"Friday|DATE|XXXX-WXX-5||unresolved", "last month|DATE|||unresolved"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &article.Doc{Article: tt.a}
			var got []string
			for _, x := range Find(doc) {
				got = append(got, brief(x))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestFindUsesTags: with POS tags a past-tense verb the word list does not
// know dates "June" back; without them the bare verb says nothing and the
// nearer June (ahead) would win in a December dispatch only when future.
func TestFindUsesTags(t *testing.T) {
	text := "The ministers will sign it in June."
	doc := &article.Doc{Article: article.Article{Text: text, Dateline: article.Dateline{Date: "2024-11-30"}}}
	if got := brief(Find(doc)[0]); got != "June|DATE|2025-06|" {
		t.Errorf("future without tags: got %s", got)
	}
	// "The will" as a noun (tagged NN) is not the future auxiliary.
	text = "The will was read in June."
	doc = &article.Doc{Article: article.Article{Text: text, Dateline: article.Dateline{Date: "2024-11-30"}}}
	for _, w := range []struct {
		s, tag string
	}{{"The", "DT"}, {"will", "NN"}, {"was", "VBD"}, {"read", "VBN"}, {"in", "IN"}, {"June", "NNP"}, {".", "."}} {
		i := strings.Index(text, w.s)
		doc.Tokens = append(doc.Tokens, article.Token{Span: article.Span{Start: i, End: i + len(w.s)}, Text: w.s, Tag: w.tag})
	}
	if got := brief(Find(doc)[0]); got != "June|DATE|2024-06|" {
		t.Errorf("past with tags: got %s", got)
	}
}

// TestNoClock proves the package takes no clock: no source file reads it,
// and the same text with the same anchor gives values in the anchor's
// year however the machine's clock is set.
func TestNoClock(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	forbidden := []string{"time." + "Now", "time." + "Since", "time." + "Until"}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range forbidden {
			if bytes.Contains(src, []byte(s)) {
				t.Errorf("%s calls %s: timex must resolve against the article date only", f, s)
			}
		}
	}
	text := "On Friday, officials said prices rose last year and will fall next month."
	for _, anchor := range []string{"1989-10-27", "2031-06-15"} {
		a := date(anchor)
		for _, x := range Resolve(text, a, true) {
			if !strings.HasPrefix(x.Value, anchor[:3]) {
				t.Errorf("anchor %s: %q resolved to %s", anchor, x.Text, x.Value)
			}
		}
	}
	for _, x := range Resolve(text, time.Time{}, false) {
		if !x.Unresolved || len(x.Value) >= 4 && digits(x.Value[:4]) {
			t.Errorf("no anchor: %q resolved to %q", x.Text, x.Value)
		}
	}
}

func TestDateEvents(t *testing.T) {
	text := "A delegation arrived in North Korea on Friday, amid concern after North Korea sent troops to Russia last month. " +
		"Kim vowed support, state media reported Saturday. In June, Kim and Putin signed a treaty."
	doc := &article.Doc{Article: article.Article{Text: text, Dateline: article.Dateline{Date: "2024-11-30"}}}
	s1 := strings.Index(text, "Kim vowed")
	s2 := strings.Index(text, "In June")
	doc.Sentences = []article.Sentence{
		{Span: article.Span{Start: 0, End: s1 - 1}},
		{Span: article.Span{Start: s1, End: s2 - 1}},
		{Span: article.Span{Start: s2, End: len(text)}},
	}
	span := func(sent int, from, to string) article.Evidence {
		a := strings.Index(text, from)
		b := strings.Index(text, to) + len(to)
		return article.Evidence{Sentence: sent, Start: a, End: b, Text: text[a:b]}
	}
	events := []article.Event{
		{ID: "V1", Evidence: span(0, "A delegation", "arrived")},
		{ID: "V2", Evidence: span(0, "North Korea sent", "to Russia")},
		{ID: "V3", Evidence: span(1, "Kim vowed", "support")},
		{ID: "V4", Evidence: span(2, "Kim and Putin", "treaty")},
	}
	DateEvents(doc, Find(doc), events)
	want := []article.EventDate{
		{Value: "2024-11-29", Text: "Friday", Precision: "day", Source: "text"},
		{Value: "2024-10", Text: "last month", Precision: "month", Source: "text"},
		{Value: "2024-11-30", Text: "", Precision: "day", Source: "article"},
		{Value: "2024-06", Text: "June", Precision: "month", Source: "text"},
	}
	for i, ev := range events {
		if ev.Date == nil || *ev.Date != want[i] {
			t.Errorf("%s: got %+v, want %+v", ev.ID, ev.Date, want[i])
		}
	}

	// "reported Saturday" dates the report, not the vow: V3 falls back
	// to the article date above.

	// without an article date the fallback is nil
	doc.Article.Dateline.Date = ""
	DateEvents(doc, Find(doc), events)
	if events[2].Date != nil {
		t.Errorf("no anchor: V3 got %+v, want nil", events[2].Date)
	}
	if events[0].Date != nil {
		t.Errorf("no anchor: V1 got %+v from an unresolved Friday, want nil", events[0].Date)
	}
}

func TestSeed(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(devdata.Path(t), "seed", "000_915998f58a079707.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range Resolve(string(src), date("2024-11-30"), true) {
		if string(src)[x.Start:x.End] != x.Text {
			t.Errorf("%q: offsets [%d,%d) do not slice the text", x.Text, x.Start, x.End)
		}
		got = append(got, brief(x))
	}
	want := []string{
		"2024-11-30|DATE|2024-11-30|",
		"Saturday|DATE|2024-11-30|",
		"Friday|DATE|2024-11-29|",
		"last month|DATE|2024-10|",
		"Friday|DATE|2024-11-29|",
		"November|DATE|2024-11|",
		"June|DATE|2024-06|",
		"Friday|DATE|2024-11-29|",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("seed:\n got %q\nwant %q", got, want)
	}
}

// TestTBAQ scores the TempEval-3 TBAQ development set and holds the
// figures reached (TimeBank and AQUAINT together) as a floor.
func TestTBAQ(t *testing.T) {
	dir := filepath.Join(devdata.Path(t), "data", "timex", "tbaq")
	files, err := eval.EvalTimeMLDir(dir, Resolve)
	if err != nil {
		t.Fatal(err)
	}
	all := eval.TimeMLScores(files)[""]
	t.Logf("TBAQ: %d files, strict F1 %.2f, relaxed F1 %.2f, value F1 %.2f, type accuracy %.2f",
		all.Files, 100*all.StrictExtent().F1, 100*all.RelaxedExtent().F1, 100*all.ValueF1().F1, 100*all.TypeAccuracy())
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"relaxed F1", all.RelaxedExtent().F1, 0.925},
		{"strict F1", all.StrictExtent().F1, 0.847},
		{"value F1", all.ValueF1().F1, 0.791},
		{"type accuracy", all.TypeAccuracy(), 0.949},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s %.4f fell below %.3f", f.name, f.got, f.floor)
		}
	}
}

func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"On Friday, Nov. 29, at 10:30 GMT", "mid-2023", "the '90s", "28/11/24", "2024-02-30",
		"twenty-four hours ago", "the first nine months of fiscal 1989", "12:61 p.m.", "a.m.",
		"Tuesday nights", "New Year's", "7 1/2 years", "the end of the", "last", "early", "’90s",
		"99999999999999999999 years", "Dec.", "1990s-", "mid-", "\xff\xfe June",
	} {
		f.Add(s, int64(0), true)
	}
	f.Fuzz(func(t *testing.T, text string, days int64, has bool) {
		anchor := date("2024-11-30").AddDate(0, 0, int(days%100000))
		for _, x := range Resolve(text, anchor, has) {
			if x.Start < 0 || x.Start > x.End || x.End > len(text) {
				t.Fatalf("%q: span [%d,%d) outside text of %d bytes", x.Text, x.Start, x.End, len(text))
			}
			if text[x.Start:x.End] != x.Text {
				t.Fatalf("text[%d:%d] = %q, Text = %q", x.Start, x.End, text[x.Start:x.End], x.Text)
			}
			if x.Type == "" {
				t.Fatalf("%q: no type", x.Text)
			}
		}
	})
}

// polnearTexts reads the PolNeAR dev texts, realistic news of 2015-2016.
func polnearTexts(b *testing.B) []string {
	dir := filepath.Join(devdata.Path(b), "data", "attribution", "polnear", "dev", "text")
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Skipf("no PolNeAR dev texts under %s", dir)
	}
	var out []string
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(src))
	}
	return out
}

// BenchmarkFindPolNeAR runs Find over the PolNeAR dev articles; one
// iteration is one article, to compare with the pipeline's budget of
// 1 ms an article (1,000 articles/s).
func BenchmarkFindPolNeAR(b *testing.B) {
	texts := polnearTexts(b)
	docs := make([]*article.Doc, len(texts))
	bytes := 0
	for i, s := range texts {
		docs[i] = &article.Doc{Article: article.Article{Text: s, Published: "2016-09-12"}}
		bytes += len(s)
	}
	b.SetBytes(int64(bytes / len(texts)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Find(docs[i%len(docs)])
		i++
	}
}
