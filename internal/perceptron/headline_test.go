package perceptron

import (
	"strings"
	"testing"
)

func TestHeadline(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Zelenskyy Agrees On Ceasefire In Return for NATO Cover", true},
		{"Korea Relations", false}, // fewer than three words
		{"Kim met the defence minister on Friday .", false},
		{"“ Leaders Meet In Goa ”", true},
		{"", false},
	} {
		words := strings.Fields(tc.text)
		if got := Headline(len(words), func(i int) string { return words[i] }); got != tc.want {
			t.Errorf("Headline(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
