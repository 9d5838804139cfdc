package store

import (
	"context"
	"database/sql"
	"errors"
	"net/url"
	"slices"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// SQLite is a Store in one SQLite file, in WAL mode: readers never wait for
// the writer, and a crash loses at most the transaction in flight.
type SQLite struct {
	core
}

// sqlitePragmas are set on every connection. synchronous=NORMAL in WAL
// mode keeps every committed transaction across a process crash (kill -9);
// only a power cut can lose the last few. A page cache of up to 64 MiB per
// connection keeps the indexes of a large database in memory.
// temp_store=MEMORY keeps statement journals (the undo log of one statement
// inside a transaction) off temporary files; committed data is unaffected.
var sqlitePragmas = []string{"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(1)",
	"cache_size(-65536)", "temp_store(MEMORY)"}

// OpenSQLite opens (creating it when missing) the SQLite database at path
// and brings its schema up to date. Driver parameters may follow a '?' in
// path; a _pragma there replaces sitrep's own of the same name, so that
// "x.db?_pragma=busy_timeout(100)" shortens the wait for a lock.
//
// Write transactions begin IMMEDIATE, so that two writers queue on the
// busy timeout instead of failing when a read lock cannot be upgraded.
func OpenSQLite(ctx context.Context, path string) (*SQLite, error) {
	file, extra, _ := strings.Cut(path, "?")
	s := &SQLite{core{d: sqliteDialect, desc: file}}
	params, err := url.ParseQuery(extra)
	if err != nil {
		return nil, s.wrap("open", err)
	}
	for _, p := range sqlitePragmas {
		name, _, _ := strings.Cut(p, "(")
		if !slices.ContainsFunc(params["_pragma"], func(q string) bool { return strings.HasPrefix(q, name+"(") }) {
			params.Add("_pragma", p)
		}
	}
	if !params.Has("_txlock") {
		params.Set("_txlock", "immediate")
	}
	conn, err := sqlite.NewConnector("file:" + file + "?" + params.Encode())
	if err != nil {
		return nil, s.wrap("open", err)
	}
	s.db = sql.OpenDB(conn)
	if err := s.db.PingContext(ctx); err != nil {
		s.db.Close()
		return nil, s.wrap("open", err)
	}
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, err
	}
	return s, nil
}

var sqliteDialect = dialect{
	name:         "sqlite",
	fts:          func() string { return `a.seq IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)` },
	ftsQuery:     sqliteFTSQuery,
	textIndex:    newTable("article_fts (rowid, title, text)"),
	classify:     sqliteClassify,
	serialWrites: true,
}

// sqliteFTSQuery makes each word of s a quoted FTS5 string, so that what a
// user types is searched for rather than parsed as FTS5 syntax; words are
// ANDed, "OR" between words is kept.
func sqliteFTSQuery(s string) string {
	var terms []string
	for _, w := range strings.Fields(s) {
		if w == "OR" {
			terms = append(terms, w)
			continue
		}
		terms = append(terms, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	return strings.Join(terms, " ")
}

func sqliteClassify(err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return nil
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return ErrLocked
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return ErrCorrupt
	case sqlite3.SQLITE_FULL:
		return ErrFull
	case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_READONLY:
		return ErrUnavailable
	}
	return nil
}
