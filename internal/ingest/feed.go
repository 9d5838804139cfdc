package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// feed reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed: one article per item,
// named "name#item N". An item's text is its content:encoded (Atom: content)
// or else its description (Atom: summary), converted from HTML to
// paragraphs; the feed's title is the Publisher of items that name none.
//
// When the feed as a whole does not parse, or gives fewer items than it has
// <item> (or <entry>) elements, the items are cut out of it one by one and
// each is parsed inside the feed's head, so that one malformed item is an
// item error and the others go on.
func (rd *reader) feed(data []byte) error {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	head, items, tail := splitFeed(data)
	if err == nil && (len(items) == 0 || len(items) == len(f.Items)) {
		for i, it := range f.Items {
			if err := rd.feedItem(f, it, i+1); err != nil {
				return err
			}
		}
		return nil
	}
	// The feed did not parse, or lost items on the way (the XML parser is
	// lenient and may merge a malformed item into its neighbour).
	if len(items) == 0 {
		return fmt.Errorf("not an RSS or Atom feed: %w", err)
	}
	info, headErr := gofeed.NewParser().Parse(bytes.NewReader(concat(head, tail)))
	if headErr != nil {
		info = &gofeed.Feed{}
	}
	for i, item := range items {
		origin := fmt.Sprintf("%s#item %d", rd.name, i+1)
		one, err := gofeed.NewParser().Parse(bytes.NewReader(concat(head, item, tail)))
		if err != nil || len(one.Items) != 1 {
			if err == nil {
				err = errors.New("no item")
			}
			if err := rd.fail(origin, fmt.Errorf("malformed item: %w", err)); err != nil {
				return err
			}
			continue
		}
		if err := rd.feedItem(info, one.Items[0], i+1); err != nil {
			return err
		}
	}
	return nil
}

// feedItem emits the article of item n of f.
func (rd *reader) feedItem(f *gofeed.Feed, it *gofeed.Item, n int) error {
	origin := fmt.Sprintf("%s#item %d", rd.name, n)
	content := it.Content
	if strings.TrimSpace(content) == "" {
		content = it.Description
	}
	body := content
	if looksHTML(content) {
		body = strings.Join(htmlParagraphs(content), "\n\n")
	} else if strings.Contains(content, "&") {
		body = html.UnescapeString(content)
	}
	src := source{
		origin:    origin,
		title:     html.UnescapeString(it.Title),
		body:      body,
		published: itemDate(it.Published, it.PublishedParsed),
		url:       it.Link,
		language:  f.Language,
		publisher: f.Title,
	}
	if src.published == "" {
		src.published = itemDate(it.Updated, it.UpdatedParsed)
	}
	var authors []string
	for _, a := range it.Authors {
		if a != nil && strings.TrimSpace(a.Name) != "" {
			authors = append(authors, a.Name)
		}
	}
	src.author = strings.Join(authors, ", ")
	if dc := it.DublinCoreExt; dc != nil {
		if src.author == "" {
			src.author = strings.Join(dc.Creator, ", ")
		}
		if len(dc.Publisher) > 0 && strings.TrimSpace(dc.Publisher[0]) != "" {
			src.publisher = dc.Publisher[0]
		}
	}
	return rd.emit(src)
}

// itemDate returns the date of a feed item as written when this package
// reads it, else gofeed's reading of it (with its zone), else "". An
// impossible date is returned as written, for the article to fail on.
func itemDate(raw string, parsed *time.Time) string {
	_, err := published(raw)
	if err == nil || !errors.Is(err, errNoDate) {
		return raw
	}
	if parsed != nil {
		return parsed.Format(time.RFC3339)
	}
	return ""
}

// splitFeed cuts a feed into its head (up to the first item), its items
// (<item>...</item> or <entry>...</entry>) and the closing tags that end a
// feed with that head. An item missing its end tag runs to the next item.
func splitFeed(data []byte) (head []byte, items [][]byte, tail []byte) {
	open, end := []byte("<item"), []byte("</item>")
	lower := bytes.ToLower(data[:min(len(data), 4096)])
	switch {
	case bytes.Contains(lower, []byte("<rdf:rdf")):
		tail = []byte("</rdf:RDF>")
	case bytes.Contains(lower, []byte("<feed")):
		open, end, tail = []byte("<entry"), []byte("</entry>"), []byte("</feed>")
	default:
		tail = []byte("</channel></rss>")
	}
	start := indexTag(data, open, 0)
	if start < 0 {
		return nil, nil, nil
	}
	head = data[:start]
	for start >= 0 {
		next := indexTag(data, open, start+len(open))
		stop := bytes.Index(data[start:], end)
		switch {
		case stop >= 0 && (next < 0 || start+stop < next):
			stop = start + stop + len(end)
		case next >= 0:
			stop = next
		default:
			stop = len(data)
		}
		items = append(items, data[start:stop])
		start = indexTag(data, open, stop)
	}
	return head, items, tail
}

// indexTag returns the offset of the first tag opened by open ("<item") at or
// after from: followed by '>', '/' or white space, so that "<items" is not one.
func indexTag(data, open []byte, from int) int {
	for from < len(data) {
		i := bytes.Index(data[from:], open)
		if i < 0 {
			return -1
		}
		j := from + i + len(open)
		if j < len(data) && bytes.IndexByte([]byte("> \t\r\n/"), data[j]) >= 0 {
			return from + i
		}
		from = j
	}
	return -1
}

func concat(parts ...[]byte) []byte {
	return bytes.Join(parts, nil)
}
