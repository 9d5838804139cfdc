// Package store keeps sitrep's results in a database: articles with their
// text, entities and mentions, events with actors and recipients, cross-
// article event clusters, attributions and disputes, quotes, times and
// places. It runs on SQLite (a file, pure Go, full-text search with FTS5)
// and on PostgreSQL (through pgx), behind one interface, Store.
//
// An article's content hash is its identity: Put inserts an article and all
// its annotations in one transaction and skips an article that is already
// there, so re-ingesting and restarting after a crash never duplicate or
// half-store anything.
package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/sitrep-project/sitrep/internal/article"
)

// Store is a database of extracted articles. SQLite and Postgres implement
// it; both are safe for concurrent use.
type Store interface {
	// Put stores each entry whose article is not yet stored, atomically per
	// article, and reports what happened to each. A non-nil error means the
	// database itself failed (full, locked, gone); entries reported New
	// before it are committed.
	Put(ctx context.Context, batch []Entry) ([]Outcome, error)
	// Has reports whether an article with this ID is stored.
	Has(ctx context.Context, id string) (bool, error)
	// Query calls fn for each event report matching f, newest first.
	Query(ctx context.Context, f Filter, fn func(*Report) error) error
	// Results calls fn with the stored Result of every article, in ID order.
	Results(ctx context.Context, fn func(*article.Result) error) error
	// Stats counts what is stored.
	Stats(ctx context.Context, top int) (*Stats, error)
	// Dump writes a canonical text dump of the database: two databases
	// holding the same articles dump the same bytes, whatever order and
	// however many attempts it took to fill them.
	Dump(ctx context.Context, w io.Writer) error
	Close() error
}

// Entry is one article and what sitrep extracted from it.
type Entry struct {
	Article *article.Article
	Result  *article.Result

	prep *prepared // set by Prepare
}

// Outcome is what Put did with one entry.
type Outcome struct {
	ID  string
	New bool  // stored now; false when it was already there (or Err)
	Err error // this article could not be stored; the others were
}

// Errors callers branch on. Each wraps the driver's error.
var (
	ErrLocked      = errors.New("database is locked by another process")
	ErrCorrupt     = errors.New("database file is corrupt or not a sitrep database")
	ErrFull        = errors.New("disk or database is full")
	ErrUnavailable = errors.New("database server is unavailable")
	ErrNotFound    = errors.New("not found")
)

// Open opens the database named by dsn and brings its schema up to date: a
// postgres:// or postgresql:// URL opens PostgreSQL, anything else is the
// path of a SQLite file (created when missing).
func Open(ctx context.Context, dsn string) (Store, error) {
	if IsPostgres(dsn) {
		return OpenPostgres(ctx, dsn)
	}
	return OpenSQLite(ctx, dsn)
}

// IsPostgres reports whether dsn names a PostgreSQL database.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// errConflict is a deadlock or serialization failure between concurrent
// writers: the transaction is rolled back and can be tried again.
var errConflict = errors.New("conflict with a concurrent transaction")

// dbError is an error from the database, classified.
type dbError struct {
	kind error
	err  error
}

func (e *dbError) Error() string {
	return fmt.Sprintf("%v (%v)", e.kind, e.err)
}

func (e *dbError) Unwrap() []error { return []error{e.kind, e.err} }

// fatal reports whether err is the database failing rather than one
// article being unstorable: then a batch stops.
func fatal(err error) bool {
	return errors.Is(err, ErrLocked) || errors.Is(err, ErrCorrupt) || errors.Is(err, ErrFull) ||
		errors.Is(err, ErrUnavailable) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}
