package article

// Schema names the version of the output contract a Result follows.
const Schema = "sitrep.extract/v1"

// Result is what sitrep extracts from one article: the output contract v1
// (DESIGN.md, docs/schema/extract-v1.json). Field names are fixed; fields
// may be added, never renamed or removed. Every list is non-nil so that it
// prints as [] rather than null.
type Result struct {
	Schema       string        `json:"schema"`
	Article      ArticleInfo   `json:"article"`
	Sentences    []SentenceOut `json:"sentences"`
	Entities     []Entity      `json:"entities"`
	Events       []Event       `json:"events"`
	Attributions []Attribution `json:"attributions"`
	Disputes     []Dispute     `json:"disputes"`
	Quotes       []Quote       `json:"quotes"`
	Times        []Time        `json:"times"`
	Places       []Place       `json:"places"`
}

// NewResult returns an empty Result for a, with every list allocated.
func NewResult(a *Article) *Result {
	return &Result{
		Schema: Schema,
		Article: ArticleInfo{
			ID: a.ID, Title: a.Title, Published: a.Published, Dateline: a.Dateline,
			Publisher: a.Publisher, Author: a.Author, URL: a.URL,
		},
		Sentences:    []SentenceOut{},
		Entities:     []Entity{},
		Events:       []Event{},
		Attributions: []Attribution{},
		Disputes:     []Dispute{},
		Quotes:       []Quote{},
		Times:        []Time{},
		Places:       []Place{},
	}
}

// ArticleInfo is the article's metadata in a Result. Text is filled only on
// request (extract --with-text), as every offset points into it.
type ArticleInfo struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Dateline  Dateline `json:"dateline"`
	Publisher string   `json:"publisher"`
	Author    string   `json:"author,omitempty"`
	URL       string   `json:"url"`
	Text      string   `json:"text,omitempty"`
}

// SentenceOut is a sentence as printed: its span and whether it is a heading.
type SentenceOut struct {
	Start   int  `json:"start"`
	End     int  `json:"end"`
	Heading bool `json:"heading"`
}

// Entity is an actor found in the article: a person, organisation or
// country, with every mention of it.
type Entity struct {
	ID       string    `json:"id"` // "E1", "E2", ... in order of first mention
	Name     string    `json:"name"`
	Kind     string    `json:"kind"`              // person, organization, country, group, media, igo, ...
	Country  string    `json:"country,omitempty"` // ISO 3166 alpha-3, or IGO, NGO, MNC ...
	Sector   string    `json:"sector,omitempty"`  // primary sector
	Sectors  []string  `json:"sectors"`
	Role     string    `json:"role,omitempty"` // the role held on the article's date
	Code     string    `json:"code,omitempty"` // CAMEO actor code, "RUSGOVMIL"
	Mentions []Mention `json:"mentions"`
}

// Mention is one place in the text that names or refers to an entity.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Event is one coded event: who did what to whom, when, where, according to whom.
type Event struct {
	ID          string       `json:"id"` // "V1", "V2", ...
	Event       string       `json:"event"`
	Mode        string       `json:"mode"`
	Contexts    []string     `json:"contexts"`
	Cameo       string       `json:"cameo"`
	Goldstein   float64      `json:"goldstein"`
	Actor       []ActorRef   `json:"actor"`
	Recipient   []ActorRef   `json:"recipient"`
	Date        *EventDate   `json:"date"`
	Location    *Location    `json:"location"`
	Modality    string       `json:"modality"`
	Attribution *EventSource `json:"attribution"`
	Quantity    *Quantity    `json:"quantity"`
	Evidence    Evidence     `json:"evidence"`
	Rule        string       `json:"rule"`
	Confidence  float64      `json:"confidence"`
}

// ActorRef is an actor or recipient of an event.
type ActorRef struct {
	Entity  string   `json:"entity,omitempty"`
	Code    string   `json:"code"`
	Country string   `json:"country,omitempty"`
	Sector  string   `json:"sector,omitempty"`
	Sectors []string `json:"sectors,omitempty"`
	Text    string   `json:"text"`
}

// EventDate is when an event happened, as resolved from a time expression.
type EventDate struct {
	Value     string `json:"value"`            // ISO 8601: "2024-11-29", "2024-10", "2024"
	Text      string `json:"text"`             // the expression, "" when taken from the article date
	Precision string `json:"precision"`        // day, month, year
	Source    string `json:"source,omitempty"` // "text" or "article" (fallback to the article date)
}

// Location is where an event happened.
type Location struct {
	Name      string  `json:"name"`
	Country   string  `json:"country,omitempty"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid,omitempty"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
}

// EventSource is who an event is known through, and how they stand on it.
type EventSource struct {
	ID     string   `json:"id,omitempty"`     // the Attribution, "A3"; "" for the publisher
	Source string   `json:"source,omitempty"` // entity ID of the source
	Text   string   `json:"text"`
	Cue    string   `json:"cue"`
	Stance string   `json:"stance"`
	Chain  []string `json:"chain,omitempty"` // enclosing attribution IDs, outermost first
	// Medium is the outlet the source spoke through ("an interview with
	// Sky News"), when the text names one.
	Medium *SourceRef `json:"medium,omitempty"`
}

// Quantity is an amount attached to an event: troops, casualties, money.
type Quantity struct {
	Value     float64 `json:"value"`
	Unit      string  `json:"unit"`
	Qualifier string  `json:"qualifier,omitempty"` // "more than", "about", "at least"
	Text      string  `json:"text"`
}

// Evidence is the span of text an event was coded from.
type Evidence struct {
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
}

// Attribution is a frame of reported speech or thought: a source says,
// through a cue, some content.
type Attribution struct {
	ID      string    `json:"id"` // "A1", ...
	Source  SourceRef `json:"source"`
	Cue     TextSpan  `json:"cue"`
	Content Span      `json:"content"`
	Stance  string    `json:"stance"`
	Parent  *string   `json:"parent"` // enclosing attribution ID, null at the top
	// Medium is the outlet the source spoke through ("in an interview with
	// Sky News"), when the text names one.
	Medium *SourceRef `json:"medium,omitempty"`
}

// SourceRef is the source of an attribution, resolved to an entity when possible.
type SourceRef struct {
	Entity string `json:"entity,omitempty"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// TextSpan is a span with its text.
type TextSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Dispute is a claim with sources on both sides of it.
type Dispute struct {
	Claim string        `json:"claim"` // event ID
	Sides []DisputeSide `json:"sides"`
}

// DisputeSide is one source's stance on a disputed claim.
type DisputeSide struct {
	Attribution string `json:"attribution"`
	Stance      string `json:"stance"`
	Source      string `json:"source,omitempty"` // entity ID
}

// Quote is a direct quotation with its speaker.
type Quote struct {
	Speaker string `json:"speaker,omitempty"` // entity ID
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Cue     string `json:"cue"`
}

// Time is a temporal expression and its TIMEX3 value.
type Time struct {
	Text  string `json:"text"`
	Value string `json:"value"`         // TIMEX3 value; "" when it cannot be anchored
	Type  string `json:"type"`          // DATE, TIME, DURATION, SET
	Mod   string `json:"mod,omitempty"` // START, END, MID, APPROX, ...
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Unresolved is set on a relative expression ("Friday", "last month")
	// of an article with no date to anchor it: Value is then "" or an
	// underspecified TIMEX3 form such as "XXXX-06".
	Unresolved bool `json:"unresolved,omitempty"`
}

// Place is a toponym resolved to a gazetteer entry.
type Place struct {
	Text      string  `json:"text"`
	Name      string  `json:"name"`
	Country   string  `json:"country,omitempty"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid,omitempty"`
	Feature   string  `json:"feature,omitempty"` // GeoNames feature class and code, "P.PPLC"
	// Sense is how the text uses the name: "" for the place itself,
	// "demonym" for its people ("Turkish"), "actor" for its government
	// ("Moscow denied"). Only plain places locate events.
	Sense string `json:"sense,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Stances of a source toward a claim.
const (
	StanceAsserts      = "asserts"
	StanceReports      = "reports"
	StanceAssesses     = "assesses"
	StanceClaims       = "claims"
	StanceDenies       = "denies"
	StanceNotConfirmed = "not_confirmed"
	StanceHypothesises = "hypothesises"
)

// Modalities of an event.
const (
	ModalityFactual      = "factual"
	ModalityNegated      = "negated"
	ModalityFuture       = "future"
	ModalityHypothetical = "hypothetical"
)
