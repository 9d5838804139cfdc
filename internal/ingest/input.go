package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decode turns the raw bytes of an input into UTF-8: a UTF-8 byte order
// mark is dropped and UTF-16 with a byte order mark is converted. It refuses
// empty input and binary input (NUL or another control character than tab,
// LF and CR). It does not check that the result is valid UTF-8: the format
// readers do, per item, so that one bad item does not sink the input.
func decode(raw []byte) ([]byte, error) {
	data := raw
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		data = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		var err error
		if data, err = decodeUTF16(raw[2:], false); err != nil {
			return nil, err
		}
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		var err error
		if data, err = decodeUTF16(raw[2:], true); err != nil {
			return nil, err
		}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("empty input")
	}
	if err := checkControls(data); err != nil {
		return nil, err
	}
	return data, nil
}

// decodeUTF16 converts UTF-16 (without its byte order mark) to UTF-8.
// Unpaired surrogates become U+FFFD.
func decodeUTF16(b []byte, bigEndian bool) ([]byte, error) {
	if len(b)%2 != 0 {
		return nil, fmt.Errorf("UTF-16 input has an odd number of bytes (%d)", len(b)+2)
	}
	units := make([]uint16, len(b)/2)
	for i := range units {
		if bigEndian {
			units[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			units[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	out := make([]byte, 0, len(b))
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}

// isControl reports whether c is an ASCII control character other than
// tab, LF and CR.
func isControl(c byte) bool {
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F
}

// checkControls refuses binary data: data holding a NUL byte, or control
// characters (other than tab, LF and CR) more often than once per KiB. Real
// text has the odd stray one (an ESC in a PolNeAR article); dropControls
// removes those.
func checkControls[S string | []byte](data S) error {
	n, first := 0, -1
	for i := 0; i < len(data); i++ {
		c := data[i]
		if !isControl(c) {
			continue
		}
		if c == 0 {
			return fmt.Errorf("binary input: NUL byte at byte %d", i)
		}
		if first < 0 {
			first = i
		}
		n++
	}
	if n > 0 && n*1024 > len(data) {
		return fmt.Errorf("binary input: control character %U at byte %d", data[first], first)
	}
	return nil
}

// dropControls removes the control characters that checkControls let pass.
func dropControls(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r < 0x80 && isControl(byte(r)) }) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r < 0x80 && isControl(byte(r)) {
			return -1
		}
		return r
	}, s)
}

// checkUTF8 returns an error naming the byte offset (counted from base) of
// the first invalid UTF-8 sequence in b.
func checkUTF8[S string | []byte](b S, base int) error {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(string(b[i:min(len(b), i+utf8.UTFMax)]))
		if r == utf8.RuneError && size == 1 {
			return fmt.Errorf("invalid UTF-8 at byte %d", base+i)
		}
		i += size
	}
	return nil
}
