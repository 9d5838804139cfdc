package ner

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestDecoderSpans checks that spans read from label indices are those
// Spans reads from the label names, well-formed sequences or not.
func TestDecoderSpans(t *testing.T) {
	classes := Classes()
	d, err := newDecoder(classes)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		labels := make([]int, rng.IntN(8))
		names := make([]string, len(labels))
		for i := range labels {
			labels[i] = rng.IntN(len(classes))
			names[i] = classes[labels[i]]
		}
		if got, want := d.spans(nil, labels), Spans(names); !reflect.DeepEqual(got, want) {
			t.Fatalf("%v: spans %v, want %v", names, got, want)
		}
	}
}
