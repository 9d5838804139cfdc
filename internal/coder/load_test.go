package coder

import (
	"testing"

	"github.com/sitrep-project/sitrep/data"
)

// TestEmbeddedPatterns loads the patterns shipped in data/patterns and
// checks that every PLOVER type has patterns.
func TestEmbeddedPatterns(t *testing.T) {
	c, err := New(data.Patterns)
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]int{}
	for _, p := range c.Patterns() {
		types[p.Event]++
	}
	for ty := range eventTypes {
		if types[ty] == 0 {
			t.Errorf("no pattern for %s", ty)
		}
	}
	t.Logf("%d patterns", len(c.Patterns()))
}
