package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// json reads one JSON record, an array of records, or several records one
// after the other. Items of an array, or of a sequence, are named
// "name#item N". A record that is not an object, has no text or has an
// impossible date is an item error; JSON that is cut short or malformed
// ends the input with an error naming where, after the records before it.
func (rd *reader) json(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '[' {
		if _, err := dec.Token(); err != nil {
			return jsonError(data, dec, err)
		}
		for n := 1; dec.More(); n++ {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return jsonError(data, dec, err)
			}
			start := int(dec.InputOffset()) - len(raw)
			if err := rd.record(raw, start, fmt.Sprintf("%s#item %d", rd.name, n)); err != nil {
				return err
			}
		}
		if _, err := dec.Token(); err != nil {
			return jsonError(data, dec, err)
		}
		if _, err := dec.Token(); err != io.EOF {
			return fmt.Errorf("data after the JSON array at byte %d", dec.InputOffset())
		}
		return nil
	}
	var records []json.RawMessage
	var starts []int
	var decodeErr error
	for {
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if err == io.EOF {
			break
		}
		if err != nil {
			decodeErr = jsonError(data, dec, err)
			break
		}
		records = append(records, raw)
		starts = append(starts, int(dec.InputOffset())-len(raw))
	}
	for i, raw := range records {
		origin := rd.name
		if len(records) > 1 || decodeErr != nil {
			origin = fmt.Sprintf("%s#item %d", rd.name, i+1)
		}
		if err := rd.record(raw, starts[i], origin); err != nil {
			return err
		}
	}
	return decodeErr
}

// jsonl reads one JSON record per line; blank lines are skipped. Each bad
// line is an item error naming "name:LINE"; the other lines go on.
func (rd *reader) jsonl(data []byte) error {
	for lineNo, off := 1, 0; off < len(data); lineNo++ {
		line := data[off:]
		next := len(data)
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line, next = line[:i], off+i+1
		}
		origin := rd.name + ":" + strconv.Itoa(lineNo)
		start := off
		off = next
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if err := rd.record(line, start, origin); err != nil {
			return err
		}
	}
	return nil
}

// isJSONLines reports whether data looks like JSONL: its first line is a
// whole JSON value and more follows it.
func isJSONLines(data []byte) bool {
	i := bytes.IndexByte(data, '\n')
	if i < 0 {
		return false
	}
	return json.Valid(data[:i]) && len(bytes.TrimSpace(data[i+1:])) > 0
}

// record reads the JSON record raw, which starts at byte start of the input,
// and emits its article or its error.
func (rd *reader) record(raw []byte, start int, origin string) error {
	if err := checkUTF8(raw, start); err != nil {
		return rd.fail(origin, err)
	}
	src, err := recordSource(raw)
	if err != nil {
		return rd.fail(origin, err)
	}
	src.origin = origin
	return rd.emit(src)
}

// recordSource reads a news record. It accepts the common field names
// ({"title","text","published","url","publisher","author"}, "body" or
// "content" for text, "date" or "publish_date" for published) and PLOVER's
// story records ("story", "text_story", "cite_info" with url, title,
// language and publication; "date" plus "time"). Field names are matched
// without regard to case. A text that is HTML is converted to paragraphs.
func recordSource(raw []byte) (source, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			return source{}, errors.New("record is not a JSON object")
		}
		return source{}, fmt.Errorf("invalid JSON record: %w", err)
	}
	rec := lowerKeys(fields)
	cite := lowerKeys(object(rec["cite_info"]))
	info := lowerKeys(object(rec["text_info"]))

	src := source{
		title:     firstString(", ", rec["title"], rec["headline"], cite["title"]),
		publisher: firstString(", ", rec["publisher"], rec["source"], rec["publication"], rec["site_name"], rec["outlet"], cite["publication"]),
		author:    firstString(", ", rec["author"], rec["authors"], rec["byline"]),
		url:       firstString(", ", rec["url"], rec["link"], cite["url"]),
		language:  firstString(", ", rec["language"], rec["lang"], cite["language"]),
		published: firstString("", rec["published"], rec["publish_date"], rec["published_at"], rec["date_published"], rec["datepublished"], rec["pubdate"], rec["date"]),
	}
	if t := stringValue(rec["time"], ""); t != "" && len(src.published) == 10 && stringValue(rec["date"], "") == src.published {
		src.published += "T" + t
	}
	src.body = firstString("\n\n", rec["text"], rec["body"], rec["content"], rec["story"], rec["article"], rec["maintext"])
	if src.body == "" {
		src.body = firstString(" ", rec["text_story"], info["text_story"])
	}
	if looksHTML(src.body) {
		src.body = strings.Join(htmlParagraphs(src.body), "\n\n")
	}
	return src, nil
}

// lowerKeys returns m with its keys in lower case; of two keys that differ
// only in case, the first in the record wins.
func lowerKeys(m map[string]json.RawMessage) map[string]json.RawMessage {
	out := make(map[string]json.RawMessage, len(m))
	for k, v := range m {
		lk := strings.ToLower(k)
		if _, dup := out[lk]; !dup || k == lk {
			out[lk] = v
		}
	}
	return out
}

// object decodes raw as a JSON object, or returns nil.
func object(raw json.RawMessage) map[string]json.RawMessage {
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return nil
	}
	return m
}

// firstString returns the first of raws that holds a non-empty value, as
// stringValue reads it with sep.
func firstString(sep string, raws ...json.RawMessage) string {
	for _, raw := range raws {
		if s := stringValue(raw, sep); strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// stringValue reads a field leniently: a string, a number's literal, the
// "name" of an object ({"name": "Reuters"}), or the values of an array
// joined with sep.
func stringValue(raw json.RawMessage, sep string) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return s
		}
	case '{':
		m := lowerKeys(object(raw))
		return firstString(sep, m["name"], m["@value"], m["text"])
	case '[':
		var items []json.RawMessage
		if json.Unmarshal(raw, &items) != nil {
			return ""
		}
		var parts []string
		for _, it := range items {
			if s := stringValue(it, sep); strings.TrimSpace(s) != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, sep)
	case 'n', 't', 'f': // null, true, false
		return ""
	default:
		return string(raw)
	}
	return ""
}

// jsonError describes a decoding error of data: where it is, and whether the
// input was cut short.
func jsonError(data []byte, dec *json.Decoder, err error) error {
	var syntax *json.SyntaxError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), err == io.EOF:
		return fmt.Errorf("truncated JSON: input ends at byte %d inside a value", len(data))
	case errors.As(err, &syntax):
		line, col := lineCol(data, int(syntax.Offset)-1) // Offset counts the bad byte
		return fmt.Errorf("invalid JSON at line %d, column %d: %v", line, col, err)
	}
	return fmt.Errorf("invalid JSON near byte %d: %w", dec.InputOffset(), err)
}

// lineCol returns the 1-based line and column of byte off of data.
func lineCol(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	before := data[:off]
	line = bytes.Count(before, []byte{'\n'}) + 1
	col = off - bytes.LastIndexByte(before, '\n')
	return line, col
}
