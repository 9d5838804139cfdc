package coder

import "strings"

// irregular lists the irregular verb forms (past, past participle, and any
// other) that patterns commonly use; regular forms are generated.
var irregular = map[string][]string{
	"arise": {"arose", "arisen"}, "be": {"am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m"},
	"bear": {"bore", "borne", "born"}, "beat": {"beaten"}, "become": {"became"}, "begin": {"began", "begun"},
	"bind": {"bound"}, "blow": {"blew", "blown"}, "break": {"broke", "broken"}, "bring": {"brought"},
	"build": {"built"}, "buy": {"bought"}, "catch": {"caught"}, "choose": {"chose", "chosen"},
	"come": {"came"}, "deal": {"dealt"}, "do": {"did", "done", "does"}, "draw": {"drew", "drawn"},
	"drive": {"drove", "driven"}, "fall": {"fell", "fallen"}, "feed": {"fed"}, "fight": {"fought"},
	"find": {"found"}, "flee": {"fled"}, "fly": {"flew", "flown"}, "forbid": {"forbade", "forbidden"},
	"forgive": {"forgave", "forgiven"}, "freeze": {"froze", "frozen"}, "get": {"got", "gotten"},
	"give": {"gave", "given"}, "go": {"went", "gone", "goes"}, "grow": {"grew", "grown"},
	"hang": {"hung"}, "have": {"had", "has", "'ve", "'d"}, "hear": {"heard"}, "hide": {"hid", "hidden"},
	"hold": {"held"}, "keep": {"kept"}, "know": {"knew", "known"}, "lay": {"laid"}, "lead": {"led"},
	"leave": {"left"}, "lose": {"lost"}, "make": {"made"}, "mean": {"meant"}, "meet": {"met"},
	"overrun": {"overran"}, "overthrow": {"overthrew", "overthrown"}, "pay": {"paid"},
	"ride": {"rode", "ridden"}, "rise": {"rose", "risen"}, "run": {"ran"}, "say": {"said"},
	"see": {"saw", "seen"}, "seek": {"sought"}, "sell": {"sold"}, "send": {"sent"},
	"shake": {"shook", "shaken"}, "shoot": {"shot"}, "sink": {"sank", "sunk"}, "speak": {"spoke", "spoken"},
	"spend": {"spent"}, "stand": {"stood"}, "steal": {"stole", "stolen"}, "strike": {"struck", "stricken"},
	"swear": {"swore", "sworn"}, "sweep": {"swept"}, "take": {"took", "taken"}, "teach": {"taught"},
	"tear": {"tore", "torn"}, "tell": {"told"}, "think": {"thought"}, "throw": {"threw", "thrown"},
	"undertake": {"undertook", "undertaken"}, "understand": {"understood"}, "uphold": {"upheld"},
	"wage": {"waged"}, "will": {"'ll", "wo"}, "win": {"won"}, "withdraw": {"withdrew", "withdrawn"},
	"withhold": {"withheld"}, "write": {"wrote", "written"}, "shut": {}, "put": {}, "let": {}, "set": {},
	"hit": {}, "cut": {}, "spread": {}, "split": {}, "quit": {}, "cast": {}, "broadcast": {},
	"child": {"children"}, "man": {"men"}, "woman": {"women"}, "person": {"people"},
}

// forms returns the inflected forms a lemma can take in text: plural and
// third person -s, -ed, -ing, the irregular forms, and both spellings where
// a final consonant may or may not double. Forms that never occur cost
// nothing, so the rules over-generate rather than miss.
func forms(lemma string) []string {
	out := []string{lemma}
	add := func(s ...string) { out = append(out, s...) }
	add(irregular[lemma]...)
	if strings.ContainsAny(lemma, " *") || len(lemma) < 2 {
		return out
	}
	n := len(lemma)
	last := lemma[n-1]
	prev := lemma[n-2]
	switch {
	case strings.HasSuffix(lemma, "y") && !isVowel(prev):
		stem := lemma[:n-1]
		add(stem+"ies", stem+"ied", lemma+"ing")
	case strings.HasSuffix(lemma, "e"):
		stem := lemma[:n-1]
		add(lemma+"s", lemma+"d", stem+"ing")
		if strings.HasSuffix(lemma, "ee") || strings.HasSuffix(lemma, "ye") {
			add(lemma + "ing")
		}
	case strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "x") || strings.HasSuffix(lemma, "z") ||
		strings.HasSuffix(lemma, "ch") || strings.HasSuffix(lemma, "sh"):
		add(lemma+"es", lemma+"ed", lemma+"ing")
	default:
		add(lemma+"s", lemma+"ed", lemma+"ing")
		if !isVowel(last) && isVowel(prev) && last != 'w' && last != 'x' && last != 'y' &&
			(n < 3 || !isVowel(lemma[n-3])) {
			d := lemma + string(last)
			add(d+"ed", d+"ing")
		}
		if last == 'c' {
			add(lemma+"ked", lemma+"king")
		}
	}
	return out
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
