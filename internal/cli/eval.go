package cli

import (
	"context"
	"fmt"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/eval"
	"github.com/sitrep-project/sitrep/internal/pipeline"
)

// evalCommands are the scorers "sitrep eval" dispatches to.
func evalCommands() []command {
	return []command{
		{"timeml", "time expressions against TimeML .tml files (TempEval-3 Task A)", runEvalTimeML},
		{"geo", "toponyms and their resolution against TR-News / GeoVirus / LGL XML", runEvalGeo},
		{"polnear", "attribution source, cue and content spans against PolNeAR BRAT files", runEvalPolNeAR},
		{"petrarch", "event codings against PETRARCH validation records, with their dictionaries", runEvalPetrarch},
	}
}

// runEval is "sitrep eval SCORER ...".
func runEval(ctx context.Context, env *Env, args []string) int {
	subs := evalCommands()
	if len(args) > 0 {
		for _, c := range subs {
			if c.name == args[0] {
				return c.run(ctx, env, args[1:])
			}
		}
	}
	w := env.Stderr
	code := ExitUsage
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
		w, code = env.Stdout, ExitOK
	} else if len(args) > 0 {
		fmt.Fprintf(w, "sitrep eval: unknown scorer %q\n\n", args[0])
	}
	fmt.Fprint(w, "Usage: sitrep eval SCORER [flags] PATH\n\nScores sitrep against public gold data.\n\nScorers:\n")
	for _, c := range subs {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun 'sitrep eval SCORER --help' for its flags.\n")
	return code
}

const evalPolNeARHelp = `
Scores attribution frames against PolNeAR (a folder with text/*.txt and
attributions/*.ann, as ../shared/data/attribution/polnear/dev). Each text
runs through the whole pipeline; the Source, Cue and Content spans of its
attributions are compared with the first annotator's, by exact match and by
overlap. With --missed it then lists every gold attribution whose cue was not
found exactly, one a line (doc:offset, cue, source, overlapping predicted cue
or "-", and the frame's text), for reading the misses by cause.

Example:
  sitrep eval polnear ../shared/data/attribution/polnear/dev
  sitrep eval polnear --missed ../shared/data/attribution/polnear/train | cut -f2 | sort | uniq -c | sort -rn`

// runEvalPolNeAR is "sitrep eval polnear DIR".
func runEvalPolNeAR(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "eval polnear", "[flags] DIR", evalPolNeARHelp)
	dataDir := fs.String("data", env.Getenv("SITREP_DATA"), "directory of dictionaries that replace the built-in ones")
	missed := fs.Bool("missed", false, "after the scores, list the gold attributions whose cue was not found")
	if code, ok := parseFlags(env, fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		return usageError(env, "eval polnear", "want one DIR, got %d arguments", fs.NArg())
	}
	p, err := pipeline.New(pipeline.Config{DataDir: *dataDir, Log: env.Log})
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep eval polnear: %v\n", err)
		return ExitPartial
	}
	rep, err := eval.PolNeAR(fs.Arg(0), func(name, text string) ([]article.Attribution, error) {
		// PolNeAR's offsets count the raw text, so it is used as it is.
		res, err := p.Run(ctx, &article.Article{Text: text, Origin: name})
		if err != nil {
			return nil, err
		}
		return res.Attributions, nil
	})
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep eval polnear: %v\n", err)
		return ExitPartial
	}
	rep.Print(env.Stdout)
	if *missed {
		fmt.Fprintln(env.Stdout)
		rep.PrintMissed(env.Stdout)
	}
	return ExitOK
}
