// Package cli is sitrep's command line: it parses flags and the
// environment into one Config per command and calls the packages that do
// the work. cmd/sitrep only calls Main.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"
)

// Exit codes shared by every command.
const (
	ExitOK      = 0 // everything worked
	ExitPartial = 1 // some inputs failed; each is named on stderr
	ExitUsage   = 2 // bad flags or arguments
)

// Env is what a command may touch of the outside world. Tests build their
// own to capture output and fix the environment.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	Log    *slog.Logger
}

// command is one subcommand of sitrep.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *Env, args []string) int
}

// commands lists every subcommand, in the order --help shows them.
func commands() []command {
	return []command{
		{"extract", "extract events, actors, times and places from articles (JSON out)", runExtract},
		{"ingest", "extract articles from files, directories, JSONL, feeds and URLs into the database", runIngest},
		{"watch", "poll feeds politely and ingest their new items into the database", runWatch},
		{"query", "find events in the database by actor, dyad, type, date, place, source, stance, text", runQuery},
		{"stats", "count articles, events, reports, entities and disputes in the database", runStats},
		{"export", "write the database as JSONL results, PLOVER records or GDELT-like CSV", runExport},
		{"bench", "measure extraction speed on articles, and the store on a synthetic database", runBench},
		{"actors", "look up the actor dictionary: sitrep actors lookup NAME [--date D]", runActors},
		{"eval", "score sitrep against public gold data (timeml, geo, polnear, petrarch)", runEval},
		{"patterns", "validate event pattern files: sitrep patterns check DIR", runPatterns},
		{"explain", "show, sentence by sentence, which event patterns matched and why others did not", runExplain},
		{"train", "train the part-of-speech tagger or the name model from PolNeAR", runTrain},
	}
}

// Main runs sitrep with args (without the program name) and returns the
// process exit code.
func Main(ctx context.Context, args []string, env *Env) int {
	if env.Log == nil {
		env.Log = slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) > 1 {
			return Main(ctx, []string{args[1], "--help"}, env)
		}
		if len(args) == 0 {
			usage(env.Stderr)
			return ExitUsage
		}
		usage(env.Stdout)
		return ExitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, env, args[1:])
		}
	}
	fmt.Fprintf(env.Stderr, "sitrep: unknown command %q\n\n", args[0])
	usage(env.Stderr)
	return ExitUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, `sitrep turns news reports into a sourced, time-anchored event graph.

Usage:
  sitrep COMMAND [flags] [arguments]

Commands:
`)
	cs := commands()
	width := 0
	for _, c := range cs {
		width = max(width, len(c.name))
	}
	for _, c := range cs {
		fmt.Fprintf(w, "  %-*s  %s\n", width, c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun 'sitrep COMMAND --help' for a command's flags.\n")
}

// newFlags returns a FlagSet for a command that prints its own usage
// (synopsis, description, flags) to env.Stderr on error and to env.Stdout
// on --help.
func newFlags(env *Env, name, synopsis, description string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: sitrep %s %s\n\n%s\n", name, synopsis, strings.TrimSpace(description))
		var names []string
		fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
		if len(names) > 0 {
			sort.Strings(names)
			fmt.Fprint(w, "\nFlags:\n")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses args and turns the outcome into an exit code: ok is
// false when the command should return code at once (after --help, or on a
// usage error).
func parseFlags(env *Env, fs *flag.FlagSet, args []string) (code int, ok bool) {
	fs.SetOutput(env.Stderr)
	for _, a := range args {
		if a == "-h" || a == "--help" || a == "-help" {
			fs.SetOutput(env.Stdout)
			fs.Usage()
			return ExitOK, false
		}
		if a == "--" {
			break
		}
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK, false
		}
		return ExitUsage, false
	}
	return ExitOK, true
}

// usageError prints a one-line usage problem for a command and returns ExitUsage.
func usageError(env *Env, name, format string, a ...any) int {
	fmt.Fprintf(env.Stderr, "sitrep %s: %s\nRun 'sitrep %s --help' for usage.\n", name, fmt.Sprintf(format, a...), name)
	return ExitUsage
}
