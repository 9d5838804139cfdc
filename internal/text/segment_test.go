package text

import (
	"slices"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
)

// sentenceTexts returns the text of each sentence of t.
func sentenceTexts(t string) []string {
	var out []string
	for _, s := range Sentences(t) {
		out = append(out, t[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "Kim met Belousov. They talked.", []string{"Kim met Belousov.", "They talked."}},
		{"month abbreviation", "It happened on Nov. 29 in Seoul. Then it ended.", []string{"It happened on Nov. 29 in Seoul.", "Then it ended."}},
		{"title", "Gen. Smith and Mr. Jones met Dr. Lee.", []string{"Gen. Smith and Mr. Jones met Dr. Lee."}},
		{"us in the middle", "The U.S. military said so.", []string{"The U.S. military said so."}},
		{"us at the end", "Troops went to the U.S. The move surprised many.", []string{"Troops went to the U.S.", "The move surprised many."}},
		{"closing quote", "He said “we will win.” Then he left.", []string{"He said “we will win.”", "Then he left."}},
		{"question in quote", "“Why now?” he asked. Nobody knew.", []string{"“Why now?” he asked.", "Nobody knew."}},
		{"heading line", "Russia-North Korea Relations\nKim slammed a US decision.", []string{"Russia-North Korea Relations", "Kim slammed a US decision."}},
		{"decimal", "Growth was 3.5 percent. It rose.", []string{"Growth was 3.5 percent.", "It rose."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSegmentHeadings(t *testing.T) {
	doc := &article.Doc{Article: article.Article{
		Title: "Kim vows support",
		Text:  "Kim vows support\n\nKim met Belousov. They talked.\n\nRussia-North Korea Relations\n\nKim slammed it.",
	}}
	Segment(doc)
	var got []bool
	for _, p := range doc.Paragraphs {
		got = append(got, p.Heading)
	}
	if want := []bool{true, false, true, false}; !slices.Equal(got, want) {
		t.Errorf("paragraph headings = %v, want %v", got, want)
	}
}
