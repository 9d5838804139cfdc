package geo

import "testing"

// TestSubdivisionSense checks that the words around a name decide between
// a state or province and its city (or a country) of the same name.
func TestSubdivisionSense(t *testing.T) {
	g := testGazetteer(t)
	for _, c := range []struct {
		name, text, mention string
		wantFeature         string
		wantCountry         string
	}{
		{"governor names the state", "Former New York Gov. Mario Cuomo died on Thursday.", "New York", "A.ADM1", "USA"},
		{"the city without a cue", "Tillerson met with Trump in New York on Saturday.", "New York", "P.PPL", "USA"},
		{"a province named for its city", "Shelling hit Aleppo on Saturday.", "Aleppo", "P.PPLA", "SYR"},
		{"a small region loses to its seat", "Fighting was reported in Mopti on Saturday.", "Mopti", "P.PPLA", "MLI"},
		{"provincial government", "Mayors will appeal to the Quebec government to allow right turns.", "Quebec", "A.ADM1", "CAN"},
		{"a minister of the province", "Quebec Health Minister Gaetan Barrette said Sunday.", "Quebec", "A.ADM1", "CAN"},
		{"Washington state", "Wildfires spread across Washington state on Monday.", "Washington", "A.ADM1", "USA"},
		{"Georgia Governor is the US state", "Georgia Governor Brian Kemp signed the bill.", "Georgia", "A.ADM1", "USA"},
		{"state of", "Floods hit the state of Victoria on Friday.", "Victoria", "A.ADM1", "AUS"},
		{"one sense per article", "The Quebec government spoke. Turning right became legal in Quebec in 2003.", "Quebec", "A.ADM1", "CAN"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, p := range g.Places(newDoc(c.text, ""), nil) {
				if p.Text != c.mention {
					continue
				}
				got = append(got, p.Feature+" "+p.Country)
				if p.Feature != c.wantFeature || p.Country != c.wantCountry {
					t.Errorf("%q = %s %s (%.2f, %.2f), want %s %s", p.Text, p.Feature, p.Country, p.Lat, p.Lon, c.wantFeature, c.wantCountry)
				}
			}
			if len(got) == 0 {
				t.Errorf("%q not found as a place", c.mention)
			}
		})
	}
}

// TestSubdivisionPoints checks the points the generator gave some
// subdivisions: New York state is not New York City's point, and counties
// (A.ADM2) are places of their own.
func TestSubdivisionPoints(t *testing.T) {
	g := testGazetteer(t)
	for _, c := range []struct {
		name, feature, country string
		nearLat, nearLon       float64 // a point within 161 km of the right one
	}{
		{"New York", "A.ADM1", "USA", 43.0, -75.5},
		{"Metcalfe County", "A.ADM2", "USA", 36.99, -85.63},
		{"Black Hawk County", "A.ADM2", "USA", 42.47, -92.31},
		{"Limpopo", "A.ADM1", "ZAF", -24.0, 29.5}, // named by GeoNames' admin1 code, not by ISO 3166-2
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, e := range g.Lookup(c.name) {
				if e.Feature == c.feature && e.Country == c.country {
					if d := distance(e.Lat, e.Lon, c.nearLat, c.nearLon); d > 161 {
						t.Errorf("%s %s at (%.2f, %.2f), %.0f km from (%.2f, %.2f)", c.name, c.feature, e.Lat, e.Lon, d, c.nearLat, c.nearLon)
					}
					return
				}
			}
			t.Errorf("no %s %s %s in %v", c.feature, c.country, c.name, g.Lookup(c.name))
		})
	}
}
