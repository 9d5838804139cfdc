package article

import (
	"testing"
	"time"
)

func TestAnchor(t *testing.T) {
	tests := []struct {
		name       string
		a          Article
		want       string
		wantAnchor bool
	}{
		{"dateline first", Article{Dateline: Dateline{Date: "2024-11-30"}, Published: "2024-12-01"}, "2024-11-30", true},
		{"published date-time keeps its calendar day", Article{Published: "2024-11-30T01:00:00+09:00"}, "2024-11-30", true},
		{"bad dateline falls back", Article{Dateline: Dateline{Date: "2024-13-01"}, Published: "2024-11-30"}, "2024-11-30", true},
		{"nothing", Article{}, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tc.a.Anchor()
			if ok != tc.wantAnchor || ok && got.Format(time.DateOnly) != tc.want {
				t.Errorf("Anchor() = %v, %v; want %s, %v", got, ok, tc.want, tc.wantAnchor)
			}
		})
	}
}

func TestQuadClass(t *testing.T) {
	for code, want := range map[string]int{"043": 1, "057": 1, "072": 2, "111": 3, "120": 3, "166": 4, "190": 4, "1034": 3, "": 0, "x1": 0, "21": 0} {
		if got := QuadClass(code); got != want {
			t.Errorf("QuadClass(%q) = %d, want %d", code, got, want)
		}
	}
}

func TestPLOVERRecords(t *testing.T) {
	r := NewResult(&Article{ID: "abc", Title: "T", Published: "2024-11-30"})
	r.Entities = []Entity{{ID: "E1", Name: "Andrei Belousov", Role: "defence minister"}}
	r.Events = []Event{{
		ID: "V1", Event: "CONSULT", Mode: "visit", Cameo: "042", Goldstein: 1.9,
		Actor:     []ActorRef{{Entity: "E1", Code: "RUSGOVMIL", Country: "RUS", Sector: "GOV", Sectors: []string{"GOV", "MIL"}, Text: "Belousov"}},
		Recipient: []ActorRef{{Code: "PRK", Country: "PRK", Text: "North Korea"}},
		Date:      &EventDate{Value: "2024-11-29"}, Modality: ModalityFactual,
		Attribution: &EventSource{Text: "KCNA", Stance: StanceReports},
		Evidence:    Evidence{Text: "Belousov arrived in North Korea"}, Rule: "consult.pat:22",
	}}
	recs := PLOVERRecords(r)
	if len(recs) != 1 {
		t.Fatalf("%d records", len(recs))
	}
	got := recs[0]
	if got.ID != "abc-V1" || got.Date != "2024-11-29" || got.Event[0] != "CONSULT" || got.Mode[0] != "visit" || got.QuadCode != 1 {
		t.Errorf("record %+v", got)
	}
	a := got.Actor[0]
	if a.Code != "RUS" || a.Sector != "GOV" || a.OtherSectorCodes != "MIL" || a.EntityName != "Andrei Belousov" || a.Office != "defence minister" {
		t.Errorf("actor %+v", a)
	}
	if got.Recipient[0].Code != "PRK" || got.Source != "KCNA" || got.Stance != "reports" || got.Context == nil {
		t.Errorf("recipient/source %+v", got)
	}
}
