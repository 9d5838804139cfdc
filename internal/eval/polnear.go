// Package eval scores sitrep's stages against public gold formats.
package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
)

// PolNeARSpanTypes are the attribution span types PolNeAR annotates.
var PolNeARSpanTypes = []string{"Source", "Cue", "Content"}

// PolNeARCounts holds true positives and the sizes of the predicted and gold sets.
type PolNeARCounts struct{ TP, Pred, Gold int }

// PRF returns precision, recall and F1.
func (c PolNeARCounts) PRF() (p, r, f float64) {
	if c.Pred > 0 {
		p = float64(c.TP) / float64(c.Pred)
	}
	if c.Gold > 0 {
		r = float64(c.TP) / float64(c.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// polnearOverlap scores overlap match: a prediction counts when it overlaps
// some gold span, a gold span counts when some prediction overlaps it.
type polnearOverlap struct{ PredHit, Pred, GoldHit, Gold int }

func (c polnearOverlap) PRF() (p, r, f float64) {
	if c.Pred > 0 {
		p = float64(c.PredHit) / float64(c.Pred)
	}
	if c.Gold > 0 {
		r = float64(c.GoldHit) / float64(c.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// PolNeARReport is the score of attribution spans over a PolNeAR split.
type PolNeARReport struct {
	Docs    int
	Skipped []string // documents that could not be scored, with the reason
	Exact   map[string]*PolNeARCounts
	Overlap map[string]*polnearOverlap
	Missed  []PolNeARMiss // gold attributions whose cue no prediction matches exactly
}

// PolNeARMiss is a gold attribution no predicted cue matches exactly, as
// text, so that misses can be read and grouped by cause.
type PolNeARMiss struct {
	Doc     string
	Offset  int    // byte offset of the gold cue in the document
	Cue     string // the gold cue
	Source  string // the gold source; "" when the relation has none
	Content string
	Frame   string // the text from the first to the last of the three spans
	Near    string // a predicted cue overlapping the gold one, if any
}

// polnearFrame is one gold attribution relation; a role it lacks is a
// zero span with has[role] false.
type polnearFrame struct {
	spans [3]article.Span // Source, Cue, Content, in PolNeARSpanTypes order
	has   [3]bool
}

// PolNeAR scores the attributions extract finds in each text of dir
// (PolNeAR's layout: text/NAME.txt and attributions/NAME_ANNOTATOR.ann)
// against the first annotator's Source, Cue and Content spans. Every gold
// attribution whose cue is not predicted exactly is listed in Missed.
func PolNeAR(dir string, extract func(name, text string) ([]article.Attribution, error)) (*PolNeARReport, error) {
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil || len(texts) == 0 {
		return nil, fmt.Errorf("eval: polnear: no text/*.txt under %s", dir)
	}
	rep := &PolNeARReport{Exact: map[string]*PolNeARCounts{}, Overlap: map[string]*polnearOverlap{}}
	for _, t := range PolNeARSpanTypes {
		rep.Exact[t], rep.Overlap[t] = &PolNeARCounts{}, &polnearOverlap{}
	}
	for _, path := range texts {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		anns, _ := filepath.Glob(filepath.Join(dir, "attributions", name+"_*.ann"))
		if len(anns) == 0 {
			rep.Skipped = append(rep.Skipped, name+": no .ann file")
			continue
		}
		sort.Strings(anns)
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("eval: polnear: %w", err)
		}
		text := string(raw)
		frames, err := polnearReadBrat(anns[0], text)
		if err != nil {
			rep.Skipped = append(rep.Skipped, fmt.Sprintf("%s: %v", name, err))
			continue
		}
		attrs, err := extract(name, text)
		if err != nil {
			rep.Skipped = append(rep.Skipped, fmt.Sprintf("%s: %v", name, err))
			continue
		}
		pred := map[string][]article.Span{}
		for _, a := range attrs {
			pred["Source"] = append(pred["Source"], article.Span{Start: a.Source.Start, End: a.Source.End})
			pred["Cue"] = append(pred["Cue"], article.Span{Start: a.Cue.Start, End: a.Cue.End})
			pred["Content"] = append(pred["Content"], a.Content)
		}
		gold := map[string][]article.Span{}
		for _, f := range frames {
			for r, typ := range PolNeARSpanTypes {
				if f.has[r] {
					gold[typ] = append(gold[typ], f.spans[r])
				}
			}
		}
		for _, typ := range PolNeARSpanTypes {
			polnearScore(rep.Exact[typ], rep.Overlap[typ], pred[typ], gold[typ])
		}
		rep.Missed = append(rep.Missed, polnearMisses(name, text, frames, pred["Cue"])...)
		rep.Docs++
	}
	return rep, nil
}

func polnearScore(exact *PolNeARCounts, over *polnearOverlap, pred, gold []article.Span) {
	exact.Pred += len(pred)
	exact.Gold += len(gold)
	over.Pred += len(pred)
	over.Gold += len(gold)
	used := make([]bool, len(gold))
	for _, p := range pred {
		hit := false
		for gi, g := range gold {
			if p == g && !used[gi] {
				used[gi] = true
				exact.TP++
				break
			}
		}
		for _, g := range gold {
			if p.Overlaps(g) {
				hit = true
				break
			}
		}
		if hit {
			over.PredHit++
		}
	}
	for _, g := range gold {
		for _, p := range pred {
			if p.Overlaps(g) {
				over.GoldHit++
				break
			}
		}
	}
}

// polnearMisses lists the frames whose cue is not among the predicted cues.
func polnearMisses(doc, text string, frames []polnearFrame, cues []article.Span) []PolNeARMiss {
	var out []PolNeARMiss
	slice := func(f polnearFrame, r int) string {
		if !f.has[r] {
			return ""
		}
		return oneLine(text[f.spans[r].Start:f.spans[r].End])
	}
	for _, f := range frames {
		if !f.has[1] {
			continue
		}
		cue := f.spans[1]
		near := ""
		found := false
		for _, p := range cues {
			if p == cue {
				found = true
				break
			}
			if p.Overlaps(cue) {
				near = oneLine(text[p.Start:p.End])
			}
		}
		if found {
			continue
		}
		all := cue
		for r := range f.spans {
			if f.has[r] {
				all.Start, all.End = min(all.Start, f.spans[r].Start), max(all.End, f.spans[r].End)
			}
		}
		out = append(out, PolNeARMiss{Doc: doc, Offset: cue.Start, Cue: slice(f, 1), Source: slice(f, 0),
			Content: slice(f, 2), Frame: oneLine(text[all.Start:all.End]), Near: near})
	}
	return out
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// readBrat reads the Source, Cue and Content spans of the attribution
// relations (E lines) in a BRAT .ann file, converting PolNeAR's code-point
// offsets to byte offsets of text. A discontinuous span ("0 5;9 12") counts
// from its least offset to its greatest.
func polnearReadBrat(path, text string) ([]polnearFrame, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return polnearParseBrat(f, text)
}

func polnearParseBrat(r io.Reader, text string) ([]polnearFrame, error) {
	toByte := polnearCodepoints(text)
	spans := map[string]article.Span{}
	var rels [][]string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue // continuation of a span text with a raw newline
		}
		switch {
		case strings.HasPrefix(f[0], "T"):
			fields := strings.Fields(strings.ReplaceAll(f[1], ";", " "))
			if len(fields) < 3 {
				continue
			}
			start, end := -1, -1
			for _, num := range fields[1:] {
				n, err := strconv.Atoi(num)
				if err != nil || n < 0 || n >= len(toByte) {
					return nil, fmt.Errorf("bad span in %q", line)
				}
				if start < 0 || n < start {
					start = n
				}
				end = max(end, n)
			}
			spans[f[0]] = article.Span{Start: toByte[start], End: toByte[end]}
		case strings.HasPrefix(f[0], "E"):
			rels = append(rels, strings.Fields(f[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	frames := make([]polnearFrame, 0, len(rels))
	for _, rel := range rels {
		var f polnearFrame
		for _, arg := range rel[1:] {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			r := slices.Index(PolNeARSpanTypes, role)
			if s, ok := spans[id]; ok && r >= 0 {
				f.spans[r], f.has[r] = s, true
			}
		}
		frames = append(frames, f)
	}
	return frames, nil
}

// polnearCodepoints maps each code-point offset of text (and its end) to a
// byte offset.
func polnearCodepoints(text string) []int {
	offs := make([]int, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		offs = append(offs, i)
	}
	return append(offs, len(text))
}

// Print writes the report as a table.
func (r *PolNeARReport) Print(w io.Writer) {
	fmt.Fprintf(w, "PolNeAR attribution spans: %d documents scored, %d skipped\n\n", r.Docs, len(r.Skipped))
	fmt.Fprintf(w, "%-8s  %6s %6s %6s   %6s %6s %6s   %6s %6s\n", "span", "P", "R", "F1", "oP", "oR", "oF1", "pred", "gold")
	for _, t := range PolNeARSpanTypes {
		p, rc, f := r.Exact[t].PRF()
		op, orc, of := r.Overlap[t].PRF()
		fmt.Fprintf(w, "%-8s  %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f   %6d %6d\n", t, p, rc, f, op, orc, of, r.Exact[t].Pred, r.Exact[t].Gold)
	}
	fmt.Fprintln(w, "\nP/R/F1: exact span match; oP/oR/oF1: overlap match.")
	for _, s := range r.Skipped {
		fmt.Fprintf(w, "skipped: %s\n", s)
	}
}

// PrintMissed writes the missed gold attributions, one a line, as
// tab-separated doc:offset, cue, source, predicted cue overlapping the
// gold one (or "-"), and the text the frame spans.
func (r *PolNeARReport) PrintMissed(w io.Writer) {
	fmt.Fprintf(w, "# %d gold attributions whose cue no prediction matches exactly\n", len(r.Missed))
	fmt.Fprintln(w, "# doc:offset\tcue\tsource\tnear\tframe")
	for _, m := range r.Missed {
		near := m.Near
		if near == "" {
			near = "-"
		}
		fmt.Fprintf(w, "%s:%d\t%s\t%s\t%s\t%s\n", m.Doc, m.Offset, m.Cue, m.Source, near, m.Frame)
	}
}
