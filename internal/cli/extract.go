package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/ingest"
	"github.com/sitrep-project/sitrep/internal/pipeline"
)

const extractHelp = `
Reads articles (plain text with a dateline, JSON/JSONL records, an HTML
page, or an RSS/Atom feed; detected automatically) and prints what sitrep
extracts from each: the output contract sitrep.extract/v1 (docs/schema/).
FILE "-" reads standard input.

Output formats:
  json    one indented JSON object per article (default)
  jsonl   one JSON object per article per line
  plover  one PLOVER JSON record per event per line
  text    a readable summary for a person

Exit status: 0 when every input was read, 1 when some failed (each named on
standard error with the reason, the others still printed), 2 on usage errors.`

// extractConfig is what the extract command's flags say.
type extractConfig struct {
	inputFormat ingest.Format
	format      string
	date        string
	withText    bool
	dataDir     string
	petrarch    string
}

func runExtract(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "extract", "[flags] FILE... | -", extractHelp)
	inputFormat := fs.String("input-format", "auto", "input format: auto, text, json, jsonl, html, feed")
	format := fs.String("format", "json", "output format: json, jsonl, plover, text")
	date := fs.String("date", "", "article date YYYY-MM-DD, overriding the dateline and published date")
	withText := fs.Bool("with-text", false, "include the normalised article text that all offsets point into")
	dataDir := fs.String("data", env.Getenv("SITREP_DATA"), "directory of dictionaries that replace the built-in ones (laid out like data/)")
	petrarch := fs.String("petrarch", "", "folder of PETRARCH dictionaries (actors, agents, verbs, discards, by file name) used instead of the built-in actors and patterns")
	if code, ok := parseFlags(env, fs, args); !ok {
		return code
	}
	cfg := extractConfig{format: *format, date: *date, withText: *withText, dataDir: *dataDir, petrarch: *petrarch}
	var err error
	if cfg.inputFormat, err = ingest.ParseFormat(*inputFormat); err != nil {
		return usageError(env, "extract", "%v", err)
	}
	switch cfg.format {
	case "json", "jsonl", "plover", "text":
	default:
		return usageError(env, "extract", "unknown --format %q (want json, jsonl, plover or text)", cfg.format)
	}
	if cfg.date != "" {
		if _, ok := article.ParseDate(cfg.date); !ok || len(cfg.date) != 10 {
			return usageError(env, "extract", "--date %q is not a date YYYY-MM-DD", cfg.date)
		}
	}
	if fs.NArg() == 0 {
		return usageError(env, "extract", "no input: name files, or - for standard input")
	}

	p, err := pipeline.New(pipeline.Config{DataDir: cfg.dataDir, Petrarch: cfg.petrarch, Log: env.Log})
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep extract: %v\n", err)
		return ExitPartial
	}
	out := newResultWriter(env.Stdout, cfg)
	failed := 0
	fail := func(err error) {
		failed++
		fmt.Fprintf(env.Stderr, "sitrep extract: %v\n", err)
	}
	opts := ingest.Options{Format: cfg.inputFormat, Date: cfg.date}
	for _, name := range fs.Args() {
		handle := func(it ingest.Item) error {
			if it.Err != nil {
				fail(it.Err)
				return nil
			}
			res, err := p.Run(ctx, &it.Article)
			if err != nil {
				fail(err)
				return nil
			}
			if cfg.withText {
				res.Article.Text = it.Article.Text
			}
			return out.write(res)
		}
		var err error
		if name == "-" {
			err = ingest.Read("-", env.Stdin, opts, handle)
		} else {
			err = ingest.ReadFile(name, opts, handle)
		}
		if err != nil {
			if ctx.Err() != nil {
				fail(ctx.Err())
				break
			}
			if isWriteError(err) {
				fmt.Fprintf(env.Stderr, "sitrep extract: writing output: %v\n", err)
				return ExitPartial
			}
			fail(err)
		}
	}
	if failed > 0 {
		fmt.Fprintf(env.Stderr, "sitrep extract: %d input(s) failed\n", failed)
		return ExitPartial
	}
	return ExitOK
}

// writeError marks an error from writing output, which ends the command,
// unlike an error in one input.
type writeError struct{ err error }

func (e writeError) Error() string { return e.err.Error() }
func (e writeError) Unwrap() error { return e.err }

func isWriteError(err error) bool {
	_, ok := err.(writeError)
	return ok
}

// resultWriter prints Results in one of extract's output formats.
type resultWriter struct {
	w   io.Writer
	cfg extractConfig
	enc *json.Encoder
}

func newResultWriter(w io.Writer, cfg extractConfig) *resultWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if cfg.format == "json" {
		enc.SetIndent("", "  ")
	}
	return &resultWriter{w: w, cfg: cfg, enc: enc}
}

func (rw *resultWriter) write(res *article.Result) error {
	var err error
	switch rw.cfg.format {
	case "json", "jsonl":
		err = rw.enc.Encode(res)
	case "plover":
		for _, rec := range article.PLOVERRecords(res) {
			if err = rw.enc.Encode(rec); err != nil {
				break
			}
		}
	case "text":
		_, err = io.WriteString(rw.w, Summary(res))
	}
	if err != nil {
		return writeError{err}
	}
	return nil
}

// Summary renders a Result as text for a person to read.
func Summary(r *article.Result) string {
	var b strings.Builder
	a := r.Article
	title := a.Title
	if title == "" {
		title = "(no headline)"
	}
	fmt.Fprintf(&b, "%s\n", title)
	var meta []string
	if a.Published != "" {
		meta = append(meta, "published "+a.Published)
	}
	if a.Dateline.Place != "" || a.Dateline.Date != "" {
		dl := strings.Trim(a.Dateline.Place+", "+a.Dateline.Date, ", ")
		if g := a.Dateline.Geo; g != nil {
			dl += fmt.Sprintf(" (%s, %s %.2f, %.2f)", g.Name, g.Country, g.Lat, g.Lon)
		}
		meta = append(meta, "dateline "+dl)
	}
	if a.Publisher != "" {
		meta = append(meta, "by "+a.Publisher)
	}
	if a.URL != "" {
		meta = append(meta, a.URL)
	}
	meta = append(meta, "id "+a.ID)
	fmt.Fprintf(&b, "  %s\n", strings.Join(meta, " · "))
	headings := 0
	for _, s := range r.Sentences {
		if s.Heading {
			headings++
		}
	}
	fmt.Fprintf(&b, "  %d sentences (%d headings), %d entities, %d events, %d attributions, %d disputes, %d quotes, %d times, %d places\n",
		len(r.Sentences), headings, len(r.Entities), len(r.Events), len(r.Attributions), len(r.Disputes), len(r.Quotes), len(r.Times), len(r.Places))

	if len(r.Entities) > 0 {
		b.WriteString("\nEntities\n")
		for _, e := range r.Entities {
			code := strings.TrimSpace(e.Country + " " + strings.Join(e.Sectors, "+"))
			line := fmt.Sprintf("  %-4s %s (%s)", e.ID, e.Name, e.Kind)
			if code != "" {
				line += " " + code
			}
			if e.Role != "" {
				line += ", " + e.Role
			}
			fmt.Fprintf(&b, "%s — %d mention(s)\n", line, len(e.Mentions))
		}
	}
	if len(r.Events) > 0 {
		b.WriteString("\nEvents\n")
		for _, ev := range r.Events {
			date := "????-??-??"
			if ev.Date != nil {
				date = ev.Date.Value
			}
			kind := ev.Event
			if ev.Mode != "" {
				kind += "/" + ev.Mode
			}
			fmt.Fprintf(&b, "  %-4s %-10s %s %s → %s [CAMEO %s, %+.1f, %s]", ev.ID, date, kind,
				actorCodes(ev.Actor), actorCodes(ev.Recipient), ev.Cameo, ev.Goldstein, ev.Modality)
			if ev.Quantity != nil {
				fmt.Fprintf(&b, " qty %s", ev.Quantity.Text)
			}
			if ev.Location != nil {
				fmt.Fprintf(&b, " in %s", ev.Location.Name)
			}
			if ev.Attribution != nil {
				fmt.Fprintf(&b, " — %s (%s)", ev.Attribution.Text, ev.Attribution.Stance)
			}
			fmt.Fprintf(&b, "\n       %q  (%s)\n", ev.Evidence.Text, ev.Rule)
		}
	}
	if len(r.Disputes) > 0 {
		b.WriteString("\nDisputed claims\n")
		for _, d := range r.Disputes {
			var sides []string
			for _, s := range d.Sides {
				sides = append(sides, s.Attribution+" "+s.Stance)
			}
			fmt.Fprintf(&b, "  %s: %s\n", d.Claim, strings.Join(sides, " vs "))
		}
	}
	if len(r.Quotes) > 0 {
		b.WriteString("\nQuotes\n")
		for _, q := range r.Quotes {
			fmt.Fprintf(&b, "  %s %s: %q\n", q.Speaker, q.Cue, q.Text)
		}
	}
	if len(r.Times) > 0 {
		b.WriteString("\nTimes\n")
		for _, t := range r.Times {
			v := t.Value
			if v == "" {
				v = "(unresolved)"
			}
			fmt.Fprintf(&b, "  %-24q %s %s\n", t.Text, t.Type, v)
		}
	}
	if len(r.Places) > 0 {
		b.WriteString("\nPlaces\n")
		for _, p := range r.Places {
			fmt.Fprintf(&b, "  %-20q %s, %s (%.2f, %.2f)\n", p.Text, p.Name, p.Country, p.Lat, p.Lon)
		}
	}
	b.WriteString("\n")
	return b.String()
}

func actorCodes(refs []article.ActorRef) string {
	if len(refs) == 0 {
		return "—"
	}
	codes := make([]string, len(refs))
	for i, a := range refs {
		codes[i] = a.Code
	}
	return strings.Join(codes, "+")
}
