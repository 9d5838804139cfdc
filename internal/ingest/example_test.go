package ingest_test

import (
	"fmt"
	"strings"

	"github.com/sitrep-project/sitrep/internal/ingest"
)

func ExampleRead() {
	feed := `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example Wire</title>
<item><title>Ferries resume</title><pubDate>Sat, 30 Nov 2024 09:15:00 +0900</pubDate>
<description>&lt;p&gt;BUSAN, Nov 29 (Example Wire) - Ferries ran again on Friday.&lt;/p&gt;&lt;p&gt;ADVERTISEMENT&lt;/p&gt;</description></item>
<item><title>Nothing here</title></item>
</channel></rss>`
	err := ingest.Read("feed.xml", strings.NewReader(feed), ingest.Options{}, func(it ingest.Item) error {
		if it.Err != nil {
			fmt.Println("error:", it.Err)
			return nil
		}
		a := it.Article
		fmt.Printf("%s | %s | %s %s | %s\n%q\n", a.Origin, a.Published, a.Dateline.Place, a.Dateline.Date, a.Publisher, a.Text)
		return nil
	})
	fmt.Println("input error:", err)
	// Output:
	// feed.xml#item 1 | 2024-11-30T09:15:00+09:00 | Busan 2024-11-29 | Example Wire
	// "Ferries resume\n\nBUSAN, Nov 29 (Example Wire) - Ferries ran again on Friday."
	// error: ingest: feed.xml#item 2: no text
	// input error: <nil>
}
