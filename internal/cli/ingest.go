package cli

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/ingest"
	"github.com/sitrep-project/sitrep/internal/pipeline"
	"github.com/sitrep-project/sitrep/internal/store"
)

const ingestHelp = `
Reads articles from files, directories (recursively), JSONL files, feeds and
URLs, extracts events from each, and stores the results in the database.

An article's identity is the hash of its text: ingesting it again is a no-op,
and the work is written in transactions, so an ingest that is killed at any
moment and run again ends with the same database as one clean run.

In a directory, files ending in .txt .text .json .jsonl .ndjson .html .htm
.xml .rss .atom are read; others are skipped (and counted). A file named on
the command line is always read. http:// and https:// arguments are fetched.

Progress goes to standard error: a bar with rate and ETA on a terminal, one
line every 10 seconds otherwise. The final report (read, new, duplicate,
failed, with reasons) goes to standard output.

The database is --db, else $SITREP_DB, else ./sitrep.db; a postgres://
URL uses PostgreSQL.

Exit status: 0 when every article was stored or already there, 1 when some
failed or the database failed, 2 on usage errors.`

// dbFlag adds the --db flag every store command has.
func dbFlag(env *Env, fs interface {
	String(name, value, usage string) *string
}) *string {
	def := env.Getenv("SITREP_DB")
	if def == "" {
		def = "sitrep.db"
	}
	return fs.String("db", def, "database: a SQLite file, or a postgres:// URL (default $SITREP_DB, else sitrep.db)")
}

// openStore opens the database for command name, printing why it cannot.
// Commands that only read (create false) refuse a SQLite file that does not
// exist rather than create an empty one.
func openStore(ctx context.Context, env *Env, name, dsn string, create bool) (store.Store, bool) {
	if file, _, _ := strings.Cut(dsn, "?"); !create && !store.IsPostgres(dsn) {
		if _, err := os.Stat(file); err != nil {
			fmt.Fprintf(env.Stderr, "sitrep %s: no database at %s (--db, $SITREP_DB; sitrep ingest creates one)\n", name, file)
			return nil, false
		}
	}
	st, err := store.Open(ctx, dsn)
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep %s: %v\n", name, err)
		return nil, false
	}
	return st, true
}

// ingestConfig is what ingest's flags say.
type ingestConfig struct {
	workers  int
	batch    int
	progress string // auto, bar, lines, none
	opts     ingest.Options
	dataDir  string
}

func runIngest(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "ingest", "[flags] PATH|URL...", ingestHelp)
	db := dbFlag(env, fs)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles extracted in parallel")
	batch := fs.Int("batch", 64, "articles written per transaction (each article stays atomic)")
	progress := fs.String("progress", "auto", "progress display: auto (bar on a terminal, else lines), bar, lines, none")
	inputFormat := fs.String("input-format", "auto", "input format: auto, text, json, jsonl, html, feed")
	date := fs.String("date", "", "article date YYYY-MM-DD, overriding the dateline and published date")
	dataDir := fs.String("data", env.Getenv("SITREP_DATA"), "directory of dictionaries that replace the built-in ones (laid out like data/)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the ingest to this file (read it with go tool pprof)")
	if code, ok := parseFlags(env, fs, args); !ok {
		return code
	}
	cfg := ingestConfig{workers: *workers, batch: *batch, progress: *progress, dataDir: *dataDir}
	var err error
	if cfg.opts.Format, err = ingest.ParseFormat(*inputFormat); err != nil {
		return usageError(env, "ingest", "%v", err)
	}
	cfg.opts.Date = *date
	if cfg.workers < 1 || cfg.batch < 1 {
		return usageError(env, "ingest", "--workers and --batch must be at least 1")
	}
	if !slices.Contains([]string{"auto", "bar", "lines", "none"}, cfg.progress) {
		return usageError(env, "ingest", "unknown --progress %q (want auto, bar, lines or none)", cfg.progress)
	}
	if fs.NArg() == 0 {
		return usageError(env, "ingest", "no input: name files, directories or URLs")
	}
	srcs, skipped, err := expandInputs(fs.Args(), cfg.opts)
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep ingest: %v\n", err)
		return ExitPartial
	}
	p, err := pipeline.New(pipeline.Config{DataDir: cfg.dataDir, Log: env.Log})
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep ingest: %v\n", err)
		return ExitPartial
	}
	st, ok := openStore(ctx, env, "ingest", *db, true)
	if !ok {
		return ExitPartial
	}
	defer st.Close()
	stopProfile, ok := startCPUProfile(env, "ingest", *cpuProfile)
	if !ok {
		return ExitPartial
	}
	in := &ingester{st: st, p: p, cfg: cfg, env: env}
	rep := in.run(ctx, srcs)
	stopProfile()
	rep.skipped = skipped
	rep.print(env.Stdout)
	if rep.failed > 0 || rep.dbErr != nil || ctx.Err() != nil {
		return ExitPartial
	}
	return ExitOK
}

// source is one input: a file, standard input, or a fetched URL.
type source struct {
	name string
	read func(fn func(ingest.Item) error) error
}

// ingestExts are the file extensions read when walking a directory.
var ingestExts = []string{".txt", ".text", ".json", ".jsonl", ".ndjson", ".html", ".htm", ".xml", ".rss", ".atom"}

// expandInputs turns arguments into sources: directories into their files
// (sorted, recursively, hidden entries and unknown extensions skipped),
// URLs into fetches.
func expandInputs(args []string, opts ingest.Options) (srcs []source, skipped int, err error) {
	file := func(path string) source {
		return source{name: path, read: func(fn func(ingest.Item) error) error { return ingest.ReadFile(path, opts, fn) }}
	}
	for _, arg := range args {
		if strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://") {
			url := arg
			srcs = append(srcs, source{name: url, read: func(fn func(ingest.Item) error) error {
				return fetchAndRead(url, opts, fn)
			}})
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			return nil, 0, fmt.Errorf("ingest: %w", err)
		}
		if !info.IsDir() {
			srcs = append(srcs, file(arg))
			continue
		}
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if path != arg && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if !d.Type().IsRegular() || !slices.Contains(ingestExts, strings.ToLower(filepath.Ext(path))) {
				skipped++
				return nil
			}
			srcs = append(srcs, file(path))
			return nil
		})
		if err != nil {
			return nil, 0, fmt.Errorf("ingest: %w", err)
		}
	}
	return srcs, skipped, nil
}

// fetchTimeout bounds one fetch of a URL, body included.
const fetchTimeout = 60 * time.Second

func fetchAndRead(url string, opts ingest.Options, fn func(ingest.Item) error) error {
	client := &http.Client{Timeout: fetchTimeout}
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	req.Header.Set("User-Agent", userAgent)
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("ingest: %s: %s", url, resp.Status)
	}
	return ingest.Read(url, resp.Body, opts, fn)
}

const userAgent = "sitrep/1 (news event extraction; polite polling)"

// ingester extracts articles in parallel and writes them through one writer.
type ingester struct {
	st  store.Store
	p   *pipeline.Pipeline
	cfg ingestConfig
	env *Env
}

// ingestReport is what an ingest did.
type ingestReport struct {
	inputs                          int
	read, stored, duplicate, failed int64
	skipped                         int
	reasons                         map[string]int // failure reason → count
	dbErr                           error
	interrupted                     bool
	elapsed                         time.Duration
}

func (r *ingestReport) print(w io.Writer) {
	rate := 0.0
	if r.elapsed > 0 {
		rate = float64(r.read) / r.elapsed.Seconds()
	}
	fmt.Fprintf(w, "ingest: %d inputs, %d articles read: %d new, %d duplicate, %d failed\n",
		r.inputs, r.read, r.stored, r.duplicate, r.failed)
	fmt.Fprintf(w, "ingest: %.1fs, %.1f articles/s\n", r.elapsed.Seconds(), rate)
	if r.skipped > 0 {
		fmt.Fprintf(w, "ingest: %d files in directories skipped (not an article format)\n", r.skipped)
	}
	var keys []string
	for k := range r.reasons {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if d := r.reasons[b] - r.reasons[a]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	for _, k := range keys {
		fmt.Fprintf(w, "ingest: failed %d× %s\n", r.reasons[k], k)
	}
	if r.dbErr != nil {
		fmt.Fprintf(w, "ingest: stopped: %v (everything reported new above is committed)\n", r.dbErr)
	}
	if r.interrupted {
		fmt.Fprintf(w, "ingest: interrupted; what is reported new is committed, run again to finish\n")
	}
}

// tally counts outcomes as they happen, for the progress display.
type tally struct {
	inputs, read, stored, duplicate, failed atomic.Int64
	mu                                      sync.Mutex
	reasons                                 map[string]int
}

func (t *tally) fail(env *Env, err error) {
	t.failed.Add(1)
	fmt.Fprintf(env.Stderr, "sitrep ingest: %v\n", err)
	t.mu.Lock()
	t.reasons[reason(err)]++
	t.mu.Unlock()
}

// reason is an error without the names of the input and item, so that
// failures group by cause in the report.
func reason(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 {
		return s[i+2:]
	}
	return s
}

func (in *ingester) run(ctx context.Context, srcs []source) *ingestReport {
	start := time.Now()
	t := &tally{reasons: map[string]int{}}
	jobs := make(chan article.Article, 4*in.cfg.workers)
	entries := make(chan store.Entry, 4*in.cfg.batch)
	// The writer's failure stops reading; its context is not the command's
	// so that what has been extracted is still written after an interrupt.
	readCtx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	stopProgress := in.progress(t, len(srcs))

	// Read: one goroutine walks the inputs in order.
	go func() {
		defer close(jobs)
		for _, src := range srcs {
			err := src.read(func(it ingest.Item) error {
				if err := readCtx.Err(); err != nil {
					return err
				}
				t.read.Add(1)
				if it.Err != nil {
					t.fail(in.env, it.Err)
					return nil
				}
				select {
				case jobs <- it.Article:
					return nil
				case <-readCtx.Done():
					return readCtx.Err()
				}
			})
			t.inputs.Add(1)
			if readCtx.Err() != nil {
				return
			}
			if err != nil {
				t.fail(in.env, err)
			}
		}
	}()

	// busy holds a token for each goroutine doing the CPU work: a worker
	// extracting, or the writer writing a batch. Without it the writer shares
	// the cores with every worker, falls behind them, and is left writing the
	// backlog alone at the end with the other cores idle.
	busy := make(chan struct{}, in.cfg.workers)

	// Extract: workers run the pipeline; articles already stored skip it.
	var wg sync.WaitGroup
	for range in.cfg.workers {
		wg.Go(func() {
			for a := range jobs {
				if ctx.Err() != nil {
					continue // interrupted: drain without work
				}
				if a.ID == "" {
					a.ID = article.ContentID(a.Text)
				}
				if has, err := in.st.Has(ctx, a.ID); err == nil && has {
					t.duplicate.Add(1)
					continue
				}
				busy <- struct{}{}
				res, err := in.p.Run(ctx, &a)
				e := store.Entry{Article: &a, Result: res}
				if err == nil && ctx.Err() == nil {
					err = e.Prepare()
				}
				<-busy
				if ctx.Err() != nil {
					continue // interrupted: the next run picks it up
				}
				if err != nil {
					t.fail(in.env, fmt.Errorf("%s: %w", a.Origin, err))
					continue
				}
				entries <- e
			}
		})
	}
	go func() {
		wg.Wait()
		close(entries)
	}()

	// Write: one writer batches entries into transactions.
	var dbErr error
	wctx := context.WithoutCancel(ctx)
	batch := make([]store.Entry, 0, in.cfg.batch)
	flush := func() {
		if len(batch) == 0 || dbErr != nil {
			batch = batch[:0]
			return
		}
		busy <- struct{}{}
		outs, err := in.st.Put(wctx, batch)
		<-busy
		for i, o := range outs {
			switch {
			case o.Err != nil:
				t.fail(in.env, fmt.Errorf("%s: %w", batch[i].Article.Origin, o.Err))
			case o.New:
				t.stored.Add(1)
			default:
				t.duplicate.Add(1)
			}
		}
		if err != nil {
			dbErr = err
			stopReading()
		}
		batch = batch[:0]
	}
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
loop:
	for {
		select {
		case e, ok := <-entries:
			if !ok {
				break loop
			}
			if dbErr != nil {
				continue // drain: the database is gone
			}
			batch = append(batch, e)
			if len(batch) >= in.cfg.batch {
				flush()
			}
		case <-tick.C:
			flush()
		}
	}
	flush()
	stopProgress()
	return &ingestReport{
		inputs: int(t.inputs.Load()), read: t.read.Load(), stored: t.stored.Load(), duplicate: t.duplicate.Load(),
		failed: t.failed.Load(), reasons: t.reasons, dbErr: dbErr, elapsed: time.Since(start), interrupted: ctx.Err() != nil,
	}
}

// progress shows how far the ingest is until the returned function is called.
func (in *ingester) progress(t *tally, inputs int) (stop func()) {
	mode := in.cfg.progress
	if mode == "auto" {
		mode = "lines"
		if f, ok := in.env.Stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			mode = "bar"
		}
	}
	if mode == "none" {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	start := time.Now()
	status := func() string {
		return fmt.Sprintf("%d read, %d new, %d duplicate, %d failed", t.read.Load(), t.stored.Load(), t.duplicate.Load(), t.failed.Load())
	}
	wg.Go(func() {
		if mode == "bar" {
			bar := progressbar.NewOptions(inputs, progressbar.OptionSetWriter(in.env.Stderr),
				progressbar.OptionSetDescription("ingest"), progressbar.OptionShowCount(), progressbar.OptionShowIts(),
				progressbar.OptionSetItsString("inputs"), progressbar.OptionSetPredictTime(true),
				progressbar.OptionThrottle(200*time.Millisecond), progressbar.OptionClearOnFinish())
			tick := time.NewTicker(200 * time.Millisecond)
			defer tick.Stop()
			for {
				bar.Describe("ingest: " + status())
				bar.Set(int(t.inputs.Load()))
				select {
				case <-done:
					bar.Finish()
					return
				case <-tick.C:
				}
			}
		}
		tick := time.NewTicker(10 * time.Second)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				el := time.Since(start).Seconds()
				fmt.Fprintf(in.env.Stderr, "sitrep ingest: %d of %d inputs, %s; %.1f articles/s\n",
					t.inputs.Load(), inputs, status(), float64(t.read.Load())/el)
			}
		}
	})
	return func() {
		close(done)
		wg.Wait()
	}
}
