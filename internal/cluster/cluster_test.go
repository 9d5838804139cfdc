package cluster

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
)

func TestMatches(t *testing.T) {
	base := Signature{Event: "CONSULT", Actors: "PRKGOV", Recipients: "RUSGOVMIL", Day: "2024-11-29", Precision: "day",
		Place: "Pyongyang", Country: "PRK"}
	with := func(f func(*Signature)) Signature {
		s := base
		f(&s)
		return s
	}
	tests := []struct {
		name string
		s    Signature
		want bool
	}{
		{"same", base, true},
		{"a day later", with(func(s *Signature) { s.Day = "2024-11-30" }), true},
		{"two days later", with(func(s *Signature) { s.Day = "2024-12-01" }), false},
		{"across a month end", with(func(s *Signature) { s.Day = "2024-11-28" }), true},
		{"other type", with(func(s *Signature) { s.Event = "AGREE" }), false},
		{"other actor", with(func(s *Signature) { s.Actors = "PRKMIL" }), false},
		{"roles swapped", with(func(s *Signature) { s.Actors, s.Recipients = s.Recipients, s.Actors }), false},
		{"no place", with(func(s *Signature) { s.Place, s.Country = "", "" }), true},
		{"same country other name", with(func(s *Signature) { s.Place = "Wonsan" }), true},
		{"other country", with(func(s *Signature) { s.Place, s.Country = "Moscow", "RUS" }), false},
		{"name only, same", with(func(s *Signature) { s.Country = "" }), true},
		{"undated", with(func(s *Signature) { s.Day, s.Precision = "", "" }), false},
		{"month precision", with(func(s *Signature) { s.Precision = "month" }), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.s.Matches(base); got != tt.want {
				t.Errorf("Matches = %v, want %v", got, tt.want)
			}
			if got := base.Matches(tt.s); got != tt.want {
				t.Errorf("Matches reversed = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCodes(t *testing.T) {
	tests := []struct {
		name string
		refs []article.ActorRef
		want string
	}{
		{"none", nil, ""},
		{"sorted", []article.ActorRef{{Code: "USAGOV"}, {Code: "KORGOV"}}, "KORGOV USAGOV"},
		{"deduplicated", []article.ActorRef{{Code: "UKR"}, {Code: "UKR"}}, "UKR"},
		{"uncoded by text", []article.ActorRef{{Text: "the  Wagner group"}}, "~the_wagner_group"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Codes(tt.refs); got != tt.want {
				t.Errorf("Codes = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSideOf(t *testing.T) {
	tests := []struct {
		modality, stance string
		want             Side
	}{
		{article.ModalityFactual, "", Pro},
		{article.ModalityFactual, article.StanceReports, Pro},
		{article.ModalityFactual, article.StanceAssesses, Pro},
		{article.ModalityFactual, article.StanceDenies, Con},
		{article.ModalityFactual, article.StanceNotConfirmed, Con},
		{article.ModalityFactual, article.StanceHypothesises, Neutral},
		{article.ModalityNegated, article.StanceReports, Con},
		{article.ModalityFuture, article.StanceAsserts, Neutral},
		{article.ModalityHypothetical, "", Neutral},
	}
	for _, tt := range tests {
		t.Run(tt.modality+"/"+tt.stance, func(t *testing.T) {
			ev := &article.Event{Modality: tt.modality}
			if tt.stance != "" {
				ev.Attribution = &article.EventSource{Stance: tt.stance}
			}
			if got := SideOf(ev); got != tt.want {
				t.Errorf("SideOf = %v, want %v", got, tt.want)
			}
		})
	}
}

const wire = `Fisheries ministers from Norway and Iceland agreed on new quotas for mackerel on Tuesday after two days of ` +
	`talks in Oslo, the Norwegian ministry said in a statement. The deal sets the catch for next year and ends a dispute ` +
	`that had lasted since the spring, when both countries raised their own quotas without consulting the other. ` +
	`Fishing groups in both countries welcomed the agreement but said they would study the details.`

func TestFingerprint(t *testing.T) {
	orig := FingerprintOf("Ministers agree on quotas", "Ministers agree on quotas\n\n"+wire)
	tests := []struct {
		name, title, text string
		near              bool
	}{
		{"same body, other headline", "Norway, Iceland settle mackerel row", "Norway, Iceland settle mackerel row\n\n" + wire, true},
		{"a word changed", "", strings.Replace(wire, "next year", "2025", 1), true},
		{"last sentence cut", "", wire[:strings.LastIndex(wire, " Fishing")], true},
		{"other story", "", strings.Repeat("Heavy rain flooded roads across the Valencia region on Tuesday and emergency services moved people. ", 3), false},
		{"too short", "", "Ministers agreed on quotas.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Near(orig, FingerprintOf(tt.title, tt.text)); got != tt.near {
				t.Errorf("Near = %v, want %v", got, tt.near)
			}
		})
	}
	if FingerprintOf("", "Ministers agreed on quotas.").Zero() != true {
		t.Error("short text fingerprinted")
	}
}

func FuzzFingerprint(f *testing.F) {
	f.Add("Ministers agree", wire)
	f.Add("", "")
	f.Add("x", "x\n\n\xff\xfe")
	f.Fuzz(func(t *testing.T, title, text string) {
		fp := FingerprintOf(title, text)
		if !fp.Zero() && !Near(fp, fp) {
			t.Errorf("fingerprint not near itself: %+v", fp)
		}
		if fp.Zero() && fp.Min != [4]uint64{} {
			t.Errorf("zero fingerprint with MinHashes: %+v", fp)
		}
	})
}

func ExampleSignature_Matches() {
	ev := &article.Event{Event: "CONSULT",
		Actor:     []article.ActorRef{{Code: "PRKGOV", Text: "Kim"}},
		Recipient: []article.ActorRef{{Code: "RUSGOVMIL", Text: "Belousov"}},
		Location:  &article.Location{Name: "Pyongyang", Country: "PRK"}}
	friday := Of(ev, "2024-11-29")
	saturday := Of(ev, "2024-11-30")
	fmt.Println(friday.Key())
	fmt.Println(saturday.Matches(friday))
	// Output:
	// CONSULT|PRKGOV|RUSGOVMIL|day
	// true
}
