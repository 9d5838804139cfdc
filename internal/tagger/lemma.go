package tagger

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// Lemmatizer turns a word and its Penn Treebank tag into a lower-case lemma:
// first a list of irregular forms per tag (data/models/lemma.txt), then
// suffix rules for plural nouns and inflected verbs, checked against a
// lexicon of base verbs (data/models/verbs.txt) to choose between
// candidates ("used" → "use", "planned" → "plan", "added" → "add"). It is
// immutable and safe for concurrent use.
type Lemmatizer struct {
	irregular map[string]map[string]string // tag prefix → form → lemma
	verbs     map[string]bool
}

// LoadLemmatizer reads the lemmatiser's lists from fsys.
func LoadLemmatizer(fsys fs.FS) (*Lemmatizer, error) {
	l := &Lemmatizer{irregular: map[string]map[string]string{}, verbs: map[string]bool{}}
	for _, p := range []string{LemmaPath, VerbsPath} {
		f, err := fsys.Open(p)
		if err != nil {
			return nil, fmt.Errorf("tagger: %w", err)
		}
		if p == LemmaPath {
			err = l.readIrregular(f)
		} else {
			err = l.readVerbs(f)
		}
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("tagger: %s:%w", p, err)
		}
	}
	return l, nil
}

func (l *Lemmatizer) readIrregular(r io.Reader) error {
	sc := bufio.NewScanner(r)
	section := ""
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			if l.irregular[section] == nil {
				l.irregular[section] = map[string]string{}
			}
			continue
		}
		if section == "" {
			return fmt.Errorf("%d: entry before the first [section]", n)
		}
		fs := strings.Fields(line)
		for _, form := range fs {
			l.irregular[section][form] = fs[0]
		}
	}
	return sc.Err()
}

func (l *Lemmatizer) readVerbs(r io.Reader) error {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		l.verbs[line] = true
	}
	if err := sc.Err(); err != nil {
		return err
	}
	for _, forms := range l.irregular {
		for _, lemma := range forms {
			l.verbs[lemma] = true
		}
	}
	return nil
}

// Lemma returns the lemma of word as tagged with tag, in lower case.
// A nil Lemmatizer returns the lower-cased word.
func (l *Lemmatizer) Lemma(word, tag string) string {
	w := strings.ToLower(strings.ReplaceAll(word, "’", "'"))
	if l == nil {
		return w
	}
	if len(tag) >= 2 {
		if lemma, ok := l.irregular[tag[:2]][w]; ok {
			return lemma
		}
	}
	switch tag {
	case "NNS":
		return l.noun(w)
	case "VBZ":
		return l.verb(w, "s")
	case "VBD", "VBN":
		return l.verb(w, "ed")
	case "VBG":
		return l.verb(w, "ing")
	}
	return w
}

// noun undoes a plural: "policies" → "policy", "taxes" → "tax", "votes" → "vote".
func (l *Lemmatizer) noun(w string) string {
	switch {
	case len(w) < 3 || !endsLetter(w):
		return w
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "zzes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// verb undoes the inflection suffix ("s", "ed" or "ing") of w.
func (l *Lemmatizer) verb(w, suf string) string {
	if !endsLetter(w) {
		return w
	}
	if suf == "s" {
		switch {
		case strings.HasSuffix(w, "ies") && len(w) > 4:
			return w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "es"):
			stem := w[:len(w)-2]
			if l.verbs[stem] && !l.verbs[stem+"e"] {
				return stem
			}
			if !l.verbs[stem+"e"] && (strings.HasSuffix(stem, "ss") || strings.HasSuffix(stem, "x") ||
				strings.HasSuffix(stem, "ch") || strings.HasSuffix(stem, "sh") || strings.HasSuffix(stem, "zz")) {
				return stem
			}
			return w[:len(w)-1]
		case strings.HasSuffix(w, "ss"):
			return w
		case strings.HasSuffix(w, "s"):
			return w[:len(w)-1]
		}
		return w
	}
	if !strings.HasSuffix(w, suf) || len(w) <= len(suf)+1 {
		return w
	}
	stem := w[:len(w)-len(suf)]
	if suf == "ed" && strings.HasSuffix(stem, "i") && len(stem) > 2 {
		return stem[:len(stem)-1] + "y" // tried → try
	}
	undoubled := ""
	if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] && isConsonant(stem[n-1]) {
		undoubled = stem[:n-1]
	}
	// A short stem ending consonant-vowel-consonant would have doubled its
	// last letter ("hopped"), so "hoped" is "hope" even though "hop" is a verb.
	cvc := endsCVC(stem)
	cands := []string{stem, stem + "e"}
	if cvc {
		cands = []string{stem + "e", stem}
	}
	if undoubled != "" {
		cands = append([]string{undoubled}, cands...)
	}
	for _, c := range cands {
		if l.verbs[c] {
			return c
		}
	}
	// An unknown verb: guess from the shape of the stem.
	switch {
	case undoubled != "" && !strings.ContainsRune("lsfz", rune(stem[len(stem)-1])):
		return undoubled
	case cvc && len(stem) <= 4, needsE(stem):
		return stem + "e"
	}
	return stem
}

// needsE reports whether a stem cannot end an English verb without a
// silent e: "pledg", "schedul", "featur", "troubl", "creat", "organiz".
func needsE(stem string) bool {
	for _, suf := range []string{"v", "iz", "yz", "u", "dg", "rg", "ur", "ir", "ul", "rs", "ns", "ps", "ls", "ang", "ot"} {
		if strings.HasSuffix(stem, suf) {
			return true
		}
	}
	n := len(stem)
	switch {
	case strings.HasSuffix(stem, "at") && n > 4:
		return true
	case strings.HasSuffix(stem, "c") && !strings.HasSuffix(stem, "ic"):
		return true
	case n >= 3 && stem[n-1] == 'l' && isConsonant(stem[n-2]) && stem[n-2] != 'l' && stem[n-2] != 'r':
		return true // troubl, settl, handl; not call, curl
	}
	return false
}

func endsLetter(w string) bool {
	c := w[len(w)-1]
	return 'a' <= c && c <= 'z'
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func isConsonant(c byte) bool { return 'a' <= c && c <= 'z' && !isVowel(c) }

// endsCVC reports whether w ends consonant, vowel, consonant (not w, x or y)
// after at most one more letter: "hop", "vot", "stop" but not "visit".
func endsCVC(w string) bool {
	n := len(w)
	if n < 3 || n > 4 {
		return false
	}
	a, b, c := w[n-3], w[n-2], w[n-1]
	return isConsonant(a) && isVowel(b) && isConsonant(c) && !strings.ContainsRune("wxy", rune(c))
}
