package cli

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/coder"
	"github.com/sitrep-project/sitrep/internal/ingest"
	"github.com/sitrep-project/sitrep/internal/pipeline"
)

const explainHelp = `
Runs the pipeline over each article of FILE (any format extract reads) and
prints, for every sentence, the event patterns that matched, the events they
gave, and the patterns whose trigger word was in the sentence but that did
not match, with the reason ("no known actor in ...", "the rest of the
pattern did not match after ...", "excluded by ..."). Headings are listed
and not coded.

Example:
  sitrep explain ../shared/seed/000_915998f58a079707.txt`

// runExplain is "sitrep explain FILE".
func runExplain(ctx context.Context, env *Env, args []string) int {
	fset := newFlags(env, "explain", "[flags] FILE | -", explainHelp)
	date := fset.String("date", "", "article date YYYY-MM-DD, overriding the dateline and published date")
	dataDir := fset.String("data", env.Getenv("SITREP_DATA"), "directory of dictionaries that replace the built-in ones (laid out like data/)")
	if code, ok := parseFlags(env, fset, args); !ok {
		return code
	}
	if fset.NArg() != 1 {
		return usageError(env, "explain", "want one FILE, or - for standard input")
	}
	p, err := pipeline.New(pipeline.Config{DataDir: *dataDir, Log: env.Log})
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep explain: %v\n", err)
		return ExitPartial
	}
	var pats fs.FS = data.Patterns
	if *dataDir != "" && isDir(filepath.Join(*dataDir, "patterns")) {
		pats = os.DirFS(*dataDir)
	}
	c, err := coder.New(pats)
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep explain: %v\n", err)
		return ExitPartial
	}
	failed := 0
	handle := func(it ingest.Item) error {
		if it.Err != nil {
			failed++
			fmt.Fprintf(env.Stderr, "sitrep explain: %v\n", it.Err)
			return nil
		}
		doc, res, err := p.Analyze(ctx, &it.Article)
		if err != nil {
			failed++
			fmt.Fprintf(env.Stderr, "sitrep explain: %v\n", err)
			return nil
		}
		fmt.Fprintf(env.Stdout, "# %s\n\n", it.Article.Origin)
		c.Explain(doc, res.Entities, env.Stdout)
		return nil
	}
	opts := ingest.Options{Date: *date}
	name := fset.Arg(0)
	if name == "-" {
		err = ingest.Read("-", env.Stdin, opts, handle)
	} else {
		err = ingest.ReadFile(name, opts, handle)
	}
	if err != nil {
		failed++
		fmt.Fprintf(env.Stderr, "sitrep explain: %v\n", err)
	}
	if failed > 0 {
		return ExitPartial
	}
	return ExitOK
}
