package article

// Span is a half-open byte range [Start, End) of Doc.Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Paragraph is a block of text separated from the next by a blank line.
type Paragraph struct {
	Span
	Heading bool // a headline or section heading, not running prose
}

// Sentence is one sentence; its tokens are Doc.Tokens[FirstToken:EndToken].
type Sentence struct {
	Span
	Paragraph  int  // index into Doc.Paragraphs
	Heading    bool // inside a heading paragraph
	FirstToken int
	EndToken   int
}

// Token is a word or punctuation mark with its part-of-speech tag (Penn
// Treebank tag set) and lower-case lemma.
type Token struct {
	Span
	Text  string // Doc.Article.Text[Start:End]
	Tag   string // "NNP", "VBD", ... ; "" when no tagger ran
	Lemma string
}

// Name is a span the name model recognised, with its type: PERSON, ORG,
// GPE, LOC or NORP (nationalities and other groups, "North Korean").
type Name struct {
	Span
	Type string
}

// Doc is an Article under analysis. The text stage fills Paragraphs,
// Sentences and Tokens, the tagger Token.Tag and Token.Lemma, the name model
// Names; later stages read them and add their annotations to the Result.
type Doc struct {
	Article    Article
	Paragraphs []Paragraph
	Sentences  []Sentence
	Tokens     []Token
	Names      []Name
}

// SentenceTokens returns the tokens of sentence i.
func (d *Doc) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.FirstToken:s.EndToken]
}

// Slice returns the text of a span.
func (d *Doc) Slice(s Span) string { return d.Article.Text[s.Start:s.End] }
