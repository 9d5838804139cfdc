// Package data embeds sitrep's dictionaries, gazetteers, patterns and
// models. Each kind lives in its own folder with a header naming where its
// facts came from and under which licence, and is exposed here as an
// fs.FS so that a directory on disk can stand in for it.
package data
