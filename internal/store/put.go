package store

import (
	"bytes"
	"compress/flate"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/cluster"
)

// Put stores a batch of articles. The batch is tried as one transaction
// (fast); when that fails, each article is retried in its own, so that one
// bad article costs only itself. A database failure (full, locked, gone)
// stops the batch and is returned; what was committed stays.
func (c *core) Put(ctx context.Context, batch []Entry) ([]Outcome, error) {
	if c.d.serialWrites {
		c.wmu.Lock()
		defer c.wmu.Unlock()
	}
	outs, err := c.putTx(ctx, batch)
	for try := 1; try < 4 && errors.Is(err, errConflict); try++ {
		time.Sleep(time.Duration(try*try) * 50 * time.Millisecond)
		outs, err = c.putTx(ctx, batch)
	}
	if err == nil {
		return outs, nil
	}
	if fatal(err) || len(batch) == 1 {
		if len(batch) == 1 && !fatal(err) {
			return []Outcome{{ID: batch[0].Article.ID, Err: err}}, nil
		}
		return nil, err
	}
	outs = make([]Outcome, len(batch))
	for i, e := range batch {
		o, err := c.putTx(ctx, batch[i:i+1])
		switch {
		case err == nil:
			outs[i] = o[0]
		case fatal(err):
			return outs[:i], err
		default:
			outs[i] = Outcome{ID: e.Article.ID, Err: err}
		}
	}
	return outs, nil
}

func (c *core) putTx(ctx context.Context, batch []Entry) ([]Outcome, error) {
	tx, err := c.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, c.wrap("begin", err)
	}
	defer tx.Rollback()
	w := &writer{c: c, tx: tx, stmts: map[string]*sql.Stmt{}, inserts: map[insertKey]*sql.Stmt{}}
	defer w.close()
	outs := make([]Outcome, len(batch))
	for i := range batch {
		e := &batch[i]
		isNew, err := w.put(ctx, e)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", e.Article.Origin, err)
		}
		outs[i] = Outcome{ID: e.Article.ID, New: isNew}
	}
	// Indexed last: FTS5 writes its pending terms to disk at every later
	// statement of the transaction, so indexing the batch at the end writes
	// them once.
	if err := w.insertRows(ctx, w.c.d.textIndex, w.texts); err != nil {
		return nil, fmt.Errorf("full-text index: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, c.wrap("commit", err)
	}
	return outs, nil
}

// writer inserts articles within one transaction, preparing each statement once.
type writer struct {
	c     *core
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	// inserts are the multi-row INSERTs prepared so far.
	inserts map[insertKey]*sql.Stmt
	texts   []any // full-text index rows of the articles inserted
	args    []any // rows being collected for insertRows, reused
}

func (w *writer) close() {
	for _, s := range w.stmts {
		s.Close()
	}
	for _, s := range w.inserts {
		s.Close()
	}
}

func (w *writer) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := w.stmts[query]; ok {
		return s, nil
	}
	s, err := w.tx.PrepareContext(ctx, w.c.q(query))
	if err != nil {
		return nil, w.c.wrap("prepare", err)
	}
	w.stmts[query] = s
	return s, nil
}

func (w *writer) exec(ctx context.Context, query string, args ...any) error {
	s, err := w.stmt(ctx, query)
	if err != nil {
		return err
	}
	_, err = s.ExecContext(ctx, args...)
	return w.c.wrap("insert", err)
}

// row runs a query expected to return at most one row; ok is false when
// it returned none.
func (w *writer) row(ctx context.Context, query string, args []any, dest ...any) (ok bool, err error) {
	s, err := w.stmt(ctx, query)
	if err != nil {
		return false, err
	}
	err = s.QueryRowContext(ctx, args...).Scan(dest...)
	if err == sql.ErrNoRows {
		return false, nil
	}
	return err == nil, w.c.wrap("query", err)
}

func (w *writer) put(ctx context.Context, e *Entry) (isNew bool, err error) {
	if err := e.Prepare(); err != nil {
		return false, err
	}
	a, res := e.Article, e.Result
	// An article already stored is recognised by the INSERT below, which
	// then inserts nothing: no lookup first.
	day := ""
	if t, ok := a.Anchor(); ok {
		day = t.Format(time.DateOnly)
	}
	fp, js := e.prep.fp, e.prep.result
	canonical, err := w.canonical(ctx, a.ID, fp)
	if err != nil {
		return false, err
	}
	var seq int64
	ok, err := w.row(ctx, `INSERT INTO articles (id, title, published, dateline_place, dateline_date, publisher,
		author, url, language, origin, day, text, fingerprint, fp0, fp1, fp2, fp3, canonical, result, result_z, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)
		ON CONFLICT (id) DO NOTHING RETURNING seq`,
		[]any{a.ID, a.Title, a.Published, a.Dateline.Place, a.Dateline.Date, a.Publisher, a.Author, a.URL, a.Language,
			a.Origin, day, a.Text, int64(fp.SimHash), int64(fp.Min[0]), int64(fp.Min[1]), int64(fp.Min[2]), int64(fp.Min[3]), canonical, js,
			time.Now().UTC().Format(time.RFC3339)}, &seq)
	if err != nil || !ok {
		return false, err
	}
	if w.c.d.textIndex.name != "" {
		w.texts = append(w.texts, seq, a.Title, a.Text)
	}
	if err := w.entities(ctx, a.ID, res.Entities); err != nil {
		return false, err
	}
	src := articleSource{id: a.ID, canonical: canonical, publisher: a.Publisher, day: day}
	if err := w.events(ctx, src, res); err != nil {
		return false, err
	}
	if err := w.frames(ctx, a.ID, res); err != nil {
		return false, err
	}
	return true, nil
}

// canonical returns the ID of the stored original that an article with
// fingerprint fp is a syndicated copy of, or the article's own ID.
func (w *writer) canonical(ctx context.Context, id string, fp cluster.Fingerprint) (string, error) {
	if fp.Zero() {
		return id, nil
	}
	b := fp.Min
	if w.c.d.lockValues != "" {
		locks := b
		slices.Sort(locks[:]) // one order for every writer: no deadlock between two
		if err := w.exec(ctx, w.c.d.lockValues, int64(locks[0]), int64(locks[1]), int64(locks[2]), int64(locks[3])); err != nil {
			return "", err
		}
	}
	// Only originals are candidates: a copy is found through its original,
	// and a story syndicated a thousand times costs one comparison.
	const cols = `SELECT id, fingerprint, fp0, fp1, fp2, fp3 FROM articles`
	s, err := w.stmt(ctx, cols+` WHERE fp0 = ? AND fingerprint <> 0 AND canonical = id
		UNION ALL `+cols+` WHERE fp1 = ? AND fingerprint <> 0 AND canonical = id
		UNION ALL `+cols+` WHERE fp2 = ? AND fingerprint <> 0 AND canonical = id
		UNION ALL `+cols+` WHERE fp3 = ? AND fingerprint <> 0 AND canonical = id`)
	if err != nil {
		return "", err
	}
	rows, err := s.QueryContext(ctx, int64(b[0]), int64(b[1]), int64(b[2]), int64(b[3]))
	if err != nil {
		return "", w.c.wrap("fingerprint", err)
	}
	defer rows.Close()
	best := ""
	for rows.Next() {
		var orig string
		var sim, m0, m1, m2, m3 int64
		if err := rows.Scan(&orig, &sim, &m0, &m1, &m2, &m3); err != nil {
			return "", w.c.wrap("fingerprint", err)
		}
		other := cluster.Fingerprint{SimHash: uint64(sim), Min: [4]uint64{uint64(m0), uint64(m1), uint64(m2), uint64(m3)}}
		// The smallest ID among the matches keeps the choice independent of
		// the order rows come back in.
		if cluster.Near(fp, other) && (best == "" || orig < best) {
			best = orig
		}
	}
	if err := rows.Err(); err != nil {
		return "", w.c.wrap("fingerprint", err)
	}
	if best == "" {
		return id, nil
	}
	return best, nil
}

func (w *writer) entities(ctx context.Context, id string, ents []article.Entity) error {
	rows := w.args[:0]
	for _, e := range ents {
		rows = append(rows, id, e.ID, e.Name, e.Kind, e.Country, e.Sector, strings.Join(e.Sectors, " "), e.Role, e.Code)
	}
	if err := w.insertRows(ctx, entitiesTable, rows); err != nil {
		return err
	}
	rows = rows[:0]
	for _, e := range ents {
		for i, m := range e.Mentions {
			rows = append(rows, id, e.ID, i, m.Text, m.Start, m.End)
		}
	}
	w.args = rows
	return w.insertRows(ctx, mentionsTable, rows)
}

// table is a table with the columns an INSERT fills: "name (col, ...)".
type table struct {
	name    string
	columns int
}

func newTable(decl string) table {
	return table{name: decl, columns: strings.Count(decl, ",") + 1}
}

var (
	entitiesTable     = newTable("entities (article_id, eid, name, kind, country, sector, sectors, role, code)")
	mentionsTable     = newTable("mentions (article_id, eid, seq, text, start_off, end_off)")
	attributionsTable = newTable(`attributions (article_id, aid, source, source_text, source_start, source_end, cue, cue_start,
		cue_end, content_start, content_end, stance, parent)`)
	disputeSidesTable = newTable("dispute_sides (article_id, claim, seq, attribution, stance, source)")
	quotesTable       = newTable("quotes (article_id, seq, speaker, text, start_off, end_off, cue)")
	timesTable        = newTable("times (article_id, seq, text, value, type, mod, start_off, end_off)")
	placesTable       = newTable("places (article_id, seq, text, name, country, lat, lon, geonameid, feature, start_off, end_off)")
)

// rowsPerInsert is how many rows one INSERT statement carries.
const rowsPerInsert = 16

// insertKey names a prepared multi-row INSERT.
type insertKey struct {
	table  string
	rows   int
	suffix string
}

// insertRows inserts rows into t, given as their values one row after
// another, many rows per statement: the cost of a statement, not of a row,
// dominates.
func (w *writer) insertRows(ctx context.Context, t table, values []any) error {
	if len(values)%max(t.columns, 1) != 0 {
		return fmt.Errorf("store: %d values for %d columns of %s", len(values), t.columns, t.name)
	}
	for len(values) > 0 {
		n := min(len(values)/t.columns, rowsPerInsert)
		s, err := w.insert(ctx, t, n, "")
		if err != nil {
			return err
		}
		if _, err := s.ExecContext(ctx, values[:n*t.columns]...); err != nil {
			return w.c.wrap("insert", err)
		}
		values = values[n*t.columns:]
	}
	return nil
}

// insert returns the statement inserting n rows into t, followed by suffix.
func (w *writer) insert(ctx context.Context, t table, n int, suffix string) (*sql.Stmt, error) {
	key := insertKey{t.name, n, suffix}
	if s, ok := w.inserts[key]; ok {
		return s, nil
	}
	tuple := "(" + strings.TrimSuffix(strings.Repeat("?, ", t.columns), ", ") + ")"
	query := "INSERT INTO " + t.name + " VALUES " + strings.TrimSuffix(strings.Repeat(tuple+", ", n), ", ") + suffix
	s, err := w.tx.PrepareContext(ctx, w.c.q(query))
	if err != nil {
		return nil, w.c.wrap("prepare", err)
	}
	w.inserts[key] = s
	return s, nil
}

// articleSource is what clustering needs to know about the article a
// report comes from.
type articleSource struct {
	id, canonical, publisher, day string
}

// sourceKey names the publisher for counting distinct sources; an article
// without one stands for itself (its original, if it is a copy).
func (s articleSource) sourceKey() string {
	if s.publisher != "" {
		return "p:" + s.publisher
	}
	return "a:" + s.canonical
}

var (
	eventsTable = newTable(`events (article_id, vid, event, mode, contexts, cameo, goldstein, actors, recipients,
		date_value, date_text, precision, day_from, day_to, place, country, lat, lon, geonameid, modality,
		attribution, source, source_text, cue, stance, quantity, unit, qualifier, quantity_text,
		sentence, start_off, end_off, evidence, rule, confidence, disputed, cluster, json)`)
	eventActorsTable = newTable(`event_actors (event, role, seq, entity, name, code, country, sector, sectors, text,
		cc, day_from, day_to)`)
)

// events clusters an article's events, then inserts them and their actors
// many rows per statement. Clustering reads no events, so doing it first
// changes nothing.
func (w *writer) events(ctx context.Context, src articleSource, res *article.Result) error {
	if len(res.Events) == 0 {
		return nil
	}
	disputed := map[string]bool{}
	for _, d := range res.Disputes {
		disputed[d.Claim] = true
	}
	type days struct{ from, to string }
	spans := make([]days, len(res.Events))
	rows := w.args[:0]
	defer func() { w.args = rows }()
	for i := range res.Events {
		ev := &res.Events[i]
		from, to := dayRange(ev.Date, src.day)
		spans[i] = days{from, to}
		sig := cluster.Of(ev, from)
		side := cluster.SideOf(ev)
		cid, created, err := w.cluster(ctx, sig, src.day, side, disputed[ev.ID])
		if err != nil {
			return err
		}
		if created {
			// Counted when created; remembered for the reports to come.
			_, err = w.insertOnce(ctx, `INSERT INTO cluster_reports (cluster, canonical) VALUES (?, ?)`, cid, src.canonical)
			if err == nil {
				_, err = w.insertOnce(ctx, `INSERT INTO cluster_sources (cluster, source) VALUES (?, ?)`, cid, src.sourceKey())
			}
		} else {
			err = w.joinCluster(ctx, cid, src, side, disputed[ev.ID])
		}
		if err != nil {
			return err
		}
		r := eventRow(ev)
		rows = append(rows, src.id, ev.ID, ev.Event, ev.Mode, r.contexts, ev.Cameo, ev.Goldstein, sig.Actors, sig.Recipients,
			r.dateValue, r.dateText, sig.Precision, from, to, sig.Place, sig.Country, r.lat, r.lon, r.geonameid, ev.Modality,
			r.attribution, r.source, r.sourceText, r.cue, r.stance, r.quantity, r.unit, r.qualifier, r.quantityText,
			ev.Evidence.Sentence, ev.Evidence.Start, ev.Evidence.End, ev.Evidence.Text, ev.Rule, ev.Confidence,
			boolInt(disputed[ev.ID]), cid, r.json)
	}
	ids, err := w.insertEvents(ctx, rows)
	if err != nil {
		return err
	}

	names := map[string]string{}
	for _, e := range res.Entities {
		names[e.ID] = strings.ToLower(e.Name)
	}
	rows = rows[:0]
	for i := range res.Events {
		ev := &res.Events[i]
		for _, side := range []struct {
			role string
			refs []article.ActorRef
		}{{"actor", ev.Actor}, {"recipient", ev.Recipient}} {
			for j, a := range side.refs {
				name := names[a.Entity]
				if name == "" {
					name = strings.ToLower(a.Text)
				}
				rows = append(rows, ids[ev.ID], side.role, j, a.Entity, name, a.Code, a.Country, a.Sector,
					strings.Join(a.Sectors, " "), a.Text, prefix3(a.Code), spans[i].from, spans[i].to)
			}
		}
	}
	return w.insertRows(ctx, eventActorsTable, rows)
}

// insertEvents inserts event rows and returns their ids by vid.
func (w *writer) insertEvents(ctx context.Context, values []any) (map[string]int64, error) {
	t := eventsTable
	ids := make(map[string]int64, len(values)/t.columns)
	for len(values) > 0 {
		n := min(len(values)/t.columns, rowsPerInsert)
		s, err := w.insert(ctx, t, n, " RETURNING id, vid")
		if err != nil {
			return nil, err
		}
		rows, err := s.QueryContext(ctx, values[:n*t.columns]...)
		if err != nil {
			return nil, w.c.wrap("insert", err)
		}
		for rows.Next() {
			var id int64
			var vid string
			if err := rows.Scan(&id, &vid); err != nil {
				rows.Close()
				return nil, w.c.wrap("insert", err)
			}
			ids[vid] = id
		}
		if err := rows.Close(); err != nil {
			return nil, w.c.wrap("insert", err)
		}
		if err := rows.Err(); err != nil {
			return nil, w.c.wrap("insert", err)
		}
		values = values[n*t.columns:]
	}
	return ids, nil
}

// cluster returns the cluster a report with signature sig joins, or
// creates one (created) counting the report as its first.
func (w *writer) cluster(ctx context.Context, sig cluster.Signature, articleDay string, side cluster.Side, disputed bool) (id int64, created bool, err error) {
	lo, hi := sig.Day, sig.Day
	if sig.Day != "" {
		if t, err := time.Parse(time.DateOnly, sig.Day); err == nil {
			lo = t.AddDate(0, 0, -cluster.Window).Format(time.DateOnly)
			hi = t.AddDate(0, 0, cluster.Window).Format(time.DateOnly)
		}
	}
	if w.c.d.lockCluster != "" {
		if err := w.exec(ctx, w.c.d.lockCluster, sig.Key()); err != nil {
			return 0, false, err
		}
	}
	s, err := w.stmt(ctx, `SELECT id, day, place, country FROM clusters WHERE key = ? AND day >= ? AND day <= ? ORDER BY id`)
	if err != nil {
		return 0, false, err
	}
	rows, err := s.QueryContext(ctx, sig.Key(), lo, hi)
	if err != nil {
		return 0, false, w.c.wrap("cluster", err)
	}
	defer rows.Close()
	bestDist := -1
	for rows.Next() {
		var cid int64
		c := sig
		if err := rows.Scan(&cid, &c.Day, &c.Place, &c.Country); err != nil {
			return 0, false, w.c.wrap("cluster", err)
		}
		if !sig.Matches(c) {
			continue
		}
		d, _ := cluster.DaysApart(sig.Day, c.Day)
		if bestDist < 0 || d < bestDist {
			id, bestDist = cid, d
		}
	}
	if err := rows.Err(); err != nil {
		return 0, false, w.c.wrap("cluster", err)
	}
	rows.Close()
	if bestDist >= 0 {
		return id, false, nil
	}
	_, err = w.row(ctx, `INSERT INTO clusters (key, day, event, actors, recipients, place, country, first_seen,
		reports, sources, pro, con, contested) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?) RETURNING id`,
		[]any{sig.Key(), sig.Day, sig.Event, sig.Actors, sig.Recipients, sig.Place, sig.Country, articleDay,
			boolInt(side == cluster.Pro), boolInt(side == cluster.Con), boolInt(disputed)}, &id)
	return id, true, err
}

// joinCluster updates a cluster's counts for a report just inserted.
// Reports and sources count distinct originals and publishers, so a
// syndicated copy or a second mention in one article adds nothing.
func (w *writer) joinCluster(ctx context.Context, cid int64, src articleSource, side cluster.Side, disputed bool) error {
	newReport, err := w.insertOnce(ctx, `INSERT INTO cluster_reports (cluster, canonical) VALUES (?, ?)
		ON CONFLICT DO NOTHING`, cid, src.canonical)
	if err != nil {
		return err
	}
	newSource, err := w.insertOnce(ctx, `INSERT INTO cluster_sources (cluster, source) VALUES (?, ?)
		ON CONFLICT DO NOTHING`, cid, src.sourceKey())
	if err != nil {
		return err
	}
	return w.exec(ctx, `UPDATE clusters SET reports = reports + ?, sources = sources + ?, pro = pro + ?, con = con + ?,
		contested = contested + ?,
		first_seen = CASE WHEN first_seen = '' OR (? <> '' AND ? < first_seen) THEN ? ELSE first_seen END
		WHERE id = ?`,
		boolInt(newReport), boolInt(newSource), boolInt(side == cluster.Pro), boolInt(side == cluster.Con),
		boolInt(disputed), src.day, src.day, src.day, cid)
}

// insertOnce runs an INSERT ... ON CONFLICT DO NOTHING and reports whether
// it inserted the row.
func (w *writer) insertOnce(ctx context.Context, query string, args ...any) (bool, error) {
	s, err := w.stmt(ctx, query)
	if err != nil {
		return false, err
	}
	res, err := s.ExecContext(ctx, args...)
	if err != nil {
		return false, w.c.wrap("insert", err)
	}
	n, err := res.RowsAffected()
	return n == 1, w.c.wrap("insert", err)
}

// frames stores attributions, dispute sides, quotes, times and places.
func (w *writer) frames(ctx context.Context, id string, res *article.Result) error {
	rows := w.args[:0]
	defer func() { w.args = rows }()
	for _, a := range res.Attributions {
		parent := ""
		if a.Parent != nil {
			parent = *a.Parent
		}
		rows = append(rows, id, a.ID, a.Source.Entity, a.Source.Text, a.Source.Start, a.Source.End,
			a.Cue.Text, a.Cue.Start, a.Cue.End, a.Content.Start, a.Content.End, a.Stance, parent)
	}
	if err := w.insertRows(ctx, attributionsTable, rows); err != nil {
		return err
	}
	rows = rows[:0]
	for _, d := range res.Disputes {
		for i, s := range d.Sides {
			rows = append(rows, id, d.Claim, i, s.Attribution, s.Stance, s.Source)
		}
	}
	if err := w.insertRows(ctx, disputeSidesTable, rows); err != nil {
		return err
	}
	rows = rows[:0]
	for i, q := range res.Quotes {
		rows = append(rows, id, i, q.Speaker, q.Text, q.Start, q.End, q.Cue)
	}
	if err := w.insertRows(ctx, quotesTable, rows); err != nil {
		return err
	}
	rows = rows[:0]
	for i, t := range res.Times {
		rows = append(rows, id, i, t.Text, t.Value, t.Type, t.Mod, t.Start, t.End)
	}
	if err := w.insertRows(ctx, timesTable, rows); err != nil {
		return err
	}
	rows = rows[:0]
	for i, p := range res.Places {
		rows = append(rows, id, i, p.Text, p.Name, p.Country, p.Lat, p.Lon, p.GeonameID, p.Feature, p.Start, p.End)
	}
	return w.insertRows(ctx, placesTable, rows)
}

// eventColumns are an event's optional parts flattened for its row.
type eventColumns struct {
	contexts, dateValue, dateText                string
	lat, lon                                     *float64
	geonameid                                    int
	attribution, source, sourceText, cue, stance string
	quantity                                     *float64
	unit, qualifier, quantityText                string
	json                                         string
}

func eventRow(ev *article.Event) eventColumns {
	r := eventColumns{contexts: " " + strings.Join(ev.Contexts, " ") + " "}
	if ev.Date != nil {
		r.dateValue, r.dateText = ev.Date.Value, ev.Date.Text
	}
	if l := ev.Location; l != nil {
		r.lat, r.lon, r.geonameid = &l.Lat, &l.Lon, l.GeonameID
	}
	if a := ev.Attribution; a != nil {
		r.attribution, r.source, r.sourceText, r.cue, r.stance = a.ID, a.Source, a.Text, a.Cue, a.Stance
	}
	if q := ev.Quantity; q != nil {
		r.quantity, r.unit, r.qualifier, r.quantityText = &q.Value, q.Unit, q.Qualifier, q.Text
	}
	js, _ := json.Marshal(ev) // an Event always marshals: plain fields only
	r.json = string(js)
	return r
}

// dayRange returns the first and last day an event date covers, as
// YYYY-MM-DD: "2024-10" covers the whole month. An event without a usable
// date is placed on the article's day.
func dayRange(d *article.EventDate, articleDay string) (from, to string) {
	if d == nil || d.Value == "" {
		return articleDay, articleDay
	}
	v := d.Value
	for _, l := range []struct {
		layout string
		add    func(time.Time) time.Time
	}{
		{time.DateOnly, func(t time.Time) time.Time { return t }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	} {
		if len(v) < len(l.layout) {
			continue
		}
		if t, err := time.Parse(l.layout, v[:len(l.layout)]); err == nil && (len(v) == len(l.layout) || l.layout == time.DateOnly) {
			return t.Format(time.DateOnly), l.add(t).Format(time.DateOnly)
		}
	}
	return articleDay, articleDay
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// deflaters reuses DEFLATE compressors: making one allocates about a
// megabyte, more than compressing a Result costs.
var deflaters = sync.Pool{New: func() any {
	zw, _ := flate.NewWriter(nil, flate.BestSpeed) // errors only on a bad level
	return zw
}}

// deflateJSON encodes v as JSON compressed with DEFLATE.
func deflateJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	zw := deflaters.Get().(*flate.Writer)
	defer deflaters.Put(zw)
	zw.Reset(&b)
	if err := json.NewEncoder(zw).Encode(v); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// inflateJSON decodes what deflateJSON encoded.
func inflateJSON(z []byte, v any) error {
	zr := flate.NewReader(bytes.NewReader(z))
	defer zr.Close()
	return json.NewDecoder(zr).Decode(v)
}

// prepared is the part of storing an entry that needs no database.
type prepared struct {
	fp     cluster.Fingerprint
	result []byte // the deflated Result JSON
}

// Prepare does the part of storing e that needs no database: the content
// ID, the fingerprint, the encoded Result. Put calls it when needed;
// calling it first, in parallel workers, takes that work off the one
// writer.
func (e *Entry) Prepare() error {
	if e.prep != nil {
		return nil
	}
	a := e.Article
	if a.ID == "" {
		a.ID = article.ContentID(a.Text)
	}
	if e.Result == nil {
		e.Result = article.NewResult(a)
	}
	// The stored Result leaves out what has rows of its own (the text, the
	// events); Results puts them back.
	stored := *e.Result
	stored.Article.Text = ""
	stored.Events = nil
	js, err := deflateJSON(&stored)
	if err != nil {
		return fmt.Errorf("store: %s: result: %w", a.ID, err)
	}
	e.prep = &prepared{fp: cluster.FingerprintOf(a.Title, a.Text), result: js}
	return nil
}

func prefix3(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}
