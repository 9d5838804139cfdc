package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/sitrep-project/sitrep/internal/store"
)

const queryHelp = `
Prints the events in the database that match every filter given, the latest
first. Each row is one report of an event in one article, with the cross-
article event it belongs to: how many distinct reports and sources it has
(syndicated copies count once), when it was first seen, and whether its claim
is disputed (asserted by some sources and denied by others).

An actor or recipient is a CAMEO code or code prefix when written in capitals
(RUS, RUSGOV, IGO), else an entity name (case-insensitive). Flags that take a
list accept commas or repetition: --actor RUS,UKR or --actor RUS --actor UKR.

Examples:
  sitrep query --actor PRK --from 2024-11-01 --to 2024-11-30
  sitrep query --dyad RUS:UKR --type ASSAULT --format csv
  sitrep query --text "water cannon" --disputed --format jsonl

Output formats: table (default), json, jsonl, csv (the GDELT-like columns of
sitrep export --format csv).`

// listFlag is a flag that may be repeated or hold a comma-separated list.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			*l = append(*l, v)
		}
	}
	return nil
}

func runQuery(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "query", "[flags]", queryHelp)
	db := dbFlag(env, fs)
	var f store.Filter
	var actors, recipients, types listFlag
	fs.Var(&actors, "actor", "actor code (prefix) or name; a list matches any")
	fs.Var(&recipients, "recipient", "recipient code (prefix) or name; a list matches any")
	dyad := fs.String("dyad", "", "ACTOR:RECIPIENT, the same as --actor ACTOR --recipient RECIPIENT")
	fs.Var(&types, "type", "PLOVER event type(s): AGREE, CONSULT, ..., ASSAULT")
	fs.StringVar(&f.Mode, "mode", "", "PLOVER mode")
	fs.StringVar(&f.Context, "context", "", "PLOVER context (military, economic, ...)")
	fs.StringVar(&f.From, "from", "", "events on or after this day, YYYY-MM-DD")
	fs.StringVar(&f.To, "to", "", "events on or before this day, YYYY-MM-DD")
	fs.StringVar(&f.Place, "place", "", "event location name")
	fs.StringVar(&f.Country, "country", "", "event location country, ISO 3166 alpha-3")
	fs.StringVar(&f.Source, "source", "", "publisher, or the source an event is attributed to")
	fs.StringVar(&f.Stance, "stance", "", "stance of the source: asserts, reports, assesses, claims, denies, not_confirmed, hypothesises")
	fs.BoolVar(&f.Disputed, "disputed", false, "only events whose claim is disputed")
	fs.StringVar(&f.Text, "text", "", "full-text search over the article title and text")
	fs.StringVar(&f.Article, "article", "", "only events of this article ID")
	fs.IntVar(&f.Limit, "limit", 100, "at most this many rows; 0 for all")
	format := fs.String("format", "table", "output format: table, json, jsonl, csv")
	if code, ok := parseFlags(env, fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(env, "query", "unexpected argument %q: filters are flags", fs.Arg(0))
	}
	f.Actors, f.Recipients, f.Events = actors, recipients, types
	if *dyad != "" {
		a, r, ok := strings.Cut(*dyad, ":")
		if !ok || a == "" || r == "" {
			return usageError(env, "query", "--dyad %q: want ACTOR:RECIPIENT", *dyad)
		}
		f.Actors, f.Recipients = append(f.Actors, a), append(f.Recipients, r)
	}
	for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if d.v != "" && !isDay(d.v) {
			return usageError(env, "query", "--%s %q is not a date YYYY-MM-DD", d.name, d.v)
		}
	}
	out, err := newReportWriter(env.Stdout, *format)
	if err != nil {
		return usageError(env, "query", "%v", err)
	}
	st, ok := openStore(ctx, env, "query", *db, false)
	if !ok {
		return ExitPartial
	}
	defer st.Close()
	if err := st.Query(ctx, f, out.write); err != nil {
		fmt.Fprintf(env.Stderr, "sitrep query: %v\n", err)
		return ExitPartial
	}
	if err := out.close(); err != nil {
		fmt.Fprintf(env.Stderr, "sitrep query: %v\n", err)
		return ExitPartial
	}
	return ExitOK
}

func isDay(s string) bool {
	if len(s) != 10 {
		return false
	}
	_, err := strconv.Atoi(s[:4] + s[5:7] + s[8:])
	return err == nil && s[4] == '-' && s[7] == '-'
}

// reportWriter prints event reports in one of query's formats.
type reportWriter struct {
	format string
	w      io.Writer
	tw     *tabwriter.Writer
	cw     *csv.Writer
	enc    *json.Encoder
	n      int
}

func newReportWriter(w io.Writer, format string) (*reportWriter, error) {
	rw := &reportWriter{format: format, w: w}
	switch format {
	case "table":
		rw.tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(rw.tw, "DATE\tEVENT\tMODE\tACTOR\tRECIPIENT\tMODALITY\tSTANCE\tREPORTS\tSOURCES\tDISPUTED\tPUBLISHER\tEVIDENCE")
	case "csv":
		rw.cw = csv.NewWriter(w)
		if err := rw.cw.Write(gdeltHeader); err != nil {
			return nil, err
		}
	case "json", "jsonl":
		rw.enc = json.NewEncoder(w)
		rw.enc.SetEscapeHTML(false)
		if format == "json" {
			io.WriteString(w, "[")
			rw.enc.SetIndent("", "  ")
		}
	default:
		return nil, fmt.Errorf("unknown --format %q (want table, json, jsonl or csv)", format)
	}
	return rw, nil
}

func (rw *reportWriter) write(r *store.Report) error {
	rw.n++
	switch rw.format {
	case "table":
		ev := r.Event
		date := r.DayFrom
		if ev.Date != nil && ev.Date.Value != "" {
			date = ev.Date.Value
		}
		stance := ""
		if ev.Attribution != nil {
			stance = ev.Attribution.Stance
		}
		_, err := fmt.Fprintf(rw.tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\t%s\t%s\t%s\n", date, ev.Event, ev.Mode,
			refCodes(ev.Actor), refCodes(ev.Recipient), ev.Modality, stance, r.Cluster.Reports, r.Cluster.Sources,
			yesNo(r.Cluster.Disputed), r.Article.Publisher, clip(ev.Evidence.Text, 60))
		return err
	case "csv":
		return rw.cw.Write(gdeltRow(r))
	case "json":
		if rw.n > 1 {
			io.WriteString(rw.w, ",")
		}
		return rw.enc.Encode(r)
	default:
		return rw.enc.Encode(r)
	}
}

func (rw *reportWriter) close() error {
	switch rw.format {
	case "table":
		return rw.tw.Flush()
	case "csv":
		rw.cw.Flush()
		return rw.cw.Error()
	case "json":
		_, err := io.WriteString(rw.w, "]\n")
		return err
	}
	return nil
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// clip shortens s to at most n runes, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
