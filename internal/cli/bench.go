package cli

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/store"
)

const benchHelp = `
Measures extraction on real articles and the store on synthetic data.

  sitrep bench extract [--rounds N] [--workers W] PATH...
      runs the whole pipeline over the articles under PATH and prints
      articles/s, MB/s, CPU time per article and peak memory.

  sitrep bench gen --events N [--per-article K] [--seed S] --db PATH
      stores synthetic articles holding N coded events in all (K per
      article), through the same Put as ingest: clustering, full-text
      index and all. The events are random over 60 countries, 8 sectors,
      the 16 PLOVER types, 40 places and ten years, so that some reports
      of the same event meet in clusters.

  sitrep bench query [--runs N] [--seed S] --db PATH
      runs each kind of query N times with random parameters (limit 100,
      as sitrep query does by default) and prints p50, p95 and max latency.`

func runBench(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 {
		return usageError(env, "bench", "want a subcommand: extract, gen or query")
	}
	switch args[0] {
	case "extract":
		return runBenchExtract(ctx, env, args[1:])
	case "gen":
		return runBenchGen(ctx, env, args[1:])
	case "query":
		return runBenchQuery(ctx, env, args[1:])
	case "-h", "--help", "-help":
		fs := newFlags(env, "bench", "extract|gen|query [flags]", benchHelp)
		fs.SetOutput(env.Stdout)
		fs.Usage()
		return ExitOK
	}
	return usageError(env, "bench", "unknown subcommand %q (want extract, gen or query)", args[0])
}

// synth draws synthetic articles and events.
type synth struct {
	r *rand.Rand
}

var (
	synthCountries = strings.Fields(`USA RUS CHN UKR GBR FRA DEU IRN ISR PSE SYR IRQ TUR IND PAK AFG PRK KOR JPN TWN
		SAU YEM EGY LBY SDN ETH SOM NGA MLI COD ZAF KEN BRA VEN COL MEX CUB ARG CAN AUS IDN PHL MMR THA VNM
		BLR POL HUN SRB ARM AZE GEO KAZ LBN JOR QAT ARE NOR SWE`)
	synthSectors = []string{"", "GOV", "MIL", "GOVMIL", "COP", "REB", "OPP", "BUS"}
	synthEvents  = []struct{ event, mode, cameo string }{
		{"AGREE", "", "030"}, {"CONSULT", "visit", "042"}, {"SUPPORT", "", "051"}, {"CONCEDE", "", "080"},
		{"COOPERATE", "", "060"}, {"AID", "", "070"}, {"RETREAT", "", "087"}, {"REQUEST", "", "020"},
		{"ACCUSE", "", "112"}, {"REJECT", "", "120"}, {"THREATEN", "", "130"}, {"PROTEST", "demonstrate", "141"},
		{"SANCTION", "", "163"}, {"MOBILIZE", "troops", "150"}, {"COERCE", "", "170"}, {"ASSAULT", "aerial", "195"},
	}
	synthPlaces = strings.Fields(`Kyiv Moscow Beijing Washington London Paris Berlin Tehran Jerusalem Gaza Damascus
		Baghdad Ankara Delhi Islamabad Kabul Pyongyang Seoul Tokyo Taipei Riyadh Sanaa Cairo Tripoli Khartoum Addis
		Mogadishu Abuja Bamako Kinshasa Nairobi Brasilia Caracas Bogota Havana Minsk Warsaw Beirut Doha Manila`)
	synthWords = strings.Fields(`officials said the talks would continue next week while diplomats warned that
		the situation remained tense after days of fighting near the border and ministers met to discuss aid
		trade security sanctions ceasefire elections protests troops reports statement agency government`)
	synthPublishers = strings.Fields(`Reuters AP AFP Xinhua TASS Yonhap KCNA BBC Aljazeera DW Kyodo Anadolu`)
)

// article returns synthetic article number n with k events.
func (s *synth) article(n, k int) store.Entry {
	day := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, s.r.IntN(3650))
	var b strings.Builder
	fmt.Fprintf(&b, "Synthetic report %d\n\n", n)
	for range 60 + s.r.IntN(60) {
		b.WriteString(synthWords[s.r.IntN(len(synthWords))])
		b.WriteByte(' ')
	}
	fmt.Fprintf(&b, "(item %d).", n)
	text := b.String()
	a := &article.Article{
		Title: fmt.Sprintf("Synthetic report %d", n), Published: day.Format(time.DateOnly),
		Publisher: synthPublishers[s.r.IntN(len(synthPublishers))], Text: text, Origin: fmt.Sprintf("bench#%d", n),
	}
	a.ID = article.ContentID(text)
	res := article.NewResult(a)
	for i := range k {
		et := synthEvents[s.r.IntN(len(synthEvents))]
		actor, recipient := s.actor(), s.actor()
		evDay := day.AddDate(0, 0, -s.r.IntN(3))
		place := synthPlaces[s.r.IntN(len(synthPlaces))]
		stance := []string{article.StanceReports, article.StanceAsserts, article.StanceClaims, article.StanceDenies}[s.r.IntN(4)]
		res.Events = append(res.Events, article.Event{
			ID: fmt.Sprintf("V%d", i+1), Event: et.event, Mode: et.mode, Contexts: []string{}, Cameo: et.cameo,
			Goldstein: float64(s.r.IntN(200)-100) / 10, Actor: []article.ActorRef{actor}, Recipient: []article.ActorRef{recipient},
			Date:     &article.EventDate{Value: evDay.Format(time.DateOnly), Precision: "day", Source: "text"},
			Location: &article.Location{Name: place, Lat: float64(s.r.IntN(180) - 90), Lon: float64(s.r.IntN(360) - 180)},
			Modality: article.ModalityFactual, Attribution: &article.EventSource{Text: a.Publisher, Cue: "said", Stance: stance},
			Evidence: article.Evidence{Start: 0, End: len(a.Title), Text: a.Title}, Rule: "bench#1", Confidence: 0.5,
		})
	}
	return store.Entry{Article: a, Result: res}
}

func (s *synth) actor() article.ActorRef {
	c := synthCountries[s.r.IntN(len(synthCountries))]
	sec := synthSectors[s.r.IntN(len(synthSectors))]
	return article.ActorRef{Code: c + sec, Country: c, Sector: prefix(sec, 3), Text: c + " " + strings.ToLower(sec)}
}

func runBenchGen(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "bench gen", "--events N [flags]", benchHelp)
	db := dbFlag(env, fs)
	events := fs.Int("events", 100000, "events to generate")
	per := fs.Int("per-article", 5, "events per article")
	seed := fs.Uint64("seed", 1, "random seed")
	batch := fs.Int("batch", 500, "articles per transaction")
	if code, ok := parseFlags(env, fs, args); !ok {
		return code
	}
	if *events < 1 || *per < 1 || *batch < 1 {
		return usageError(env, "bench gen", "--events, --per-article and --batch must be at least 1")
	}
	st, ok := openStore(ctx, env, "bench gen", *db, true)
	if !ok {
		return ExitPartial
	}
	defer st.Close()
	s := &synth{r: rand.New(rand.NewPCG(*seed, *seed))}
	start := time.Now()
	last := start
	n, stored := 0, 0
	for done := 0; done < *events && ctx.Err() == nil; {
		var es []store.Entry
		for len(es) < *batch && done < *events {
			k := min(*per, *events-done)
			es = append(es, s.article(n, k))
			n++
			done += k
		}
		outs, err := st.Put(ctx, es)
		if err != nil {
			fmt.Fprintf(env.Stderr, "sitrep bench gen: %v\n", err)
			return ExitPartial
		}
		for _, o := range outs {
			if o.New {
				stored++
			}
		}
		if time.Since(last) > 10*time.Second {
			last = time.Now()
			fmt.Fprintf(env.Stderr, "sitrep bench gen: %d of %d events, %.0f articles/s\n", done, *events,
				float64(n)/time.Since(start).Seconds())
		}
	}
	el := time.Since(start)
	fmt.Fprintf(env.Stdout, "bench gen: %d articles (%d new), %d events in %.1fs: %.0f articles/s, %.0f events/s\n",
		n, stored, *events, el.Seconds(), float64(n)/el.Seconds(), float64(*events)/el.Seconds())
	return ExitOK
}

func runBenchQuery(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "bench query", "[flags]", benchHelp)
	db := dbFlag(env, fs)
	runs := fs.Int("runs", 100, "runs of each kind of query")
	seed := fs.Uint64("seed", 2, "random seed")
	if code, ok := parseFlags(env, fs, args); !ok {
		return code
	}
	st, ok := openStore(ctx, env, "bench query", *db, false)
	if !ok {
		return ExitPartial
	}
	defer st.Close()
	s := &synth{r: rand.New(rand.NewPCG(*seed, *seed))}
	month := func() (string, string) {
		d := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, s.r.IntN(3650-31))
		return d.Format(time.DateOnly), d.AddDate(0, 0, 30).Format(time.DateOnly)
	}
	country := func() string { return synthCountries[s.r.IntN(len(synthCountries))] }
	kinds := []struct {
		name   string
		filter func() store.Filter
	}{
		{"actor + 30-day range", func() store.Filter {
			from, to := month()
			return store.Filter{Actors: []string{country()}, From: from, To: to}
		}},
		{"actor code + 30-day range", func() store.Filter {
			from, to := month()
			return store.Filter{Actors: []string{s.actor().Code}, From: from, To: to}
		}},
		{"actor", func() store.Filter { return store.Filter{Actors: []string{country()}} }},
		{"dyad", func() store.Filter { return store.Filter{Actors: []string{country()}, Recipients: []string{country()}} }},
		{"type + 30-day range", func() store.Filter {
			from, to := month()
			return store.Filter{Events: []string{synthEvents[s.r.IntN(len(synthEvents))].event}, From: from, To: to}
		}},
		{"place", func() store.Filter { return store.Filter{Place: synthPlaces[s.r.IntN(len(synthPlaces))]} }},
		{"disputed + actor", func() store.Filter { return store.Filter{Actors: []string{country()}, Disputed: true} }},
		{"full text", func() store.Filter {
			return store.Filter{Text: fmt.Sprintf("item %d", s.r.IntN(1000))}
		}},
	}
	fmt.Fprintf(env.Stdout, "%-28s %5s %9s %9s %9s %7s\n", "query (limit 100)", "runs", "p50", "p95", "max", "rows")
	for _, k := range kinds {
		var lat []time.Duration
		rows := 0
		for range *runs {
			f := k.filter()
			f.Limit = 100
			t0 := time.Now()
			err := st.Query(ctx, f, func(*store.Report) error { rows++; return nil })
			lat = append(lat, time.Since(t0))
			if err != nil {
				fmt.Fprintf(env.Stderr, "sitrep bench query: %s: %v\n", k.name, err)
				return ExitPartial
			}
		}
		slices.Sort(lat)
		pct := func(p float64) time.Duration { return lat[int(p*float64(len(lat)-1))] }
		fmt.Fprintf(env.Stdout, "%-28s %5d %9s %9s %9s %7.1f\n", k.name, len(lat), ms(pct(0.5)), ms(pct(0.95)),
			ms(lat[len(lat)-1]), float64(rows)/float64(len(lat)))
	}
	return ExitOK
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000) }
