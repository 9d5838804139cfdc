package coder

import (
	"fmt"
	"io"
	"strings"

	"github.com/sitrep-project/sitrep/internal/article"
)

// Explain writes, for every sentence of doc, the patterns that matched and
// the events they gave, and the patterns whose trigger word was there but
// that did not match, with the reason.
func (c *Coder) Explain(doc *article.Doc, entities []article.Entity, w io.Writer) {
	ix := newDocIndex(doc, entities)
	for i, st := range doc.Sentences {
		text := strings.Join(strings.Fields(doc.Slice(st.Span)), " ")
		if st.Heading {
			fmt.Fprintf(w, "S%d (heading, not coded): %s\n\n", i, text)
			continue
		}
		fmt.Fprintf(w, "S%d: %s\n", i, text)
		var lines []string
		evs := c.sentence(ix, i, func(a attempt) {
			at := ""
			if a.tok >= 0 && st.FirstToken+a.tok < st.EndToken {
				at = doc.Tokens[st.FirstToken+a.tok].Text
			}
			switch {
			case a.pat == nil:
				lines = append(lines, fmt.Sprintf("  dropped at %q: %s", at, a.why))
			case a.ok:
				lines = append(lines, fmt.Sprintf("  match   %-28s %q  %s", a.pat.ID, a.pat.Text, describe(a.event)))
			default:
				lines = append(lines, fmt.Sprintf("  no      %-28s %q at %q: %s", a.pat.ID, a.pat.Text, at, a.why))
			}
		})
		for _, l := range lines {
			fmt.Fprintln(w, l)
		}
		if len(lines) == 0 {
			fmt.Fprintln(w, "  no pattern's trigger word in this sentence")
		}
		for _, ev := range evs {
			fmt.Fprintf(w, "  => %s\n", describe(&ev))
		}
		fmt.Fprintln(w)
	}
}

// describe is a one-line summary of an event with the rule that fired.
func describe(ev *article.Event) string { return summary(*ev) + " (" + ev.Rule + ")" }

// summary is an event on one line: type/mode, CAMEO, actor and recipient
// codes, modality and quantity (the coder's golden files write this).
func summary(ev article.Event) string {
	codes := func(rs []article.ActorRef) string {
		var p []string
		for _, r := range rs {
			p = append(p, r.Code)
		}
		if len(p) == 0 {
			return "-"
		}
		return strings.Join(p, "+")
	}
	s := ev.Event
	if ev.Mode != "" {
		s += "/" + ev.Mode
	}
	s += fmt.Sprintf(" %s %s -> %s %s", ev.Cameo, codes(ev.Actor), codes(ev.Recipient), ev.Modality)
	if q := ev.Quantity; q != nil {
		s += fmt.Sprintf(" [%s %g %s]", q.Qualifier, q.Value, q.Unit)
	}
	return s
}
