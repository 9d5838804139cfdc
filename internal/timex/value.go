package timex

import (
	"fmt"
	"strconv"
	"time"
)

// Formatting and calendar arithmetic of TIMEX3 values. Every date here is
// midnight UTC of a calendar day, as article.ParseDate returns it.

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func fmtDay(t time.Time) string   { return t.Format(time.DateOnly) }
func fmtMonth(t time.Time) string { return fmt.Sprintf("%04d-%02d", t.Year(), int(t.Month())) }
func fmtYear(y int) string        { return fmt.Sprintf("%04d", y) }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func fmtQuarter(y, q int) string { return fmt.Sprintf("%04d-Q%d", y, q) }

// validDate reports whether y-m-d is a real calendar day (29 February only
// in leap years).
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return d <= daysIn(y, time.Month(m))
}

func daysIn(y int, m time.Month) int { return day(y, m+1, 0).Day() }

// addMonths moves t by n months, keeping the day where the target month
// has it and clamping to its last day otherwise (31 March less one month
// is 29 February in a leap year, not 2 March).
func addMonths(t time.Time, n int) time.Time {
	y, m := t.Year(), int(t.Month())-1+n
	y += m / 12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	d := min(t.Day(), daysIn(y, time.Month(m+1)))
	return day(y, time.Month(m+1), d)
}

// shifted returns the value of the unit n steps away from t ("last month"
// is shifted(t, uMonth, -1)), at the unit's own granularity.
func shifted(t time.Time, u unit, n int) string {
	switch u {
	case uDay:
		return fmtDay(t.AddDate(0, 0, n))
	case uWeek:
		return fmtWeek(t.AddDate(0, 0, 7*n))
	case uWeekend:
		return fmtWeek(t.AddDate(0, 0, 7*n)) + "-WE"
	case uMonth:
		return fmtMonth(addMonths(day(t.Year(), t.Month(), 1), n))
	case uQuarter:
		q := (int(t.Month())-1)/3 + n + t.Year()*4
		return fmtQuarter(floorDiv(q, 4), q-floorDiv(q, 4)*4+1)
	case uHalf:
		h := (int(t.Month())-1)/6 + n + t.Year()*2
		return fmt.Sprintf("%04d-H%d", floorDiv(h, 2), h-floorDiv(h, 2)*2+1)
	case uYear:
		return fmtYear(t.Year() + n)
	case uDecade:
		return strconv.Itoa(floorDiv(t.Year(), 10) + n)
	case uCentury:
		return fmt.Sprintf("%02d", floorDiv(t.Year(), 100)+n)
	case uMillennium:
		return strconv.Itoa(floorDiv(t.Year(), 1000) + n)
	case uHour, uMinute, uSecond:
		return fmtDay(t)
	}
	return ""
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// ago returns the date n units before (n < 0: after) t, at a granularity
// that says no more than the text: days and weeks give a day, months a
// month, years and longer a year.
func ago(t time.Time, u unit, n int) string {
	switch u {
	case uDay:
		return fmtDay(t.AddDate(0, 0, -n))
	case uWeek:
		return fmtDay(t.AddDate(0, 0, -7*n))
	case uMonth:
		return fmtMonth(addMonths(t, -n))
	case uQuarter:
		return shifted(t, uQuarter, -n)
	case uYear:
		return fmtYear(t.Year() - n)
	case uDecade:
		return fmtYear(t.Year() - 10*n)
	case uCentury:
		return fmtYear(t.Year() - 100*n)
	case uHour, uMinute, uSecond:
		return fmtDay(t)
	}
	return ""
}

// duration formats a TIMEX3 duration of n units; n < 0 means an
// unspecified number ("several years" is PXY).
func duration(n int, u unit) string {
	code, clock := durationCode(u)
	num := "X"
	if n >= 0 {
		num = strconv.Itoa(n)
	}
	if clock {
		return "PT" + num + code
	}
	return "P" + num + code
}

// halfDuration formats n and a half units, the half in the next smaller
// unit where it divides evenly ("P2Y6M", "PT5H30M"), else as the decimal
// fraction ISO 8601 allows on the last component ("P1.5W"); "" for a
// vague n.
func halfDuration(n int, u unit) string {
	if n < 0 {
		return ""
	}
	switch u {
	case uYear:
		return fmt.Sprintf("P%dY6M", n)
	case uDecade:
		return fmt.Sprintf("P%dY", 10*n+5)
	case uCentury:
		return fmt.Sprintf("P%dY", 100*n+50)
	case uDay:
		return fmt.Sprintf("P%dDT12H", n)
	case uHour:
		return fmt.Sprintf("PT%dH30M", n)
	case uMinute:
		return fmt.Sprintf("PT%dM30S", n)
	}
	code, clock := durationCode(u)
	if code == "" {
		return ""
	}
	if clock {
		return fmt.Sprintf("PT%d.5%s", n, code)
	}
	return fmt.Sprintf("P%d.5%s", n, code)
}

// weekdayNear returns the date of weekday wd (ISO) nearest to t in the
// direction dir: -1 the last one on or before t, +1 the next one on or
// after t; strict excludes t itself ("last Friday" on a Friday is a week ago).
func weekdayNear(t time.Time, wd, dir int, strict bool) time.Time {
	cur := isoWeekday(t)
	var d int
	if dir < 0 {
		d = -((cur - wd + 7) % 7)
		if strict && d == 0 {
			d = -7
		}
	} else {
		d = (wd - cur + 7) % 7
		if strict && d == 0 {
			d = 7
		}
	}
	return t.AddDate(0, 0, d)
}

func isoWeekday(t time.Time) int {
	if wd := int(t.Weekday()); wd != 0 {
		return wd
	}
	return 7
}

// monthYear picks the year of a month named without one: in a past
// context the most recent such month (this one included), in a future one
// the next; with no tense to go by, the nearer of the two, where news is
// taken to look back: the month ahead must be less than half as far.
func monthYear(t time.Time, m, tense int) int {
	y, cur := t.Year(), int(t.Month())
	if m == cur {
		return y
	}
	past, future := y, y
	if m > cur {
		past--
	} else {
		future++
	}
	switch {
	case tense < 0:
		return past
	case tense > 0:
		return future
	}
	dPast := (cur - m + 12) % 12
	dFuture := (m - cur + 12) % 12
	if 2*dFuture < dPast {
		return future
	}
	return past
}

// seasonOf is the season t falls in, by month (winter is December to February).
func seasonOf(t time.Time) string {
	switch t.Month() {
	case 3, 4, 5:
		return "SP"
	case 6, 7, 8:
		return "SU"
	case 9, 10, 11:
		return "FA"
	}
	return "WI"
}

// dayYear picks the year of a month and day written without one: in a past
// context the last such day on or before t, in a future one the next on or
// after t, else the nearest, where news is taken to look back: a day ahead
// must be less than half as far as the one behind.
func dayYear(t time.Time, m, d, tense int) (int, bool) {
	y := t.Year()
	best, found := 0, false
	var bestDist time.Duration
	for _, cy := range []int{y - 1, y, y + 1} {
		if !validDate(cy, m, d) {
			continue
		}
		c := day(cy, time.Month(m), d)
		if tense < 0 && c.After(t) || tense > 0 && c.Before(t) {
			continue
		}
		dist := c.Sub(t)
		if dist < 0 {
			dist = -dist
		} else {
			dist *= 2
		}
		if !found || dist < bestDist {
			best, bestDist, found = cy, dist, true
		}
	}
	if !found && validDate(y, m, d) {
		return y, true
	}
	return best, found
}

// seasonYear picks the year of a season named without one, like monthYear
// with the season's middle month (winter counts from December).
func seasonYear(t time.Time, s string, tense int) int {
	mid := 12
	switch s {
	case "SP":
		mid = 4
	case "SU":
		mid = 7
	case "FA":
		mid = 10
	}
	return monthYear(t, mid, tense)
}

// quarterOf is the quarter a month falls in.
func quarterOf(m time.Month) int { return (int(m)-1)/3 + 1 }
