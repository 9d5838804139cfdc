package eval

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/geo"
	"github.com/sitrep-project/sitrep/internal/text"
)

// GeoKm is the distance under which a resolved point counts as right: 161
// km (100 miles), the usual threshold of geoparsing evaluations.
const GeoKm = 161

// GeoResolution counts resolutions of gold toponyms that carry a point.
type GeoResolution struct {
	Gold     int // gold toponyms with a point
	WithID   int // of those, with a GeoNames id
	Resolved int // the system gave a point
	Within   int // within GeoKm of the gold point
	ExactID  int // same GeoNames id
	SumErrKm float64
}

// Acc161 is the share of gold toponyms resolved within GeoKm.
func (r GeoResolution) Acc161() float64 { return geoRatio(r.Within, r.Gold) }

// AccID is the share of gold toponyms with an id resolved to that id.
func (r GeoResolution) AccID() float64 { return geoRatio(r.ExactID, r.WithID) }

// GeoReport is the score of a geoparser on a corpus.
type GeoReport struct {
	Docs           int
	Gold, Pred, TP int // toponym recognition, exact spans
	Overlap        int // predicted toponyms overlapping a gold one
	GivenGold      GeoResolution
	EndToEnd       GeoResolution
	PlacesTime     time.Duration // time spent in Places
	ResolveTime    time.Duration // time spent in ResolveSpans
	// ByFeature is resolution given the gold spans by the gold referent's
	// feature code ("PCLI", "ADM1", "PPL"; "" when the corpus gives none).
	ByFeature map[string]*GeoResolution
	// Misses are the gold toponyms resolved more than GeoKm away (or not
	// at all) given the gold spans, in corpus order.
	Misses          []GeoMiss
	unresolvedNames map[string]int
}

// GeoMiss is a gold toponym the resolver got wrong given its span.
type GeoMiss struct {
	Doc  string
	Gold GeoToponym
	Got  article.Place // zero when the gazetteer had no entry
	Km   float64       // distance between the two points; -1 when unresolved
}

// PRF is recognition precision, recall and F1 on exact spans.
func (r *GeoReport) PRF() (p, rec, f float64) {
	p, rec = geoRatio(r.TP, r.Pred), geoRatio(r.TP, r.Gold)
	if p+rec > 0 {
		f = 2 * p * rec / (p + rec)
	}
	return p, rec, f
}

func geoRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// GeoEvaluate runs g over docs: recognition against every gold toponym,
// resolution given the gold spans (ResolveSpans) and end to end (Places,
// a gold toponym counting only when a predicted place has its exact span).
func GeoEvaluate(docs []GeoDoc, g *geo.Gazetteer) *GeoReport {
	r := &GeoReport{Docs: len(docs), ByFeature: map[string]*GeoResolution{}, unresolvedNames: map[string]int{}}
	for _, d := range docs {
		doc := &article.Doc{Article: article.Article{ID: d.ID, Text: d.Text, Published: d.Date}}
		text.Segment(doc)

		t0 := time.Now()
		pred := g.Places(doc, nil)
		r.PlacesTime += time.Since(t0)
		bySpan := map[article.Span]article.Place{}
		for _, p := range pred {
			bySpan[article.Span{Start: p.Start, End: p.End}] = p
		}
		r.Pred += len(pred)
		r.Gold += len(d.Toponyms)
		gold := map[article.Span]bool{}
		spans := make([]article.Span, len(d.Toponyms))
		for i, t := range d.Toponyms {
			gold[t.Span] = true
			spans[i] = t.Span
		}
		for _, p := range pred {
			sp := article.Span{Start: p.Start, End: p.End}
			if gold[sp] {
				r.TP++
			}
			for _, t := range d.Toponyms {
				if t.Span.Overlaps(sp) {
					r.Overlap++
					break
				}
			}
		}

		t0 = time.Now()
		given, ok := g.ResolveSpans(doc, spans)
		r.ResolveTime += time.Since(t0)
		for i, t := range d.Toponyms {
			if !t.HasPoint {
				continue
			}
			if !ok[i] {
				r.unresolvedNames[t.Text]++
			}
			r.GivenGold.add(t, given[i], ok[i])
			bf := r.ByFeature[t.Feature]
			if bf == nil {
				bf = &GeoResolution{}
				r.ByFeature[t.Feature] = bf
			}
			bf.add(t, given[i], ok[i])
			if km := geo.Distance(t.Lat, t.Lon, given[i].Lat, given[i].Lon); !ok[i] || km > GeoKm {
				if !ok[i] {
					km = -1
				}
				r.Misses = append(r.Misses, GeoMiss{Doc: d.ID, Gold: t, Got: given[i], Km: km})
			}
			p, found := bySpan[t.Span]
			r.EndToEnd.add(t, p, found)
		}
	}
	return r
}

func (r *GeoResolution) add(t GeoToponym, p article.Place, ok bool) {
	r.Gold++
	if t.GeonameID != 0 {
		r.WithID++
	}
	if !ok {
		return
	}
	r.Resolved++
	km := geo.Distance(t.Lat, t.Lon, p.Lat, p.Lon)
	r.SumErrKm += km
	if km <= GeoKm {
		r.Within++
	}
	if t.GeonameID != 0 && p.GeonameID == t.GeonameID {
		r.ExactID++
	}
}

// Print writes the report as a few aligned lines.
func (r *GeoReport) Print(w io.Writer) {
	p, rec, f := r.PRF()
	fmt.Fprintf(w, "documents               %d\n", r.Docs)
	fmt.Fprintf(w, "recognition (exact)     P %.3f  R %.3f  F1 %.3f   (gold %d, predicted %d, matched %d; overlapping %d)\n",
		p, rec, f, r.Gold, r.Pred, r.TP, r.Overlap)
	for _, x := range []struct {
		name string
		res  GeoResolution
	}{{"resolution, gold spans", r.GivenGold}, {"resolution, end to end", r.EndToEnd}} {
		fmt.Fprintf(w, "%-23s acc@161km %.3f (%d/%d)  exact id %.3f (%d/%d)  resolved %d\n",
			x.name, x.res.Acc161(), x.res.Within, x.res.Gold, x.res.AccID(), x.res.ExactID, x.res.WithID, x.res.Resolved)
	}
	if len(r.ByFeature) > 1 {
		fs := make([]string, 0, len(r.ByFeature))
		for f := range r.ByFeature {
			fs = append(fs, f)
		}
		// Most frequent first, then by code: a stable order.
		slices.SortFunc(fs, func(a, b string) int {
			return cmp.Or(cmp.Compare(r.ByFeature[b].Gold, r.ByFeature[a].Gold), cmp.Compare(a, b))
		})
		fmt.Fprintf(w, "gold spans by feature  ")
		for i, f := range fs {
			if i == 8 {
				break
			}
			x := r.ByFeature[f]
			fmt.Fprintf(w, " %s %.2f/%.2f (%d)", cmp.Or(f, "?"), x.Acc161(), x.AccID(), x.Gold)
		}
		fmt.Fprintln(w, "   (acc@161km/exact id (n))")
	}
	fmt.Fprintf(w, "time                    places %v, resolve %v\n", r.PlacesTime.Round(time.Millisecond), r.ResolveTime.Round(time.Millisecond))
}

// PrintMisses writes one line per gold toponym resolved wrongly given its span.
func (r *GeoReport) PrintMisses(w io.Writer) {
	for _, m := range r.Misses {
		if m.Km < 0 {
			fmt.Fprintf(w, "%s\t%q\t%s %d (%.2f, %.2f)\tunresolved\n", m.Doc, m.Gold.Text, m.Gold.Feature, m.Gold.GeonameID, m.Gold.Lat, m.Gold.Lon)
			continue
		}
		fmt.Fprintf(w, "%s\t%q\t%s %d (%.2f, %.2f)\t%s %s %s %d (%.2f, %.2f)\t%.0f km\n", m.Doc, m.Gold.Text, m.Gold.Feature, m.Gold.GeonameID,
			m.Gold.Lat, m.Gold.Lon, m.Got.Name, m.Got.Country, m.Got.Feature, m.Got.GeonameID, m.Got.Lat, m.Got.Lon, m.Km)
	}
}
