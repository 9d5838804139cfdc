package text_test

import (
	"fmt"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/text"
)

func ExampleSegment() {
	doc := &article.Doc{Article: article.Article{
		Title: "Kim Vows Support",
		Text:  "Kim Vows Support\n\nKim met Gen. Belousov on Nov. 29. He said “we will win.” Russia's troops haven't left.",
	}}
	text.Segment(doc)
	for i, s := range doc.Sentences {
		fmt.Printf("%v %q\n", s.Heading, doc.Slice(s.Span))
		for _, tok := range doc.SentenceTokens(i) {
			fmt.Printf(" %s", tok.Text)
		}
		fmt.Println()
	}
	// Output:
	// true "Kim Vows Support"
	//  Kim Vows Support
	// false "Kim met Gen. Belousov on Nov. 29."
	//  Kim met Gen. Belousov on Nov. 29 .
	// false "He said “we will win.”"
	//  He said “ we will win . ”
	// false "Russia's troops haven't left."
	//  Russia 's troops have n't left .
}

func ExampleTokens() {
	t := "Seoul: the U.S.-led talks"
	for _, tok := range text.Tokens(t[7:], 7) {
		fmt.Println(tok.Start, tok.End, tok.Text)
	}
	// Output:
	// 7 10 the
	// 11 19 U.S.-led
	// 20 25 talks
}
