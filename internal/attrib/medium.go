package attrib

import (
	"slices"
	"strings"

	"github.com/sitrep-project/sitrep/internal/article"
)

// outlet is a news medium a source spoke through: "in an interview with
// Sky News", "told Reuters", "speaking to the BBC".
type outlet struct {
	ref       article.SourceRef
	sentence  int
	paragraph int
}

// Words that put the medium a source speaks through right after them.
var outletCues = [][]string{
	{"interview", "with"}, {"interview", "to"}, {"told"}, {"speaking", "to"}, {"spoke", "to"},
	{"comments", "to"}, {"remarks", "to"}, {"statement", "to"}, {"appearance", "on"}, {"writing", "in"},
}

// outlets finds the media named as the channel of a statement; only
// entities the actor stage knows as media count.
func outlets(doc *article.Doc, ms []mentionRef) []outlet {
	var media []article.Span
	for _, m := range ms {
		if m.kind == "media" {
			media = append(media, m.span)
		}
	}
	var out []outlet
	for si, s := range doc.Sentences {
		// Most sentences name no medium: skip them without trying the cues.
		if s.Heading || !slices.ContainsFunc(media, func(m article.Span) bool { return m.Start > s.Start && m.Start < s.End }) {
			continue
		}
		toks := doc.SentenceTokens(si)
		for i := range toks {
			for _, cue := range outletCues {
				if !matchWords(toks, i, cue) {
					continue
				}
				k := i + len(cue)
				if k < len(toks) && strings.EqualFold(toks[k].Text, "the") {
					k++
				}
				if k >= len(toks) {
					continue
				}
				for _, m := range ms {
					if m.kind == "media" && m.span.Start == toks[k].Start {
						out = append(out, outlet{
							ref:      article.SourceRef{Entity: m.entity, Text: doc.Slice(m.span), Start: m.span.Start, End: m.span.End},
							sentence: si, paragraph: s.Paragraph,
						})
						break
					}
				}
			}
		}
	}
	return out
}

// mediumFor is the outlet a frame's source spoke through: one named in
// the frame's sentence, else the last one named earlier in its paragraph
// ("In an interview with Sky News, Zelenskyy was asked ... He responded,
// “...”"). The medium is never the frame's own source.
func mediumFor(f frame, outs []outlet) *article.SourceRef {
	var best *article.SourceRef
	for i := range outs {
		o := &outs[i]
		if o.paragraph != f.paragraph || o.sentence > f.sentence || f.source.Contains(article.Span{Start: o.ref.Start, End: o.ref.End}) {
			continue
		}
		if o.sentence == f.sentence {
			return &o.ref
		}
		best = &o.ref
	}
	return best
}
