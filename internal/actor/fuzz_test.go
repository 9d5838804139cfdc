package actor

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/text"
)

// FuzzResolve checks that Resolve never panics and that every mention
// slices the text, with and without the text stage's tokens.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"North Korean leader Kim Jong Un met Russia's Defence Chief.",
		"US, South Korean and others say the two countries' his country",
		"Ukrainian President Vlodomir Zelenskyy's 'plan'", "Defence Minister", "the North's",
		"Seoul and Pyongyang said", "Kim", "he he he", "Zelenskky Zelenski-",
	} {
		f.Add(s, true)
	}
	r := resolver(f)
	f.Fuzz(func(t *testing.T, s string, segment bool) {
		doc := &article.Doc{Article: article.Article{Text: s, Published: "2024-11-30"}}
		if segment {
			text.Segment(doc)
		}
		ents := r.Resolve(doc)
		checkOffsets(t, s, ents)
		for _, e := range ents {
			if len(e.Mentions) == 0 {
				t.Fatalf("entity %s without mentions", e.ID)
			}
		}
		if len(s) > 0 {
			r.At(doc, ents, article.Span{Start: 0, End: len(s)})
		}
	})
}
