package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
)

// migrations holds the schema, one ordered list per dialect:
// migrations/<dialect>/NNNN_name.sql. A migration runs once, in a
// transaction with its entry in schema_migrations.
//
//go:embed migrations
var migrations embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

func loadMigrations(dialect string) ([]migration, error) {
	dir := path.Join("migrations", dialect)
	ents, err := fs.ReadDir(migrations, dir)
	if err != nil {
		return nil, fmt.Errorf("store: migrations: %w", err)
	}
	var ms []migration
	for _, e := range ents {
		n, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(n)
		if !ok || err != nil || !strings.HasSuffix(e.Name(), ".sql") {
			return nil, fmt.Errorf("store: migration %s: name must be NNNN_name.sql", e.Name())
		}
		b, err := fs.ReadFile(migrations, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("store: migrations: %w", err)
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(b)})
	}
	slices.SortFunc(ms, func(a, b migration) int { return a.version - b.version })
	return ms, nil
}

// migrate applies the migrations the database has not seen, each in its own
// transaction, which the dialect may start with a lock to keep concurrent
// migrators apart.
func (c *core) migrate(ctx context.Context) error {
	ms, err := loadMigrations(c.d.name)
	if err != nil {
		return err
	}
	// Reading first keeps an up-to-date database from taking the write
	// lock on open, so that opening never waits for another writer.
	applied, err := c.applied(ctx)
	if err != nil {
		if _, err := c.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
			return c.wrap("create schema_migrations", err)
		}
	}
	for _, m := range ms {
		if applied[m.version] {
			continue
		}
		if err := c.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

// applied returns the versions already applied; an error when the
// database has no schema_migrations table yet, or cannot be read.
func (c *core) applied(ctx context.Context) (map[int]bool, error) {
	rows, err := c.db.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	vs := map[int]bool{}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		vs[v] = true
	}
	return vs, rows.Err()
}

func (c *core) apply(ctx context.Context, m migration) error {
	tx, err := c.db.BeginTx(ctx, nil)
	if err != nil {
		return c.wrap("migrate", err)
	}
	defer tx.Rollback()
	if c.d.lockMigrations != "" {
		if _, err := tx.ExecContext(ctx, c.d.lockMigrations); err != nil {
			return c.wrap("migrate: lock", err)
		}
	}
	var one int
	err = tx.QueryRowContext(ctx, c.q(`SELECT 1 FROM schema_migrations WHERE version = ?`), m.version).Scan(&one)
	if err == nil {
		return nil
	}
	if err != sql.ErrNoRows {
		return c.wrap("migrate", err)
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return c.wrap("migration "+m.name, err)
	}
	if _, err := tx.ExecContext(ctx, c.q(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`),
		m.version, m.name, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return c.wrap("migrate", err)
	}
	return c.wrap("migrate: commit", tx.Commit())
}
