package cli

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/pipeline"
)

// runCmd runs sitrep with args and returns its exit code and output.
func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	code = Main(t.Context(), args, env)
	return code, out.String(), errb.String()
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

func TestIngestQueryStatsExport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cmds.db")
	steps := []struct {
		name  string
		args  []string
		code  int
		first string // first line of standard output
	}{
		{"ingest", []string{"ingest", "--db", db, "--progress", "none", "testdata/ingest"}, ExitOK,
			"ingest: 3 inputs, 5 articles read: 4 new, 1 duplicate, 0 failed"},
		{"ingest again", []string{"ingest", "--db", db, "--progress", "none", "testdata/ingest"}, ExitOK,
			"ingest: 3 inputs, 5 articles read: 0 new, 5 duplicate, 0 failed"},
		{"ingest one file", []string{"ingest", "--db", db, "--progress", "none", "testdata/ingest/notes.ann"}, ExitOK,
			"ingest: 1 inputs, 1 articles read: 1 new, 0 duplicate, 0 failed"},
		{"missing input", []string{"ingest", "--db", db, "--progress", "none", "testdata/nothing-here"}, ExitPartial, ""},
		{"no input", []string{"ingest", "--db", db}, ExitUsage, ""},
		{"bad progress", []string{"ingest", "--db", db, "--progress", "fancy", "x"}, ExitUsage, ""},
		{"query table", []string{"query", "--db", db}, ExitOK,
			"DATE  EVENT  MODE  ACTOR  RECIPIENT  MODALITY  STANCE  REPORTS  SOURCES  DISPUTED  PUBLISHER  EVIDENCE"},
		{"query bad date", []string{"query", "--db", db, "--from", "March"}, ExitUsage, ""},
		{"query bad dyad", []string{"query", "--db", db, "--dyad", "RUS"}, ExitUsage, ""},
		{"query bad format", []string{"query", "--db", db, "--format", "xml"}, ExitUsage, ""},
		{"stats", []string{"stats", "--db", db}, ExitOK, "articles      5 (5 originals, 0 syndicated copies)"},
		{"export bad format", []string{"export", "--db", db, "--format", "xml"}, ExitUsage, ""},
		{"corrupt db", []string{"stats", "--db", "testdata/ingest/belgrade.txt"}, ExitPartial, ""},
		{"no db", []string{"query", "--db", filepath.Join(t.TempDir(), "none.db")}, ExitPartial, ""},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			code, out, errs := runCmd(t, s.args...)
			if code != s.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, s.code, out, errs)
			}
			// Compare words: table columns are as wide as their contents.
			if got := strings.Join(strings.Fields(firstLine(out)), " "); s.first != "" && got != strings.Join(strings.Fields(s.first), " ") {
				t.Errorf("first line %q, want %q", got, s.first)
			}
		})
	}

	t.Run("stats json", func(t *testing.T) {
		_, out, _ := runCmd(t, "stats", "--db", db, "--format", "json")
		var got map[string]any
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		if got["articles"] != 5.0 || got["events"] == nil || got["reports"] == nil || got["disputes"] == nil {
			t.Errorf("stats json: %s", out)
		}
	})
	t.Run("export jsonl", func(t *testing.T) {
		code, out, errs := runCmd(t, "export", "--db", db)
		if code != ExitOK {
			t.Fatalf("exit %d: %s", code, errs)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 5 {
			t.Fatalf("%d lines, want 5", len(lines))
		}
		for _, l := range lines {
			var r struct {
				Schema  string `json:"schema"`
				Article struct {
					ID   string `json:"id"`
					Text string `json:"text"`
				} `json:"article"`
				Events []any `json:"events"`
			}
			if err := json.Unmarshal([]byte(l), &r); err != nil {
				t.Fatal(err)
			}
			if r.Schema != "sitrep.extract/v1" || r.Article.ID == "" || r.Article.Text != "" || r.Events == nil {
				t.Errorf("exported result %.200s", l)
			}
		}
	})
	t.Run("query json is an array", func(t *testing.T) {
		_, out, _ := runCmd(t, "query", "--db", db, "--format", "json")
		var got []any
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Errorf("query --format json: %v\n%s", err, out)
		}
	})
	t.Run("export csv header", func(t *testing.T) {
		_, out, _ := runCmd(t, "export", "--db", db, "--format", "csv")
		if got := firstLine(out); got != strings.Join(gdeltHeader, ",") {
			t.Errorf("csv header %q", got)
		}
	})
}

const feedV1 = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Sitrep test wire</title>
<item><title>Ministers agree on fishing quotas</title><pubDate>Tue, 02 Jul 2024 09:00:00 GMT</pubDate>
<description>Fisheries ministers from Norway and Iceland agreed on new quotas for mackerel on Tuesday after two days of talks in Oslo, the Norwegian ministry said.</description></item>
<item><title>Flooding closes roads in Valencia</title><pubDate>Tue, 02 Jul 2024 11:00:00 GMT</pubDate>
<description>Heavy rain flooded roads across the Valencia region on Tuesday, and emergency services said hundreds of people had been moved from their homes.</description></item>
</channel></rss>`

const feedV2Item = `<item><title>Rail strike called off</title><pubDate>Wed, 03 Jul 2024 08:00:00 GMT</pubDate>
<description>Unions called off a planned national rail strike on Wednesday after the transport ministry offered new talks on pay, a union spokeswoman said.</description></item>
</channel>`

func TestWatchRounds(t *testing.T) {
	var mu sync.Mutex
	body, etag, status := feedV1, `"v1"`, http.StatusOK
	var conditional []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		conditional = append(conditional, r.Header.Get("If-None-Match"))
		if status != http.StatusOK {
			w.Header().Set("Retry-After", "120")
			w.WriteHeader(status)
			return
		}
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Write([]byte(body))
	}))
	defer srv.Close()

	_, _, errs := runCmd(t, "watch", "--help")
	if errs != "" {
		t.Errorf("watch --help wrote to stderr: %s", errs)
	}
	db := filepath.Join(t.TempDir(), "watch.db")
	code, _, errs := runCmd(t, "watch", "--db", db, "--once", srv.URL)
	if code != ExitOK || !strings.Contains(errs, "1 feeds polled, 1 changed, 2 items read: 2 new, 0 duplicate, 0 failed") {
		t.Fatalf("first watch: exit %d\n%s", code, errs)
	}

	// Within one process: unchanged, changed, throttled, gone.
	st, ok := openStore(t.Context(), &Env{Stderr: &bytes.Buffer{}}, "watch", db, false)
	if !ok {
		t.Fatal("open")
	}
	defer st.Close()
	now := time.Date(2024, 7, 3, 12, 0, 0, 0, time.UTC)
	var log bytes.Buffer
	w := &watcher{
		client: srv.Client(),
		in:     &ingester{st: st, p: newTestPipeline(t), env: &Env{Stderr: &log}, cfg: ingestConfig{workers: 1, batch: 8, progress: "none"}},
		feeds:  []*feedState{{url: srv.URL}},
		now:    func() time.Time { return now },
	}
	rounds := []struct {
		name   string
		change func()
		want   string
	}{
		{"first in process", func() {}, "1 feeds polled, 1 changed, 2 items read: 0 new, 2 duplicate, 0 failed"},
		{"not modified", func() {}, "1 feeds polled, 0 changed, 0 items read: 0 new, 0 duplicate, 0 failed"},
		{"new item", func() { body, etag = strings.Replace(feedV1, "</channel>", feedV2Item, 1), `"v2"` },
			"1 feeds polled, 1 changed, 3 items read: 1 new, 2 duplicate, 0 failed"},
		{"throttled", func() { status = http.StatusServiceUnavailable },
			"1 feeds polled, 0 changed, 0 items read: 0 new, 0 duplicate, 1 failed"},
		{"waits out Retry-After", func() { status = http.StatusOK; now = now.Add(time.Minute) },
			"0 feeds polled, 0 changed, 0 items read: 0 new, 0 duplicate, 0 failed"},
		{"after Retry-After", func() { now = now.Add(2 * time.Minute) },
			"1 feeds polled, 0 changed, 0 items read: 0 new, 0 duplicate, 0 failed"},
		{"server gone", func() { srv.Close() },
			"1 feeds polled, 0 changed, 0 items read: 0 new, 0 duplicate, 1 failed"},
	}
	for _, r := range rounds {
		t.Run(r.name, func(t *testing.T) {
			mu.Lock()
			r.change()
			mu.Unlock()
			log.Reset()
			w.round(t.Context())
			if !strings.Contains(log.String(), r.want) {
				t.Errorf("round log:\n%s\nwant %q", log.String(), r.want)
			}
		})
	}
	if conditional[1] != "" || conditional[2] != `"v1"` {
		t.Errorf("If-None-Match sent: %q", conditional)
	}
}

func newTestPipeline(t *testing.T) *pipeline.Pipeline {
	t.Helper()
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}
