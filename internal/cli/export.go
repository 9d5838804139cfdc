package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/store"
)

const exportHelp = `
Writes the whole database to standard output:

  jsonl   one Result per article (the output contract sitrep.extract/v1, as
          sitrep extract --format jsonl prints it), in article ID order
  plover  one PLOVER JSON record per event
  csv     one row per event report with GDELT-like columns (CAMEO event code,
          base and root codes, QuadClass, Goldstein scale, actor codes and
          countries, mentions and sources of the cross-article event, action
          geography, source URL) followed by sitrep's own (PLOVER event and
          mode, modality, stance, cluster, article, rule), for tools written
          for GDELT or ICEWS`

func runExport(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "export", "[flags]", exportHelp)
	db := dbFlag(env, fs)
	format := fs.String("format", "jsonl", "output format: jsonl, plover, csv")
	withText := fs.Bool("with-text", false, "jsonl: include each article's text")
	if code, ok := parseFlags(env, fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(env, "export", "unexpected argument %q", fs.Arg(0))
	}
	if *format != "jsonl" && *format != "plover" && *format != "csv" {
		return usageError(env, "export", "unknown --format %q (want jsonl, plover or csv)", *format)
	}
	st, ok := openStore(ctx, env, "export", *db, false)
	if !ok {
		return ExitPartial
	}
	defer st.Close()
	var err error
	switch *format {
	case "csv":
		var rw *reportWriter
		if rw, err = newReportWriter(env.Stdout, "csv"); err == nil {
			if err = st.Query(ctx, store.Filter{}, rw.write); err == nil {
				err = rw.close()
			}
		}
	default:
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		err = st.Results(ctx, func(r *article.Result) error {
			if *format == "plover" {
				for _, rec := range article.PLOVERRecords(r) {
					if err := enc.Encode(rec); err != nil {
						return err
					}
				}
				return nil
			}
			if !*withText {
				r.Article.Text = ""
			}
			return enc.Encode(r)
		})
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "sitrep export: %v\n", err)
		return ExitPartial
	}
	return ExitOK
}

// gdeltHeader names the CSV columns: GDELT 1.0 event table names where
// sitrep has the field, then sitrep's own.
var gdeltHeader = []string{
	"GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
	"EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles",
	"ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL",
	"PloverEvent", "PloverMode", "PloverContexts", "Modality", "Stance", "Disputed", "ClusterID", "ArticleID", "EventID",
	"FirstSeen", "Publisher", "Rule", "Confidence",
}

func gdeltRow(r *store.Report) []string {
	ev := r.Event
	cameo := ev.Cameo
	first := func(refs []article.ActorRef) article.ActorRef {
		if len(refs) == 0 {
			return article.ActorRef{}
		}
		return refs[0]
	}
	a1, a2 := first(ev.Actor), first(ev.Recipient)
	var geoName, geoCountry, lat, lon string
	if l := ev.Location; l != nil {
		geoName, geoCountry = l.Name, l.Country
		lat, lon = ftoa(l.Lat), ftoa(l.Lon)
	}
	stance := ""
	if ev.Attribution != nil {
		stance = ev.Attribution.Stance
	}
	return []string{
		strconv.FormatInt(r.ID, 10), strings.ReplaceAll(r.DayFrom, "-", ""),
		a1.Code, a1.Text, a1.Country, a1.Sector, a2.Code, a2.Text, a2.Country, a2.Sector,
		cameo, prefix(cameo, 3), prefix(cameo, 2), quadClass(cameo), ftoa(ev.Goldstein),
		strconv.Itoa(r.Cluster.Reports), strconv.Itoa(r.Cluster.Sources), strconv.Itoa(r.Cluster.Reports),
		geoName, geoCountry, lat, lon, r.Article.URL,
		ev.Event, ev.Mode, strings.Join(ev.Contexts, " "), ev.Modality, stance, yesNo(r.Cluster.Disputed),
		strconv.FormatInt(r.Cluster.ID, 10), r.Article.ID, ev.ID, r.Cluster.FirstSeen, r.Article.Publisher,
		ev.Rule, ftoa(ev.Confidence),
	}
}

func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

// quadClass is GDELT's four-way split of CAMEO root codes: 1 verbal
// cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict
// (09-13), 4 material conflict (14-20); "" without a code.
func quadClass(cameo string) string {
	root, err := strconv.Atoi(prefix(cameo, 2))
	switch {
	case err != nil || len(cameo) < 2 || root < 1 || root > 20:
		return ""
	case root <= 5:
		return "1"
	case root <= 8:
		return "2"
	case root <= 13:
		return "3"
	default:
		return "4"
	}
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// refCodes joins the codes of actors, or their text when uncoded.
func refCodes(refs []article.ActorRef) string {
	var s []string
	for _, r := range refs {
		if r.Code != "" {
			s = append(s, r.Code)
		} else {
			s = append(s, r.Text)
		}
	}
	return strings.Join(s, "+")
}
