package polnear_test

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/perceptron/polnear"
)

// writeCorpus lays out a corpus in a temporary folder: texts by name, and
// the token file.
func writeCorpus(t *testing.T, texts map[string]string, tokens string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "dev", "text"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range texts {
		if err := os.WriteFile(filepath.Join(dir, "dev", "text", name+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Create(filepath.Join(dir, "dev.tokens.tsv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	zw.Write([]byte(tokens))
	zw.Close()
	f.Close()
	return dir
}

func TestRead(t *testing.T) {
	// Code-point offsets: “ and ’ are one code point but three bytes.
	text := "“Kim’s” visit.\nNo tokens here."
	tokens := strings.Join([]string{
		"# doc a",
		"``\t0\t1\t``\t``\tO",
		"Kim\t1\t4\tNNP\tKim\tPERSON",
		"'s\t4\t6\tPOS\t's\tO",
		"''\t6\t7\t''\t''\tO",
		"visit\t8\t13\tNN\tvisit\tO",
		".\t13\t14\t.\t.\tO",
		"",
		"# doc missing",
		"#\t0\t1\t#\t#\tO",
		"",
	}, "\n")
	dir := writeCorpus(t, map[string]string{"a": text}, tokens)
	docs, err := polnear.Read(dir, "dev")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Name != "a" || len(docs[0].Sentences) != 1 {
		t.Fatalf("Read: %d docs, want the one with a text: %+v", len(docs), docs)
	}
	var got []string
	for _, tok := range docs[0].Sentences[0] {
		if text[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q at %d:%d, text there is %q", tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
		}
		got = append(got, tok.Text+"/"+tok.Form+"/"+tok.Tag+"/"+tok.NER)
	}
	want := []string{"“/``/``/O", "Kim/Kim/NNP/PERSON", "’s/'s/POS/O", "”/''/''/O", "visit/visit/NN/O", "./././O"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens\n got %q\nwant %q", got, want)
	}
	doc := docs[0].Doc()
	if len(doc.Tokens) != 6 || len(doc.Sentences) != 1 || doc.Sentences[0].EndToken != 6 ||
		doc.Slice(doc.Sentences[0].Span) != "“Kim’s” visit." || doc.Tokens[1].Text != "Kim" {
		t.Errorf("Doc: %+v", doc)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ name, tokens string }{
		{"offsets past the text", "# doc a\nx\t0\t99\tNN\tx\tO\n"},
		{"fields missing", "# doc a\nx\t0\t1\tNN\n"},
		{"offsets reversed", "# doc a\nx\t2\t1\tNN\tx\tO\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeCorpus(t, map[string]string{"a": "abc"}, tc.tokens)
			if _, err := polnear.Read(dir, "dev"); err == nil {
				t.Error("Read: no error")
			}
		})
	}
	if _, err := polnear.Read(t.TempDir(), "dev"); err == nil {
		t.Error("Read of an empty folder: no error")
	}
}
