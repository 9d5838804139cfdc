package pipeline

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
)

// TestAnalyzeTimed checks that timing the stages changes nothing in the
// output and charges time to the stages that ran.
func TestAnalyzeTimed(t *testing.T) {
	p := newPipeline(t)
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if len(paths) == 0 {
		t.Fatal("no example dispatches in testdata")
	}
	var times StageTimes
	for _, path := range paths {
		for _, a := range readArticles(t, path) {
			plainArt, timedArt := a, a
			_, plain, err := p.Analyze(context.Background(), &plainArt)
			if err != nil {
				t.Fatal(err)
			}
			_, timed, err := p.AnalyzeTimed(context.Background(), &timedArt, &times)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(marshal(t, plain), marshal(t, timed)) {
				t.Errorf("%s: timed output differs from untimed", path)
			}
		}
	}
	for _, s := range []Stage{StageText, StageTagger, StageNames, StageActors, StageEvents, StageAttribution} {
		if times[s] <= 0 {
			t.Errorf("stage %s: no time charged", s)
		}
	}
	if times.Total() <= 0 {
		t.Error("no time charged in total")
	}
}

func TestStageNames(t *testing.T) {
	seen := map[string]bool{}
	for s := range NumStages {
		name := s.String()
		if name == "" || name == "unknown" || seen[name] {
			t.Errorf("stage %d has name %q", s, name)
		}
		seen[name] = true
	}
	if got := NumStages.String(); got != "unknown" {
		t.Errorf("NumStages.String() = %q, want unknown", got)
	}
}
