package cluster

import (
	"hash/fnv"
	"math/bits"
	"strings"
	"unicode"
)

// MaxDistance is the largest Hamming distance between the fingerprints of
// two texts that are copies of one report.
const MaxDistance = 3

// minWords is the shortest body that gets a fingerprint: below it, unrelated
// short items would look alike.
const minWords = 40

// shingle is the number of words hashed together.
const shingle = 3

// Fingerprint returns a 64-bit SimHash of the words of text (its body:
// a leading title paragraph is skipped, as syndicators rewrite headlines),
// over shingles of three words. It returns 0 for texts too short to tell
// copies from coincidences; 0 never matches.
func Fingerprint(title, text string) uint64 {
	if title != "" && strings.HasPrefix(text, title) {
		text = text[len(title):]
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) < minWords {
		return 0
	}
	var v [64]int
	h := fnv.New64a()
	for i := 0; i+shingle <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+shingle] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		x := h.Sum64()
		for b := range 64 {
			if x&(1<<b) != 0 {
				v[b]++
			} else {
				v[b]--
			}
		}
	}
	var fp uint64
	for b := range 64 {
		if v[b] > 0 {
			fp |= 1 << b
		}
	}
	if fp == 0 {
		fp = 1
	}
	return fp
}

// Bands splits a fingerprint into four 16-bit bands. Two fingerprints
// within MaxDistance share at least one band (pigeonhole), so an index on
// the bands finds every candidate copy.
func Bands(fp uint64) [4]int64 {
	return [4]int64{int64(fp & 0xffff), int64(fp >> 16 & 0xffff), int64(fp >> 32 & 0xffff), int64(fp >> 48)}
}

// Near reports whether two fingerprints are copies of one text.
func Near(a, b uint64) bool {
	return a != 0 && b != 0 && bits.OnesCount64(a^b) <= MaxDistance
}
