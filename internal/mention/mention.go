// Package mention finds dictionary names in a tokenised text: a trie over
// lower-cased word sequences, matched leftmost-longest over the words of a
// Doc. The actor resolver builds one from its dictionary; anything else that
// needs multi-word phrase lookup over tokens can build its own.
//
// Matching works on pieces, not on the tokenizer's tokens: a token is cut at
// hyphens and before a possessive "'s", and its key is lower-cased with dots
// and apostrophes made uniform, so that "Kim Jong-un", "Kim Jong Un",
// "Russia's" and "Russia ’s" match the same dictionary words whatever the
// tokenizer decided.
package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
)

// Piece is one word of the text as the gazetteer sees it.
type Piece struct {
	article.Span
	ID    int32 // word ID in the gazetteer's vocabulary, -1 when unknown
	Token int   // index of the token the piece came from
	Flags Flags
}

// Flags describe the surface of a piece.
type Flags uint8

const (
	Upper    Flags = 1 << iota // starts with an upper-case letter
	AllCaps                    // every letter is upper case (and there are at least two)
	Letter                     // contains a letter
	Punct                      // no letter or digit
	Hyphened                   // joined to the previous piece by a hyphen inside one token
	Poss                       // the possessive "'s" or a bare "'" after a word
)

// Has reports whether all of m are set.
func (f Flags) Has(m Flags) bool { return f&m == m }

// Gazetteer is an immutable trie over word sequences. Safe for concurrent use.
type Gazetteer struct {
	vocab map[string]int32
	next  map[uint64]int32 // (node<<32 | word) -> child node
	out   [][]int32        // values accepted at each node
}

// Builder collects phrases for a Gazetteer.
type Builder struct {
	g Gazetteer
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{g: Gazetteer{vocab: map[string]int32{}, next: map[uint64]int32{}, out: [][]int32{nil}}}
}

// Add adds a phrase (split into keys with Keys) with its value. Phrases with
// no words are ignored; a phrase added twice keeps each distinct value once.
func (b *Builder) Add(phrase string, value int32) {
	keys := Keys(phrase)
	if len(keys) == 0 {
		return
	}
	node := int32(0)
	for _, k := range keys {
		id, ok := b.g.vocab[k]
		if !ok {
			id = int32(len(b.g.vocab))
			b.g.vocab[k] = id
		}
		edge := uint64(node)<<32 | uint64(uint32(id))
		child, ok := b.g.next[edge]
		if !ok {
			child = int32(len(b.g.out))
			b.g.out = append(b.g.out, nil)
			b.g.next[edge] = child
		}
		node = child
	}
	for _, v := range b.g.out[node] {
		if v == value {
			return
		}
	}
	b.g.out[node] = append(b.g.out[node], value)
}

// Build returns the Gazetteer. The Builder must not be used afterwards.
func (b *Builder) Build() *Gazetteer {
	g := b.g
	b.g = Gazetteer{}
	return &g
}

// Len is the number of distinct words in the vocabulary.
func (g *Gazetteer) Len() int { return len(g.vocab) }

// Match is a phrase found in the pieces: pieces[First:End] with its values.
type Match struct {
	First, End int
	Values     []int32 // owned by the Gazetteer: do not modify
}

// Find returns the leftmost-longest, non-overlapping matches in pieces,
// appended to dst. A match never crosses a piece whose Token is marked as a
// sentence start by the caller through splitting pieces per sentence.
func (g *Gazetteer) Find(pieces []Piece, dst []Match) []Match {
	for i := 0; i < len(pieces); {
		best, bestEnd := int32(-1), 0
		node := int32(0)
		for j := i; j < len(pieces); j++ {
			id := pieces[j].ID
			if id < 0 {
				break
			}
			child, ok := g.next[uint64(node)<<32|uint64(uint32(id))]
			if !ok {
				break
			}
			node = child
			if len(g.out[node]) > 0 {
				best, bestEnd = node, j+1
			}
		}
		if best < 0 {
			i++
			continue
		}
		dst = append(dst, Match{First: i, End: bestEnd, Values: g.out[best]})
		i = bestEnd
	}
	return dst
}

// Lookup returns the values of a phrase, or nil.
func (g *Gazetteer) Lookup(phrase string) []int32 {
	node := int32(0)
	for _, k := range Keys(phrase) {
		id, ok := g.vocab[k]
		if !ok {
			return nil
		}
		child, ok := g.next[uint64(node)<<32|uint64(uint32(id))]
		if !ok {
			return nil
		}
		node = child
	}
	return g.out[node]
}

// ID returns the vocabulary ID of a key, or -1.
func (g *Gazetteer) ID(key string) int32 {
	if id, ok := g.vocab[key]; ok {
		return id
	}
	return -1
}

// Pieces cuts tokens into pieces and looks up their IDs, appending to dst.
// text is the text the token spans point into.
func (g *Gazetteer) Pieces(text string, tokens []article.Token, dst []Piece) []Piece {
	var buf []byte
	for ti, t := range tokens {
		if t.Start < 0 || t.End > len(text) || t.Start >= t.End {
			continue
		}
		s := text[t.Start:t.End]
		off := t.Start
		first := true
		for len(s) > 0 {
			n, poss := pieceLen(s)
			var f Flags
			if !first {
				f |= Hyphened
			}
			if poss {
				f |= Poss
			}
			w := s[:n]
			buf = appendKey(buf[:0], w)
			f |= surface(w)
			id := int32(-1)
			if v, ok := g.vocab[string(buf)]; ok {
				id = v
			}
			dst = append(dst, Piece{Span: article.Span{Start: off, End: off + n}, ID: id, Token: ti, Flags: f})
			s, off = s[n:], off+n
			// Skip the hyphen joining this piece to the next.
			if len(s) > 1 && s[0] == '-' {
				s, off = s[1:], off+1
			}
			first = false
			if poss {
				first = true
			}
		}
	}
	return dst
}

// pieceLen returns the length of the first piece of a token s: up to a
// hyphen between two word characters, or up to a possessive suffix, which
// is then a piece of its own (poss reports that s itself starts with it).
func pieceLen(s string) (n int, poss bool) {
	if p := possLen(s); p > 0 {
		return p, true
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '-' && i > 0 && i+size < len(s) {
			return i, false
		}
		if i > 0 && (r == '\'' || r == '’') {
			if p := possLen(s[i:]); p == len(s)-i {
				return i, false
			}
		}
		i += size
	}
	return len(s), false
}

// possLen returns the length of a possessive suffix at the start of s
// ("'s", "’s", or a lone apostrophe), or 0.
func possLen(s string) int {
	var n int
	switch {
	case strings.HasPrefix(s, "'"):
		n = 1
	case strings.HasPrefix(s, "’"):
		n = len("’")
	default:
		return 0
	}
	if len(s) == n {
		return n
	}
	if (s[n] == 's' || s[n] == 'S') && len(s) == n+1 {
		return n + 1
	}
	return 0
}

// appendKey appends the matching key of a word: lower case, dots dropped
// (except for a word made only of dots), curly apostrophes straightened.
func appendKey(dst []byte, w string) []byte {
	start := len(dst)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			case c == '.':
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		switch r {
		case '’', '‘':
			dst = append(dst, '\'')
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		i += size
	}
	if len(dst) == start && len(w) > 0 {
		dst = append(dst, w...)
	}
	return dst
}

// Key returns the matching key of one word.
func Key(w string) string { return string(appendKey(nil, w)) }

// Keys splits a phrase into the keys of its pieces, as Pieces would for the
// same phrase tokenised by words and punctuation.
func Keys(phrase string) []string {
	var keys []string
	for _, t := range Tokenize(phrase) {
		s := t.Text
		for len(s) > 0 {
			n, _ := pieceLen(s)
			keys = append(keys, Key(s[:n]))
			s = s[n:]
			if len(s) > 1 && s[0] == '-' {
				s = s[1:]
			}
		}
	}
	return keys
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '’'
}

// surface classifies a word's letters.
func surface(w string) Flags {
	var f Flags
	letters, upper := 0, 0
	alnum := false
	for i, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
				if i == 0 {
					f |= Upper
				}
			}
			alnum = true
		} else if unicode.IsDigit(r) {
			alnum = true
		}
	}
	if letters > 0 {
		f |= Letter
	}
	if letters >= 2 && upper == letters {
		f |= AllCaps
	}
	if !alnum {
		f |= Punct
	}
	return f
}

// Tokenize splits text into word and punctuation tokens with byte offsets,
// the way Keys splits a phrase. It is the fallback when a Doc has no
// tokens, and a reference tokenizer for tests.
func Tokenize(text string) []article.Token {
	var toks []article.Token
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i + size
		if isWordRune(r) && r != '-' && r != '\'' && r != '’' {
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '.' && j+1 < len(text) && isLetterByte(text, j+1) && j > i && isUpperRun(text[i:j]) {
					j += s2
					continue
				}
				if !isWordRune(r2) {
					break
				}
				j += s2
			}
			// A trailing dot after single capitals ("U.S.") belongs to the word.
			if j < len(text) && text[j] == '.' && strings.Contains(text[i:j], ".") {
				j++
			}
			// Trailing hyphens and opening apostrophes are punctuation.
			for j > i+1 && (text[j-1] == '-') {
				j--
			}
		}
		toks = append(toks, article.Token{Span: article.Span{Start: i, End: j}, Text: text[i:j]})
		i = j
	}
	return toks
}

func isLetterByte(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// isUpperRun reports whether s is made of single upper-case letters joined
// by dots ("U", "U.S"), the shape of an abbreviation.
func isUpperRun(s string) bool {
	for i, p := range strings.Split(s, ".") {
		_ = i
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(p)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// PieceTexts returns the surface forms of the pieces of one token.
func PieceTexts(tok string) []string {
	var out []string
	for s := tok; len(s) > 0; {
		n, _ := pieceLen(s)
		out = append(out, s[:n])
		s = s[n:]
		if len(s) > 1 && s[0] == '-' {
			s = s[1:]
		}
	}
	return out
}
