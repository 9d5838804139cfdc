package cli

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing/fstest"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/actor"
	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/coder"
	"github.com/sitrep-project/sitrep/internal/eval"
	"github.com/sitrep-project/sitrep/internal/tagger"
	"github.com/sitrep-project/sitrep/internal/text"
)

const evalPetrarchHelp = `
Codes PETRARCH-format validation records (<Sentence> elements with
<EventCoding sourcecode targetcode eventcode>, as PETRARCH2's
PETR.UnitTest.records.xml) and scores them. The dictionaries the file's
<Environment> names (verbs, actors, agents, discards) are loaded from the
file's folder, or from --dicts, in place of the built-in ones: PETRARCH's
verb patterns are converted into sitrep patterns at load time (see
coder.NewPetrarch), its actors and agents read by the actor stage.

Prints the records fully correct (exactly the gold codings) and precision,
recall and F1 over (source, target, code) triples and over root codes.

Example:
  sitrep eval petrarch ../shared/data/events/petrarch2/PETR.UnitTest.records.xml`

// runEvalPetrarch is "sitrep eval petrarch FILE.xml".
func runEvalPetrarch(ctx context.Context, env *Env, args []string) int {
	fset := newFlags(env, "eval petrarch", "[flags] FILE.xml", evalPetrarchHelp)
	dicts := fset.String("dicts", "", "folder of the dictionaries the file names (default: the file's folder)")
	verbose := fset.Bool("v", false, "list every record not coded exactly right, with gold and coded events")
	if code, ok := parseFlags(env, fset, args); !ok {
		return code
	}
	if fset.NArg() != 1 {
		return usageError(env, "eval petrarch", "want one FILE.xml")
	}
	name := fset.Arg(0)
	f, err := os.Open(name)
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep eval petrarch: %v\n", err)
		return ExitPartial
	}
	penv, recs, err := eval.ReadPetrarch(f)
	f.Close()
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep eval petrarch: %v\n", err)
		return ExitPartial
	}
	dir := *dicts
	if dir == "" {
		dir = filepath.Dir(name)
	}
	st, err := loadPetrarchStages(dir, penv)
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep eval petrarch: %v\n", err)
		return ExitPartial
	}
	var score eval.PetrarchScore
	inactive := 0
	for _, rec := range recs {
		if ctx.Err() != nil {
			break
		}
		if !penv.Active(rec.Category) {
			inactive++
			continue
		}
		score.Add(rec, st.code(rec))
	}
	fmt.Fprintf(env.Stdout, "%s (dictionaries: %s, %s, %s, %s)\n", name, penv.Verbs, penv.Actors, penv.Agents, penv.Discards)
	if inactive > 0 {
		fmt.Fprintf(env.Stdout, "%d records of categories outside <Include> skipped\n", inactive)
	}
	score.Print(env.Stdout)
	if *verbose {
		score.PrintFailures(env.Stdout)
	}
	return ExitOK
}

// petrarchStages are the stages that code a PETRARCH record.
type petrarchStages struct {
	tagger   *tagger.Tagger
	actors   *actor.Resolver
	coder    *coder.Coder
	discards []string // lower-case phrases; a sentence with one is not coded
}

func loadPetrarchStages(dir string, penv eval.PetrarchEnv) (*petrarchStages, error) {
	st := &petrarchStages{}
	var err error
	if st.tagger, err = tagger.Load(data.Models); err != nil {
		return nil, err
	}
	dicts := fstest.MapFS{}
	for _, n := range []string{penv.Actors, penv.Agents} {
		if n == "" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		dicts[n] = &fstest.MapFile{Data: b}
	}
	if st.actors, err = actor.New(dicts, actor.Options{}); st.actors == nil {
		return nil, err
	}
	verbs, err := os.ReadFile(filepath.Join(dir, penv.Verbs))
	if err != nil {
		return nil, err
	}
	if st.coder, err = coder.NewPetrarch(data.Patterns, penv.Verbs, verbs); err != nil {
		return nil, err
	}
	if penv.Discards != "" {
		b, err := os.ReadFile(filepath.Join(dir, penv.Discards))
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			l := sc.Text()
			if i := strings.Index(l, "#"); i >= 0 {
				l = l[:i]
			}
			l = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(strings.TrimPrefix(strings.TrimSpace(l), "+"), "_", " ")))
			if l != "" && !strings.HasPrefix(l, "<") {
				st.discards = append(st.discards, " "+l+" ")
			}
		}
	}
	return st, nil
}

// code runs the stages over a record and returns its codings: one per
// actor and recipient of each event, "---" for a missing target.
func (st *petrarchStages) code(rec eval.PetrarchRecord) []eval.PetrarchCoding {
	low := " " + strings.ToLower(strings.Join(strings.FieldsFunc(rec.Text, func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == '"'
	}), " ")) + " "
	for _, d := range st.discards {
		if strings.Contains(low, d) {
			return nil
		}
	}
	doc := &article.Doc{Article: article.Article{Text: rec.Text, Published: rec.Date}}
	text.Segment(doc)
	st.tagger.Tag(doc)
	ents := st.actors.Resolve(doc)
	seen := map[eval.PetrarchCoding]bool{}
	var out []eval.PetrarchCoding
	for _, ev := range st.coder.Code(doc, ents) {
		targets := ev.Recipient
		if len(targets) == 0 {
			targets = []article.ActorRef{{Code: "---"}}
		}
		for _, a := range ev.Actor {
			for _, r := range targets {
				if r.Code == a.Code && r.Entity == a.Entity {
					continue
				}
				c := eval.PetrarchCoding{Source: a.Code, Target: r.Code, Event: ev.Cameo}
				if !seen[c] {
					seen[c] = true
					out = append(out, c)
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}
