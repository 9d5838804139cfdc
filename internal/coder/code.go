package coder

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/internal/article"
)

// mentionRef is a mention of an entity, for looking up slots.
type mentionRef struct {
	article.Span
	entity int
}

// docIndex is what coding one document needs besides the sentence.
type docIndex struct {
	doc      *article.Doc
	entities []article.Entity
	mentions []mentionRef // sorted by start
	scratch  sent         // reused by each sentence in turn
}

func newDocIndex(doc *article.Doc, entities []article.Entity) *docIndex {
	ix := &docIndex{doc: doc, entities: entities}
	for i, e := range entities {
		for _, m := range e.Mentions {
			ix.mentions = append(ix.mentions, mentionRef{article.Span{Start: m.Start, End: m.End}, i})
		}
	}
	sort.Slice(ix.mentions, func(i, j int) bool { return ix.mentions[i].Start < ix.mentions[j].Start })
	return ix
}

// within returns the mentions inside byte span sp.
func (ix *docIndex) within(sp article.Span) []mentionRef {
	i := sort.Search(len(ix.mentions), func(i int) bool { return ix.mentions[i].Start >= sp.Start })
	var out []mentionRef
	for ; i < len(ix.mentions) && ix.mentions[i].Start < sp.End; i++ {
		if ix.mentions[i].End <= sp.End {
			out = append(out, ix.mentions[i])
		}
	}
	return out
}

// startingIn returns the mentions that start inside byte span sp: a
// possessor slot "France's" takes the mention "France's ambassador".
func (ix *docIndex) startingIn(sp article.Span) []mentionRef {
	i := sort.Search(len(ix.mentions), func(i int) bool { return ix.mentions[i].Start >= sp.Start })
	var out []mentionRef
	for ; i < len(ix.mentions) && ix.mentions[i].Start < sp.End; i++ {
		out = append(out, ix.mentions[i])
	}
	return out
}

// inMention reports whether a token's span lies inside a mention that
// starts with a capital letter, a name.
func (ix *docIndex) inMention(sp article.Span) bool {
	j := sort.Search(len(ix.mentions), func(i int) bool { return ix.mentions[i].Start > sp.Start })
	for i := j - 1; i >= 0 && i >= j-8; i-- {
		m := ix.mentions[i]
		if m.Contains(sp) && m.End > m.Start && ix.doc.Article.Text[m.Start] >= 'A' && ix.doc.Article.Text[m.Start] <= 'Z' {
			return true
		}
	}
	return false
}

// attempt is one pattern tried at one trigger, for Explain.
type attempt struct {
	pat    *compiled
	tok    int
	ok     bool
	why    string
	event  *article.Event
	weight int
}

// Code codes the events of every sentence of doc that is not a heading.
// entities are the resolved actors; an event's actor and recipient are
// the entities mentioned in its slots. Date, Location and Attribution are
// left nil for later stages.
func (c *Coder) Code(doc *article.Doc, entities []article.Entity) []article.Event {
	ix := newDocIndex(doc, entities)
	events := []article.Event{}
	if len(c.storyDiscards) > 0 && discarded(lowerWords(doc.Tokens), c.storyDiscards) {
		return events
	}
	for i := range doc.Sentences {
		if doc.Sentences[i].Heading {
			continue
		}
		if len(c.discards) > 0 && discarded(lowerWords(doc.SentenceTokens(i)), c.discards) {
			continue
		}
		events = append(events, c.sentence(ix, i, nil)...)
	}
	for i := range events {
		events[i].ID = fmt.Sprintf("V%d", i+1)
	}
	return events
}

// sentence codes sentence i. trace, when not nil, receives every attempt.
func (c *Coder) sentence(ix *docIndex, i int, trace func(attempt)) []article.Event {
	if ix.doc.Sentences[i].EndToken <= ix.doc.Sentences[i].FirstToken {
		return nil
	}
	if !c.mayTrigger(ix.doc.SentenceTokens(i)) {
		return nil
	}
	s := prepare(ix.doc, i, c.verbs, ix.inMention, &ix.scratch)
	s.explain = trace != nil
	hasEntity := func(first, end int) bool {
		return len(ix.within(s.byteSpan(first, end))) > 0
	}
	best := map[int]*cand{} // trigger token → best event
	var order []int
	try := func(a attempt, m *match) {
		if m == nil {
			if trace != nil {
				trace(a)
			}
			return
		}
		ev, why := c.event(ix, s, m)
		if ev == nil {
			a.why = why
			if trace != nil {
				trace(a)
			}
			return
		}
		a.ok, a.event, a.weight = true, ev, m.words
		if trace != nil {
			trace(a)
		}
		score := m.words*2 + len(m.pat.rest) + 2*min(len(ev.Recipient), 1)
		if m.pat.verbal {
			score++
		}
		if b, ok := best[m.trigger]; !ok || score > b.score {
			if !ok {
				order = append(order, m.trigger)
			}
			best[m.trigger] = &cand{ev: *ev, key: eventKey(ev, m.vg), score: score, tok: m.trigger, lastWord: m.lastWord, verbal: m.pat.verbal, mutual: m.mutual}
			for i, sp := range []*slotSpan{m.actor, m.recip} {
				if sp != nil {
					best[m.trigger].slots[i] = span{first: sp.first, end: sp.end}
				}
			}
		}
	}
	for k, u := range s.units {
		if u.kind != uVG {
			continue
		}
		for _, cp := range c.verbCandidates(&s.toks[u.head]) {
			a := attempt{pat: cp, tok: u.head}
			m, why := c.matchVerbal(s, k, cp, hasEntity)
			a.why = why
			try(a, m)
		}
	}
	for t := range s.toks {
		if s.units[s.tokU[t]].kind == uVG {
			continue
		}
		// Clipped: appending must copy, never write into the Coder's
		// shared lists.
		cands := slices.Clip(c.byNoun[s.toks[t].lemma])
		for _, l := range c.lemmas[s.toks[t].lower] {
			if l != s.toks[t].lemma {
				cands = append(cands, c.byNoun[l]...)
			}
		}
		for _, cp := range cands {
			a := attempt{pat: cp, tok: t}
			m, why := c.matchNominal(s, t, cp, hasEntity)
			a.why = why
			try(a, m)
		}
	}
	seen := map[string]bool{}
	var out []article.Event
	var mutual []bool
	sort.Ints(order)
	for _, t := range order {
		b := best[t]
		// "threatened to attack": the threat's pattern took the attack's
		// verb as one of its words, and the attack is not coded apart.
		subsumed := ""
		for _, o := range best {
			if o != b && o.verbal && o.tok < b.tok && b.tok <= o.lastWord && (b.verbal || !o.inSlot(b.tok)) {
				subsumed = o.ev.Rule
			}
			// "agreed to withdraw": a bare verb with nothing after it
			// and no recipient says less than the event of its
			// infinitive.
			if b.verbal && o != b && o.verbal && b.lastWord == b.tok && len(b.ev.Recipient) == 0 &&
				o.tok > b.tok && o.tok <= b.tok+3 && s.toks[o.tok-1].c == cTo && sameActors(&o.ev, &b.ev) {
				subsumed = o.ev.Rule
			}
		}
		if subsumed != "" {
			if trace != nil {
				trace(attempt{tok: b.tok, why: "its verb is part of the pattern " + subsumed})
			}
			continue
		}
		if !b.verbal && verbalSame(best, b) {
			if trace != nil {
				trace(attempt{tok: b.tok, why: "a verb of the sentence codes the same actor, type and recipient"})
			}
			continue
		}
		if seen[b.key] {
			if trace != nil {
				trace(attempt{tok: b.tok, why: "same actor, type and recipient as an event already coded in this clause: " + b.ev.Rule})
			}
			continue
		}
		seen[b.key] = true
		out = append(out, b.ev)
		mutual = append(mutual, b.mutual)
	}
	// A symmetric event between coordinated actors ("Kim and Putin
	// signed a treaty") is coded both ways, as each side did it.
	for i, n := 0, len(out); i < n; i++ {
		if !mutual[i] {
			continue
		}
		for _, rc := range out[i].Recipient {
			r := out[i]
			r.Actor, r.Recipient = []article.ActorRef{rc}, out[i].Actor[:1:1]
			r.Contexts = append([]string{}, r.Contexts...)
			out = append(out, r)
		}
	}
	// A PETRARCH compound code "032:033" codes the reverse direction too.
	for i, n := 0, len(out); i < n; i++ {
		if rev := c.reverse[out[i].Rule]; rev != "" && len(out[i].Recipient) > 0 {
			r := out[i]
			r.Actor, r.Recipient = out[i].Recipient, out[i].Actor
			r.Cameo = rev
			r.Contexts = append([]string{}, r.Contexts...)
			out = append(out, r)
		}
	}
	return out
}

// sameActors reports whether two events have the same actors.
func sameActors(a, b *article.Event) bool {
	if len(a.Actor) != len(b.Actor) {
		return false
	}
	for i := range a.Actor {
		if a.Actor[i].Entity != b.Actor[i].Entity || a.Actor[i].Code != b.Actor[i].Code {
			return false
		}
	}
	return true
}

// cand is the best event found at a trigger token.
type cand struct {
	ev       article.Event
	key      string
	score    int
	tok      int
	lastWord int
	verbal   bool
	mutual   bool // symmetric between coordinated actors: coded both ways
	slots    [2]span
}

// inSlot reports whether token t lies in the actor or recipient slot of
// the match: "support Russia's war" keeps the war as an event of its own.
func (b *cand) inSlot(t int) bool {
	for _, sp := range b.slots {
		if t >= sp.first && t < sp.end {
			return true
		}
	}
	return false
}

// verbalSame reports whether a verbal event among cands has the same
// actor, type and recipient as the nominal event b, whatever the clause:
// "the Israeli strikes on Gaza killed 40 people" is one assault.
func verbalSame(cands map[int]*cand, b *cand) bool {
	k := eventKey(&b.ev, 0)
	for _, o := range cands {
		if o != b && o.verbal && eventKey(&o.ev, 0) == k {
			return true
		}
	}
	return false
}

// mayTrigger reports whether any token could trigger a pattern, so that
// sentences without one are not analysed at all.
func (c *Coder) mayTrigger(toks []article.Token) bool {
	if len(c.prefixV) > 0 {
		return true
	}
	var buf [64]byte
	for _, t := range toks {
		if len(t.Text) > len(buf) {
			continue
		}
		b := buf[:0]
		for i := 0; i < len(t.Text); i++ {
			ch := t.Text[i]
			if ch >= 'A' && ch <= 'Z' {
				ch += 'a' - 'A'
			}
			b = append(b, ch)
		}
		if c.triggers[string(b)] || (t.Lemma != "" && t.Lemma != string(b) && c.triggers[t.Lemma]) {
			return true
		}
	}
	return false
}

// eventKey identifies an event within a clause, so that one clause gives
// one event per actor, type and recipient.
func eventKey(ev *article.Event, clause int) string {
	var b strings.Builder
	for _, r := range ev.Actor {
		b.WriteString(r.Entity + "/" + r.Code + ",")
	}
	b.WriteString("|" + ev.Event + "|")
	for _, r := range ev.Recipient {
		b.WriteString(r.Entity + "/" + r.Code + ",")
	}
	fmt.Fprintf(&b, "|%d", clause)
	return b.String()
}

// verbCandidates are the verbal patterns whose trigger t can be.
func (c *Coder) verbCandidates(t *stok) []*compiled {
	out := c.byVerb[t.lemma]
	for _, l := range c.lemmas[t.lower] {
		if l != t.lemma {
			out = append(out[:len(out):len(out)], c.byVerb[l]...)
		}
	}
	for _, cp := range c.prefixV {
		if c.wordMatch(t, cp.trigger) {
			out = append(out[:len(out):len(out)], cp)
		}
	}
	return out
}

// byteSpan is the byte span of tokens [first, end).
func (s *sent) byteSpan(first, end int) article.Span {
	return article.Span{Start: s.toks[first].span.Start, End: s.toks[end-1].span.End}
}

// excluded reports the first excluded word found after token t in its
// clause, "" when none.
func (c *Coder) excluded(s *sent, cp *compiled, t int) string {
	if len(cp.excl) == 0 {
		return ""
	}
	// Only the words up to the end of the first noun phrase after the
	// trigger: "released a statement", not "released prisoners ... in
	// exchange for frozen funds".
	npEnd := len(s.toks)
	for k := t + 1; k < len(s.toks) && k <= t+10; k++ {
		if boundary(&s.toks[k]) || k >= npEnd {
			break
		}
		if u := s.units[s.tokU[k]]; u.kind == uNP && npEnd == len(s.toks) {
			npEnd = u.end
		}
		for _, w := range cp.excl {
			if c.wordMatch(&s.toks[k], w) {
				return s.toks[k].text
			}
		}
	}
	return ""
}

// matchVerbal matches a verbal pattern at verb group vg.
func (c *Coder) matchVerbal(s *sent, vg int, cp *compiled, hasEntity func(int, int) bool) (*match, string) {
	u := s.units[vg]
	if w := c.excluded(s, cp, u.head); w != "" {
		return nil, s.why("excluded by %q", w)
	}
	rests, subjKind := [][]Elem{cp.rest}, cp.subj
	if u.passive {
		if cp.passive == nil {
			return nil, "the verb is passive and the pattern has no object to be its subject"
		}
		rests, subjKind = cp.passive, ElemRecipient
	}
	var b bindings
	ok, negWord := false, false
	for _, rest := range rests {
		start := restStart(c, s, u, rest)
		if b, ok = c.seq(s, rest, start, bindings{last: u.head}); ok {
			negWord = start < u.end && s.toks[start].c == cNeg
			break
		}
	}
	if !ok && u.passive {
		// "Ukraine was attacked" with no agent: nothing to code.
		return nil, "passive verb without \"by\" + actor"
	}
	if !ok {
		return nil, s.why("after %q the rest of the pattern did not match", s.toks[u.head].text)
	}
	// The subject is only looked for once the rest has matched: most
	// patterns tried do not.
	subj, inherited := c.subject(s, vg, hasEntity)
	if subj == nil {
		return nil, "no subject found"
	}
	preWords := 0
	if len(cp.pre) > 0 {
		from := u.first - 6
		if subj.end <= u.first {
			from = subj.end
		}
		if preWords = preMatch(s, cp.pre, from, u.head); preWords < 0 {
			return nil, "the words before the verb did not match"
		}
	}
	if c.lenient && subjKind == ElemActor {
		// PETRARCH takes the target from anywhere in the verb phrase.
		if b.recip == nil {
			b.recip = looseTarget(s, b.last+1, hasEntity)
		} else if !hasEntity(b.recip.first, b.recip.end) {
			if t := looseTarget(s, b.recip.end, hasEntity); t != nil {
				b.recip = t
			}
		}
	}
	if subjKind == ElemActor {
		b.actor = subj
	} else {
		b.recip = subj
	}
	m := &match{pat: cp, actor: b.actor, recip: b.recip, trigger: u.head, vg: vg, lastWord: b.last,
		passive: u.passive, inherited: inherited, words: b.words + 1 + preWords, negWord: negWord}
	m.first = min(u.first, subj.first)
	m.end = max(b.last+1, u.end)
	return m, ""
}

// restStart is where the rest of a verbal pattern is matched: after the
// verb group, or at a word of the pattern the group took after its head
// ("pledged not" + "to use force").
func restStart(c *Coder, s *sent, u unit, rest []Elem) int {
	if len(rest) > 0 && rest[0].Kind == ElemWord {
		for k := u.head + 1; k < u.end; k++ {
			if c.wordMatch(&s.toks[k], rest[0].Word) {
				return k
			}
		}
	}
	return u.end
}

// matchNominal matches a nominal pattern whose trigger is token t.
func (c *Coder) matchNominal(s *sent, t int, cp *compiled, hasEntity func(int, int) bool) (*match, string) {
	if w := c.excluded(s, cp, t); w != "" {
		return nil, s.why("excluded by %q", w)
	}
	b := bindings{last: t}
	first := t
	if cp.circum != nil {
		u := s.units[s.tokU[t]]
		k := s.tokU[t]
		if u.kind != uNP || u.head != t || k == 0 || s.units[k-1].kind != uTok || !contains(cp.circum, s.toks[s.units[k-1].head].lower) {
			return nil, "the noun is not in a phrase opened by " + strings.Join(cp.circum, "/")
		}
		g := -1
		for j := k - 1; j >= 0; j-- {
			if s.units[j].kind == uVG {
				g = j
				break
			}
		}
		if g < 0 {
			return nil, "no clause for the phrase to belong to"
		}
		subj, _ := c.subject(s, g, hasEntity)
		if subj == nil {
			return nil, "no subject in the clause of the phrase"
		}
		b.actor = subj
		first = subj.first
	}
	if len(cp.lead) > 0 {
		u := s.units[s.tokU[t]]
		if u.kind != uNP || u.first >= t {
			return nil, "no possessor or modifier before the noun"
		}
		end := t
		for k := t - 1; k >= u.first; k-- {
			if s.toks[k].c == cGen || s.toks[k].c == cProper || (s.toks[k].c == cAdj && startsUpper(s.toks[k].text)) || s.toks[k].c == cPoss {
				break
			}
			end = k
		}
		if end <= u.first {
			return nil, "no possessor or modifier before the noun"
		}
		sp := &slotSpan{first: u.first, end: end, conj: []span{{u.first, end, end - 1}}, poss: true}
		if cp.lead[0].Kind == ElemActorPoss {
			b.actor = sp
		} else {
			b.recip = sp
		}
		first = u.first
	}
	r, ok := c.seq(s, cp.rest, t+1, b)
	if !ok {
		return nil, s.why("after %q the rest of the pattern did not match", s.toks[t].text)
	}
	vg := -1
	for k := s.tokU[t] - 1; k >= 0; k-- {
		if s.units[k].kind == uVG {
			vg = k
			break
		}
	}
	return &match{pat: cp, actor: r.actor, recip: r.recip, trigger: t, first: first, end: r.last + 1, lastWord: t,
		vg: vg, words: r.words + 1}, ""
}

// event builds the event of a match, or says why there is none.
func (c *Coder) event(ix *docIndex, s *sent, m *match) (*article.Event, string) {
	if m.actor == nil {
		return nil, "actor slot not filled"
	}
	actor := c.refs(ix, s, m.actor)
	if len(actor) == 0 {
		return nil, s.why("no known actor in %q", ix.doc.Slice(s.byteSpan(m.actor.first, m.actor.end)))
	}
	var recip []article.ActorRef
	if m.recip != nil {
		recip = c.refs(ix, s, m.recip)
		if len(recip) == 0 && m.pat.needR && vagueObject(s, m.recip) {
			return nil, s.why("no known recipient in %q", ix.doc.Slice(s.byteSpan(m.recip.first, m.recip.end)))
		}
		recip = dropSame(recip, actor)
	}
	if m.pat.NeedRecipient && len(recip) == 0 {
		return nil, "need=R and the recipient slot names no known actor"
	}
	m.mutual = false
	if m.pat.Symmetric && len(recip) == 0 && len(actor) > 1 {
		actor, recip = actor[:1], actor[1:]
		m.mutual = !c.lenient
	}
	if c.lenient && len(recip) == 0 && len(actor) > 1 {
		// PETRARCH codes coordinated actors without a target as one
		// another's targets: each to each (the caller skips self-pairs).
		recip = append([]article.ActorRef{}, actor...)
	}
	if recip == nil {
		recip = []article.ActorRef{}
	}
	first, end := m.first, m.end
	for _, sp := range []*slotSpan{m.actor, m.recip} {
		if sp != nil {
			first, end = min(first, sp.first), max(end, sp.end)
		}
	}
	evSpan := s.byteSpan(first, end)
	var mod string
	if m.pat.verbal {
		mod = c.verbModality(s, m.vg, m.negWord)
	} else {
		mod = c.nounModality(s, m.trigger)
	}
	conf := m.pat.conf
	if m.inherited {
		conf *= 0.9
	}
	if m.passive {
		conf *= 0.95
	}
	ctx := append([]string{}, m.pat.contexts...)
	ev := &article.Event{
		Event: m.pat.Event, Mode: m.pat.Mode, Contexts: ctx, Cameo: m.pat.Cameo, Goldstein: m.pat.gold,
		Actor: actor, Recipient: recip, Modality: mod,
		Quantity: quantity(s, first, clauseEnd(s, end), c.units, ix.doc.Article.Text),
		Evidence: article.Evidence{Sentence: s.index, Start: evSpan.Start, End: evSpan.End, Text: ix.doc.Slice(evSpan)},
		Rule:     m.pat.ID, Confidence: float64(int(conf*100+0.5)) / 100,
	}
	return ev, ""
}

// looseTarget is the first noun phrase naming an actor from token t to
// the end of the clause.
func looseTarget(s *sent, t int, hasEntity func(int, int) bool) *slotSpan {
	if t >= len(s.toks) {
		return nil
	}
	for k := s.tokU[t]; k < len(s.units); k++ {
		u := s.units[k]
		if u.first < t {
			continue
		}
		if u.kind == uVG && !u.passive && !u.gerund {
			return nil
		}
		if u.kind == uTok {
			switch tk := s.toks[u.head]; {
			case boundary(&tk), tk.c == cWh, subordinators[tk.lower] && tk.lower != "as":
				return nil
			}
		}
		if u.kind == uNP && hasEntity(u.first, u.end) {
			return &slotSpan{first: u.first, end: u.end, conj: u.conjuncts()}
		}
	}
	return nil
}

// vagueObject reports whether a slot that names no actor is one whose
// owner is unknown ("its sovereignty", "each country's security"), so
// that the event had better not be coded without a recipient at all.
func vagueObject(s *sent, sp *slotSpan) bool {
	switch s.toks[sp.first].lower {
	case "its", "their", "his", "her", "our", "your", "my", "each", "it", "them", "this", "that":
		return true
	}
	return false
}

// clauseEnd extends a token end to the end of its noun phrase, so that a
// quantity right after the evidence ("sent troops, more than 10,000") is
// still in reach, but not past a clause boundary.
func clauseEnd(s *sent, end int) int {
	for end < len(s.toks) && s.tokU[end] == s.tokU[end-1] {
		end++
	}
	return end
}

// dropSame removes from rs the actors that are also in actor.
func dropSame(rs, actor []article.ActorRef) []article.ActorRef {
	out := rs[:0:0]
	for _, r := range rs {
		same := false
		for _, a := range actor {
			if (r.Entity != "" && r.Entity == a.Entity) || (r.Entity == "" && a.Entity == "" && r.Code == a.Code) {
				same = true
			}
		}
		if !same {
			out = append(out, r)
		}
	}
	return out
}

// refs turns a slot into actor references: for each conjunct, the entity
// mentioned at its head, else the entity modifying it ("Russian strikes",
// "a US decision"); a country modifying an agent noun gives that
// country's sector ("North Korean troops" → PRK MIL, "his country" → the
// person's country).
func (c *Coder) refs(ix *docIndex, s *sent, sp *slotSpan) []article.ActorRef {
	if out := c.eachOfRefs(ix, s, sp); out != nil {
		return out
	}
	var out []article.ActorRef
	seen := map[string]bool{}
	for _, cj := range sp.conj {
		if cj.end <= cj.first {
			continue
		}
		ms := ix.startingIn(s.byteSpan(cj.first, cj.end))
		if len(ms) == 0 {
			for _, ref := range c.pairRefs(ix, s, cj) {
				if k := ref.Entity + "/" + ref.Code; !seen[k] {
					seen[k] = true
					out = append(out, ref)
				}
			}
			if ref, ok := c.definiteRef(ix, s, cj); ok && !seen[ref.Entity+"/"+ref.Code] {
				seen[ref.Entity+"/"+ref.Code] = true
				out = append(out, ref)
				continue
			}
			if ref, ok := c.pronounRef(ix, s, cj); ok && !seen[ref.Code] {
				seen[ref.Code] = true
				out = append(out, ref)
			}
			continue
		}
		head := s.toks[cj.head].span
		var pick *mentionRef
		atHead := false
		for i := range ms {
			if ms[i].Span.Contains(head) || ms[i].Span.Overlaps(head) {
				pick, atHead = &ms[i], true
			}
		}
		if pick == nil {
			pick = &ms[len(ms)-1]
		}
		e := ix.entities[pick.entity]
		text := ix.doc.Slice(pick.Span)
		ref := entityRef(e, text)
		if e.Country == "" && e.Code == "" {
			// An organisation the dictionary does not know, owned by a
			// country named before it: "Russia's Federal Security
			// Service" is Russian.
			for i := range ms {
				if o := ix.entities[ms[i].entity]; ms[i].End <= pick.Start && o.Country != "" && o.Kind == "country" {
					ref.Country, ref.Code = o.Country, o.Country
				}
			}
		}
		if !atHead && !sp.poss {
			hl := s.toks[cj.head].lemma
			if sec, ok := c.agents[hl]; ok && e.Country != "" {
				ref = article.ActorRef{Code: e.Country, Country: e.Country, Text: ix.doc.Slice(s.byteSpan(cj.first, cj.end))}
				if sec != "-" {
					ref.Code += sec
					ref.Sector = sec
					ref.Sectors = []string{sec}
				}
			}
		}
		k := ref.Entity + "/" + ref.Code
		if !seen[k] {
			seen[k] = true
			out = append(out, ref)
		}
		// "both countries" is a mention of each.
		for i := range ms {
			if o := ms[i]; atHead && o.entity != pick.entity && o.Span == pick.Span {
				ref := entityRef(ix.entities[o.entity], text)
				if k := ref.Entity + "/" + ref.Code; !seen[k] {
					seen[k] = true
					out = append(out, ref)
				}
			}
		}
	}
	if len(out) == 0 && sp.of != nil {
		of := sp.of
		return c.refs(ix, s, &slotSpan{first: of[0].first, end: of[len(of)-1].end, conj: of})
	}
	return out
}

// eachOfRefs resolves a plural agent noun owned by coordinated actors to
// that agent of each: "the presidents of Venezuela and Guyana" → VEN GOV,
// GUY GOV. It returns nil for any other slot.
func (c *Coder) eachOfRefs(ix *docIndex, s *sent, sp *slotSpan) []article.ActorRef {
	if len(sp.of) < 2 || len(sp.conj) != 1 || sp.poss {
		return nil
	}
	head := s.toks[sp.conj[0].head]
	sec, ok := c.agents[head.lemma]
	if !ok || head.tag != "NNS" {
		return nil
	}
	// The actor stage may have taken the agent with the first owner as one
	// mention ("The presidents of Venezuela"): count the countries of
	// every mention that starts in the phrase.
	whole := s.byteSpan(sp.conj[0].first, sp.of[len(sp.of)-1].end)
	var out []article.ActorRef
	seen := map[string]bool{}
	for _, m := range ix.startingIn(whole) {
		e := ix.entities[m.entity]
		if e.Country == "" || seen[e.Country] {
			continue
		}
		seen[e.Country] = true
		ref := article.ActorRef{Code: e.Country, Country: e.Country, Text: ix.doc.Slice(whole)}
		if sec != "-" {
			ref.Code += sec
			ref.Sector, ref.Sectors = sec, []string{sec}
		}
		out = append(out, ref)
	}
	if len(out) < len(sp.of) {
		return nil
	}
	return out
}

// pronounRef resolves "they", "them" that the actor stage left alone to
// the nearest earlier noun phrase of the sentence headed by an agent noun
// ("more than 10,000 troops"), with the country named in it or, failing
// that, in the subject of its verb: North Korea's troops → PRK MIL.
func (c *Coder) pronounRef(ix *docIndex, s *sent, cj span) (article.ActorRef, bool) {
	switch first := s.toks[cj.first].lower; {
	case cj.end-cj.first == 1 && first == "it":
		return c.subjectRef(ix, s, cj, "")
	case cj.end-cj.first > 1 && (first == "its" || first == "their"):
		// "The Israeli military said its jets struck": the owner's
		// country, with the sector of the agent noun.
		sec, ok := c.agents[s.toks[cj.head].lemma]
		if !ok {
			sec, ok = c.agents[s.toks[cj.head].lower]
		}
		if !ok {
			return article.ActorRef{}, false
		}
		return c.subjectRef(ix, s, cj, sec)
	case cj.end-cj.first > 1 && (first == "both" || first == "the" && s.toks[cj.first+1].lower == "two"):
		return article.ActorRef{}, false
	case cj.end-cj.first != 1:
		return article.ActorRef{}, false
	case first == "they" || first == "them":
	case first == "we" || first == "us":
		return c.speakerRef(ix, s, cj.first)
	default:
		return article.ActorRef{}, false
	}
	for k := s.tokU[cj.first] - 1; k >= 0; k-- {
		u := s.units[k]
		if u.kind != uNP {
			continue
		}
		sec, ok := c.agents[s.toks[u.head].lemma]
		if !ok || sec == "-" {
			continue
		}
		country := ""
		if ms := ix.within(s.byteSpan(u.first, u.end)); len(ms) > 0 {
			country = ix.entities[ms[len(ms)-1].entity].Country
		} else {
			for v := k - 1; v >= 0; v-- {
				if s.units[v].kind != uVG {
					continue
				}
				hasEntity := func(first, end int) bool { return len(ix.within(s.byteSpan(first, end))) > 0 }
				if subj, _ := c.subject(s, v, hasEntity); subj != nil {
					if ms := ix.within(s.byteSpan(subj.first, subj.end)); len(ms) > 0 {
						country = ix.entities[ms[0].entity].Country
					}
				}
				break
			}
		}
		if country == "" {
			return article.ActorRef{}, false
		}
		return article.ActorRef{Code: country + sec, Country: country, Sector: sec, Sectors: []string{sec},
			Text: ix.doc.Slice(s.byteSpan(cj.first, cj.end))}, true
	}
	return article.ActorRef{}, false
}

// subjectRef resolves "it" (or "its" + an agent noun, giving sector sec)
// to the subject of the nearest verb before it whose subject names a
// country or an organisation: "Ukraine's air force said it shot down",
// "Qatar said it would host".
func (c *Coder) subjectRef(ix *docIndex, s *sent, cj span, sec string) (article.ActorRef, bool) {
	hasEntity := func(first, end int) bool { return len(ix.within(s.byteSpan(first, end))) > 0 }
	for k := s.tokU[cj.first] - 1; k >= 0; k-- {
		if s.units[k].kind != uVG {
			continue
		}
		subj, _ := c.subject(s, k, hasEntity)
		if subj == nil || subj.end > cj.first {
			continue
		}
		ms := ix.within(s.byteSpan(subj.first, subj.end))
		if len(ms) == 0 {
			continue
		}
		e := ix.entities[ms[len(ms)-1].entity]
		if e.Kind == "person" || e.Kind == "media" {
			return article.ActorRef{}, false
		}
		text := ix.doc.Slice(s.byteSpan(cj.first, cj.end))
		if sec == "" {
			return entityRef(e, text), true
		}
		if e.Country == "" {
			return article.ActorRef{}, false
		}
		ref := article.ActorRef{Code: e.Country, Country: e.Country, Text: text}
		if sec != "-" {
			ref.Code += sec
			ref.Sector, ref.Sectors = sec, []string{sec}
		}
		return ref, true
	}
	return article.ActorRef{}, false
}

// pairRefs resolves "the two leaders", "both sides", "the two foreign
// ministers" to the last two actors named before it in this sentence or
// the previous one: two countries when the noun is a country's agent
// ("ministers", "leaders"), else two entities ("sides").
func (c *Coder) pairRefs(ix *docIndex, s *sent, cj span) []article.ActorRef {
	n := cj.end - cj.first
	if n < 2 || n > 5 {
		return nil
	}
	switch w := s.toks[cj.first].lower; {
	case w == "both":
	case w == "the" && s.toks[cj.first+1].lower == "two":
	default:
		return nil
	}
	head := s.toks[cj.head].lemma
	sec, agent := c.agents[head]
	if !agent {
		sec, agent = c.agents[s.toks[cj.head].lower]
	}
	switch head {
	case "side", "sides", "party", "parties":
	default:
		if !agent {
			return nil
		}
	}
	from := ix.doc.Sentences[s.index].Start
	if s.index > 0 {
		from = ix.doc.Sentences[s.index-1].Start
	}
	ms := ix.within(article.Span{Start: from, End: s.toks[cj.first].span.Start})
	var out []article.ActorRef
	seen := map[string]bool{}
	text := ix.doc.Slice(s.byteSpan(cj.first, cj.end))
	for i := len(ms) - 1; i >= 0 && len(out) < 2; i-- {
		e := ix.entities[ms[i].entity]
		if e.Kind == "media" {
			continue
		}
		if agent && e.Kind == "igo" {
			// "the two leaders" are not the summit they met at.
			continue
		}
		key := e.ID
		if agent {
			key = e.Country
		}
		if key == "" || seen[key] {
			continue
		}
		seen[key] = true
		ref := entityRef(e, text)
		if agent && sec != "-" && e.Kind == "country" {
			ref = article.ActorRef{Code: e.Country + sec, Country: e.Country, Sector: sec, Sectors: []string{sec}, Text: text}
		}
		out = append(out, ref)
	}
	if len(out) < 2 {
		return nil
	}
	return []article.ActorRef{out[1], out[0]}
}

// definiteRef resolves a definite agent noun phrase that names no actor
// ("the junta", "the army") to the last actor of the same sector named in
// this sentence or the two before: "Mali's military government expelled
// the ambassador ... The junta gave the envoy 72 hours".
func (c *Coder) definiteRef(ix *docIndex, s *sent, cj span) (article.ActorRef, bool) {
	if cj.end-cj.first < 2 || cj.end-cj.first > 3 || s.toks[cj.first].lower != "the" {
		return article.ActorRef{}, false
	}
	sec, ok := c.agents[s.toks[cj.head].lemma]
	if !ok || sec == "-" || s.toks[cj.head].tag == "NNS" {
		return article.ActorRef{}, false
	}
	from := ix.doc.Sentences[max(s.index-2, 0)].Start
	ms := ix.within(article.Span{Start: from, End: s.toks[cj.first].span.Start})
	for i := len(ms) - 1; i >= 0; i-- {
		e := ix.entities[ms[i].entity]
		if e.Kind == "media" || e.Kind == "person" || !contains(e.Sectors, sec) {
			continue
		}
		return entityRef(e, ix.doc.Slice(s.byteSpan(cj.first, cj.end))), true
	}
	return article.ActorRef{}, false
}

// entityRef is the reference to entity e through a mention's text.
func entityRef(e article.Entity, text string) article.ActorRef {
	code := e.Code
	if code == "" {
		code = e.Country + strings.Join(e.Sectors, "")
	}
	var secs []string
	if len(e.Sectors) > 0 {
		secs = append(secs, e.Sectors...)
	}
	return article.ActorRef{Entity: e.ID, Code: code, Country: e.Country, Sector: e.Sector, Sectors: secs, Text: text}
}

// speakerRef resolves "we" inside a quotation to the country of the
// person last named before it in this or the previous sentence: in
// `He responded, “If we want to stop the war, we should ...”` we is
// Ukraine when he is Zelenskyy.
func (c *Coder) speakerRef(ix *docIndex, s *sent, t int) (article.ActorRef, bool) {
	quoted := false
	for k := 0; k < t; k++ {
		switch s.toks[k].text {
		case "“", "\"", "``", "‘":
			quoted = !quoted || s.toks[k].text == "“" || s.toks[k].text == "``"
		case "”", "''":
			quoted = false
		}
	}
	if !quoted {
		return article.ActorRef{}, false
	}
	from := ix.doc.Sentences[s.index].Start
	if s.index > 0 {
		from = ix.doc.Sentences[s.index-1].Start
	}
	pos := s.toks[t].span.Start
	var best *article.Entity
	bestAt := -1
	for _, m := range ix.within(article.Span{Start: from, End: pos}) {
		e := &ix.entities[m.entity]
		if e.Kind == "person" && e.Country != "" && m.Start > bestAt {
			best, bestAt = e, m.Start
		}
	}
	if best == nil {
		return article.ActorRef{}, false
	}
	return article.ActorRef{Code: best.Country, Country: best.Country, Text: s.toks[t].text}, true
}
