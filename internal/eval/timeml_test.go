package eval

import (
	"os"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/article"
)

func TestParseTimeML(t *testing.T) {
	src, err := os.ReadFile("testdata/timeml_sample.tml")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ParseTimeML("timeml_sample.tml", src)
	if err != nil {
		t.Fatal(err)
	}
	if !doc.HasDCT || doc.DCT.Format("2006-01-02") != "2024-11-30" {
		t.Errorf("DCT = %v (%v), want 2024-11-30", doc.DCT, doc.HasDCT)
	}
	want := []TimeMLTimex{
		{Text: "Friday", Type: "DATE", Value: "2024-11-29"},
		{Text: "three days", Type: "DURATION", Value: "P3D"},
		{Text: "last month", Type: "DATE", Value: "2024-10"},
	}
	if len(doc.Gold) != len(want) {
		t.Fatalf("got %d gold TIMEX3s, want %d (the DCT is not one): %+v", len(doc.Gold), len(want), doc.Gold)
	}
	for i, g := range doc.Gold {
		if doc.Text[g.Start:g.End] != g.Text || g.Text != want[i].Text || g.Type != want[i].Type || g.Value != want[i].Value {
			t.Errorf("gold %d = %+v, want %+v", i, g, want[i])
		}
	}
	if got := doc.Text[doc.Gold[0].End : doc.Gold[0].End+3]; got != " & " {
		t.Errorf("entities not decoded: %q", got)
	}
}

func TestCompareTimeML(t *testing.T) {
	gold := []TimeMLTimex{
		{Start: 10, End: 16, Type: "DATE", Value: "2024-11-29"}, // matched exactly, right value
		{Start: 30, End: 40, Type: "DURATION", Value: "P3D"},    // matched loosely, wrong value
		{Start: 50, End: 60, Type: "DATE", Value: "2024-10"},    // missed
	}
	sys := []article.Time{
		{Start: 10, End: 16, Type: "DATE", Value: "2024-11-29"},
		{Start: 26, End: 40, Type: "DURATION", Value: "P4D"},
		{Start: 70, End: 75, Type: "DATE", Value: "2024"}, // false alarm
	}
	var s TimeMLScore
	s.Add(CompareTimeML(gold, sys))
	want := TimeMLScore{Gold: 3, System: 3, Strict: 1, Relaxed: 2, Value: 1, Type: 2}
	if s != want {
		t.Fatalf("score = %+v, want %+v", s, want)
	}
	tests := []struct {
		name string
		got  TimeMLPRF
		want TimeMLPRF
	}{
		{"strict", s.StrictExtent(), TimeMLPRF{P: 1.0 / 3, R: 1.0 / 3, F1: 1.0 / 3}},
		{"relaxed", s.RelaxedExtent(), TimeMLPRF{P: 2.0 / 3, R: 2.0 / 3, F1: 2.0 / 3}},
		{"value", s.ValueF1(), TimeMLPRF{P: 1.0 / 3, R: 1.0 / 3, F1: 1.0 / 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			close := func(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
			if !close(tt.got.P, tt.want.P) || !close(tt.got.R, tt.want.R) || !close(tt.got.F1, tt.want.F1) {
				t.Errorf("got %+v, want %+v", tt.got, tt.want)
			}
		})
	}
	if acc := s.ValueAccuracy(); acc != 0.5 {
		t.Errorf("value accuracy = %v, want 0.5", acc)
	}
}

func TestEvalTimeMLDirSkipsDuplicates(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("testdata/timeml_sample.tml")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"A", "testpipeline"} {
		if err := os.MkdirAll(dir+"/"+p, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dir+"/"+p+"/x.tml", src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	none := func(string, time.Time, bool) []article.Time { return nil }
	files, err := EvalTimeMLDir(dir, none)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].Group != "A" {
		t.Fatalf("got %d files (first group %q), want the one under A", len(files), files[0].Group)
	}
	s := TimeMLScores(files)
	if s[""].Gold != 3 || s["A"].Gold != 3 || s[""].Files != 1 {
		t.Errorf("scores = %+v", s)
	}
}
