package text

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/devdata"
)

// TestSeedDispatch segments the worked example of DESIGN.md, which stays in
// the shared data, and checks the invariants and the sentences that the
// later stages depend on.
func TestSeedDispatch(t *testing.T) {
	file := filepath.Join(devdata.Path(t), "seed", "000_915998f58a079707.txt")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Skipf("seed dispatch not available: %v", err)
	}
	doc := &article.Doc{Article: article.Article{Text: string(data)}}
	Segment(doc)
	checkDoc(t, doc)

	if got, want := len(doc.Sentences), 24; got != want {
		t.Errorf("%d sentences, want %d", got, want)
	}
	var headings []string
	texts := make(map[string]bool)
	for _, s := range doc.Sentences {
		texts[doc.Slice(s.Span)] = true
		if s.Heading {
			headings = append(headings, doc.Slice(s.Span))
		}
	}
	if want := []string{"Russia-North Korea Relations", "Zelenskyy Agrees On Ceasefire In Return for NATO Cover"}; !slices.Equal(headings, want) {
		t.Errorf("headings = %q, want %q", headings, want)
	}
	for _, want := range []string{
		"Kim said that North Korea “will invariably support the policy of the Russian Federation to defend its sovereignty and territorial integrity from the imperialists' moves for hegemony,” KCNA said.",
		"He called recent Russian strikes on Ukraine “a timely and effective measure\" demonstrate Russia's resolve, KCNA said.",
		"He responded, “If we want to stop the hot stage of war, we should take under NATO umbrella the territory of Ukraine that we have under our control.",
		"That’s what we need to do fast.”",
		"“Then Ukraine can get back the other part of its territory diplomatically,” Zelenskyy added.",
		"It's considered the two countries' biggest defense deal since the end of the Cold War.",
	} {
		if !texts[want] {
			t.Errorf("no sentence %q", want)
		}
	}
	var words []string
	for _, tok := range doc.Tokens {
		words = append(words, tok.Text)
	}
	for _, want := range []string{"10,000", "US-led", "Russia-Ukraine", "war-torn", "rapidly-changing", "n't", "'s", "’s", "“", "”", "‘", "’"} {
		if !slices.Contains(words, want) {
			t.Errorf("no token %q", want)
		}
	}
}
