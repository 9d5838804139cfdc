package data

import "embed"

// Gazetteer holds the places sitrep resolves toponyms to (gazetteer/):
// gazetteer.tsv.gz, generated from GeoNames (CC BY 4.0), with country
// and subdivision points from world-countries and @countrystatecity
// (ODbL 1.0), by internal/geo/gen; continents.tsv, GeoNames ids and
// demonyms of continents; countries.tsv, other names and demonyms of countries;
// stopwords.txt, place names that are also common English words.
//
//go:embed gazetteer
var Gazetteer embed.FS
