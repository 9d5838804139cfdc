package tagger

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sort"

	"github.com/sitrep-project/sitrep/internal/perceptron"
)

// Sentence is one training sentence: words and their gold tags.
type Sentence struct {
	Words  []string
	Tags   []string
	Lemmas []string // reference lemmas for evaluation; "" where unknown; may be nil
}

// TrainOptions controls Train. The zero value is not useful; see
// DefaultTrainOptions.
type TrainOptions struct {
	Iterations int     // passes over the data
	Seed       uint64  // seed of the shuffle between passes
	Prune      float64 // drop averaged weights smaller than this
	DictMin    int     // a word seen at least this often...
	DictShare  float64 // ...with one tag at least this share of the time is tagged from the dictionary
	Log        io.Writer
}

// DefaultTrainOptions are the options the committed model was trained with.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Iterations: 6, Seed: 1, Prune: 0.05, DictMin: 20, DictShare: 0.97}
}

// Train learns a tagging model from sents. The result depends only on sents
// and opts: the same input gives the same model.
func Train(sents []Sentence, opts TrainOptions) (*perceptron.Model, error) {
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	classSet := map[string]bool{}
	counts := map[string]map[string]int{}
	for _, s := range sents {
		if len(s.Words) != len(s.Tags) {
			return nil, fmt.Errorf("tagger: train: %d words but %d tags", len(s.Words), len(s.Tags))
		}
		for i, w := range s.Words {
			classSet[s.Tags[i]] = true
			if counts[w] == nil {
				counts[w] = map[string]int{}
			}
			counts[w][s.Tags[i]]++
		}
	}
	classes := make([]string, 0, len(classSet))
	for c := range classSet {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	index := map[string]int{}
	for i, c := range classes {
		index[c] = i
	}
	tr, err := perceptron.NewTrainer(classes)
	if err != nil {
		return nil, fmt.Errorf("tagger: train: %w", err)
	}
	dict := map[string]int{}
	for w, tags := range counts {
		n, best, bestN := 0, "", 0
		for t, c := range tags {
			n += c
			if c > bestN || c == bestN && t < best {
				best, bestN = t, c
			}
		}
		if n >= opts.DictMin && float64(bestN)/float64(n) >= opts.DictShare {
			dict[w] = index[best]
		}
	}
	tr.SetLexicon(dict)

	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0))
	scores := make([]float32, len(classes))
	var feats []uint64
	var words []word
	for it := range opts.Iterations {
		correct, total := 0, 0
		for _, si := range order {
			s := sents[si]
			words = words[:0]
			for _, w := range s.Words {
				words = append(words, newWord(w))
			}
			title := titleCase(words)
			prev, prev2 := -1, -1
			for i := range words {
				truth := index[s.Tags[i]]
				guess, ok := dict[s.Words[i]]
				if !ok {
					feats = features(feats[:0], words, i, prev, prev2, title)
					guess = tr.Predict(feats, scores)
					tr.Update(feats, truth, guess)
				}
				if guess == truth {
					correct++
				}
				total++
				prev, prev2 = guess, prev
			}
		}
		fmt.Fprintf(opts.Log, "pos: iteration %d: train accuracy %.4f\n", it+1, float64(correct)/float64(max(total, 1)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	return tr.Average(opts.Prune), nil
}

// BaseVerbs returns the lower-case words tagged VB or VBP at least min
// times in sents, sorted: the lexicon the lemmatiser checks its guesses
// against (see Lemmatizer).
func BaseVerbs(sents []Sentence, min int) []string {
	n := map[string]int{}
	for _, s := range sents {
		for i, w := range s.Words {
			if (s.Tags[i] == "VB" || s.Tags[i] == "VBP") && isLowerWord(w) {
				n[w]++
			}
		}
	}
	var out []string
	for w, c := range n {
		if c >= min {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

func isLowerWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
