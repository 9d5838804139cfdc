package actor

import (
	"bufio"
	"compress/gzip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/devdata"
)

// polnearDocs reads the PolNeAR dev texts as Docs with CoreNLP's tokens
// (code-point offsets converted to bytes), one sentence per blank line.
func polnearDocs(b testing.TB) []*article.Doc {
	dir := filepath.Join(devdata.Path(b), "data", "attribution", "polnear")
	f, err := os.Open(filepath.Join(dir, "dev.tokens.tsv.gz"))
	if err != nil {
		b.Skipf("PolNeAR dev tokens not available: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	var docs []*article.Doc
	var doc *article.Doc
	var offs []int // code point -> byte offset of the current text
	sentStart := 0
	closeSent := func() {
		if doc != nil && len(doc.Tokens) > sentStart {
			doc.Sentences = append(doc.Sentences, article.Sentence{
				Span:       article.Span{Start: doc.Tokens[sentStart].Start, End: doc.Tokens[len(doc.Tokens)-1].End},
				FirstToken: sentStart, EndToken: len(doc.Tokens)})
			sentStart = len(doc.Tokens)
		}
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if name, ok := strings.CutPrefix(line, "# doc "); ok {
			closeSent()
			doc, offs, sentStart = nil, nil, 0
			src, err := os.ReadFile(filepath.Join(dir, "dev", "text", name+".txt"))
			if err != nil {
				continue
			}
			doc = &article.Doc{Article: article.Article{Text: string(src), Published: "2016-06-01"}}
			for i := range doc.Article.Text {
				offs = append(offs, i)
			}
			offs = append(offs, len(doc.Article.Text))
			docs = append(docs, doc)
			continue
		}
		if line == "" {
			closeSent()
			continue
		}
		if doc == nil {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			continue
		}
		s, err1 := strconv.Atoi(f[1])
		e, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || s < 0 || e >= len(offs) || s > e {
			continue
		}
		bs, be := offs[s], offs[e]
		doc.Tokens = append(doc.Tokens, article.Token{Span: article.Span{Start: bs, End: be}, Text: doc.Article.Text[bs:be]})
	}
	closeSent()
	return docs
}

// BenchmarkResolve measures mention finding + resolution over the PolNeAR
// dev texts; tokens/s is reported as a metric.
func BenchmarkResolve(b *testing.B) {
	r := resolver(b)
	docs := polnearDocs(b)
	tokens := 0
	for _, d := range docs {
		tokens += len(d.Tokens)
	}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			r.Resolve(d)
		}
		n++
	}
	b.ReportMetric(float64(tokens*n)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad measures loading the built-in dictionary.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := New(data.Actors, Options{Strict: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLoadTime guards the < 200 ms load budget of the built-in dictionary
// (with a margin for a busy machine: the benchmark gives the real figure).
func TestLoadTime(t *testing.T) {
	start := time.Now()
	if _, err := New(data.Actors, Options{Strict: true}); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 400*time.Millisecond {
		t.Errorf("loading the built-in dictionary took %v, budget 200ms", d)
	}
}
