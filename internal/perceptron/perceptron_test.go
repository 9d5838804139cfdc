package perceptron_test

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	pc "github.com/sitrep-project/sitrep/internal/perceptron"
)

// toy is a small labelling problem: the class of a word is decided by its
// last letter, which a perceptron learns in a few passes.
var toy = []struct {
	word  string
	class int
}{
	{"cats", 1}, {"dogs", 1}, {"cat", 0}, {"dog", 0}, {"runs", 1}, {"run", 0},
	{"trees", 1}, {"tree", 0}, {"birds", 1}, {"bird", 0},
}

func toyFeatures(w string) []uint64 {
	return []uint64{
		pc.Template(0),
		pc.Mix(pc.Template(1), pc.String(w)),
		pc.Mix(pc.Template(2), pc.String(pc.Suffix(w, 1))),
	}
}

func train(t *testing.T) *pc.Model {
	t.Helper()
	tr, err := pc.NewTrainer([]string{"SING", "PLUR"})
	if err != nil {
		t.Fatal(err)
	}
	tr.SetLexicon(map[string]int{"sheep": 0})
	scores := make([]float32, 2)
	for range 5 {
		for _, ex := range toy {
			f := toyFeatures(ex.word)
			tr.Update(f, ex.class, tr.Predict(f, scores))
		}
	}
	return tr.Average(0)
}

func TestTrainPredict(t *testing.T) {
	m := train(t)
	scores := make([]float32, 2)
	tests := []struct {
		word string
		want int
	}{
		{"cats", 1}, {"cat", 0}, {"bats", 1}, {"bat", 0}, // bat(s): unseen, decided by the suffix
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			if got := m.Predict(toyFeatures(tc.word), scores); got != tc.want {
				t.Errorf("Predict(%q) = %s, want %s", tc.word, m.Classes()[got], m.Classes()[tc.want])
			}
		})
	}
	if c, ok := m.Lookup("sheep"); !ok || c != 0 {
		t.Errorf("Lookup(sheep) = %d, %v; want 0, true", c, ok)
	}
	if _, ok := m.Lookup("goats"); ok {
		t.Error("Lookup(goats) found a class")
	}
	if m.Class("PLUR") != 1 || m.Class("NONE") != -1 {
		t.Errorf("Class: PLUR = %d, NONE = %d", m.Class("PLUR"), m.Class("NONE"))
	}
}

// TestRoundTrip checks that a written and re-read model scores like the
// original (within the 16-bit quantisation) and writes the same bytes.
func TestRoundTrip(t *testing.T) {
	m := train(t)
	var b1 bytes.Buffer
	if _, err := m.WriteTo(&b1); err != nil {
		t.Fatal(err)
	}
	m2, err := pc.Read(bytes.NewReader(b1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.Classes(), m2.Classes()) || m.Features() != m2.Features() {
		t.Fatalf("classes %v / %v, features %d / %d", m.Classes(), m2.Classes(), m.Features(), m2.Features())
	}
	s1, s2 := make([]float32, 2), make([]float32, 2)
	for _, ex := range toy {
		f := toyFeatures(ex.word)
		m.Score(f, s1)
		m2.Score(f, s2)
		for c := range s1 {
			if d := s1[c] - s2[c]; d > 1e-3 || d < -1e-3 {
				t.Errorf("%s: class %d scores %v then %v", ex.word, c, s1[c], s2[c])
			}
		}
	}
	if c, ok := m2.Lookup("sheep"); !ok || c != 0 {
		t.Errorf("re-read Lookup(sheep) = %d, %v", c, ok)
	}
	var b2 bytes.Buffer
	if _, err := m2.WriteTo(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("writing a re-read model gives other bytes")
	}
}

func TestNewTrainerErrors(t *testing.T) {
	for _, n := range []int{0, pc.MaxClasses + 1} {
		if _, err := pc.NewTrainer(make([]string, n)); err == nil {
			t.Errorf("NewTrainer with %d classes: no error", n)
		}
	}
}

// FuzzRead feeds Read arbitrary bytes: it must return a model or an error,
// never panic.
func FuzzRead(f *testing.F) {
	tr, _ := pc.NewTrainer([]string{"A", "B", "C"})
	tr.SetLexicon(map[string]int{"x": 2})
	scores := make([]float32, 3)
	for i, w := range []string{"a", "b", "c", "ab"} {
		feats := []uint64{pc.String(w)}
		tr.Update(feats, i%3, tr.Predict(feats, scores))
	}
	var b bytes.Buffer
	tr.Average(0).WriteTo(&b)
	f.Add(b.Bytes())
	f.Add([]byte{})
	f.Add([]byte("sitrep-perceptron/1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := pc.Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		m.Score([]uint64{pc.String("a"), 1, 0}, make([]float32, len(m.Classes())))
	})
}

func TestHashes(t *testing.T) {
	if pc.Lower("Kim") != pc.String("kim") {
		t.Error("Lower(Kim) != String(kim)")
	}
	if pc.Mix(pc.Template(1), pc.String("a")) == pc.Mix(pc.Template(2), pc.String("a")) {
		t.Error("templates 1 and 2 give the same feature")
	}
	tests := []struct{ in, suf2, pre2 string }{
		{"Kim", "im", "Ki"}, {"“", "“", "“"}, {"Zelenskyy’s", "’s", "Ze"}, {"", "", ""},
	}
	for _, tc := range tests {
		if got := pc.Suffix(tc.in, 2); got != tc.suf2 {
			t.Errorf("Suffix(%q, 2) = %q, want %q", tc.in, got, tc.suf2)
		}
		if got := pc.Prefix(tc.in, 2); got != tc.pre2 {
			t.Errorf("Prefix(%q, 2) = %q, want %q", tc.in, got, tc.pre2)
		}
	}
	if pc.Shape("Kim") != pc.Shape("Belousov") || pc.Shape("Kim") == pc.Shape("kim") || pc.Shape("U.S.") == pc.Shape("US") {
		t.Error("Shape does not tell Xx from x or X.X. from X")
	}
}

// TestScoreAdd checks that scoring some features and adding the others
// gives exactly the scores of all of them, wherever the list is split.
func TestScoreAdd(t *testing.T) {
	m := train(t)
	for _, w := range []string{"cats", "cat", "bats", "sheep"} {
		feats := toyFeatures(w)
		want := make([]float32, 2)
		m.Score(feats, want)
		for k := range len(feats) + 1 {
			t.Run(fmt.Sprintf("%s/%d", w, k), func(t *testing.T) {
				got := make([]float32, 2)
				m.Score(feats[:k], got)
				m.Add(feats[k:], got)
				if !slices.Equal(got, want) {
					t.Errorf("Score(feats[:%d]) + Add(feats[%d:]) = %v, want %v", k, k, got, want)
				}
			})
		}
	}
}

func TestLoad(t *testing.T) {
	m := train(t)
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"models/toy.model": {Data: b.Bytes()},
		"models/bad.model": {Data: []byte("not gzip")},
	}
	got, err := pc.Load(fsys, "models/toy.model")
	if err != nil || got.Features() != m.Features() {
		t.Fatalf("Load: %v, %v features, want %d", err, got, m.Features())
	}
	if _, err := pc.Load(fsys, "models/bad.model"); err == nil || !strings.Contains(err.Error(), "models/bad.model") {
		t.Errorf("Load of a corrupt file: %v, want an error naming it", err)
	}
	if _, err := pc.Load(fsys, "models/none.model"); err == nil {
		t.Error("Load of a missing file: no error")
	}
}
