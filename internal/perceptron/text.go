package perceptron

import "unicode/utf8"

// Suffix returns the last n runes of s.
func Suffix(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// Prefix returns the first n runes of s.
func Prefix(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// Shape hashes the word's shape: X for an upper-case letter, x lower case,
// d digit, other ASCII as itself and o for other non-ASCII, with runs of one
// class collapsed ("Kim" → "Xx", "U.S." → "X.X.", "1,000" → "d,d").
func Shape(s string) uint64 {
	h := String("")
	var last byte
	n := 0
	for _, r := range s {
		var c byte
		switch {
		case 'A' <= r && r <= 'Z':
			c = 'X'
		case 'a' <= r && r <= 'z':
			c = 'x'
		case '0' <= r && r <= '9':
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = 'o'
		}
		if c == last {
			continue
		}
		last = c
		if n++; n > 6 {
			break
		}
		h = Mix(h, uint64(c))
	}
	return h
}
