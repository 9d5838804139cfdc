package geo

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
)

// word is a token as the toponym finder sees it: hyphenated tokens are
// split ("Russia-Ukraine" is Russia, -, Ukraine) and a possessive "'s" is a
// word of its own.
type word struct {
	article.Span
	text    string
	tag     string // part of speech from the tagger, "" when none ran
	sent    int    // sentence number
	initial bool   // first word of its sentence (after opening punctuation)
	heading bool   // inside a heading, where every word is capitalised
}

func (w *word) isWord() bool {
	r, _ := utf8.DecodeRuneInString(w.text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func (w *word) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(w.text)
	return unicode.IsUpper(r)
}

// wordBuffers holds the word slices of finished calls: every article needs
// one or two as long as its tokens, the largest allocation of the stage.
var wordBuffers = sync.Pool{New: func() any { return new([]word) }}

// words turns doc's tokens into words; a doc without tokens is scanned here.
// The slice is borrowed: the caller hands it back with putWords and keeps
// nothing that points into it.
func words(doc *article.Doc) []word {
	text := doc.Article.Text
	var ws []word
	if len(doc.Tokens) == 0 {
		ws = scan(text)
	} else {
		ws = slices.Grow((*wordBuffers.Get().(*[]word))[:0], len(doc.Tokens)+len(doc.Tokens)/8)
		sent, heading := 0, false
		for i, t := range doc.Tokens {
			for sent < len(doc.Sentences) && doc.Sentences[sent].EndToken <= i {
				sent++
			}
			if sent < len(doc.Sentences) {
				heading = doc.Sentences[sent].Heading
			}
			if t.Start < 0 || t.End > len(text) || t.Start > t.End {
				continue
			}
			ws = splitToken(ws, text, t.Span, t.Tag, sent, heading)
		}
	}
	for i := range ws {
		if i == 0 || ws[i-1].sent != ws[i].sent {
			ws[i].initial = true
		} else if ws[i-1].initial && !ws[i-1].isWord() {
			ws[i].initial = true // after an opening quote or bracket
		}
	}
	return ws
}

// putWords hands back a slice from words, cleared so that the pool does
// not keep the article's text alive.
func putWords(ws []word) {
	clear(ws)
	ws = ws[:0]
	wordBuffers.Put(&ws)
}

// splitToken appends the words of token sp, split at hyphens and before a
// possessive 's.
func splitToken(ws []word, text string, sp article.Span, tag string, sent int, heading bool) []word {
	s := text[sp.Start:sp.End]
	add := func(a, b int) {
		if a < b {
			ws = append(ws, word{Span: article.Span{Start: sp.Start + a, End: sp.Start + b}, text: s[a:b], tag: tag, sent: sent, heading: heading})
		}
	}
	for _, suf := range []string{"'s", "’s"} {
		if len(s) > len(suf) && strings.HasSuffix(s, suf) {
			end := len(s) - len(suf)
			ws = splitToken(ws, text, article.Span{Start: sp.Start, End: sp.Start + end}, tag, sent, heading)
			add(end, len(s))
			return ws
		}
	}
	start := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == '-' || r == '‐' || r == '‑' || r == '–' || r == '—' || r == '/') && i > 0 && i+n < len(s) {
			add(start, i)
			add(i, i+n)
			start = i + n
		}
		i += n
	}
	add(start, len(s))
	return ws
}

// scan splits text into words when no tokenizer ran: runs of letters and
// digits (with inner apostrophes and abbreviation stops, "d'Ivoire",
// "U.S."), and single marks. A sentence ends at a line break or at . ! ?
// followed by a space and a capital.
func scan(text string) []word {
	var ws []word
	sent := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			if len(ws) > 0 && ws[len(ws)-1].sent == sent {
				sent++
			}
			i += n
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += n2
					continue
				}
				if r2 == '\'' || r2 == '’' || r2 == '.' {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if unicode.IsLetter(r3) {
						j += n2
						continue
					}
					if r2 == '.' && j-i <= 3 && strings.Contains(text[i:j], ".") {
						j += n2 // the final stop of "U.S."
					}
				}
				break
			}
			ws = splitToken(ws, text, article.Span{Start: i, End: j}, "", sent, false)
			i = j
		default:
			ws = append(ws, word{Span: article.Span{Start: i, End: i + n}, text: text[i : i+n], sent: sent})
			i += n
			if r == '.' || r == '!' || r == '?' {
				r2, _ := utf8.DecodeRuneInString(text[i:])
				r3, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[i:], " \"'’”"))
				if (r2 == ' ' || r2 == '\n') && unicode.IsUpper(r3) {
					sent++
				}
			}
		}
	}
	return ws
}
