package tagger_test

import (
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/devdata"
	"github.com/sitrep-project/sitrep/internal/tagger"
)

func load(t testing.TB) *tagger.Tagger {
	t.Helper()
	tg, err := tagger.Load(data.Models)
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func TestTagWords(t *testing.T) {
	tg := load(t)
	tests := []struct {
		name, text, tags string
	}{
		{"leader", "North Korean leader Kim Jong Un vowed support .", "JJ JJ NN NNP NNP NNP VBD NN ."}, // CoreNLP, and so the training data, tags "North" in "North Korean" JJ
		{"leader again", "Kim Jong Un met Belousov .", "NNP NNP NNP VBD NNP ."},
		{"curly quotes", "“ We will invariably support Russia , ” he said .", "`` PRP MD RB VB NNP , '' PRP VBD ."},
		{"possessive", "Russia ’s defence minister arrived in Pyongyang on Friday .", "NNP POS NN NN VBD IN NNP IN NNP ."},
		{"hyphenated", "The US-led coalition has sent 10,000 troops .", "DT JJ NN VBZ VBN CD NNS ."},
		{"negation", "North Korea has n't confirmed the deployment .", "NNP NNP VBZ RB VBN DT NN ."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(tg.TagWords(strings.Fields(tc.text)), " ")
			if got != tc.tags {
				t.Errorf("TagWords(%q)\n got %s\nwant %s", tc.text, got, tc.tags)
			}
		})
	}
}

func TestLemma(t *testing.T) {
	tg := load(t)
	tests := []struct{ word, tag, want string }{
		{"vowed", "VBD", "vow"},
		{"Was", "VBD", "be"},
		{"’s", "VBZ", "be"},
		{"’s", "POS", "'s"},
		{"n't", "RB", "not"},
		{"troops", "NNS", "troop"},
		{"policies", "NNS", "policy"},
		{"taxes", "NNS", "tax"},
		{"votes", "NNS", "vote"},
		{"people", "NNS", "people"}, // as CoreNLP
		{"its", "PRP$", "its"},
		{"could", "MD", "could"},
		{"ca", "MD", "can"},
		{"pledged", "VBD", "pledge"}, // unknown verbs: a stem that needs its e
		{"scheduled", "VBN", "schedule"},
		{"troubled", "VBN", "trouble"},
		{"called", "VBD", "call"},
		{"women", "NNS", "woman"},
		{"used", "VBD", "use"},
		{"planned", "VBN", "plan"},
		{"added", "VBD", "add"},
		{"hoped", "VBD", "hope"},
		{"stopping", "VBG", "stop"},
		{"making", "VBG", "make"},
		{"tried", "VBD", "try"},
		{"goes", "VBZ", "go"},
		{"pushes", "VBZ", "push"},
		{"sent", "VBD", "send"},
		{"left", "JJ", "left"},
		{"left", "VBD", "leave"},
		{"Russia", "NNP", "russia"},
		{"her", "PRP$", "she"},
		{"them", "PRP", "they"},
	}
	for _, tc := range tests {
		t.Run(tc.word+"/"+tc.tag, func(t *testing.T) {
			if got := tg.Lemma(tc.word, tc.tag); got != tc.want {
				t.Errorf("Lemma(%q, %q) = %q, want %q", tc.word, tc.tag, got, tc.want)
			}
		})
	}
}

// TestTagDoc checks that Tag fills every token, sentence by sentence, and
// that a token outside every sentence is tagged too.
func TestTagDoc(t *testing.T) {
	tg := load(t)
	text := "Kim met Belousov. They signed a treaty."
	words := []string{"Kim", "met", "Belousov", ".", "They", "signed", "a", "treaty", "."}
	doc := &article.Doc{Article: article.Article{Text: text}}
	off := 0
	for _, w := range words {
		i := strings.Index(text[off:], w) + off
		doc.Tokens = append(doc.Tokens, article.Token{Span: article.Span{Start: i, End: i + len(w)}, Text: w})
		off = i + len(w)
	}
	doc.Sentences = []article.Sentence{
		{Span: article.Span{Start: 0, End: 17}, FirstToken: 0, EndToken: 4},
		{Span: article.Span{Start: 18, End: len(text)}, FirstToken: 4, EndToken: 8}, // leaves the last "." out
	}
	tg.Tag(doc)
	var tags, lemmas []string
	for _, tok := range doc.Tokens {
		tags = append(tags, tok.Tag)
		lemmas = append(lemmas, tok.Lemma)
	}
	wantTags := []string{"NNP", "VBD", "NNP", ".", "PRP", "VBD", "DT", "NN", "."}
	wantLemmas := []string{"kim", "meet", "belousov", ".", "they", "sign", "a", "treaty", "."}
	if !slices.Equal(tags, wantTags) || !slices.Equal(lemmas, wantLemmas) {
		t.Errorf("Tag:\n got %q %q\nwant %q %q", tags, lemmas, wantTags, wantLemmas)
	}
}

func devSentences(t testing.TB) []tagger.Sentence {
	t.Helper()
	docs := devdata.PolNeAR(t, "dev")
	return tagger.Sentences(docs)
}

// TestDevAccuracy checks the embedded model against PolNeAR dev (CoreNLP
// silver tags): 98.1% tags and 99.45% lemmas when trained.
func TestDevAccuracy(t *testing.T) {
	dev := devSentences(t)
	sc := load(t).Evaluate(dev)
	t.Logf("dev: %d tokens, tag accuracy %.4f, lemma accuracy %.4f (%.4f with reference tags)",
		sc.Tokens, sc.TagAccuracy(), sc.LemmaAccuracy(), sc.LemmaAccuracyGoldTags())
	if sc.Tokens < 70000 {
		t.Errorf("dev has %d tokens, want about 74k", sc.Tokens)
	}
	if acc := sc.TagAccuracy(); acc < 0.97 {
		t.Errorf("tag accuracy %.4f, want ≥ 0.97", acc)
	}
	if acc := sc.LemmaAccuracy(); acc < 0.99 {
		t.Errorf("lemma accuracy %.4f, want ≥ 0.99", acc)
	}
}

// BenchmarkTag tags the PolNeAR dev split (74k tokens) as article.Docs.
func BenchmarkTag(b *testing.B) { benchmarkTag(b, "dev") }

// BenchmarkTagStream tags PolNeAR dev then train (807k tokens, 33k
// distinct words): more words than a tagger keeps between calls.
func BenchmarkTagStream(b *testing.B) { benchmarkTag(b, "dev", "train") }

func benchmarkTag(b *testing.B, splits ...string) {
	var ds []*article.Doc
	n := 0
	for _, split := range splits {
		docs := devdata.PolNeAR(b, split)
		for i := range docs {
			ds = append(ds, docs[i].Doc())
			n += len(ds[len(ds)-1].Tokens)
		}
	}
	tg := load(b)
	cpu0 := cpuTime()
	for b.Loop() {
		for _, d := range ds {
			tg.Tag(d)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	// On a shared machine wall time depends on the neighbours; the CPU time
	// the process used gives the cost per core.
	b.ReportMetric(float64(n*b.N)/(cpuTime()-cpu0).Seconds(), "tokens/cpu-s")
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// FuzzTagWords tags arbitrary words: no panic, a known tag for every word,
// and a lower-case lemma.
func FuzzTagWords(f *testing.F) {
	f.Add("Kim met Belousov .")
	f.Add("“ ’s n't — … US-led 10,000 É")
	f.Add("")
	tg := load(f)
	tags := map[string]bool{}
	for _, c := range tg.Model().Classes() {
		tags[c] = true
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Split(s, " ")
		got := tg.TagWords(words)
		if len(got) != len(words) {
			t.Fatalf("%d tags for %d words", len(got), len(words))
		}
		for i, tag := range got {
			if !tags[tag] {
				t.Errorf("word %q: tag %q is not a class", words[i], tag)
			}
			if l := tg.Lemma(words[i], tag); l != strings.ToLower(l) {
				t.Errorf("Lemma(%q, %q) = %q is not lower case", words[i], tag, l)
			}
		}
	})
}
