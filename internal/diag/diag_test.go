package diag

import (
	"fmt"
	"testing"
)

func TestList(t *testing.T) {
	var l List
	if l.Err() != nil {
		t.Fatal("empty list: Err() is not nil")
	}
	l.Add("b.txt", 3, "third")
	l.Addf("a.txt", 10, "ten %q", "x")
	l.Add("a.txt", 2, "two")
	err := fmt.Errorf("coder: %w", l.Err())
	want := "coder: a.txt:2: two\na.txt:10: ten \"x\"\nb.txt:3: third"
	if err.Error() != want {
		t.Errorf("got\n%s\nwant\n%s", err, want)
	}
	got, ok := As(err)
	if !ok || len(got) != 3 || got[0].Line != 2 || got[2].File != "b.txt" {
		t.Errorf("As(%v) = %v, %v", err, got, ok)
	}
	if _, ok := As(fmt.Errorf("plain")); ok {
		t.Error("As(plain error) = true")
	}
}
