package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of token.
const (
	kWord  = iota // a run of letters, lower-cased in low
	kNum          // a run of ASCII digits, value in num
	kPunct        // one other non-space character
)

// token is a word, a number or a punctuation mark of the scanned text,
// with its byte span.
type token struct {
	start, end int
	kind       uint8
	low        string // lower-case text (words); the text itself otherwise
	num        int    // value of a digit run (capped), -1 otherwise
	ndig       int    // number of digits of a digit run
	brk        bool   // a sentence boundary precedes this token
	upper      bool   // a word that starts with a capital letter
	w          *word  // what the lexicon says of the word; nil if unknown
	tag        string // POS tag when the Doc has one, else ""
}

// appendWord appends a word token for text[i:j], looked up in the
// lexicon without allocating: low is the lexicon's own spelling for a
// known word and the text as written for any other.
func appendWord(toks []token, text string, i, j int, brk bool) []token {
	s := text[i:j]
	var w *word
	var buf [24]byte
	if len(s) <= len(buf) {
		n := 0
		for k := 0; k < len(s); k++ {
			c := s[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
		}
		w = lexicon[string(buf[:n])]
	}
	low := s
	if w != nil {
		low = w.name
	}
	r, _ := utf8.DecodeRuneInString(s)
	return append(toks, token{start: i, end: j, kind: kWord, low: low, num: -1, brk: brk,
		upper: unicode.IsUpper(r), w: w})
}

// scan splits text into tokens. Spaces separate tokens and are dropped;
// letters and digits form separate runs, so "1990s" is "1990" "s" and
// "mid-2023" is "mid" "-" "2023" (adjacency is kept by the offsets).
// The tokens are appended to toks, which may be a recycled buffer.
func scan(toks []token, text string) []token {
	brk := true
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case c == '\n':
			if i+1 < len(text) && text[i+1] == '\n' {
				brk = true
			}
			i++
		case c >= '0' && c <= '9':
			j, n := i, 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if n < 1e8 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			toks = append(toks, token{start: i, end: j, kind: kNum, low: text[i:j], num: n, ndig: j - i, brk: brk})
			brk = false
			i = j
		case c < utf8.RuneSelf && isASCIILetter(c):
			j := i
			for j < len(text) {
				if d := text[j]; d < utf8.RuneSelf {
					if !isASCIILetter(d) {
						break
					}
					j++
					continue
				}
				r, n := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += n
			}
			toks = appendWord(toks, text, i, j, brk)
			brk = false
			i = j
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
			if unicode.IsLetter(r) {
				j := i + n
				for j < len(text) {
					r2, n2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r2) {
						break
					}
					j += n2
				}
				toks = appendWord(toks, text, i, j, brk)
				brk = false
				i = j
				continue
			}
			toks = append(toks, token{start: i, end: i + n, kind: kPunct, low: text[i : i+n], num: -1, brk: brk})
			brk = false
			i += n
			if c == '.' || c == '!' || c == '?' || c == ';' {
				// A full stop ends a sentence unless it closes an
				// abbreviation ("Nov.", "a.m."), which the matcher
				// handles; the tense window stops at any of them.
				brk = c != '.' || endsSentence(text, i)
			}
		}
	}
	return toks
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// endsSentence reports whether a full stop just before text[i:] ends a
// sentence: it is followed by a space and a capital letter, a quote or the
// end of the text, and does not close a one-letter or month abbreviation.
func endsSentence(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	if text[i] != ' ' && text[i] != '\n' {
		return false
	}
	// the word before the dot
	j := i - 1
	k := j
	for k > 0 && isASCIILetter(text[k-1]) {
		k--
	}
	if w := strings.ToLower(text[k:j]); len(w) <= 1 || abbrevs[w] {
		return false
	}
	return true
}

// abbrevs are words that are often written with a full stop inside a sentence.
var abbrevs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "lt": true, "col": true,
	"sen": true, "rep": true, "gov": true, "inc": true, "co": true, "corp": true, "vs": true, "no": true,
	"am": true, "pm": true, "est": true, "edt": true,
}
