package eval

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
)

// GeoDoc is one article of a geoparsing corpus: TR-News, LGL and
// GeoWebNews (<article><text> with <toponyms><toponym>) or GeoVirus
// (<article><text> with <locations><location>). Offsets are byte offsets
// into Text, converted from the corpora's code points and repaired where
// the corpus is off by a few characters.
type GeoDoc struct {
	ID       string
	Date     string // as written in <dltime>, "" when absent
	Text     string
	Toponyms []GeoToponym
}

// GeoToponym is a gold toponym. GeonameID is 0 when the corpus gives none
// (GeoVirus, or a TR-News toponym without a gaztag); HasPoint says whether
// it has coordinates to resolve against.
type GeoToponym struct {
	article.Span
	Text      string
	GeonameID int
	Feature   string // GeoNames feature code of the gold referent ("PCLI", "ADM1", "PPL"), "" when the corpus gives none
	Lat, Lon  float64
	HasPoint  bool
}

type geoXML struct {
	Articles []struct {
		DocID    string `xml:"docid,attr"`
		Dltime   string `xml:"dltime"`
		Text     string `xml:"text"`
		Toponyms []struct {
			Phrase string `xml:"phrase"`
			Start  string `xml:"start"`
			End    string `xml:"end"`
			Gaztag *struct {
				ID    string `xml:"geonameid,attr"`
				Fcode string `xml:"fcode"`
				Lat   string `xml:"lat"`
				Lon   string `xml:"lon"`
			} `xml:"gaztag"`
		} `xml:"toponyms>toponym"`
		Locations []struct {
			Name  string `xml:"name"`
			Start string `xml:"start"`
			End   string `xml:"end"`
			Lat   string `xml:"lat"`
			Lon   string `xml:"lon"`
		} `xml:"locations>location"`
	} `xml:"article"`
}

// ReadGeoCorpus reads a geoparsing corpus in the TR-News/LGL/GeoWebNews or
// the GeoVirus XML format. Empty articles (GeoVirus has commented-out
// templates, which XML drops anyway) are skipped. A toponym whose offsets
// are outside its text is dropped; one whose offsets miss its phrase by a
// few characters is moved onto the nearest occurrence of the phrase.
// GeoVirus offsets are one past the name; they are shifted back.
func ReadGeoCorpus(r io.Reader) ([]GeoDoc, error) {
	var x geoXML
	if err := xml.NewDecoder(r).Decode(&x); err != nil {
		return nil, fmt.Errorf("eval: geo corpus: %w", err)
	}
	var docs []GeoDoc
	for n, a := range x.Articles {
		if strings.TrimSpace(a.Text) == "" {
			continue
		}
		d := GeoDoc{ID: a.DocID, Date: strings.TrimSpace(a.Dltime), Text: a.Text}
		if d.ID == "" {
			d.ID = strconv.Itoa(n + 1)
		}
		cp := geoCodepoints(a.Text)
		for _, t := range a.Toponyms {
			start, err1 := strconv.Atoi(strings.TrimSpace(t.Start))
			end, err2 := strconv.Atoi(strings.TrimSpace(t.End))
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("eval: geo corpus: article %s: toponym %q: bad offsets", d.ID, t.Phrase)
			}
			tp := GeoToponym{Text: strings.TrimSpace(t.Phrase)}
			if sp, ok := geoAlign(a.Text, cp, start, end, tp.Text); ok {
				tp.Span = sp
			} else {
				continue
			}
			if t.Gaztag != nil {
				tp.GeonameID, _ = strconv.Atoi(t.Gaztag.ID)
				tp.Feature = strings.TrimSpace(t.Gaztag.Fcode)
				lat, err1 := strconv.ParseFloat(strings.TrimSpace(t.Gaztag.Lat), 64)
				lon, err2 := strconv.ParseFloat(strings.TrimSpace(t.Gaztag.Lon), 64)
				tp.Lat, tp.Lon, tp.HasPoint = lat, lon, err1 == nil && err2 == nil
			}
			d.Toponyms = append(d.Toponyms, tp)
		}
		for _, l := range a.Locations {
			start, err1 := strconv.Atoi(strings.TrimSpace(l.Start))
			end, err2 := strconv.Atoi(strings.TrimSpace(l.End))
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("eval: geo corpus: article %s: location %q: bad offsets", d.ID, l.Name)
			}
			tp := GeoToponym{Text: strings.TrimSpace(l.Name)}
			sp, ok := geoAlign(a.Text, cp, start-1, end-1, tp.Text)
			if !ok {
				continue
			}
			tp.Span = sp
			lat, err1 := strconv.ParseFloat(strings.TrimSpace(l.Lat), 64)
			lon, err2 := strconv.ParseFloat(strings.TrimSpace(l.Lon), 64)
			tp.Lat, tp.Lon, tp.HasPoint = lat, lon, err1 == nil && err2 == nil
			d.Toponyms = append(d.Toponyms, tp)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// geoCodepoints returns the byte offset of every code point of s, and len(s) last.
func geoCodepoints(s string) []int {
	offs := make([]int, 0, len(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

// geoAlign turns code-point offsets into a byte span of text holding
// phrase: as given when they match, else the nearest occurrence of phrase
// within 10 code points, else as given when they are inside the text.
func geoAlign(text string, cp []int, start, end int, phrase string) (article.Span, bool) {
	in := func(i int) bool { return i >= 0 && i < len(cp) }
	if in(start) && in(end) && start <= end && text[cp[start]:cp[end]] == phrase {
		return article.Span{Start: cp[start], End: cp[end]}, true
	}
	if phrase != "" && in(start) {
		for d := 1; d <= 10; d++ {
			for _, s := range []int{start - d, start + d} {
				if in(s) && strings.HasPrefix(text[cp[s]:], phrase) {
					return article.Span{Start: cp[s], End: cp[s] + len(phrase)}, true
				}
			}
		}
	}
	if in(start) && in(end) && start < end {
		return article.Span{Start: cp[start], End: cp[end]}, utf8.ValidString(text[cp[start]:cp[end]])
	}
	return article.Span{}, false
}
