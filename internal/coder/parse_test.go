package coder

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/diag"
)

func TestParse(t *testing.T) {
	g := 2.5
	tests := []struct {
		name string
		src  string
		want []Pattern
	}{
		{"verbal", "A meet with R => CONSULT 040\n", []Pattern{{
			ID: "t.pat:1", File: "t.pat", Line: 1, Text: "A meet with R => CONSULT 040",
			Elems: []Elem{{Kind: ElemActor}, {Kind: ElemWord, Word: "meet"}, {Kind: ElemWord, Word: "with"}, {Kind: ElemRecipient}},
			Event: "CONSULT", Cameo: "040",
		}}},
		{"attributes", "# c\n\nA's strike on R => ASSAULT/aerial 195 ctx=military,cbrn g=2.5 conf=0.7 id=strike # x\n", []Pattern{{
			ID: "strike", File: "t.pat", Line: 3, Text: "A's strike on R => ASSAULT/aerial 195 ctx=military,cbrn g=2.5 conf=0.7 id=strike",
			Elems: []Elem{{Kind: ElemActorPoss}, {Kind: ElemWord, Word: "strike"}, {Kind: ElemWord, Word: "on"}, {Kind: ElemRecipient}},
			Event: "ASSAULT", Mode: "aerial", Cameo: "195", Contexts: []string{"military", "cbrn"}, Goldstein: &g, Confidence: 0.7,
		}}},
		{"option choice exclusion sym", "A sign (a) {treaty|pact} !draft => SUPPORT 057 sym", []Pattern{{
			ID: "t.pat:1", File: "t.pat", Line: 1, Text: "A sign (a) {treaty|pact} !draft => SUPPORT 057 sym",
			Elems: []Elem{{Kind: ElemActor}, {Kind: ElemWord, Word: "sign"},
				{Kind: ElemOption, Seq: []Elem{{Kind: ElemWord, Word: "a"}}},
				{Kind: ElemChoice, Alts: [][]Elem{{{Kind: ElemWord, Word: "treaty"}}, {{Kind: ElemWord, Word: "pact"}}}},
				{Kind: ElemNot, Word: "draft"}},
			Event: "SUPPORT", Cameo: "057", Symmetric: true,
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse("t.pat", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// TestParseErrors checks that every error of a file is reported, each as
// file:line: message.
func TestParseErrors(t *testing.T) {
	src := strings.Join([]string{
		"A meet R => CONSULT 040",       // 1 fine
		"A meet R CONSULT 040",          // 2 no arrow
		"meet R => CONSULT 040",         // 3 no actor
		"A meet R => CONSUL 040",        // 4 bad type
		"A meet R => CONSULT 4x",        // 5 bad code
		"A Meet R => CONSULT 040",       // 6 upper-case word
		"A meet (R => CONSULT 040",      // 7 unclosed option
		"A meet R R => CONSULT 040",     // 8 two recipients
		"A meet R => CONSULT 040 foo=1", // 9 unknown attribute
		"A meet R => CONSULT 040 g=11",  // 10 Goldstein out of range
		"A meet R => CONSULT 040 id=x",  // 11 fine
		"A see R => CONSULT 040 id=x",   // 12 duplicate id
		"A meet @ R => CONSULT 040",     // 13 bad character
		"A {meet} R => CONSULT 040",     // 14 one-alternative choice
		"(A) meet R => CONSULT 040",     // 15 optional actor
		"A meet R => CONSULT/Visit 040", // 16 bad mode
	}, "\n")
	_, err := Parse("bad.pat", []byte(src))
	el, ok := diag.As(err)
	if !ok {
		t.Fatalf("error %v is not a diag.List", err)
	}
	want := []int{2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16}
	var lines []int
	for _, e := range el {
		lines = append(lines, e.Line)
		if !strings.HasPrefix(e.Error(), "bad.pat:") {
			t.Errorf("error %q lacks file:line", e)
		}
	}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("error lines %v, want %v:\n%v", lines, want, err)
	}
}

// FuzzParse checks that Parse never panics, that its errors name a line
// of the input, and that every pattern's text is its source line.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"A meet with R => CONSULT 040", "A's strike on R => ASSAULT 190 ctx=military g=-10", "{a|b} (c) !d A => AID 070 sym", "=>", "A (", "# x\n\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		pats, err := Parse("f.pat", []byte(src))
		n := strings.Count(src, "\n") + 1
		if el, ok := diag.As(err); ok {
			for _, e := range el {
				if e.Line < 1 || e.Line > n {
					t.Errorf("error line %d outside 1..%d", e.Line, n)
				}
			}
		} else if err != nil {
			t.Errorf("error %T is not a diag.List", err)
		}
		lines := strings.Split(src, "\n")
		for _, p := range pats {
			if p.Line < 1 || p.Line > n || !strings.Contains(lines[p.Line-1], strings.TrimSpace(p.Text)) {
				t.Errorf("pattern line %d text %q", p.Line, p.Text)
			}
			if !utf8.ValidString(p.Text) && utf8.ValidString(src) {
				t.Errorf("invalid text %q", p.Text)
			}
		}
	})
}

func TestForms(t *testing.T) {
	tests := []struct {
		lemma string
		want  []string
	}{
		{"strike", []string{"struck", "strikes", "striking"}},
		{"ship", []string{"ships", "shipped", "shipping"}},
		{"visit", []string{"visited", "visiting"}},
		{"supply", []string{"supplies", "supplied", "supplying"}},
		{"send", []string{"sent", "sends"}},
	}
	for _, tt := range tests {
		t.Run(tt.lemma, func(t *testing.T) {
			got := forms(tt.lemma)
			for _, w := range tt.want {
				if !contains(got, w) {
					t.Errorf("forms(%q) = %v lacks %q", tt.lemma, got, w)
				}
			}
		})
	}
}
