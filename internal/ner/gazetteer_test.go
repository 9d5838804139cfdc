package ner

import (
	"strings"
	"testing"

	pc "github.com/sitrep-project/sitrep/internal/perceptron"
)

func TestGazetteerMark(t *testing.T) {
	g, err := ReadGazetteer(strings.NewReader("# test\nGPE\tNew York\nORG\tal-Qaeda\nGPE\tRussia\nGPE\tNew York City\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text, want string }{
		{"one and two words", "al-Qaeda fled New York for Russia .", "U-ORG - B-GPE L-GPE - U-GPE -"},
		{"longest match", "New York City and New", "B-GPE I-GPE L-GPE - -"},
		{"case matters", "russia and new york", "- - - -"},
		{"empty word", "Russia  Russia", "U-GPE - U-GPE"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ws []word
			for _, w := range strings.Split(tc.text, " ") {
				ws = append(ws, newWord(w, "NNP"))
			}
			g.mark(ws)
			var got []string
			for _, w := range ws {
				label := "-"
				for _, l := range []string{"U-ORG", "U-GPE", "B-GPE", "I-GPE", "L-GPE"} {
					if w.gaz == pc.String(l) {
						label = l
					}
				}
				got = append(got, label)
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("mark(%q) = %q, want %q", tc.text, strings.Join(got, " "), tc.want)
			}
		})
	}
}
