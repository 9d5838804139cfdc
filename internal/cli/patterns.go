package cli

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/coder"
)

const patternsHelp = `
Works with event pattern files (docs/patterns.md).

  sitrep patterns check DIR   parse and validate the pattern files of DIR:
                              every *.pat, and cameo.tsv, units.tsv,
                              agents.tsv and modality.tsv (DIR may also be a
                              data directory with a patterns/ folder).
                              Files DIR lacks are taken from the built-in
                              set. Every problem is printed as
                              file:line: message.
  sitrep patterns check       validate the built-in patterns.

Exit status: 0 when the patterns are valid, 1 when some are not, 2 on usage errors.`

// runPatterns is "sitrep patterns check [DIR]".
func runPatterns(ctx context.Context, env *Env, args []string) int {
	fset := newFlags(env, "patterns", "check [DIR]", patternsHelp)
	if code, ok := parseFlags(env, fset, args); !ok {
		return code
	}
	rest := fset.Args()
	if len(rest) == 0 || rest[0] != "check" {
		return usageError(env, "patterns", "want: sitrep patterns check [DIR]")
	}
	if len(rest) > 2 {
		return usageError(env, "patterns", "check takes one directory")
	}
	var src fs.FS = data.Patterns
	name := "built-in patterns"
	if len(rest) == 2 {
		dir := rest[1]
		if sub := filepath.Join(dir, "patterns"); isDir(sub) {
			dir = sub
		}
		if !isDir(dir) {
			return usageError(env, "patterns", "%s is not a directory", rest[1])
		}
		src = overlayFS{top: os.DirFS(dir), base: data.Patterns}
		name = dir
	}
	n, err := coder.Check(src)
	if err != nil {
		fmt.Fprintln(env.Stderr, err)
		fmt.Fprintf(env.Stderr, "sitrep patterns: %s: invalid\n", name)
		return ExitPartial
	}
	fmt.Fprintf(env.Stdout, "%s: %d patterns, all valid\n", name, n)
	return ExitOK
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// overlayFS reads a user's pattern directory and, for the tables it does
// not have (cameo.tsv, units.tsv, ...), the built-in ones, so that a
// directory of *.pat files alone can be checked.
type overlayFS struct {
	top  fs.FS
	base fs.FS // data.Patterns: files under patterns/
}

func (o overlayFS) Open(name string) (fs.File, error) {
	f, err := o.top.Open(name)
	if err == nil {
		return f, nil
	}
	if filepath.Ext(name) == ".pat" || name == "." {
		return nil, err
	}
	return o.base.Open("patterns/" + name)
}

// Glob lists only the top directory's pattern files.
func (o overlayFS) Glob(pattern string) ([]string, error) { return fs.Glob(o.top, pattern) }
