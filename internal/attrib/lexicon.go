// Package attrib finds who says what in an article: quotes, reported
// speech and the stance of each source toward what it reports, links every
// event to the frame it is reported in, and pairs claims with their denials.
package attrib

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/diag"
)

// cueKind says how a cue relates to its source.
type cueKind int

const (
	cueVerb cueKind = iota // SOURCE said CONTENT / CONTENT, SOURCE said
	cueNoun                // a noun naming a statement: "US assessments"
	cuePrep                // according to SOURCE, CONTENT
	cueAdj                 // SOURCE is concerned that CONTENT
)

// stanceNeutral is a cue that asserts for a speaker and reports for a medium.
const stanceNeutral = "neutral"

// cue is one lexicon entry.
type cue struct {
	kind   cueKind
	lemma  string
	stance string
	words  []string // for prep: the phrase's words
}

// Lexicon is the loaded cue dictionary.
type Lexicon struct {
	forms map[string]*cue // lower-case surface form → verb, noun or adj cue
	preps []*cue
}

// LoadLexicon reads every *.tsv file in fsys (data.Cues, or a directory
// laid out the same way).
func LoadLexicon(fsys fs.FS) (*Lexicon, error) {
	lex := &Lexicon{forms: map[string]*cue{}}
	var errs diag.List
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".tsv" {
			return err
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		errs = append(errs, lex.parse(p, src)...)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("attrib: %w", err)
	}
	if err := errs.Err(); err != nil {
		return nil, fmt.Errorf("attrib: %w", err)
	}
	if len(lex.forms) == 0 {
		return nil, fmt.Errorf("attrib: no cues found")
	}
	return lex, nil
}

var stances = map[string]bool{
	stanceNeutral: true, article.StanceAsserts: true, article.StanceReports: true, article.StanceAssesses: true,
	article.StanceClaims: true, article.StanceDenies: true, article.StanceNotConfirmed: true, article.StanceHypothesises: true,
}

func (lex *Lexicon) parse(name string, src []byte) diag.List {
	var errs diag.List
	sc := bufio.NewScanner(bytes.NewReader(src))
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 4 {
			errs.Addf(name, line, "want 4 tab-separated fields (kind, lemma, stance, forms), got %d", len(f))
			continue
		}
		c := &cue{lemma: f[1], stance: f[2]}
		if !stances[c.stance] {
			errs.Addf(name, line, "unknown stance %q", c.stance)
			continue
		}
		switch f[0] {
		case "verb":
			c.kind = cueVerb
		case "noun":
			c.kind = cueNoun
		case "adj":
			c.kind = cueAdj
		case "prep":
			c.kind = cuePrep
			c.words = strings.Fields(strings.ToLower(f[3]))
			lex.preps = append(lex.preps, c)
			continue
		default:
			errs.Addf(name, line, "unknown kind %q (want verb, noun, adj or prep)", f[0])
			continue
		}
		for _, form := range strings.Fields(strings.ToLower(f[3])) {
			lex.forms[form] = c
		}
	}
	return errs
}

// form returns the verb, noun or adjective cue a word is a form of, or
// nil. It lower-cases ASCII in a stack buffer, without allocating: the
// lookup runs for every token.
func (lex *Lexicon) form(word string) *cue {
	var buf [24]byte
	if len(word) > len(buf) {
		return lex.forms[strings.ToLower(word)]
	}
	b := buf[:len(word)]
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return lex.forms[string(b)]
}
