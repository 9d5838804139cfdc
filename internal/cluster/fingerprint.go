package cluster

import (
	"math/bits"
	"strings"
	"unicode"
)

// MaxDistance is the largest Hamming distance between the SimHashes of two
// texts that are copies of one report. Unrelated news texts sit near 32 (a
// binomial spread of 4); a wire story with a headline and a few words
// changed within 8.
const MaxDistance = 8

// MaxDistanceShared is the distance still taken for a copy when the texts
// also share at least two of their four MinHashes (a Jaccard similarity of
// about one half or more): a copy with its last paragraph cut sits near 12.
const MaxDistanceShared = 14

// minWords is the shortest body that gets a fingerprint: below it, unrelated
// short items would look alike.
const minWords = 40

// shingle is the number of words hashed together.
const shingle = 3

// Fingerprint identifies a text up to small edits.
//
// SimHash decides whether two texts are copies. Min holds four MinHash
// values of the shingles: texts sharing most of their shingles share at
// least one of them with near certainty, while unrelated texts share none,
// so an index on them finds every candidate copy without scanning.
type Fingerprint struct {
	SimHash uint64
	Min     [4]uint64
}

// Zero reports whether the text was too short to fingerprint; a zero
// Fingerprint matches nothing.
func (f Fingerprint) Zero() bool { return f.SimHash == 0 }

// Of fingerprints the body of an article: a leading title paragraph is
// skipped, as syndicators rewrite headlines.
func FingerprintOf(title, text string) Fingerprint {
	if title != "" && strings.HasPrefix(text, title) {
		text = text[len(title):]
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) < minWords {
		return Fingerprint{}
	}
	var f Fingerprint
	for i := range f.Min {
		f.Min[i] = ^uint64(0)
	}
	var v [64]int
	for i := 0; i+shingle <= len(words); i++ {
		x := shingleHash(words[i : i+shingle])
		for b := range 64 {
			v[b] += int(x>>b&1)*2 - 1 // +1 for a set bit, -1 for a clear one, without a branch
		}
		for j := range f.Min {
			f.Min[j] = min(f.Min[j], mix(x+uint64(j)*0x9e3779b97f4a7c15))
		}
	}
	for b := range 64 {
		if v[b] > 0 {
			f.SimHash |= 1 << b
		}
	}
	if f.SimHash == 0 {
		f.SimHash = 1
	}
	return f
}

// shingleHash is the 64-bit FNV-1a hash of the words, each followed by a
// space; written out, as hash/fnv through its interface costs more than
// the hashing.
func shingleHash(words []string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	x := uint64(offset)
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			x ^= uint64(w[i])
			x *= prime
		}
		x ^= ' '
		x *= prime
	}
	return x
}

// mix is SplitMix64's finaliser: a different permutation of shingle hashes
// per MinHash slot.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// Near reports whether two fingerprints are copies of one text.
func Near(a, b Fingerprint) bool {
	if a.Zero() || b.Zero() {
		return false
	}
	d := bits.OnesCount64(a.SimHash ^ b.SimHash)
	shared := 0
	for i := range a.Min {
		if a.Min[i] == b.Min[i] {
			shared++
		}
	}
	return d <= MaxDistance || (d <= MaxDistanceShared && shared >= 2)
}
