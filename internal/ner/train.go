package ner

import (
	"fmt"
	"io"
	"math/rand/v2"

	"github.com/sitrep-project/sitrep/internal/perceptron"
	"github.com/sitrep-project/sitrep/internal/perceptron/polnear"
	"github.com/sitrep-project/sitrep/internal/tagger"
)

// Sentence is one training sentence: words, their part-of-speech tags (from
// sitrep's tagger, as at run time) and their gold BILOU labels.
type Sentence struct {
	Words  []string
	Tags   []string
	Labels []string
}

// Sentences returns docs as training data, tagged with tg and labelled
// from CoreNLP's NER column (see FromCoreNLP).
func Sentences(docs []polnear.Document, tg *tagger.Tagger) []Sentence {
	var out []Sentence
	for _, d := range docs {
		for _, s := range d.Sentences {
			words := make([]string, len(s))
			for i, t := range s {
				words[i] = t.Text
			}
			out = append(out, Sentence{
				Words:  words,
				Tags:   tg.TagWords(words),
				Labels: Labels(len(s), FromCoreNLP(s)),
			})
		}
	}
	return out
}

// TrainOptions controls Train.
type TrainOptions struct {
	Iterations int     // passes over the data
	Seed       uint64  // seed of the shuffle between passes
	Prune      float64 // drop averaged weights smaller than this
	Log        io.Writer
}

// DefaultTrainOptions are the options the committed model was trained with.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Iterations: 8, Seed: 1, Prune: 0.05}
}

// Train learns a name model from sents with gazetteer features from g
// (which may be nil). The same input gives the same model.
//
// Sentences ending in a full stop are also seen without it one time in
// five (a fixed choice), so that the model knows names at the end of
// headlines, which carry no stop.
func Train(sents []Sentence, g *Gazetteer, opts TrainOptions) (*perceptron.Model, error) {
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	classes := Classes()
	index := map[string]int{}
	for i, c := range classes {
		index[c] = i
	}
	dec, err := newDecoder(classes)
	if err != nil {
		return nil, err
	}
	tr, err := perceptron.NewTrainer(classes)
	if err != nil {
		return nil, fmt.Errorf("ner: train: %w", err)
	}
	for _, s := range sents {
		if len(s.Words) != len(s.Tags) || len(s.Words) != len(s.Labels) {
			return nil, fmt.Errorf("ner: train: sentence of %d words, %d tags, %d labels", len(s.Words), len(s.Tags), len(s.Labels))
		}
		for _, l := range s.Labels {
			if _, ok := index[l]; !ok {
				return nil, fmt.Errorf("ner: train: unknown label %q", l)
			}
		}
	}
	for i, n := 0, len(sents); i < n; i++ {
		s := sents[i]
		k := len(s.Words) - 1
		if i%5 == 0 && k > 0 && s.Words[k] == "." {
			sents = append(sents, Sentence{Words: s.Words[:k], Tags: s.Tags[:k], Labels: s.Labels[:k]})
		}
	}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0))
	var (
		words      []word
		gold, pred []int
		lat        lattice
		best       []float32
		back       []int32
		feats      []uint64
	)
	for it := range opts.Iterations {
		correct, total := 0, 0
		for _, si := range order {
			s := sents[si]
			words = words[:0]
			gold = gold[:0]
			for i, w := range s.Words {
				words = append(words, newWord(w, s.Tags[i]))
				gold = append(gold, index[s.Labels[i]])
			}
			g.mark(words)
			lat.build(tr, words, nil, len(classes), true)
			pred, best, back = dec.viterbi(&lat, best, back, pred[:0])
			// A structured perceptron update: towards the features of
			// the gold sequence, away from those of the predicted one,
			// where they differ.
			tr.Step()
			title := titleCase(words)
			for i := range words {
				total++
				gp, pp := -1, -1
				if i > 0 {
					gp, pp = gold[i-1], pred[i-1]
				}
				if gold[i] == pred[i] {
					correct++
				} else {
					feats = emission(feats[:0], words, i, title)
					tr.Add(feats, gold[i], 1)
					tr.Add(feats, pred[i], -1)
				}
				if gold[i] != pred[i] || gp != pp {
					feats = transition(feats[:0], &words[i], gp)
					tr.Add(feats, gold[i], 1)
					feats = transition(feats[:0], &words[i], pp)
					tr.Add(feats, pred[i], -1)
				}
			}
		}
		fmt.Fprintf(opts.Log, "ner: iteration %d: train label accuracy %.4f\n", it+1, float64(correct)/float64(max(total, 1)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	return tr.Average(opts.Prune), nil
}
