package ner

import (
	"slices"
	"testing"

	"github.com/sitrep-project/sitrep/data"
)

// TestVocabularyTrim checks that trimming keeps the forms used most, with
// the same scores, and that the words dropped are scored again alike.
func TestVocabularyTrim(t *testing.T) {
	m, err := Load(data.Models)
	if err != nil {
		t.Fatal(err)
	}
	c := len(m.model.Classes())
	var v vocabulary
	v.prepare(m.model, c)
	form := func(text, tag string) *wordForm {
		w, typ := v.word(text, tag)
		return v.form(m.model, typ, &w)
	}
	uses := []struct {
		text, tag string
		n         int
	}{
		{"Kim", "NNP", 5}, {"said", "VBD", 4}, {"Kim", "NN", 3}, {"the", "DT", 2}, {"Russia", "NNP", 1},
	}
	want := map[string][]float32{}
	for _, u := range uses {
		for range u.n {
			want[u.text+"/"+u.tag] = slices.Clone(form(u.text, u.tag).row)
		}
	}
	v.trim(3)
	if len(v.forms) != 3 || len(v.types) != 2 {
		t.Fatalf("trimmed to 3 forms: %d forms of %d types, want 3 of 2 (Kim, said)", len(v.forms), len(v.types))
	}
	for _, u := range uses {
		kept := u.n >= 3
		if _, ok := v.byText[u.text]; ok != (kept || u.text == "Kim") {
			t.Errorf("%s/%s: type kept %v", u.text, u.tag, ok)
		}
		f := form(u.text, u.tag)
		if got := f.uses; kept && got != int32(u.n-1)/2+1 || !kept && got != 0 {
			t.Errorf("%s/%s: %d uses after the trim and one more", u.text, u.tag, got)
		}
		if !slices.Equal(f.row, want[u.text+"/"+u.tag]) {
			t.Errorf("%s/%s: row changed", u.text, u.tag)
		}
	}
}
