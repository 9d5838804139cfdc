package geo

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/tagger"
)

// TestLocateEventsClauses: a place in another clause does not locate the
// event; the clause is told by the part-of-speech tags the pipeline adds.
func TestLocateEventsClauses(t *testing.T) {
	g := testGazetteer(t)
	tg, err := tagger.Load(data.Models)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, text, evidence, want string
	}{
		{"infinitive after the event", "Kim slammed a decision to let Ukraine strike targets inside Russia.", "Kim slammed a decision", ""},
		{"subordinate clause before the event", "A delegation arrived in Pyongyang on Friday, amid concern after Seoul sent troops abroad.", "Seoul sent troops", ""},
		{"same clause", "A delegation arrived in Pyongyang on Friday.", "A delegation arrived", "Pyongyang"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := newDoc(c.text, "")
			tg.Tag(doc)
			start := strings.Index(c.text, c.evidence)
			ev := eventAt(t, doc, c.evidence) // the sentence ...
			ev.Evidence.Start, ev.Evidence.End = start, start+len(c.evidence)
			ev.Evidence.Text = c.evidence // ... narrowed to the words of the event
			events := []article.Event{ev}
			LocateEvents(doc, g.Places(doc, nil), events)
			got := ""
			if events[0].Location != nil {
				got = events[0].Location.Name
			}
			if got != c.want {
				t.Errorf("located at %q, want %q", got, c.want)
			}
		})
	}
}
