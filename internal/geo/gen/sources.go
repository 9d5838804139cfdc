package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/internal/geo"
)

// apply gives the country and subdivision rows better points than the
// middle of their places, from the optional sources, and returns the
// lines of the output's header that say where their points came from.
//
// Precedence, for each row: GeoNames' own record from a country dump (id
// and point), else for a country the latlng of world-countries, for a
// subdivision the point -adm1-points chooses.
func (src *sources) apply(rows []row, places []*place, iso3 map[string]string) ([]row, string, error) {
	alpha2 := map[string]string{}
	for a2, a3 := range iso3 {
		alpha2[a3] = a2
	}
	var head []string
	countryPoints := "point = middle of the 5th-95th percentile box of its places"
	if src.worldCountries != "" {
		pts, regions, err := readWorldCountries(src.worldCountries)
		if err != nil {
			return nil, "", err
		}
		for i := range rows {
			r := &rows[i]
			if p, ok := pts[r.country]; ok && r.feature == "A.PCLI" {
				r.lat, r.lon = p[0], p[1]
			}
		}
		countryPoints = "point = latlng of the npm package world-countries 5.1.0 (ODbL 1.0)"
		if src.continents != "" {
			n, err := addContinents(src.continents, rows, pts, regions)
			if err != nil {
				return nil, "", err
			}
			rows = n
			head = append(head, "# Continent rows (L.CONT): GeoNames id from "+filepath.Base(src.continents)+
				"; point = median latitude and median longitude of its countries' world-countries points; population = sum of its countries'.")
		}
	}
	head = append(head, "# Country rows: "+countryPoints+"; population = sum of its places'.")

	seats := seatsOf(places)
	byAdm := map[string][]*place{}
	for _, p := range places {
		byAdm[p.cc+"."+p.admin1] = append(byAdm[p.cc+"."+p.admin1], p)
	}
	var states map[string][2]float64
	if src.states != "" && src.adm1Points == "centre" {
		var err error
		if states, err = readStates(src.states); err != nil {
			return nil, "", err
		}
	}
	for i := range rows {
		r := &rows[i]
		if r.feature != "A.ADM1" {
			continue
		}
		switch src.adm1Points {
		case "seat":
			if seat := seats[alpha2[r.country]+"."+r.admin1]; seat != nil {
				r.lat, r.lon = seat.lat, seat.lon
			}
		case "centre":
			p, ok := states[r.iso]
			if !ok {
				p, ok = states[alpha2[r.country]+" "+strings.ToLower(r.name)]
			}
			if ok && !onBiggestPlace(p, r, byAdm[alpha2[r.country]+"."+r.admin1]) {
				r.lat, r.lon = p[0], p[1]
			}
		case "box":
		default:
			return nil, "", fmt.Errorf("gen: -adm1-points %q: want centre, box or seat", src.adm1Points)
		}
	}
	switch {
	case src.adm1Points == "seat":
		head = append(head, "# ADM1 rows: point = its seat (PPLA), else the middle of the 5th-95th percentile box of its places.")
	case src.adm1Points == "centre" && states != nil:
		head = append(head, "# ADM1 rows: point = latitude/longitude of the npm package @countrystatecity/countries 1.0.9 (ODbL 1.0),",
			"#   matched by ISO 3166-2 code or name, else the middle of the 5th-95th percentile box of its places.")
	default:
		head = append(head, "# ADM1 rows: point = middle of the 5th-95th percentile box of its places.")
	}
	head = append(head, "# ADM1 population = sum of its places'.")

	ids := 0
	for _, path := range src.dumps {
		n, err := applyDump(path, rows, iso3)
		if err != nil {
			return nil, "", err
		}
		ids += n
		head = append(head, fmt.Sprintf("# GeoNames ids and points of %d country/ADM1 rows from the GeoNames dump %s (CC BY).", n, filepath.Base(path)))
	}
	head = append(head, "# Other country and ADM1 rows have no GeoNames id (0).")
	return rows, strings.Join(head, "\n") + "\n", nil
}

// onBiggestPlace reports whether point p of subdivision r lies on its
// biggest place (within 10 km) while the middle of r's places (r's point
// so far) is more than 150 km away and within 50 km of one of them: p is
// the city's, not the subdivision's (@countrystatecity gives New York
// state New York City's point), and the middle of its places stands
// closer to the subdivision's own. A middle far from every place (in the
// sea between islands) is no better.
func onBiggestPlace(p [2]float64, r *row, ps []*place) bool {
	var big *place
	near := false
	for _, q := range ps {
		if big == nil || q.population > big.population || q.population == big.population && q.id < big.id {
			big = q
		}
		near = near || geo.Distance(q.lat, q.lon, r.lat, r.lon) < 50
	}
	return big != nil && near && geo.Distance(p[0], p[1], big.lat, big.lon) < 10 &&
		geo.Distance(p[0], p[1], r.lat, r.lon) > 150
}

// seatsOf returns the seat of each first-level subdivision ("CA.01"):
// its biggest PPLA, else the capital when it lies in it.
func seatsOf(places []*place) map[string]*place {
	seats := map[string]*place{}
	for _, p := range places {
		if p.code != "PPLA" && p.code != "PPLC" {
			continue
		}
		k := p.cc + "." + p.admin1
		if s := seats[k]; s == nil || rankSeat(p) > rankSeat(s) || rankSeat(p) == rankSeat(s) && p.id < s.id {
			seats[k] = p
		}
	}
	return seats
}

func rankSeat(p *place) int {
	r := p.population
	if p.code == "PPLA" {
		r += 1 << 40
	}
	return r
}

// readWorldCountries reads the latlng of each country (ISO alpha-3) from
// world-countries' countries.json, and the countries of each region and
// subregion ("region:Europe", "subregion:Caribbean").
func readWorldCountries(path string) (map[string][2]float64, map[string][]string, error) {
	var v []struct {
		CCA3      string    `json:"cca3"`
		LatLng    []float64 `json:"latlng"`
		Region    string    `json:"region"`
		Subregion string    `json:"subregion"`
	}
	if err := readJSON(path, &v); err != nil {
		return nil, nil, err
	}
	pts := map[string][2]float64{}
	regions := map[string][]string{}
	for _, c := range v {
		if len(c.LatLng) == 2 {
			pts[c.CCA3] = [2]float64{round4(c.LatLng[0]), round4(c.LatLng[1])}
		}
		regions["region:"+c.Region] = append(regions["region:"+c.Region], c.CCA3)
		regions["subregion:"+c.Subregion] = append(regions["subregion:"+c.Subregion], c.CCA3)
	}
	if len(pts) < 200 {
		return nil, nil, fmt.Errorf("gen: %s: only %d countries with a latlng", path, len(pts))
	}
	return pts, regions, nil
}

// addContinents appends a row for each continent of the continents file.
func addContinents(path string, rows []row, pts map[string][2]float64, regions map[string][]string) ([]row, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	pop := map[string]int{}
	for _, r := range rows {
		if r.feature == "A.PCLI" {
			pop[r.country] = r.population
		}
	}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("gen: %s:%d: want 5 tab-separated fields", path, n+1)
		}
		id, err := strconv.Atoi(f[0])
		if err != nil {
			return nil, fmt.Errorf("gen: %s:%d: %w", path, n+1, err)
		}
		var lats, lons []float64
		total := 0
		for m := range strings.SplitSeq(f[2], "|") {
			cs, ok := regions[m]
			if !ok {
				return nil, fmt.Errorf("gen: %s:%d: no %s in world-countries", path, n+1, m)
			}
			for _, c := range cs {
				if p, ok := pts[c]; ok {
					lats, lons = append(lats, p[0]), append(lons, p[1])
				}
				total += pop[c]
			}
		}
		names := []string{f[1]}
		if f[3] != "" {
			names = append(names, strings.Split(f[3], "|")...)
		}
		rows = append(rows, row{id: id, name: f[1], feature: "L.CONT", lat: round4(median(lats)), lon: round4(median(lons)),
			population: total, names: uniq(names)})
	}
	return rows, nil
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	v = slices.Clone(v)
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// readStates reads the points of subdivisions from the states.json files
// of @countrystatecity/countries (dist/data/<Country>-<CC>/states.json),
// keyed by ISO 3166-2 code and by "CC lower-case name".
func readStates(dir string) (map[string][2]float64, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "states.json"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("gen: no */states.json under %s", dir)
	}
	pts := map[string][2]float64{}
	for _, f := range files {
		var v []struct {
			Name string `json:"name"`
			CC   string `json:"country_code"`
			ISO  string `json:"iso3166_2"`
			Lat  string `json:"latitude"`
			Lon  string `json:"longitude"`
		}
		if err := readJSON(f, &v); err != nil {
			return nil, err
		}
		for _, s := range v {
			lat, err1 := strconv.ParseFloat(s.Lat, 64)
			lon, err2 := strconv.ParseFloat(s.Lon, 64)
			if err1 != nil || err2 != nil {
				continue
			}
			p := [2]float64{round4(lat), round4(lon)}
			if s.ISO != "" {
				pts[s.ISO] = p
			}
			k := s.CC + " " + strings.ToLower(s.Name)
			if _, dup := pts[k]; !dup {
				pts[k] = p
			}
		}
	}
	return pts, nil
}

// applyDump gives the country and ADM1 rows the GeoNames id and point of
// their records in a GeoNames country dump (the geoname table, tab
// separated), and returns how many rows it changed.
func applyDump(path string, rows []row, iso3 map[string]string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("gen: %w", err)
	}
	defer f.Close()
	type rec struct {
		id       int
		lat, lon float64
	}
	recs := map[string]rec{} // "A.PCLI AUS" or "A.ADM1 AUS.07"
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		fld := strings.Split(sc.Text(), "\t")
		if len(fld) < 11 || fld[6] != "A" || fld[7] != "PCLI" && fld[7] != "ADM1" {
			continue
		}
		id, err1 := strconv.Atoi(fld[0])
		lat, err2 := strconv.ParseFloat(fld[4], 64)
		lon, err3 := strconv.ParseFloat(fld[5], 64)
		if err1 != nil || err2 != nil || err3 != nil || iso3[fld[8]] == "" {
			continue
		}
		k := "A.PCLI " + iso3[fld[8]]
		if fld[7] == "ADM1" {
			k = "A.ADM1 " + iso3[fld[8]] + "." + fld[10]
		}
		recs[k] = rec{id, round4(lat), round4(lon)}
	}
	if err := sc.Err(); err != nil {
		return 0, fmt.Errorf("gen: %s: %w", path, err)
	}
	n := 0
	for i := range rows {
		r := &rows[i]
		k := r.feature + " " + r.country
		if r.feature == "A.ADM1" {
			k += "." + r.admin1
		}
		if x, ok := recs[k]; ok {
			r.id, r.lat, r.lon = x.id, x.lat, x.lon
			n++
		}
	}
	return n, nil
}
