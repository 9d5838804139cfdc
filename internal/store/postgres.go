package store

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

// Postgres is a Store in a PostgreSQL database, for deployments that share
// one database between many ingest processes.
type Postgres struct {
	core
}

// OpenPostgres connects to the database at url (postgres://...) and brings
// its schema up to date. A search_path parameter in the URL selects the
// schema to use.
func OpenPostgres(ctx context.Context, url string) (*Postgres, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("store: postgres: %w", err)
	}
	p := &Postgres{core{d: postgresDialect, desc: "postgres " + cfg.Host + "/" + cfg.Database}}
	p.db = stdlib.OpenDB(*cfg)
	if err := p.db.PingContext(ctx); err != nil {
		p.db.Close()
		return nil, p.wrap("connect", err)
	}
	if err := p.migrate(ctx); err != nil {
		p.db.Close()
		return nil, err
	}
	return p, nil
}

var postgresDialect = dialect{
	name:           "postgres",
	dollar:         true,
	lockMigrations: `SELECT pg_advisory_xact_lock(7420160)`,
	lockCluster:    `SELECT pg_advisory_xact_lock(hashtext(?))`,
	// One round trip; the select list is evaluated left to right.
	lockValues: `SELECT pg_advisory_xact_lock(?), pg_advisory_xact_lock(?), pg_advisory_xact_lock(?),
		pg_advisory_xact_lock(?)`,
	fts:      func() string { return `a.fts @@ websearch_to_tsquery('english', ?)` },
	ftsQuery: func(s string) string { return s },
	classify: postgresClassify,
}

func postgresClassify(err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == "53100":
			return ErrFull
		case pe.Code == "40P01" || pe.Code == "40001":
			return errConflict
		case pe.Code == "55P03":
			return ErrLocked
		case pe.Code == "XX001" || pe.Code == "XX002":
			return ErrCorrupt
		case strings.HasPrefix(pe.Code, "08") || strings.HasPrefix(pe.Code, "57P"):
			return ErrUnavailable
		}
		return nil
	}
	var ce *pgconn.ConnectError
	var ne net.Error
	if errors.As(err, &ce) || errors.As(err, &ne) || errors.Is(err, io.EOF) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, driver.ErrBadConn) || pgconn.SafeToRetry(err) {
		return ErrUnavailable
	}
	if strings.Contains(err.Error(), "conn closed") || strings.Contains(err.Error(), "connection reset") {
		return ErrUnavailable
	}
	return nil
}
