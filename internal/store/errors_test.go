package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

func TestOpenCorrupt(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name  string
		write func(path string) error
	}{
		{"not a database", func(path string) error {
			return os.WriteFile(path, []byte(strings.Repeat("this is not a database\n", 500)), 0o644)
		}},
		{"damaged header", func(path string) error {
			s, err := OpenSQLite(t.Context(), path)
			if err != nil {
				return err
			}
			if _, err := s.Put(t.Context(), corpus()); err != nil {
				return err
			}
			s.Close()
			f, err := os.OpenFile(path, os.O_RDWR, 0)
			if err != nil {
				return err
			}
			defer f.Close()
			_, err = f.WriteAt([]byte(strings.Repeat("\xff", 100)), 0)
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "_")+".db")
			if err := tt.write(path); err != nil {
				t.Fatal(err)
			}
			s, err := OpenSQLite(t.Context(), path)
			if err == nil {
				s.Close()
				t.Fatal("opened a corrupt database without error")
			}
			if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %q: want ErrCorrupt naming the file", err)
			}
		})
	}
}

func TestLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "locked.db")
	holder, err := OpenSQLite(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	es := corpus()
	put(t, holder, es[:3]...)
	waiter, err := OpenSQLite(t.Context(), path+"?_pragma=busy_timeout(200)")
	if err != nil {
		t.Fatal(err)
	}
	defer waiter.Close()

	// Another process holds the write lock...
	tx, err := holder.db.BeginTx(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(`UPDATE clusters SET reports = reports WHERE id = 1`); err != nil {
		t.Fatal(err)
	}
	_, err = waiter.Put(t.Context(), es[3:])
	if !errors.Is(err, ErrLocked) {
		t.Errorf("Put while locked: %v, want ErrLocked", err)
	}
	// ...and when it lets go, nothing was lost and the rest goes in.
	tx.Rollback()
	put(t, waiter, es[3:]...)
	st, err := waiter.Stats(t.Context(), 0)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != len(es) {
		t.Errorf("%d articles after the lock, want %d", st.Articles, len(es))
	}
}

// TestDiskFull fills the database to a page limit (what SQLite reports
// when the disk is full) and checks the error and that the articles
// committed before are all there, and none of the failed batch.
func TestDiskFull(t *testing.T) {
	path := filepath.Join(t.TempDir(), "full.db")
	s, err := OpenSQLite(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	es := corpus()
	put(t, s, es[:2]...)
	var pages int
	if err := s.db.QueryRow(`PRAGMA page_count`).Scan(&pages); err != nil {
		t.Fatal(err)
	}
	before := dump(t, s)
	s.Close()

	full, err := OpenSQLite(t.Context(), fmt.Sprintf("%s?_pragma=max_page_count(%d)", path, pages))
	if err != nil {
		t.Fatal(err)
	}
	var big []Entry
	for i := range 50 {
		big = append(big, numbered(i)...)
	}
	_, err = full.Put(t.Context(), big)
	if !errors.Is(err, ErrFull) {
		t.Errorf("Put into a full database: %v, want ErrFull", err)
	}
	full.Close()

	s, err = OpenSQLite(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := dump(t, s); got != before {
		t.Errorf("database changed by the failed Put:\n%s", diffLines(before, got))
	}
}

// TestPostgresGoesAway cuts the store's connections to the server in the
// middle of its work: what was committed stays, and the store either
// reconnects or says the server is unavailable.
func TestPostgresGoesAway(t *testing.T) {
	url := os.Getenv("SITREP_TEST_POSTGRES")
	if url == "" {
		t.Skip("SITREP_TEST_POSTGRES is unset: skipping PostgreSQL")
	}
	app := fmt.Sprintf("sitrep_test_away_%d", time.Now().UnixNano())
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	s := openPostgresSchema(t, url+sep+"application_name="+app)
	es := corpus()
	put(t, s, es[:3]...)

	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	admin := stdlib.OpenDB(*cfg)
	defer admin.Close()
	kill := func() {
		var n int
		if err := admin.QueryRow(`SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1`,
			app).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			t.Fatal("no connection of the store to terminate")
		}
	}
	kill()
	_, err = s.Put(t.Context(), es[3:])
	if err != nil && !errors.Is(err, ErrUnavailable) {
		t.Errorf("Put after the server dropped the connection: %v, want nil or ErrUnavailable", err)
	}
	// Whatever happened, a retry completes the work and nothing is lost.
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	if _, err := s.Put(ctx, es[3:]); err != nil {
		t.Fatalf("Put after reconnecting: %v", err)
	}
	st, err := s.Stats(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != len(es) || st.Reports != len(es) {
		t.Errorf("after the outage: %d articles and %d reports, want %d of each", st.Articles, st.Reports, len(es))
	}
}
