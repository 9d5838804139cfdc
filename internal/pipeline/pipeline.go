// Package pipeline runs sitrep's stages over an article, in order, and
// builds the Result. It is the only package that imports every stage.
package pipeline

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/actor"
	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/attrib"
	"github.com/sitrep-project/sitrep/internal/coder"
	"github.com/sitrep-project/sitrep/internal/geo"
	"github.com/sitrep-project/sitrep/internal/ner"
	"github.com/sitrep-project/sitrep/internal/tagger"
	"github.com/sitrep-project/sitrep/internal/text"
	"github.com/sitrep-project/sitrep/internal/timex"
)

// Config says where the stages find their dictionaries and how they run.
// The zero Config uses the embedded data.
type Config struct {
	// DataDir, when set, is a directory laid out like the repo's data/
	// folder; any kind of dictionary found there replaces the embedded one.
	DataDir string
	// Petrarch, when set, is a folder of PETRARCH dictionaries (*.actors.txt,
	// *.agents.txt, *.verbs.txt or CAMEO.*.txt, *.discards.txt) used in place
	// of the built-in actors and patterns, so that PETRARCH's users can bring
	// theirs and rerun its validation records.
	Petrarch string
	// Log receives per-article warnings; nil discards them.
	Log *slog.Logger
}

// Pipeline holds the loaded stages. It is immutable after New and safe for
// concurrent use by many goroutines.
type Pipeline struct {
	log    *slog.Logger
	tagger *tagger.Tagger
	names  *ner.Model
	actors *actor.Resolver
	places *geo.Gazetteer
	coder  *coder.Coder
	attrib *attrib.Attributor
}

// New loads every stage's dictionaries and models.
func New(cfg Config) (*Pipeline, error) {
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	p := &Pipeline{log: log}
	var err error
	if p.tagger, err = tagger.Load(cfg.source("models", data.Models)); err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	if p.names, err = ner.Load(cfg.source("models", data.Models)); err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	actors, patterns := cfg.source("actors", data.Actors), cfg.source("patterns", data.Patterns)
	var petrarch fs.FS
	if cfg.Petrarch != "" {
		petrarch = os.DirFS(cfg.Petrarch)
		if actors, err = coder.PetrarchActorFS(petrarch); err != nil {
			return nil, fmt.Errorf("pipeline: %w", err)
		}
	}
	// Bad lines in a dictionary are reported and skipped; the rest loads.
	if p.actors, err = actor.New(actors, actor.Options{}); p.actors == nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	} else if err != nil {
		log.Warn("dictionary lines skipped", "err", err)
	}
	if p.places, err = geo.Load(cfg.source("gazetteer", data.Gazetteer)); err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	if petrarch != nil {
		p.coder, err = coder.NewPetrarchFS(patterns, petrarch)
	} else {
		p.coder, err = coder.New(patterns)
	}
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	if p.attrib, err = attrib.New(cfg.source("cues", data.Cues)); err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	return p, nil
}

// source returns the directory that holds one kind of data: DataDir when
// it has a folder of that kind, else the embedded copy.
func (cfg Config) source(kind string, embedded fs.FS) fs.FS {
	if cfg.DataDir != "" {
		if fi, err := os.Stat(filepath.Join(cfg.DataDir, kind)); err == nil && fi.IsDir() {
			return os.DirFS(cfg.DataDir)
		}
	}
	return embedded
}

// Analyze runs the stages over a and returns the annotated Doc and the Result.
func (p *Pipeline) Analyze(ctx context.Context, a *article.Article) (*article.Doc, *article.Result, error) {
	return p.AnalyzeTimed(ctx, a, nil)
}

// AnalyzeTimed is Analyze that also adds the time each stage took to
// times, when times is not nil.
func (p *Pipeline) AnalyzeTimed(ctx context.Context, a *article.Article, times *StageTimes) (*article.Doc, *article.Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	clock := newStageClock(times)
	if a.ID == "" {
		a.ID = article.ContentID(a.Text)
	}
	doc := &article.Doc{Article: *a}
	// The dateline place is resolved first: the actor stage gives groups
	// named without a country ("Police opened fire") the dateline's.
	doc.Article.Dateline.Geo = p.datelinePlace(a.Dateline.Place)
	res := article.NewResult(&doc.Article)

	text.Segment(doc)
	for _, s := range doc.Sentences {
		res.Sentences = append(res.Sentences, article.SentenceOut{Start: s.Start, End: s.End, Heading: s.Heading})
	}
	clock.done(StageText)
	p.tagger.Tag(doc)
	clock.done(StageTagger)
	p.names.Find(doc)
	clock.done(StageNames)
	res.Entities = p.actors.Resolve(doc)
	clock.done(StageActors)
	res.Times = timex.Find(doc)
	clock.done(StageTimex)
	res.Places = p.places.Places(doc, res.Entities)
	clock.done(StagePlaces)
	res.Events = p.coder.Code(doc, res.Entities)
	clock.done(StageEvents)
	// Events are dated and placed before attribution, which needs none of
	// that but must see every event the coder produced.
	timex.DateEvents(doc, res.Times, res.Events)
	clock.done(StageEventTimes)
	geo.LocateEvents(doc, res.Places, res.Events)
	clock.done(StageEventPlaces)
	at := p.attrib.Attribute(doc, res.Entities, res.Events)
	res.Attributions, res.Quotes, res.Disputes = at.Attributions, at.Quotes, at.Disputes
	clock.done(StageAttribution)
	fillEmpty(res)
	if err := checkOffsets(doc, res); err != nil {
		return doc, res, fmt.Errorf("pipeline: %s: %w", a.Origin, err)
	}
	return doc, res, nil
}

// Run is Analyze without the Doc.
func (p *Pipeline) Run(ctx context.Context, a *article.Article) (*article.Result, error) {
	_, res, err := p.Analyze(ctx, a)
	return res, err
}

// datelinePlace resolves the dateline's place name: the most likely
// gazetteer entry by population and feature, as a dateline names a city
// or a country with no context to weigh.
func (p *Pipeline) datelinePlace(name string) *article.GeoPoint {
	if name == "" {
		return nil
	}
	cands := p.places.Lookup(name)
	if len(cands) == 0 {
		return nil
	}
	e := cands[0]
	return &article.GeoPoint{Name: e.Name, Country: e.Country, Lat: e.Lat, Lon: e.Lon, GeonameID: e.ID}
}

// fillEmpty makes every list of res non-nil, so that it prints as [].
func fillEmpty(res *article.Result) {
	if res.Sentences == nil {
		res.Sentences = []article.SentenceOut{}
	}
	if res.Entities == nil {
		res.Entities = []article.Entity{}
	}
	if res.Events == nil {
		res.Events = []article.Event{}
	}
	if res.Attributions == nil {
		res.Attributions = []article.Attribution{}
	}
	if res.Disputes == nil {
		res.Disputes = []article.Dispute{}
	}
	if res.Quotes == nil {
		res.Quotes = []article.Quote{}
	}
	if res.Times == nil {
		res.Times = []article.Time{}
	}
	if res.Places == nil {
		res.Places = []article.Place{}
	}
}

// checkOffsets guards the contract that every span slices the text: a stage
// that breaks it is a bug, and the article is reported rather than stored
// with offsets nobody can trust.
func checkOffsets(doc *article.Doc, res *article.Result) error {
	n := len(doc.Article.Text)
	bad := func(what string, start, end int) error {
		return fmt.Errorf("%s span [%d,%d) outside text of %d bytes", what, start, end, n)
	}
	for _, s := range res.Sentences {
		if s.Start < 0 || s.Start > s.End || s.End > n {
			return bad("sentence", s.Start, s.End)
		}
	}
	for _, e := range res.Entities {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.Start > m.End || m.End > n {
				return bad("mention", m.Start, m.End)
			}
		}
	}
	for _, t := range res.Times {
		if t.Start < 0 || t.Start > t.End || t.End > n {
			return bad("time", t.Start, t.End)
		}
	}
	for _, pl := range res.Places {
		if pl.Start < 0 || pl.Start > pl.End || pl.End > n {
			return bad("place", pl.Start, pl.End)
		}
	}
	for _, ev := range res.Events {
		if ev.Evidence.Start < 0 || ev.Evidence.Start > ev.Evidence.End || ev.Evidence.End > n {
			return bad("evidence", ev.Evidence.Start, ev.Evidence.End)
		}
	}
	return nil
}
