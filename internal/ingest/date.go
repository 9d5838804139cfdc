package ingest

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// errNoDate marks a date string of a shape this package does not read. The
// HTML reader skips such candidates; an explicit field in a record is an
// error.
var errNoDate = errors.New("not a date")

var (
	// 2024-11-30, 2024-11-30T09:15, 2024-11-30 09:15:00.123+09:00, ...Z
	isoRE = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?$`)
	// 20241130
	compactRE = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})$`)
	// Unix time in seconds or milliseconds
	unixRE = regexp.MustCompile(`^\d{9,10}$|^\d{12,13}$`)
	// Sat, 30 Nov 2024 09:15:00 +0900 (RFC 1123 and its relatives)
	dayMonthRE = regexp.MustCompile(`^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?)?$`)
	// Saturday, November 30, 2024 (any trailing time is dropped)
	monthDayRE = regexp.MustCompile(`^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[\s,].*)?$`)
)

// zoneOffsets are the time zone abbreviations feeds and pages write, in
// seconds east of UTC. Ambiguous ones (IST, CST in China) are left out: a
// time in an unknown zone keeps its clock time without an offset.
var zoneOffsets = map[string]int{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
	"EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
	"BST": 3600, "CET": 3600, "CEST": 2 * 3600, "EET": 2 * 3600, "EEST": 3 * 3600,
	"MSK": 3 * 3600, "KST": 9 * 3600, "JST": 9 * 3600,
}

var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
	"nov": 11, "november": 11, "dec": 12, "december": 12,
}

// month returns the month named s ("Nov", "november", "Sept."), or 0.
func month(s string) time.Month {
	return months[strings.ToLower(strings.TrimSuffix(s, "."))]
}

// isoDate checks that s is a real YYYY-MM-DD day.
func isoDate(s string) (string, error) {
	m := isoRE.FindStringSubmatch(s)
	if m == nil || m[4] != "" || len(s) != 10 {
		return "", fmt.Errorf("%q is not a YYYY-MM-DD date", s)
	}
	return civil(s, atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]))
}

// civil formats year-month-day as YYYY-MM-DD, or fails naming the date as
// written when the day does not exist.
func civil(written string, y int, m time.Month, d int) (string, error) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || t.Month() != m || t.Day() != d {
		return "", fmt.Errorf("impossible date %q", written)
	}
	return t.Format(time.DateOnly), nil
}

// published normalises a publication date as a source wrote it to an ISO
// 8601 date ("2024-11-30") or an RFC 3339 date-time that keeps the source's
// time zone ("Sat, 30 Nov 2024 09:15:00 +0900" → "2024-11-30T09:15:00+09:00").
// A time in a zone it does not know keeps its clock time without an offset.
// It returns an error wrapping errNoDate for shapes it does not read, and an
// error naming the date for impossible dates.
func published(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if m := isoRE.FindStringSubmatch(s); m != nil {
		return dateTime(s, atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]), m[4], m[5], m[6], m[7])
	}
	if m := compactRE.FindStringSubmatch(s); m != nil {
		return civil(s, atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]))
	}
	if unixRE.MatchString(s) {
		n, _ := strconv.ParseInt(s, 10, 64)
		if len(s) > 10 {
			n /= 1000
		}
		return time.Unix(n, 0).UTC().Format(time.RFC3339), nil
	}
	if m := dayMonthRE.FindStringSubmatch(s); m != nil && month(m[2]) != 0 {
		return dateTime(s, atoi(m[3]), month(m[2]), atoi(m[1]), m[4], m[5], m[6], m[7])
	}
	if m := monthDayRE.FindStringSubmatch(s); m != nil && month(m[1]) != 0 {
		return civil(s, atoi(m[3]), month(m[1]), atoi(m[2]))
	}
	return "", fmt.Errorf("%q: %w", s, errNoDate)
}

// dateTime formats a date with an optional clock time and zone.
func dateTime(written string, y int, mo time.Month, d int, hh, mm, ss, zone string) (string, error) {
	day, err := civil(written, y, mo, d)
	if err != nil || hh == "" {
		return day, err
	}
	h, mi, sec := atoi(hh), atoi(mm), atoi(ss)
	if h > 23 || mi > 59 || sec > 60 {
		return "", fmt.Errorf("impossible time %q", written)
	}
	clock := fmt.Sprintf("%sT%02d:%02d:%02d", day, h, mi, min(sec, 59))
	if zone == "" {
		return clock, nil
	}
	off, ok := zoneOffset(zone)
	if !ok {
		return clock, nil
	}
	if off == 0 {
		return clock + "Z", nil
	}
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	return fmt.Sprintf("%s%c%02d:%02d", clock, sign, off/3600, off%3600/60), nil
}

// zoneOffset reads "+0900", "+09:00", "-05", "Z" or a known abbreviation.
func zoneOffset(z string) (int, bool) {
	if z[0] == '+' || z[0] == '-' {
		digits := strings.ReplaceAll(z[1:], ":", "")
		h := atoi(digits[:2])
		m := 0
		if len(digits) >= 4 {
			m = atoi(digits[2:4])
		}
		if h > 14 || m > 59 {
			return 0, false
		}
		off := h*3600 + m*60
		if z[0] == '-' {
			off = -off
		}
		return off, true
	}
	off, ok := zoneOffsets[strings.ToUpper(z)]
	return off, ok
}

// atoi reads a run of ASCII digits the regular expressions matched; "" is 0.
func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}
