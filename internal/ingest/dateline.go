package ingest

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
)

// datePrefixRE is the metadata prefix of the seed dispatch:
// "date 2024-11-30 Seoul: Amid ...".
var datePrefixRE = regexp.MustCompile(`^(?i:date):?[ \t]+(\d{4}-\d{1,2}-\d{1,2})[ \t]+([^:\n]{1,80}?)[ \t]*:[ \t]*`)

// datePrefix reads a "date YYYY-MM-DD Place:" prefix at the start of p. It
// returns p without the prefix, the place and the date as written.
func datePrefix(p string) (rest, place, date string, ok bool) {
	m := datePrefixRE.FindStringSubmatchIndex(p)
	if m == nil {
		return p, "", "", false
	}
	return p[m[1]:], titleCase(strings.TrimSpace(p[m[4]:m[5]])), p[m[2]:m[3]], true
}

// wire is a wire-service dateline at the head of a paragraph:
// "SEOUL, Nov 30 (Reuters) -".
type wire struct {
	place     string
	written   string     // the date as written, "" when none
	month     time.Month // 0 when no date is written
	day, year int        // year 0 when not written
	publisher string     // the agency in parentheses, "" when none
}

// wireDateRE is the date of a dateline: "Nov 30", "Nov. 30, 2024",
// "30 November 2024", "Saturday, Nov. 30", "2024-11-30".
var wireDateRE = regexp.MustCompile(`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:([A-Za-z]{3,9})\.?\s+(\d{1,2})|(\d{1,2})\s+([A-Za-z]{3,9})\.?|(\d{4})-(\d{2})-(\d{2}))(?:,?\s+(\d{4}))?$`)

// wireSeparators end a dateline; the earliest one in the head of the
// paragraph is taken.
var wireSeparators = []string{" -- ", " - ", "—", "–", ": "}

// parseWire reads a wire dateline at the start of paragraph p. A dateline is
// "PLACE[, REGION...][, DATE] [(AGENCY)] SEP" with SEP one of "-", "--",
// "—", "–" or ":" within the first 160 bytes. To tell it from an ordinary
// sentence, a dateline needs an upper-case place, a date or an agency, and a
// ":" separator needs a date ("Breaking news: ..." is no dateline).
func parseWire(p string) (wire, bool) {
	line := p
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = line[:min(len(line), 160)]
	cut, sep := -1, ""
	for _, s := range wireSeparators {
		if i := strings.Index(line, s); i > 0 && (cut < 0 || i < cut) {
			cut, sep = i, s
		}
	}
	if cut < 0 {
		return wire{}, false
	}
	head := strings.TrimSpace(line[:cut])
	var w wire
	if strings.HasSuffix(head, ")") {
		open := strings.LastIndexByte(head, '(')
		if open < 0 {
			return wire{}, false
		}
		w.publisher = strings.TrimSpace(head[open+1 : len(head)-1])
		head = strings.TrimSpace(head[:open])
		if !isAgency(w.publisher) {
			return wire{}, false
		}
	}
	if head == "" || strings.ContainsAny(head, "()") {
		return wire{}, false
	}
	parts := strings.Split(head, ",")
	if len(parts) > 5 {
		return wire{}, false
	}
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	if !isPlaceName(parts[0]) {
		return wire{}, false
	}
	w.place = parts[0]
	for i := 1; i < len(parts); i++ {
		if d := strings.Join(parts[i:], ", "); w.parseDate(d) {
			break
		}
		if !isPlaceName(parts[i]) {
			return wire{}, false
		}
	}
	if notPlaces[strings.ToUpper(w.place)] {
		return wire{}, false
	}
	if w.written == "" && w.publisher == "" && !allCaps(w.place) {
		return wire{}, false
	}
	if sep == ": " && w.written == "" {
		return wire{}, false
	}
	w.place = titleCase(w.place)
	return w, true
}

// parseDate reads the date of a dateline into w.
func (w *wire) parseDate(s string) bool {
	m := wireDateRE.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	switch {
	case m[1] != "":
		w.month, w.day = month(m[1]), atoi(m[2])
	case m[4] != "":
		w.month, w.day = month(m[4]), atoi(m[3])
	default:
		w.year, w.month, w.day = atoi(m[5]), time.Month(atoi(m[6])), atoi(m[7])
	}
	if w.month == 0 {
		return false
	}
	if m[8] != "" {
		if w.year != 0 {
			return false
		}
		w.year = atoi(m[8])
	}
	w.written = s
	return true
}

// date resolves the dateline's date: a date without a year takes the year of
// pub (the publication date), or the year before when that would put it more
// than six months after publication; with no pub it is "". An impossible day
// is an error naming the date as written.
func (w wire) date(pub string) (string, error) {
	if w.written == "" {
		return "", nil
	}
	if w.year != 0 {
		return civil(w.written, w.year, w.month, w.day)
	}
	if _, err := civil(w.written, 2000, w.month, w.day); err != nil { // 2000 has a 29 February
		return "", err
	}
	p, ok := article.ParseDate(pub)
	if !ok {
		return "", nil
	}
	y := p.Year()
	if time.Date(y, w.month, w.day, 0, 0, 0, 0, time.UTC).After(p.AddDate(0, 6, 0)) {
		y--
	}
	return civil(w.written, y, w.month, w.day)
}

// notPlaces are the upper-case kickers that head a story like a dateline
// ("EXCLUSIVE – Roger Stone: ...") but name no place.
var notPlaces = map[string]bool{
	"EXCLUSIVE": true, "BREAKING": true, "BREAKING NEWS": true, "UPDATE": true, "UPDATED": true,
	"WATCH": true, "LIVE": true, "ANALYSIS": true, "OPINION": true, "EDITORIAL": true,
	"FACT CHECK": true, "VIDEO": true, "PHOTOS": true, "REVIEW": true, "COMMENTARY": true,
	"NEWS": true, "ALERT": true, "URGENT": true, "FLASH": true, "CORRECTION": true, "EXCERPT": true,
}

// particles are the small words a title-cased place name keeps in lower case.
var particles = map[string]bool{
	"of": true, "and": true, "the": true, "de": true, "del": true, "la": true, "le": true,
	"es": true, "el": true, "al": true, "du": true, "da": true, "des": true, "do": true,
}

// isPlaceName reports whether s looks like the place of a dateline: one to
// four capitalised words ("SEOUL", "New York", "Port-au-Prince", "Dar es
// Salaam").
func isPlaceName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 || len(s) > 40 {
		return false
	}
	for i, w := range words {
		if i > 0 && particles[w] {
			continue
		}
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !strings.ContainsRune(".'’-", r) {
				return false
			}
		}
	}
	return true
}

// isAgency reports whether s looks like the agency of a dateline: "Reuters",
// "AP", "Yonhap News Agency".
func isAgency(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(" .&'’-/", r) {
			return false
		}
	}
	return true
}

// allCaps reports whether s has at least two letters and none in lower case.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// titleCase turns an upper-case place name into title case ("NEW YORK" →
// "New York", "PORT-AU-PRINCE" → "Port-Au-Prince"); a name already in mixed
// case is kept as written ("Kyiv").
func titleCase(s string) string {
	if !allCaps(s) {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i > 0 && particles[w] {
			continue
		}
		rs := []rune(w)
		for j := range rs {
			if j == 0 || strings.ContainsRune("-.", rs[j-1]) {
				rs[j] = unicode.ToUpper(rs[j])
			}
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}
