// Package diag collects the problems found in the data files users can
// bring (dictionaries, patterns, lexicons) as `file:line: message`, all at
// once and in file and line order, as go/scanner's ErrorList does for Go
// source.
package diag

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Error is one problem at one line of one file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// List is every problem found while reading some files.
type List []*Error

// Add appends a problem.
func (l *List) Add(file string, line int, msg string) {
	*l = append(*l, &Error{File: file, Line: line, Msg: msg})
}

// Addf appends a problem with a formatted message.
func (l *List) Addf(file string, line int, format string, a ...any) {
	l.Add(file, line, fmt.Sprintf(format, a...))
}

// Error prints one problem per line.
func (l List) Error() string {
	if len(l) == 0 {
		return "no errors"
	}
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err sorts l by file and line and returns it as an error, or nil when it
// is empty.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].File != l[j].File {
			return l[i].File < l[j].File
		}
		return l[i].Line < l[j].Line
	})
	return l
}

// As returns the problems err carries, when it is or wraps a List.
func As(err error) (List, bool) {
	var l List
	if errors.As(err, &l) {
		return l, true
	}
	return nil, false
}
