package ner_test

import (
	"fmt"
	"strings"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/ner"
	"github.com/sitrep-project/sitrep/internal/tagger"
)

func ExampleModel_FindWords() {
	tg, err := tagger.Load(data.Models)
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := ner.Load(data.Models)
	if err != nil {
		fmt.Println(err)
		return
	}
	words := strings.Fields("North Korean leader Kim Jong Un vowed support for Russia .")
	for _, s := range m.FindWords(words, tg.TagWords(words)) {
		fmt.Printf("%s %q\n", s.Type, strings.Join(words[s.Start:s.End], " "))
	}
	// Output:
	// NORP "North Korean"
	// PERSON "Kim Jong Un"
	// GPE "Russia"
}
