package ingest

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/text"
)

// source is what a format reader found in one item, before normalisation.
// Every format fills one and calls article on it, so that all formats build
// Text, Title, dates and dateline the same way.
type source struct {
	origin    string
	title     string // "" when the source has no headline
	body      string // plain text, paragraphs separated by blank lines
	published string // as the source wrote it
	publisher string
	author    string
	url       string
	language  string
	// lenient makes an unreadable published date be ignored rather than an
	// error: for dates scraped from page or feed metadata, where a bad one
	// should not cost the article.
	lenient bool
}

// errNoText is the error of an item that has no text.
var errNoText = errors.New("no text")

// maxHeadline is the longest first paragraph, in bytes, taken as a headline.
const maxHeadline = 300

// article builds the Article of src; see the package documentation for the
// rules.
func (src source) article(opts Options) (article.Article, error) {
	a := article.Article{
		Publisher: oneLine(src.publisher),
		Author:    oneLine(src.author),
		URL:       strings.TrimSpace(src.url),
		Language:  strings.TrimSpace(src.language),
		Origin:    src.origin,
	}
	title, err := clean(src.title)
	if err != nil {
		return a, fmt.Errorf("title: %w", err)
	}
	title = oneLine(title)
	body, err := clean(src.body)
	if err != nil {
		return a, err
	}
	pars := paragraphs(body)
	if len(pars) == 0 {
		return a, errNoText
	}

	if a.Published, err = published(src.published); err != nil {
		if !src.lenient || !errors.Is(err, errNoDate) {
			return a, fmt.Errorf("published date: %w", err)
		}
		a.Published = ""
	}

	// A "date 2024-11-30 Seoul:" prefix is metadata: read it and drop it.
	first := 0
	if title != "" && oneLine(pars[0]) == title {
		first = 1
	}
	prefixed := false
	if first < len(pars) {
		if rest, place, date, ok := datePrefix(pars[first]); ok {
			day, err := isoDate(date)
			if err != nil {
				return a, fmt.Errorf("dateline: %w", err)
			}
			prefixed = true
			a.Dateline = article.Dateline{Place: place, Date: day}
			if a.Published == "" {
				a.Published = day
			}
			if rest = strings.TrimSpace(rest); rest == "" {
				pars = append(pars[:first], pars[first+1:]...)
			} else {
				pars[first] = rest
			}
			if len(pars) == 0 {
				return a, errNoText
			}
		}
	}

	if title == "" {
		if title = headline(pars, prefixed); title != "" {
			first = 1
		}
	}

	if !prefixed && first < len(pars) {
		if w, ok := parseWire(pars[first]); ok {
			date, err := w.date(a.Published)
			if err != nil {
				return a, fmt.Errorf("dateline: %w", err)
			}
			a.Dateline = article.Dateline{Place: w.place, Date: date}
			if a.Published == "" {
				a.Published = date
			}
			if a.Publisher == "" {
				a.Publisher = w.publisher
			}
		}
	}

	if opts.Date != "" {
		a.Published = opts.Date
		a.Dateline.Date = opts.Date
	}

	a.Title = title
	if title != "" && first == 0 {
		pars = append([]string{title}, pars...)
	}
	a.Text = strings.Join(pars, "\n\n")
	a.ID = article.ContentID(a.Text)
	return a, nil
}

// clean normalises s (NFC, LF line ends) after checking it is text: valid
// UTF-8 and no binary control characters. Stray control characters are
// dropped.
func clean(s string) (string, error) {
	if err := checkUTF8(s, 0); err != nil {
		return "", err
	}
	if err := checkControls(s); err != nil {
		return "", err
	}
	s, _ = text.Normalize(dropControls(s))
	// text.Normalize leaves a CR that a combining mark follows ("\r\u0741"):
	// NFC puts both in one segment. Such a CR still ends a line.
	return strings.ReplaceAll(s, "\r", "\n"), nil
}

// paragraphs splits normalised text into paragraphs: runs of non-blank
// lines, each line trimmed of surrounding white space, joined by "\n".
func paragraphs(s string) []string {
	var pars []string
	var lines []string
	flush := func() {
		if len(lines) > 0 {
			pars = append(pars, strings.Join(lines, "\n"))
			lines = lines[:0]
		}
	}
	for s != "" {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		line = strings.TrimFunc(line, unicode.IsSpace)
		if line == "" {
			flush()
			continue
		}
		lines = append(lines, line)
	}
	flush()
	return pars
}

// oneLine trims s and turns every run of white space in it into one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// headline returns the headline of an article whose source gave none, taken
// from the first paragraph of pars, or "". prefixed says that paragraph
// followed a "date ... Place:" prefix. The rules are in the package
// documentation.
func headline(pars []string, prefixed bool) string {
	if len(pars) < 2 || len(pars[0]) > maxHeadline {
		return ""
	}
	p := pars[0]
	first, deck, twoLines := strings.Cut(p, "\n")
	single := !twoLines
	words := len(strings.Fields(p))
	switch {
	case single && !endsSentence(p):
		return p
	case prefixed && singleSentence(p):
		return oneLine(p)
	case single && words <= 25 && (singleSentence(p) || headlineCase(p)):
		if _, dated := parseWire(p); !dated {
			return p
		}
	case twoLines && !strings.Contains(deck, "\n") && !endsSentence(first):
		return strings.TrimRight(first, "; ")
	}
	return ""
}

// headlineCase reports whether s is written in headline case: most of its
// words of four letters or more are capitalised.
func headlineCase(s string) bool {
	n, capital := 0, 0
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		n++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capital++
		}
	}
	return n >= 2 && capital*10 >= n*7
}

// endsSentence reports whether s ends in sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune(`"'”’»)]`, r) || unicode.IsSpace(r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// singleSentence reports whether s holds one sentence: no sentence
// punctuation followed by white space and a capital letter or opening quote
// inside it, other than after an abbreviation or an initial.
func singleSentence(s string) bool {
	for i, r := range s {
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		j := i + 1
		for j < len(s) {
			c, size := utf8.DecodeRuneInString(s[j:])
			if !strings.ContainsRune(`"'”’)]`, c) {
				break
			}
			j += size
		}
		if j >= len(s) || s[j] != ' ' {
			continue
		}
		next := runeAt(s, j+1)
		if !unicode.IsUpper(next) && !strings.ContainsRune(`"“‘`, next) {
			continue
		}
		if r == '.' && abbreviation(s[:i]) {
			continue
		}
		return false
	}
	return true
}

// runeAt returns the rune starting at byte i of s, or utf8.RuneError.
func runeAt(s string, i int) rune {
	if i >= len(s) {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// abbreviations are the words a full stop may follow inside a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "maj": true, "capt": true, "sgt": true, "gov": true, "sen": true, "rep": true,
	"rev": true, "st": true, "jr": true, "sr": true, "no": true, "vs": true, "etc": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "inc": true, "corp": true,
	"co": true, "ltd": true, "u.s": true, "u.n": true, "u.k": true, "e.u": true,
}

// abbreviation reports whether before ends in an abbreviation or a single
// capital initial ("J. R. R. Tolkien").
func abbreviation(before string) bool {
	i := strings.LastIndexFunc(before, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '“' || r == '"' })
	word := before
	if i >= 0 {
		_, size := utf8.DecodeRuneInString(before[i:])
		word = before[i+size:]
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(word)]
}
