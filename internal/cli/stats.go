package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/sitrep-project/sitrep/internal/store"
)

const statsHelp = `
Counts what the database holds: articles (and how many are originals rather
than syndicated copies), events (cross-article events), reports (events as
coded in one article), distinct entities, disputed events, attributions and
quotes; then events by type, by dyad (actor codes > recipient codes) and by
day, each list cut to --top entries.

--format json prints one object with these counts at the top level:
{"articles": N, "events": M, "reports": R, ...}.`

func runStats(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "stats", "[flags]", statsHelp)
	db := dbFlag(env, fs)
	format := fs.String("format", "text", "output format: text, json")
	top := fs.Int("top", 10, "entries in each by-type, by-dyad and by-day list; 0 for all")
	if code, ok := parseFlags(env, fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(env, "stats", "unexpected argument %q", fs.Arg(0))
	}
	if *format != "text" && *format != "json" {
		return usageError(env, "stats", "unknown --format %q (want text or json)", *format)
	}
	st, ok := openStore(ctx, env, "stats", *db, false)
	if !ok {
		return ExitPartial
	}
	defer st.Close()
	s, err := st.Stats(ctx, *top)
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep stats: %v\n", err)
		return ExitPartial
	}
	if *format == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(s)
	} else {
		err = printStats(env.Stdout, s)
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep stats: %v\n", err)
		return ExitPartial
	}
	return ExitOK
}

func printStats(w io.Writer, s *store.Stats) error {
	_, err := fmt.Fprintf(w, "articles      %d (%d originals, %d syndicated copies)\nevents        %d\nreports       %d\n"+
		"entities      %d\ndisputes      %d\nattributions  %d\nquotes        %d\n",
		s.Articles, s.Originals, s.Articles-s.Originals, s.Events, s.Reports, s.Entities, s.Disputes, s.Attributions, s.Quotes)
	if err != nil {
		return err
	}
	for _, l := range []struct {
		title string
		cs    []store.Count
	}{{"by type", s.ByType}, {"by dyad", s.ByDyad}, {"by day", s.ByDay}} {
		if len(l.cs) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s:\n", l.title)
		for _, c := range l.cs {
			if _, err := fmt.Fprintf(w, "  %7d  %s\n", c.N, c.Key); err != nil {
				return err
			}
		}
	}
	return nil
}
