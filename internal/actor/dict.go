package actor

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/diag"
)

// Kinds of dictionary records. Every kind but agent is an actor that can
// become an Entity; an agent is a title or noun ("defence minister",
// "troops", "state media") that gives sectors to the names around it.
const (
	KindCountry = "country"
	KindPerson  = "person"
	KindIGO     = "igo"
	KindNGO     = "ngo"
	KindGroup   = "group" // armed non-state group
	KindMedia   = "media"
	KindOrg     = "org"
	KindParty   = "party"
	KindAgent   = "agent"
)

var kinds = []string{KindAgent, KindCountry, KindGroup, KindIGO, KindMedia, KindNGO, KindOrg, KindParty, KindPerson}

// sectorCodes are the CAMEO/PLOVER role codes the dictionary may use.
var sectorCodes = []string{
	"AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "IGO", "INS", "JUD",
	"JRN", "LAB", "LEG", "MED", "MIL", "MNC", "NGO", "OPP", "PTY", "REB", "REF", "RAD", "SEP", "SPY", "UAF",
	"COP", "MOD", "IMG", "NGM",
}

// Term is a role held for a period: Belousov, RUS GOV+MIL, defence
// minister, from 2024-05-14. From is inclusive, To exclusive; zero means open.
type Term struct {
	Country string
	Sectors []string
	Role    string
	From    time.Time
	To      time.Time
	Top     bool   // the country's leader: who "Russia's leader" means
	Pos     string // file:line
}

// holds reports whether the term is in force on t. A zero t is "now as far
// as the dictionary knows": every term still open.
func (tm Term) holds(t time.Time) bool {
	if t.IsZero() {
		return tm.To.IsZero()
	}
	return (tm.From.IsZero() || !t.Before(tm.From)) && (tm.To.IsZero() || t.Before(tm.To))
}

// Actor is one dictionary record after all its lines are merged.
type Actor struct {
	ID      int32
	Name    string
	Kind    string
	Country string   // of the first line; persons take theirs from Terms
	Sectors []string // default sectors
	Role    string
	Cameo   string   // explicit CAMEO code, when the country+sectors rule does not give it
	Terms   []Term   // persons: roles with periods
	Aliases []string // other full names ("DPRK", "Kim Jong-un")
	Adj     []string // adjectives and demonyms ("North Korean", "North Koreans")
	Capital []string // the capital, used for the government ("Pyongyang said")
	Seat    []string // seats that always mean the government ("the Kremlin")
	Ctx     []string // aliases used only once the actor is in the article ("the North")
	Short   []string // weak aliases (surnames) resolved by context or uniqueness on the date
	Roles   []string // agents: the person roles the title names ("secretary of state" for "foreign minister")
	Plural  bool     // agents: a collective noun ("troops") that makes a group
	She     bool     // persons: referred to as "she"
	null    bool     // PETRARCH "[---]": known, deliberately uncoded
	Pos     string   // file:line of the first line
}

// parseDict reads our line format (docs/actors.md):
//
//	name | kind | code | role | period | key: value; value | ...
//
// and appends records to d. Problems are appended to errs and the line is skipped.
func parseDict(name string, src []byte, d *dict, errs *diag.List) {
	for i, line := range strings.Split(string(src), "\n") {
		pos := fmt.Sprintf("%s:%d", name, i+1)
		line = strings.TrimRight(line, "\r")
		if s := strings.TrimSpace(line); s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if err := parseLine(line, pos, d); err != nil {
			errs.Add(name, i+1, err.Error())
		}
	}
}

func parseLine(line, pos string, d *dict) error {
	fields := strings.Split(line, "|")
	if len(fields) < 3 {
		return fmt.Errorf("want at least 3 fields (name | kind | code), got %d", len(fields))
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	for len(fields) < 5 {
		fields = append(fields, "")
	}
	name, kind, code, role, period := fields[0], fields[1], fields[2], fields[3], fields[4]
	if name == "" {
		return fmt.Errorf("empty name")
	}
	if !slices.Contains(kinds, kind) {
		return fmt.Errorf("unknown kind %q (want one of %s)", kind, strings.Join(kinds, ", "))
	}
	country, sectors, err := parseCode(code, kind)
	if err != nil {
		return err
	}
	from, to, err := parsePeriod(period)
	if err != nil {
		return err
	}
	a := Actor{Name: name, Kind: kind, Country: country, Sectors: sectors, Role: role, Pos: pos}
	top := false
	for _, f := range fields[5:] {
		if f == "" {
			continue
		}
		key, val, ok := strings.Cut(f, ":")
		switch {
		case !ok && f == "top":
			top = true
			continue
		case !ok && f == "plural":
			a.Plural = true
			continue
		case !ok && f == "she":
			a.She = true
			continue
		}
		if !ok {
			return fmt.Errorf("field %q: want key: values", f)
		}
		key = strings.TrimSpace(key)
		var vals []string
		for v := range strings.SplitSeq(val, ";") {
			if v = strings.TrimSpace(v); v != "" {
				vals = append(vals, v)
			}
		}
		switch key {
		case "aka":
			a.Aliases = append(a.Aliases, vals...)
		case "adj":
			a.Adj = append(a.Adj, vals...)
		case "capital":
			a.Capital = append(a.Capital, vals...)
		case "seat":
			a.Seat = append(a.Seat, vals...)
		case "ctx":
			a.Ctx = append(a.Ctx, vals...)
		case "short":
			a.Short = append(a.Short, vals...)
		case "roles":
			a.Roles = append(a.Roles, vals...)
		case "cameo":
			if len(vals) != 1 || !isCode(vals[0]) {
				return fmt.Errorf("cameo: want one code of upper-case letters in blocks of 3, got %q", strings.TrimSpace(val))
			}
			a.Cameo = vals[0]
		default:
			return fmt.Errorf("unknown key %q", key)
		}
	}
	if kind == KindPerson && country == "" {
		return fmt.Errorf("person without a country in its code")
	}
	// A person's every line is a term; other actors have terms only when
	// their code changed over time (the Taliban: AFG REB, then AFG GOV).
	if kind == KindPerson || !from.IsZero() || !to.IsZero() {
		a.Terms = []Term{{Country: country, Sectors: sectors, Role: role, From: from, To: to, Top: top, Pos: pos}}
	}
	d.add(a)
	return nil
}

// parseCode reads "RUS GOV+MIL", "PRK", "IGO", "~GOV+MIL" (agents) or "".
func parseCode(code, kind string) (country string, sectors []string, err error) {
	if code == "" {
		if kind == KindAgent || kind == KindPerson {
			return "", nil, fmt.Errorf("empty code")
		}
		return "", nil, nil
	}
	secs := ""
	if kind == KindAgent {
		s, ok := strings.CutPrefix(code, "~")
		if !ok {
			return "", nil, fmt.Errorf("agent code %q: want ~SECTOR(+SECTOR)", code)
		}
		secs = s
	} else {
		country, secs, _ = strings.Cut(code, " ")
		if len(country) != 3 || !isCode(country) {
			return "", nil, fmt.Errorf("code %q: country must be 3 upper-case letters", code)
		}
	}
	for s := range strings.SplitSeq(strings.TrimSpace(secs), "+") {
		if s == "" {
			continue
		}
		if !slices.Contains(sectorCodes, s) {
			return "", nil, fmt.Errorf("code %q: unknown sector %q", code, s)
		}
		sectors = append(sectors, s)
	}
	if kind == KindAgent && len(sectors) == 0 {
		return "", nil, fmt.Errorf("agent code %q has no sector", code)
	}
	return country, sectors, nil
}

func isCode(s string) bool {
	if s == "" || len(s)%3 != 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// parsePeriod reads "2024-05-14..", "..2024-05", "2020-01-21..2024-05-14",
// "2019" or "". Dates may be YYYY, YYYY-MM or YYYY-MM-DD; an end date is
// exclusive (the day the successor took over).
func parsePeriod(s string) (from, to time.Time, err error) {
	if s == "" {
		return
	}
	a, b, ok := strings.Cut(s, "..")
	if !ok {
		return time.Time{}, time.Time{}, fmt.Errorf("period %q: want FROM..TO, FROM.. or ..TO", s)
	}
	if a != "" {
		if from, err = parseDay(a); err != nil {
			return
		}
	}
	if b != "" {
		if to, err = parseDay(b); err != nil {
			return
		}
	}
	if !from.IsZero() && !to.IsZero() && !from.Before(to) {
		err = fmt.Errorf("period %q ends before it starts", s)
	}
	return
}

func parseDay(s string) (time.Time, error) {
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		if len(s) == len(layout) {
			if t, err := time.Parse(layout, s); err == nil {
				return t, nil
			}
		}
	}
	return time.Time{}, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
}

// dict accumulates records, merging lines of the same kind and name.
type dict struct {
	actors []*Actor
	byKey  map[string]*Actor
}

func newDict() *dict { return &dict{byKey: map[string]*Actor{}} }

func (d *dict) add(a Actor) {
	key := a.Kind + "\x00" + strings.ToLower(a.Name)
	old, ok := d.byKey[key]
	if !ok {
		a.ID = int32(len(d.actors))
		p := &a
		d.actors = append(d.actors, p)
		d.byKey[key] = p
		return
	}
	old.Terms = append(old.Terms, a.Terms...)
	old.Aliases = appendNew(old.Aliases, a.Aliases...)
	old.Adj = appendNew(old.Adj, a.Adj...)
	old.Capital = appendNew(old.Capital, a.Capital...)
	old.Seat = appendNew(old.Seat, a.Seat...)
	old.Ctx = appendNew(old.Ctx, a.Ctx...)
	old.Short = appendNew(old.Short, a.Short...)
	old.Roles = appendNew(old.Roles, a.Roles...)
	old.Plural = old.Plural || a.Plural
	old.She = old.She || a.She
	if old.Country == "" {
		old.Country = a.Country
	}
	if len(old.Sectors) == 0 {
		old.Sectors = a.Sectors
	}
	if old.Cameo == "" {
		old.Cameo = a.Cameo
	}
	if old.Role == "" {
		old.Role = a.Role
	}
}

func appendNew(dst []string, vs ...string) []string {
	for _, v := range vs {
		if !slices.Contains(dst, v) {
			dst = append(dst, v)
		}
	}
	return dst
}

// loadFS reads every dictionary file of fsys: *.txt in our format,
// *.actors / *.agents (and PETRARCH's *.actors.txt / *.agents.txt) in
// PETRARCH's. Files whose names match neither are ignored.
func loadFS(fsys fs.FS, d *dict, errs *diag.List) error {
	return fs.WalkDir(fsys, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			return nil
		}
		format := fileFormat(p)
		if format == "" {
			return nil
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		switch format {
		case "sitrep":
			if line, ok := firstRecord(src); ok && !strings.Contains(line.text, "|") {
				errs.Add(p, line.n, "not a dictionary line (no | fields); file skipped")
				return nil
			}
			parseDict(p, src, d, errs)
		case "petrarch-actors":
			parsePetrarchActors(p, src, d, errs)
		case "petrarch-agents":
			parsePetrarchAgents(p, src, d, errs)
		}
		return nil
	})
}

type numbered struct {
	n    int
	text string
}

// firstRecord returns the first line that is not blank or a comment.
func firstRecord(src []byte) (numbered, bool) {
	for i, l := range strings.Split(string(src), "\n") {
		if s := strings.TrimSpace(l); s != "" && !strings.HasPrefix(s, "#") {
			return numbered{i + 1, s}, true
		}
	}
	return numbered{}, false
}

// fileFormat recognises a dictionary file by name: PETRARCH's files have
// "actors" or "agents" as an extension (Phoenix.agents.txt, x.actors).
func fileFormat(p string) string {
	base := strings.ToLower(path.Base(p))
	stem := strings.TrimSuffix(base, ".txt")
	switch {
	case strings.HasSuffix(stem, ".actors"):
		return "petrarch-actors"
	case strings.HasSuffix(stem, ".agents"):
		return "petrarch-agents"
	case strings.HasSuffix(base, ".txt") && !strings.HasPrefix(base, "readme") && !strings.HasPrefix(base, "license"):
		return "sitrep"
	}
	return ""
}
