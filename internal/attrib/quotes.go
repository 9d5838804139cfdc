package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
)

// Verbs that put words in someone's mouth without reporting speech:
// "He called the strikes “a timely and effective measure”".
var namingVerbs = map[string]bool{
	"call": true, "called": true, "calls": true, "calling": true,
	"describe": true, "described": true, "describes": true, "describing": true,
	"term": true, "termed": true, "terms": true, "dub": true, "dubbed": true, "dubs": true,
	"label": true, "labelled": true, "labeled": true, "labels": true, "brand": true, "branded": true,
}

// A quote this short with no speaker is a scare quote, not a quotation.
const minSpeakerlessWords = 5

// quotes finds the quotations of the text and gives each its speaker: a
// naming verb's subject in the same sentence, else the innermost frame
// that holds the quote.
func quotes(doc *article.Doc, quoted []article.Span, frames []frame, attrs []article.Attribution, ms []mentionRef) []article.Quote {
	out := []article.Quote{}
	for _, q := range quoted {
		body := q
		body.Start += quoteMarkLen(doc.Article.Text, q.Start)
		body.End -= lastRuneLen(doc.Article.Text[:q.End])
		if body.End <= body.Start {
			continue
		}
		text := strings.TrimRight(doc.Slice(body), ",. ")
		quote := article.Quote{Text: text, Start: body.Start, End: body.Start + len(text)}
		if speaker, cue, ok := namingSubject(doc, q, ms); ok {
			quote.Speaker, quote.Cue = speaker, cue
		} else if f := innermost(frames, body.Start, false); f >= 0 {
			quote.Speaker, quote.Cue = attrs[f].Source.Entity, strings.TrimSuffix(attrs[f].Cue.Text, ":")
		}
		if quote.Speaker == "" && quote.Cue == "" && len(strings.Fields(text)) < minSpeakerlessWords {
			continue
		}
		out = append(out, quote)
	}
	return out
}

// namingSubject finds "SUBJECT called ... “QUOTE”" in the quote's sentence.
func namingSubject(doc *article.Doc, q article.Span, ms []mentionRef) (entity, cue string, ok bool) {
	for si, s := range doc.Sentences {
		if !s.Contains(article.Span{Start: q.Start, End: q.Start}) {
			continue
		}
		toks := doc.SentenceTokens(si)
		for i, t := range toks {
			if t.Start >= q.Start {
				break
			}
			if !namingVerbs[strings.ToLower(t.Text)] || i == 0 || i > 8 {
				continue
			}
			ids, _ := entitiesIn(ms, article.Span{Start: toks[0].Start, End: toks[i-1].End})
			if len(ids) > 0 {
				return ids[0], t.Text, true
			}
		}
	}
	return "", "", false
}

// quoteSpans returns the spans of quotations, marks included. Curly
// quotes pair open with close; straight double quotes alternate; a single
// ‘ opens only before a word and closes at a ’ that ends one, so that
// apostrophes are not quotes. An opening quote with no close runs to the
// end of its paragraph, or on into the next paragraph when that one opens
// with a quote, as news writes a quotation of several paragraphs.
func quoteSpans(doc *article.Doc) []article.Span {
	t := doc.Article.Text
	var spans []article.Span
	for pi := 0; pi < len(doc.Paragraphs); pi++ {
		p := doc.Paragraphs[pi]
		if p.Heading {
			continue
		}
		for i := p.Start; i < p.End; {
			r, size := utf8.DecodeRuneInString(t[i:])
			if !opensQuote(t, i, r) {
				i += size
				continue
			}
			end, closed := closeQuote(t, i+size, p.End, r)
			for !closed && pi+1 < len(doc.Paragraphs) {
				next := doc.Paragraphs[pi+1]
				nr, ns := utf8.DecodeRuneInString(t[next.Start:])
				if next.Heading || !opensQuote(t, next.Start, nr) {
					break
				}
				pi, p = pi+1, next
				end, closed = closeQuote(t, next.Start+ns, next.End, r)
			}
			spans = append(spans, article.Span{Start: i, End: end})
			i = end
		}
	}
	return spans
}

func opensQuote(t string, i int, r rune) bool {
	switch r {
	case '“', '"':
		return true
	case '‘':
		next, _ := utf8.DecodeRuneInString(t[i+len("‘"):])
		prev, _ := utf8.DecodeLastRuneInString(t[:i])
		return unicode.IsLetter(next) && (i == 0 || unicode.IsSpace(prev) || prev == '(' || prev == '—')
	}
	return false
}

// closeQuote returns the end of the quotation opened by open, looking in
// t[i:limit]; closed is false when the paragraph ends first.
func closeQuote(t string, i, limit int, open rune) (end int, closed bool) {
	for i < limit {
		r, size := utf8.DecodeRuneInString(t[i:])
		switch {
		case (open == '“' || open == '"') && (r == '”' || r == '"'):
			return i + size, true
		case open == '‘' && r == '’':
			next, _ := utf8.DecodeRuneInString(t[i+size:])
			if i+size >= len(t) || !unicode.IsLetter(next) {
				return i + size, true
			}
		}
		i += size
	}
	return limit, false
}

func quoteMarkLen(t string, i int) int {
	_, size := utf8.DecodeRuneInString(t[i:])
	return size
}

func lastRuneLen(t string) int {
	r, size := utf8.DecodeLastRuneInString(t)
	if r == '”' || r == '"' || r == '’' {
		return size
	}
	return 0
}
