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
		{"question and exclamation", "Who met? Kim did! Then he left.", []string{"Who met?", "Kim did!", "Then he left."}},

		// Abbreviations.
		{"month", "It happened on Nov. 29 in Seoul. Then it ended.", []string{"It happened on Nov. 29 in Seoul.", "Then it ended."}},
		{"titles", "Gen. Smith and Mr. Jones met Dr. Lee and Sen. Kim.", []string{"Gen. Smith and Mr. Jones met Dr. Lee and Sen. Kim."}},
		{"two titles", "Lt. Col. Park spoke.", []string{"Lt. Col. Park spoke."}},
		{"No. before a number", "The No. 2 official resigned. He left.", []string{"The No. 2 official resigned.", "He left."}},
		{"no at the end", "He said no. She agreed.", []string{"He said no.", "She agreed."}},
		{"U.S. inside", "The U.S. military said so.", []string{"The U.S. military said so."}},
		{"U.S. at the end", "Troops went to the U.S. The move surprised many.", []string{"Troops went to the U.S.", "The move surprised many."}},
		{"a.m.", "They met at 10 a.m. on Friday.", []string{"They met at 10 a.m. on Friday."}},
		{"a.m. at the end", "They met at 10 a.m. The talks lasted hours.", []string{"They met at 10 a.m.", "The talks lasted hours."}},
		{"Inc. inside", "Apple Inc. said profits rose.", []string{"Apple Inc. said profits rose."}},
		{"Inc. at the end", "He joined Apple Inc. He left in 2020.", []string{"He joined Apple Inc.", "He left in 2020."}},
		{"initials", "J. R. R. Tolkien wrote it. Critics agreed.", []string{"J. R. R. Tolkien wrote it.", "Critics agreed."}},
		{"state abbreviation", "He was born in Dallas, Tex. in 1950.", []string{"He was born in Dallas, Tex. in 1950."}},
		{"party and state", "Sen. Marco Rubio (R-Fla.) said no.", []string{"Sen. Marco Rubio (R-Fla.) said no."}},

		// Numbers.
		{"decimal", "Growth was 3.5 percent. It rose.", []string{"Growth was 3.5 percent.", "It rose."}},
		{"thousands", "It sent 10,000 troops. More followed.", []string{"It sent 10,000 troops.", "More followed."}},
		{"number at the end", "The war began in 2022. It goes on.", []string{"The war began in 2022.", "It goes on."}},

		// Ellipses.
		{"ellipsis inside", "We will … defend it. He said.", []string{"We will … defend it.", "He said."}},
		{"ellipsis dots inside", "We will... defend it, he said.", []string{"We will... defend it, he said."}},
		{"ellipsis at the end of a paragraph", "And so it went...\n\nNext day.", []string{"And so it went...", "Next day."}},

		// Quotes.
		{"closing quote", "He said “we will win.” Then he left.", []string{"He said “we will win.”", "Then he left."}},
		{"closing straight quote", `He said "we will win." Then he left.`, []string{`He said "we will win."`, "Then he left."}},
		{"quote of several sentences", "He said: “We won. They lost.” Nobody replied.", []string{"He said: “We won.", "They lost.”", "Nobody replied."}},
		{"question in quote", "“Why now?” he asked. Nobody knew.", []string{"“Why now?” he asked.", "Nobody knew."}},
		{"exclamation in quote", "“Mexico!” the crowd screamed.", []string{"“Mexico!” the crowd screamed."}},
		{"question in quote, named speaker", "“Why now?” Kim asked. Nobody knew.", []string{"“Why now?” Kim asked.", "Nobody knew."}},
		{"question in quote, new sentence", "“Why now?” The question hung there.", []string{"“Why now?”", "The question hung there."}},
		{"single quotes", "He called it ‘a farce.’ Others agreed.", []string{"He called it ‘a farce.’", "Others agreed."}},
		{"quote in parentheses", "He left. (He said “no.”) Then he came back.", []string{"He left.", "(He said “no.”)", "Then he came back."}},

		// Headlines and lines.
		{"headline without full stop", "Kim Vows Support For Russia\n\nKim met Belousov.", []string{"Kim Vows Support For Russia", "Kim met Belousov."}},
		{"heading line", "Russia-North Korea Relations\nKim slammed a US decision.", []string{"Russia-North Korea Relations", "Kim slammed a US decision."}},
		{"heading between sentences", "Kim spoke.\nZelenskyy Agrees On Ceasefire In Return for NATO Cover\nHe said so.", []string{"Kim spoke.", "Zelenskyy Agrees On Ceasefire In Return for NATO Cover", "He said so."}},
		{"hard-wrapped line", "North Korea sent troops to\nRussia last month.", []string{"North Korea sent troops to\nRussia last month."}},
		{"wrapped line of capitalised words", "The talks were held between the\nUnited Nations and Russia.", []string{"The talks were held between the\nUnited Nations and Russia."}},
		{"paragraph without full stop", "Read more at the link below\n\nThe talks ended.", []string{"Read more at the link below", "The talks ended."}},

		// URLs, e-mail, parentheses, lists.
		{"url", "See https://example.org/a.html. It is long.", []string{"See https://example.org/a.html.", "It is long."}},
		{"email", "Write to desk@example.org. We reply.", []string{"Write to desk@example.org.", "We reply."}},
		{"parenthesised sentence", "He won. (The count is not final.) She lost.", []string{"He won.", "(The count is not final.)", "She lost."}},
		{"parentheses inside", "Kim (the leader) met him. They spoke.", []string{"Kim (the leader) met him.", "They spoke."}},
		{"bullets", "Key points:\n- Troops were sent\n- Weapons were shipped", []string{"Key points:", "- Troops were sent", "- Weapons were shipped"}},
		{"bullet characters", "• Kim met Belousov\n• They signed a deal", []string{"• Kim met Belousov", "• They signed a deal"}},
		{"numbered list", "1. Kim met Belousov.\n2. They signed a deal.", []string{"1. Kim met Belousov.", "2. They signed a deal."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSentencesFixedBugs keeps the regressions found on real text.
func TestSentencesFixedBugs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"party-state abbreviation then comma", "Sen. Marco Rubio, R-Fla., was at 10 percent. Cruz was third.",
			[]string{"Sen. Marco Rubio, R-Fla., was at 10 percent.", "Cruz was third."}},
		{"abbreviation closed by bracket then full stop", "It was backed by Cory Booker (D-N.J.).\n\nBut he is late.",
			[]string{"It was backed by Cory Booker (D-N.J.).", "But he is late."}},
		{"v. in a case name", "He would overturn Roe v. Wade, he said.", []string{"He would overturn Roe v. Wade, he said."}},
		{"opening double apostrophe", "Mr. Elkins said. ''I won't vote.''", []string{"Mr. Elkins said.", "''I won't vote.''"}},
		{"question closed by two quotes then speaker", "“Who asked, ‘What can we do to help?’” Renteria said.",
			[]string{"“Who asked, ‘What can we do to help?’” Renteria said."}},
		{"initials then a quoted nickname", "Gov. C.L. \"Butch\" Otter spoke.", []string{"Gov. C.L. \"Butch\" Otter spoke."}},
		{"missing space after full stop", "It reached nearly 1000.Watch the video.", []string{"It reached nearly 1000.", "Watch the video."}},
		{"abbreviation at the end of a line", "It hit the U.K.\nHere are the names.", []string{"It hit the U.K.", "Here are the names."}},
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
	tests := []struct {
		name, title, text string
		want              []string // paragraphs, "# " before a heading
	}{
		{"title paragraph", "Kim vows support", "Kim vows support\n\nKim met Belousov. They talked.",
			[]string{"# Kim vows support", "Kim met Belousov. They talked."}},
		{"title with a full stop", "Kim vows support.", "Kim vows support.\n\nKim met Belousov.",
			[]string{"# Kim vows support.", "Kim met Belousov."}},
		{"title on the first line of a block", "Kim vows support", "Kim vows support\nKim met Belousov.",
			[]string{"# Kim vows support", "Kim met Belousov."}},
		{"no title given", "", "Kim vows support for Russia.\n\nKim met Belousov.",
			[]string{"Kim vows support for Russia.", "Kim met Belousov."}},
		{"section heading paragraph", "", "Kim spoke.\n\nRussia-North Korea Relations\n\nKim slammed it.",
			[]string{"Kim spoke.", "# Russia-North Korea Relations", "Kim slammed it."}},
		{"section heading line", "", "Kim spoke.\nZelenskyy Agrees On Ceasefire In Return for NATO Cover\nHe said so.",
			[]string{"Kim spoke.", "# Zelenskyy Agrees On Ceasefire In Return for NATO Cover", "He said so."}},
		{"short prose line is no heading", "", "Kim spoke at length about the war\n\nHe left.",
			[]string{"Kim spoke at length about the war", "He left."}},
		{"line ending a sentence is no heading", "", "Russia Agrees.\n\nHe left.",
			[]string{"Russia Agrees.", "He left."}},
		{"wrapped title-case line stays", "", "Kim met the\nUnited Nations Envoy\nin Seoul.",
			[]string{"Kim met the\nUnited Nations Envoy\nin Seoul."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &article.Doc{Article: article.Article{Title: tt.title, Text: tt.text}}
			Segment(doc)
			checkDoc(t, doc)
			var got []string
			for _, p := range doc.Paragraphs {
				s := doc.Slice(p.Span)
				if p.Heading {
					s = "# " + s
				}
				got = append(got, s)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("paragraphs\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
