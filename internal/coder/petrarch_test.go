package coder

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/actor"
	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/devdata"
	text2 "github.com/sitrep-project/sitrep/internal/text"
)

func TestPetrarchLine(t *testing.T) {
	block := []petrarchVerb{{verb: "restore"}}
	syn := map[string][][]string{"&TIETYPES": {{"diplomatic"}, {"trade"}}}
	tests := []struct {
		name, line string
		want       string // the converted pattern, "" when left out
	}{
		{"object words", "- * DIPLOMATIC TIES [064]", "A restore diplomatic ties (({to|with|...}) R)"},
		{"target before", "- + * IN $ [075]", "R restore in A"},
		{"synset", "- * &TIETYPES_RELATIONS + [903]", "A restore {diplomatic|trade} relations R"},
		{"words before the verb", "- NOT * RELATIONS [112]", "A restore relations (({to|with|...}) R)"},
		{"null code", "- * FXLL [---]", ""},
	}
	if conv, _, _ := petrarchLine("- NOT * RELATIONS [112]", block, syn); !reflect.DeepEqual(conv.pre, [][][]string{{{"not"}}}) {
		t.Errorf("words before the verb: %v", conv.pre)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conv, ok, _ := petrarchLine(tt.line, block, syn)
			got := ""
			if ok {
				got = elemsString(conv.elems[0])
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// elemsString writes elements back in the pattern language, eliding long
// preposition choices.
func elemsString(es []Elem) string {
	var s string
	for i, e := range es {
		if i > 0 {
			s += " "
		}
		switch e.Kind {
		case ElemActor:
			s += "A"
		case ElemRecipient:
			s += "R"
		case ElemWord:
			s += e.Word
		case ElemOption:
			s += "(" + elemsString(e.Seq) + ")"
		case ElemChoice:
			var alts []string
			for _, a := range e.Alts {
				alts = append(alts, elemsString(a))
			}
			if len(alts) > 3 {
				alts = append(alts[:2], "...")
			}
			s += "{"
			for j, a := range alts {
				if j > 0 {
					s += "|"
				}
				s += a
			}
			s += "}"
		}
	}
	return s
}

// TestNewPetrarch loads PETRARCH's validation verb dictionary.
func TestNewPetrarch(t *testing.T) {
	p := devdata.Path(t, "data", "events", "petrarch2", "PETR.Validate.verbs.txt")
	src, err := os.ReadFile(p)
	if err != nil {
		t.Skipf("PETRARCH verbs: %v", err)
	}
	c, err := NewPetrarch(data.Patterns, "PETR.Validate.verbs.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(c.Patterns()); n < 500 {
		t.Errorf("only %d patterns converted", n)
	}
}

// TestNewPetrarchFS loads PETRARCH's full CAMEO verb dictionary by name.
func TestNewPetrarchFS(t *testing.T) {
	dir := devdata.Path(t, "data", "events", "reference")
	if _, err := os.Stat(filepath.Join(dir, "CAMEO.2.0.txt")); err != nil {
		t.Skipf("CAMEO.2.0.txt: %v", err)
	}
	c, err := NewPetrarchFS(data.Patterns, os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(c.Patterns()); n < 5000 {
		t.Errorf("only %d patterns from CAMEO.2.0.txt", n)
	}
}

// TestPetrarchFolder loads a whole folder of PETRARCH dictionaries in
// place of the built-in ones, as "sitrep extract --petrarch DIR" does:
// actors and agents through the actor stage, verbs and discards here.
func TestPetrarchFolder(t *testing.T) {
	dir := devdata.Path(t, "data", "events", "petrarch2")
	if _, err := os.Stat(filepath.Join(dir, "PETR.Validate.verbs.txt")); err != nil {
		t.Skipf("PETRARCH dictionaries: %v", err)
	}
	afs, err := PetrarchActorFS(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fs.Stat(afs, "PETR.Validate.verbs.txt"); err == nil {
		t.Error("the actor files include the verbs")
	}
	actors, err := actor.New(afs, actor.Options{})
	if actors == nil {
		t.Fatal(err)
	}
	c, err := NewPetrarchFS(data.Patterns, os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.discards) == 0 || len(c.storyDiscards) == 0 {
		t.Fatalf("discards not loaded: %d sentence, %d story", len(c.discards), len(c.storyDiscards))
	}
	tg := loadStages(t).tagger
	code := func(text string) []string {
		doc := &article.Doc{Article: article.Article{Text: text, Published: "2014-02-26"}}
		text2.Segment(doc)
		tg.Tag(doc)
		var out []string
		for _, ev := range c.Code(doc, actors.Resolve(doc)) {
			out = append(out, summary(ev))
		}
		return out
	}
	tests := []struct {
		name, text string
		want       int // events
	}{
		{"coded", "Arnor attacked Gondor.", 1},
		{"sentence discard", "Arnor attacked Gondor years later.", 0},
		{"story discard", "Arnor attacked Gondor before the typhoon.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := code(tt.text); len(got) != tt.want {
				t.Errorf("%q: %d events %v, want %d", tt.text, len(got), got, tt.want)
			}
		})
	}
}
