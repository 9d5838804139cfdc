package actor

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/devdata"
	"github.com/sitrep-project/sitrep/internal/diag"
)

func checkOffsets(t *testing.T, text string, ents []article.Entity) {
	t.Helper()
	for i, e := range ents {
		if want := "E" + itoa(i+1); e.ID != want {
			t.Errorf("entity %d has ID %s, want %s", i, e.ID, want)
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.Start > m.End || m.End > len(text) || text[m.Start:m.End] != m.Text {
				t.Errorf("%s: bad mention %+v", e.ID, m)
			}
		}
	}
}

// TestRoleAsOfDate resolves descriptions and names on different dates.
func TestRoleAsOfDate(t *testing.T) {
	r := resolver(t)
	tests := []struct {
		name, text, date string
		want             string // "Name CODE role"
	}{
		{"Shoigu in 2019", "the defence minister of Russia", "2019-03-01", "Sergei Shoigu RUSGOVMIL defence minister"},
		{"Belousov in 2024", "Russia's defence chief", "2024-11-30", "Andrei Belousov RUSGOVMIL defence minister"},
		{"Belousov before", "Belousov", "2022-01-01", "Andrei Belousov RUSGOV first deputy prime minister"},
		{"Shoigu after", "Shoigu", "2025-01-01", "Sergei Shoigu RUSGOV secretary of the Security Council"},
		{"Kuleba", "Ukraine's foreign minister", "2023-05-01", "Dmytro Kuleba UKRGOV foreign minister"},
		{"Sybiha", "Ukraine's foreign minister", "2024-09-20", "Andrii Sybiha UKRGOV foreign minister"},
		{"Johnson", "the British prime minister", "2021-06-01", "Boris Johnson GBRGOV prime minister"},
		{"Truss", "the British prime minister", "2022-10-01", "Liz Truss GBRGOV prime minister"},
		{"Sunak", "the British prime minister", "2023-10-01", "Rishi Sunak GBRGOV prime minister"},
		{"Starmer", "the British prime minister", "2024-08-01", "Keir Starmer GBRGOV prime minister"},
		{"Biden", "the American president", "2024-08-01", "Joe Biden USAGOV president"},
		{"Trump 2025", "the American president", "2025-03-01", "Donald Trump USAGOV president"},
		{"Trump out of office", "Trump", "2022-01-01", "Donald Trump USAELI former president"},
		{"leader", "Russia's leader", "2024-11-30", "Vladimir Putin RUSGOV president"},
		{"typo", "Zelenskky", "2024-11-30", "Volodymyr Zelenskyy UKRGOV president"},
		{"group", "North Korean troops", "2024-11-30", "North Korean troops PRKMIL "},
		{"state media", "Russian state media", "2024-11-30", "Russian state media RUSMEDGOV "}, // TASS, RIA or RT: a group
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			date, _ := time.Parse(time.DateOnly, tt.date)
			var got []string
			for _, m := range r.Lookup(tt.text, date) {
				got = append(got, m.Name+" "+m.Code+" "+m.Role)
			}
			want := []string{tt.want}
			if tt.want == "" {
				want = nil
			}
			if !slices.Equal(got, want) {
				t.Errorf("Lookup(%q, %s) = %q, want %q", tt.text, tt.date, got, want)
			}
		})
	}
}

// TestResolveRules covers the resolution rules one at a time.
func TestResolveRules(t *testing.T) {
	r := resolver(t)
	tests := []struct {
		name, src string
		want      []string // "Name CODE: mention, mention"
	}{
		{"surnames of different people stay apart",
			"date 2024-10-01 Seoul: Kim Jong Un met Kim Yo Jong. Kim Yo Jong said she was pleased.",
			[]string{"Kim Jong Un PRKGOV: Kim Jong Un", "Kim Yo Jong PRKGOV: Kim Yo Jong, Kim Yo Jong, she"}},
		{"capital as government vs place",
			"date 2024-10-01 Seoul: Seoul said it would respond. Protesters gathered in Seoul.",
			[]string{"South Korea KOR: Seoul"}},
		{"title defines an unknown person, learned for the article",
			"date 2024-10-01 Kyiv: Ukrainian Defence Minister Ivan Petrenko visited the front. Petrenko said troops held.",
			[]string{"Ivan Petrenko UKRGOVMIL: Ivan Petrenko, Petrenko"}},
		{"apposition defines an unknown person named by the name model",
			"date 2024-10-01 Kyiv: Ivan Petrenko, Ukraine's defence minister, visited the front.",
			[]string{"Ivan Petrenko UKRGOVMIL: Ivan Petrenko"}},
		{"lower-case words are not acronyms",
			"date 2024-10-01 Paris: Tell us who we are.",
			nil},
		{"two countries",
			"date 2024-10-01 Paris: France and Germany signed a deal. The two countries will share costs.",
			[]string{"France FRA: France, The two countries", "Germany DEU: Germany, The two countries"}},
		{"no anchor: latest roles",
			"The defence minister of Russia spoke.",
			[]string{"Andrei Belousov RUSGOVMIL: The defence minister of Russia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := dispatch(tt.src)
			if i := strings.Index(doc.Article.Text, "Ivan Petrenko,"); i >= 0 {
				// Stand in for the name model.
				doc.Names = []article.Name{{Span: article.Span{Start: i, End: i + len("Ivan Petrenko")}, Type: "PERSON"}}
			}
			ents := r.Resolve(doc)
			checkOffsets(t, doc.Article.Text, ents)
			var got []string
			for _, e := range ents {
				var ms []string
				for _, m := range e.Mentions {
					ms = append(ms, m.Text)
				}
				got = append(got, e.Name+" "+e.Code+": "+strings.Join(ms, ", "))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestAt(t *testing.T) {
	r := resolver(t)
	doc := dispatch("date 2024-11-30 Seoul: US, South Korean and others say North Korean troops fought. Iranian diplomats left.")
	ents := r.Resolve(doc)
	text := doc.Article.Text
	span := func(s string) article.Span {
		i := strings.Index(text, s)
		return article.Span{Start: i, End: i + len(s)}
	}
	tests := []struct {
		phrase string
		want   []string
	}{
		{"US, South Korean and others", []string{"USA", "KOR"}},
		{"North Korean troops", []string{"PRKMIL"}},
		{"Iranian diplomats", []string{"IRNGOV"}},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			var got []string
			for _, a := range r.At(doc, ents, span(tt.phrase)) {
				got = append(got, a.Code)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("At(%q) = %v, want %v", tt.phrase, got, tt.want)
			}
		})
	}
}

// TestBadLines checks that every bad line is reported as file:line:
// problem, and that the rest still loads unless Strict.
func TestBadLines(t *testing.T) {
	fsys := fstest.MapFS{
		"user/a.txt": {Data: []byte(`# test dictionary
Good Person | person | FRA GOV | minister | 2020-01..
Bad Kind | wizard | FRA
No Country | person | | minister
Bad Period | person | FRA GOV | minister | 2020-13-01..
Backwards | person | FRA GOV | minister | 2021..2020
Bad Sector | org | FRA XYZ
Bad Key | org | FRA GOV | | | nickname: x
Short
`)},
		"user/b.actors": {Data: []byte("GOOD_ACTOR_ [FRAGOV]\n\t[fr 2020]\n+SYN\n")},
	}
	want := []string{
		"user/a.txt:3: unknown kind \"wizard\" (want one of agent, country, group, igo, media, ngo, org, party, person)",
		"user/a.txt:4: empty code",
		"user/a.txt:5: bad date \"2020-13-01\": want YYYY, YYYY-MM or YYYY-MM-DD",
		"user/a.txt:6: period \"2021..2020\" ends before it starts",
		"user/a.txt:7: code \"FRA XYZ\": unknown sector \"XYZ\"",
		"user/a.txt:8: unknown key \"nickname\"",
		"user/a.txt:9: want at least 3 fields (name | kind | code), got 1",
		"user/b.actors:2: code \"fr\": want upper-case letters in blocks of 3",
	}
	r, err := New(fstest.MapFS{}, Options{}, fsys)
	list, ok := diag.As(err)
	if !ok {
		t.Fatalf("err = %v, want a diag.List", err)
	}
	var got []string
	for _, e := range list {
		got = append(got, e.Error())
	}
	if !slices.Equal(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if r == nil {
		t.Fatal("no Resolver despite Strict=false")
	}
	if ms := r.Lookup("Good Person", time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)); len(ms) != 1 || ms[0].Code != "FRAGOV" {
		t.Errorf("good line not loaded: %+v", ms)
	}
	if ms := r.Lookup("syn", time.Time{}); len(ms) != 1 || ms[0].Code != "FRAGOV" {
		t.Errorf("PETRARCH synonym not loaded: %+v", ms)
	}
	if r, err := New(fstest.MapFS{}, Options{Strict: true}, fsys); r != nil || err == nil {
		t.Errorf("Strict: got %v, %v; want no Resolver and an error", r, err)
	}
}

// TestPetrarchDictionaries loads PETRARCH's validation and Phoenix
// dictionaries from the shared folder.
func TestPetrarchDictionaries(t *testing.T) {
	dir := devdata.Path(t)
	tests := []struct {
		name, sub, lookup, date, want string
	}{
		{"validation", "data/events/petrarch2", "Arnor", "1995-01-01", "ARN"},
		{"validation agents", "data/events/petrarch2", "foreign minister", "1995-01-01", "GOVFRM"},
		{"phoenix", "data/events/reference", "Vladimir Putin", "2005-06-01", "RUSGOV"},
		{"phoenix dated", "data/events/reference", "Vladimir Putin", "1995-06-01", "RUSELI"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := New(fstest.MapFS{}, Options{}, osDirFS(dir+"/"+tt.sub))
			if r == nil {
				t.Fatalf("load: %v", err)
			}
			if l, ok := diag.As(err); ok {
				t.Logf("%d problem lines, first: %v", len(l), l[0])
			}
			date, _ := time.Parse(time.DateOnly, tt.date)
			var got []string
			for _, m := range r.Lookup(tt.lookup, date) {
				if m.Kind == KindAgent {
					got = append(got, strings.Join(m.Sectors, ""))
				} else {
					got = append(got, m.Code)
				}
			}
			if !slices.Contains(got, tt.want) {
				t.Errorf("Lookup(%q) = %v, want %s among them", tt.lookup, got, tt.want)
			}
		})
	}
}
