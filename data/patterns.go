package data

import "embed"

// Patterns holds the event patterns of the coder (*.pat, in the language
// of docs/patterns.md), the CAMEO table with PLOVER types and Goldstein
// values (cameo.tsv), quantity units (units.tsv), agent nouns
// (agents.tsv) and modality words (modality.tsv), under patterns/.
//
//go:embed patterns
var Patterns embed.FS
