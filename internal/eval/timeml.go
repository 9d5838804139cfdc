package eval

import (
	"bytes"
	"crypto/sha256"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/article"
)

// TimeMLDoc is one TimeML (.tml) file: the text of its <TEXT> element with
// the markup removed, its document creation time, and its gold TIMEX3s
// with byte offsets into Text.
type TimeMLDoc struct {
	Name   string
	DCT    time.Time
	HasDCT bool
	Text   string
	Gold   []TimeMLTimex
}

// TimeMLTimex is a gold temporal expression.
type TimeMLTimex struct {
	Start, End int
	Text       string
	Type       string
	Value      string
	Mod        string
}

// ParseTimeML reads a TimeML document. The DCT is the value of the TIMEX3
// inside <DCT>; it is not one of the gold expressions, which are the
// TIMEX3s inside <TEXT>.
func ParseTimeML(name string, src []byte) (TimeMLDoc, error) {
	doc := TimeMLDoc{Name: name}
	dec := xml.NewDecoder(bytes.NewReader(src))
	dec.Strict = false
	var (
		text   strings.Builder
		inText bool
		inDCT  bool
		open   []TimeMLTimex // TIMEX3s open inside TEXT (they do not nest in practice)
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return doc, fmt.Errorf("eval: %s: %w", name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText = true
			case "DCT":
				inDCT = true
			case "TIMEX3":
				x := TimeMLTimex{Start: text.Len()}
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "type":
						x.Type = a.Value
					case "value":
						x.Value = a.Value
					case "mod":
						x.Mod = a.Value
					}
				}
				if inDCT && !doc.HasDCT {
					if d, ok := article.ParseDate(x.Value); ok {
						doc.DCT, doc.HasDCT = d, true
					}
				}
				if inText {
					open = append(open, x)
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DCT":
				inDCT = false
			case "TIMEX3":
				if inText && len(open) > 0 {
					x := open[len(open)-1]
					open = open[:len(open)-1]
					x.End = text.Len()
					doc.Gold = append(doc.Gold, x)
				}
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
		}
	}
	doc.Text = text.String()
	for i := range doc.Gold {
		g := &doc.Gold[i]
		// trim spaces the annotators left inside the tag
		for g.Start < g.End && timemlSpace(doc.Text[g.Start]) {
			g.Start++
		}
		for g.End > g.Start && timemlSpace(doc.Text[g.End-1]) {
			g.End--
		}
		g.Text = doc.Text[g.Start:g.End]
	}
	sort.SliceStable(doc.Gold, func(i, j int) bool { return doc.Gold[i].Start < doc.Gold[j].Start })
	return doc, nil
}

func timemlSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// TimeMLPair is a gold expression and the system expression matched to it
// (either may be nil: a miss or a false alarm).
type TimeMLPair struct {
	Gold   *TimeMLTimex
	Sys    *article.Time
	Strict bool // the extents are identical
}

// CompareTimeML matches system expressions to gold ones one to one,
// TempEval-3 style: a pair is a relaxed match when the extents overlap,
// a strict one when they are identical; strict matches are paired first.
func CompareTimeML(gold []TimeMLTimex, sys []article.Time) []TimeMLPair {
	usedS := make([]bool, len(sys))
	usedG := make([]bool, len(gold))
	var pairs []TimeMLPair
	for strict := 1; strict >= 0; strict-- {
		for gi := range gold {
			if usedG[gi] {
				continue
			}
			g := &gold[gi]
			for si := range sys {
				s := &sys[si]
				if usedS[si] {
					continue
				}
				exact := s.Start == g.Start && s.End == g.End
				if strict == 1 && !exact || strict == 0 && !(s.Start < g.End && g.Start < s.End) {
					continue
				}
				usedS[si], usedG[gi] = true, true
				pairs = append(pairs, TimeMLPair{Gold: g, Sys: s, Strict: exact})
				break
			}
		}
	}
	for gi := range gold {
		if !usedG[gi] {
			pairs = append(pairs, TimeMLPair{Gold: &gold[gi]})
		}
	}
	for si := range sys {
		if !usedS[si] {
			pairs = append(pairs, TimeMLPair{Sys: &sys[si]})
		}
	}
	return pairs
}

// TimeMLScore counts what TempEval-3 Task A measures for time expressions.
type TimeMLScore struct {
	Files   int
	Gold    int // gold expressions
	System  int // system expressions
	Strict  int // strict extent matches
	Relaxed int // relaxed (overlapping) extent matches
	Value   int // relaxed matches with the gold value
	Type    int // relaxed matches with the gold type
}

// Add counts pairs into s.
func (s *TimeMLScore) Add(pairs []TimeMLPair) {
	for _, p := range pairs {
		if p.Gold != nil {
			s.Gold++
		}
		if p.Sys != nil {
			s.System++
		}
		if p.Gold == nil || p.Sys == nil {
			continue
		}
		s.Relaxed++
		if p.Strict {
			s.Strict++
		}
		if p.Sys.Value == p.Gold.Value {
			s.Value++
		}
		if p.Sys.Type == p.Gold.Type {
			s.Type++
		}
	}
}

// Merge adds the counts of o to s.
func (s *TimeMLScore) Merge(o TimeMLScore) {
	s.Files += o.Files
	s.Gold += o.Gold
	s.System += o.System
	s.Strict += o.Strict
	s.Relaxed += o.Relaxed
	s.Value += o.Value
	s.Type += o.Type
}

// TimeMLPRF is precision, recall and F1, as fractions.
type TimeMLPRF struct{ P, R, F1 float64 }

func timemlPRF(correct, sys, gold int) TimeMLPRF {
	var r TimeMLPRF
	if sys > 0 {
		r.P = float64(correct) / float64(sys)
	}
	if gold > 0 {
		r.R = float64(correct) / float64(gold)
	}
	if r.P+r.R > 0 {
		r.F1 = 2 * r.P * r.R / (r.P + r.R)
	}
	return r
}

// StrictExtent is P/R/F1 of identical extents.
func (s TimeMLScore) StrictExtent() TimeMLPRF { return timemlPRF(s.Strict, s.System, s.Gold) }

// RelaxedExtent is P/R/F1 of overlapping extents.
func (s TimeMLScore) RelaxedExtent() TimeMLPRF { return timemlPRF(s.Relaxed, s.System, s.Gold) }

// ValueF1 is TempEval-3's attribute F1 for value: a system expression
// counts when it overlaps a gold one and has its value (the relaxed F1
// times the value accuracy).
func (s TimeMLScore) ValueF1() TimeMLPRF { return timemlPRF(s.Value, s.System, s.Gold) }

// TypeF1 is the attribute F1 for type.
func (s TimeMLScore) TypeF1() TimeMLPRF { return timemlPRF(s.Type, s.System, s.Gold) }

// ValueAccuracy and TypeAccuracy are over relaxed matches.
func (s TimeMLScore) ValueAccuracy() float64 { return timemlRatio(s.Value, s.Relaxed) }

// TypeAccuracy is the share of relaxed matches with the gold type.
func (s TimeMLScore) TypeAccuracy() float64 { return timemlRatio(s.Type, s.Relaxed) }

func timemlRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TimeMLResolver is the system under test: timex.Resolve.
type TimeMLResolver func(text string, anchor time.Time, hasAnchor bool) []article.Time

// TimeMLFile is the outcome on one file.
type TimeMLFile struct {
	Doc   TimeMLDoc
	Group string // the first folder below the root ("TimeBank", "AQUAINT"), "" at the root
	Pairs []TimeMLPair
}

// EvalTimeMLDir runs resolve over every .tml file under root (files whose
// bytes repeat an earlier file are skipped, as TBAQ's testpipeline copy)
// and returns the per-file outcomes in path order.
func EvalTimeMLDir(root string, resolve TimeMLResolver) ([]TimeMLFile, error) {
	var paths []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".tml") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	sort.Strings(paths)
	// the testpipeline copy sorts last, so the original is kept
	sort.SliceStable(paths, func(i, j int) bool {
		return strings.Contains(paths[j], "testpipeline") && !strings.Contains(paths[i], "testpipeline")
	})
	seen := map[[32]byte]bool{}
	var out []TimeMLFile
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		h := sha256.Sum256(src)
		if seen[h] {
			continue
		}
		seen[h] = true
		rel, _ := filepath.Rel(root, p)
		doc, err := ParseTimeML(rel, src)
		if err != nil {
			return nil, err
		}
		group := ""
		if dir, _, ok := strings.Cut(filepath.ToSlash(rel), "/"); ok {
			group = dir
		}
		sys := resolve(doc.Text, doc.DCT, doc.HasDCT)
		out = append(out, TimeMLFile{Doc: doc, Group: group, Pairs: CompareTimeML(doc.Gold, sys)})
	}
	return out, nil
}

// TimeMLScores sums per-file outcomes by group, plus the total under "".
func TimeMLScores(files []TimeMLFile) map[string]TimeMLScore {
	out := map[string]TimeMLScore{}
	for _, f := range files {
		var s TimeMLScore
		s.Files = 1
		s.Add(f.Pairs)
		g := out[f.Group]
		g.Merge(s)
		out[f.Group] = g
		if f.Group != "" {
			all := out[""]
			all.Merge(s)
			out[""] = all
		}
	}
	return out
}
