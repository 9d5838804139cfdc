package attrib

import (
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
)

// Attributor finds attribution frames with a cue lexicon. It is immutable
// and safe for concurrent use.
type Attributor struct {
	lex *Lexicon
}

// New loads the cue lexicon from fsys (data.Cues or a directory like it).
func New(fsys fs.FS) (*Attributor, error) {
	lex, err := LoadLexicon(fsys)
	if err != nil {
		return nil, err
	}
	return &Attributor{lex: lex}, nil
}

// frame is an attribution frame while it is being built.
type frame struct {
	source, cue, content article.Span
	stance               string
	trailing             bool // "CONTENT, SOURCE said": the cue comes after what it reports
	sentence             int
	paragraph            int
	entities             []string // entity IDs mentioned in the source
	parent               int      // index into the frame list, -1 at the top
	naming               bool     // the cue is a naming verb ("called", "described")
}

// Output is what attribution adds to a Result.
type Output struct {
	Attributions []article.Attribution
	Quotes       []article.Quote
	Disputes     []article.Dispute
}

// Attribute finds the frames of doc, sets the Attribution of every event
// (the innermost frame its evidence starts in, else the publisher with
// stance "reports"), and returns the frames, the quotes with their speakers
// and the disputed claims.
func (a *Attributor) Attribute(doc *article.Doc, entities []article.Entity, events []article.Event) Output {
	mentions := mentionIndex(entities)
	var frames []frame
	for si, s := range doc.Sentences {
		if s.Heading {
			continue
		}
		frames = append(frames, a.sentenceFrames(doc, si, mentions)...)
	}
	// Number frames in the order their cues are read.
	sort.SliceStable(frames, func(i, j int) bool {
		if frames[i].cue.Start != frames[j].cue.Start {
			return frames[i].cue.Start < frames[j].cue.Start
		}
		return frames[i].content.Start < frames[j].content.Start
	})
	quoted := quoteSpans(doc)
	frames = slices.DeleteFunc(frames, func(f frame) bool { return speakerInOwnQuote(doc, f, quoted) })
	for i := range frames {
		frames[i].content = widenToQuotes(frames[i].content, quoted)
	}
	nest(frames)
	media := outlets(doc, mentions)
	out := Output{Attributions: make([]article.Attribution, len(frames))}
	for i, f := range frames {
		at := article.Attribution{
			ID:      frameID(i),
			Source:  article.SourceRef{Text: doc.Slice(f.source), Start: f.source.Start, End: f.source.End},
			Cue:     article.TextSpan{Text: doc.Slice(f.cue), Start: f.cue.Start, End: f.cue.End},
			Content: f.content,
			Stance:  f.stance,
		}
		if len(f.entities) > 0 {
			at.Source.Entity = f.entities[0]
		}
		if f.parent >= 0 {
			p := frameID(f.parent)
			at.Parent = &p
		}
		at.Medium = mediumFor(f, media)
		out.Attributions[i] = at
	}
	countries := map[string]string{}
	for _, e := range entities {
		countries[e.ID] = e.Country
	}
	for i := range events {
		events[i].Attribution = eventSource(doc, frames, out.Attributions, &events[i], countries)
	}
	out.Quotes = quotes(doc, quoted, frames, out.Attributions, mentions)
	out.Disputes = disputes(doc, frames, out.Attributions, events, entities)
	return out
}

// Pronouns by which a speaker names himself or his listener.
var firstSecondPerson = map[string]bool{"i": true, "we": true, "you": true, "me": true, "us": true}

// speakerInOwnQuote reports whether f is a quoted speaker's "I think" or
// "you know": inside a quotation, a first- or second-person source is the
// quoted speaker talking, not a new source the article cites.
func speakerInOwnQuote(doc *article.Doc, f frame, quoted []article.Span) bool {
	if !firstSecondPerson[strings.ToLower(doc.Slice(f.source))] {
		return false
	}
	for _, q := range quoted {
		if q.Contains(f.cue) {
			return true
		}
	}
	return false
}

func frameID(i int) string { return "A" + strconv.Itoa(i+1) }

// mentionRef is one mention of an entity.
type mentionRef struct {
	span   article.Span
	entity string
	kind   string
}

func mentionIndex(entities []article.Entity) []mentionRef {
	var ms []mentionRef
	for _, e := range entities {
		for _, m := range e.Mentions {
			ms = append(ms, mentionRef{article.Span{Start: m.Start, End: m.End}, e.ID, e.Kind})
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].span.Start < ms[j].span.Start })
	return ms
}

// entitiesIn returns the IDs of entities mentioned inside span, in text
// order, each once, and whether any of them is a news medium.
func entitiesIn(ms []mentionRef, span article.Span) (ids []string, media bool) {
	seen := map[string]bool{}
	for _, m := range ms {
		if m.span.Start >= span.End {
			break
		}
		if span.Contains(m.span) && !seen[m.entity] {
			seen[m.entity] = true
			ids = append(ids, m.entity)
			media = media || m.kind == "media"
		}
	}
	return ids, media
}

// Words that mark a source as a news medium when no entity says so.
var mediaWords = map[string]bool{
	"media": true, "agency": true, "newspaper": true, "broadcaster": true, "television": true, "tv": true,
	"radio": true, "outlet": true, "daily": true, "news": true, "press": true,
}

var auxiliaries = map[string]bool{
	"have": true, "has": true, "had": true, "having": true, "do": true, "does": true, "did": true,
	"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true, "may": true,
	"might": true, "must": true, "is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"not": true, "n't": true, "never": true, "also": true, "already": true, "again": true, "repeatedly": true,
	"reportedly": true, "still": true, "yet": true, "just": true, "once": true, "publicly": true, "then": true,
}

var whWords = map[string]bool{"who": true, "what": true, "which": true, "whom": true, "whose": true, "how": true, "why": true}

var negations = map[string]bool{"not": true, "n't": true, "never": true, "no": true}

var beForms = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"remain": true, "remains": true, "remained": true, "'re": true, "’re": true, "'s": true, "’s": true,
}

var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true,
	"such": true, "any": true, "some": true, "no": true, "every": true, "each": true, "new": true,
}

var pronouns = map[string]bool{
	"he": true, "she": true, "they": true, "we": true, "i": true, "it": true, "you": true,
}

// Words after a trailing cue that still belong to the attribution, not to
// new content: "KCNA said on Saturday", "he told reporters in Kyiv".
var tailWords = map[string]bool{
	"on": true, "in": true, "at": true, "late": true, "early": true, "earlier": true, "later": true,
	"today": true, "yesterday": true, "tonight": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "a": true, "an": true, "the": true,
	"statement": true, "interview": true, "briefing": true, "conference": true, "news": true, "told": true,
	"reporters": true, "journalists": true, "last": true, "this": true, "week": true, "month": true,
	"morning": true, "evening": true, "night": true, "afternoon": true, "with": true, "to": true, "during": true,
	"separately": true, "also": true, "adding": true, "recently": true, "previously": true, "two": true,
	"days": true, "ago": true, "of": true,
}

func isCloseQuote(s string) bool { return s == "”" || s == "\"" || s == "’" || s == "''" }

func isOpenQuote(s string) bool {
	return s == "“" || s == "\"" || s == "‘" || s == "``" || s == "''"
}

// isPreposition reports whether t opens a prepositional phrase ("On Monday").
func isPreposition(t article.Token) bool {
	if t.Tag != "" {
		return t.Tag == "IN" || t.Tag == "TO"
	}
	switch lower(t) {
	case "on", "in", "at", "after", "before", "during", "for", "from", "with", "by", "since", "under", "amid", "despite":
		return true
	}
	return false
}

// Words that close a quote or a clause before a trailing source.
func isClauseBreak(s string) bool {
	switch s {
	case ",", ";", ":", "”", "\"", "’", "'", "''", "``", "—", "–", "--":
		return true
	}
	return false
}

func lower(t article.Token) string { return strings.ToLower(t.Text) }

func isVerbTag(tag string) bool { return tag == "" || strings.HasPrefix(tag, "VB") }

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// nominal reports whether tokens look like a noun phrase that can be a
// source: it names someone (a capital, a pronoun, a noun) and holds no
// finite verb.
func nominal(toks []article.Token) bool {
	if len(toks) == 0 || len(toks) > 24 || whWords[lower(toks[0])] {
		return false
	}
	if first := toks[0].Text; strings.HasPrefix(toks[0].Tag, "VB") || toks[0].Tag == "" && !capitalised(first) &&
		(strings.HasSuffix(first, "ing") || strings.HasSuffix(first, "ed")) {
		return false // "saying mines", "wounded men" open no source
	}
	if last := toks[len(toks)-1]; last.Tag == "JJ" && len(toks) > 1 {
		return true // "the general": a head the tagger took for an adjective
	}
	named := false
	for _, t := range toks {
		l := lower(t)
		switch {
		case pronouns[l], capitalised(t.Text), strings.HasPrefix(t.Tag, "NN"), strings.HasPrefix(t.Tag, "PRP"):
			named = true
		case t.Tag == "" && len(l) > 2 && !determiners[l] && !auxiliaries[l] && l != "and":
			named = true
		}
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" {
			return false
		}
	}
	return named
}

// sentenceFrames finds the frames whose cue is in sentence si.
func (a *Attributor) sentenceFrames(doc *article.Doc, si int, ms []mentionRef) []frame {
	s := doc.Sentences[si]
	toks := doc.Tokens[s.FirstToken:s.EndToken]
	toks = toks[datelineEnd(toks):]
	n := len(toks)
	if n == 0 {
		return nil
	}
	span := func(i, j int) article.Span { // tokens [i, j) as a byte span
		if i >= j {
			return article.Span{Start: toks[min(i, n-1)].Start, End: toks[min(i, n-1)].Start}
		}
		return article.Span{Start: toks[i].Start, End: toks[j-1].End}
	}
	end := n
	for end > 0 && (toks[end-1].Text == "." || toks[end-1].Text == "!" || toks[end-1].Text == "?") {
		end--
	}
	var frames []frame
	add := func(f frame) {
		f.sentence, f.paragraph, f.parent = si, s.Paragraph, -1
		f.source = pronounSubject(toks, f.source)
		cueWords := strings.Fields(doc.Slice(f.cue))
		f.naming = len(cueWords) > 0 && namingVerbs[strings.ToLower(cueWords[len(cueWords)-1])]
		var media bool
		f.entities, media = entitiesIn(ms, f.source)
		if !media {
			for _, t := range toks {
				if f.source.Contains(t.Span) && mediaWords[lower(t)] {
					media = true
				}
			}
		}
		if f.stance == stanceNeutral {
			f.stance = article.StanceAsserts
			if media {
				f.stance = article.StanceReports
			}
		}
		frames = append(frames, f)
	}

	// Prepositional cues: "According to X, CONTENT", "CONTENT, according
	// to X" and "CONTENT according to X, but ...". The source runs to the
	// next comma or colon that ends no list.
	for i := 0; i < end; i++ {
		for _, c := range a.lex.preps {
			if !matchWords(toks, i, c.words) {
				continue
			}
			k := i + len(c.words)
			stop := listEnd(toks, k, end)
			if !nominal(toks[k:stop]) {
				continue
			}
			src, stance := span(k, stop), a.stanceOf(c.stance, toks[k:stop])
			switch {
			case i == 0 || toks[i-1].Text == ":" || toks[i-1].Text == ";":
				// "It has not gone unnoticed: according to polls, ..."
				if stop+1 < end {
					add(frame{source: src, cue: span(i, k), content: span(stop+1, end), stance: stance})
				}
			case i >= 2 && toks[i-1].Text == ",":
				add(frame{source: src, cue: span(i, k), content: span(0, i-1), trailing: true, stance: stance})
			case i >= 2 && len(c.words) > 1:
				// "leads by 271 delegates according to a count": a phrase
				// cue needs no comma.
				add(frame{source: src, cue: span(i, k), content: span(0, i), trailing: true, stance: stance})
			}
		}
	}

	// Verb and adjective cues.
	var lastSource article.Span
	for i := 0; i < end; i++ {
		c := a.lex.form(toks[i].Text)
		if c == nil || c.kind == cuePrep || c.kind == cueNoun {
			continue
		}
		if c.kind == cueVerb && !a.verbCue(toks, i) {
			continue
		}
		if c.kind == cueAdj && (i == 0 || !beForms[lower(toks[i-1])]) {
			continue
		}
		// Back over auxiliaries and adverbs to the end of the subject.
		j := i
		negated := false
		for j > 0 && (auxiliaries[lower(toks[j-1])] || isAdverb(toks[j-1])) {
			negated = negated || negations[lower(toks[j-1])]
			j--
		}
		if c.kind == cueVerb && toks[i].Tag == "VBN" && j < i && beForms[lower(toks[i-1])] {
			continue // "Zelenskyy was asked": the passive subject is not the speaker
		}
		stance := c.stance
		if negated {
			switch stance {
			case article.StanceDenies:
				continue // "did not deny" is no denial
			default:
				stance = article.StanceNotConfirmed
			}
		}

		// CONTENT, SOURCE said [tail]. After a closing quote the tail may be
		// anything: “...,” she said of the election.
		if k := apposition(toks, clauseStart(toks, j)); k > 0 && k < j && nominal(toks[k:j]) {
			first := k
			for first > 0 && isClauseBreak(toks[first-1].Text) && toks[first-1].Text != "," {
				first--
			}
			afterQuote := first < k && k >= 2 && toks[first-1].Text == "," &&
				!(i+2 < end && toks[i+1].Text == "," && isOpenQuote(toks[i+2].Text)) // split quote: read as leading
			participle := i+2 < end && toks[i+1].Text == "," && toks[i+2].Tag == "VBG" // ", accusing Paris of ..."
			if afterQuote || participle || tailOnly(toks[i+1:end]) {
				contentEnd := k - 1 // drop the comma before the source
				if afterQuote {
					contentEnd = k // keep the closing quote
					for contentEnd > first && !isCloseQuote(toks[contentEnd-1].Text) {
						contentEnd--
					}
				}
				add(frame{source: span(k, j), cue: span(j, i+1), content: span(0, contentEnd), stance: a.stanceOf(stance, toks[k:j]), trailing: true})
				continue
			}
		}
		// CONTENT, said SOURCE[, apposition].
		if i > 0 && isClauseBreak(toks[i-1].Text) && i+1 < end && !strings.HasSuffix(lower(toks[i]), "ing") &&
			(capitalised(toks[i+1].Text) || determiners[lower(toks[i+1])]) {
			se := i + 1
			for se < end && toks[se].Text != "," {
				se++
			}
			if se-(i+1) <= 8 && nominal(toks[i+1:se]) {
				ce := i - 1
				for ce > 0 && toks[ce-1].Text == "," {
					ce--
				}
				add(frame{source: span(i+1, se), cue: span(i, i+1), content: span(0, ce), stance: a.stanceOf(stance, toks[i+1:se]), trailing: true})
				continue
			}
		}
		// SOURCE did something, saying CONTENT: the sentence's subject speaks.
		if i > 0 && toks[i-1].Text == "," && strings.HasSuffix(lower(toks[i]), "ing") {
			if subj := subjectEnd(toks, i-1); subj > 0 && nominal(toks[:subj]) && i+1 < end {
				cs := i + 1
				for cs < end && (toks[cs].Text == "," || toks[cs].Text == ":") {
					cs++
				}
				if cs < end {
					add(frame{source: span(0, subj), cue: span(i, withColon(toks, i+1, end)), content: span(cs, end), stance: a.stanceOf(stance, toks[:subj])})
				}
			}
			continue
		}
		// SOURCE said (that) CONTENT.
		k := j
		elided := false
		// "Sanders, who said ...", "a poll that found ...": PolNeAR's
		// source is the pronoun itself.
		relative := j > 1 && relativePronoun(toks, j-1)
		for k > 0 && !relative {
			t := toks[k-1].Text
			if t == "and" && k == j {
				elided = true
				break
			}
			if t == ";" || t == ":" || isOpenQuote(t) || isCloseQuote(t) || strings.EqualFold(t, "that") {
				break
			}
			if t == "," && !listComma(toks, k-1) {
				break
			}
			k--
		}
		srcEnd := j
		if relative {
			k = j - 1
		} else if !elided && k == j && k > 1 && toks[k-1].Text == "," {
			// "The regional governor, Oleh Kiper, said": the source ends in
			// an apposition closed by a comma.
			srcEnd = k - 1
			k = clauseStart(toks, srcEnd)
			if k >= 2 && toks[k-1].Text == "," && relativePronoun(toks, k) {
				// "Sanders, who has endorsed him, said": the relative
				// clause is set aside; the name speaks.
				srcEnd = k - 1
				k = clauseStart(toks, srcEnd)
			}
			if k >= 2 && toks[k-1].Text == "," && strings.HasPrefix(toks[k].Tag, "VB") {
				// "Trump, speaking to veterans in Virginia, said": the
				// participial phrase is set aside; the name speaks.
				srcEnd = k - 1
				k = clauseStart(toks, srcEnd)
			} else if k >= 2 && toks[k-1].Text == "," && nominal(toks[k:srcEnd]) {
				if m := clauseStart(toks, k-1); m < k-1 && nominal(toks[m:k-1]) && !isPreposition(toks[m]) {
					k = m
				}
			}
		}
		if !elided && !relative {
			k = apposition(toks, k)
		}
		var src article.Span
		switch {
		case relative:
			src = span(k, srcEnd)
		case elided && lastSource.End > 0:
			src = lastSource
		case elided:
			// "X promised to help and said ...": the sentence's subject.
			subj := subjectEnd(toks, k)
			if subj == 0 || !nominal(toks[:subj]) {
				continue
			}
			src = span(0, subj)
		case k < srcEnd && nominal(toks[k:srcEnd]):
			for k+1 < srcEnd && toks[k].Tag == "CC" {
				k++ // "But Mr. Grassley said": the conjunction is not the source
			}
			src = span(k, srcEnd)
		default:
			continue
		}
		cs := contentStart(toks, c, i+1, end)
		ce := end
		if stance == article.StanceDenies || stance == article.StanceNotConfirmed {
			for x := cs; x < end; x++ {
				if toks[x].Text == "," && x+1 < end && (toks[x+1].Text == "and" || toks[x+1].Text == "but") {
					ce = x
					break
				}
			}
			cs = skipReportsOf(toks, cs, ce)
		}
		if cs >= ce {
			continue
		}
		var stanceSrc []article.Token
		if !elided {
			stanceSrc = toks[k:srcEnd]
		}
		add(frame{source: src, cue: span(j, withColon(toks, i+1, end)), content: span(cs, ce), stance: a.stanceOf(stance, stanceSrc)})
		lastSource = src
		// A quotation split around its cue: “A,” Mora said, “B.” — the
		// first half is a frame of its own with the same source and cue.
		if !elided && k >= 2 && isCloseQuote(toks[k-1].Text) && toks[k-2].Text == "," {
			add(frame{source: src, cue: span(j, i+1), content: span(0, k), stance: a.stanceOf(stance, stanceSrc), trailing: true})
		}
	}
	// A leading frame's content stops where a trailing frame of the same
	// sentence takes over: "Kim said that X, KCNA said."
	for x := range frames {
		if frames[x].trailing {
			continue
		}
		for _, t := range frames {
			if t.trailing && frames[x].content.Contains(t.source) && t.source.Start > frames[x].content.Start {
				cut := t.source.Start
				for cut > frames[x].content.Start && unicode.IsSpace(rune(doc.Article.Text[cut-1])) {
					cut--
				}
				if cut > 0 && doc.Article.Text[cut-1] == ',' {
					cut--
				}
				frames[x].content.End = cut
			}
		}
	}
	return frames
}

// Pronouns that are a whole subject on their own.
var subjectPronouns = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "they": true, "it": true}

// pronounSubject narrows a source that ends in a subject pronoun to the
// pronoun: in "in this case I think" or "when she claimed" the words
// before it open the clause, they do not name the speaker.
func pronounSubject(toks []article.Token, src article.Span) article.Span {
	for x := len(toks) - 1; x > 0; x-- {
		if toks[x].End == src.End {
			if subjectPronouns[lower(toks[x])] && toks[x].Start > src.Start && !isListWord(toks[x-1]) {
				return toks[x].Span
			}
			break
		}
	}
	return src
}

// isListWord reports whether t joins the pronoun to words before it, as
// in "Smith and I", "you or they", "both of you".
func isListWord(t article.Token) bool {
	switch lower(t) {
	case "and", "or", "of", "nor", ",":
		return true
	}
	return false
}

// contentStart returns where the content of cue c, whose words end at
// cs, begins. The content keeps its "that", as PolNeAR marks it; it drops
// the listener of "told reporters that" and the punctuation between cue
// and content.
func contentStart(toks []article.Token, c *cue, cs, end int) int {
	if c.lemma == "tell" {
		for x := cs; x < end && x < cs+6; x++ {
			if strings.EqualFold(toks[x].Text, "that") || toks[x].Text == "," {
				cs = x
				break
			}
		}
	}
	for cs < end && (toks[cs].Text == "," || toks[cs].Text == ":" ||
		c.kind == cueAdj && (strings.EqualFold(toks[cs].Text, "about") || strings.EqualFold(toks[cs].Text, "by"))) {
		cs++
	}
	return cs
}

// withColon returns the end of a cue whose words end at ce: a colon
// that introduces the content belongs to the cue, as PolNeAR marks it
// ("He said: “...”").
func withColon(toks []article.Token, ce, end int) int {
	if ce < end-1 && toks[ce].Text == ":" {
		return ce + 1
	}
	return ce
}

// relativePronoun reports whether toks[x] opens a relative clause: "who",
// "which", or a "that" the tagger takes for one ("a study that found").
func relativePronoun(toks []article.Token, x int) bool {
	switch lower(toks[x]) {
	case "who", "which":
		return true
	case "that":
		return toks[x].Tag == "WDT"
	}
	return false
}

// stanceOf settles a cue's stance given its source: a neutral cue takes
// the stance of a statement noun in the source ("US assessments say").
func (a *Attributor) stanceOf(stance string, source []article.Token) string {
	if stance != stanceNeutral {
		return stance
	}
	for _, t := range source {
		if c := a.lex.form(t.Text); c != nil && c.kind == cueNoun && c.stance != stanceNeutral {
			return c.stance
		}
	}
	return stance
}

// verbCue reports whether toks[i], a verb cue form, is used as a verb.
func (a *Attributor) verbCue(toks []article.Token, i int) bool {
	t := toks[i]
	if !isVerbTag(t.Tag) {
		return false
	}
	if capitalised(t.Text) && i > 0 {
		return false // "United States", "Report"
	}
	if i > 0 && determiners[lower(toks[i-1])] && !relativePronoun(toks, i-1) {
		return false // "the report", "a statement"; but "a study that found"
	}
	if i+1 < len(toks) && (lower(toks[i+1]) == "of" && t.Tag != "VBD" || mediaWords[lower(toks[i+1])]) {
		return false // "reports of", "state media"; but "she said of the claim"
	}
	if i > 0 && t.Tag == "" {
		// "rejected claims that": after a verb in the past, the second is a noun.
		if c := a.lex.form(toks[i-1].Text); c != nil && c.kind == cueVerb && strings.HasSuffix(lower(toks[i-1]), "ed") {
			return false
		}
	}
	return true
}

// subjectEnd returns the end of the noun phrase that opens toks[:limit]:
// up to the first verb by its tag, or without tags the opening run of
// capitalised words and determiners; 0 when there is none.
func subjectEnd(toks []article.Token, limit int) int {
	i := 0
	for i < limit {
		t := toks[i]
		if t.Text == "," || t.Tag != "" && (strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD") {
			break
		}
		if t.Tag == "" && !capitalised(t.Text) && !determiners[lower(t)] && !pronouns[lower(t)] {
			break
		}
		i++
	}
	return i
}

// datelineEnd returns the index after a wire dateline that opens a
// sentence ("BAMAKO, Feb 3 (Reuters) -"), or 0: the dateline is no source.
func datelineEnd(toks []article.Token) int {
	for d := 1; d < len(toks) && d <= 15; d++ {
		switch toks[d].Text {
		case "-", "—", "–", "--":
		default:
			continue
		}
		prev := toks[d-1].Text
		first := toks[0].Text
		if prev == ")" || len(first) > 1 && strings.ToUpper(first) == first && capitalised(first) {
			return d + 1
		}
		return 0
	}
	return 0
}

// clauseStart returns where the clause ending at j begins: after the
// last clause break (comma, quote, colon) before it, or 0.
func clauseStart(toks []article.Token, j int) int {
	k := j
	for k > 0 && !isClauseBreak(toks[k-1].Text) {
		k--
	}
	return k
}

// apposition widens a source that starts at k over an apposition before
// it: in "Phil Lovas, the campaign chairman, said" the clause before the
// cue is only "the campaign chairman", and the source is the whole name
// with its apposition. It returns the new start.
func apposition(toks []article.Token, k int) int {
	for k >= 2 && k < len(toks) && toks[k-1].Text == "," && appositive(toks[k]) {
		m := clauseStart(toks, k-1)
		if m == k-1 || !capitalised(toks[k-2].Text) || !nominal(toks[m:k-1]) || isPreposition(toks[m]) {
			break
		}
		k = m
	}
	return k
}

// appositive reports whether t can open an apposition: "the", "a",
// "director", "who", "one" — a lower-case word that is not a verb.
func appositive(t article.Token) bool {
	l := lower(t)
	if l == "who" || l == "which" || l == "one" {
		return true
	}
	if capitalised(t.Text) && !determiners[l] {
		return false
	}
	return t.Tag == "" || strings.HasPrefix(t.Tag, "DT") || strings.HasPrefix(t.Tag, "JJ") ||
		strings.HasPrefix(t.Tag, "NN") || t.Tag == "CD" || t.Tag == "PRP$"
}

// isAdverb reports whether t is an adverb: by its tag, or without tags by
// a lower-case "-ly" ("formally", but not "Italy").
func isAdverb(t article.Token) bool {
	if t.Tag != "" {
		return strings.HasPrefix(t.Tag, "RB")
	}
	return strings.HasSuffix(t.Text, "ly") && !capitalised(t.Text)
}

// tailOnly reports whether toks after a cue are only time and setting
// words ("on Saturday", "in a statement"), so the cue ends its sentence.
func tailOnly(toks []article.Token) bool {
	if len(toks) > 8 {
		return false
	}
	for _, t := range toks {
		l := lower(t)
		if !tailWords[l] && t.Text != "," && !capitalised(t.Text) {
			return false
		}
	}
	return true
}

// listComma reports whether the comma at toks[c] separates items of a
// list ("US, Ukrainian and South Korean") rather than clauses.
func listComma(toks []article.Token, c int) bool {
	if c == 0 || !capitalised(toks[c-1].Text) {
		return false
	}
	for x := c + 1; x < len(toks) && x <= c+4; x++ {
		if toks[x].Text == "and" || toks[x].Text == "or" {
			return true
		}
		if toks[x].Text == "," {
			return capitalised(toks[c+1].Text)
		}
	}
	return false
}

// listEnd returns the index of the comma or colon that ends a source
// beginning at k: list commas ("US, Ukrainian and South Korean assessments,") are
// passed over. It returns end when no comma closes it.
func listEnd(toks []article.Token, k, end int) int {
	for x := k; x < end; x++ {
		if toks[x].Text == ":" {
			return x
		}
		if toks[x].Text != "," {
			continue
		}
		next := x + 1
		for next < end && toks[next].Text != "," {
			next++
		}
		seg := toks[x+1 : next]
		hasAnd := false
		for _, t := range seg {
			hasAnd = hasAnd || t.Text == "and" || t.Text == "or"
		}
		if next < end && hasAnd && len(seg) <= 6 {
			continue
		}
		return x
	}
	return end
}

// skipReportsOf drops "reports of" and "claims that" from the start of a
// denied content, so that "denied reports of weapons shipments" denies
// the shipments.
func skipReportsOf(toks []article.Token, i, end int) int {
	for i+1 < end {
		l := lower(toks[i])
		if (l == "reports" || l == "report" || l == "claims" || l == "allegations" || l == "suggestions" || l == "accusations") &&
			(lower(toks[i+1]) == "of" || lower(toks[i+1]) == "that") {
			i += 2
			continue
		}
		if (l == "the" || l == "any") && i+2 < end {
			if n := lower(toks[i+1]); (n == "reports" || n == "claims" || n == "allegations") && lower(toks[i+2]) == "of" {
				i++
				continue
			}
		}
		break
	}
	return i
}

func matchWords(toks []article.Token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if !strings.EqualFold(toks[i+k].Text, w) {
			return false
		}
	}
	return true
}

// widenToQuotes extends a content span that opens a quotation to the
// quotation's end, which may lie sentences later: He said, “A. B.”
func widenToQuotes(content article.Span, quoted []article.Span) article.Span {
	for _, q := range quoted {
		if q.Start >= content.Start && q.Start < content.End && q.End > content.End {
			content.End = q.End
		}
		// “A. B,” she said: the content of the trailing cue is the whole quotation.
		if q.Start < content.Start && q.End > content.Start && q.End <= content.End {
			content.Start = q.Start
		}
	}
	return content
}

// nest sets each frame's parent: the innermost other frame whose content
// holds its cue ("KCNA said that Kim said ...").
func nest(frames []frame) {
	for i := range frames {
		best := -1
		for j := range frames {
			if i == j || !frames[j].content.Contains(frames[i].cue) {
				continue
			}
			if best < 0 || frames[j].content.Len() < frames[best].content.Len() {
				best = j
			}
		}
		frames[i].parent = best
	}
}

// selfReport reports whether a frame's source is one of the event's
// actors, by entity or by country.
func selfReport(f frame, ev *article.Event, countries map[string]string) bool {
	for _, src := range f.entities {
		for _, a := range ev.Actor {
			if a.Entity == src || a.Country != "" && a.Country == countries[src] {
				return true
			}
		}
	}
	return false
}

// innermost returns the frame whose content holds pos most tightly, or -1.
// With reportsOnly it passes over frames of naming verbs: in "He called
// the strikes a timely measure" the strikes are not his report.
func innermost(frames []frame, pos int, reportsOnly bool) int {
	best := -1
	for j, f := range frames {
		if reportsOnly && f.naming {
			continue
		}
		if f.content.Start <= pos && pos < f.content.End && (best < 0 || f.content.Len() < frames[best].content.Len()) {
			best = j
		}
	}
	return best
}

// eventSource is the attribution of one event: the innermost frame its
// evidence starts in; else a frame that closes its paragraph in the
// wire-story way ("..., KCNA said." covering the sentences before it);
// else the publisher.
func eventSource(doc *article.Doc, frames []frame, attrs []article.Attribution, ev *article.Event, countries map[string]string) *article.EventSource {
	f := innermost(frames, ev.Evidence.Start, true)
	if f < 0 {
		para := -1
		if ev.Evidence.Sentence >= 0 && ev.Evidence.Sentence < len(doc.Sentences) {
			para = doc.Sentences[ev.Evidence.Sentence].Paragraph
		}
		for j, fr := range frames {
			if fr.trailing && fr.paragraph == para && fr.sentence > ev.Evidence.Sentence && fr.stance == article.StanceReports {
				f = j
				break
			}
		}
	}
	// A speaker's word on its own act, inside a report of it ("the North's
	// state media reported Kim vowed his country will support ..."), is
	// known through the report: the outer frame is the attribution. Two
	// frames can hold each other's cue (a quotation whose content is also
	// the cited speaker's), so parents may form a cycle: the walk stops
	// after as many steps as there are frames.
	for steps := 0; f >= 0 && frames[f].parent >= 0 && steps < len(frames) && selfReport(frames[f], ev, countries); steps++ {
		f = frames[f].parent
	}
	if f < 0 {
		src := doc.Article.Publisher
		if src == "" {
			src = "article"
		}
		return &article.EventSource{Text: src, Stance: article.StanceReports}
	}
	at := attrs[f]
	es := &article.EventSource{ID: at.ID, Source: at.Source.Entity, Text: at.Source.Text, Cue: at.Cue.Text, Stance: at.Stance, Medium: at.Medium}
	for p, hops := frames[f].parent, 0; p >= 0 && hops < len(frames); p, hops = frames[p].parent, hops+1 {
		es.Chain = append([]string{attrs[p].ID}, es.Chain...)
	}
	return es
}
