package ingest

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf16"
)

// result is what Read gave for one input: the outcome of each item ("ok:
// <Title or first words>" or the item's error) and the input's error.
type result struct {
	items []string
	err   string
}

func read(name string, data []byte, opts Options) result {
	var r result
	err := Read(name, bytes.NewReader(data), opts, func(it Item) error {
		if it.Err != nil {
			r.items = append(r.items, it.Err.Error())
			return nil
		}
		r.items = append(r.items, "ok: "+it.Article.Title+" | "+firstWords(it.Article.Text, 4))
		return nil
	})
	if err != nil {
		r.err = err.Error()
	}
	return r
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

func utf16Bytes(s string, bigEndian bool) []byte {
	out := []byte{0xFF, 0xFE}
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

const goodItem = `<item><title>Pilots return</title><pubDate>Mon, 03 Mar 2025 14:20:00 +0100</pubDate><description>Pilots returned to work on Tuesday.</description></item>`

// TestBadInput feeds each kind of bad input the issue names: every one gets
// a clear error naming the input (and the item), nothing panics, and the
// good items of the same input still come through.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name  string
		file  string
		data  []byte
		opts  Options
		items []string
		err   string
	}{
		{
			name: "empty file",
			file: "empty.txt",
			err:  "ingest: empty.txt: empty input",
		},
		{
			name: "white space only",
			file: "blank.txt",
			data: []byte(" \r\n\t\n"),
			err:  "ingest: blank.txt: empty input",
		},
		{
			name: "binary file",
			file: "photo.png",
			data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
			err:  "ingest: photo.png: binary input: NUL byte at byte 8",
		},
		{
			name: "control characters",
			file: "term.log",
			data: []byte("ok\x1b[31mred\x1b[0m\x07"),
			err:  "ingest: term.log: binary input: control character U+001B at byte 2",
		},
		{
			name:  "one stray control character in a long text",
			file:  "stray.txt",
			data:  []byte("A father\x1b — " + strings.Repeat("then he spoke at length. ", 60)),
			items: []string{"ok:  | A father — then"},
		},
		{
			name: "larger than MaxBytes",
			file: "big.txt",
			data: bytes.Repeat([]byte("words "), 100),
			opts: Options{MaxBytes: 100},
			err:  "ingest: big.txt: input larger than the limit of 100 bytes",
		},
		{
			name:  "invalid UTF-8",
			file:  "latin1.txt",
			data:  []byte("Caf\xe9 owners protest.\n\nMore text."),
			items: []string{"ingest: latin1.txt: invalid UTF-8 at byte 3"},
		},
		{
			name:  "UTF-16 little endian with BOM",
			file:  "utf16le.txt",
			data:  utf16Bytes("Kyiv talks resume\r\n\r\nNegotiators met in Kyiv on Friday.", false),
			items: []string{"ok: Kyiv talks resume | Kyiv talks resume Negotiators"},
		},
		{
			name:  "UTF-16 big endian with BOM",
			file:  "utf16be.txt",
			data:  utf16Bytes("Kyiv talks resume\n\nNegotiators met in Kyiv on Friday.", true),
			items: []string{"ok: Kyiv talks resume | Kyiv talks resume Negotiators"},
		},
		{
			name: "UTF-16 with an odd number of bytes",
			file: "odd.txt",
			data: append(utf16Bytes("Kyiv", false), 'x'),
			err:  "ingest: odd.txt: UTF-16 input has an odd number of bytes (11)",
		},
		{
			name:  "UTF-8 byte order mark",
			file:  "bom.txt",
			data:  []byte("\xEF\xBB\xBFOne line only."),
			items: []string{"ok:  | One line only."},
		},
		{
			name:  "HTML with no article",
			file:  "home.html",
			data:  []byte(`<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><footer>© 2025</footer></body></html>`),
			items: []string{"ingest: home.html: no article text found in the HTML page"},
		},
		{
			name: "truncated JSON",
			file: "cut.json",
			data: []byte(`{"title": "Pilots return", "text": "Pilots returned to wo`),
			err:  "ingest: cut.json: truncated JSON: input ends at byte 57 inside a value",
		},
		{
			name:  "truncated JSON array",
			file:  "cut-array.json",
			data:  []byte(`[{"title": "Pilots return", "text": "Pilots returned."}, {"title": "Ferries", "te`),
			items: []string{"ok: Pilots return | Pilots return Pilots returned."},
			err:   "ingest: cut-array.json: truncated JSON: input ends at byte 81 inside a value",
		},
		{
			name: "JSONL with one bad line",
			file: "batch.jsonl",
			data: []byte(`{"title": "Pilots return", "text": "Pilots returned."}
{"title": "Broken", "text": "no closing quote}
{"title": "Ferries", "text": "Ferries ran."}
`),
			items: []string{
				"ok: Pilots return | Pilots return Pilots returned.",
				"ingest: batch.jsonl:2: invalid JSON record: unexpected end of JSON input",
				"ok: Ferries | Ferries Ferries ran.",
			},
		},
		{
			name: "JSONL line with invalid UTF-8 and one without text",
			file: "batch.jsonl",
			data: []byte("{\"text\": \"Caf\xe9\"}\n{\"title\": \"Only a title\"}\n"),
			items: []string{
				"ingest: batch.jsonl:1: invalid UTF-8 at byte 13",
				"ingest: batch.jsonl:2: no text",
			},
		},
		{
			name:  "JSON array of non-records",
			file:  "numbers.json",
			data:  []byte(`[1]`),
			items: []string{"ingest: numbers.json#item 1: record is not a JSON object"},
		},
		{
			name: "RSS with one broken item among good ones",
			file: "feed.xml",
			data: []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>` +
				goodItem +
				`<item><title>Broken</title><description>A stray < here</description></item>` +
				goodItem +
				`<item><title>Empty</title></item>` +
				`<item><title>Cut</title><description><![CDATA[never ends</description></item>` +
				`<item><title>Mismatched</title><description>End tag</descr></item>` +
				goodItem +
				`</channel></rss>`),
			items: []string{
				"ok: Pilots return | Pilots return Pilots returned",
				"ingest: feed.xml#item 2: malformed item: ",
				"ok: Pilots return | Pilots return Pilots returned",
				"ingest: feed.xml#item 4: no text",
				"ingest: feed.xml#item 5: malformed item: ",
				"ok: Mismatched | Mismatched End tag", // lost by the whole-feed parse, recovered alone
				"ok: Pilots return | Pilots return Pilots returned",
			},
		},
		{
			name:  "dateline with an impossible date",
			file:  "feb30.txt",
			data:  []byte("SEOUL, Feb 30, 2024 (Reuters) - North Korea said on Friday it would hold talks."),
			items: []string{`ingest: feb30.txt: dateline: impossible date "Feb 30, 2024"`},
		},
		{
			name:  "date prefix with an impossible date",
			file:  "month13.txt",
			data:  []byte(" date 2023-13-01 Seoul: A summary sentence.\n\nThe body."),
			items: []string{`ingest: month13.txt: dateline: impossible date "2023-13-01"`},
		},
		{
			name:  "JSON record with an impossible published date",
			file:  "r.json",
			data:  []byte(`{"text": "Talks resumed.", "published": "2024-02-30"}`),
			items: []string{`ingest: r.json: published date: impossible date "2024-02-30"`},
		},
		{
			name: "forced JSON on plain text",
			file: "note.txt",
			data: []byte("Plain words."),
			opts: Options{Format: FormatJSON},
			err:  "ingest: note.txt: invalid JSON at line 1, column 1: invalid character 'P' looking for beginning of value",
		},
		{
			name: "forced feed on plain text",
			file: "note.txt",
			data: []byte("Plain words."),
			opts: Options{Format: FormatFeed},
			err:  "ingest: note.txt: not an RSS or Atom feed: failed to detect feed type",
		},
		{
			name: "forced HTML on plain text",
			file: "note.txt",
			data: []byte("Plain words."),
			opts: Options{Format: FormatHTML},
			err:  "ingest: note.txt: not HTML: the input has no markup",
		},
		{
			name: "impossible date option",
			file: "note.txt",
			data: []byte("Plain words."),
			opts: Options{Date: "2024-02-30"},
			err:  `ingest: note.txt: option date: impossible date "2024-02-30"`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := read(tt.file, tt.data, tt.opts)
			if got.err != tt.err {
				t.Errorf("error = %q, want %q", got.err, tt.err)
			}
			if len(got.items) != len(tt.items) {
				t.Fatalf("items = %q, want %q", got.items, tt.items)
			}
			for i := range got.items {
				// A malformed item's error goes on with the XML parser's words.
				if got.items[i] != tt.items[i] && !(strings.HasSuffix(tt.items[i], ": ") && strings.HasPrefix(got.items[i], tt.items[i])) {
					t.Errorf("item %d = %q, want %q", i+1, got.items[i], tt.items[i])
				}
			}
		})
	}
}

// TestLongLine reads a 50 MB text of one line: it must be read whole, in
// time linear in its size.
func TestLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input skipped in -short mode")
	}
	data := bytes.Repeat([]byte("word "), 10<<20)
	got := read("long.txt", data, Options{})
	if got.err != "" || len(got.items) != 1 || !strings.HasPrefix(got.items[0], "ok:") {
		t.Fatalf("got %q, %q", got.items, got.err)
	}
}
