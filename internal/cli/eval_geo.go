package cli

import (
	"context"
	"fmt"
	"io/fs"
	"os"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/eval"
	"github.com/sitrep-project/sitrep/internal/geo"
)

const evalGeoHelp = `
Score sitrep's toponym recognition and resolution against a geoparsing
corpus in XML: TR-News, LGL and GeoWebNews (<article><text> with
<toponyms><toponym><phrase><start><end><gaztag geonameid>...) or GeoVirus
(<article><text> with <locations><location><name><start><end><lat><lon>).
Corpus offsets count code points; GeoVirus's are one past the name and are
shifted back; offsets a few characters off their phrase are moved onto it.

Measures:
  recognition             P/R/F1 of toponyms with identical spans (end to end)
  resolution, gold spans  accuracy within 161 km and exact GeoNames id, the
                          gold toponyms given to the resolver
  resolution, end to end  the same over the places sitrep found itself (a gold
                          toponym it missed counts as wrong)

Example:
  sitrep eval geo ../shared/data/geo/TR-News.xml
`

// runEvalGeo is "sitrep eval geo FILE.xml...".
func runEvalGeo(ctx context.Context, env *Env, args []string) int {
	flags := newFlags(env, "eval geo", "[flags] FILE.xml...", evalGeoHelp)
	dataDir := flags.String("data", "", "directory laid out like data/ whose gazetteer/ replaces the embedded one")
	misses := flags.Bool("misses", false, "also list each gold toponym resolved more than 161 km off given its span")
	if code, ok := parseFlags(env, flags, args); !ok {
		return code
	}
	if flags.NArg() == 0 {
		return usageError(env, "eval geo", "want at least one corpus FILE.xml")
	}
	var fsys fs.FS = data.Gazetteer
	if *dataDir != "" {
		fsys = os.DirFS(*dataDir)
	}
	g, err := geo.Load(fsys)
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep eval geo: %v\n", err)
		return ExitPartial
	}
	code := ExitOK
	for _, name := range flags.Args() {
		if err := ctx.Err(); err != nil {
			fmt.Fprintf(env.Stderr, "sitrep eval geo: %v\n", err)
			return ExitPartial
		}
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(env.Stderr, "sitrep eval geo: %v\n", err)
			code = ExitPartial
			continue
		}
		docs, err := eval.ReadGeoCorpus(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(env.Stderr, "sitrep eval geo: %s: %v\n", name, err)
			code = ExitPartial
			continue
		}
		fmt.Fprintf(env.Stdout, "%s\n", name)
		r := eval.GeoEvaluate(docs, g)
		r.Print(env.Stdout)
		if *misses {
			r.PrintMisses(env.Stdout)
		}
	}
	return code
}
