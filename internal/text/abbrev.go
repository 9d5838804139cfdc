package text

// abbrevClass says how a word followed by a full stop is read.
type abbrevClass uint8

const (
	abbrevNone   abbrevClass = iota // a word; the dot is punctuation
	abbrevAlways                    // an abbreviation: "Gen.", "Nov.", "Inc."
	abbrevNumber                    // an abbreviation before a number only: "No. 2"
)

// abbrevKind classifies w, the letters before a full stop. The list is the
// closed class of abbreviations of English news style (titles, months,
// corporate suffixes, US state abbreviations of AP style, a few Latin
// ones); it is grammar rather than a dictionary, so it lives in code.
// Case matters: "Gen." is a title, "gen." is not.
func abbrevKind(w string) abbrevClass {
	switch w {
	case // titles and ranks
		"Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Drs", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs",
		"Pres", "Lt", "Col", "Gen", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Cdr",
		"Rev", "Hon", "Fr", "ret", "Ret", "Sr", "Jr", "Supt", "Insp", "Det", "Amb", "Atty", "Gens",
		// months (AP style abbreviates these five and Sept.)
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		// companies
		"Inc", "Corp", "Co", "Ltd", "Bros", "Cos", "Plc",
		// places
		"St", "Ave", "Blvd", "Rd", "Mt", "Ft", "Sq",
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky",
		"La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
		"Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wisc", "Wyo",
		// Latin and editorial
		"v", "vs", "etc", "al", "approx", "cf", "ca", "esp", "est", "dept", "Dept", "Univ", "Assn", "Fig", "fig":
		return abbrevAlways
	case "No", "Nos", "no", "Vol", "vol", "pp", "Art", "Ch":
		return abbrevNumber
	}
	return abbrevNone
}
