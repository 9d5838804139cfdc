package geo

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/devdata"
	"github.com/sitrep-project/sitrep/internal/text"
)

var (
	loadOnce sync.Once
	loaded   *Gazetteer
	loadErr  error
)

// testGazetteer loads the embedded gazetteer once for all tests.
func testGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	loadOnce.Do(func() { loaded, loadErr = Load(data.Gazetteer) })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

// newDoc segments text as the pipeline does.
func newDoc(txt, dateline string) *article.Doc {
	doc := &article.Doc{Article: article.Article{Text: txt, Dateline: article.Dateline{Place: dateline}}}
	text.Segment(doc)
	return doc
}

// TestSeed checks the places of the worked example of DESIGN.md.
func TestSeed(t *testing.T) {
	g := testGazetteer(t)
	b, err := os.ReadFile(filepath.Join(devdata.Path(t), "seed", "000_915998f58a079707.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := newDoc(string(b), "Seoul")
	places := g.Places(doc, nil)
	got := map[string]article.Place{}
	for _, p := range places {
		if _, ok := got[p.Text]; !ok {
			got[p.Text] = p
		}
	}
	seoul := got["Seoul"]
	if seoul.Country != "KOR" || math.Round(seoul.Lat*100)/100 != 37.57 || math.Round(seoul.Lon*100)/100 != 126.98 {
		t.Errorf("Seoul = %+v, want KOR (37.57, 126.98)", seoul)
	}
	for name, iso := range map[string]string{"North Korea": "PRK", "Russia": "RUS", "Ukraine": "UKR", "South Korea": "KOR"} {
		if p := got[name]; p.Feature != "A.PCLI" || p.Country != iso {
			t.Errorf("%s = %+v, want the country %s", name, p, iso)
		}
	}
	for _, name := range []string{"Moscow", "Pyongyang"} {
		if p := got[name]; p.Sense != SenseActor {
			t.Errorf("%s in 'both Moscow and Pyongyang call' has sense %q, want %q", name, p.Sense, SenseActor)
		}
	}
	for _, name := range []string{"Kim", "NATO", "The", "North", "Central"} {
		if p, ok := got[name]; ok {
			t.Errorf("%q taken for a place: %+v", name, p)
		}
	}
	// The delegation's visit: "arrived in North Korea on Friday".
	events := []article.Event{
		eventAt(t, doc, "arrived in North Korea"),
		eventAt(t, doc, "vowed his country"), // "Russia's war in Ukraine" is the war's place, not the meeting's
	}
	LocateEvents(doc, places, events)
	if l := events[0].Location; l == nil || l.Name != "North Korea" || l.Country != "PRK" {
		t.Errorf("the visit is located at %+v, want North Korea", l)
	}
	if l := events[1].Location; l != nil {
		t.Errorf("the vow is located at %+v, want none", l)
	}
}

// eventAt returns an event whose evidence is the sentence holding s.
func eventAt(t *testing.T, doc *article.Doc, s string) article.Event {
	t.Helper()
	i := strings.Index(doc.Article.Text, s)
	if i < 0 {
		t.Fatalf("%q not in the text", s)
	}
	for n, sent := range doc.Sentences {
		if sent.Start <= i && i < sent.End {
			return article.Event{Evidence: article.Evidence{Sentence: n, Start: sent.Start, End: sent.End, Text: doc.Slice(sent.Span)}}
		}
	}
	t.Fatalf("%q in no sentence", s)
	return article.Event{}
}

func TestLocateEvents(t *testing.T) {
	g := testGazetteer(t)
	for _, c := range []struct {
		name, file, dateline, evidence string
		want                           string // location name, "" for none
		wantCountry                    string
	}{
		{"struck in Kharkiv, not the dateline", "dateline", "Kyiv", "struck an energy facility", "Kharkiv", "UKR"},
		{"shot down over a region", "dateline", "Kyiv", "Air defences shot down", "", ""},
		{"Moscow denied is no location", "moscow_denied", "", "Moscow denied", "", ""},
		{"drone hit in Enerhodar", "moscow_denied", "", "a drone hit", "Enerhodar", "UKR"},
		{"exploded in Paris, Texas", "paris_texas", "Paris", "A grain elevator exploded", "Paris", "USA"},
		{"talks in Washington", "washington", "", "would send more", "Washington", "USA"},
		{"rebels seized an unknown town", "unknown_name", "", "Rebels seized", "Bamako", "MLI"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", c.file+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			doc := newDoc(string(b), c.dateline)
			places := g.Places(doc, nil)
			events := []article.Event{eventAt(t, doc, c.evidence)}
			LocateEvents(doc, places, events)
			got := events[0].Location
			switch {
			case c.want == "" && got != nil:
				t.Errorf("located at %+v, want none", got)
			case c.want != "" && (got == nil || got.Name != c.want || got.Country != c.wantCountry):
				t.Errorf("located at %+v, want %s (%s)", got, c.want, c.wantCountry)
			}
		})
	}
}

// TestLookup checks the entry Lookup puts first, which is what Places
// chooses without context: the dateline "Odesa" is the city, not the oblast.
func TestLookup(t *testing.T) {
	g := testGazetteer(t)
	for _, c := range []struct {
		name, wantFirst, wantFeature, wantCountry string // "": not checked
	}{
		{"Seoul", "Seoul", "", "KOR"},
		{"seoul", "Seoul", "", "KOR"},
		{"Kyiv", "Kyiv", "", "UKR"},
		{"Turkish", "Türkiye", "", "TUR"},
		{"U.S.", "United States", "", "USA"},
		{"Ky.", "Kentucky", "", "USA"},
		{"São Paulo", "São Paulo", "", "BRA"},
		{"Sao Paulo", "São Paulo", "", "BRA"},
		{"Odesa", "", "P.PPLA", "UKR"},
		{"Aleppo", "", "P.PPLA", "SYR"},
		{"Georgia", "", "A.PCLI", "GEO"},
	} {
		t.Run(c.name, func(t *testing.T) {
			es := g.Lookup(c.name)
			if len(es) == 0 || es[0].Country != c.wantCountry ||
				c.wantFirst != "" && es[0].Name != c.wantFirst || c.wantFeature != "" && es[0].Feature != c.wantFeature {
				t.Errorf("Lookup(%q) = %v, want %s %s (%s) first", c.name, es, c.wantFirst, c.wantFeature, c.wantCountry)
			}
		})
	}
	if es := g.Lookup("Qarzhabyl"); len(es) != 0 {
		t.Errorf("Lookup of an unknown name = %v, want none", es)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, c := range []struct {
		name  string
		files fstest.MapFS
	}{
		{"empty", fstest.MapFS{}},
		{"not gzip", fstest.MapFS{"gazetteer.tsv.gz": {Data: []byte("x")}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := Load(c.files); err == nil || !strings.HasPrefix(err.Error(), "geo: ") {
				t.Errorf("Load = %v, want a geo: error", err)
			}
		})
	}
}

func FuzzPlaces(f *testing.F) {
	g := testGazetteer(f)
	for _, s := range []string{
		"PARIS, Texas — fire in Paris, Texas.",
		"Moscow denied it. Kyiv said U.S. and Ky. and B.C.",
		"Seattle, Washington, Washington's Georgia-Russia São Paulo's",
		"\xff\xfe Côte d'Ivoire -- 'Turkish' \u2019s",
		"", " , ,", "A-B-C-D-E-F-G-H-I-J-K",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, segment := range []bool{false, true} {
			doc := &article.Doc{Article: article.Article{Text: s, Dateline: article.Dateline{Place: s}}}
			if segment {
				text.Segment(doc)
			}
			places := g.Places(doc, nil)
			for _, p := range places {
				if p.Start < 0 || p.Start > p.End || p.End > len(s) || s[p.Start:p.End] != p.Text {
					t.Fatalf("bad span %d:%d %q in %q", p.Start, p.End, p.Text, s)
				}
			}
			events := []article.Event{{Evidence: article.Evidence{Sentence: 0, Start: 0, End: len(s)}}, {Evidence: article.Evidence{Sentence: 99, Start: len(s), End: 0}}}
			LocateEvents(doc, places, events)
		}
	})
}

// polnearTexts reads the PolNeAR dev texts, segmented.
func polnearTexts(b *testing.B) []*article.Doc {
	files, _ := filepath.Glob(filepath.Join(devdata.Path(b), "data", "attribution", "polnear", "dev", "text", "*.txt"))
	if len(files) == 0 {
		b.Skip("no PolNeAR dev texts")
	}
	var docs []*article.Doc
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		norm, _ := text.Normalize(string(raw))
		docs = append(docs, newDoc(norm, ""))
	}
	return docs
}

// BenchmarkPlacesPolNeAR times Places over the 84 PolNeAR dev articles;
// BenchmarkSegmentPolNeAR times the text stage over the same, for scale.
func BenchmarkPlacesPolNeAR(b *testing.B) {
	g := testGazetteer(b)
	docs := polnearTexts(b)
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			g.Places(d, nil)
		}
	}
}

func BenchmarkSegmentPolNeAR(b *testing.B) {
	docs := polnearTexts(b)
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			text.Segment(d)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(data.Gazetteer); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzKey checks that the ASCII fast path of Key gives the key the full
// normalisation gives.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"Washington", "kyiv", "the Hague", "The", "Côte d'Ivoire", "O`Hare", "NEW\tYORK", "a-b", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if k, ok := asciiKey(s); ok && k != fullKey(s) {
			t.Errorf("asciiKey(%q) = %q, full key %q", s, k, fullKey(s))
		}
	})
}
