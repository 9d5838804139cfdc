package eval

import (
	"strings"
	"testing"
)

func TestPetrarchScore(t *testing.T) {
	src := `<Validation><Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile></Environment>
<Sentences>
<Sentence date="19950101" id="T-1" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor restored ties with Gondor.</Text>
</Sentence>
<!-- <Sentence id="OFF"></Sentence> -->
<Sentence date="19950102" id="T-2" category="DEMO" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
</Sentences></Validation>`
	env, recs, err := ReadPetrarch(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if env.Verbs != "v.txt" || env.Actors != "a.txt" || len(recs) != 2 || recs[0].Date != "1995-01-01" || len(recs[1].Gold) != 0 {
		t.Fatalf("env %+v records %+v", env, recs)
	}
	var s PetrarchScore
	if !s.Add(recs[0], []PetrarchCoding{{"ARN", "GON", "064"}}) {
		t.Error("exact coding not fully correct")
	}
	if s.Add(recs[1], []PetrarchCoding{{"ARN", "GON", "061"}}) {
		t.Error("spurious coding counted correct")
	}
	if s.FullyCorrect != 1 || s.Triples != (PetrarchCounts{TP: 1, FP: 1}) || s.Roots != (PetrarchCounts{TP: 1, FP: 1}) {
		t.Errorf("score %+v", s)
	}
}
