package store_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/store"
)

func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "sitrep-example")
	defer os.RemoveAll(dir)
	st, err := store.Open(ctx, filepath.Join(dir, "sitrep.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()

	a := &article.Article{Title: "Farmers protest in Brussels", Published: "2024-11-26", Publisher: "Le Soir",
		Text: "Farmers protest in Brussels\n\nThousands of farmers drove tractors into Brussels on Tuesday."}
	res := article.NewResult(a)
	res.Events = append(res.Events, article.Event{ID: "V1", Event: "PROTEST", Cameo: "141",
		Actor:    []article.ActorRef{{Code: "BELAGR", Text: "farmers"}},
		Date:     &article.EventDate{Value: "2024-11-26", Precision: "day"},
		Modality: article.ModalityFactual})

	for range 2 { // the second Put finds the article there
		outs, err := st.Put(ctx, []store.Entry{{Article: a, Result: res}})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("new:", outs[0].New)
	}
	err = st.Query(ctx, store.Filter{Actors: []string{"BEL"}, From: "2024-11-01"}, func(r *store.Report) error {
		fmt.Println(r.DayFrom, r.Event.Event, r.Event.Actor[0].Code, r.Article.Publisher, r.Cluster.Reports)
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// new: true
	// new: false
	// 2024-11-26 PROTEST BELAGR Le Soir 1
}
