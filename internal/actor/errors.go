package actor

import (
	"fmt"
	"strings"
)

// Error is one problem in a dictionary line.
type Error struct {
	Pos string // file:line
	Msg string
}

func (e Error) Error() string { return e.Pos + ": " + e.Msg }

// ErrorList is every problem found while loading dictionaries, in file and
// line order (as go/scanner.ErrorList). New returns it as its error.
type ErrorList []Error

// Add appends a problem.
func (l *ErrorList) Add(pos, msg string) { *l = append(*l, Error{Pos: pos, Msg: msg}) }

// Error prints one problem per line.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

func errorf(format string, a ...any) error { return fmt.Errorf("actor: "+format, a...) }
