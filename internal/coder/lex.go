package coder

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// itemKind is the kind of a lexical item of the pattern language.
type itemKind int

const (
	itemError   itemKind = iota // a lexical error; val is the message
	itemEOF                     // end of input
	itemNewline                 // end of a line (patterns are one per line)
	itemWord                    // a word, slot, type, code, key or number
	itemArrow                   // =>
	itemLParen                  // (
	itemRParen                  // )
	itemLBrace                  // {
	itemRBrace                  // }
	itemBar                     // |
	itemBang                    // !
	itemSlash                   // /
	itemEquals                  // =
	itemComma                   // ,
)

var itemNames = map[itemKind]string{
	itemError: "error", itemEOF: "end of file", itemNewline: "end of line",
	itemWord: "word", itemArrow: `"=>"`, itemLParen: `"("`, itemRParen: `")"`,
	itemLBrace: `"{"`, itemRBrace: `"}"`, itemBar: `"|"`, itemBang: `"!"`,
	itemSlash: `"/"`, itemEquals: `"="`, itemComma: `","`,
}

func (k itemKind) String() string { return itemNames[k] }

// item is a lexical item with the line it was found on.
type item struct {
	kind itemKind
	val  string
	line int
}

func (i item) String() string {
	switch i.kind {
	case itemWord:
		return fmt.Sprintf("%q", i.val)
	case itemError:
		return i.val
	}
	return i.kind.String()
}

// stateFn is a state of the lexer; it returns the next state.
type stateFn func(*lexer) stateFn

// lexer turns pattern source into items. It runs to completion in lex, as
// the files are small; items are collected in a slice for the parser.
type lexer struct {
	src   string
	start int // start of the current item
	pos   int // current position
	line  int // line of pos, from 1
	items []item
}

// lex returns all items of src, ending with itemEOF. Lexical errors are
// itemError items; lexing goes on after them, so that the parser reports
// every error of the file.
func lex(src string) []item {
	l := &lexer{src: src, line: 1}
	for state := lexLine; state != nil; {
		state = state(l)
	}
	return l.items
}

const eof = -1

func (l *lexer) next() rune {
	if l.pos >= len(l.src) {
		return eof
	}
	r, w := utf8.DecodeRuneInString(l.src[l.pos:])
	l.pos += w
	return r
}

func (l *lexer) peek() rune {
	if l.pos >= len(l.src) {
		return eof
	}
	r, _ := utf8.DecodeRuneInString(l.src[l.pos:])
	return r
}

func (l *lexer) emit(k itemKind) {
	l.items = append(l.items, item{k, l.src[l.start:l.pos], l.line})
	l.start = l.pos
}

func (l *lexer) ignore() { l.start = l.pos }

func (l *lexer) errorf(format string, a ...any) {
	l.items = append(l.items, item{itemError, fmt.Sprintf(format, a...), l.line})
	l.start = l.pos
}

// lexLine scans between items on a line.
func lexLine(l *lexer) stateFn {
	for {
		r := l.next()
		switch {
		case r == eof:
			l.ignore()
			l.emit(itemNewline)
			l.emit(itemEOF)
			return nil
		case r == '\n':
			l.emit(itemNewline)
			l.line++
		case r == ' ' || r == '\t' || r == '\r' || r == '\ufeff':
			l.ignore()
		case r == '#':
			return lexComment
		case r == '=' && l.peek() == '>':
			l.next()
			l.emit(itemArrow)
		case r == '=':
			l.emit(itemEquals)
		case r == '(':
			l.emit(itemLParen)
		case r == ')':
			l.emit(itemRParen)
		case r == '{':
			l.emit(itemLBrace)
		case r == '}':
			l.emit(itemRBrace)
		case r == '|':
			l.emit(itemBar)
		case r == '!':
			l.emit(itemBang)
		case r == '/':
			l.emit(itemSlash)
		case r == ',':
			l.emit(itemComma)
		case isWordRune(r):
			return lexWord
		default:
			l.errorf("unexpected character %q", r)
		}
	}
}

// lexComment skips a comment to the end of the line.
func lexComment(l *lexer) stateFn {
	i := strings.IndexByte(l.src[l.pos:], '\n')
	if i < 0 {
		l.pos = len(l.src)
	} else {
		l.pos += i
	}
	l.ignore()
	return lexLine
}

// lexWord scans a word: letters, digits and - _ ' . * + ’.
func lexWord(l *lexer) stateFn {
	for isWordRune(l.peek()) {
		l.next()
	}
	l.emit(itemWord)
	return lexLine
}

func isWordRune(r rune) bool {
	if r == eof {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-_'.*+’$%", r)
}
