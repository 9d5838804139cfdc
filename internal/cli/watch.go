package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/sitrep-project/sitrep/internal/ingest"
	"github.com/sitrep-project/sitrep/internal/pipeline"
)

const watchHelp = `
Polls RSS or Atom feeds every --every and ingests their new items into the
database, like sitrep ingest. It polls politely: each request carries the
ETag and Last-Modified of the previous answer, so an unchanged feed costs a
304; a 429 or 503 with Retry-After is waited out; a feed that fails (network
down, server error) is tried again at the next round, never given up.

One line per round goes to standard error: feeds polled, changed, items
read, new, duplicate, failed. Stop with Ctrl-C (the items being written are
committed first).`

func runWatch(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "watch", "[flags] FEED-URL...", watchHelp)
	db := dbFlag(env, fs)
	every := fs.Duration("every", 15*time.Minute, "time between rounds of polling")
	once := fs.Bool("once", false, "poll each feed once and exit")
	workers := fs.Int("workers", 2, "articles extracted in parallel")
	dataDir := fs.String("data", env.Getenv("SITREP_DATA"), "directory of dictionaries that replace the built-in ones (laid out like data/)")
	if code, ok := parseFlags(env, fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		return usageError(env, "watch", "no feed: name one or more feed URLs")
	}
	if *every < time.Second {
		return usageError(env, "watch", "--every %v is too often; at least 1s", *every)
	}
	if *workers < 1 {
		return usageError(env, "watch", "--workers must be at least 1")
	}
	p, err := pipeline.New(pipeline.Config{DataDir: *dataDir, Log: env.Log})
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep watch: %v\n", err)
		return ExitPartial
	}
	st, ok := openStore(ctx, env, "watch", *db, true)
	if !ok {
		return ExitPartial
	}
	defer st.Close()
	w := &watcher{
		client: &http.Client{Timeout: fetchTimeout},
		in:     &ingester{st: st, p: p, env: env, cfg: ingestConfig{workers: *workers, batch: 64, progress: "none"}},
		feeds:  make([]*feedState, fs.NArg()),
		now:    time.Now,
	}
	for i, u := range fs.Args() {
		w.feeds[i] = &feedState{url: u}
	}
	for {
		rep := w.round(ctx)
		if rep.dbErr != nil {
			fmt.Fprintf(env.Stderr, "sitrep watch: %v\n", rep.dbErr)
			return ExitPartial
		}
		if *once || ctx.Err() != nil {
			if rep.failed > 0 {
				return ExitPartial
			}
			return ExitOK
		}
		select {
		case <-ctx.Done():
			return ExitOK
		case <-time.After(*every):
		}
	}
}

// feedState is what watch remembers of a feed between rounds.
type feedState struct {
	url          string
	etag         string
	lastModified string
	notBefore    time.Time // from Retry-After
}

// watcher polls feeds and ingests what changed.
type watcher struct {
	client *http.Client
	in     *ingester
	feeds  []*feedState
	now    func() time.Time
}

// round polls every feed once and ingests the changed ones.
func (w *watcher) round(ctx context.Context) *ingestReport {
	var srcs []source
	polled, fetchFailed := 0, 0
	for _, f := range w.feeds {
		if w.now().Before(f.notBefore) {
			continue
		}
		polled++
		body, err := w.fetch(ctx, f)
		if err != nil {
			fetchFailed++
			fmt.Fprintf(w.in.env.Stderr, "sitrep watch: %v (will retry)\n", err)
			continue
		}
		if body == nil {
			continue // not modified
		}
		name := f.url
		srcs = append(srcs, source{name: name, read: func(fn func(ingest.Item) error) error {
			return ingest.Read(name, bytes.NewReader(body), ingest.Options{}, fn)
		}})
	}
	rep := w.in.run(ctx, srcs)
	rep.failed += int64(fetchFailed)
	fmt.Fprintf(w.in.env.Stderr, "sitrep watch: %s: %d feeds polled, %d changed, %d items read: %d new, %d duplicate, %d failed\n",
		w.now().UTC().Format(time.RFC3339), polled, len(srcs), rep.read, rep.stored, rep.duplicate, rep.failed)
	return rep
}

// fetch gets a feed unless it is unchanged since the last fetch (then the
// body is nil), remembering its validators.
func (w *watcher) fetch(ctx context.Context, f *feedState) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.url, nil)
	if err != nil {
		return nil, fmt.Errorf("watch: %s: %w", f.url, err)
	}
	req.Header.Set("User-Agent", userAgent)
	if f.etag != "" {
		req.Header.Set("If-None-Match", f.etag)
	}
	if f.lastModified != "" {
		req.Header.Set("If-Modified-Since", f.lastModified)
	}
	resp, err := w.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("watch: %w", err)
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusOK:
	case http.StatusNotModified:
		return nil, nil
	case http.StatusTooManyRequests, http.StatusServiceUnavailable:
		if secs, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && secs > 0 {
			f.notBefore = w.now().Add(time.Duration(secs) * time.Second)
		} else if t, err := http.ParseTime(resp.Header.Get("Retry-After")); err == nil {
			f.notBefore = t
		}
		return nil, fmt.Errorf("watch: %s: %s", f.url, resp.Status)
	default:
		return nil, fmt.Errorf("watch: %s: %s", f.url, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, ingest.DefaultMaxBytes))
	if err != nil {
		return nil, fmt.Errorf("watch: %s: %w", f.url, err)
	}
	f.etag, f.lastModified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	return body, nil
}
