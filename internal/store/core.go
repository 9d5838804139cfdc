package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// dialect is what differs between the SQL databases: everything else is
// the shared core.
type dialect struct {
	name   string // folder of its migrations
	dollar bool   // placeholders are $1, $2 ... instead of ?
	// lockMigrations is run at the start of each migration transaction.
	lockMigrations string
	// lockCluster, when set, is run with a cluster key before looking the
	// key up, so that concurrent writers never open two clusters for one
	// event. SQLite needs none: it has one writer.
	lockCluster string
	// lockValues, when set, is run with the four MinHashes of an article,
	// sorted, before looking for its original, for the same reason.
	lockValues string
	// fts returns a condition on articles aliased "a" that holds when the
	// article matches the full-text query bound to its one placeholder.
	fts func() string
	// ftsQuery turns what the user typed into the dialect's query syntax.
	ftsQuery func(string) string
	// textIndex is the full-text index table with its columns (rowid,
	// title, text), none when the database indexes by itself.
	textIndex table
	// classify maps a driver error to one of the package's sentinel errors,
	// or nil when it is none of them.
	classify func(error) error
	// serialWrites makes Put hold a lock: SQLite has one writer at a time.
	serialWrites bool
}

// core is the store over database/sql that SQLite and Postgres share.
type core struct {
	db   *sql.DB
	d    dialect
	desc string // what to name in errors: the file or the server
	wmu  sync.Mutex
}

// q rewrites ? placeholders for the dialect. Queries in this package never
// hold a literal question mark.
func (c *core) q(query string) string {
	if !c.d.dollar {
		return query
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

// wrap turns a database error into a store error naming the database and
// what was being done, classified when the dialect recognises it.
func (c *core) wrap(what string, err error) error {
	if err == nil {
		return nil
	}
	if kind := c.d.classify(err); kind != nil {
		err = &dbError{kind: kind, err: err}
	}
	return fmt.Errorf("store: %s: %s: %w", c.desc, what, err)
}

// Close closes the database.
func (c *core) Close() error {
	return c.wrap("close", c.db.Close())
}

// Has reports whether an article with this ID is stored.
func (c *core) Has(ctx context.Context, id string) (bool, error) {
	var one int
	err := c.db.QueryRowContext(ctx, c.q(`SELECT 1 FROM articles WHERE id = ?`), id).Scan(&one)
	if err == sql.ErrNoRows {
		return false, nil
	}
	if err != nil {
		return false, c.wrap("has "+id, err)
	}
	return true, nil
}
