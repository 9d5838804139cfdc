package ingest

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlTagRE finds the tags that make a string HTML rather than text.
var htmlTagRE = regexp.MustCompile(`(?i)<(?:p|br|div|span|a|em|strong|b|i|h[1-6]|ul|ol|li|blockquote|article|section|figure|img|table)[\s>/]`)

// looksHTML reports whether s, a field of a record or feed item, is HTML.
func looksHTML(s string) bool {
	return htmlTagRE.MatchString(s[:min(len(s), 8192)])
}

// htmlParagraphs converts an HTML fragment (a feed item's content, a
// record's HTML body) to paragraphs of plain text, as nodeParagraphs does.
func htmlParagraphs(s string) []string {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		return nil
	}
	var pw paragraphWriter
	for _, n := range nodes {
		pw.walk(n, false)
	}
	return pw.done()
}

// nodeParagraphs converts the HTML tree under n to paragraphs of plain text:
// one paragraph per block element (<p>, <h1>…<h6>, <li>, <blockquote>, ...),
// <br> as a line break within a paragraph, white space collapsed as a
// browser does except inside <pre>. Scripts, forms, navigation, figures and
// their captions are left out, and so are the short paragraphs that are
// page furniture rather than the story ("ADVERTISEMENT", "Read more: ...",
// "Sign up for our newsletter").
func nodeParagraphs(n *html.Node) []string {
	var pw paragraphWriter
	pw.walk(n, false)
	return pw.done()
}

// skipped are the elements whose content is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Title: true, atom.Nav: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Input: true, atom.Textarea: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Figure: true, atom.Figcaption: true,
	atom.Picture: true, atom.Img: true,
}

// blocks are the elements that start and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Pre: true, atom.Section: true,
	atom.Article: true, atom.Main: true, atom.Header: true, atom.Table: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Caption: true, atom.Hr: true, atom.Address: true,
	atom.Center: true, atom.Details: true, atom.Summary: true, atom.Body: true, atom.Html: true,
}

// paragraphWriter collects the text of an HTML tree paragraph by paragraph.
type paragraphWriter struct {
	pars  []string
	cur   strings.Builder
	space bool // a collapsed white space is pending
}

func (pw *paragraphWriter) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		pw.text(n.Data, pre)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Br {
			pw.cur.WriteByte('\n')
			pw.space = false
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		pw.flush()
	}
	pre = pre || n.DataAtom == atom.Pre
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		pw.walk(c, pre)
	}
	if block {
		pw.flush()
	}
}

// text adds a text node, collapsing HTML white space unless in <pre>.
func (pw *paragraphWriter) text(s string, pre bool) {
	if pre {
		pw.cur.WriteString(s)
		return
	}
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			pw.space = true
			continue
		}
		if pw.space && pw.cur.Len() > 0 {
			pw.cur.WriteByte(' ')
		}
		pw.space = false
		pw.cur.WriteRune(r)
	}
}

// flush ends the current paragraph.
func (pw *paragraphWriter) flush() {
	pw.space = false
	if pw.cur.Len() == 0 {
		return
	}
	// A <pre> or <br> may have put blank lines inside: they split paragraphs.
	for _, p := range paragraphs(pw.cur.String()) {
		if !furniture(p) {
			pw.pars = append(pw.pars, p)
		}
	}
	pw.cur.Reset()
}

func (pw *paragraphWriter) done() []string {
	pw.flush()
	return pw.pars
}

// furnitureLines are whole paragraphs that are page furniture, in lower case.
var furnitureLines = map[string]bool{
	"advertisement": true, "advertising": true, "ad": true, "sponsored": true,
	"sponsored content": true, "skip advertisement": true, "story continues below advertisement": true,
	"article continues below advertisement": true, "scroll to continue with content": true,
	"continue reading": true, "continue reading below": true, "read more": true, "read more below": true,
	"share": true, "share this": true, "share this article": true, "share this story": true,
	"related": true, "related articles": true, "related stories": true, "related content": true,
	"recommended": true, "recommended stories": true, "most read": true, "most popular": true,
	"trending": true, "supported by": true, "subscribe": true, "loading...": true,
	"you may also like": true, "more from this author": true, "comments": true,
}

// furniturePrefixes start short paragraphs that are page furniture, in lower case.
var furniturePrefixes = []string{
	"read more:", "read more »", "related:", "see also:", "also read:", "read also:", "more:",
	"sign up for", "sign up to", "subscribe to", "subscribe for", "click here", "follow us on",
	"get our newsletter", "get the latest", "don't miss:", "watch:", "listen:", "advertisement",
}

// furniture reports whether paragraph p is page furniture rather than story
// text. Only short paragraphs (under 200 bytes) are ever judged furniture.
func furniture(p string) bool {
	if len(p) >= 200 {
		return false
	}
	l := strings.ToLower(strings.TrimRight(p, " .:"))
	if furnitureLines[l] {
		return true
	}
	l = strings.ToLower(p)
	for _, pre := range furniturePrefixes {
		if strings.HasPrefix(l, pre) {
			return true
		}
	}
	return strings.Contains(l, "newsletter") && (strings.Contains(l, "sign up") || strings.Contains(l, "subscribe"))
}
