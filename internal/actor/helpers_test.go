package actor

import (
	"io/fs"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/text"
)

var (
	builtinOnce sync.Once
	builtin     *Resolver
	builtinErr  error
)

// resolver loads the embedded dictionary once per test binary.
func resolver(t testing.TB) *Resolver {
	t.Helper()
	builtinOnce.Do(func() { builtin, builtinErr = New(data.Actors, Options{Strict: true}) })
	if builtinErr != nil {
		t.Fatalf("loading built-in dictionary: %v", builtinErr)
	}
	return builtin
}

var datelineRE = regexp.MustCompile(`^\s*date (\d{4}-\d{2}-\d{2}) ([^:\n]+):\s*`)

// dispatch reads a test dispatch "date YYYY-MM-DD Place: text" into a
// segmented Doc (a stand-in for ingest's dateline parser).
func dispatch(src string) *article.Doc {
	a := article.Article{Text: src}
	if m := datelineRE.FindStringSubmatch(src); m != nil {
		a.Dateline = article.Dateline{Place: strings.TrimSpace(m[2]), Date: m[1]}
		a.Text = src[len(m[0]):]
	}
	a.Text = strings.TrimSpace(a.Text)
	doc := &article.Doc{Article: a}
	text.Segment(doc)
	return doc
}

func osDirFS(dir string) fs.FS { return os.DirFS(dir) }
