package timex

// The closed word classes of English time expressions: month and weekday
// names, number words, units, seasons, parts of the day, the words that
// shift or qualify a date, and the tense signals around an expression.
// They are part of the grammar the matcher implements rather than an open
// dictionary, so they live beside it, in one table looked up once per word.

// A unit is a calendar or clock unit, the granularity of a value.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uMonth
	uQuarter
	uHalf
	uSeason
	uYear
	uDecade
	uCentury
	uMillennium
)

// Word flags.
const (
	fAbbrev   = 1 << iota // an abbreviation: a month or weekday only before "." or a number
	fPlural               // a plural unit noun
	fVague                // a vague count: "several", "few"
	fFuture               // a sign of future tense near an expression
	fPast                 // a sign of past tense
	fPrep                 // a preposition that may introduce a bare year
	fShift                // last, next, this, coming, past, previous ...
	fModal                // "may": a month only where context says so
	fVerbLike             // "march", "fall": a month or season only when capitalised or in context
)

// shift kinds.
const (
	shNone = iota
	shLast
	shNext
	shThis
	shPast // "past", "recent": a stretch up to now
)

// word is what the lexicon knows of one lower-case word.
type word struct {
	name    string // the word itself, lower-case
	month   int8   // 1..12
	weekday int8   // ISO, Monday 1 .. Sunday 7
	num     int    // cardinal value; -1 none
	ord     int8   // ordinal value; -1 for "last"
	unit    unit
	season  string // SP SU FA WI
	part    string // MO AF EV NI
	ref     string // PRESENT_REF, PAST_REF, FUTURE_REF
	shift   int8
	flags   uint16
}

func (w word) has(f uint16) bool { return w.flags&f != 0 }

// lexicon maps lower-case words to what they may mean in a time
// expression. It is read-only after package initialisation.
var lexicon = named(map[string]*word{
	// months
	"january": {month: 1, num: -1}, "jan": {month: 1, num: -1, flags: fAbbrev},
	"february": {month: 2, num: -1}, "feb": {month: 2, num: -1, flags: fAbbrev},
	"march": {month: 3, num: -1, flags: fVerbLike}, "mar": {month: 3, num: -1, flags: fAbbrev},
	"april": {month: 4, num: -1}, "apr": {month: 4, num: -1, flags: fAbbrev},
	"may":  {month: 5, num: -1, flags: fModal},
	"june": {month: 6, num: -1}, "jun": {month: 6, num: -1, flags: fAbbrev},
	"july": {month: 7, num: -1}, "jul": {month: 7, num: -1, flags: fAbbrev},
	"august": {month: 8, num: -1}, "aug": {month: 8, num: -1, flags: fAbbrev},
	"september": {month: 9, num: -1}, "sept": {month: 9, num: -1, flags: fAbbrev}, "sep": {month: 9, num: -1, flags: fAbbrev},
	"october": {month: 10, num: -1}, "oct": {month: 10, num: -1, flags: fAbbrev},
	"november": {month: 11, num: -1}, "nov": {month: 11, num: -1, flags: fAbbrev},
	"december": {month: 12, num: -1}, "dec": {month: 12, num: -1, flags: fAbbrev},

	// weekdays
	"monday": {weekday: 1, num: -1}, "mon": {weekday: 1, num: -1, flags: fAbbrev},
	"tuesday": {weekday: 2, num: -1}, "tue": {weekday: 2, num: -1, flags: fAbbrev}, "tues": {weekday: 2, num: -1, flags: fAbbrev},
	"wednesday": {weekday: 3, num: -1}, "wed": {weekday: 3, num: -1, flags: fAbbrev},
	"thursday": {weekday: 4, num: -1}, "thu": {weekday: 4, num: -1, flags: fAbbrev}, "thurs": {weekday: 4, num: -1, flags: fAbbrev},
	"friday": {weekday: 5, num: -1}, "fri": {weekday: 5, num: -1, flags: fAbbrev},
	"saturday": {weekday: 6, num: -1}, "sat": {weekday: 6, num: -1, flags: fAbbrev},
	"sunday": {weekday: 7, num: -1}, "sun": {weekday: 7, num: -1, flags: fAbbrev},

	// cardinal numbers ("a" and "an" count one before a unit)
	"zero": {num: 0}, "one": {num: 1}, "two": {num: 2}, "three": {num: 3}, "four": {num: 4},
	"five": {num: 5}, "six": {num: 6}, "seven": {num: 7}, "eight": {num: 8}, "nine": {num: 9},
	"ten": {num: 10}, "eleven": {num: 11}, "twelve": {num: 12}, "thirteen": {num: 13},
	"fourteen": {num: 14}, "fifteen": {num: 15}, "sixteen": {num: 16}, "seventeen": {num: 17},
	"eighteen": {num: 18}, "nineteen": {num: 19}, "twenty": {num: 20}, "thirty": {num: 30},
	"forty": {num: 40}, "fifty": {num: 50}, "sixty": {num: 60}, "seventy": {num: 70},
	"eighty": {num: 80}, "ninety": {num: 90}, "hundred": {num: 100}, "dozen": {num: 12},
	"a": {num: 1}, "an": {num: 1},
	"several": {num: -1, flags: fVague}, "few": {num: -1, flags: fVague}, "many": {num: -1, flags: fVague},
	"some": {num: -1, flags: fVague}, "couple": {num: -1, flags: fVague}, "numerous": {num: -1, flags: fVague},

	// ordinals ("second" is also a unit)
	"first": {num: -1, ord: 1}, "second": {num: -1, ord: 2, unit: uSecond}, "third": {num: -1, ord: 3},
	"fourth": {num: -1, ord: 4}, "fifth": {num: -1, ord: 5}, "sixth": {num: -1, ord: 6},
	"seventh": {num: -1, ord: 7}, "eighth": {num: -1, ord: 8}, "ninth": {num: -1, ord: 9},
	"tenth": {num: -1, ord: 10}, "twentieth": {num: -1, ord: 20}, "final": {num: -1, ord: -1},
	"fourteenth": {num: -1, ord: 14}, "fifteenth": {num: -1, ord: 15}, "sixteenth": {num: -1, ord: 16},
	"seventeenth": {num: -1, ord: 17}, "eighteenth": {num: -1, ord: 18}, "nineteenth": {num: -1, ord: 19},
	"twenty-first": {num: -1, ord: 21},

	// units
	"seconds": {num: -1, unit: uSecond, flags: fPlural},
	"minute":  {num: -1, unit: uMinute}, "minutes": {num: -1, unit: uMinute, flags: fPlural},
	"hour": {num: -1, unit: uHour}, "hours": {num: -1, unit: uHour, flags: fPlural},
	"day": {num: -1, unit: uDay}, "days": {num: -1, unit: uDay, flags: fPlural},
	"week": {num: -1, unit: uWeek}, "weeks": {num: -1, unit: uWeek, flags: fPlural},
	"weekend": {num: -1, unit: uWeekend}, "weekends": {num: -1, unit: uWeekend, flags: fPlural},
	"month": {num: -1, unit: uMonth}, "months": {num: -1, unit: uMonth, flags: fPlural},
	"quarter": {num: -1, unit: uQuarter}, "quarters": {num: -1, unit: uQuarter, flags: fPlural},
	"year": {num: -1, unit: uYear, flags: fPrep}, "years": {num: -1, unit: uYear, flags: fPlural},
	"decade": {num: -1, unit: uDecade}, "decades": {num: -1, unit: uDecade, flags: fPlural},
	"century": {num: -1, unit: uCentury}, "centuries": {num: -1, unit: uCentury, flags: fPlural},
	"millennium": {num: -1, unit: uMillennium}, "millennia": {num: -1, unit: uMillennium, flags: fPlural},

	// seasons and parts of the day
	"spring": {num: -1, season: "SP", flags: fPrep}, "summer": {num: -1, season: "SU", flags: fPrep},
	"autumn": {num: -1, season: "FA", flags: fPrep}, "fall": {num: -1, season: "FA", flags: fVerbLike},
	"winter":  {num: -1, season: "WI", flags: fPrep},
	"morning": {num: -1, part: "MO"}, "afternoon": {num: -1, part: "AF"}, "evening": {num: -1, part: "EV"},
	"night": {num: -1, part: "NI"}, "overnight": {num: -1, part: "NI"},

	// words that shift a unit, month or weekday from the anchor
	"last": {num: -1, ord: -1, shift: shLast, flags: fShift | fPast}, "previous": {num: -1, shift: shLast, flags: fShift},
	"next": {num: -1, shift: shNext, flags: fShift | fFuture}, "coming": {num: -1, shift: shNext, flags: fShift},
	"following": {num: -1, shift: shNext, flags: fShift}, "this": {num: -1, shift: shThis, flags: fShift},
	"current": {num: -1, shift: shThis, ref: "PRESENT_REF", flags: fShift}, "past": {num: -1, shift: shPast, ref: "PAST_REF", flags: fShift},
	"recent": {num: -1, shift: shPast, ref: "PAST_REF", flags: fShift},

	// reference words and the relative days
	"now": {num: -1, ref: "PRESENT_REF"}, "currently": {num: -1, ref: "PRESENT_REF"},
	"nowadays": {num: -1, ref: "PRESENT_REF"}, "recently": {num: -1, ref: "PAST_REF"},
	"lately": {num: -1, ref: "PAST_REF"}, "soon": {num: -1, ref: "FUTURE_REF", flags: fFuture},
	"future": {num: -1, ref: "FUTURE_REF"}, "formerly": {num: -1, ref: "PAST_REF"},
	"previously": {num: -1, ref: "PAST_REF"},
	"today":      {num: -1}, "yesterday": {num: -1, flags: fPast}, "tomorrow": {num: -1, flags: fFuture},
	"tonight": {num: -1}, "midnight": {num: -1}, "noon": {num: -1}, "midday": {num: -1},

	// qualifiers
	"early": {num: -1, flags: fPrep}, "late": {num: -1, flags: fPrep}, "mid": {num: -1, flags: fPrep},
	"earlier": {num: -1, flags: fPast}, "later": {num: -1},
	"beginning": {num: -1}, "start": {num: -1}, "end": {num: -1}, "middle": {num: -1},
	"about": {num: -1, flags: fPrep}, "around": {num: -1, flags: fPrep}, "nearly": {num: -1},
	"almost": {num: -1}, "roughly": {num: -1}, "approximately": {num: -1}, "some_": {num: -1},
	"more": {num: -1}, "less": {num: -1}, "over": {num: -1}, "under": {num: -1}, "least": {num: -1},
	"most": {num: -1}, "up": {num: -1},
	"every": {num: -1}, "each": {num: -1}, "per": {num: -1},
	"daily": {num: -1, unit: uDay}, "weekly": {num: -1, unit: uWeek}, "monthly": {num: -1, unit: uMonth},
	"annually": {num: -1, unit: uYear}, "yearly": {num: -1, unit: uYear}, "hourly": {num: -1, unit: uHour},
	"nightly": {num: -1, unit: uDay}, "annual": {num: -1, unit: uYear, flags: fPrep},
	"fiscal": {num: -1, flags: fPrep}, "the": {num: -1}, "ago": {num: -1, flags: fPast},
	"latest": {num: -1}, "period": {num: -1}, "christmas": {num: -1}, "new": {num: -1}, "thanksgiving": {num: -1}, "halloween": {num: -1},
	"nineties": {num: -1}, "eighties": {num: -1}, "seventies": {num: -1}, "sixties": {num: -1},

	// prepositions and other context words
	"in": {num: -1, flags: fPrep}, "on": {num: -1, flags: fPrep}, "at": {num: -1, flags: fPrep},
	"since": {num: -1, flags: fPrep}, "until": {num: -1, flags: fPrep}, "till": {num: -1, flags: fPrep},
	"by": {num: -1, flags: fPrep}, "from": {num: -1, flags: fPrep}, "to": {num: -1, flags: fPrep},
	"through": {num: -1, flags: fPrep}, "before": {num: -1, flags: fPrep}, "after": {num: -1, flags: fPrep},
	"during": {num: -1, flags: fPrep}, "of": {num: -1, flags: fPrep}, "for": {num: -1, flags: fPrep},
	"between": {num: -1, flags: fPrep}, "and": {num: -1, flags: fPrep}, "or": {num: -1, flags: fPrep},
	"throughout": {num: -1, flags: fPrep}, "than": {num: -1, flags: fPrep}, "within": {num: -1, flags: fPrep},
	"circa": {num: -1, flags: fPrep},

	// tense signals
	"will": {num: -1, flags: fFuture}, "ll": {num: -1, flags: fFuture}, "shall": {num: -1, flags: fFuture},
	"wo": {num: -1, flags: fFuture}, "upcoming": {num: -1, flags: fFuture}, "scheduled": {num: -1, flags: fFuture},
	"expected": {num: -1, flags: fFuture}, "plans": {num: -1, flags: fFuture}, "plan": {num: -1, flags: fFuture},
	"planned": {num: -1, flags: fFuture}, "going": {num: -1, flags: fFuture}, "would": {num: -1, flags: fFuture},
	"due": {num: -1, flags: fFuture}, "expects": {num: -1, flags: fFuture}, "intends": {num: -1, flags: fFuture},
	"aims": {num: -1, flags: fFuture}, "hopes": {num: -1, flags: fFuture}, "should": {num: -1, flags: fFuture},
	"was": {num: -1, flags: fPast}, "were": {num: -1, flags: fPast}, "had": {num: -1, flags: fPast},
	"did": {num: -1, flags: fPast}, "said": {num: -1, flags: fPast}, "been": {num: -1, flags: fPast},
	"told": {num: -1, flags: fPast}, "met": {num: -1, flags: fPast}, "began": {num: -1, flags: fPast},
	"took": {num: -1, flags: fPast}, "came": {num: -1, flags: fPast}, "went": {num: -1, flags: fPast},
	"made": {num: -1, flags: fPast}, "held": {num: -1, flags: fPast}, "sent": {num: -1, flags: fPast},
	"rose": {num: -1, flags: fPast}, "fell": {num: -1, flags: fPast}, "won": {num: -1, flags: fPast},
	"lost": {num: -1, flags: fPast}, "left": {num: -1, flags: fPast}, "saw": {num: -1, flags: fPast},
	"gave": {num: -1, flags: fPast}, "got": {num: -1, flags: fPast}, "paid": {num: -1, flags: fPast},
	"led": {num: -1, flags: fPast}, "spoke": {num: -1, flags: fPast}, "wrote": {num: -1, flags: fPast},
	// irregular past forms the -ed rule misses when there are no POS tags
	"brought": {num: -1, flags: fPast}, "bought": {num: -1, flags: fPast}, "sold": {num: -1, flags: fPast},
	"became": {num: -1, flags: fPast}, "grew": {num: -1, flags: fPast}, "knew": {num: -1, flags: fPast},
	"thought": {num: -1, flags: fPast}, "sought": {num: -1, flags: fPast}, "fought": {num: -1, flags: fPast},
	"caught": {num: -1, flags: fPast}, "built": {num: -1, flags: fPast}, "spent": {num: -1, flags: fPast},
	"struck": {num: -1, flags: fPast}, "broke": {num: -1, flags: fPast}, "chose": {num: -1, flags: fPast},
	"withdrew": {num: -1, flags: fPast}, "threw": {num: -1, flags: fPast}, "flew": {num: -1, flags: fPast},
	"drove": {num: -1, flags: fPast}, "fled": {num: -1, flags: fPast}, "shook": {num: -1, flags: fPast},
	"taught": {num: -1, flags: fPast}, "froze": {num: -1, flags: fPast}, "swept": {num: -1, flags: fPast},
	"underwent": {num: -1, flags: fPast}, "arose": {num: -1, flags: fPast}, "stood": {num: -1, flags: fPast},
	"kept": {num: -1, flags: fPast}, "felt": {num: -1, flags: fPast}, "ran": {num: -1, flags: fPast},
})

// named fills in each entry's own spelling, so that a scanned word can
// point at it instead of allocating a lower-case copy.
func named(m map[string]*word) map[string]*word {
	for k, w := range m {
		w.name = k
	}
	return m
}

// zones maps time-zone abbreviations to their UTC offsets.
var zones = map[string]string{
	"gmt": "Z", "utc": "Z", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00",
	"eet": "+02:00", "msk": "+03:00", "ist": "+05:30", "kst": "+09:00", "jst": "+09:00",
	"est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00",
	"mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "aest": "+10:00", "hkt": "+08:00",
}

// durationCode is the ISO 8601 designator of a unit in a duration, and
// whether it belongs after the T.
func durationCode(u unit) (code string, clock bool) {
	switch u {
	case uSecond:
		return "S", true
	case uMinute:
		return "M", true
	case uHour:
		return "H", true
	case uDay:
		return "D", false
	case uWeek:
		return "W", false
	case uWeekend:
		return "WE", false
	case uMonth:
		return "M", false
	case uQuarter:
		return "Q", false
	case uHalf:
		return "H", false
	case uSeason:
		return "S", false
	case uYear:
		return "Y", false
	case uDecade:
		return "DE", false
	case uCentury:
		return "CE", false
	case uMillennium:
		return "ML", false
	}
	return "", false
}
