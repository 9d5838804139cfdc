// Package timex finds temporal expressions in text and normalises them to
// TIMEX3 values (DATE, TIME, DURATION, SET, with a mod such as START, END,
// MID or APPROX), resolving relative ones ("Friday", "last month", "two
// days ago", "In June") against the article's date.
//
// The anchor is the article's dateline or publication date and nothing
// else: the package never reads the system clock. Without an anchor a
// relative expression keeps an underspecified value ("XXXX-06", or "")
// and is marked Unresolved.
//
// The recogniser is a hand-written matcher over a small word scanner; the
// closed word classes it knows (month and weekday names, number words,
// units) are grammar rather than dictionary, and live in lexicon.go.
package timex
