package tagger_test

import (
	"fmt"
	"strings"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/tagger"
)

func ExampleTagger_TagWords() {
	tg, err := tagger.Load(data.Models)
	if err != nil {
		fmt.Println(err)
		return
	}
	words := strings.Fields("Kim Jong Un met Belousov on Friday .")
	for i, tag := range tg.TagWords(words) {
		fmt.Printf("%s/%s/%s ", words[i], tag, tg.Lemma(words[i], tag))
	}
	fmt.Println()
	// Output: Kim/NNP/kim Jong/NNP/jong Un/NNP/un met/VBD/meet Belousov/NNP/belousov on/IN/on Friday/NNP/friday ././.
}
