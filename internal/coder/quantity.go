package coder

import (
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/internal/article"
)

// numberWords are spelled-out numbers and their values.
var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9,
	"dozen": 12, "dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 1e6, "billions": 1e9,
	"tens": 10,
}

var multipliers = map[string]float64{
	"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mln": 1e6, "bln": 1e9, "m": 1e6, "bn": 1e9, "k": 1000,
}

// qualifiers precede a number and say how exact it is.
var qualifiers = []string{
	"more than", "over", "at least", "about", "around", "nearly", "almost", "up to",
	"roughly", "approximately", "some", "fewer than", "less than", "as many as", "at most",
	"an estimated", "estimated", "close to", "just over", "just under", "under",
}

// quantity finds the first amount with a known unit in toks[from:to]: a
// number, a spelled-out number or "thousands of", followed within three
// words by a unit noun ("troops", "missiles", "dollars") or preceded by a
// currency sign.
func quantity(s *sent, from, to int, units map[string]string, text string) *article.Quantity {
	toks := s.toks
	for i := from; i < to; i++ {
		val, next, vague, ok := number(toks, i, to)
		if !ok {
			continue
		}
		unit := ""
		if i > 0 && (toks[i-1].text == "$" || toks[i-1].text == "US$") {
			unit = "USD"
		}
		if strings.HasPrefix(toks[i].text, "$") {
			unit = "USD"
		}
		j := next
		for k := next; unit == "" && k < min(to, next+3); k++ {
			if u, ok := units[toks[k].lower]; ok {
				unit, j = u, k+1
				break
			}
			if u, ok := units[toks[k].lemma]; ok {
				unit, j = u, k+1
				break
			}
			if toks[k].c != cAdj && toks[k].c != cNoun && toks[k].lower != "of" {
				break
			}
		}
		if unit == "" {
			continue
		}
		start := i
		if unit == "USD" && i > 0 && toks[i-1].text == "$" {
			start = i - 1
		}
		q := &article.Quantity{Value: val, Unit: unit}
		if vague != "" {
			q.Qualifier = vague
		}
		for _, ql := range qualifiers {
			ws := strings.Fields(ql)
			if start-len(ws) < 0 {
				continue
			}
			match := true
			for n, w := range ws {
				if toks[start-len(ws)+n].lower != w {
					match = false
					break
				}
			}
			if match {
				q.Qualifier = ql
				start -= len(ws)
				break
			}
		}
		q.Text = text[toks[start].span.Start:toks[j-1].span.End]
		return q
	}
	return nil
}

// number reads a number at i: "10,000", "10.5 million", "$5bn", "two",
// "thousands of". vague is set for plural round numbers ("thousands").
func number(toks []stok, i, to int) (val float64, next int, vague string, ok bool) {
	t := toks[i]
	s := strings.TrimPrefix(strings.TrimPrefix(t.lower, "us$"), "$")
	mult := 1.0
	for suf, m := range multipliers {
		if len(suf) <= 2 && strings.HasSuffix(s, suf) && len(s) > len(suf) && isDigits(s[:len(s)-len(suf)]) {
			s, mult = s[:len(s)-len(suf)], m
			break
		}
	}
	// Only what starts with a digit is parsed: ParseFloat's error for a
	// word costs an allocation.
	v, err := 0.0, strconv.ErrSyntax
	if s != "" && (s[0] >= '0' && s[0] <= '9') {
		v, err = strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	}
	if err == nil {
		val = v * mult
	} else if v, found := numberWords[t.lower]; found {
		val = v
		if strings.HasSuffix(t.lower, "s") && t.lower != "tens" || t.lower == "tens" {
			vague = t.lower
			if i+1 < to && toks[i+1].lower == "of" {
				vague += " of"
				return val, i + 2, vague, true
			}
		}
	} else {
		return 0, 0, "", false
	}
	next = i + 1
	if next < to {
		if m, found := multipliers[toks[next].lower]; found {
			val *= m
			next++
		}
	}
	return val, next, vague, true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' && r != ',' {
			return false
		}
	}
	return true
}
