// Package text turns an article's text into paragraphs, sentences and
// tokens, every one carrying byte offsets into the normalised text.
package text

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// OffsetMap maps byte offsets of a normalised text back to the raw input it
// was made from. It records one anchor per place where the two diverge.
type OffsetMap struct {
	norm []int // offsets in the normalised text where a divergence starts
	raw  []int // the matching raw offsets
}

// Raw returns the byte offset in the raw input that corresponds to off in
// the normalised text. Offsets inside a stretch that normalisation rewrote
// map into the raw stretch it came from; the map is monotonic.
func (m *OffsetMap) Raw(off int) int {
	if m == nil || len(m.norm) == 0 {
		return off
	}
	// Last anchor at or before off.
	lo, hi := 0, len(m.norm)
	for lo < hi {
		mid := (lo + hi) / 2
		if m.norm[mid] <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == 0 {
		return off
	}
	r := m.raw[lo-1] + (off - m.norm[lo-1])
	if lo < len(m.raw) && r > m.raw[lo] {
		// Inside a stretch that normalisation made longer ("\xff" became
		// U+FFFD): stay within the raw stretch, so that the map is monotonic.
		r = m.raw[lo]
	}
	return r
}

func (m *OffsetMap) add(normOff, rawOff int) {
	if n := len(m.norm); n > 0 && m.norm[n-1] == normOff {
		m.raw[n-1] = rawOff
		return
	}
	m.norm = append(m.norm, normOff)
	m.raw = append(m.raw, rawOff)
}

// Normalize returns raw in Unicode NFC with CRLF and lone CR turned into LF,
// and the map from its offsets back to raw. Quotes, dashes and spacing are
// kept as written: they carry meaning for the later stages. raw must be
// valid UTF-8; invalid bytes are replaced by U+FFFD.
func Normalize(raw string) (string, *OffsetMap) {
	m := &OffsetMap{}
	if !strings.ContainsRune(raw, '\r') && norm.NFC.IsNormalString(raw) && utf8.ValidString(raw) {
		return raw, m
	}
	var b strings.Builder
	b.Grow(len(raw))
	var it norm.Iter
	it.InitString(norm.NFC, raw)
	for !it.Done() {
		rawOff := it.Pos()
		seg := it.Next()
		if len(seg) == 1 && seg[0] == '\r' {
			// CRLF and lone CR both become one LF.
			m.add(b.Len(), rawOff)
			b.WriteByte('\n')
			if it.Pos() < len(raw) && raw[it.Pos()] == '\n' {
				it.Next()
			}
			m.add(b.Len(), it.Pos())
			continue
		}
		if !utf8.Valid(seg) {
			seg = []byte(strings.ToValidUTF8(string(seg), "\uFFFD"))
		}
		if string(seg) == raw[rawOff:it.Pos()] {
			b.Write(seg)
			continue
		}
		m.add(b.Len(), rawOff)
		b.Write(seg)
		m.add(b.Len(), it.Pos())
	}
	return b.String(), m
}
