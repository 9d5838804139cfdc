package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// errNoArticle is the error of a page in which no article text was found.
var errNoArticle = errors.New("no article text found in the HTML page")

// html reads a news web page: go-readability finds the main text, and the
// metadata comes from the page itself (JSON-LD, OpenGraph, <meta>, <link
// rel=canonical>), which keeps the time zone readability drops. A page that
// is not valid UTF-8 is decoded first from the charset it declares, else
// from windows-1252, as browsers do.
func (rd *reader) html(data []byte) error {
	if !bytes.Contains(data, []byte("<")) {
		return errors.New("not HTML: the input has no markup")
	}
	if !utf8.Valid(data) {
		// Decode as a browser would: the charset the page declares, else
		// windows-1252.
		if enc, name, _ := charset.DetermineEncoding(data, ""); name != "utf-8" {
			if decoded, err := enc.NewDecoder().Bytes(data); err == nil {
				data = decoded
			}
		}
	}
	if err := checkUTF8(data, 0); err != nil {
		return rd.fail(rd.name, err)
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return rd.fail(rd.name, fmt.Errorf("invalid HTML: %w", err))
	}
	meta := pageMeta(doc)
	pageURL, _ := url.Parse(meta.url)
	if pageURL != nil && !pageURL.IsAbs() {
		pageURL = nil
	}
	parser := readability.NewParser()
	page, err := parser.ParseAndMutate(doc, pageURL)
	if err != nil || page.Node == nil {
		return rd.fail(rd.name, errNoArticle)
	}
	pars := dropBylines(nodeParagraphs(page.Node))
	if len(pars) == 0 {
		return rd.fail(rd.name, errNoArticle)
	}
	src := source{
		origin:    rd.name,
		title:     firstNonEmpty(meta.title, page.Title(), meta.docTitle),
		body:      strings.Join(pars, "\n\n"),
		published: meta.published,
		publisher: firstNonEmpty(meta.publisher, page.SiteName()),
		author:    firstNonEmpty(meta.author, page.Byline()),
		url:       meta.url,
		language:  firstNonEmpty(meta.language, page.Language()),
	}
	if src.published == "" {
		// Readability's time has lost the page's zone: keep its day only.
		if t, err := page.PublishedTime(); err == nil {
			src.published = t.Format(time.DateOnly)
		}
	}
	return rd.emit(src)
}

// bylineRE is a byline paragraph: "By Ana Ruiz", "By Ana Ruiz and Li Wei, Reuters".
var bylineRE = regexp.MustCompile(`^(?i:by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*$`)

// dropBylines removes byline paragraphs among the first three: readability
// leaves them in when the page's metadata names the author.
func dropBylines(pars []string) []string {
	out := pars[:0]
	for i, p := range pars {
		if i < 3 && len(p) < 120 && bylineRE.MatchString(p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// meta is the metadata of a page, each field from the best source that has it.
type meta struct {
	title, docTitle, published, publisher, author, url, language string
}

// pageMeta reads a page's metadata. Each field takes the first of, in order:
// JSON-LD (NewsArticle and kin: headline, datePublished, author,
// publisher.name, url), OpenGraph and article: properties, <meta name=...>
// (author, date, pubdate, ...), itemprop attributes, <link rel=canonical>.
// Dates that cannot be read are skipped.
func pageMeta(doc *html.Node) meta {
	var c candidates
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			c.element(n)
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(doc)
	return meta{
		title:     c.best(c.ldTitle, c.ogTitle),
		docTitle:  c.best(c.docTitle),
		published: c.bestDate(c.ldDate, c.ogDate, c.metaDate, c.itemDate),
		publisher: c.best(c.ldPublisher, c.siteName),
		author:    c.best(c.ldAuthor, c.metaAuthor),
		url:       c.best(c.canonical, c.ogURL, c.ldURL),
		language:  c.best(c.lang, c.ldLanguage),
	}
}

// candidates collects the values each metadata source offers, in page order.
type candidates struct {
	ldTitle, ogTitle, docTitle                []string
	ldDate, ogDate, metaDate, itemDate        []string
	ldPublisher, siteName                     []string
	ldAuthor, metaAuthor                      []string
	canonical, ogURL, ldURL, lang, ldLanguage []string
}

// dateNames are <meta name=...> values that carry a publication date.
var dateNames = map[string]bool{
	"pubdate": true, "publishdate": true, "publish-date": true, "publish_date": true, "date": true,
	"dc.date": true, "dc.date.issued": true, "dcterms.created": true, "dcterms.issued": true,
	"sailthru.date": true, "parsely-pub-date": true, "article.published": true, "article_date_original": true,
	"original-publish-date": true, "cxenseparse:recs:publishtime": true,
}

func (c *candidates) element(n *html.Node) {
	switch n.DataAtom {
	case atom.Html:
		c.lang = appendNonEmpty(c.lang, attr(n, "lang"))
	case atom.Title:
		if n.FirstChild != nil {
			c.docTitle = appendNonEmpty(c.docTitle, n.FirstChild.Data)
		}
	case atom.Link:
		if strings.EqualFold(attr(n, "rel"), "canonical") {
			c.canonical = appendNonEmpty(c.canonical, attr(n, "href"))
		}
	case atom.Meta:
		content := attr(n, "content")
		prop := strings.ToLower(attr(n, "property"))
		name := strings.ToLower(attr(n, "name"))
		switch {
		case prop == "og:title" || name == "twitter:title":
			c.ogTitle = appendNonEmpty(c.ogTitle, content)
		case prop == "og:site_name":
			c.siteName = appendNonEmpty(c.siteName, content)
		case prop == "og:url":
			c.ogURL = appendNonEmpty(c.ogURL, content)
		case prop == "article:published_time" || name == "article:published_time":
			c.ogDate = appendNonEmpty(c.ogDate, content)
		case dateNames[name] || dateNames[prop]:
			c.metaDate = appendNonEmpty(c.metaDate, content)
		case name == "author" || name == "dc.creator" || prop == "article:author":
			if !strings.Contains(content, "://") {
				c.metaAuthor = appendNonEmpty(c.metaAuthor, content)
			}
		}
	case atom.Script:
		if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
			c.jsonLD(n.FirstChild.Data)
		}
	}
	if strings.EqualFold(attr(n, "itemprop"), "datePublished") {
		c.itemDate = appendNonEmpty(c.itemDate, firstNonEmpty(attr(n, "content"), attr(n, "datetime")))
	}
}

// articleTypes are the schema.org types of a news article in JSON-LD.
var articleTypes = map[string]bool{
	"NewsArticle": true, "Article": true, "ReportageNewsArticle": true, "AnalysisNewsArticle": true,
	"OpinionNewsArticle": true, "BackgroundNewsArticle": true, "BlogPosting": true,
	"LiveBlogPosting": true, "Report": true, "WebPage": false,
}

// jsonLD reads the article objects of a JSON-LD script: top-level objects,
// arrays of them, and @graph lists.
func (c *candidates) jsonLD(script string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(script)), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := v["@graph"]; ok {
				visit(g, depth+1)
			}
			if !isArticleType(v["@type"]) {
				return
			}
			c.ldTitle = appendNonEmpty(c.ldTitle, ldString(v["headline"]))
			c.ldDate = appendNonEmpty(c.ldDate, ldString(v["datePublished"]))
			c.ldAuthor = appendNonEmpty(c.ldAuthor, ldString(v["author"]))
			c.ldPublisher = appendNonEmpty(c.ldPublisher, ldString(v["publisher"]))
			c.ldURL = appendNonEmpty(c.ldURL, firstNonEmpty(ldString(v["url"]), ldString(v["mainEntityOfPage"])))
			c.ldLanguage = appendNonEmpty(c.ldLanguage, ldString(v["inLanguage"]))
		}
	}
	visit(v, 0)
}

func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return articleTypes[t]
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok && articleTypes[s] {
				return true
			}
		}
	}
	return false
}

// ldString reads a JSON-LD value as text: a string, an object's name (or
// @id), or the values of a list joined with ", ".
func ldString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case map[string]any:
		return firstNonEmpty(ldString(v["name"]), ldString(v["@id"]))
	case []any:
		var parts []string
		for _, e := range v {
			if s := ldString(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	}
	return ""
}

// best returns the first value of the first non-empty list.
func (c *candidates) best(lists ...[]string) string {
	for _, l := range lists {
		if len(l) > 0 {
			return l[0]
		}
	}
	return ""
}

// bestDate returns the first value of the lists that reads as a date.
func (c *candidates) bestDate(lists ...[]string) string {
	for _, l := range lists {
		for _, s := range l {
			if d, err := published(s); err == nil && d != "" {
				return d
			}
		}
	}
	return ""
}

func appendNonEmpty(l []string, s string) []string {
	if s = strings.TrimSpace(s); s != "" {
		return append(l, s)
	}
	return l
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
