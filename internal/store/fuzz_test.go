package store

import (
	"path/filepath"
	"testing"
)

// FuzzQuery checks that whatever a user types as search text or actor,
// Query answers without error: no FTS5 syntax error, no SQL injection.
func FuzzQuery(f *testing.F) {
	s, err := OpenSQLite(f.Context(), filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Put(f.Context(), corpus()); err != nil {
		f.Fatal(err)
	}
	f.Add("water cannon", "PRK")
	f.Add(`"unbalanced`, "kim' OR 1=1 --")
	f.Add("NEAR(a b) AND OR NOT * ^ :", "RUS\x00")
	f.Add("title:x -y", "")
	f.Fuzz(func(t *testing.T, text, actor string) {
		flt := Filter{Text: text, Limit: 10}
		if actor != "" {
			flt.Actors = []string{actor}
		}
		err := s.Query(t.Context(), flt, func(*Report) error { return nil })
		if err != nil {
			t.Errorf("Query(text %q, actor %q): %v", text, actor, err)
		}
	})
}
