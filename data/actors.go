package data

import "embed"

// Actors is the actor dictionary: countries, organisations, media, people
// with their roles and periods, and agent titles, in the line format of
// docs/actors.md. Load it with actor.New(data.Actors, ...).
//
//go:embed actors
var Actors embed.FS
