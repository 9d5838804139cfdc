package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
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
per core) and prints articles/s, MB/s of article text, CPU time per article
and the peak resident memory of the process. Nothing is stored.

Example:
  sitrep bench extract ../shared/data/attribution/polnear/dev/text`

// runBenchExtract is "sitrep bench extract PATH...".
func runBenchExtract(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "bench extract", "[flags] PATH...", benchExtractHelp)
	rounds := fs.Int("rounds", 3, "passes over the articles")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "goroutines running the pipeline")
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

	cpu0 := cpuTime()
	start := time.Now()
	next := make(chan int)
	var wg sync.WaitGroup
	var failed sync.Map
	for range *workers {
		wg.Go(func() {
			for i := range next {
				a := arts[i%len(arts)]
				if _, err := p.Run(ctx, &a); err != nil {
					failed.Store(a.Origin, err)
				}
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

	mb := float64(size) * float64(*rounds) / 1e6
	fmt.Fprintf(env.Stdout, "articles     %d (%.1f MB of text) × %d rounds on %d workers\n", len(arts), float64(size)/1e6, *rounds, *workers)
	fmt.Fprintf(env.Stdout, "load         %v (dictionaries, gazetteer, models)\n", load.Round(time.Millisecond))
	fmt.Fprintf(env.Stdout, "wall         %v: %.0f articles/s, %.2f MB/s\n", wall.Round(time.Millisecond), float64(n)/wall.Seconds(), mb/wall.Seconds())
	fmt.Fprintf(env.Stdout, "cpu          %v: %.2f ms per article, %.0f articles per CPU-second\n", cpu.Round(time.Millisecond),
		cpu.Seconds()*1000/float64(n), float64(n)/cpu.Seconds())
	fmt.Fprintf(env.Stdout, "peak memory  %.0f MB resident\n", float64(peakRSS())/1e6)
	code := ExitOK
	failed.Range(func(k, v any) bool {
		fmt.Fprintf(env.Stderr, "sitrep bench extract: %v\n", v)
		code = ExitPartial
		return true
	})
	return code
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
