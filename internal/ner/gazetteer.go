package ner

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"

	pc "github.com/sitrep-project/sitrep/internal/perceptron"
)

// GazetteerPath is where LoadGazetteer finds the name list in its fs.FS.
const GazetteerPath = "models/names.txt"

// Gazetteer is a list of known names (data/models/names.txt) whose matches
// become features of the model: the model learns how far to trust them, so
// "Jordan" the country and Jordan the player can still be told apart.
type Gazetteer struct {
	first map[string][]gazName // by first word, longest first
	// initial[b] says whether a name starts with byte b: most words
	// (lower case, punctuation) do not, and need no lookup in first.
	initial [256]bool
}

type gazName struct {
	words []string
	typ   string
}

// LoadGazetteer reads the name list from fsys.
func LoadGazetteer(fsys fs.FS) (*Gazetteer, error) {
	f, err := fsys.Open(GazetteerPath)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	g, err := ReadGazetteer(f)
	if err != nil {
		return nil, fmt.Errorf("ner: %s:%w", GazetteerPath, err)
	}
	return g, nil
}

// ReadGazetteer reads lines "TYPE<TAB>name"; blank lines and lines starting
// with # are skipped. The name's words are separated by spaces.
func ReadGazetteer(r io.Reader) (*Gazetteer, error) {
	g := &Gazetteer{first: map[string][]gazName{}}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		typ, name, ok := strings.Cut(line, "\t")
		if !ok || !slices.Contains(Types, typ) || strings.TrimSpace(name) == "" {
			return nil, fmt.Errorf("%d: want TYPE<TAB>name with TYPE one of %v", n, Types)
		}
		words := strings.Fields(name)
		g.first[words[0]] = append(g.first[words[0]], gazName{words: words, typ: typ})
		g.initial[words[0][0]] = true
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, ns := range g.first {
		slices.SortStableFunc(ns, func(a, b gazName) int { return len(b.words) - len(a.words) })
	}
	return g, nil
}

// mark sets the gaz hash of each word covered by a match, taking the
// longest match from left to right: "U-GPE" for one word, "B-GPE",
// "I-GPE", "L-GPE" for the words of a longer one.
func (g *Gazetteer) mark(ws []word) {
	if g == nil {
		return
	}
	for i := 0; i < len(ws); {
		if text := ws[i].text; text == "" || !g.initial[text[0]] {
			i++
			continue
		}
		n := 0
		for _, name := range g.first[ws[i].text] {
			if matches(ws[i:], name.words) {
				n = len(name.words)
				if n == 1 {
					ws[i].gaz = pc.String("U-" + name.typ)
				} else {
					ws[i].gaz = pc.String("B-" + name.typ)
					for k := i + 1; k < i+n-1; k++ {
						ws[k].gaz = pc.String("I-" + name.typ)
					}
					ws[i+n-1].gaz = pc.String("L-" + name.typ)
				}
				break
			}
		}
		i += max(n, 1)
	}
}

func matches(ws []word, name []string) bool {
	if len(ws) < len(name) {
		return false
	}
	for k, w := range name {
		if ws[k].text != w {
			return false
		}
	}
	return true
}
