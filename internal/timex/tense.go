package timex

// tense guesses whether the clause around tokens [i, j) speaks of the past
// (-1), the future (+1) or cannot tell (0), from the nearest tense signal
// within the sentence: a future auxiliary ("will", "'ll"), a past-tense
// verb (by its POS tag when the tagger ran, else by a word list and the
// -ed ending), or a word such as "next" or "ago".
// tenseWindow is how many tokens tense looks at on either side.
const tenseWindow = 16

func (m *matcher) tense(i, j int) int {
	t, _ := m.tenseWeak(i, j)
	return t
}

// tenseWeak is tense, and whether the signal it went by is a weak one (an
// infinitive, which often hangs off a past verb: "staged celebrations to
// mark the entry on Friday").
func (m *matcher) tenseWeak(i, j int) (tense int, weak bool) {
	best, bestD, bestW := m.tenseLeft(i)
	for x := j; x < len(m.toks) && x-j < tenseWindow; x++ {
		if m.toks[x].brk || best != 0 && m.punct(x, ",") {
			// a verb beyond a comma belongs to another clause ("will
			// join in April, an official said") unless the expression
			// opens the sentence with nothing before it to go by
			break
		}
		if s, w := m.signal(x); s != 0 {
			if x-j+1+w < bestD {
				best, bestW = s, w > 0
			}
			break
		}
	}
	return best, bestW
}

// signal is the tense token x signals, if any, and a penalty added to its
// distance for weak signals.
func (m *matcher) signal(x int) (tense, penalty int) {
	t := &m.toks[x]
	if t.kind != kWord {
		return 0, 0
	}
	if t.low == "to" && x+1 < len(m.toks) {
		// an infinitive looks ahead: "set to resume Monday"
		if n := &m.toks[x+1]; n.kind == kWord && !n.upper && (n.tag == "VB" || n.tag == "" && n.w == nil && !isDeterminer(n.low)) {
			if x > 0 {
				// "scheduled to close Monday", "is to resume Tuesday": a
				// strong sign of the future
				p := &m.toks[x-1]
				if p.w != nil && p.w.has(fFuture) {
					if x > 1 && (m.toks[x-2].low == "been" || m.toks[x-2].low == "had") {
						return 1, 3 // "had been due to expire Friday": a plan now past
					}
					return 1, 0
				}
				switch p.low {
				case "is", "are", "am":
					return 1, 0
				}
			}
			return 1, 3
		}
	}
	if t.low == "early" && x > 0 && m.toks[x-1].low == "as" && x+1 < len(m.toks) && m.toks[x+1].low == "as" {
		return 1, 0 // "as early as Tuesday": a day still to come, as "as soon as"
	}
	if t.w != nil {
		switch {
		case t.w.has(fFuture):
			if t.low == "will" && t.tag != "" && t.tag != "MD" {
				return 0, 0 // "the will of the people"
			}
			if (t.low == "next" || t.low == "due") && x+1 < len(m.toks) && m.toks[x+1].low == "to" {
				return 0, 0 // "next to the embassy", "due to the storm"
			}
			return 1, 0
		case t.w.has(fPast):
			switch t.low {
			case "last":
				return 0, 0 // part of an expression ("last month") or an adjective
			case "ago", "yesterday", "earlier":
				return -1, 0
			}
			if m.participle(x) {
				return 0, 0 // "would be paid in January"
			}
			return -1, 0
		}
		return 0, 0
	}
	switch t.tag {
	case "VBD":
		return -1, 0
	case "VBN":
		if x > 0 {
			switch m.toks[x-1].low {
			case "has", "have", "had", "was", "were":
				return -1, 0
			}
		}
		return 0, 0
	case "":
		if n := len(t.low); n >= 5 && t.low[n-2:] == "ed" && !t.upper {
			if t.low[:2] == "un" || m.participle(x) {
				return 0, 0 // an adjective or a participle: "markets untouched by the crisis", "must be returned"
			}
			return -1, 0
		}
	}
	return 0, 0
}

// participle reports whether the verb form at x is a participle rather
// than a past tense: passive before "by", or after "be", "to", "is" ...
func (m *matcher) participle(x int) bool {
	if x+1 < len(m.toks) && m.toks[x+1].low == "by" {
		return true
	}
	if x > 0 {
		switch m.toks[x-1].low {
		case "be", "to", "being", "get", "is", "are":
			return true
		}
	}
	return false
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "some", "all", "each", "every", "any":
		return true
	}
	return false
}

// tenseLeft is the tense signalled before token i only, the signal's
// distance (weighted by its penalty), and whether it is weak.
func (m *matcher) tenseLeft(i int) (tense, dist int, weak bool) {
	for x := i - 1; x >= 0 && i-x <= tenseWindow; x-- {
		if s, w := m.signal(x); s != 0 {
			return s, i - x + w, w > 0
		}
		if m.toks[x].brk {
			break
		}
	}
	return 0, 1 << 30, false
}
