package text

import (
	"strings"

	"github.com/sitrep-project/sitrep/internal/article"
)

// Segment fills doc.Paragraphs, doc.Sentences and doc.Tokens from
// doc.Article.Text, with byte offsets into it.
//
// Paragraphs are separated by blank lines; a heading line (a short line of
// title-case words without sentence-final punctuation, "Russia-North Korea
// Relations") is a paragraph of its own even when no blank line follows it,
// and is marked Heading. The first paragraph is also a heading when its
// text is the article's Title. Sentences never cross paragraphs and copy
// their paragraph's Heading.
func Segment(doc *article.Doc) {
	doc.Paragraphs, doc.Sentences, doc.Tokens = segment(doc.Article.Text, doc.Article.Title)
}

// Sentences returns the sentence spans of t, split as Segment splits them.
func Sentences(t string) []article.Span {
	_, sents, _ := segment(t, "")
	spans := make([]article.Span, len(sents))
	for i, s := range sents {
		spans[i] = s.Span
	}
	return spans
}

// line is a line of text as a range of tokens.
type line struct {
	first, end int  // tokens[first:end]
	blank      bool // a blank line precedes it
}

func segment(t, title string) ([]article.Paragraph, []article.Sentence, []article.Token) {
	toks := tokenize(make([]article.Token, 0, len(t)/5+1), t, 0, len(t))
	if len(toks) == 0 {
		return []article.Paragraph{}, []article.Sentence{}, toks
	}
	lines := splitLines(t, toks)
	title = strings.TrimSpace(title)

	paras := make([]article.Paragraph, 0, len(lines)/2+1)
	sents := make([]article.Sentence, 0, len(toks)/20+1)
	addPara := func(first, end int, heading bool) {
		p := article.Paragraph{Span: article.Span{Start: toks[first].Start, End: toks[end-1].End}, Heading: heading}
		paras = append(paras, p)
		sents = splitSentences(sents, t, toks, first, end, len(paras)-1, heading)
	}

	for bi := 0; bi < len(lines); {
		// A block is a run of lines without a blank line between them.
		be := bi + 1
		for be < len(lines) && !lines[be].blank {
			be++
		}
		start := lines[bi].first // first token of the paragraph being built
		for li := bi; li < be; li++ {
			l := lines[li]
			span := article.Span{Start: toks[l.first].Start, End: toks[l.end-1].End}
			isTitle := li == 0 && title != "" && t[span.Start:span.End] == title
			if !isTitle && (be-bi == 1 || !headingLike(t, toks, l.first, l.end)) {
				continue
			}
			if be-bi > 1 && !isTitle {
				// A heading line inside a block stands between sentences:
				// after one that ended and before one that starts.
				prevEnds := li == bi || endsSentence(toks[lines[li-1].end-1].Text) || start == l.first
				nextStarts := li+1 == be || startsLine(toks[lines[li+1].first].Text)
				if !prevEnds || !nextStarts {
					continue
				}
			}
			if start < l.first {
				addPara(start, l.first, false)
			}
			addPara(l.first, l.end, true)
			start = l.end
		}
		if end := lines[be-1].end; start < end {
			heading := paragraphIsTitle(t, toks, start, end, title) ||
				start == lines[be-1].first && headingLike(t, toks, start, end)
			addPara(start, end, heading)
		}
		bi = be
	}
	return paras, sents, toks
}

// paragraphIsTitle reports whether the paragraph tokens[first:end] is the
// first one of the text and equals title.
func paragraphIsTitle(t string, toks []article.Token, first, end int, title string) bool {
	return first == 0 && title != "" && t[toks[first].Start:toks[end-1].End] == title
}

// splitLines groups the tokens into lines. Tokens never contain a line
// break, so the gaps between them say where lines and blank lines are.
func splitLines(t string, toks []article.Token) []line {
	lines := make([]line, 0, len(toks)/10+1)
	cur := line{blank: true}
	for k := 1; k < len(toks); k++ {
		gap := t[toks[k-1].End:toks[k].Start]
		nl := strings.Count(gap, "\n")
		if nl == 0 {
			continue
		}
		cur.end = k
		lines = append(lines, cur)
		cur = line{first: k, blank: nl >= 2}
	}
	cur.end = len(toks)
	return append(lines, cur)
}

// splitSentences appends the sentences of the paragraph tokens[first:end].
func splitSentences(dst []article.Sentence, t string, toks []article.Token, first, end, para int, heading bool) []article.Sentence {
	add := func(a, b int) {
		dst = append(dst, article.Sentence{
			Span:       article.Span{Start: toks[a].Start, End: toks[b-1].End},
			Paragraph:  para,
			Heading:    heading,
			FirstToken: a,
			EndToken:   b,
		})
	}
	start := first
	for k := first; k < end; k++ {
		if k+1 < end && newlineBetween(t, toks[k], toks[k+1]) && isBullet(toks[k+1].Text) {
			// Each item of a list is a sentence.
			add(start, k+1)
			start = k + 1
			continue
		}
		j, ok := sentenceEnd(t, toks, k, end)
		if !ok {
			continue
		}
		add(start, j)
		start = j
		k = j - 1
	}
	if start < end {
		add(start, end)
	}
	return dst
}

// sentenceEnd reports whether a sentence ends with the token k of a
// paragraph ending before token end, and where: after the closing quotes
// and brackets that follow it.
func sentenceEnd(t string, toks []article.Token, k, end int) (int, bool) {
	w := toks[k].Text
	var kind byte
	switch {
	case w == ".":
		kind = '.'
	case w[0] == '?' || w[0] == '!':
		kind = '?'
	case w == "…" || strings.HasPrefix(w, ".."), w == ". . .":
		kind = 'e'
	case len(w) > 1 && w[len(w)-1] == '.':
		kind = 'a' // an abbreviation
	default:
		return 0, false
	}
	j := k + 1
	for j < end && toks[j].Start == toks[j-1].End && (isCloser(toks[j].Text) || isTerminal(toks[j].Text)) {
		j++
	}
	if j == end {
		return j, true
	}
	next := toks[j].Text
	switch kind {
	case '?':
		// "“Why?” he asked." and "“Why?” Kim asked." go on.
		return j, !startsLower(next) && !(j > k+1 && reportingClause(toks[j:end]))
	case 'e':
		// An ellipsis marks words left out, seldom the end of a sentence,
		// unless it ends a line.
		return j, newlineBetween(t, toks[j-1], toks[j]) && startsLine(next)
	case 'a':
		return j, abbrevEndsSentence(w) && (sentenceStarter(next) || newlineBetween(t, toks[j-1], toks[j]) && startsLine(next))
	}
	switch next {
	case ",", ";", ")", "]":
		return j, false // "R-Fla., was", the dot of an abbreviation unknown
	}
	return j, true
}

// reportingClause reports whether toks, following a quotation, start with
// the clause that reports it: "Kim said", "the minister asked".
func reportingClause(toks []article.Token) bool {
	for i, tok := range toks[:min(len(toks), 5)] {
		if isReportingVerb(tok.Text) {
			return i > 0
		}
		if !startsWord(tok.Text) {
			return false
		}
	}
	return false
}

// isReportingVerb reports whether w is a verb that reports speech.
func isReportingVerb(w string) bool {
	switch w {
	case "said", "says", "asked", "asks", "told", "tells", "added", "adds", "wrote", "writes", "tweeted",
		"replied", "shouted", "yelled", "screamed", "declared", "insisted", "recalled", "continued", "explained":
		return true
	}
	return false
}

// endsSentence reports whether a line ending with the token w ends a sentence.
func endsSentence(w string) bool {
	switch w {
	case ".", "…", "...", ":", "”", "\"", "’", "'", ")":
		return true
	}
	return w[0] == '?' || w[0] == '!'
}

// headingLike reports whether the tokens[first:end] read as a heading: a
// short run of title-case words, not ending like a sentence.
func headingLike(t string, toks []article.Token, first, end int) bool {
	if end-first > 20 || !startsWord(toks[first].Text) {
		return false
	}
	switch last := toks[end-1].Text; {
	case last == "." || last[0] == '?' || last[0] == '!' || last == "," || last == ";" || last == "…" || strings.HasPrefix(last, ".."):
		return false
	}
	words := 0
	for _, tok := range toks[first:end] {
		w := tok.Text
		c := w[0]
		if !startsWord(w) {
			continue // punctuation, "'s"
		}
		if words == 0 || !isMinorWord(w) {
			if !startsUpper(w) && !isDigit(c) {
				return false
			}
		}
		words++
	}
	return words > 0
}

// startsLine reports whether a line starting with w may begin a new sentence.
func startsLine(w string) bool {
	return startsUpper(w) || isDigit(w[0]) || isOpener(w) || isBullet(w)
}

// isMinorWord reports whether w is a word that title case leaves in lower case.
func isMinorWord(w string) bool {
	switch w {
	case "a", "an", "the", "and", "or", "but", "nor", "for", "of", "in", "on", "at", "to", "by", "with",
		"from", "as", "vs", "vs.", "via", "per", "into", "over", "up", "off", "after", "amid", "than", "about", "is", "'s", "’s", "n't":
		return true
	}
	return false
}

// abbrevEndsSentence reports whether the abbreviation w can be the last
// word of a sentence: "in the U.S.", "at 10 a.m.", "Apple Inc.".
func abbrevEndsSentence(w string) bool {
	if strings.Count(w, ".") >= 2 {
		return true // "U.S.", "a.m.", "D.C."
	}
	switch w {
	case "Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Jr.", "Sr.", "etc.", "al.", "Cos.", "Plc.":
		return true
	}
	return false
}

// sentenceStarter reports whether w, after an abbreviation that may end a
// sentence, starts the next one. Only words that seldom continue a name
// are taken: "U.S. The", not "U.S. President".
func sentenceStarter(w string) bool {
	switch w {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
		"There", "But", "And", "In", "On", "At", "So", "Yet", "If", "When", "While", "As", "After", "Before",
		"His", "Her", "Its", "Their", "Our", "My", "Some", "Many", "Most", "Other", "Others", "No", "Not",
		"However", "Meanwhile", "Still", "Then", "Now", "What", "Who", "Why", "How", "Where", "Mr.", "Mrs.", "Ms.":
		return true
	}
	return false
}

// isTerminal reports whether w is punctuation that ends a sentence.
func isTerminal(w string) bool {
	return w == "." || w[0] == '?' || w[0] == '!'
}

// newlineBetween reports whether a line break separates the tokens a and b.
func newlineBetween(t string, a, b article.Token) bool {
	return strings.IndexByte(t[a.End:b.Start], '\n') >= 0
}

func isCloser(w string) bool {
	switch w {
	case "”", "’", "\"", "'", ")", "]", "}", "»", "''":
		return true
	}
	return false
}

func isOpener(w string) bool {
	switch w {
	case "“", "‘", "\"", "(", "[", "«", "``":
		return true
	}
	return false
}

// isBullet reports whether w, first on a line, marks an item of a list.
func isBullet(w string) bool {
	switch w {
	case "•", "·", "▪", "◦", "‣", "*", "-", "–", "—", "●", "■":
		return true
	}
	// "1." at the start of a line, tokenised with its dot.
	return len(w) >= 2 && len(w) <= 3 && w[len(w)-1] == '.' && isDigit(w[0]) && isDigit(w[len(w)-2])
}

func startsWord(w string) bool {
	r, _ := decode(w, 0, len(w))
	return isLetterOrDigit(r)
}

func startsUpper(w string) bool {
	c := w[0]
	if c < 0x80 {
		return c >= 'A' && c <= 'Z'
	}
	r, _ := decode(w, 0, len(w))
	return isLetter(r) && isUpperRune(r)
}

func startsLower(w string) bool {
	c := w[0]
	if c < 0x80 {
		return c >= 'a' && c <= 'z'
	}
	r, _ := decode(w, 0, len(w))
	return isLetter(r) && !isUpperRune(r)
}
