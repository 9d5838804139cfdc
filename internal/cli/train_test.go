package cli

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/ner"
	"github.com/sitrep-project/sitrep/internal/tagger"
)

func TestTrainUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string // in stdout for ExitOK, in stderr otherwise
	}{
		{"help", []string{"train", "--help"}, ExitOK, "Usage: sitrep train pos|ner"},
		{"no model", []string{"train"}, ExitUsage, "name the model to train"},
		{"unknown model", []string{"train", "chunker"}, ExitUsage, `unknown model "chunker"`},
		{"extra argument", []string{"train", "pos", "extra"}, ExitUsage, `unexpected argument "extra"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tc.args...)
			got := stderr
			if tc.code == ExitOK {
				got = stdout
			}
			if code != tc.code || !strings.Contains(got, tc.want) {
				t.Errorf("sitrep %v: exit %d, output %q; want exit %d with %q", tc.args, code, got, tc.code, tc.want)
			}
		})
	}
}

// writeTinyCorpus writes a PolNeAR-like corpus of a few sentences of our
// own as both train and dev split.
func writeTinyCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	sentences := [][][3]string{
		{{"Kim", "NNP", "PERSON"}, {"met", "VBD", "O"}, {"Belousov", "NNP", "PERSON"}, {"in", "IN", "O"}, {"Pyongyang", "NNP", "LOCATION"}, {".", ".", "O"}},
		{{"North", "JJ", "MISC"}, {"Korean", "JJ", "MISC"}, {"troops", "NNS", "O"}, {"arrived", "VBD", "O"}, {"in", "IN", "O"}, {"Russia", "NNP", "LOCATION"}, {".", ".", "O"}},
		{{"The", "DT", "O"}, {"agency", "NN", "O"}, {"said", "VBD", "O"}, {"“", "``", "O"}, {"Putin", "NNP", "PERSON"}, {"wins", "VBZ", "O"}, {"”", "''", "O"}, {".", ".", "O"}},
	}
	var text strings.Builder
	var toks strings.Builder
	toks.WriteString("# doc tiny\n")
	for _, s := range sentences {
		for i, w := range s {
			if i > 0 && w[0] != "." && w[0] != "”" && !strings.HasSuffix(text.String(), "“") {
				text.WriteString(" ")
			}
			start := len([]rune(text.String()))
			text.WriteString(w[0])
			fmt.Fprintf(&toks, "%s\t%d\t%d\t%s\t%s\t%s\n", w[0], start, start+len([]rune(w[0])), w[1], strings.ToLower(w[0]), w[2])
		}
		text.WriteString(" ")
		toks.WriteString("\n")
	}
	for _, split := range []string{"train", "dev"} {
		if err := os.MkdirAll(filepath.Join(dir, split, "text"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, split, "text", "tiny.txt"), []byte(text.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(toks.String()))
		zw.Close()
		if err := os.WriteFile(filepath.Join(dir, split+".tokens.tsv.gz"), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestTrainTiny trains both models on a tiny corpus, twice: the files must
// load and be the same bytes both times.
func TestTrainTiny(t *testing.T) {
	corpus := writeTinyCorpus(t)
	var first map[string][]byte
	for run := range 2 {
		// A new folder, not named models: training writes the built-in
		// word lists beside the models it makes.
		out := filepath.Join(t.TempDir(), "trained")
		for _, kind := range []string{"pos", "ner"} {
			code, stdout, stderr := runCmd(t, "train", kind, "--data", corpus, "--out", out, "--iterations", "3")
			if code != ExitOK || !strings.Contains(stdout, kind+" dev") {
				t.Fatalf("train %s: exit %d\nstdout: %s\nstderr: %s", kind, code, stdout, stderr)
			}
		}
		if _, err := tagger.Load(modelsDir(out)); err != nil {
			t.Errorf("tagger.Load: %v", err)
		}
		if _, err := ner.Load(modelsDir(out)); err != nil {
			t.Errorf("ner.Load: %v", err)
		}
		files := map[string][]byte{}
		for _, name := range []string{"pos.model", "verbs.txt", "ner.model", "lemma.txt", "names.txt"} {
			b, err := os.ReadFile(filepath.Join(out, name))
			if err != nil {
				t.Fatal(err)
			}
			files[name] = b
		}
		if run == 0 {
			first = files
			continue
		}
		for name, b := range files {
			if !bytes.Equal(b, first[name]) {
				t.Errorf("%s differs between two trainings on the same data", name)
			}
		}
	}
}
