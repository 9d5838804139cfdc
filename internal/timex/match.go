package timex

import (
	"fmt"
	"strings"
	"time"
)

// TIMEX3 types.
const (
	tDate     = "DATE"
	tTime     = "TIME"
	tDuration = "DURATION"
	tSet      = "SET"
)

// expr is one recognised expression over tokens [i, j).
type expr struct {
	i, j       int
	typ        string
	value      string
	mod        string
	unresolved bool // relative, and there was no anchor to resolve it
	det        bool // may take a leading "the" into its extent
	// compared is a period named as the comparison to the one under
	// discussion ("a year earlier", "the year-ago quarter"): it does not
	// become the quarter under discussion itself.
	compared bool
	fiscal   bool // a quarter or half of a fiscal year, numbered as the company numbers it
}

// matcher recognises expressions in a token stream and resolves them
// against an anchor date.
type matcher struct {
	text   string
	toks   []token
	anchor time.Time
	has    bool

	// quarter is the last quarter the text spoke of ("the third
	// quarter"): in an earnings report "a year earlier" means that
	// quarter a year before, not the whole year.
	quarter string
	// fiscalQuarter is the last fiscal quarter the text spoke of: a company
	// whose year starts in July reports "the quarter" ended Sept. 30 as
	// its first, which the calendar cannot tell.
	fiscalQuarter string
}

// all returns every expression of the token stream, left to right,
// longest match first, never overlapping.
func (m *matcher) all() []expr {
	var out []expr
	for i := 0; i < len(m.toks); {
		if e, ok := m.match(i); ok && e.j > i {
			if e.typ == tDate && len(e.value) == 7 && e.value[5] == 'Q' && !e.compared && !m.ahead(e.value) {
				m.quarter = e.value
			}
			if e.fiscal {
				m.fiscalQuarter = e.value
			}
			out = append(out, e)
			i = e.j
			continue
		}
		i++
	}
	return out
}

// ahead reports whether quarter q ("YYYY-Qn") is after the anchor's
// quarter: a forecast ("losses through the third quarter of 1990") is not
// the quarter a report's figures are about.
func (m *matcher) ahead(q string) bool {
	return m.has && q > fmtQuarter(m.anchor.Year(), int(m.anchor.Month()+2)/3)
}

// --- token helpers ---

func (m *matcher) word(i int) string {
	if i < 0 || i >= len(m.toks) || m.toks[i].kind != kWord {
		return ""
	}
	return m.toks[i].low
}

func (m *matcher) lex(i int) (word, bool) {
	if i < 0 || i >= len(m.toks) || m.toks[i].w == nil {
		return word{num: -1}, false
	}
	return *m.toks[i].w, true
}

func (m *matcher) punct(i int, s string) bool {
	return i >= 0 && i < len(m.toks) && m.toks[i].kind == kPunct && m.toks[i].low == s
}

func (m *matcher) num(i int) (n, ndig int, ok bool) {
	if i < 0 || i >= len(m.toks) || m.toks[i].kind != kNum {
		return 0, 0, false
	}
	return m.toks[i].num, m.toks[i].ndig, true
}

// adj reports whether tokens i and i+1 touch, with no space between.
func (m *matcher) adj(i int) bool {
	return i >= 0 && i+1 < len(m.toks) && m.toks[i].end == m.toks[i+1].start
}

// hyphen reports whether tokens i, i+1, i+2 are "x-y" written together.
func (m *matcher) hyphen(i int) bool {
	return m.adj(i) && m.adj(i+1) && (m.punct(i+1, "-") || m.punct(i+1, "‐") || m.punct(i+1, "–"))
}

// optDot skips a full stop written right after token i ("Nov.").
func (m *matcher) optDot(i int) int {
	if m.adj(i) && m.punct(i+1, ".") {
		return i + 2
	}
	return i + 1
}

// --- the grammar ---

// match recognises the expression starting at token i, if any.
func (m *matcher) match(i int) (expr, bool) {
	t := &m.toks[i]
	switch t.kind {
	case kPunct:
		return m.apostropheDecade(i)
	case kWord:
		if t.w == nil {
			return expr{}, false
		}
	}
	if e, ok := m.qualified(i); ok {
		return e, true
	}
	if m.word(i) == "the" {
		if e, ok := m.core(i + 1); ok && e.det {
			e.i = i
			return e, true
		}
		return expr{}, false
	}
	return m.core(i)
}

// qualified recognises an expression with a leading qualifier: "early
// December", "mid-2023", "the end of the year", "about three years",
// "earlier this month".
func (m *matcher) qualified(i int) (expr, bool) {
	w := m.word(i)
	mod, next := "", 0
	switch w {
	case "early":
		mod, next = "START", i+1
	case "late":
		mod, next = "END", i+1
	case "mid":
		mod, next = "MID", i+1
		if m.adj(i) && (m.punct(i+1, "-") || m.punct(i+1, "–")) {
			next = i + 2
		}
	case "the":
		if m.word(i+2) == "of" {
			switch m.word(i + 1) {
			case "beginning", "start":
				mod, next = "START", i+3
			case "end":
				mod, next = "END", i+3
			case "middle":
				mod, next = "MID", i+3
			}
		}
	case "nearly", "almost", "more", "less", "at", "up", "no":
		// TimeML leaves "about", "around", "over" out of the extent but
		// keeps these
		return m.approx(i)
	}
	if next == 0 {
		return expr{}, false
	}
	start := next
	if m.word(start) == "the" {
		start++
		// "the end of the year", "the middle of the month": the current one
		if w, ok := m.lex(start); ok && m.word(i) == "the" && (w.unit == uYear || w.unit == uMonth || w.unit == uWeek) && !w.has(fPlural) {
			u := w.unit
			e := m.relative(i, start+1, tDate, func(a time.Time) string { return shifted(a, u, 0) }, "")
			e.mod = mod
			return e, true
		}
	}
	e, ok := m.core(start)
	if !ok || e.typ != tDate && e.typ != tTime {
		return expr{}, false
	}
	if e.mod == "" {
		e.mod = mod
	}
	e.i = i
	return e, true
}

// approx recognises a qualified count: "about three years", "more than
// 20 years", "at least 30 days", "up to six months".
func (m *matcher) approx(i int) (expr, bool) {
	mod, next := "", 0
	switch m.word(i) {
	case "nearly", "almost":
		mod, next = "LESS_THAN", i+1
	case "more", "less":
		if m.word(i+1) == "than" {
			mod, next = "MORE_THAN", i+2
			if m.word(i) == "less" {
				mod = "LESS_THAN"
			}
		}
	case "at":
		switch m.word(i + 1) {
		case "least":
			mod, next = "EQUAL_OR_MORE", i+2
		case "most":
			mod, next = "EQUAL_OR_LESS", i+2
		}
	case "up":
		if m.word(i+1) == "to" {
			mod, next = "EQUAL_OR_LESS", i+2
		}
	case "no":
		if m.word(i+1) == "more" && m.word(i+2) == "than" {
			mod, next = "EQUAL_OR_LESS", i+3
		}
	}
	if next == 0 {
		return expr{}, false
	}
	if _, _, isNum := m.num(next); !isNum {
		if w, ok := m.lex(next); !ok || w.num < 0 || m.word(next) == "a" || m.word(next) == "an" {
			return expr{}, false
		}
	}
	e, ok := m.core(next)
	if !ok || e.typ != tDuration && !(e.typ == tDate && mod == "APPROX") {
		return expr{}, false
	}
	e.mod = mod
	e.i = i
	return e, true
}

// core recognises an expression whose head is token k.
func (m *matcher) core(k int) (expr, bool) {
	if k >= len(m.toks) {
		return expr{}, false
	}
	t := &m.toks[k]
	switch t.kind {
	case kNum:
		return m.numberLed(k)
	case kPunct:
		return m.apostropheDecade(k)
	}
	if t.kind != kWord || t.w == nil {
		return expr{}, false
	}
	w := *t.w
	switch {
	case w.month > 0:
		return m.monthLed(k)
	case w.weekday > 0:
		return m.weekdayLed(k)
	case w.shift != shNone:
		return m.shiftLed(k)
	case w.ord != 0:
		return m.ordinalLed(k)
	case w.num >= 0 || w.has(fVague):
		return m.countLed(k)
	case w.season != "":
		return m.seasonLed(k)
	}
	switch t.low {
	case "today", "yesterday", "tomorrow", "tonight":
		return m.relativeDay(k)
	case "now", "currently", "nowadays", "recently", "lately":
		return expr{i: k, j: k + 1, typ: tDate, value: w.ref}, true
	case "future":
		if m.word(k-1) == "the" || m.word(k-1) == "near" {
			return expr{i: k, j: k + 1, typ: tDate, value: "FUTURE_REF", det: true}, true
		}
	case "near":
		if m.word(k+1) == "future" {
			return expr{i: k, j: k + 2, typ: tDate, value: "FUTURE_REF", det: true}, true
		}
	case "every", "each", "per":
		return m.set(k)
	case "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly":
		return expr{i: k, j: k + 1, typ: tSet, value: duration(1, w.unit)}, true
	case "fiscal":
		return m.fiscal(k)
	case "noon", "midday", "midnight":
		return m.clockWord(k)
	case "weekend":
		e, ok := m.weekend(k, k+1, 0)
		e.det = true
		return e, ok
	case "quarter", "period":
		// "the quarter", "the latest quarter": the fiscal quarter the text
		// spoke of ("the fiscal first quarter ... sales for the quarter"),
		// else the calendar quarter last reported on
		if p := m.word(k - 1); p == "the" || p == "latest" {
			if m.fiscalQuarter != "" {
				return expr{i: k, j: k + 1, typ: tDate, value: m.fiscalQuarter, det: p == "the"}, true
			}
			e := m.relative(k, k+1, tDate, func(a time.Time) string { return shifted(a.AddDate(0, 0, -45), uQuarter, 0) }, "XXXX-QX")
			e.det = p == "the"
			return e, true
		}
	case "latest":
		if e, ok := m.core(k + 1); ok && (m.word(k+1) == "quarter" || m.word(k+1) == "period") {
			e.i, e.det = k, true
			return e, true
		}
	case "year":
		return m.yearEarlier(k)
	case "nineties", "eighties", "seventies", "sixties":
		if m.word(k-1) == "the" {
			d := map[string]string{"nineties": "199", "eighties": "198", "seventies": "197", "sixties": "196"}[t.low]
			return expr{i: k, j: k + 1, typ: tDate, value: d, det: true}, true
		}
	case "christmas", "thanksgiving", "halloween":
		return m.holiday(k)
	case "new":
		if m.word(k+1) == "year" && m.punct(k+2, "'") && m.word(k+3) == "s" {
			return m.holiday(k)
		}
	}
	if w.unit != uNone && w.has(fPlural) {
		// "for years", "in recent months" without a count
		switch m.word(k - 1) {
		case "for", "over", "in", "within":
			return expr{i: k, j: k + 1, typ: tDuration, value: duration(-1, w.unit)}, true
		}
	}
	return expr{}, false
}

// relative builds a DATE or TIME that needs the anchor: value is computed
// from it when there is one, else the expression keeps the underspecified
// form given (often "").
func (m *matcher) relative(i, j int, typ string, value func(a time.Time) string, under string) expr {
	if !m.has {
		return expr{i: i, j: j, typ: typ, value: under, unresolved: true}
	}
	return expr{i: i, j: j, typ: typ, value: value(m.anchor)}
}

// partOfDay extends a date at token j with "morning", "night", ...: it
// returns the TIMEX3 suffix and the new end.
func (m *matcher) partOfDay(j int) (string, int) {
	if w, ok := m.lex(j); ok && w.part != "" {
		return "T" + w.part, j + 1
	}
	return "", j
}

// relativeDay: today, yesterday, tomorrow, tonight, and "yesterday morning".
func (m *matcher) relativeDay(k int) (expr, bool) {
	off := 0
	switch m.word(k) {
	case "yesterday":
		off = -1
	case "tomorrow":
		off = 1
	case "tonight":
		return m.relative(k, k+1, tTime, func(a time.Time) string { return fmtDay(a) + "TNI" }, "XXXX-XX-XXTNI"), true
	}
	if m.adj(k) && m.punct(k+1, "'") || m.adj(k) && m.punct(k+1, "’") {
		// "today's": the possessive is not part of the extent
		return m.relative(k, k+1, tDate, func(a time.Time) string { return fmtDay(a.AddDate(0, 0, off)) }, ""), true
	}
	if suf, j := m.partOfDay(k + 1); suf != "" {
		return m.relative(k, j, tTime, func(a time.Time) string { return fmtDay(a.AddDate(0, 0, off)) + suf }, "XXXX-XX-XX"+suf), true
	}
	return m.relative(k, k+1, tDate, func(a time.Time) string { return fmtDay(a.AddDate(0, 0, off)) }, ""), true
}

// monthLed: "Nov. 28", "November 28, 2024", "June 2024", "June of 2023", "June".
func (m *matcher) monthLed(k int) (expr, bool) {
	t := &m.toks[k]
	mon := int(t.w.month)
	j := k + 1
	if t.w.has(fAbbrev) {
		j = m.optDot(k)
		if _, _, isNum := m.num(j); j == k+1 && !isNum {
			return expr{}, false
		}
	}
	// day
	if d, nd, ok := m.num(j); ok && nd <= 2 && d >= 1 && d <= 31 && !(m.adj(j) && m.punct(j+1, ":") && m.adj(j+1)) {
		end := j + 1
		if m.adj(j) {
			switch m.word(j + 1) {
			case "st", "nd", "rd", "th":
				end = j + 2
			}
		}
		// year
		y := end
		if m.punct(y, ",") {
			y++
		}
		if yr, ny, ok := m.num(y); ok && ny == 4 {
			if validDate(yr, mon, d) {
				return expr{i: k, j: y + 1, typ: tDate, value: fmtDay(day(yr, time.Month(mon), d))}, true
			}
			return expr{}, false
		}
		// a day is dated to the nearest such day: a guessed tense is
		// weaker evidence than distance at this granularity
		e := m.relative(k, end, tDate, func(a time.Time) string {
			yr, ok := dayYear(a, mon, d, 0)
			if !ok {
				return ""
			}
			return fmtDay(day(yr, time.Month(mon), d))
		}, fmt.Sprintf("XXXX-%02d-%02d", mon, d))
		if e.value == "" && !e.unresolved {
			return expr{}, false
		}
		return e, true
	}
	// year
	y := j
	if m.punct(y, ",") || m.word(y) == "of" {
		y++
	}
	if yr, ny, ok := m.num(y); ok && ny == 4 {
		return expr{i: k, j: y + 1, typ: tDate, value: fmt.Sprintf("%04d-%02d", yr, mon)}, true
	}
	if m.punct(y, "'") || m.punct(y, "’") {
		if yr, ny, ok := m.num(y + 1); ok && ny == 2 && m.adj(y) {
			return expr{i: k, j: y + 2, typ: tDate, value: fmt.Sprintf("%04d-%02d", century(yr), mon)}, true
		}
	}
	// "January this year", "July last year"
	if off, ok := yearShift(m.word(j)); ok && m.word(j+1) == "year" {
		return m.relative(k, j+2, tDate, func(a time.Time) string {
			return fmt.Sprintf("%04d-%02d", a.Year()+off, mon)
		}, fmt.Sprintf("XXXX-%02d", mon)), true
	}
	// the month alone
	if !t.upper {
		return expr{}, false
	}
	if t.w.has(fModal) || t.w.has(fVerbLike) {
		// "May", "March": a month only after a preposition or qualifier
		p, _ := m.lex(k - 1)
		if !p.has(fPrep) && p.shift == shNone {
			return expr{}, false
		}
	}
	tense, weak := m.tenseWeak(k, j)
	if weak {
		tense = 0 // an infinitive often hangs off a past verb: the nearer month
	}
	switch m.word(k - 1) {
	case "by", "until", "till", "through":
		// a deadline ("pay down the loan by February") is ahead unless
		// the clause before it is in the past, or, with nothing before it
		// to go by, the clause is ("By May the troops had left")
		if l, _, _ := m.tenseLeft(k); l > 0 || l == 0 && tense >= 0 {
			tense = 1
		}
	}
	return m.relative(k, j, tDate, func(a time.Time) string {
		return fmt.Sprintf("%04d-%02d", monthYear(a, mon, tense), mon)
	}, fmt.Sprintf("XXXX-%02d", mon)), true
}

// yearShift reads "this", "last", "next" before "year".
func yearShift(w string) (int, bool) {
	switch w {
	case "this":
		return 0, true
	case "last":
		return -1, true
	case "next":
		return 1, true
	}
	return 0, false
}

// century completes a two-digit year: '89 is 1989, '24 is 2024.
func century(yy int) int {
	if yy < 50 {
		return 2000 + yy
	}
	return 1900 + yy
}

// weekdayLed: "Friday", "Friday night", "Friday, Nov. 29".
func (m *matcher) weekdayLed(k int) (expr, bool) {
	t := &m.toks[k]
	j := k + 1
	if t.w.has(fAbbrev) {
		j = m.optDot(k)
		if j == k+1 {
			return expr{}, false
		}
	}
	if !t.upper {
		return expr{}, false
	}
	// an explicit date after the weekday wins
	d := j
	if m.punct(d, ",") {
		d++
	}
	if w, ok := m.lex(d); ok && w.month > 0 {
		if e, ok := m.monthLed(d); ok && len(e.value) == 10 {
			e.i = k
			return e, true
		}
	}
	wd := int(t.w.weekday)
	suf, end := m.partOfDay(j)
	typ := tDate
	if suf != "" {
		typ = tTime
	}
	tense, weak := m.tenseWeak(k, end)
	dir := -1
	if tense > 0 {
		dir = 1
	}
	return m.relative(k, end, typ, func(a time.Time) string {
		if weak && tense > 0 {
			// a weak sign of the future: the nearer of the two days
			if back, ahead := weekdayNear(a, wd, -1, false), weekdayNear(a, wd, 1, false); a.Sub(back) < ahead.Sub(a) {
				return fmtDay(back) + suf
			}
		}
		return fmtDay(weekdayNear(a, wd, dir, false)) + suf
	}, fmt.Sprintf("XXXX-WXX-%d", wd)+suf), true
}

// shiftLed: "last month", "next Friday", "this summer", "the past three
// years", "the last 24 hours", "last night", "recent years", "the past".
func (m *matcher) shiftLed(k int) (expr, bool) {
	sh := int(m.toks[k].w.shift)
	w0 := m.word(k)
	n := k + 1
	// a count makes it a duration: "the past three years", "the next two weeks"
	if sh != shThis {
		if cnt, end, ok := m.count(n); ok {
			if u, uend, ok := m.unitAt(end); ok {
				return expr{i: k, j: uend, typ: tDuration, value: duration(cnt, u), det: true}, true
			}
		}
	}
	if sh == shLast && (m.word(n) == "half" || m.word(n) == "quarter" && m.word(n+1) == "of") {
		return m.ordinalLed(k) // "the last half", "the last quarter of 1989": the final one
	}
	w, ok := m.lex(n)
	if !ok {
		return m.shiftAlone(k)
	}
	off := 0
	switch sh {
	case shLast:
		off = -1
	case shNext:
		off = 1
	}
	switch {
	case w.unit != uNone && w.has(fPlural):
		if sh == shPast || sh == shLast {
			if w0 == "recent" {
				return expr{i: k, j: n + 1, typ: tDate, value: "PAST_REF", det: true}, true
			}
			return expr{i: k, j: n + 1, typ: tDuration, value: duration(-1, w.unit), det: true}, true
		}
		return expr{}, false
	case w.unit == uWeekend:
		return m.weekend(k, n+1, off)
	case w.unit != uNone && w.unit != uSecond && w.unit != uMinute && w.unit != uHour:
		if sh == shPast || sh == shLast && m.word(k-1) == "the" {
			return expr{i: k, j: n + 1, typ: tDuration, value: duration(1, w.unit), det: true}, true
		}
		u := w.unit
		if u == uDay && sh == shThis {
			return expr{}, false
		}
		return m.relative(k, n+1, tDate, func(a time.Time) string { return shifted(a, u, off) }, ""), true
	case w.month > 0 && m.toks[n].upper:
		if e, ok := m.monthLed(n); ok && len(e.value) == 10 && (sh == shLast || sh == shNext) {
			// "last Oct. 23": the one before (after) the anchor
			mon, d := int(w.month), int(e.value[8]-'0')*10+int(e.value[9]-'0')
			dir := -1
			if sh == shNext {
				dir = 1
			}
			e2 := m.relative(k, e.j, tDate, func(a time.Time) string {
				y, _ := dayYear(a, mon, d, dir)
				return fmtDay(day(y, time.Month(mon), d))
			}, e.value)
			return e2, true
		}
		mon := int(w.month)
		return m.relative(k, n+1, tDate, func(a time.Time) string {
			y := a.Year()
			switch {
			case sh == shLast && mon >= int(a.Month()):
				y--
			case sh == shNext && mon <= int(a.Month()):
				y++
			}
			return fmt.Sprintf("%04d-%02d", y, mon)
		}, fmt.Sprintf("XXXX-%02d", mon)), true
	case w.weekday > 0 && m.toks[n].upper:
		wd := int(w.weekday)
		tense := m.tense(k, n+1)
		return m.relative(k, n+1, tDate, func(a time.Time) string {
			switch sh {
			case shLast:
				return fmtDay(weekdayNear(a, wd, -1, true))
			case shNext:
				return fmtDay(weekdayNear(a, wd, 1, true))
			}
			dir := -1
			if tense > 0 {
				dir = 1
			}
			return fmtDay(weekdayNear(a, wd, dir, false))
		}, fmt.Sprintf("XXXX-WXX-%d", wd)), true
	case w.season != "":
		s := w.season
		return m.relative(k, n+1, tDate, func(a time.Time) string {
			y := a.Year()
			switch sh {
			case shLast:
				y = seasonYear(a, s, -1)
				if seasonOf(a) == s {
					y--
				}
			case shNext:
				y = seasonYear(a, s, 1)
				if seasonOf(a) == s {
					y++
				}
			}
			return fmt.Sprintf("%04d-%s", y, s)
		}, "XXXX-"+s), true
	case w.part != "":
		switch {
		case sh == shLast && w.part == "NI":
			return m.relative(k, n+1, tTime, func(a time.Time) string { return fmtDay(a.AddDate(0, 0, -1)) + "TNI" }, "XXXX-XX-XXTNI"), true
		case sh == shThis:
			p := w.part
			return m.relative(k, n+1, tTime, func(a time.Time) string { return fmtDay(a) + "T" + p }, "XXXX-XX-XXT"+p), true
		}
		return expr{}, false
	}
	return m.shiftAlone(k)
}

// shiftAlone: "the past" and "current" used on their own.
func (m *matcher) shiftAlone(k int) (expr, bool) {
	switch m.word(k) {
	case "past":
		if m.word(k-1) == "the" {
			if _, ok := m.lex(k + 1); !ok || m.toks[k+1].kind == kPunct {
				return expr{i: k, j: k + 1, typ: tDate, value: "PAST_REF", det: true}, true
			}
		}
	}
	return expr{}, false
}

// weekend: "the weekend", "last weekend" (tokens k..end).
func (m *matcher) weekend(k, end, off int) (expr, bool) {
	tense := m.tense(k, end)
	return m.relative(k, end, tDate, func(a time.Time) string {
		if off != 0 {
			return shifted(a, uWeekend, off)
		}
		// the weekend last past, or the next one in a future context
		sat := weekdayNear(a, 6, -1, false)
		if tense > 0 || isoWeekday(a) >= 6 {
			sat = weekdayNear(a, 6, 1, false)
			if isoWeekday(a) == 7 {
				sat = a
			}
		}
		return fmtWeek(sat) + "-WE"
	}, "XXXX-WXX-WE"), true
}

// count reads a number at token i: digits, number words ("twenty-four",
// "twenty four", "a"), or a vague count ("several", "a few"); n is -1 for
// a vague one.
func (m *matcher) count(i int) (n, end int, ok bool) {
	if v, nd, isNum := m.num(i); isNum {
		if nd > 6 {
			return 0, 0, false
		}
		// "1,000"
		if m.adj(i) && m.punct(i+1, ",") && m.adj(i+1) {
			if v2, nd2, ok := m.num(i + 2); ok && nd2 == 3 {
				return v*1000 + v2, i + 3, true
			}
		}
		return v, i + 1, true
	}
	w, known := m.lex(i)
	if !known {
		return 0, 0, false
	}
	if w.has(fVague) {
		end := i + 1
		if m.word(i) == "couple" && m.word(end) == "of" {
			return 2, end + 1, true
		}
		return -1, end, true
	}
	if w.num < 0 {
		return 0, 0, false
	}
	switch m.word(i) {
	case "a", "an":
		if v, ok := m.lex(i + 1); ok && v.has(fVague) {
			end := i + 2
			if m.word(i+1) == "couple" && m.word(end) == "of" {
				return 2, end + 1, true
			}
			return -1, end, true
		}
		if m.word(i+1) == "half" {
			return 0, 0, false
		}
		return 1, i + 1, true
	}
	n, end = w.num, i+1
	// "twenty-four", "twenty four", "one hundred"
	for end < len(m.toks) {
		if n >= 20 && n < 100 && n%10 == 0 {
			j := end
			if m.hyphen(end - 1) {
				j = end + 1
			}
			if v, ok := m.lex(j); ok && v.num > 0 && v.num < 10 && m.word(j) != "a" && m.word(j) != "an" {
				n += v.num
				end = j + 1
				continue
			}
		}
		if m.word(end) == "hundred" && n < 100 {
			n *= 100
			end++
			continue
		}
		break
	}
	return n, end, true
}

// unitAt reads a unit noun at token i, allowing "-" before it ("10-year").
func (m *matcher) unitAt(i int) (unit, int, bool) {
	j := i
	if m.punct(i, "-") && m.adj(i-1) && m.adj(i) {
		j = i + 1
	}
	if w, ok := m.lex(j); ok && w.unit != uNone && m.toks[j].kind == kWord &&
		w.part == "" && m.word(j) != "annual" && !isAdverbUnit(m.word(j)) {
		return w.unit, j + 1, true
	}
	return uNone, 0, false
}

func isAgo(w string) bool {
	switch w {
	case "ago", "earlier", "later", "before", "after":
		return true
	}
	return false
}

func isAdverbUnit(w string) bool {
	switch w {
	case "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly":
		return true
	}
	return false
}

// countLed: "three years", "24 hours", "two days ago", "a year earlier",
// "10-year", "$5 a year".
func (m *matcher) countLed(k int) (expr, bool) {
	cnt, end, ok := m.count(k)
	if !ok {
		return expr{}, false
	}
	half, end := m.halfAfterCount(end)
	u, j, ok := m.unitAt(end)
	if !ok {
		return expr{}, false
	}
	if !half && cnt >= 1 && m.word(j) == "and" && m.word(j+1) == "a" && m.word(j+2) == "half" {
		half, j = true, j+3 // "a year and a half"
	}
	if half {
		return m.halfTail(k, j, cnt, u)
	}
	single := cnt == 1 && (m.word(k) == "a" || m.word(k) == "an")
	if single && m.word(j-1) == "second" {
		return expr{}, false
	}
	if single && m.perContext(k) && !isAgo(m.word(j)) {
		return expr{i: k, j: j, typ: tSet, value: duration(1, u)}, true
	}
	return m.countTail(k, j, cnt, u)
}

// halfTail finishes a count and a half of unit u ending at token j: a
// duration, or with "ago" a date at the granularity the half allows
// ("a year and a half ago" is a month).
func (m *matcher) halfTail(k, j, cnt int, u unit) (expr, bool) {
	v := halfDuration(cnt, u)
	if v == "" {
		return expr{}, false
	}
	if m.word(j) == "ago" {
		switch u {
		case uYear:
			return m.relative(k, j+1, tDate, func(a time.Time) string { return ago(a, uMonth, 12*cnt+6) }, ""), true
		case uDecade:
			return m.relative(k, j+1, tDate, func(a time.Time) string { return ago(a, uYear, 10*cnt+5) }, ""), true
		}
	}
	return expr{i: k, j: j, typ: tDuration, value: v, det: true}, true
}

// halfAfterCount reads the half that may follow a count at token i: "2
// 1/2", "two and a half". It returns whether there is one and where the
// unit should start.
func (m *matcher) halfAfterCount(i int) (bool, int) {
	if n, _, ok := m.num(i); ok && n == 1 && m.adj(i) && m.punct(i+1, "/") && m.adj(i+1) {
		if d, nd, ok := m.num(i + 2); ok && d == 2 && nd == 1 && i > 0 && m.toks[i-1].kind == kNum {
			return true, i + 3
		}
	}
	if m.word(i) == "and" && m.word(i+1) == "a" && m.word(i+2) == "half" && i > 0 && m.word(i-1) != "a" && m.word(i-1) != "an" {
		return true, i + 3
	}
	return false, i
}

// perContext reports whether "a" at token k means "per": "$5 a year",
// "twice a day", "10% a month".
func (m *matcher) perContext(k int) bool {
	if k == 0 {
		return false
	}
	p := &m.toks[k-1]
	if p.kind == kNum || p.low == "%" {
		return true
	}
	switch p.low {
	case "once", "twice", "times", "percent", "dollars", "cents", "euros", "barrels", "tons", "each", "billion", "million":
		return true
	}
	return false
}

// countTail finishes a count and unit: "ago", "earlier", "later", "from
// now" make a date; "-old" stays a duration.
func (m *matcher) countTail(k, j, cnt int, u unit) (expr, bool) {
	switch m.word(j) {
	case "ago", "earlier":
		// "three days later", "two days before the vote" are anchored on
		// another event, not the article: they stay durations
		sign := 1
		if cnt < 0 {
			ref := "PAST_REF"
			if sign < 0 {
				ref = "FUTURE_REF"
			}
			return expr{i: k, j: j + 1, typ: tDate, value: ref}, true
		}
		if u == uYear && cnt == 1 && m.quarter != "" {
			e := m.relative(k, j+1, tDate, func(a time.Time) string { return m.yearBefore(m.quarter) }, "")
			e.compared = true
			return e, true
		}
		return m.relative(k, j+1, tDate, func(a time.Time) string { return ago(a, u, sign*cnt) }, ""), true
	case "from":
		if m.word(j+1) == "now" {
			if cnt < 0 {
				return expr{i: k, j: j + 2, typ: tDate, value: "FUTURE_REF"}, true
			}
			return m.relative(k, j+2, tDate, func(a time.Time) string { return ago(a, u, -cnt) }, ""), true
		}
	}
	if m.hyphen(j-1) && m.word(j+1) == "old" || u == uWeekend {
		return expr{}, false // "a 6-year-old": an age
	}
	// "the two-week", "a 10-year" are adjectives; TimeML leaves "the" out
	return expr{i: k, j: j, typ: tDuration, value: duration(cnt, u), det: !m.hyphen(j - 2)}, true
}

// numberLed: ISO and slashed dates, clock times, years, decades, "28
// November", "21st century", counts of units.
func (m *matcher) numberLed(k int) (expr, bool) {
	n, nd, _ := m.num(k)
	// 2024-11-30
	if nd == 4 && m.adj(k) && m.punct(k+1, "-") && m.adj(k+1) && m.adj(k+2) && m.punct(k+3, "-") && m.adj(k+3) {
		mo, nm, ok1 := m.num(k + 2)
		d, ndd, ok2 := m.num(k + 4)
		if ok1 && ok2 && nm <= 2 && ndd <= 2 && validDate(n, mo, d) {
			return expr{i: k, j: k + 5, typ: tDate, value: fmtDay(day(n, time.Month(mo), d))}, true
		}
		return expr{}, false
	}
	// 28/11, 11/28/2024, 28/11/24
	if nd <= 2 && m.adj(k) && m.punct(k+1, "/") && m.adj(k+1) {
		return m.slashDate(k)
	}
	// 10:30, 9 a.m.
	if e, ok := m.clock(k); ok {
		return e, true
	}
	// years and decades
	if nd == 4 && n >= 1000 && n <= 2199 {
		if m.adj(k) && (m.word(k+1) == "s" || (m.punct(k+1, "'") || m.punct(k+1, "’")) && m.adj(k+1) && m.word(k+2) == "s") {
			end := k + 2
			if m.word(k+1) != "s" {
				end = k + 3
			}
			if n%10 == 0 {
				return expr{i: k, j: end, typ: tDate, value: fmt.Sprintf("%03d", n/10), det: true}, true
			}
			return expr{}, false
		}
		// "the 1988 second quarter", "the 1988 period"
		if w, ok := m.lex(k + 1); ok && w.ord >= 1 && w.ord <= 4 && m.word(k+2) == "quarter" {
			return expr{i: k, j: k + 3, typ: tDate, value: fmtQuarter(n, int(w.ord)), det: true}, true
		}
		if w := m.word(k + 1); w == "quarter" || w == "period" {
			q := m.quarter
			if q == "" && m.has {
				q = shifted(m.anchor.AddDate(0, 0, -45), uQuarter, 0)
			}
			if q != "" {
				return expr{i: k, j: k + 2, typ: tDate, value: fmtYear(n) + q[4:], det: true, compared: true}, true
			}
			return expr{i: k, j: k + 1, typ: tDate, value: fmtYear(n)}, true
		}
		if m.bareYear(k) {
			return expr{i: k, j: k + 1, typ: tDate, value: fmtYear(n)}, true
		}
	}
	// 28 November 2024, 28th of November
	if nd <= 2 && n >= 1 && n <= 31 {
		j := k + 1
		if m.adj(k) {
			switch m.word(j) {
			case "st", "nd", "rd", "th":
				j++
				if m.word(j) == "century" && n >= 1 {
					return expr{i: k, j: j + 1, typ: tDate, value: fmt.Sprintf("%02d", n-1), det: true}, true
				}
			}
		}
		if m.word(j) == "of" {
			j++
		}
		if w, ok := m.lex(j); ok && w.month > 0 && (m.toks[j].upper || w.has(fAbbrev)) {
			mon := int(w.month)
			end := m.optDot(j)
			if !w.has(fAbbrev) {
				end = j + 1
			}
			if y, ny, ok := m.num(end); ok && ny == 4 {
				if validDate(y, mon, n) {
					return expr{i: k, j: end + 1, typ: tDate, value: fmtDay(day(y, time.Month(mon), n))}, true
				}
				return expr{}, false
			}
			tense := m.tense(k, end)
			dd := n
			e := m.relative(k, end, tDate, func(a time.Time) string {
				y, ok := dayYear(a, mon, dd, tense)
				if !ok {
					return ""
				}
				return fmtDay(day(y, time.Month(mon), dd))
			}, fmt.Sprintf("XXXX-%02d-%02d", mon, dd))
			if e.value == "" && !e.unresolved {
				return expr{}, false
			}
			return e, true
		}
	}
	// a count of units
	if k > 0 && m.toks[k-1].kind == kPunct && (m.toks[k-1].low == "$" || m.toks[k-1].low == "£" || m.toks[k-1].low == "€" || m.toks[k-1].low == "/" && m.adj(k-1)) {
		return expr{}, false // money, or the denominator of "1/2 hour"
	}
	return m.countLed(k)
}

// bareYear decides whether a four-digit number at k is a year: it must
// follow a preposition (or start a clause) and not be followed by a
// common noun it would count ("in 2000 troops").
func (m *matcher) bareYear(k int) bool {
	n := m.toks[k].num
	if m.adj(k) && k+1 < len(m.toks) && m.toks[k+1].kind != kPunct {
		return false // "1990s" handled by the caller, "2000m" is no year
	}
	if k > 0 {
		p := &m.toks[k-1]
		if p.kind == kNum || p.low == "$" || p.low == "#" || p.low == "£" || p.low == "€" || p.low == "." && m.adj(k-1) || p.low == "," && m.adj(k-1) {
			return false
		}
	}
	if k+1 < len(m.toks) {
		nx := &m.toks[k+1]
		switch {
		case nx.kind == kPunct && (nx.low == "%" || nx.low == "-" && m.adj(k) || nx.low == "," && m.adj(k) && m.adj(k+1) && k+2 < len(m.toks) && m.toks[k+2].kind == kNum):
			return false
		case nx.kind == kWord && !nx.upper && nx.w == nil && n >= 1900 && n <= 2100 && m.determinerBefore(k):
			// "the 1992 protests", "its 1990 invasion", "a 1996 law"
		case nx.kind == kWord && !nx.upper && nx.w == nil:
			// "1500 troops", "2000 people"; but "in 1990 when"
			switch nx.low {
			case "when", "that", "as", "after", "before", "while", "because", "but", "with", "is", "was", "were", "had", "has", "elections", "election", "budget", "season", "levels", "level", "figure", "figures", "results":
			default:
				return false
			}
		case nx.kind == kWord && nx.w != nil && (nx.w.unit != uNone || nx.low == "percent"):
			return false
		}
	}
	return true
}

// determinerBefore reports whether token k follows a determiner or a
// possessive ("the", "its", "Navigation Mixte's").
func (m *matcher) determinerBefore(k int) bool {
	if k == 0 {
		return false
	}
	if w := m.word(k - 1); isDeterminer(strings.ToLower(w)) {
		return true
	}
	return k >= 2 && m.word(k-1) == "s" && (m.punct(k-2, "'") || m.punct(k-2, "’"))
}

// slashDate: US month/day[/year] unless the first number cannot be a month.
func (m *matcher) slashDate(k int) (expr, bool) {
	a, _, _ := m.num(k)
	b, nb, ok := m.num(k + 2)
	if !ok || nb > 2 {
		return expr{}, false
	}
	if k > 0 && m.toks[k-1].kind == kNum {
		return expr{}, false // "2 1/2"
	}
	mon, d := a, b
	if a > 12 {
		mon, d = b, a
	}
	if m.adj(k+2) && m.punct(k+3, "/") && m.adj(k+3) {
		y, ny, ok := m.num(k + 4)
		if !ok || ny != 2 && ny != 4 {
			return expr{}, false
		}
		if ny == 2 {
			y = century(y)
		}
		if !validDate(y, mon, d) {
			return expr{}, false
		}
		return expr{i: k, j: k + 5, typ: tDate, value: fmtDay(day(y, time.Month(mon), d))}, true
	}
	if mon < 1 || mon > 12 || d < 1 || d > 31 || m.adj(k+2) && k+3 < len(m.toks) && m.toks[k+3].kind != kPunct {
		return expr{}, false
	}
	if u, _, ok := m.unitAt(k + 3); ok && u != uNone {
		return expr{}, false // "1/2 hour" is a fraction
	}
	tense := m.tense(k, k+3)
	e := m.relative(k, k+3, tDate, func(t time.Time) string {
		y, ok := dayYear(t, mon, d, tense)
		if !ok {
			return ""
		}
		return fmtDay(day(y, time.Month(mon), d))
	}, fmt.Sprintf("XXXX-%02d-%02d", mon, d))
	if e.value == "" && !e.unresolved {
		return expr{}, false
	}
	return e, true
}

// clock: "10:30", "10:30 a.m.", "9 pm", "14:05 GMT".
func (m *matcher) clock(k int) (expr, bool) {
	h, nh, _ := m.num(k)
	if nh > 2 || h > 24 {
		return expr{}, false
	}
	min, end := -1, k+1
	if m.adj(k) && m.punct(k+1, ":") && m.adj(k+1) {
		mm, nm, ok := m.num(k + 2)
		if !ok || nm != 2 || mm > 59 {
			return expr{}, false
		}
		min, end = mm, k+3
		if m.adj(end-1) && m.punct(end, ":") && m.adj(end) {
			if _, ns, ok := m.num(end + 1); ok && ns == 2 {
				end += 2
			}
		}
	}
	pm, ampm := false, false
	switch w := m.word(end); {
	case (w == "a" || w == "p") && m.adj(end) && m.punct(end+1, ".") && m.word(end+2) == "m":
		pm, ampm = w == "p", true
		end += 3
		if m.adj(end-1) && m.punct(end, ".") {
			end++
		}
	case w == "am" || w == "pm":
		pm, ampm = w == "pm", true
		end++
	}
	if !ampm && min < 0 {
		return expr{}, false
	}
	if ampm {
		if h < 1 || h > 12 {
			return expr{}, false
		}
		if pm && h < 12 {
			h += 12
		}
		if !pm && h == 12 {
			h = 0
		}
	}
	if min < 0 {
		min = 0
	}
	if k > 0 && m.toks[k-1].kind == kNum && m.toks[k-1].end == m.toks[k].start {
		return expr{}, false
	}
	zone := ""
	if z, ok := zones[strings.ToLower(m.word(end))]; ok && m.toks[end].upper {
		zone = z
		end++
	}
	return m.timeOnDay(k, end, fmt.Sprintf("T%02d:%02d%s", h, min, zone)), true
}

// timeOnDay builds a TIME at clock value hm for tokens [k, end), taking
// in the day named right after it: "10 p.m. Wednesday", "5 p.m. EST,
// Nov. 9", "9 a.m. today", "noon Thursday"; else the anchor's day.
func (m *matcher) timeOnDay(k, end int, hm string) expr {
	d := end
	if m.punct(d, ",") {
		d++
	}
	if w, ok := m.lex(d); ok && (w.weekday > 0 || w.month > 0 || m.word(d) == "today" || m.word(d) == "yesterday" || m.word(d) == "tomorrow") {
		if e, ok := m.core(d); ok && e.typ == tDate && (len(e.value) == 10 || e.unresolved) {
			e.i, e.typ = k, tTime
			if e.value != "" {
				e.value += hm
			}
			return e
		}
	}
	return m.relative(k, end, tTime, func(a time.Time) string { return fmtDay(a) + hm }, "XXXX-XX-XX"+hm)
}

// clockWord: noon, midday, midnight.
func (m *matcher) clockWord(k int) (expr, bool) {
	hm := "T12:00"
	if m.word(k) == "midnight" {
		hm = "T24:00"
	}
	return m.timeOnDay(k, k+1, hm), true
}

// ordinalLed: "the third quarter", "third-quarter", "the first half of
// 2024", "the first nine months", "the 20th century" (in numberLed).
func (m *matcher) ordinalLed(k int) (expr, bool) {
	q := int(m.toks[k].w.ord)
	final := q < 0
	j := k + 1
	if m.hyphen(k) {
		j = k + 2
	}
	if final { // "last", "final": the fourth quarter, the second half
		switch m.word(j) {
		case "quarter":
			q = 4
		case "half":
			q = 2
		}
	}
	if cnt, end, ok := m.count(j); ok && cnt > 0 && m.word(j) != "a" {
		// "the first nine months"
		if u, uend, ok := m.unitAt(end); ok {
			return expr{i: k, j: uend, typ: tDuration, value: duration(cnt, u), det: true}, true
		}
	}
	var u unit
	switch m.word(j) {
	case "quarter":
		u = uQuarter
		if q < 1 || q > 4 {
			return expr{}, false
		}
	case "half":
		u = uHalf
		if q < 1 || q > 2 {
			return expr{}, false
		}
	case "century":
		if q < 1 {
			return expr{}, false
		}
		return expr{i: k, j: j + 1, typ: tDate, value: fmt.Sprintf("%02d", q-1), det: true}, true
	default:
		return expr{}, false
	}
	code := "Q"
	if u == uHalf {
		code = "H"
	}
	end := j + 1
	// "of 1989", "of fiscal 1990", "of the year", "of this year", "of next year"
	if m.word(end) == "of" {
		y := end + 1
		if m.word(y) == "fiscal" {
			y++
		}
		if yr, ny, ok := m.num(y); ok && ny == 4 {
			return expr{i: k, j: y + 1, typ: tDate, value: fmt.Sprintf("%04d-%s%d", yr, code, q), det: true}, true
		}
		off, ok := 0, true
		switch m.word(y) {
		case "this", "the":
		case "last":
			off = -1
		case "next":
			off = 1
		default:
			ok = false
		}
		if ok && m.word(y+1) == "year" {
			e := m.relative(k, y+2, tDate, func(a time.Time) string { return fmt.Sprintf("%04d-%s%d", a.Year()+off, code, q) }, fmt.Sprintf("XXXX-%s%d", code, q))
			e.det = true
			return e, true
		}
		if final {
			return expr{}, false // "the last half of the '80s" is no half-year
		}
	}
	tense := m.tense(k, end)
	e := m.relative(k, end, tDate, func(a time.Time) string {
		y := a.Year()
		cur := quarterOf(a.Month())
		if u == uHalf {
			cur = (int(a.Month())-1)/6 + 1
		}
		if q > cur && tense < 0 {
			y--
		}
		return fmt.Sprintf("%04d-%s%d", y, code, q)
	}, fmt.Sprintf("XXXX-%s%d", code, q))
	e.det = j == k+1
	return e, true
}

// seasonLed: "summer", "the summer of 2023", "winter 2022".
func (m *matcher) seasonLed(k int) (expr, bool) {
	t := &m.toks[k]
	s := t.w.season
	j := k + 1
	y := j
	if m.word(y) == "of" {
		y++
	}
	if yr, ny, ok := m.num(y); ok && ny == 4 {
		return expr{i: k, j: y + 1, typ: tDate, value: fmt.Sprintf("%04d-%s", yr, s), det: true}, true
	}
	prev := m.word(k - 1)
	if t.w.has(fVerbLike) && !t.upper && prev != "the" && prev != "this" && prev != "last" {
		return expr{}, false
	}
	switch prev {
	case "the", "in", "this", "during", "since", "until", "by", "early", "late", "of", "last", "next":
	default:
		if !t.upper {
			return expr{}, false
		}
	}
	tense := m.tense(k, j)
	e := m.relative(k, j, tDate, func(a time.Time) string {
		return fmt.Sprintf("%04d-%s", seasonYear(a, s, tense), s)
	}, "XXXX-"+s)
	e.det = true
	return e, true
}

// set: "every day", "each year", "every Friday", "per month".
func (m *matcher) set(k int) (expr, bool) {
	j := k + 1
	cnt := 1
	if c, end, ok := m.count(j); ok && c > 0 && m.word(j) != "a" {
		cnt, j = c, end
	} else if m.word(j) == "other" {
		cnt, j = 2, j+1
	}
	w, ok := m.lex(j)
	if !ok {
		return expr{}, false
	}
	switch {
	case w.unit != uNone && !isAdverbUnit(m.word(j)) && w.part == "":
		return expr{i: k, j: j + 1, typ: tSet, value: duration(cnt, w.unit)}, true
	case w.weekday > 0 && m.word(k) != "per":
		return expr{i: k, j: j + 1, typ: tSet, value: fmt.Sprintf("XXXX-WXX-%d", w.weekday)}, true
	case w.part != "" && m.word(k) != "per":
		return expr{i: k, j: j + 1, typ: tSet, value: "T" + w.part}, true
	case w.month > 0 && m.toks[j].upper && m.word(k) != "per":
		return expr{i: k, j: j + 1, typ: tSet, value: fmt.Sprintf("XXXX-%02d", w.month)}, true
	}
	return expr{}, false
}

// fiscal: "fiscal 1989", "fiscal year 1990", "fiscal '90", and a fiscal
// quarter or half ("the fiscal first quarter", "fiscal-second quarter"),
// numbered as the company numbers it.
func (m *matcher) fiscal(k int) (expr, bool) {
	j := k + 1
	if m.hyphen(k) {
		j = k + 2
	}
	if w, ok := m.lex(j); ok && w.ord > 0 {
		if e, ok := m.ordinalLed(j); ok && e.typ == tDate {
			e.i, e.det, e.fiscal = k, true, true
			return e, true
		}
	}
	j = k + 1
	if m.word(j) == "year" {
		j++
	}
	if y, ny, ok := m.num(j); ok && ny == 4 {
		return expr{i: k, j: j + 1, typ: tDate, value: fmtYear(y), det: true}, true
	}
	if (m.punct(j, "'") || m.punct(j, "’")) && m.adj(j) {
		if y, ny, ok := m.num(j + 1); ok && ny == 2 {
			return expr{i: k, j: j + 2, typ: tDate, value: fmtYear(century(y)), det: true}, true
		}
	}
	if j == k+2 && m.word(k-1) == "the" {
		return expr{i: k, j: j, typ: tDuration, value: "P1Y", det: true}, true
	}
	return expr{}, false
}

// yearEarlier: "year-earlier", "year-ago" (the same period a year before).
func (m *matcher) yearEarlier(k int) (expr, bool) {
	if !m.hyphen(k) {
		return m.theYear(k)
	}
	switch m.word(k + 2) {
	case "earlier", "ago":
	default:
		return expr{}, false
	}
	end := k + 3
	// "the year-ago third quarter"
	if w, ok := m.lex(end); ok && w.ord >= 1 && w.ord <= 4 && m.word(end+1) == "quarter" {
		q := int(w.ord)
		e := m.relative(k, end+2, tDate, func(a time.Time) string { return fmtQuarter(a.Year()-1, q) }, fmt.Sprintf("XXXX-Q%d", q))
		e.det, e.compared = true, true
		return e, true
	}
	if m.word(end) == "quarter" || m.word(end) == "period" {
		end++
	}
	e := m.relative(k, end, tDate, func(a time.Time) string {
		if m.quarter != "" {
			return m.yearBefore(m.quarter)
		}
		if m.word(end-1) == "quarter" {
			return shifted(a.AddDate(0, 0, -45), uQuarter, -4)
		}
		return fmtYear(a.Year() - 1)
	}, "")
	e.det, e.compared = true, true
	return e, true
}

// theYear: "the year" is the year of the anchor ("sales rose 5% for the
// year"), but "the year ended Sept. 30" is a span of a year ending then,
// and "the year before", "the year 2000", "the year two thousand" are
// other years.
func (m *matcher) theYear(k int) (expr, bool) {
	if m.word(k-1) != "the" {
		return expr{}, false
	}
	switch m.word(k + 1) {
	case "ended", "ending":
		return expr{i: k, j: k + 1, typ: tDuration, value: "P1Y", det: true}, true
	case "before", "after", "earlier", "later", "ago", "in", "to", "when", "that", "which":
		return expr{}, false
	}
	if _, _, ok := m.num(k + 1); ok {
		return expr{}, false
	}
	if w, ok := m.lex(k + 1); ok && w.num >= 0 {
		return expr{}, false
	}
	e := m.relative(k, k+1, tDate, func(a time.Time) string { return fmtYear(a.Year()) }, "")
	e.det = true
	return e, true
}

// yearBefore is a "YYYY-Qn" value a year earlier.
func (m *matcher) yearBefore(q string) string {
	y := 0
	for _, c := range q[:4] {
		y = y*10 + int(c-'0')
	}
	return fmt.Sprintf("%04d%s", y-1, q[4:])
}

// apostropheDecade: "'90s".
func (m *matcher) apostropheDecade(k int) (expr, bool) {
	if !(m.punct(k, "'") || m.punct(k, "’")) || !m.adj(k) {
		return expr{}, false
	}
	n, nd, ok := m.num(k + 1)
	if !ok || nd != 2 || n%10 != 0 || !m.adj(k+1) || m.word(k+2) != "s" {
		return expr{}, false
	}
	return expr{i: k, j: k + 3, typ: tDate, value: fmt.Sprintf("%03d", century(n)/10), det: true}, true
}

// holiday: Christmas, Christmas Eve, New Year's Day, Thanksgiving, Halloween.
func (m *matcher) holiday(k int) (expr, bool) {
	if !m.toks[k].upper {
		return expr{}, false
	}
	mon, d, end := 0, 0, k+1
	switch m.word(k) {
	case "christmas":
		mon, d = 12, 25
		switch m.word(end) {
		case "eve":
			d, end = 24, end+1
		case "day":
			end++
		}
	case "halloween":
		mon, d = 10, 31
	case "new":
		mon, d, end = 1, 1, k+4
		switch m.word(end) {
		case "day":
			end++
		case "eve":
			mon, d, end = 12, 31, end+1
		}
	case "thanksgiving":
		if m.word(end) == "day" {
			end++
		}
		tense := m.tense(k, end)
		return m.relative(k, end, tDate, func(a time.Time) string {
			y := monthYear(a, 11, tense)
			// the fourth Thursday of November
			first := weekdayNear(day(y, 11, 1), 4, 1, false)
			return fmtDay(first.AddDate(0, 0, 21))
		}, "XXXX-11"), true
	}
	tense := m.tense(k, end)
	return m.relative(k, end, tDate, func(a time.Time) string {
		y, _ := dayYear(a, mon, d, tense)
		return fmtDay(day(y, time.Month(mon), d))
	}, fmt.Sprintf("XXXX-%02d-%02d", mon, d)), true
}
