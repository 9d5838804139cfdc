package data

import "embed"

// Cues holds the attribution cue lexicon (cues/cues.tsv): the verbs, nouns
// and phrases that introduce reported speech, with the stance each gives.
//
//go:embed cues
var Cues embed.FS
