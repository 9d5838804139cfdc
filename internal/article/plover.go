package article

import "strconv"

// PLOVERRecord is one event in the PLOVER data interchange format (PLOVER
// manual, chapter "Data Fields"): named fields, one record per event,
// printed as JSONL.
type PLOVERRecord struct {
	ID         string         `json:"id"`
	Date       string         `json:"date"`
	Actor      []PLOVEREntity `json:"actor"`
	Recipient  []PLOVEREntity `json:"recipient"`
	Event      []string       `json:"event"`
	Mode       []string       `json:"mode"`
	Context    []string       `json:"context"`
	EventLoc   *PLOVERPlace   `json:"event_loc,omitempty"`
	EventText  []string       `json:"event_text"`
	QuadCode   int            `json:"quad_code,omitempty"`
	EventScale float64        `json:"event_scale"`
	CAMEO      string         `json:"cameo,omitempty"`
	Modality   string         `json:"modality,omitempty"`
	Source     string         `json:"source_attribution,omitempty"`
	Stance     string         `json:"stance,omitempty"`
	CiteInfo   PLOVERCite     `json:"cite_info"`
	Coder      string         `json:"coder"`
	Comment    string         `json:"comment,omitempty"`
}

// PLOVEREntity is an actor or recipient in a PLOVER record.
type PLOVEREntity struct {
	Code             string `json:"code"`
	Sector           string `json:"sector,omitempty"`
	OtherSectorCodes string `json:"other_sector_codes,omitempty"`
	EntityText       string `json:"entity_text"`
	EntityName       string `json:"entity_name,omitempty"`
	Office           string `json:"office,omitempty"`
}

// PLOVERPlace is an event location in a PLOVER record.
type PLOVERPlace struct {
	Name      string  `json:"name"`
	Country   string  `json:"country,omitempty"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid,omitempty"`
}

// PLOVERCite says which article a PLOVER record was coded from.
type PLOVERCite struct {
	ArticleID string `json:"article_id"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Published string `json:"published,omitempty"`
}

// PLOVERRecords turns the events of a Result into PLOVER records, one per
// event, with IDs "<article id>-<event id>".
func PLOVERRecords(r *Result) []PLOVERRecord {
	byID := make(map[string]*Entity, len(r.Entities))
	for i := range r.Entities {
		byID[r.Entities[i].ID] = &r.Entities[i]
	}
	entities := func(refs []ActorRef) []PLOVEREntity {
		out := make([]PLOVEREntity, 0, len(refs))
		for _, a := range refs {
			pe := PLOVEREntity{Code: a.Country, Sector: a.Sector, EntityText: a.Text}
			if pe.Code == "" {
				pe.Code = a.Code
			}
			for _, s := range a.Sectors {
				if s != a.Sector {
					if pe.OtherSectorCodes != "" {
						pe.OtherSectorCodes += ","
					}
					pe.OtherSectorCodes += s
				}
			}
			if e := byID[a.Entity]; e != nil {
				pe.EntityName, pe.Office = e.Name, e.Role
			}
			out = append(out, pe)
		}
		return out
	}
	recs := make([]PLOVERRecord, 0, len(r.Events))
	for _, ev := range r.Events {
		rec := PLOVERRecord{
			ID:         r.Article.ID + "-" + ev.ID,
			Actor:      entities(ev.Actor),
			Recipient:  entities(ev.Recipient),
			Event:      []string{ev.Event},
			Mode:       []string{},
			Context:    ev.Contexts,
			EventText:  []string{ev.Evidence.Text},
			QuadCode:   QuadClass(ev.Cameo),
			EventScale: ev.Goldstein,
			CAMEO:      ev.Cameo,
			Modality:   ev.Modality,
			CiteInfo: PLOVERCite{ArticleID: r.Article.ID, Title: r.Article.Title, URL: r.Article.URL,
				Publisher: r.Article.Publisher, Published: r.Article.Published},
			Coder: "sitrep " + ev.Rule,
		}
		if rec.Context == nil {
			rec.Context = []string{}
		}
		if ev.Mode != "" {
			rec.Mode = []string{ev.Mode}
		}
		if ev.Date != nil {
			rec.Date = ev.Date.Value
		}
		if ev.Location != nil {
			l := ev.Location
			rec.EventLoc = &PLOVERPlace{Name: l.Name, Country: l.Country, Lat: l.Lat, Lon: l.Lon, GeonameID: l.GeonameID}
		}
		if ev.Attribution != nil {
			rec.Source, rec.Stance = ev.Attribution.Text, ev.Attribution.Stance
		}
		recs = append(recs, rec)
	}
	return recs
}

// QuadClass is the CAMEO quad class of an event code: 1 verbal
// cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict
// (09–13), 4 material conflict (14–20); 0 when the code is not CAMEO.
func QuadClass(cameo string) int {
	if len(cameo) < 2 {
		return 0
	}
	root, err := strconv.Atoi(cameo[:2])
	if err != nil {
		return 0
	}
	switch {
	case root >= 1 && root <= 5:
		return 1
	case root <= 8 && root >= 6:
		return 2
	case root >= 9 && root <= 13:
		return 3
	case root >= 14 && root <= 20:
		return 4
	}
	return 0
}
