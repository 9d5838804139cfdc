package geo

import (
	"encoding/json"
	"slices"
	"sync"
	"testing"

	"github.com/sitrep-project/sitrep/data"
)

// determinismText names places with several candidates each: Goa (an
// Indian state, a town of the Philippines, a name of Mormugao), Georgia,
// Washington, London, Victoria, Springfield.
const determinismText = `NEW DELHI, June 9 - India and China agreed on Thursday to resume talks on their disputed border, the Indian foreign ministry said.

The decision came after a meeting between the two foreign ministers in Goa. Officials from Georgia and Washington attended, as did delegates from London, Victoria and Springfield.

China's foreign ministry said the talks in Goa were candid.`

// TestDeterministic resolves the same article many times, on two
// gazetteers loaded separately and from several goroutines, and wants the
// same places every time.
func TestDeterministic(t *testing.T) {
	g1 := testGazetteer(t)
	g2, err := Load(data.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	run := func(g *Gazetteer) string {
		doc := newDoc(determinismText, "New Delhi")
		b, err := json.Marshal(g.Places(doc, nil))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	want := run(g1)
	var wg sync.WaitGroup
	got := make([]string, 40)
	for i := range got {
		wg.Go(func() {
			g := g1
			if i%2 == 1 {
				g = g2
			}
			got[i] = run(g)
		})
	}
	wg.Wait()
	for i, s := range got {
		if s != want {
			t.Fatalf("run %d differs:\n got %s\nwant %s", i, s, want)
		}
	}
}

// TestBestIgnoresOrder checks that the choice among candidates does not
// depend on their order, for every ambiguous name of the text.
func TestBestIgnoresOrder(t *testing.T) {
	g := testGazetteer(t)
	doc := newDoc(determinismText, "New Delhi")
	ms := g.find(doc.Article.Text, words(doc), nil)
	ctx := g.context(doc, ms)
	n := 0
	for _, m := range ms {
		if len(m.cands) < 2 {
			continue
		}
		n++
		rev := slices.Clone(m.cands)
		slices.Reverse(rev)
		for _, c := range []*context{nil, ctx} {
			if a, b := g.best(m.cands, c, m.key), g.best(rev, c, m.key); a != b {
				t.Errorf("%s: best is %+v in one order, %+v in the other", m.key, g.entries[a], g.entries[b])
			}
		}
		l1 := g.Lookup(m.key)
		l2 := g.Lookup(m.key)
		if !slices.Equal(l1, l2) {
			t.Errorf("Lookup(%q) differs between calls", m.key)
		}
	}
	if n < 4 {
		t.Errorf("only %d ambiguous names found in the text; the test needs several", n)
	}
}
