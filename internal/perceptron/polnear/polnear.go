// Package polnear reads the CoreNLP token files of the PolNeAR corpus
// (<dir>/<split>.tokens.tsv.gz beside <dir>/<split>/text/*.txt) as training
// data for sitrep's sequence models.
//
// Each token carries its surface form as written in the text, not CoreNLP's
// PTB spelling (a curly opening quote rather than two backquotes, ’s rather
// than 's, — rather than --), with byte offsets into the text, so that a
// model trained on it sees tokens as sitrep's tokenizer produces them.
package polnear

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/internal/article"
)

// Token is one CoreNLP token.
type Token struct {
	Text       string // surface form, Document.Text[Start:End]
	Start, End int    // byte offsets into Document.Text
	Form       string // CoreNLP's spelling ("``", "-LRB-", "'s")
	Tag        string // CoreNLP's Penn Treebank tag
	Lemma      string
	NER        string // CoreNLP 4-class NER plus its numeric/temporal classes; "O" outside
}

// Document is one article with its sentences.
type Document struct {
	Name      string
	Text      string
	Sentences [][]Token
}

// Read reads split ("train" or "dev") from dir, the polnear folder. Documents
// without a text file are skipped; a token whose offsets do not fit its text
// is an error.
func Read(dir, split string) ([]Document, error) {
	f, err := os.Open(filepath.Join(dir, split+".tokens.tsv.gz"))
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("polnear: %s: %w", f.Name(), err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<20)

	var docs []Document
	var doc *Document
	var runeOff []int // byte offset of each code point of doc.Text, plus len
	var sent []Token
	flush := func() {
		if doc != nil && len(sent) > 0 {
			doc.Sentences = append(doc.Sentences, sent)
		}
		sent = nil
	}
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if name, ok := strings.CutPrefix(s, "# doc "); ok {
			flush()
			b, err := os.ReadFile(filepath.Join(dir, split, "text", name+".txt"))
			if err != nil {
				doc = nil // no text: skip the document
				continue
			}
			docs = append(docs, Document{Name: name, Text: string(b)})
			doc = &docs[len(docs)-1]
			runeOff = runeOff[:0]
			for i := range doc.Text {
				runeOff = append(runeOff, i)
			}
			runeOff = append(runeOff, len(doc.Text))
			continue
		}
		if s == "" {
			flush()
			continue
		}
		if doc == nil {
			continue
		}
		fs := strings.Split(s, "\t")
		if len(fs) != 6 {
			return nil, fmt.Errorf("polnear: %s:%d: %d fields, want 6", split, line, len(fs))
		}
		a, err1 := strconv.Atoi(fs[1])
		b, err2 := strconv.Atoi(fs[2])
		if err1 != nil || err2 != nil || a < 0 || a > b || b >= len(runeOff) {
			return nil, fmt.Errorf("polnear: %s:%d: bad offsets %q %q", split, line, fs[1], fs[2])
		}
		start, end := runeOff[a], runeOff[b]
		sent = append(sent, Token{
			Text: doc.Text[start:end], Start: start, End: end,
			Form: fs[0], Tag: fs[3], Lemma: fs[4], NER: fs[5],
		})
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("polnear: %s: %w", split, err)
	}
	return docs, nil
}

// Doc returns d as an article.Doc with one paragraph, CoreNLP's sentences
// and tokens, and no tags: the input a tagger or name model sees at run time.
func (d *Document) Doc() *article.Doc {
	doc := &article.Doc{Article: article.Article{Text: d.Text}}
	doc.Paragraphs = []article.Paragraph{{Span: article.Span{Start: 0, End: len(d.Text)}}}
	for _, s := range d.Sentences {
		first := len(doc.Tokens)
		for _, t := range s {
			doc.Tokens = append(doc.Tokens, article.Token{Span: article.Span{Start: t.Start, End: t.End}, Text: t.Text})
		}
		doc.Sentences = append(doc.Sentences, article.Sentence{
			Span:       article.Span{Start: s[0].Start, End: s[len(s)-1].End},
			FirstToken: first, EndToken: len(doc.Tokens),
		})
	}
	return doc
}
