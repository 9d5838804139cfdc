// Package geo finds the places an article names, resolves each to a
// gazetteer entry with coordinates, offline, and locates events at the place
// governing their clause.
//
// The gazetteer (data/gazetteer) is built from GeoNames by ./gen. Load it
// once with Load; the Gazetteer is immutable and safe for concurrent use.
package geo

//go:generate go run ./gen -cities $GEONAMES_CITIES500 -world-countries $WORLD_COUNTRIES -states $COUNTRYSTATECITY -geonames-dump $GEONAMES_DUMP -admin1 $GEONAMES_ADMIN1 -admin2 $GEONAMES_ADMIN2 -seats ../../data/gazetteer/seats.tsv -continents ../../data/gazetteer/continents.tsv -out ../../data/gazetteer/gazetteer.tsv.gz

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"
)

// Entry is one place of the gazetteer.
type Entry struct {
	ID         int    // GeoNames id; 0 for a country or subdivision whose GeoNames record the generator did not have
	Name       string // preferred name
	Feature    string // GeoNames feature class and code: "P.PPLC", "A.PCLI", "A.ADM1", "L.CONT"
	Country    string // ISO 3166 alpha-3; "" for a continent
	Admin1     string // GeoNames first-level subdivision code within Country
	Lat, Lon   float64
	Population int
}

// Code is the feature code without its class: "PPLC".
func (e *Entry) Code() string {
	_, c, _ := strings.Cut(e.Feature, ".")
	return c
}

// IsCountry reports whether e is an independent political entity.
func (e *Entry) IsCountry() bool { return e.Feature == "A.PCLI" }

// Gazetteer is the loaded gazetteer with its name index.
type Gazetteer struct {
	entries  []Entry
	index    map[string]int32 // key(name) → entry, or -(1+i) for multi[i]
	multi    [][]int32        // entries of keys shared by several
	self     []int32          // self[i] == i: one-entry results without allocation
	demonyms map[string]int32 // key(demonym) → country entry
	country  map[string]int32 // ISO alpha-3 → country entry
	admin1   map[string]int32 // "USA.TX" → ADM1 entry
	conts    map[int]int32    // GeoNames id → continent entry
	stop     map[string]bool  // key(word)
	heads    map[string]bool  // first words of the keys of more than one word
	maxWords int              // most words in an indexed name
}

// Files of the gazetteer inside the fs.FS given to Load.
const (
	gazetteerFile  = "gazetteer.tsv.gz"
	countriesFile  = "countries.tsv"
	continentsFile = "continents.tsv"
	stopFile       = "stopwords.txt"
)

// Load reads the gazetteer from fsys: data.Gazetteer, or os.DirFS of a
// directory laid out like data/ (with a gazetteer/ folder) or like
// data/gazetteer itself.
func Load(fsys fs.FS) (*Gazetteer, error) {
	if fi, err := fs.Stat(fsys, "gazetteer"); err == nil && fi.IsDir() {
		sub, err := fs.Sub(fsys, "gazetteer")
		if err != nil {
			return nil, fmt.Errorf("geo: %w", err)
		}
		fsys = sub
	}
	g := &Gazetteer{
		index:    make(map[string]int32, 1<<18),
		demonyms: map[string]int32{},
		country:  map[string]int32{},
		admin1:   map[string]int32{},
		conts:    map[int]int32{},
		stop:     map[string]bool{},
		heads:    make(map[string]bool, 1<<15),
	}
	if err := g.readEntries(fsys); err != nil {
		return nil, err
	}
	if err := g.readCountries(fsys); err != nil {
		return nil, err
	}
	if err := g.readContinents(fsys); err != nil {
		return nil, err
	}
	if err := g.readStop(fsys); err != nil {
		return nil, err
	}
	return g, nil
}

func (g *Gazetteer) readEntries(fsys fs.FS) error {
	f, err := fsys.Open(gazetteerFile)
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("geo: %s: %w", gazetteerFile, err)
	}
	b, err := io.ReadAll(bufio.NewReaderSize(zr, 1<<16))
	if err != nil {
		return fmt.Errorf("geo: %s: %w", gazetteerFile, err)
	}
	all := string(b) // every name and key below is a substring of it
	g.entries = make([]Entry, 0, strings.Count(all, "\n"))
	for n := 1; all != ""; n++ {
		var line string
		line, all, _ = strings.Cut(all, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		var fld [9]string
		rest := line
		for i := range 8 {
			var ok bool
			fld[i], rest, ok = strings.Cut(rest, "\t")
			if !ok {
				return fmt.Errorf("geo: %s:%d: want 9 tab-separated fields", gazetteerFile, n)
			}
		}
		fld[8] = rest
		id, err1 := strconv.Atoi(fld[0])
		lat, err2 := strconv.ParseFloat(fld[5], 64)
		lon, err3 := strconv.ParseFloat(fld[6], 64)
		pop, err4 := strconv.Atoi(fld[7])
		if err := cmp.Or(err1, err2, err3, err4); err != nil {
			return fmt.Errorf("geo: %s:%d: %w", gazetteerFile, n, err)
		}
		e := Entry{ID: id, Name: fld[1], Feature: fld[2], Country: fld[3], Admin1: fld[4], Lat: lat, Lon: lon, Population: pop}
		i := int32(len(g.entries))
		g.entries = append(g.entries, e)
		switch e.Feature {
		case "A.PCLI":
			g.country[e.Country] = i
		case "A.ADM1":
			g.admin1[e.Country+"."+e.Admin1] = i
		case "L.CONT":
			g.conts[e.ID] = i
		}
		for k := range strings.SplitSeq(fld[8], "|") {
			g.addKey(k, i)
		}
	}
	g.self = make([]int32, len(g.entries))
	for i := range g.self {
		g.self[i] = int32(i)
	}
	return nil
}

// addKey indexes entry i under key k, once.
func (g *Gazetteer) addKey(k string, i int32) {
	if k == "" {
		return
	}
	v, ok := g.index[k]
	switch {
	case !ok:
		g.index[k] = i
	case v == i:
		return
	case v >= 0:
		g.multi = append(g.multi, []int32{v, i})
		g.index[k] = -int32(len(g.multi))
	default:
		m := g.multi[-v-1]
		if !slices.Contains(m, i) {
			g.multi[-v-1] = append(m, i)
		}
	}
	if i := strings.IndexAny(k, " -'."); i > 0 {
		g.heads[k[:i]] = true
		if n := strings.Count(k, " ") + strings.Count(k, "-") + 1; n > g.maxWords {
			g.maxWords = n
		}
	}
}

// add indexes entry i under name.
func (g *Gazetteer) add(name string, i int32) { g.addKey(key(name), i) }

// lookup returns the entries indexed under key k.
func (g *Gazetteer) lookup(k string) []int32 {
	v, ok := g.index[k]
	switch {
	case !ok:
		return nil
	case v >= 0:
		return g.self[v : v+1 : v+1]
	}
	return g.multi[-v-1]
}

func (g *Gazetteer) readCountries(fsys fs.FS) error {
	return readLines(fsys, countriesFile, func(n int, line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return fmt.Errorf("want 3 tab-separated fields")
		}
		c, ok := g.country[f[1]]
		if !ok {
			return fmt.Errorf("no country %q in %s", f[1], gazetteerFile)
		}
		switch f[2] {
		case "alias":
			g.add(f[0], c)
		case "demonym":
			g.demonyms[key(f[0])] = c
		default:
			return fmt.Errorf("kind %q is neither alias nor demonym", f[2])
		}
		return nil
	})
}

// readContinents reads the demonyms of continents ("European"); their
// names are in the gazetteer's rows.
func (g *Gazetteer) readContinents(fsys fs.FS) error {
	return readLines(fsys, continentsFile, func(n int, line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return fmt.Errorf("want 5 tab-separated fields")
		}
		id, err := strconv.Atoi(f[0])
		if err != nil {
			return err
		}
		c, ok := g.conts[id]
		if !ok {
			return fmt.Errorf("no continent %d in %s", id, gazetteerFile)
		}
		for d := range strings.SplitSeq(f[4], "|") {
			if d != "" {
				g.demonyms[key(d)] = c
			}
		}
		return nil
	})
}

func (g *Gazetteer) readStop(fsys fs.FS) error {
	return readLines(fsys, stopFile, func(n int, line string) error {
		g.stop[key(line)] = true
		return nil
	})
}

// readLines calls fn for each line of a text file that is neither blank nor a # comment.
func readLines(fsys fs.FS, name string, fn func(n int, line string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		return fmt.Errorf("geo: %s: %w", name, err)
	}
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		if err := fn(n+1, line); err != nil {
			return fmt.Errorf("geo: %s:%d: %w", name, n+1, err)
		}
	}
	return nil
}

// Lookup returns the entries a name may refer to, most likely first by
// population and feature alone (no context), in a total order: equal
// priors by population, then GeoNames id; the first is the one Places
// would choose without context (a subdivision's seat before the
// subdivision: "Odesa" the city, not the oblast). Case and diacritics are
// ignored.
func (g *Gazetteer) Lookup(name string) []Entry {
	ids := g.lookup(key(name))
	if c, ok := g.demonyms[key(name)]; ok && !slices.Contains(ids, c) {
		ids = append(slices.Clone(ids), c)
	}
	ids = slices.Clone(ids)
	slices.SortFunc(ids, func(a, b int32) int {
		switch {
		case a == b:
			return 0
		case g.before(a, prior(&g.entries[a]), b, prior(&g.entries[b])):
			return -1
		}
		return 1
	})
	if len(ids) > 1 {
		b := g.best(ids, nil, "")
		i := slices.Index(ids, b)
		copy(ids[1:i+1], ids[:i])
		ids[0] = b
	}
	out := make([]Entry, len(ids))
	for i, id := range ids {
		out[i] = g.entries[id]
	}
	return out
}

// Len is the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }
