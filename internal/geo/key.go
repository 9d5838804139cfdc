package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key is the form names are indexed and looked up by: lower case,
// diacritics removed, typographic apostrophes and hyphens made plain, runs of
// spaces one space, a leading "the " dropped.
func Key(s string) string {
	if k, ok := asciiKey(s); ok {
		return k
	}
	return fullKey(s)
}

// fullKey is Key for any s.
func fullKey(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = norm.NFD.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '’' || r == 'ʻ' || r == 'ʼ' || r == '‘' || r == '`':
			r = '\''
		case r == '‐' || r == '‑' || r == '–':
			r = '-'
		case r == 'ı':
			r = 'i'
		case r == 'ł' || r == 'Ł':
			r = 'l'
		case r == 'ø' || r == 'Ø':
			r = 'o'
		case r == 'đ' || r == 'Đ':
			r = 'd'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimPrefix(b.String(), "the ")
}

func key(s string) string { return Key(s) }

// asciiKey is the Key of s when s is one ASCII word without a space or a
// backquote, the common case, built without decoding runes; ok is false
// for any other s. Such a word has no "the " to drop, and when it has no
// capital it is its own key.
func asciiKey(s string) (k string, ok bool) {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c == '`' || c == ' ' || '\t' <= c && c <= '\r' {
			return "", false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s, true
	}
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b), true
}
