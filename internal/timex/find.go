package timex

import (
	"sync"
	"time"

	"github.com/sitrep-project/sitrep/internal/article"
)

// Find returns every temporal expression of doc, resolved against
// doc.Article.Anchor(). With no anchor, relative expressions keep Value ""
// or an underspecified TIMEX3 form ("XXXX-06", "XXXX-WXX-5") and are
// marked Unresolved. The sentences and POS tags of doc are used when the
// earlier stages filled them (sentence ends bound the tense window, a VBD
// or MD tag is a tense signal), but Find works without them.
func Find(doc *article.Doc) []article.Time {
	anchor, ok := doc.Article.Anchor()
	buf := tokenBuffers.Get().(*[]token)
	defer tokenBuffers.Put(buf)
	toks := scan((*buf)[:0], doc.Article.Text)
	*buf = toks
	annotate(toks, doc)
	return resolve(doc.Article.Text, toks, anchor, ok)
}

// tokenBuffers recycles the scanner's token slices between calls: a
// cache with no effect on results, which only spares the collector.
var tokenBuffers = sync.Pool{New: func() any { return new([]token) }}

// Resolve recognises and normalises the expressions of one plain text
// against an anchor date; hasAnchor false means there is none.
func Resolve(text string, anchor time.Time, hasAnchor bool) []article.Time {
	buf := tokenBuffers.Get().(*[]token)
	defer tokenBuffers.Put(buf)
	toks := scan((*buf)[:0], text)
	*buf = toks
	return resolve(text, toks, anchor, hasAnchor)
}

func resolve(text string, toks []token, anchor time.Time, has bool) []article.Time {
	if has {
		anchor = day(anchor.Year(), anchor.Month(), anchor.Day())
	}
	m := matcher{text: text, toks: toks, anchor: anchor, has: has}
	es := m.all()
	out := make([]article.Time, 0, len(es))
	for _, e := range es {
		start, end := toks[e.i].start, toks[e.j-1].end
		out = append(out, article.Time{
			Text:       text[start:end],
			Value:      e.value,
			Type:       e.typ,
			Mod:        e.mod,
			Start:      start,
			End:        end,
			Unresolved: e.unresolved,
		})
	}
	return out
}

// annotate copies the POS tags and sentence starts of doc onto the
// scanner's tokens, matching them by start offset.
func annotate(toks []token, doc *article.Doc) {
	if len(doc.Tokens) > 0 {
		j := 0
		for i := range toks {
			for j < len(doc.Tokens) && doc.Tokens[j].Start < toks[i].start {
				j++
			}
			if j < len(doc.Tokens) && doc.Tokens[j].Start == toks[i].start {
				toks[i].tag = doc.Tokens[j].Tag
			}
		}
	}
	if len(doc.Sentences) > 0 {
		j := 0
		for i := range toks {
			for j < len(doc.Sentences) && doc.Sentences[j].Start < toks[i].start {
				j++
			}
			if j < len(doc.Sentences) && doc.Sentences[j].Start == toks[i].start {
				toks[i].brk = true
			}
		}
	}
}
