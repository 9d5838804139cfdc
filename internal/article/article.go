// Package article holds the types every stage of sitrep shares: the Article
// read from a source, the Doc the stages annotate, and the Result that is
// printed and stored (the output contract, docs/schema/extract-v1.json).
//
// It imports the standard library only.
package article

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Article is one news report as read from its source, before analysis.
//
// Text is the normalised text every offset in sitrep points into. When the
// article has a headline, Text starts with it as its own paragraph, so that
// the same article read from a text file, a JSON record, an HTML page or a
// feed item yields the same Text.
type Article struct {
	ID        string   // content hash of Text, see ContentID
	Title     string   // headline, "" when the source has none
	Published string   // ISO 8601 date or date-time as the source gave it ("2024-11-30", "2024-11-30T09:15:00+09:00")
	Dateline  Dateline // place and date written at the head of the body
	Publisher string
	Author    string
	URL       string
	Language  string // BCP 47 when the source says, else ""
	Text      string

	// Origin names where the article came from (a path, "path#item 3",
	// "-" for stdin) for error messages and provenance. Not part of identity.
	Origin string
}

// Dateline is the "SEOUL, Nov 30 (Reuters) -" head of a dispatch: where it
// was filed and, when written, on what day.
type Dateline struct {
	Place string `json:"place"`
	Date  string `json:"date"` // YYYY-MM-DD, "" when the dateline has no date
	// Geo is the place resolved in the gazetteer. The dateline is where the
	// article was filed, not where its events happened.
	Geo *GeoPoint `json:"geo,omitempty"`
}

// GeoPoint is a gazetteer entry a name was resolved to.
type GeoPoint struct {
	Name      string  `json:"name"`
	Country   string  `json:"country,omitempty"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid,omitempty"`
}

// ContentID is the identity of an article: the hex SHA-256 of its normalised
// text, cut to 16 bytes. Re-ingesting the same text gives the same ID.
func ContentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:16])
}

// Anchor is the date relative expressions are resolved against: the
// dateline date, else the publication date. ok is false when the article
// carries neither; callers must then leave relative dates unresolved and
// never fall back to the clock.
func (a *Article) Anchor() (t time.Time, ok bool) {
	for _, s := range []string{a.Dateline.Date, a.Published} {
		if t, ok := ParseDate(s); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// ParseDate reads the date part of an ISO 8601 date or date-time and returns
// it as midnight UTC of that calendar day. The calendar day is the one the
// source wrote, not the UTC day, so "2024-11-30T01:00:00+09:00" is 2024-11-30.
func ParseDate(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, s[:10])
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}
