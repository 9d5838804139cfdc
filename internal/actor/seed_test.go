package actor

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/devdata"
)

// TestSeed checks the done-when list of issue 3 on the worked example.
func TestSeed(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(devdata.Path(t), "seed", "000_915998f58a079707.txt"))
	if err != nil {
		t.Skipf("seed dispatch not available: %v", err)
	}
	doc := dispatch(string(src))
	ents := resolver(t).Resolve(doc)
	byName := map[string]int{}
	for i, e := range ents {
		byName[e.Name] = i
	}
	want := []struct {
		name, kind, country string
		sectors             []string
		code                string
		mention             string // one mention it must have
	}{
		{"Kim Jong Un", "person", "PRK", []string{"GOV"}, "PRKGOV", "Kim"},
		{"Andrei Belousov", "person", "RUS", []string{"GOV", "MIL"}, "RUSGOVMIL", "Belousov"},
		{"Volodymyr Zelenskyy", "person", "UKR", []string{"GOV"}, "UKRGOV", "Vlodomir Zelenskyy"},
		{"Vladimir Putin", "person", "RUS", []string{"GOV"}, "RUSGOV", "Putin"},
		{"Korean Central News Agency", "media", "PRK", []string{"MED", "GOV"}, "PRKMEDGOV", "the North's state media"},
		{"Sky News", "media", "GBR", []string{"MED"}, "GBRMED", "Sky News"},
		{"NATO", "igo", "IGO", []string{}, "IGOWSTNAT", "NATO"},
		{"North Korea", "country", "PRK", []string{}, "PRK", "North Korea"},
		{"Russia", "country", "RUS", []string{}, "RUS", "Russia"},
		{"Ukraine", "country", "UKR", []string{}, "UKR", "Ukraine"},
		{"United States", "country", "USA", []string{}, "USA", "US"},
		{"South Korea", "country", "KOR", []string{}, "KOR", "South Korea"},
	}
	for _, w := range want {
		t.Run(w.name, func(t *testing.T) {
			i, ok := byName[w.name]
			if !ok {
				t.Fatalf("no entity %q", w.name)
			}
			e := ents[i]
			if e.Kind != w.kind || e.Country != w.country || !slices.Equal(e.Sectors, w.sectors) || e.Code != w.code {
				t.Errorf("got %s %s %v %s, want %s %s %v %s", e.Kind, e.Country, e.Sectors, e.Code, w.kind, w.country, w.sectors, w.code)
			}
			found := false
			for _, m := range e.Mentions {
				found = found || m.Text == w.mention
			}
			if !found {
				t.Errorf("no mention %q among %v", w.mention, e.Mentions)
			}
		})
	}
	t.Run("KCNA is one entity", func(t *testing.T) {
		e := ents[byName["Korean Central News Agency"]]
		var texts []string
		for _, m := range e.Mentions {
			texts = append(texts, m.Text)
		}
		for _, w := range []string{"KCNA", "Korean Central News Agency", "the North's state media"} {
			if !slices.Contains(texts, w) {
				t.Errorf("KCNA entity lacks mention %q: %v", w, texts)
			}
		}
	})
	t.Run("no junk entities", func(t *testing.T) {
		for _, e := range ents {
			for _, m := range e.Mentions {
				for _, bad := range []string{"Ceasefire", "Return", "June", "Relations", "Agrees", "Cover"} {
					if strings.Contains(m.Text, bad) {
						t.Errorf("entity %s %q has mention %q", e.ID, e.Name, m.Text)
					}
				}
			}
		}
	})
	t.Run("offsets", func(t *testing.T) { checkOffsets(t, doc.Article.Text, ents) })
}
