package ner

import (
	"strings"

	pc "github.com/sitrep-project/sitrep/internal/perceptron"
)

// wordScores keeps, for each word seen (its text, tag and gazetteer
// match), the scores of its features in every role (see roleFeatures): a
// word's emission scores are then five rows added together and the few
// joint features, where scoring them all would look up some twenty
// features in a model larger than the cache.
type wordScores struct {
	c       int
	index   map[uint64]int32 // by wordKey
	entries []wordEntry
	arena   []float32 // the rows of the latest entries
	// start and end are the rows of the words beyond a sentence's ends.
	start, end []float32
}

type wordEntry struct {
	text     string
	tag, gaz uint64
	row      []float32 // nRoles × c scores, role by role
	trans    []float32 // the transition scores of its tag and shape (see lattice.pair)
}

// maxWords bounds the words kept between calls.
const maxWords = 1 << 14

// arenaRows is the number of rows allocated at once.
const arenaRows = 256

// reset empties ws when it holds scores of another model shape or too
// many words; m's weights never change, so nothing else makes a row stale.
func (ws *wordScores) reset(m *pc.Model, c int) {
	if ws.c == c && ws.index != nil && len(ws.entries) < maxWords {
		return
	}
	ws.c = c
	ws.index = make(map[uint64]int32)
	ws.entries = ws.entries[:0]
	ws.arena = nil
	ws.start = ws.compute(m, &startWord)
	ws.end = ws.compute(m, &endWord)
}

// entry returns the entry of w, its row holding its scores in every
// role, role r at [r*c:(r+1)*c]. The entry's trans is nil until set.
func (ws *wordScores) entry(m *pc.Model, w *word) *wordEntry {
	k := wordKey(w)
	if i, ok := ws.index[k]; ok {
		if e := &ws.entries[i]; e.text == w.text && e.tag == w.tag && e.gaz == w.gaz {
			return e
		}
		// Another word with the same key: not kept.
		return &wordEntry{text: w.text, tag: w.tag, gaz: w.gaz, row: ws.compute(m, w)}
	}
	ws.index[k] = int32(len(ws.entries))
	// The text is cloned: the scores outlive the text they came from.
	ws.entries = append(ws.entries, wordEntry{text: strings.Clone(w.text), tag: w.tag, gaz: w.gaz, row: ws.compute(m, w)})
	return &ws.entries[len(ws.entries)-1]
}

// wordKey hashes what a word's features are built from: the exact text
// (with its shape, which tells "US" from "U.S."), its tag and its
// gazetteer match.
func wordKey(w *word) uint64 {
	return pc.Mix(pc.Mix(pc.Mix(w.exact, w.shape), w.tag), w.gaz)
}

// compute scores w in every role into a new row.
func (ws *wordScores) compute(m *pc.Model, w *word) []float32 {
	c := ws.c
	if len(ws.arena)+nRoles*c > cap(ws.arena) {
		ws.arena = make([]float32, 0, arenaRows*nRoles*c)
	}
	row := ws.arena[len(ws.arena) : len(ws.arena)+nRoles*c]
	ws.arena = ws.arena[:len(ws.arena)+nRoles*c]
	var feats [16]uint64
	for r := range nRoles {
		m.Score(roleFeatures(feats[:0], w, r), row[r*c:(r+1)*c])
	}
	return row
}
