package cli

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"syscall"
	"time"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/ingest"
	"github.com/sitrep-project/sitrep/internal/pipeline"
)

const benchExtractHelp = `
Measures extraction: reads every article under the paths once, then runs the
whole pipeline over them --rounds times on --workers goroutines (default: one
per core) and prints articles/s, MB/s of article text, CPU time per article,
the latency of one article (median, 90th and 99th percentiles, the slowest
and which article it was), the peak resident memory of the process, and the
share of each stage. Nothing is stored. --cpuprofile writes a CPU profile of
the runs for go tool pprof.

Example:
  sitrep bench extract ../shared/data/attribution/polnear/dev/text`

// runBenchExtract is "sitrep bench extract PATH...".
func runBenchExtract(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "bench extract", "[flags] PATH...", benchExtractHelp)
	rounds := fs.Int("rounds", 3, "passes over the articles")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "goroutines running the pipeline")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the runs to this file (read it with go tool pprof)")
	if code, ok := parseFlags(env, fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 || *rounds < 1 || *workers < 1 {
		return usageError(env, "bench extract", "want PATH... with --rounds and --workers of at least 1")
	}
	var arts []article.Article
	var size int64
	for _, root := range fs.Args() {
		err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			return ingest.ReadFile(p, ingest.Options{}, func(it ingest.Item) error {
				if it.Err == nil {
					arts = append(arts, it.Article)
					size += int64(len(it.Article.Text))
				}
				return nil
			})
		})
		if err != nil {
			fmt.Fprintf(env.Stderr, "sitrep bench extract: %v\n", err)
			return ExitPartial
		}
	}
	if len(arts) == 0 {
		return usageError(env, "bench extract", "no articles under %v", fs.Args())
	}
	loadStart := time.Now()
	p, err := pipeline.New(pipeline.Config{Log: env.Log})
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep bench extract: %v\n", err)
		return ExitPartial
	}
	load := time.Since(loadStart)

	stopProfile, ok := startCPUProfile(env, "bench extract", *cpuProfile)
	if !ok {
		return ExitPartial
	}
	cpu0 := cpuTime()
	start := time.Now()
	next := make(chan int)
	var wg sync.WaitGroup
	var failed sync.Map
	perWorker := make([]benchWorker, *workers)
	for w := range perWorker {
		bw := &perWorker[w]
		wg.Go(func() {
			for i := range next {
				a := arts[i%len(arts)]
				t0 := time.Now()
				if _, _, err := p.AnalyzeTimed(ctx, &a, &bw.stages); err != nil {
					failed.Store(a.Origin, err)
				}
				bw.latencies = append(bw.latencies, articleLatency{time.Since(t0), i % len(arts)})
			}
		})
	}
	n := *rounds * len(arts)
	for i := 0; i < n && ctx.Err() == nil; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	wall := time.Since(start)
	cpu := cpuTime() - cpu0
	stopProfile()

	var stages pipeline.StageTimes
	var lat []articleLatency
	for i := range perWorker {
		stages.Add(&perWorker[i].stages)
		lat = append(lat, perWorker[i].latencies...)
	}
	slices.SortFunc(lat, func(a, b articleLatency) int { return cmp.Compare(a.took, b.took) })
	quantile := func(q float64) time.Duration { return lat[min(len(lat)-1, int(q*float64(len(lat))))].took }

	mb := float64(size) * float64(*rounds) / 1e6
	out := env.Stdout
	fmt.Fprintf(out, "articles     %d (%.1f MB of text) × %d rounds on %d workers\n", len(arts), float64(size)/1e6, *rounds, *workers)
	fmt.Fprintf(out, "load         %v (dictionaries, gazetteer, models)\n", load.Round(time.Millisecond))
	fmt.Fprintf(out, "wall         %v: %.0f articles/s, %.2f MB/s\n", wall.Round(time.Millisecond), float64(n)/wall.Seconds(), mb/wall.Seconds())
	fmt.Fprintf(out, "cpu          %v: %.2f ms per article, %.0f articles per CPU-second\n", cpu.Round(time.Millisecond),
		cpu.Seconds()*1000/float64(n), float64(n)/cpu.Seconds())
	fmt.Fprintf(out, "latency      p50 %s  p90 %s  p99 %s  max %s (%s)\n", ms(quantile(0.5)), ms(quantile(0.9)), ms(quantile(0.99)),
		ms(lat[len(lat)-1].took), arts[lat[len(lat)-1].article].Origin)
	fmt.Fprintf(out, "peak memory  %.0f MB resident\n", float64(peakRSS())/1e6)
	fmt.Fprintf(out, "stages       wall time per article, share of the pipeline\n")
	total := stages.Total()
	for s := range pipeline.NumStages {
		d := stages[s]
		fmt.Fprintf(out, "  %-13s %7.3f ms  %5.1f%%\n", s, d.Seconds()*1000/float64(n), 100*d.Seconds()/total.Seconds())
	}
	code := ExitOK
	failed.Range(func(k, v any) bool {
		fmt.Fprintf(env.Stderr, "sitrep bench extract: %v\n", v)
		code = ExitPartial
		return true
	})
	return code
}

// benchWorker is what one worker measured: the time of each stage, summed,
// and the time of each article.
type benchWorker struct {
	stages    pipeline.StageTimes
	latencies []articleLatency
}

// articleLatency is the time one run of one article took.
type articleLatency struct {
	took    time.Duration
	article int // index into the articles read
}

// cpuTime is the user and system time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSS is the largest resident set of this process, in bytes.
func peakRSS() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Maxrss * 1024 // kilobytes on Linux
}
