package store

import (
	"context"
	"fmt"
)

// Stats counts what a database holds. Events are cross-article events
// (clusters); reports are events as coded in one article.
type Stats struct {
	Articles     int     `json:"articles"`
	Originals    int     `json:"originals"` // articles that are not syndicated copies of another
	Events       int     `json:"events"`
	Reports      int     `json:"reports"`
	Entities     int     `json:"entities"` // distinct entity names
	Disputes     int     `json:"disputes"` // events whose claim is disputed
	Attributions int     `json:"attributions"`
	Quotes       int     `json:"quotes"`
	ByType       []Count `json:"by_type"`
	ByDyad       []Count `json:"by_dyad"` // "actors > recipients", the most frequent first
	ByDay        []Count `json:"by_day"`  // the latest days first
}

// Count is a number of events under a key.
type Count struct {
	Key string `json:"key"`
	N   int    `json:"n"`
}

// Stats counts articles, reports, events, entities and disputes, and events
// by type, by dyad and by day; top limits each list (0: no limit).
func (c *core) Stats(ctx context.Context, top int) (*Stats, error) {
	var s Stats
	for _, n := range []struct {
		dst   *int
		query string
	}{
		{&s.Articles, `SELECT count(*) FROM articles`},
		{&s.Originals, `SELECT count(*) FROM articles WHERE canonical = id`},
		{&s.Events, `SELECT count(*) FROM clusters`},
		{&s.Reports, `SELECT count(*) FROM events`},
		{&s.Entities, `SELECT count(DISTINCT lower(name)) FROM entities`},
		{&s.Disputes, `SELECT count(*) FROM clusters c WHERE c.contested > 0 OR (c.pro > 0 AND c.con > 0)`},
		{&s.Attributions, `SELECT count(*) FROM attributions`},
		{&s.Quotes, `SELECT count(*) FROM quotes`},
	} {
		if err := c.db.QueryRowContext(ctx, n.query).Scan(n.dst); err != nil {
			return nil, c.wrap("stats", err)
		}
	}
	limit := ""
	if top > 0 {
		limit = fmt.Sprintf(" LIMIT %d", top)
	}
	var err error
	if s.ByType, err = c.counts(ctx, `SELECT event, count(*) FROM clusters GROUP BY event ORDER BY count(*) DESC, event`+limit); err != nil {
		return nil, err
	}
	if s.ByDyad, err = c.counts(ctx, `SELECT actors || ' > ' || recipients, count(*) FROM clusters
		GROUP BY actors, recipients ORDER BY count(*) DESC, actors, recipients`+limit); err != nil {
		return nil, err
	}
	if s.ByDay, err = c.counts(ctx, `SELECT day, count(*) FROM clusters WHERE day <> '' GROUP BY day ORDER BY day DESC`+limit); err != nil {
		return nil, err
	}
	return &s, nil
}

func (c *core) counts(ctx context.Context, query string) ([]Count, error) {
	rows, err := c.db.QueryContext(ctx, query)
	if err != nil {
		return nil, c.wrap("stats", err)
	}
	defer rows.Close()
	cs := []Count{}
	for rows.Next() {
		var k Count
		if err := rows.Scan(&k.Key, &k.N); err != nil {
			return nil, c.wrap("stats", err)
		}
		cs = append(cs, k)
	}
	return cs, c.wrap("stats", rows.Err())
}
