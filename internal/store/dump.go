package store

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Dump writes every table as sorted text lines, leaving out what depends on
// the order articles arrived in (row ids, ingest times, which file a text
// was first read from, the day a cluster was opened with) and writing
// clusters and syndication groups by their members.
func (c *core) Dump(ctx context.Context, w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, t := range []struct{ name, query string }{
		{"article", `SELECT id, title, published, dateline_place, dateline_date, publisher, author, url, language, day,
			text, fingerprint, result, result_z FROM articles`},
		{"entity", `SELECT * FROM entities`},
		{"mention", `SELECT * FROM mentions`},
		{"event", `SELECT article_id, vid, event, mode, contexts, cameo, goldstein, actors, recipients, date_value, date_text,
			precision, day_from, day_to, place, country, lat, lon, geonameid, modality, attribution, source, source_text, cue,
			stance, quantity, unit, qualifier, quantity_text, sentence, start_off, end_off, evidence, rule, confidence,
			disputed, json FROM events`},
		{"actor", `SELECT e.article_id, e.vid, x.role, x.seq, x.entity, x.name, x.code, x.country, x.sector, x.sectors, x.text
			FROM event_actors x JOIN events e ON e.id = x.event`},
		{"cluster", c.clusterDump()},
		{"attribution", `SELECT * FROM attributions`},
		{"dispute", `SELECT * FROM dispute_sides`},
		{"quote", `SELECT * FROM quotes`},
		{"time", `SELECT * FROM times`},
		{"place", `SELECT * FROM places`},
	} {
		if err := c.dumpTable(ctx, bw, t.name, t.query); err != nil {
			return err
		}
	}
	if err := c.dumpCopies(ctx, bw); err != nil {
		return err
	}
	return bw.Flush()
}

// dumpCopies writes each group of syndicated copies as its sorted members:
// which copy is the original depends on which arrived first.
func (c *core) dumpCopies(ctx context.Context, w *bufio.Writer) error {
	rows, err := c.db.QueryContext(ctx, `SELECT canonical, id FROM articles WHERE canonical IN
		(SELECT canonical FROM articles WHERE canonical <> id) ORDER BY canonical, id`)
	if err != nil {
		return c.wrap("dump copies", err)
	}
	defer rows.Close()
	groups := map[string][]string{}
	for rows.Next() {
		var canon, id string
		if err := rows.Scan(&canon, &id); err != nil {
			return c.wrap("dump copies", err)
		}
		groups[canon] = append(groups[canon], id)
	}
	if err := rows.Err(); err != nil {
		return c.wrap("dump copies", err)
	}
	var lines []string
	for _, ids := range groups {
		lines = append(lines, "copies\t"+strings.Join(ids, " "))
	}
	slices.Sort(lines)
	for _, l := range lines {
		w.WriteString(l)
		w.WriteByte('\n')
	}
	return nil
}

// clusterDump lists each cluster by its sorted reports with its counts.
func (c *core) clusterDump() string {
	agg := `group_concat(m, ' ')`
	if c.d.dollar {
		agg = `string_agg(m, ' ' ORDER BY m)`
	}
	return `SELECT ` + agg + `, event, actors, recipients, first_seen, reports, sources, pro, con, contested
		FROM (SELECT c.*, e.article_id || '/' || e.vid AS m FROM clusters c JOIN events e ON e.cluster = c.id ORDER BY m) AS s
		GROUP BY id, event, actors, recipients, first_seen, reports, sources, pro, con, contested`
}

func (c *core) dumpTable(ctx context.Context, w *bufio.Writer, name, query string) error {
	rows, err := c.db.QueryContext(ctx, query)
	if err != nil {
		return c.wrap("dump "+name, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return c.wrap("dump "+name, err)
	}
	var lines []string
	vals := make([]sql.NullString, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return c.wrap("dump "+name, err)
		}
		var b strings.Builder
		b.WriteString(name)
		for _, v := range vals {
			b.WriteByte('\t')
			if !v.Valid {
				b.WriteString("NULL")
				continue
			}
			fmt.Fprintf(&b, "%q", v.String)
		}
		lines = append(lines, b.String())
	}
	if err := rows.Err(); err != nil {
		return c.wrap("dump "+name, err)
	}
	slices.Sort(lines)
	for _, l := range lines {
		w.WriteString(l)
		w.WriteByte('\n')
	}
	return nil
}
