package data

import "embed"

// Models holds the trained sequence models and their word lists, under
// models/: the part-of-speech tagger (pos.model, verbs.txt, lemma.txt) and
// the name model (ner.model). models/README.md says how they were trained
// and from what data; `sitrep train` reproduces them.
//
//go:embed models
var Models embed.FS
