package timex

import (
	"strings"

	"github.com/sitrep-project/sitrep/internal/article"
)

// DateEvents sets ev.Date for each event: the date of the time expression
// governing the event's clause, with its precision and Source "text";
// failing that the article's date with Source "article" and Text ""; with
// no article date either, nil.
//
// The governing expression is chosen among the dated expressions (DATE or
// TIME with a calendar value) of the event's sentence: one inside the
// evidence span beats one outside it, one in the same clause beats one
// across a clause break (";", or a comma before "after", "while", ...),
// one introduced by a preposition ("on Friday", "in June") beats a bare
// one, and the nearer beats the farther.
func DateEvents(doc *article.Doc, times []article.Time, events []article.Event) {
	anchor, hasAnchor := doc.Article.Anchor()
	text := doc.Article.Text
	for i := range events {
		ev := &events[i]
		ev.Date = nil
		if t, ok := governing(doc, text, times, ev); ok {
			v, prec, _ := calendarValue(t.Value)
			ev.Date = &article.EventDate{Value: v, Text: t.Text, Precision: prec, Source: "text"}
			continue
		}
		if hasAnchor {
			ev.Date = &article.EventDate{Value: fmtDay(anchor), Precision: "day", Source: "article"}
		}
	}
}

// governing picks the time expression that dates ev, if any.
func governing(doc *article.Doc, text string, times []article.Time, ev *article.Event) (article.Time, bool) {
	ev0, ev1 := ev.Evidence.Start, ev.Evidence.End
	if ev0 < 0 || ev1 > len(text) || ev0 > ev1 {
		return article.Time{}, false
	}
	s0, s1 := ev0, ev1
	if n := ev.Evidence.Sentence; n >= 0 && n < len(doc.Sentences) {
		s := doc.Sentences[n].Span
		s0, s1 = min(s0, s.Start), max(s1, s.End)
	}
	best, bestScore, found := article.Time{}, 0, false
	for _, t := range times {
		if t.Start < s0 || t.End > s1 || t.Unresolved {
			continue
		}
		if _, _, ok := calendarValue(t.Value); !ok || datesReport(text, t.Start) {
			continue
		}
		score := 0
		switch {
		case t.Start >= ev0 && t.End <= ev1:
		case t.End <= ev0:
			score = 10 + ev0 - t.End
			if clauseBreak(text[t.End:ev0]) {
				score += 10000
			}
		default:
			score = 10 + t.Start - ev1
			if clauseBreak(text[ev1:t.Start]) {
				score += 10000
			}
		}
		if !introduced(text, t.Start) {
			score += 5
		}
		if !found || score < bestScore {
			best, bestScore, found = t, score, true
		}
	}
	return best, found
}

// introduced reports whether the word before byte offset i is a
// preposition that attaches a time to a verb.
func introduced(text string, i int) bool {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && isASCIILetter(text[k-1]) {
		k--
	}
	switch strings.ToLower(text[k:j]) {
	case "on", "in", "at", "since", "during", "by", "until", "from", "before", "after", "last", "this", "next":
		return true
	}
	return false
}

// datesReport reports whether the time expression at i dates the act of
// reporting ("the state media reported Saturday", "KCNA said on
// Friday"), which says when the news came out, not when its events did.
func datesReport(text string, i int) bool {
	word := func(end int) (string, int) {
		for end > 0 && text[end-1] == ' ' {
			end--
		}
		k := end
		for k > 0 && isASCIILetter(text[k-1]) {
			k--
		}
		return strings.ToLower(text[k:end]), k
	}
	w, k := word(i)
	if w == "on" {
		w, _ = word(k)
	}
	switch w {
	case "said", "says", "reported", "reports", "told", "announced", "added", "stated", "confirmed", "denied", "wrote", "tweeted":
		return true
	}
	return false
}

// clauseBreak reports whether the text between an event and a time
// expression crosses into another clause.
func clauseBreak(s string) bool {
	if strings.ContainsAny(s, ";:") {
		return true
	}
	for {
		i := strings.Index(s, ", ")
		if i < 0 {
			return false
		}
		s = s[i+2:]
		w := s
		if sp := strings.IndexByte(w, ' '); sp >= 0 {
			w = w[:sp]
		}
		switch strings.ToLower(w) {
		case "after", "before", "while", "when", "amid", "as", "but", "although", "though", "because", "since", "whereas", "and", "which", "who", "where":
			return true
		}
	}
}

// calendarValue reads a TIMEX3 DATE or TIME value as an event date: the
// date part and its precision (day, week, month, quarter, season, year).
// Reference words, durations and decades are not event dates.
func calendarValue(v string) (value, precision string, ok bool) {
	if len(v) < 4 || !digits(v[:4]) {
		return "", "", false
	}
	switch {
	case len(v) == 4:
		return v, "year", true
	case len(v) >= 10 && v[4] == '-' && digits(v[5:7]) && v[7] == '-' && digits(v[8:10]):
		return v[:10], "day", true
	case len(v) == 7 && digits(v[5:7]):
		return v, "month", true
	case len(v) >= 8 && v[5] == 'W' && digits(v[6:8]):
		return v[:8], "week", true
	case len(v) == 7 && v[5] == 'Q':
		return v, "quarter", true
	case len(v) == 7 && v[5] == 'H':
		return v, "half", true
	case len(v) == 7:
		return v, "season", true
	}
	return "", "", false
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}
