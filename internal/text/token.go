package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
)

// Tokens splits t into tokens in the style of the Penn Treebank: words,
// numbers ("10,000", "3.5"), abbreviations with their dot ("U.S.", "Nov."),
// URLs and e-mail addresses whole, hyphenated words whole ("US-led"),
// clitics apart ("Russia" "'s", "have" "n't"), and each quote, bracket,
// dash, ellipsis, currency sign and percent sign a token of its own.
//
// Offsets are byte offsets into t shifted by offset, so that a span of a
// larger text can be tokenised in place: Tokens(s[a:b], a).
func Tokens(t string, offset int) []article.Token {
	toks := tokenize(make([]article.Token, 0, len(t)/5+1), t, 0, len(t))
	if offset != 0 {
		for i := range toks {
			toks[i].Start += offset
			toks[i].End += offset
		}
	}
	return toks
}

// tokenize appends the tokens of s[start:end] to dst, with offsets into s.
func tokenize(dst []article.Token, s string, start, end int) []article.Token {
	tz := tokenizer{s: s, toks: dst}
	tz.run(start, end)
	return tz.toks
}

// tokenizer collects the tokens of s.
type tokenizer struct {
	s    string
	toks []article.Token
}

func (tz *tokenizer) emit(a, b int) {
	tz.toks = append(tz.toks, article.Token{Span: article.Span{Start: a, End: b}, Text: tz.s[a:b]})
}

func (tz *tokenizer) run(start, end int) {
	s := tz.s
	i := start
	for i < end {
		r, size := decode(s, i, end)
		if isSpace(r) {
			i += size
			continue
		}
		if c := s[i] | 0x20; c == 'h' || c == 'w' || c == 'p' { // the cheap test first
			if j := scanURL(s, i, end); j > i {
				tz.emit(i, j)
				i = j
				continue
			}
		}
		if isWordRune(r) {
			i = tz.word(i, end)
			continue
		}
		j := i + size
		switch r {
		case '.':
			if n := dotsAt(s, i, end); n > 0 {
				j = i + n // "..." or ". . ."
			} else if j < end && isDigit(s[j]) && (i == start || !isWordByte(s[i-1])) {
				// ".5": a number written without its leading zero.
				i = tz.word(i, end)
				continue
			}
		case '-':
			for j < end && s[j] == '-' {
				j++
			}
		case '—', '–', '―':
			for j < end {
				r2, n := decode(s, j, end)
				if r2 != r {
					break
				}
				j += n
			}
		case '?', '!':
			for j < end && (s[j] == '?' || s[j] == '!') {
				j++
			}
		case '@', '#':
			// Handles and hashtags, "@HillaryClinton", "#NeverTrump".
			if j < end {
				if r2, _ := decode(s, j, end); isLetterOrDigit(r2) || r2 == '_' {
					j = scanHandle(s, j, end)
				}
			}
		case '<':
			j = scanTag(s, i, end)
		case '`':
			if j < end && s[j] == '`' {
				j++ // "``", an opening quote in the style of the Penn Treebank
			}
		case '\'', '’':
			if r == '\'' && j < end && s[j] == '\'' {
				j++ // "''", a quote as The New York Times writes it
				break
			}
			// "'90s": an elided century.
			if j+2 <= end && isDigit(s[j]) && isDigit(s[j+1]) && (j+2 == end || s[j+2] == 's' || !isWordByte(s[j+2])) {
				j += 2
				if j < end && s[j] == 's' {
					j++
				}
			}
		}
		tz.emit(i, j)
		i = j
	}
}

// word scans the word starting at i and emits it, split into its
// clitics, returning the end of the scan.
func (tz *tokenizer) word(i, end int) int {
	s := tz.s
	start := i
	dots := false // an internal '.' not between digits: "U.S", "a.m", "example.com"
	for i < end {
		r, size := decode(s, i, end)
		if isWordRune(r) {
			i += size
			continue
		}
		if i == start {
			// A leading '.' of ".5".
			i += size
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[start:i])
		next, nsize := decode(s, i+size, end)
		switch r {
		case '-', '‐', '‑', '/', '_':
			// "US-led", "war-torn", "Reuters/Ipsos", "24/7".
			if isLetterOrDigit(next) && (isLetterOrDigit(prev) || prev == '.') {
				i += size
				continue
			}
		case '.':
			if isLetterOrDigit(next) && isLetterOrDigit(prev) && !missingSpace(s, prev, next, i+size+nsize, end) {
				if !(isDigitRune(prev) && isDigitRune(next)) {
					dots = true
				}
				i += size
				continue
			}
			if next == '-' && dots && i+size+1 < end && isASCIILetter(s[i+size+1]) && isAbbrev(s, start, i, end, dots) {
				i += size // "U.S.-led"
				continue
			}
		case ',':
			// "10,000" but not "1,2" or "2016,then".
			if isDigitRune(prev) && i+4 <= end && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) &&
				(i+4 == end || !isDigit(s[i+4])) {
				i += size
				continue
			}
		case '&':
			// "AT&T", "S&P".
			if unicode.IsUpper(prev) && unicode.IsUpper(next) {
				i += size
				continue
			}
		case '@':
			// E-mail addresses.
			if isLetterOrDigit(prev) && isLetterOrDigit(next) && strings.IndexByte(s[i:min(end, i+64)], '.') > 0 {
				i += size
				continue
			}
		case '\'', '’':
			if !isLetter(next) {
				break
			}
			// Clitics: "Russia's", "they're", "haven't".
			if c := cliticLen(s, i+size, end); c > 0 {
				tz.emitWord(start, i)
				tz.emit(i, i+size+c)
				return i + size + c
			}
			if (next == 't' || next == 'T') && i-start >= 2 && (s[i-1] == 'n' || s[i-1] == 'N') &&
				(i+size+nsize == end || !isWordRuneAt(s, i+size+nsize, end)) {
				tz.emitWord(start, i-1)
				tz.emit(i-1, i+size+nsize)
				return i + size + nsize
			}
			// "O'Brien", "rock'n'roll".
			i += size
			continue
		}
		break
	}
	// An abbreviation keeps its dot: "U.S.", "Nov.", "J.", and so does the
	// number of an item of a list, "1." first on a line.
	if i < end && s[i] == '.' && dotsAt(s, i, end) == 0 && (isAbbrev(s, start, i, end, dots) || isListNumber(s, start, i, end)) {
		i++
	}
	tz.emitWord(start, i)
	return i
}

// missingSpace reports whether a '.' between prev and next, with the rest
// of the text at i, is a full stop with its space left out ("1000.Watch"),
// not the dot inside "U.S", "Ph.D" or "example.com".
func missingSpace(s string, prev, next rune, i, end int) bool {
	if !(isDigitRune(prev) || unicode.IsLower(prev)) || !unicode.IsUpper(next) {
		return false
	}
	r, _ := decode(s, i, end)
	return unicode.IsLower(r)
}

// emitWord emits s[a:b] unless it is empty.
func (tz *tokenizer) emitWord(a, b int) {
	if a < b {
		tz.emit(a, b)
	}
}

// cliticLen returns the length of the clitic after an apostrophe at i
// ("s", "re", "ve", "ll", "d", "m"), or 0.
func cliticLen(s string, i, end int) int {
	n := 0
	for i+n < end && n < 3 && isASCIILetter(s[i+n]) {
		n++
	}
	if i+n < end && isWordRuneAt(s, i+n, end) {
		return 0
	}
	switch strings.ToLower(s[i : i+n]) {
	case "s", "re", "ve", "ll", "d", "m":
		return n
	}
	return 0
}

// scanURL returns the end of a URL starting at i, or i.
func scanURL(s string, i, end int) int {
	rest := s[i:end]
	if !(hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.") ||
		strings.HasPrefix(rest, "pic.twitter.com/")) {
		return i
	}
	if i > 0 && isWordByte(s[i-1]) {
		return i
	}
	j := i
	for j < end {
		r, size := decode(s, j, end)
		if isSpace(r) || r == '"' || r == '<' || r == '>' || r == '“' || r == '”' || r == '‘' || r == '’' || r == '—' || r == '…' {
			break
		}
		j += size
	}
	// Trailing punctuation belongs to the sentence, and a closing
	// bracket to the text unless the URL opened one.
	for j > i {
		c := s[j-1]
		if strings.IndexByte(".,;:!?'", c) >= 0 || (c == ')' && !strings.Contains(s[i:j-1], "(")) {
			j--
			continue
		}
		break
	}
	return j
}

// scanHandle returns the end of the name of a handle or hashtag at i.
func scanHandle(s string, i, end int) int {
	for i < end {
		r, size := decode(s, i, end)
		if !isLetterOrDigit(r) && r != '_' {
			break
		}
		i += size
	}
	return i
}

// scanTag returns the end of a markup tag "<tweet tweet-id="1">" at i, or
// i+1 when the '<' opens none.
func scanTag(s string, i, end int) int {
	j := i + 1
	if j < end && s[j] == '/' {
		j++
	}
	if j >= end || !isASCIILetter(s[j]) {
		return i + 1
	}
	for k := j; k < end && k-i < 200; k++ {
		switch s[k] {
		case '>':
			return k + 1
		case '<', '\n':
			return i + 1
		}
	}
	return i + 1
}

// dotsAt returns the length of an ellipsis written with full stops at i
// ("..", "...", ". . ."), or 0.
func dotsAt(s string, i, end int) int {
	j := i
	for j < end && s[j] == '.' {
		j++
	}
	if j-i >= 2 {
		return j - i
	}
	if strings.HasPrefix(s[i:end], ". . .") {
		return 5
	}
	return 0
}

// isAbbrev reports whether the word s[a:b], followed by a '.' at b, is an
// abbreviation that keeps its dot.
func isAbbrev(s string, a, b, end int, dots bool) bool {
	w := s[a:b]
	if h := strings.LastIndexAny(w, "-‐‑/"); h >= 0 {
		w = w[h+1:] // "R-Fla.", "D-N.J."
		if w == "" {
			return false
		}
		_, n := utf8.DecodeRuneInString(w)
		dots = strings.Contains(w[n:], ".")
	}
	if dots {
		// "U.S", "a.m", "Ph.D", "e.g" but not "example.com".
		for seg := range strings.SplitSeq(w, ".") {
			if len(seg) > 2 {
				return false
			}
		}
		return true
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true // an initial, "J. R. R. Tolkien"
	}
	switch abbrevKind(w) {
	case abbrevAlways:
		return true
	case abbrevNumber:
		// "No. 2", "Nos. 3 and 4", "Vol. 2"
		j := b + 1
		for j < end && s[j] == ' ' {
			j++
		}
		return j > b+1 && j < end && isDigit(s[j])
	}
	return false
}

// isListNumber reports whether the digits s[a:b], followed by a '.' at b,
// number an item of a list: first on their line and followed by a space.
func isListNumber(s string, a, b, end int) bool {
	if b-a > 2 || b+1 >= end || (s[b+1] != ' ' && s[b+1] != '\t') {
		return false
	}
	for k := a; k < b; k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	for k := a - 1; k >= 0; k-- {
		switch s[k] {
		case '\n':
			return true
		case ' ', '\t':
			continue
		}
		return false
	}
	return true
}

// Character classes. The ASCII cases are answered without a table lookup
// in the unicode package, which is most of the work on English news.

func decode(s string, i, end int) (rune, int) {
	if i >= end {
		return utf8.RuneError, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(s[i:end])
	return r, n
}

// isSpace reports whether r separates tokens: Unicode white space and the
// invisible format characters that are sometimes pasted into news text.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return unicode.IsSpace(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '\u00ad'
}

func isWordRuneAt(s string, i, end int) bool {
	r, _ := decode(s, i, end)
	return isWordRune(r)
}

func isLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return isWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isUpperRune(r rune) bool { return unicode.IsUpper(r) || unicode.IsTitle(r) }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	return unicode.IsLetter(r)
}

func isWordByte(c byte) bool { return isASCIILetter(c) || isDigit(c) }

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
