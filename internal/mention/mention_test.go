package mention

import (
	"slices"
	"strings"
	"testing"
)

func TestKeys(t *testing.T) {
	tests := []struct {
		phrase string
		want   []string
	}{
		{"Kim Jong-un", []string{"kim", "jong", "un"}},
		{"Kim Jong Un", []string{"kim", "jong", "un"}},
		{"Russia's", []string{"russia", "'s"}},
		{"Russia’s defence chief", []string{"russia", "'s", "defence", "chief"}},
		{"U.S.", []string{"us"}},
		{"Democratic People's Republic of Korea", []string{"democratic", "people", "'s", "republic", "of", "korea"}},
		{"Türkiye", []string{"türkiye"}},
		{"US, South Korean", []string{"us", ",", "south", "korean"}},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			if got := Keys(tt.phrase); !slices.Equal(got, tt.want) {
				t.Errorf("Keys(%q) = %q, want %q", tt.phrase, got, tt.want)
			}
		})
	}
}

func TestFind(t *testing.T) {
	b := NewBuilder()
	b.Add("North Korea", 1)
	b.Add("North Korean", 2)
	b.Add("Korea", 3)
	b.Add("Kim Jong Un", 4)
	b.Add("Russia", 5)
	g := b.Build()
	tests := []struct {
		text string
		want []string // matched text=values
	}{
		{"North Korean leader Kim Jong-un met Russia's envoy", []string{"North Korean=2", "Kim Jong-un=4", "Russia=5"}},
		{"North Korea and South Korea", []string{"North Korea=1", "Korea=3"}},
		{"the Russia-North Korea treaty", []string{"Russia=5", "North Korea=1"}},
		{"nothing here", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ps := g.Pieces(tt.text, Tokenize(tt.text), nil)
			var got []string
			for _, m := range g.Find(ps, nil) {
				s := tt.text[ps[m.First].Start:ps[m.End-1].End]
				for _, v := range m.Values {
					s += "=" + string(rune('0'+v))
				}
				got = append(got, s)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzPieces checks the offset invariants of Tokenize and Pieces on any input.
func FuzzPieces(f *testing.F) {
	for _, s := range []string{"Kim Jong-un's", "U.S.-led", "‘invariable support’", "a--b", "'s", "-", "x'", "Ö.Ä.-"} {
		f.Add(s)
	}
	b := NewBuilder()
	b.Add("North Korea", 1)
	g := b.Build()
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokenize(text)
		for _, tk := range toks {
			if tk.Start < 0 || tk.Start >= tk.End || tk.End > len(text) || text[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v in %q", tk, text)
			}
		}
		ps := g.Pieces(text, toks, nil)
		prev := 0
		for _, p := range ps {
			if p.Start < prev || p.Start >= p.End || p.End > len(text) {
				t.Fatalf("bad piece %+v in %q", p, text)
			}
			tk := toks[p.Token]
			if !tk.Span.Contains(p.Span) {
				t.Fatalf("piece %+v outside its token %+v in %q", p, tk, text)
			}
			prev = p.End
		}
		for _, m := range g.Find(ps, nil) {
			if m.First < 0 || m.First >= m.End || m.End > len(ps) {
				t.Fatalf("bad match %+v", m)
			}
			if !strings.EqualFold(text[ps[m.First].Start:ps[m.End-1].End], "north korea") && len(m.Values) > 0 {
				// Keys fold case and dots only; the phrase must read North Korea.
				if k := Keys(text[ps[m.First].Start:ps[m.End-1].End]); !slices.Equal(k, []string{"north", "korea"}) {
					t.Fatalf("match %q is not North Korea", text[ps[m.First].Start:ps[m.End-1].End])
				}
			}
		}
	})
}

func BenchmarkPieces(b *testing.B) {
	text := strings.Repeat("North Korean leader Kim Jong Un vowed his country will “invariably support” Russia's war in Ukraine. ", 100)
	bl := NewBuilder()
	bl.Add("North Korean", 1)
	bl.Add("Kim Jong Un", 2)
	g := bl.Build()
	toks := Tokenize(text)
	var ps []Piece
	var ms []Match
	for b.Loop() {
		ps = g.Pieces(text, toks, ps[:0])
		ms = g.Find(ps, ms[:0])
	}
	b.ReportMetric(float64(len(toks)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
