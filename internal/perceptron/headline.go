package perceptron

// Headline reports whether a sentence of n words looks like a headline: at
// least three words that start with an ASCII letter, three quarters of them
// capitalised. text(i) is word i. The tagger and the name model both use it
// as a feature, so it lives with the model they share.
func Headline(n int, text func(i int) string) bool {
	letters, upper := 0, 0
	for i := range n {
		w := text(i)
		if w == "" {
			continue
		}
		c := w[0]
		if 'a' <= c && c <= 'z' {
			letters++
		} else if 'A' <= c && c <= 'Z' {
			letters++
			upper++
		}
	}
	return letters >= 3 && upper*4 >= letters*3
}
