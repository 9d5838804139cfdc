package cli

import (
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/sitrep-project/sitrep/internal/eval"
	"github.com/sitrep-project/sitrep/internal/timex"
)

const evalTimeMLHelp = `
Score sitrep's time expressions against TimeML (.tml) gold files, as
TempEval-3 Task A does: every .tml under DIR is read, the text of its
<TEXT> element is run through the time-expression stage anchored on the
document creation time (<DCT>), and the result is compared with the gold
TIMEX3s (the DCT itself excluded; byte-identical duplicate files are
counted once).

Measures, per top-level folder of DIR and in total:
  strict   P/R/F1 of identical extents
  relaxed  P/R/F1 of overlapping extents
  value    F1 of relaxed matches that also have the gold value
  type     accuracy of the type over relaxed matches

Example:
  sitrep eval timeml ../shared/data/timex/tbaq
`

// runEvalTimeML is "sitrep eval timeml DIR".
func runEvalTimeML(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "eval timeml", "[flags] DIR", evalTimeMLHelp)
	errs := fs.Bool("errors", false, "also list every miss, false alarm and wrong value")
	if code, ok := parseFlags(env, fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		return usageError(env, "eval timeml", "want one DIR, got %d arguments", fs.NArg())
	}
	files, err := eval.EvalTimeMLDir(fs.Arg(0), timex.Resolve)
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep eval timeml: %v\n", err)
		return ExitPartial
	}
	if len(files) == 0 {
		fmt.Fprintf(env.Stderr, "sitrep eval timeml: no .tml files under %s\n", fs.Arg(0))
		return ExitPartial
	}
	if *errs {
		printTimeMLErrors(env.Stdout, files)
	}
	printTimeMLScores(env.Stdout, eval.TimeMLScores(files))
	return ExitOK
}

func printTimeMLScores(w io.Writer, scores map[string]eval.TimeMLScore) {
	var groups []string
	for g := range scores {
		groups = append(groups, g)
	}
	sort.Strings(groups) // "" (the total) first, then moved last
	if len(groups) > 1 && groups[0] == "" {
		groups = append(groups[1:], "")
	}
	fmt.Fprintf(w, "%-10s %5s %5s %5s  %-20s %-20s %8s %8s %8s\n", "set", "files", "gold", "sys",
		"strict P/R/F1", "relaxed P/R/F1", "value F1", "value acc", "type acc")
	for _, g := range groups {
		s := scores[g]
		name := g
		if name == "" {
			name = "all"
		}
		st, rx, v := s.StrictExtent(), s.RelaxedExtent(), s.ValueF1()
		fmt.Fprintf(w, "%-10s %5d %5d %5d  %5.1f %5.1f %5.1f    %5.1f %5.1f %5.1f    %8.2f %8.2f %8.2f\n",
			name, s.Files, s.Gold, s.System, 100*st.P, 100*st.R, 100*st.F1, 100*rx.P, 100*rx.R, 100*rx.F1,
			100*v.F1, 100*s.ValueAccuracy(), 100*s.TypeAccuracy())
	}
}

func printTimeMLErrors(w io.Writer, files []eval.TimeMLFile) {
	for _, f := range files {
		for _, p := range f.Pairs {
			switch {
			case p.Sys == nil:
				fmt.Fprintf(w, "MISS\t%s\t%q\t%s\t%s\n", f.Doc.Name, p.Gold.Text, p.Gold.Type, p.Gold.Value)
			case p.Gold == nil:
				fmt.Fprintf(w, "FALSE\t%s\t%q\t%s\t%s\n", f.Doc.Name, p.Sys.Text, p.Sys.Type, p.Sys.Value)
			case p.Sys.Value != p.Gold.Value || p.Sys.Type != p.Gold.Type || !p.Strict:
				fmt.Fprintf(w, "DIFF\t%s\t%q\t%s\t%s\t|\t%q\t%s\t%s\t(dct %s)\n", f.Doc.Name, p.Gold.Text, p.Gold.Type, p.Gold.Value,
					p.Sys.Text, p.Sys.Type, p.Sys.Value, f.Doc.DCT.Format("2006-01-02 Mon"))
			}
		}
	}
}
