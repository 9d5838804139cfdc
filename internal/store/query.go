package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/article"
)

// Filter selects event reports. Zero fields match everything; the fields
// that are set must all match.
type Filter struct {
	// Actors and Recipients match by CAMEO code prefix when a value is
	// upper case ("RUS" matches RUSGOV and RUSMIL), else by entity name,
	// case-insensitively ("kim jong un"). Any one value of a list matches.
	// Both set is a dyad.
	Actors     []string
	Recipients []string
	Events     []string // PLOVER types, any of them
	Mode       string
	Context    string
	From, To   string // YYYY-MM-DD, inclusive; an event matches when its date overlaps the range
	Place      string // location name, case-insensitive
	Country    string // location country (ISO alpha-3)
	Source     string // the publisher, or the source the event is attributed to
	Stance     string
	Disputed   bool   // only events whose claim is disputed, in one article or across articles
	Text       string // full-text search over the article title and text
	Article    string // one article ID
	Limit      int    // at most this many reports; 0 is no limit
}

// Report is one event as one article reports it, with the cross-article
// event (cluster) it belongs to.
type Report struct {
	ID      int64         `json:"id"`
	Article ArticleRef    `json:"article"`
	Event   article.Event `json:"event"`
	DayFrom string        `json:"day_from"` // the days the event's date covers
	DayTo   string        `json:"day_to"`
	Cluster ClusterInfo   `json:"cluster"`
}

// ArticleRef names the article a report is in.
type ArticleRef struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	Published string `json:"published"`
	URL       string `json:"url"`
}

// ClusterInfo is the cross-article event a report belongs to.
type ClusterInfo struct {
	ID        int64  `json:"id"`
	Reports   int    `json:"reports"` // distinct reports; syndicated copies count once
	Sources   int    `json:"sources"` // distinct publishers
	FirstSeen string `json:"first_seen"`
	Pro       int    `json:"pro"` // reports asserting it
	Con       int    `json:"con"` // reports denying or not confirming it
	Disputed  bool   `json:"disputed"`
}

// Query calls fn for each report matching f, the latest events first.
func (c *core) Query(ctx context.Context, f Filter, fn func(*Report) error) error {
	where, args, err := c.where(f)
	if err != nil {
		return err
	}
	query := `SELECT e.id, e.json, e.day_from, e.day_to, c.id, c.reports, c.sources, c.first_seen, c.pro, c.con,
		c.contested, e.disputed, a.id, a.title, a.publisher, a.published, a.url
		FROM events e JOIN clusters c ON c.id = e.cluster JOIN articles a ON a.id = e.article_id`
	if len(where) > 0 {
		query += "\nWHERE " + strings.Join(where, "\nAND ")
	}
	query += "\nORDER BY e.day_from DESC, e.id DESC"
	if f.Limit > 0 {
		query += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := c.db.QueryContext(ctx, c.q(query), args...)
	if err != nil {
		return c.wrap("query", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r Report
		var js string
		var contested, disputed int
		if err := rows.Scan(&r.ID, &js, &r.DayFrom, &r.DayTo, &r.Cluster.ID, &r.Cluster.Reports, &r.Cluster.Sources,
			&r.Cluster.FirstSeen, &r.Cluster.Pro, &r.Cluster.Con, &contested, &disputed,
			&r.Article.ID, &r.Article.Title, &r.Article.Publisher, &r.Article.Published, &r.Article.URL); err != nil {
			return c.wrap("query", err)
		}
		if err := json.Unmarshal([]byte(js), &r.Event); err != nil {
			return fmt.Errorf("store: event %d: %w", r.ID, err)
		}
		r.Cluster.Disputed = disputed > 0 || contested > 0 || (r.Cluster.Pro > 0 && r.Cluster.Con > 0)
		if err := fn(&r); err != nil {
			return err
		}
	}
	return c.wrap("query", rows.Err())
}

// where turns a filter into conditions on events e, clusters c and articles a.
func (c *core) where(f Filter) (conds []string, args []any, err error) {
	add := func(cond string, a ...any) {
		conds = append(conds, cond)
		args = append(args, a...)
	}
	for _, side := range []struct {
		role   string
		values []string
	}{{"actor", f.Actors}, {"recipient", f.Recipients}} {
		if len(side.values) == 0 {
			continue
		}
		var ors []string
		var as []any
		for _, v := range side.values {
			switch {
			case isCode(v) && len(v) == 3:
				ors = append(ors, `x.cc = ?`)
				as = append(as, v)
			case isCode(v):
				ors = append(ors, `(x.code >= ? AND x.code < ?)`)
				as = append(as, v, v+"\x7f")
			default:
				ors = append(ors, `x.name = ?`)
				as = append(as, strings.ToLower(strings.TrimSpace(v)))
			}
		}
		// The date bounds are repeated on the actor rows, where an index
		// (country or code, role, day) serves them.
		days, dayArgs := dayBounds("x", f)
		add(`e.id IN (SELECT x.event FROM event_actors x WHERE x.role = '`+side.role+`' AND (`+strings.Join(ors, " OR ")+`)`+
			days+`)`, append(as, dayArgs...)...)
	}
	if len(f.Events) > 0 {
		ph := strings.TrimSuffix(strings.Repeat("?, ", len(f.Events)), ", ")
		as := make([]any, len(f.Events))
		for i, e := range f.Events {
			as[i] = strings.ToUpper(e)
		}
		add(`e.event IN (`+ph+`)`, as...)
	}
	if f.Mode != "" {
		add(`e.mode = ?`, f.Mode)
	}
	if f.Context != "" {
		add(`e.contexts LIKE ?`, "% "+f.Context+" %")
	}
	for _, d := range []string{f.From, f.To} {
		if _, err := time.Parse(time.DateOnly, d); d != "" && err != nil {
			return nil, nil, fmt.Errorf("store: date %q: want YYYY-MM-DD", d)
		}
	}
	if f.From != "" {
		add(`e.day_to >= ?`, f.From)
	}
	if days, dayArgs := dayBounds("e", f); days != "" {
		add(strings.TrimPrefix(days, " AND "), dayArgs...)
	}
	if f.Place != "" {
		add(`lower(e.place) = ?`, strings.ToLower(f.Place))
	}
	if f.Country != "" {
		add(`e.country = ?`, strings.ToUpper(f.Country))
	}
	if f.Source != "" {
		s := strings.ToLower(f.Source)
		add(`(lower(a.publisher) = ? OR lower(e.source_text) = ?)`, s, s)
	}
	if f.Stance != "" {
		add(`e.stance = ?`, f.Stance)
	}
	if f.Disputed {
		add(`(e.disputed = 1 OR c.contested > 0 OR (c.pro > 0 AND c.con > 0))`)
	}
	if f.Text != "" {
		add(c.d.fts(), c.d.ftsQuery(f.Text))
	}
	if f.Article != "" {
		add(`a.id = ?`, f.Article)
	}
	return conds, args, nil
}

// isCode reports whether v is written like a CAMEO actor code: upper-case
// letters only, at least three.
func isCode(v string) bool {
	if len(v) < 3 {
		return false
	}
	for _, r := range v {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// Results calls fn with every stored Result, in article ID order, with its
// text and events.
func (c *core) Results(ctx context.Context, fn func(*article.Result) error) error {
	rows, err := c.db.QueryContext(ctx, `SELECT id, result, result_z, text FROM articles ORDER BY id`)
	if err != nil {
		return c.wrap("results", err)
	}
	defer rows.Close()
	events, err := c.db.PrepareContext(ctx, c.q(`SELECT json FROM events WHERE article_id = ? ORDER BY id`))
	if err != nil {
		return c.wrap("results", err)
	}
	defer events.Close()
	for rows.Next() {
		var id, js, text string
		var z []byte
		if err := rows.Scan(&id, &js, &z, &text); err != nil {
			return c.wrap("results", err)
		}
		var r article.Result
		if z != nil {
			err = inflateJSON(z, &r)
		} else {
			err = json.Unmarshal([]byte(js), &r) // written before migration 0003
		}
		if err != nil {
			return fmt.Errorf("store: result %s: %w", id, err)
		}
		r.Article.Text = text
		// An article's rows are written once, in one transaction, so
		// reading its events apart from it sees them all.
		if r.Events, err = c.articleEvents(ctx, events, id); err != nil {
			return err
		}
		if err := fn(&r); err != nil {
			return err
		}
	}
	return c.wrap("results", rows.Err())
}

func (c *core) articleEvents(ctx context.Context, stmt *sql.Stmt, id string) ([]article.Event, error) {
	rows, err := stmt.QueryContext(ctx, id)
	if err != nil {
		return nil, c.wrap("results", err)
	}
	defer rows.Close()
	evs := []article.Event{}
	for rows.Next() {
		var js string
		if err := rows.Scan(&js); err != nil {
			return nil, c.wrap("results", err)
		}
		var ev article.Event
		if err := json.Unmarshal([]byte(js), &ev); err != nil {
			return nil, fmt.Errorf("store: result %s: event: %w", id, err)
		}
		evs = append(evs, ev)
	}
	return evs, c.wrap("results", rows.Err())
}

// dayBounds bounds day_from of table alias t for the filter's date range:
// an event's date covers at most a year, so an event overlapping [From, To]
// starts between a year before From and To. The bounds let an index on
// day_from limit the scan; the exact overlap test is on e.day_to.
func dayBounds(t string, f Filter) (cond string, args []any) {
	if f.From != "" && t != "e" {
		cond += " AND " + t + ".day_to >= ?"
		args = append(args, f.From)
	}
	if f.From != "" {
		if from, err := time.Parse(time.DateOnly, f.From); err == nil {
			cond += " AND " + t + ".day_from >= ?"
			args = append(args, from.AddDate(-1, 0, 0).Format(time.DateOnly))
		}
	}
	if f.To != "" {
		cond += " AND " + t + ".day_from <= ? AND " + t + ".day_from <> ''"
		args = append(args, f.To)
	}
	return cond, args
}
