package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/sitrep-project/sitrep/internal/article"
)

// backend opens a fresh, empty Store of one kind for a test.
type backend struct {
	name string
	open func(t *testing.T) Store
}

// backends returns SQLite and, when SITREP_TEST_POSTGRES names a reachable
// server, PostgreSQL: every test in this file runs against both.
func backends(t *testing.T) []backend {
	bs := []backend{{"sqlite", func(t *testing.T) Store {
		s, err := OpenSQLite(t.Context(), filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}}}
	url := os.Getenv("SITREP_TEST_POSTGRES")
	if url == "" {
		t.Log("SITREP_TEST_POSTGRES is unset: skipping PostgreSQL")
		return bs
	}
	return append(bs, backend{"postgres", func(t *testing.T) Store {
		return openPostgresSchema(t, url)
	}})
}

// openPostgresSchema opens a Postgres store in a schema of its own, dropped
// when the test ends, so that parallel test runs never meet.
func openPostgresSchema(t *testing.T, url string) *Postgres {
	t.Helper()
	s, _ := openPostgresSchemaURL(t, url)
	return s
}

// openPostgresSchemaURL is openPostgresSchema that also returns the URL of
// the schema, for opening it again.
func openPostgresSchemaURL(t *testing.T, url string) (*Postgres, string) {
	t.Helper()
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatalf("SITREP_TEST_POSTGRES: %v", err)
	}
	admin := stdlib.OpenDB(*cfg)
	t.Cleanup(func() { admin.Close() })
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	if err := admin.PingContext(ctx); err != nil {
		t.Skipf("PostgreSQL at SITREP_TEST_POSTGRES is unreachable: %v", err)
	}
	schema := fmt.Sprintf("sitrep_test_%d_%d", os.Getpid(), time.Now().UnixNano())
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Exec("DROP SCHEMA " + schema + " CASCADE") })
	sep := "?"
	if bytes.ContainsRune([]byte(url), '?') {
		sep = "&"
	}
	url += sep + "search_path=" + schema
	s, err := OpenPostgres(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, url
}

func put(t *testing.T, s Store, es ...Entry) []Outcome {
	t.Helper()
	outs, err := s.Put(t.Context(), es)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range outs {
		if o.Err != nil {
			t.Fatalf("put %s: %v", o.ID, o.Err)
		}
	}
	return outs
}

func dump(t *testing.T, s Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.Dump(t.Context(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestPutIsIdempotent(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t)
			es := corpus()
			outs := put(t, s, es...)
			for _, o := range outs {
				if !o.New {
					t.Errorf("first put of %s: not new", o.ID)
				}
			}
			first := dump(t, s)
			// Again, as a batch and one by one: nothing new, nothing changes.
			for _, o := range put(t, s, corpus()...) {
				if o.New {
					t.Errorf("second put of %s: new", o.ID)
				}
			}
			for _, e := range corpus() {
				put(t, s, e)
			}
			if got := dump(t, s); got != first {
				t.Errorf("dump changed after re-put:\n%s", diffLines(first, got))
			}
		})
	}
}

func TestDumpIndependentOfOrder(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			s1, s2 := b.open(t), b.open(t)
			es := corpus()
			put(t, s1, es...)
			slices.Reverse(es)
			for _, e := range es {
				put(t, s2, e)
			}
			if d1, d2 := dump(t, s1), dump(t, s2); d1 != d2 {
				t.Errorf("dumps differ with insertion order:\n%s", diffLines(d1, d2))
			}
		})
	}
}

func TestStats(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t)
			put(t, s, corpus()...)
			got, err := s.Stats(t.Context(), 0)
			if err != nil {
				t.Fatal(err)
			}
			want := &Stats{
				Articles: 6, Originals: 5, Events: 3, Reports: 6, Entities: 6, Disputes: 1,
				ByType: []Count{{"CONSULT", 1}, {"MOBILIZE", 1}, {"PROTEST", 1}},
				ByDyad: []Count{{"BELAGR > IGOEUR", 1}, {"PRK > RUS", 1}, {"PRKGOV > RUSGOVMIL", 1}},
				ByDay:  []Count{{"2024-11-29", 1}, {"2024-11-26", 1}, {"2024-10-01", 1}},
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("Stats:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

// reportKey names a report for comparing query results.
func reportKey(r *Report) string {
	return fmt.Sprintf("%s/%s %s reports=%d sources=%d disputed=%v first=%s", r.Article.Publisher, r.Event.ID,
		r.Event.Event, r.Cluster.Reports, r.Cluster.Sources, r.Cluster.Disputed, r.Cluster.FirstSeen)
}

func TestQuery(t *testing.T) {
	const (
		yonhapMeet  = "Yonhap/V1 CONSULT reports=2 sources=3 disputed=false first=2024-11-30"
		ktMeet      = "Korea Times/V1 CONSULT reports=2 sources=3 disputed=false first=2024-11-30"
		reutersMeet = "Reuters/V1 CONSULT reports=2 sources=3 disputed=false first=2024-11-30"
		yonhapTroop = "Yonhap/V1 MOBILIZE reports=2 sources=2 disputed=true first=2024-11-04"
		tassTroop   = "TASS/V1 MOBILIZE reports=2 sources=2 disputed=true first=2024-11-04"
		protest     = "Le Soir/V1 PROTEST reports=1 sources=1 disputed=false first=2024-11-27"
	)
	tests := []struct {
		name   string
		filter Filter
		want   []string
	}{
		{"all", Filter{}, []string{reutersMeet, ktMeet, yonhapMeet, protest, tassTroop, yonhapTroop}},
		{"limit", Filter{Limit: 2}, []string{reutersMeet, ktMeet}},
		{"actor code prefix", Filter{Actors: []string{"PRK"}}, []string{reutersMeet, ktMeet, yonhapMeet, tassTroop, yonhapTroop}},
		{"actor full code", Filter{Actors: []string{"PRKGOV"}}, []string{reutersMeet, ktMeet, yonhapMeet}},
		{"actor name", Filter{Actors: []string{"kim jong un"}}, []string{reutersMeet, ktMeet, yonhapMeet}},
		{"actor name case", Filter{Actors: []string{"Kim Jong Un"}}, []string{reutersMeet, ktMeet, yonhapMeet}},
		{"recipient", Filter{Recipients: []string{"IGO"}}, []string{protest}},
		{"dyad", Filter{Actors: []string{"PRK"}, Recipients: []string{"RUS"}}, []string{reutersMeet, ktMeet, yonhapMeet, tassTroop, yonhapTroop}},
		{"dyad reversed", Filter{Actors: []string{"RUS"}, Recipients: []string{"PRK"}}, nil},
		{"type", Filter{Events: []string{"protest", "MOBILIZE"}}, []string{protest, tassTroop, yonhapTroop}},
		{"mode", Filter{Mode: "visit"}, []string{reutersMeet, ktMeet, yonhapMeet}},
		{"context", Filter{Context: "economic"}, []string{protest}},
		{"from", Filter{From: "2024-11-26"}, []string{reutersMeet, ktMeet, yonhapMeet, protest}},
		{"to", Filter{To: "2024-10-15"}, []string{tassTroop, yonhapTroop}},
		{"month overlaps range", Filter{From: "2024-10-20", To: "2024-10-21"}, []string{tassTroop, yonhapTroop}},
		{"actor and range", Filter{Actors: []string{"PRKGOV"}, From: "2024-11-30", To: "2024-12-31"}, []string{reutersMeet}},
		{"place", Filter{Place: "brussels"}, []string{protest}},
		{"country", Filter{Country: "prk"}, []string{reutersMeet, ktMeet, yonhapMeet}},
		{"source publisher", Filter{Source: "tass"}, []string{tassTroop}},
		{"source attributed", Filter{Source: "KCNA"}, []string{reutersMeet, ktMeet, yonhapMeet}},
		{"stance", Filter{Stance: "denies"}, []string{tassTroop}},
		{"disputed", Filter{Disputed: true}, []string{tassTroop, yonhapTroop}},
		{"text", Filter{Text: "tractors"}, []string{protest}},
		{"text two words", Filter{Text: "Kremlin spokesman"}, []string{tassTroop}},
		{"text with syntax", Filter{Text: `"water cannon" AND (`}, []string{protest}},
		{"nothing", Filter{Actors: []string{"USA"}}, nil},
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t)
			put(t, s, corpus()...)
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					var got []string
					err := s.Query(t.Context(), tt.filter, func(r *Report) error {
						got = append(got, reportKey(r))
						return nil
					})
					if err != nil {
						t.Fatal(err)
					}
					if !slices.Equal(got, tt.want) {
						t.Errorf("got  %q\nwant %q", got, tt.want)
					}
				})
			}
		})
	}
}

func TestQueryReturnsEvent(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t)
			es := corpus()
			put(t, s, es[3])
			var got []*Report
			if err := s.Query(t.Context(), Filter{}, func(r *Report) error { got = append(got, r); return nil }); err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 {
				t.Fatalf("got %d reports, want 1", len(got))
			}
			want := es[3].Result.Events[0]
			if jsonOf(t, got[0].Event) != jsonOf(t, want) {
				t.Errorf("event:\n got %+v\nwant %+v", got[0].Event, want)
			}
			if got[0].DayFrom != "2024-10-01" || got[0].DayTo != "2024-10-31" {
				t.Errorf("days %s..%s, want 2024-10-01..2024-10-31", got[0].DayFrom, got[0].DayTo)
			}
		})
	}
}

func TestResultsRoundTrip(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t)
			es := corpus()
			put(t, s, es...)
			want := map[string]string{}
			for _, e := range es {
				r := *e.Result
				r.Article.Text = e.Article.Text
				want[e.Article.ID] = jsonOf(t, r)
			}
			n := 0
			err := s.Results(t.Context(), func(r *article.Result) error {
				n++
				if got := jsonOf(t, r); got != want[r.Article.ID] {
					t.Errorf("result %s:\n got %s\nwant %s", r.Article.ID, got, want[r.Article.ID])
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if n != len(es) {
				t.Errorf("got %d results, want %d", n, len(es))
			}
		})
	}
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// diffLines shows the lines only in a or only in b.
func diffLines(a, b string) string {
	la, lb := bytes.Split([]byte(a), []byte("\n")), bytes.Split([]byte(b), []byte("\n"))
	in := func(l []byte, ls [][]byte) bool {
		return slices.ContainsFunc(ls, func(x []byte) bool { return bytes.Equal(x, l) })
	}
	var out bytes.Buffer
	for _, l := range la {
		if !in(l, lb) {
			fmt.Fprintf(&out, "- %s\n", l)
		}
	}
	for _, l := range lb {
		if !in(l, la) {
			fmt.Fprintf(&out, "+ %s\n", l)
		}
	}
	return out.String()
}

// TestConcurrentWriters has two handles (as two processes would) store
// overlapping batches at once: the result is the database of one serial
// run, with no cluster opened twice.
func TestConcurrentWriters(t *testing.T) {
	type pair struct {
		name string
		open func(t *testing.T) (Store, Store, Store) // two writers and a reference
	}
	pairs := []pair{{"sqlite", func(t *testing.T) (Store, Store, Store) {
		path := filepath.Join(t.TempDir(), "shared.db")
		var ss []Store
		for _, p := range []string{path, path, filepath.Join(t.TempDir(), "ref.db")} {
			s, err := OpenSQLite(t.Context(), p)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			ss = append(ss, s)
		}
		return ss[0], ss[1], ss[2]
	}}}
	if url := os.Getenv("SITREP_TEST_POSTGRES"); url != "" {
		pairs = append(pairs, pair{"postgres", func(t *testing.T) (Store, Store, Store) {
			a, u := openPostgresSchemaURL(t, url)
			b, err := OpenPostgres(t.Context(), u)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { b.Close() })
			return a, b, openPostgresSchema(t, url)
		}})
	}
	for _, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			a, b, ref := p.open(t)
			var all []Entry
			for i := range 8 {
				all = append(all, numbered(i)...)
			}
			rev := slices.Clone(all)
			slices.Reverse(rev)
			errs := make(chan error, 2)
			for _, w := range []struct {
				s  Store
				es []Entry
			}{{a, all}, {b, rev}} {
				go func() {
					var err error
					for i := 0; i < len(w.es) && err == nil; i += 5 {
						_, err = w.s.Put(t.Context(), w.es[i:min(i+5, len(w.es))])
					}
					errs <- err
				}()
			}
			for range 2 {
				if err := <-errs; err != nil {
					t.Fatal(err)
				}
			}
			put(t, ref, all...)
			if got, want := dump(t, a), dump(t, ref); got != want {
				t.Errorf("concurrent writers made another database than a serial one:\n%s", diffLines(want, got))
			}
		})
	}
}

// TestBadArticleCostsOnlyItself puts a batch in which one article cannot be
// stored (two events with one ID): the others are stored, each with all its
// rows and its full text indexed, and the bad one leaves nothing behind.
func TestBadArticleCostsOnlyItself(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			es := corpus()
			const bad = 4 // TASS's denial
			res := *es[bad].Result
			res.Events = append(slices.Clone(res.Events), res.Events[0])
			es[bad].Result = &res

			s := b.open(t)
			outs, err := s.Put(t.Context(), es)
			if err != nil {
				t.Fatal(err)
			}
			for i, o := range outs {
				if (o.Err != nil) != (i == bad) || o.New == (i == bad) {
					t.Errorf("%d %s: new %v, err %v", i, o.ID, o.New, o.Err)
				}
			}
			good := slices.Delete(corpus(), bad, bad+1)
			want := b.open(t)
			put(t, want, good...)
			if got, want := dump(t, s), dump(t, want); got != want {
				t.Errorf("dump differs from storing the good articles alone:\n%s", diffLines(want, got))
			}
			for _, tt := range []struct {
				text string
				n    int
			}{{"Kremlin spokesman", 0}, {"tractors", 1}} {
				n := 0
				if err := s.Query(t.Context(), Filter{Text: tt.text}, func(*Report) error { n++; return nil }); err != nil {
					t.Fatal(err)
				}
				if n != tt.n {
					t.Errorf("text %q: %d reports, want %d", tt.text, n, tt.n)
				}
			}
		})
	}
}
