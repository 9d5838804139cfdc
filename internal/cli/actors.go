package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/actor"
	"github.com/sitrep-project/sitrep/internal/article"
)

const actorsHelp = `
Queries the actor dictionary.

  sitrep actors lookup NAME [--date YYYY-MM-DD]
      Prints every entry NAME refers to (full names, aliases, demonyms,
      capitals, surnames, titles; a surname within one typo when nothing
      matches exactly) with its country, sectors, role and CAMEO code as of
      the date (default: the latest roles the dictionary knows).

  sitrep actors check
      Loads the dictionaries and prints every bad line as file:line: problem.

--dict DIR (repeatable) adds user dictionaries: our line format (*.txt, see
docs/actors.md) or PETRARCH's (*.actors, *.agents, *.actors.txt, *.agents.txt).
--data DIR replaces the built-in dictionary with DIR/actors.
Bad lines are reported on standard error and skipped, unless --strict.

Exit status: 0 when something was found (lookup) or nothing is wrong (check),
1 when nothing was found or some lines are bad, 2 on usage errors.`

type dirList []string

func (d *dirList) String() string     { return strings.Join(*d, ",") }
func (d *dirList) Set(s string) error { *d = append(*d, s); return nil }

func runActors(ctx context.Context, env *Env, args []string) int {
	fset := newFlags(env, "actors", "lookup NAME [--date D] | check [flags]", actorsHelp)
	date := fset.String("date", "", "date YYYY-MM-DD the roles are resolved for (default: latest)")
	asJSON := fset.Bool("json", false, "print JSON instead of a table")
	strict := fset.Bool("strict", false, "fail on any bad dictionary line")
	dataDir := fset.String("data", env.Getenv("SITREP_DATA"), "directory laid out like data/ whose actors/ folder replaces the built-in dictionary")
	var dicts dirList
	fset.Var(&dicts, "dict", "directory of user dictionaries to add (repeatable)")
	// Flags may follow the subcommand and its argument: move them first.
	var flagArgs, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if strings.HasPrefix(a, "-") && len(a) > 1 {
			flagArgs = append(flagArgs, a)
			if !strings.Contains(a, "=") && a != "--json" && a != "-json" && a != "--strict" && a != "-strict" &&
				a != "-h" && a != "--help" && a != "-help" && i+1 < len(args) {
				flagArgs = append(flagArgs, args[i+1])
				i++
			}
			continue
		}
		pos = append(pos, a)
	}
	if code, ok := parseFlags(env, fset, flagArgs); !ok {
		return code
	}
	if len(pos) == 0 {
		return usageError(env, "actors", "missing subcommand (lookup or check)")
	}
	var t time.Time
	if *date != "" {
		var ok bool
		if t, ok = article.ParseDate(*date); !ok || len(*date) != 10 {
			return usageError(env, "actors", "bad --date %q (want YYYY-MM-DD)", *date)
		}
	}
	var base fs.FS = data.Actors
	if *dataDir != "" {
		base = os.DirFS(*dataDir + "/actors")
	}
	var extra []fs.FS
	for _, d := range dicts {
		extra = append(extra, os.DirFS(d))
	}
	r, err := actor.New(base, actor.Options{Strict: *strict}, extra...)
	bad := err != nil
	if err != nil {
		fmt.Fprintln(env.Stderr, err)
		if r == nil {
			return ExitPartial
		}
	}
	switch pos[0] {
	case "check":
		if len(pos) != 1 {
			return usageError(env, "actors", "check takes no arguments")
		}
		if bad {
			return ExitPartial
		}
		fmt.Fprintln(env.Stdout, "ok")
		return ExitOK
	case "lookup":
		if len(pos) < 2 {
			return usageError(env, "actors", "lookup needs a NAME")
		}
		ms := r.Lookup(strings.Join(pos[1:], " "), t)
		if *asJSON {
			enc := json.NewEncoder(env.Stdout)
			enc.SetIndent("", "  ")
			if ms == nil {
				ms = []actor.Match{}
			}
			if err := enc.Encode(ms); err != nil {
				fmt.Fprintln(env.Stderr, err)
				return ExitPartial
			}
		} else {
			tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "NAME\tKIND\tCODE\tROLE\tFROM\tTO\tAS\tSOURCE")
			for _, m := range ms {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", m.Name, m.Kind, m.Code, m.Role, m.From, m.To, m.As, m.Source)
			}
			tw.Flush()
		}
		if len(ms) == 0 {
			fmt.Fprintf(env.Stderr, "sitrep actors: no entry for %q\n", strings.Join(pos[1:], " "))
			return ExitPartial
		}
		return ExitOK
	}
	return usageError(env, "actors", "unknown subcommand %q (want lookup or check)", pos[0])
}
