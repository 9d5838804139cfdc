// Package ingest reads news reports in every input format sitrep accepts —
// plain text with a dateline, JSON and JSONL records, HTML pages, RSS and
// Atom feeds — and turns each into an article.Article.
//
// Every format goes through one function that builds the article's Text, so
// that the same report read from a text file, a JSON record, an HTML page or
// a feed item yields the same Text, Title, date and dateline:
//
//   - The text is Unicode NFC with LF line ends (text.Normalize). Every line
//     is trimmed of surrounding white space; paragraphs are separated by
//     exactly one blank line; lines within a paragraph are kept.
//   - Text = Title + "\n\n" + body when there is a headline and the body does
//     not already start with it, else the body.
//   - Curly quotes and dashes are kept as written.
//   - ID is article.ContentID(Text).
//
// Metadata at the head of the body is read the same way for every format:
//
//   - A "date 2024-11-30 Seoul:" prefix (the seed dispatch's form) is
//     metadata: it gives Published and Dateline and is removed from the text.
//   - A wire dateline ("SEOUL, Nov 30 (Reuters) -", "KYIV, Ukraine (AP) —",
//     "Seoul, 30 November 2024:", "WASHINGTON —") gives Dateline.Place in
//     title case, Dateline.Date when a day is written, and Publisher (the
//     agency in parentheses) when the source names none. It stays in the text.
//     A dateline date without a year takes the year of the published date
//     (the year before when that would put it more than six months after
//     publication); with no published date it is left "". An impossible date
//     (2024-02-30) is an error for the article. When the source gives no
//     publication date, the dateline's date is Published.
//
// When the source gives no title, the first paragraph gives the headline
// (Title; the paragraph stays the first of Text) when more paragraphs follow
// it and one of these holds:
//
//   - it is a single line of at most 300 bytes that does not end in sentence
//     punctuation (". ! ?", before any closing quote or bracket);
//   - it followed a "date ... Place:" prefix and is a single sentence of at
//     most 300 bytes (the seed's one-sentence summary);
//   - it is a single line of at most 25 words, either a single sentence or
//     in headline case, and no wire dateline (PolNeAR's "Poll finds Clinton
//     would beat out Trump and Cruz.", "Barack Obama Just Nominated A Muslim
//     To Be A Federal Judge. That’s A First.");
//   - it is two lines of at most 300 bytes, the first not ending in sentence
//     punctuation: a headline and its deck. The first line, without a
//     trailing ";", is the Title.
//
// Read reports every item, good or bad, to a callback; one bad item never
// stops the others.
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep-project/sitrep/internal/article"
)

// Format is an input format.
type Format string

// The input formats.
const (
	FormatAuto  Format = "auto"  // detect from the content, the file extension as a hint
	FormatText  Format = "text"  // plain text, optionally with a dateline
	FormatJSON  Format = "json"  // one JSON record or an array of them
	FormatJSONL Format = "jsonl" // one JSON record per line
	FormatHTML  Format = "html"  // a news web page
	FormatFeed  Format = "feed"  // RSS 2.0, RSS 1.0 (RDF) or Atom
)

var formats = []Format{FormatAuto, FormatText, FormatJSON, FormatJSONL, FormatHTML, FormatFeed}

// ParseFormat returns the Format named s ("" is FormatAuto).
func ParseFormat(s string) (Format, error) {
	if s == "" {
		return FormatAuto, nil
	}
	for _, f := range formats {
		if string(f) == strings.ToLower(s) {
			return f, nil
		}
	}
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("ingest: unknown format %q (want one of %s)", s, strings.Join(names, ", "))
}

// DefaultMaxBytes is the size limit of one input when Options.MaxBytes is 0.
const DefaultMaxBytes = 64 << 20

// Options control how an input is read.
type Options struct {
	Format   Format // FormatAuto ("" too) detects from content, then file extension
	Date     string // YYYY-MM-DD: overrides the article date (Published and Dateline.Date) when non-empty
	MaxBytes int64  // inputs larger than this are refused; 0 means DefaultMaxBytes
}

// Item is one article read from an input, or the error for one item of it.
type Item struct {
	Article article.Article
	Err     error
}

// Read reads every article of one input. name is the file name, or "-" for
// standard input; it is used in errors and as Article.Origin ("feed.xml#item
// 3", "file.jsonl:12").
//
// Read calls fn once per item, in order, including items that failed
// (Item.Err set, naming the input, the item and the problem). It returns an
// error only when the input as a whole cannot be read — empty, binary, too
// large, not in the forced format, truncated JSON — and that error names the
// input. If fn returns an error, Read stops and returns it.
func Read(name string, r io.Reader, opts Options, fn func(Item) error) error {
	if opts.Date != "" {
		if _, err := isoDate(opts.Date); err != nil {
			return fmt.Errorf("ingest: %s: option date: %w", name, err)
		}
	}
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	raw, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return fmt.Errorf("ingest: %s: %w", name, err)
	}
	if int64(len(raw)) > limit {
		return fmt.Errorf("ingest: %s: input larger than the limit of %d bytes", name, limit)
	}
	data, err := decode(raw)
	if err != nil {
		return fmt.Errorf("ingest: %s: %w", name, err)
	}
	format := opts.Format
	if format == "" || format == FormatAuto {
		format = detect(data, name)
	}
	rd := reader{name: name, opts: opts, fn: fn}
	switch format {
	case FormatText:
		err = rd.text(data)
	case FormatJSON:
		err = rd.json(data)
	case FormatJSONL:
		err = rd.jsonl(data)
	case FormatHTML:
		err = rd.html(data)
	case FormatFeed:
		err = rd.feed(data)
	default:
		return fmt.Errorf("ingest: %s: unknown format %q", name, format)
	}
	var stop stopError
	if errors.As(err, &stop) {
		return stop.err
	}
	if err != nil {
		return fmt.Errorf("ingest: %s: %w", name, err)
	}
	return nil
}

// ReadFile opens path and calls Read on it; path "-" reads standard input.
func ReadFile(path string, opts Options, fn func(Item) error) error {
	if path == "-" {
		return Read("-", os.Stdin, opts, fn)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	defer f.Close()
	return Read(path, f, opts, fn)
}

// reader reads the items of one input and hands them to fn.
type reader struct {
	name string
	opts Options
	fn   func(Item) error
}

// stopError carries the callback's error out of a format reader untouched.
type stopError struct{ err error }

func (e stopError) Error() string { return e.err.Error() }

// emit builds the article of src and passes it, or its error, to the callback.
func (rd *reader) emit(src source) error {
	a, err := src.article(rd.opts)
	if err != nil {
		return rd.fail(src.origin, err)
	}
	if err := rd.fn(Item{Article: a}); err != nil {
		return stopError{err}
	}
	return nil
}

// fail reports the error of one item, naming it.
func (rd *reader) fail(origin string, err error) error {
	if err := rd.fn(Item{Article: article.Article{Origin: origin}, Err: fmt.Errorf("ingest: %s: %w", origin, err)}); err != nil {
		return stopError{err}
	}
	return nil
}

// detect guesses the format of data: by content first, the extension of
// name breaking ties.
func detect(data []byte, name string) Format {
	ext := strings.ToLower(filepath.Ext(name))
	head := bytes.TrimLeft(data[:min(len(data), 4096)], " \t\r\n")
	lower := bytes.ToLower(head[:min(len(head), 1024)])
	switch {
	case len(head) == 0:
		return FormatText
	case head[0] == '[':
		return FormatJSON
	case head[0] == '{':
		if ext == ".jsonl" || ext == ".ndjson" || isJSONLines(data) {
			return FormatJSONL
		}
		return FormatJSON
	case head[0] == '<':
		switch {
		case bytes.Contains(lower, []byte("<rss")), bytes.Contains(lower, []byte("<feed")), bytes.Contains(lower, []byte("<rdf:rdf")):
			return FormatFeed
		case bytes.Contains(lower, []byte("<!doctype html")), bytes.Contains(lower, []byte("<html")),
			bytes.Contains(lower, []byte("<head")), bytes.Contains(lower, []byte("<body")):
			return FormatHTML
		}
		switch ext {
		case ".xml", ".rss", ".atom":
			return FormatFeed
		case ".html", ".htm", ".xhtml":
			return FormatHTML
		}
		if bytes.Contains(lower, []byte("<p")) || bytes.Contains(lower, []byte("<div")) || bytes.Contains(lower, []byte("<article")) {
			return FormatHTML
		}
	}
	return FormatText
}
