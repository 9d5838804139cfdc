package ner_test

import (
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/devdata"
	"github.com/sitrep-project/sitrep/internal/ner"
	"github.com/sitrep-project/sitrep/internal/perceptron/polnear"
	"github.com/sitrep-project/sitrep/internal/tagger"
)

func load(t testing.TB) (*tagger.Tagger, *ner.Model) {
	t.Helper()
	tg, err := tagger.Load(data.Models)
	if err != nil {
		t.Fatal(err)
	}
	m, err := ner.Load(data.Models)
	if err != nil {
		t.Fatal(err)
	}
	return tg, m
}

// newDoc builds a Doc from text whose tokens are separated by spaces and
// whose sentences are separated by " | ", so that tests do not depend on
// the text stage.
func newDoc(text string) *article.Doc {
	doc := &article.Doc{}
	var b strings.Builder
	for si, sent := range strings.Split(text, " | ") {
		if si > 0 {
			b.WriteString(" ")
		}
		s := article.Sentence{Span: article.Span{Start: b.Len()}, FirstToken: len(doc.Tokens)}
		for wi, w := range strings.Fields(sent) {
			if wi > 0 {
				b.WriteString(" ")
			}
			doc.Tokens = append(doc.Tokens, article.Token{Span: article.Span{Start: b.Len(), End: b.Len() + len(w)}, Text: w})
			b.WriteString(w)
		}
		s.End, s.EndToken = b.Len(), len(doc.Tokens)
		doc.Sentences = append(doc.Sentences, s)
	}
	doc.Article.Text = b.String()
	return doc
}

type name struct{ Text, Type string }

func TestFind(t *testing.T) {
	tg, m := load(t)
	tests := []struct {
		name, text string
		want       []name
	}{
		{"leader", "North Korean leader Kim Jong Un vowed support .",
			[]name{{"North Korean", "NORP"}, {"Kim Jong Un", "PERSON"}}},
		{"possessive", "Russia ’s defence minister Andrei Belousov arrived in Pyongyang on Friday .",
			[]name{{"Russia", "GPE"}, {"Andrei Belousov", "PERSON"}, {"Pyongyang", "GPE"}}},
		{"org", "The official Korean Central News Agency said that Kim and Belousov reached a consensus .",
			[]name{{"Korean Central News Agency", "ORG"}, {"Kim", "PERSON"}, {"Belousov", "PERSON"}}},
		{"hyphen head", "He denounced the US-led coalition and its Russian-backed rivals .",
			[]name{{"US", "GPE"}, {"Russian", "NORP"}}},
		{"hyphenated names", "The Russia-Ukraine war and the Kim-Putin summit .",
			[]name{{"Russia", "GPE"}, {"Ukraine", "GPE"}, {"Kim", "PERSON"}, {"Putin", "PERSON"}}},
		{"curly quotes do not join names", "“ Russia ” and “ Ukraine ” were named .",
			[]name{{"Russia", "GPE"}, {"Ukraine", "GPE"}}},
		{"names never cross sentences", "The envoy left for Moscow | Putin spoke later .",
			[]name{{"Moscow", "GPE"}, {"Putin", "PERSON"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := newDoc(tc.text)
			tg.Tag(doc)
			m.Find(doc)
			var got []name
			for _, n := range doc.Names {
				got = append(got, name{doc.Slice(n.Span), n.Type})
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Find(%q)\n got %v\nwant %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestLabelsSpans(t *testing.T) {
	tests := []struct {
		name   string
		n      int
		spans  []ner.Span
		labels string
	}{
		{"empty", 3, nil, "O O O"},
		{"unit and multi", 6, []ner.Span{{0, 1, "GPE"}, {2, 5, "PERSON"}},
			"U-GPE O B-PERSON I-PERSON L-PERSON O"},
		{"adjacent", 4, []ner.Span{{0, 2, "NORP"}, {2, 4, "ORG"}}, "B-NORP L-NORP B-ORG L-ORG"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ner.Labels(tc.n, tc.spans)
			if strings.Join(got, " ") != tc.labels {
				t.Errorf("Labels = %q, want %q", strings.Join(got, " "), tc.labels)
			}
			if back := ner.Spans(got); !reflect.DeepEqual(back, tc.spans) {
				t.Errorf("Spans(Labels) = %v, want %v", back, tc.spans)
			}
		})
	}
	// Ill-formed sequences still give spans.
	if got, want := ner.Spans([]string{"I-ORG", "L-ORG", "B-GPE"}), []ner.Span{{0, 2, "ORG"}, {2, 3, "GPE"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Spans(ill-formed) = %v, want %v", got, want)
	}
}

func TestFromCoreNLP(t *testing.T) {
	tok := func(text, tag, ner string) polnear.Token { return polnear.Token{Text: text, Tag: tag, NER: ner} }
	tests := []struct {
		name string
		toks []polnear.Token
		want []ner.Span
	}{
		{"types", []polnear.Token{tok("Hillary", "NNP", "PERSON"), tok("Clinton", "NNP", "PERSON"), tok("visited", "VBD", "O"),
			tok("Iowa", "NNP", "LOCATION"), tok("with", "IN", "O"), tok("CNN", "NNP", "ORGANIZATION")},
			[]ner.Span{{0, 2, "PERSON"}, {3, 4, "GPE"}, {5, 6, "ORG"}}},
		{"demonym adjective", []polnear.Token{tok("North", "JJ", "MISC"), tok("Korean", "JJ", "MISC"), tok("troops", "NNS", "O")},
			[]ner.Span{{0, 2, "NORP"}}},
		{"group plural", []polnear.Token{tok("Democrats", "NNPS", "MISC"), tok("won", "VBD", "O")}, []ner.Span{{0, 1, "NORP"}}},
		{"demonym noun", []polnear.Token{tok("a", "DT", "O"), tok("Republican", "NNP", "MISC")}, []ner.Span{{1, 2, "NORP"}}},
		{"law is not a group", []polnear.Token{tok("Affordable", "NNP", "MISC"), tok("Care", "NNP", "MISC"), tok("Act", "NNP", "MISC")}, nil},
		{"party acronym is not a demonym", []polnear.Token{tok("GOP", "NNP", "MISC")}, nil},
		{"hyphenated compound", []polnear.Token{tok("Republican-controlled", "JJ", "MISC"), tok("House", "NNP", "ORGANIZATION")},
			[]ner.Span{{1, 2, "ORG"}}},
		{"dates dropped", []polnear.Token{tok("Tuesday", "NNP", "DATE")}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ner.FromCoreNLP(tc.toks); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("FromCoreNLP = %v, want %v", got, tc.want)
			}
		})
	}
}

func devSentences(t testing.TB, tg *tagger.Tagger) []ner.Sentence {
	t.Helper()
	docs := devdata.PolNeAR(t, "dev")
	return ner.Sentences(docs, tg)
}

// TestDevF1 checks the embedded model against PolNeAR dev (CoreNLP silver
// names mapped by FromCoreNLP), exact token spans.
func TestDevF1(t *testing.T) {
	tg, m := load(t)
	sc := m.Evaluate(devSentences(t, tg))
	var b strings.Builder
	sc.Print(&b)
	t.Logf("dev:\n%s", b.String())
	if sc.All.Gold < 4000 {
		t.Errorf("dev has %d names, want about 4400", sc.All.Gold)
	}
	if f := sc.All.F1(); f < 0.85 {
		t.Errorf("overall F1 %.4f, want ≥ 0.85", f)
	}
	for _, typ := range []string{"PERSON", "GPE", "NORP"} {
		if f := sc.Types[typ].F1(); f < 0.85 {
			t.Errorf("%s F1 %.4f, want ≥ 0.85", typ, f)
		}
	}
}

// FuzzFind runs the model over arbitrary text cut into tokens at spaces
// and sentences at newlines: it must not panic, and every name must lie
// inside one sentence, on token boundaries or on the hyphens of one token.
func FuzzFind(f *testing.F) {
	f.Add("North Korean leader Kim Jong Un vowed support .")
	f.Add("The US-led coalition\nA-\n-b X- “ Russia ”")
	f.Add("Russia-Ukraine Kim-Putin-Xi A--B US-")
	f.Add("")
	tg, m := load(f)
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.Map(func(r rune) rune {
			if r == '|' || r != '\n' && unicode.IsSpace(r) {
				return ' '
			}
			return r
		}, s)
		var parts []string
		for _, line := range strings.Split(s, "\n") {
			if strings.TrimSpace(line) != "" {
				parts = append(parts, line)
			}
		}
		if len(parts) == 0 {
			return
		}
		doc := newDoc(strings.Join(parts, " | "))
		tg.Tag(doc)
		m.Find(doc)
		starts, ends := map[int]bool{}, map[int]bool{}
		for _, tok := range doc.Tokens {
			starts[tok.Start], ends[tok.End] = true, true
		}
		for _, n := range doc.Names {
			if n.Start < 0 || n.Start >= n.End || n.End > len(doc.Article.Text) {
				t.Fatalf("name %v outside the text (%d bytes)", n, len(doc.Article.Text))
			}
			inside := false
			for _, s := range doc.Sentences {
				inside = inside || s.Contains(n.Span)
			}
			if !inside {
				t.Errorf("name %v %q crosses a sentence", n, doc.Slice(n.Span))
			}
			if !starts[n.Start] || !ends[n.End] {
				// Else it must be a hyphen-delimited part of one token.
				part := false
				for _, tok := range doc.Tokens {
					txt := doc.Article.Text
					part = part || tok.Contains(n.Span) &&
						(n.Start == tok.Start || txt[n.Start-1] == '-') && (n.End == tok.End || txt[n.End] == '-')
				}
				if !part {
					t.Errorf("name %v %q is neither on token boundaries nor a hyphenated part", n, doc.Slice(n.Span))
				}
			}
		}
	})
}

// BenchmarkFind labels the PolNeAR dev split (83 articles, 74k tokens),
// already tagged.
func BenchmarkFind(b *testing.B) {
	docs := devdata.PolNeAR(b, "dev")
	tg, m := load(b)
	var ds []*article.Doc
	n := 0
	for i := range docs {
		d := docs[i].Doc()
		tg.Tag(d)
		ds = append(ds, d)
		n += len(d.Tokens)
	}
	cpu0 := cpuTime()
	for b.Loop() {
		for _, d := range ds {
			m.Find(d)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "tokens/cpu-s")
	b.ReportMetric(float64(cpu.Microseconds())/float64(len(ds)*b.N), "cpu-µs/article")
}

// cpuTime is the user and system CPU time of the process so far: on a
// shared machine it gives the cost per core where wall time does not.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
