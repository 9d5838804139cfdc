package text

import (
	"slices"
	"testing"
)

// tokenTexts returns the text of each token of t.
func tokenTexts(t string) []string {
	var out []string
	for _, tok := range Tokens(t, 0) {
		out = append(out, tok.Text)
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"words", "Kim met Belousov", []string{"Kim", "met", "Belousov"}},
		{"number with comma", "more than 10,000 troops", []string{"more", "than", "10,000", "troops"}},
		{"decimal", "grew 3.5 percent", []string{"grew", "3.5", "percent"}},
		{"decimal without zero", "a .5 rise", []string{"a", ".5", "rise"}},
		{"comma list of numbers", "1,2 and 3", []string{"1", ",", "2", "and", "3"}},
		{"possessive", "Russia's war", []string{"Russia", "'s", "war"}},
		{"curly possessive", "Clinton’s team", []string{"Clinton", "’s", "team"}},
		{"plural possessive", "the countries' cooperation", []string{"the", "countries", "'", "cooperation"}},
		{"negation", "haven't confirmed", []string{"have", "n't", "confirmed"}},
		{"curly negation", "don’t know", []string{"do", "n’t", "know"}},
		{"can't", "can't stop", []string{"ca", "n't", "stop"}},
		{"clitics", "they're we've I'll he'd I'm", []string{"they", "'re", "we", "'ve", "I", "'ll", "he", "'d", "I", "'m"}},
		{"name with apostrophe", "O'Brien spoke", []string{"O'Brien", "spoke"}},
		{"hyphenated", "US-led Russia-Ukraine war-torn rapidly-changing", []string{"US-led", "Russia-Ukraine", "war-torn", "rapidly-changing"}},
		{"abbreviation with hyphen", "U.S.-led talks", []string{"U.S.-led", "talks"}},
		{"curly quotes", "“invariably support”", []string{"“", "invariably", "support", "”"}},
		{"single curly quotes", "‘invariable support’", []string{"‘", "invariable", "support", "’"}},
		{"straight quotes", `"a timely measure"`, []string{`"`, "a", "timely", "measure", `"`}},
		{"double apostrophe quotes", "''It is,'' he said", []string{"''", "It", "is", ",", "''", "he", "said"}},
		{"em dash", "Seoul—Kim", []string{"Seoul", "—", "Kim"}},
		{"spaced en dash", "Seoul – Kim", []string{"Seoul", "–", "Kim"}},
		{"double hyphen", "Seoul -- Kim", []string{"Seoul", "--", "Kim"}},
		{"ellipsis character", "and then…", []string{"and", "then", "…"}},
		{"ellipsis dots", "and then... it", []string{"and", "then", "...", "it"}},
		{"spaced ellipsis", "and then . . . it", []string{"and", "then", ". . .", "it"}},
		{"currency", "$5 billion and €3", []string{"$", "5", "billion", "and", "€", "3"}},
		{"percentage", "rose 12.5%", []string{"rose", "12.5", "%"}},
		{"abbreviations keep their dot", "U.S. Nov. Gen. a.m. Inc.", []string{"U.S.", "Nov.", "Gen.", "a.m.", "Inc."}},
		{"initials", "J. R. R. Tolkien", []string{"J.", "R.", "R.", "Tolkien"}},
		{"full stop after a word", "in Seoul.", []string{"in", "Seoul", "."}},
		{"No. before a number", "No. 2 seed", []string{"No.", "2", "seed"}},
		{"no as a word", "He said no. Then", []string{"He", "said", "no", ".", "Then"}},
		{"url", "see https://example.org/a?b=1, now", []string{"see", "https://example.org/a?b=1", ",", "now"}},
		{"url at sentence end", "at www.example.org.", []string{"at", "www.example.org", "."}},
		{"url in brackets", "(https://example.org/x)", []string{"(", "https://example.org/x", ")"}},
		{"email", "write to desk@example.org today", []string{"write", "to", "desk@example.org", "today"}},
		{"domain", "on Breitbart.com today", []string{"on", "Breitbart.com", "today"}},
		{"handle and hashtag", "@KCNA_news #Ukraine", []string{"@KCNA_news", "#Ukraine"}},
		{"slash", "Reuters/Ipsos 24/7", []string{"Reuters/Ipsos", "24/7"}},
		{"ampersand", "AT&T and S&P", []string{"AT&T", "and", "S&P"}},
		{"brackets", "(Reuters) [sic]", []string{"(", "Reuters", ")", "[", "sic", "]"}},
		{"question and exclamation runs", "What?! No!!", []string{"What", "?!", "No", "!!"}},
		{"elided century", "the '90s", []string{"the", "'90s"}},
		{"markup tag", `<tweet tweet-id="1">`, []string{`<tweet tweet-id="1">`}},
		{"less than", "a < b", []string{"a", "<", "b"}},
		{"missing space after full stop", "nearly 1000.Watch it", []string{"nearly", "1000", ".", "Watch", "it"}},
		{"list number", "1. First item", []string{"1.", "First", "item"}},
		{"time", "at 10:30 a.m.", []string{"at", "10", ":", "30", "a.m."}},
		{"non-breaking space", "Kim\u00a0Jong\u00a0Un", []string{"Kim", "Jong", "Un"}},
		{"accented", "Zelenskyy met Macron in Kyiv-Pechersk and São Paulo", []string{"Zelenskyy", "met", "Macron", "in", "Kyiv-Pechersk", "and", "São", "Paulo"}},
		{"non-latin", "조선중앙통신 보도", []string{"조선중앙통신", "보도"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tokenTexts(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Tokens(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokensOffset(t *testing.T) {
	text := "Seoul: Kim met Belousov."
	toks := Tokens(text[7:], 7)
	for _, tok := range toks {
		if text[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q at [%d,%d) reads %q", tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
		}
	}
	if toks[0].Start != 7 || toks[0].Text != "Kim" {
		t.Errorf("first token = %+v, want Kim at 7", toks[0])
	}
}
