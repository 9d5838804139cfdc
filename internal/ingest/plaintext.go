package ingest

// text reads a plain-text input: one article, its dateline and headline read
// from the text itself (see the package documentation).
func (rd *reader) text(data []byte) error {
	if err := checkUTF8(data, 0); err != nil {
		return rd.fail(rd.name, err)
	}
	return rd.emit(source{origin: rd.name, body: string(data)})
}
