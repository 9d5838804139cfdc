package coder_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/pipeline"
)

// dispatch is one dispatch of testdata/dispatches.txt with its gold events.
type dispatch struct {
	id, date, place string
	paras           []string
	gold            []goldEvent
}

// goldEvent is an expected event: any of types, between two countries.
type goldEvent struct {
	types             []string
	actor, recip, mod string
}

func (g goldEvent) String() string {
	return fmt.Sprintf("%s %s -> %s %s", strings.Join(g.types, "|"), g.actor, g.recip, g.mod)
}

// triple is what is scored: PLOVER type, actor country, recipient country.
type triple struct{ typ, actor, recip string }

func readDispatches(t *testing.T) []dispatch {
	t.Helper()
	f, err := os.Open("testdata/dispatches.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []dispatch
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "=== "):
			f := strings.Fields(l[4:])
			if len(f) < 3 {
				t.Fatalf("dispatches.txt:%d: want === ID DATE PLACE", n)
			}
			out = append(out, dispatch{id: f[0], date: f[1], place: strings.Join(f[2:], " ")})
		case len(out) == 0:
			t.Fatalf("dispatches.txt:%d: text before the first ===", n)
		case strings.HasPrefix(l, "> "):
			d := &out[len(out)-1]
			d.paras = append(d.paras, l[2:])
		case strings.HasPrefix(l, "= "):
			f := strings.Fields(l[2:])
			if len(f) != 4 {
				t.Fatalf("dispatches.txt:%d: want = TYPE ACTOR RECIPIENT MODALITY", n)
			}
			d := &out[len(out)-1]
			d.gold = append(d.gold, goldEvent{types: strings.Split(f[0], "|"), actor: f[1], recip: f[2], mod: f[3]})
		default:
			t.Fatalf("dispatches.txt:%d: unknown line %q", n, l)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// country is what an actor reference is scored by: its country, IGO for
// intergovernmental organisations, else the start of its CAMEO code.
func country(r article.ActorRef) string {
	if r.Country != "" {
		return r.Country
	}
	if len(r.Code) >= 3 {
		return r.Code[:3]
	}
	return "?"
}

// triples expands events into (type, actor, recipient) triples, one per
// actor and recipient pair, each once, with the modality of its first event.
func triples(evs []article.Event) ([]triple, map[triple]string) {
	var out []triple
	mods := map[triple]string{}
	for _, ev := range evs {
		recips := []string{"-"}
		if len(ev.Recipient) > 0 {
			recips = recips[:0]
			for _, r := range ev.Recipient {
				recips = append(recips, country(r))
			}
		}
		for _, a := range ev.Actor {
			for _, r := range recips {
				tr := triple{ev.Event, country(a), r}
				if _, dup := mods[tr]; !dup {
					out = append(out, tr)
					mods[tr] = ev.Modality
				}
			}
		}
	}
	return out, mods
}

func (g goldEvent) matches(tr triple) bool {
	return slices.Contains(g.types, tr.typ) && g.actor == tr.actor && g.recip == tr.recip
}

// TestDispatches runs the whole pipeline over short dispatches written by
// the sitrep authors and scores the events against the gold codings of a
// careful human coder: precision and recall over (type, actor country,
// recipient country). The floors sit just under what the coder reaches;
// -v lists every miss and every event without gold.
func TestDispatches(t *testing.T) {
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ds := readDispatches(t)
	if len(ds) < 30 {
		t.Fatalf("%d dispatches, want at least 30", len(ds))
	}
	var nGold, nFound, nPred, nRight, nMod int
	for _, d := range ds {
		text := strings.Join(d.paras, "\n\n")
		a := &article.Article{Text: text, Dateline: article.Dateline{Place: d.place, Date: d.date}}
		res, err := p.Run(context.Background(), a)
		if err != nil {
			t.Fatalf("%s: %v", d.id, err)
		}
		pred, mods := triples(res.Events)
		for _, g := range d.gold {
			nGold++
			i := slices.IndexFunc(pred, g.matches)
			if i < 0 {
				t.Logf("%s: missed %s", d.id, g)
				continue
			}
			nFound++
			if mods[pred[i]] == g.mod {
				nMod++
			}
		}
		for _, tr := range pred {
			nPred++
			if slices.ContainsFunc(d.gold, func(g goldEvent) bool { return g.matches(tr) }) {
				nRight++
				continue
			}
			t.Logf("%s: no gold for %s %s -> %s %s", d.id, tr.typ, tr.actor, tr.recip, mods[tr])
		}
	}
	precision := float64(nRight) / float64(max(nPred, 1))
	recall := float64(nFound) / float64(max(nGold, 1))
	f1 := 2 * precision * recall / max(precision+recall, 1e-9)
	t.Logf("%d dispatches: precision %.3f (%d/%d), recall %.3f (%d/%d), F1 %.3f; modality right on %d of %d found",
		len(ds), precision, nRight, nPred, recall, nFound, nGold, f1, nMod, nFound)
	const minPrecision, minRecall = 0.75, 0.60
	if precision < minPrecision || recall < minRecall {
		t.Errorf("precision %.3f, recall %.3f: want at least %.2f and %.2f", precision, recall, minPrecision, minRecall)
	}
}
