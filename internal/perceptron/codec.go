package perceptron

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"slices"
	"sort"
)

// The file format, inside a gzip stream (all integers uvarints unless said):
//
//	magic "sitrep-perceptron/1\n"
//	classes:  n, then n strings
//	lexicon:  n, then n × (string key, class), sorted by key
//	scale:    float32 bits, 4 bytes little-endian
//	features: n, then n × (key delta from the previous key, count,
//	          count × (class byte, zigzag varint weight/scale))
//
// A string is its length then its bytes. Weights are quantised to 16 bits
// against one scale for the whole model; that keeps files small and changes
// no prediction measurably.
const magic = "sitrep-perceptron/1\n"

const quantMax = 32767

// WriteTo writes m in the binary format. The output depends only on the
// model, so the same model always gives the same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	putU := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	putS := func(s string) { putU(uint64(len(s))); bw.WriteString(s) }

	bw.WriteString(magic)
	putU(uint64(len(m.classes)))
	for _, c := range m.classes {
		putS(c)
	}
	lex := make([]string, 0, len(m.lexicon))
	for k := range m.lexicon {
		lex = append(lex, k)
	}
	sort.Strings(lex)
	putU(uint64(len(lex)))
	for _, k := range lex {
		putS(k)
		putU(uint64(m.lexicon[k]))
	}

	var maxAbs float64
	for _, w := range m.weights {
		maxAbs = max(maxAbs, math.Abs(float64(w.w)))
	}
	scale := float32(maxAbs / quantMax)
	if scale == 0 {
		scale = 1
	}
	binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(scale))
	bw.Write(buf[:4])

	var slots []slot
	for _, s := range m.slots {
		if s.key != 0 {
			slots = append(slots, s)
		}
	}
	slices.SortFunc(slots, func(a, b slot) int {
		ka, kb := a.key, b.key
		switch {
		case ka < kb:
			return -1
		case ka > kb:
			return 1
		}
		return 0
	})
	// Count the features that keep a weight after quantisation first, as
	// the count precedes them.
	quant := func(w float32) int64 { return int64(math.Round(float64(w / scale))) }
	kept := 0
	for _, sl := range slots {
		for _, w := range m.weights[sl.start : sl.start+sl.count] {
			if quant(w.w) != 0 {
				kept++
				break
			}
		}
	}
	putU(uint64(kept))
	var prev uint64
	for _, sl := range slots {
		var cls []uint8
		var q []int64
		for j := sl.start; j < sl.start+sl.count; j++ {
			if v := quant(m.weights[j].w); v != 0 {
				cls = append(cls, uint8(m.weights[j].cls))
				q = append(q, v)
			}
		}
		if len(cls) == 0 {
			continue
		}
		putU(sl.key - prev)
		prev = sl.key
		putU(uint64(len(cls)))
		for j := range cls {
			bw.WriteByte(cls[j])
			bw.Write(buf[:binary.PutVarint(buf[:], q[j])])
		}
	}
	if err := bw.Flush(); err != nil {
		return cw.n, fmt.Errorf("perceptron: write: %w", err)
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("perceptron: write: %w", err)
	}
	return cw.n, cw.err
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	if err != nil && c.err == nil {
		c.err = err
	}
	return n, err
}

// Read reads a Model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("perceptron: read: %w", err)
	}
	defer zr.Close()
	m, err := decode(bufio.NewReader(zr))
	if err != nil {
		return nil, fmt.Errorf("perceptron: read: %w", err)
	}
	return m, nil
}

// Load reads the Model written by WriteTo at path in fsys; the error names
// the path.
func Load(fsys fs.FS, path string) (*Model, error) {
	f, err := fsys.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

var errFormat = errors.New("not a perceptron model")

func decode(br *bufio.Reader) (*Model, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errFormat
	}
	getU := func(limit uint64) (uint64, error) {
		v, err := binary.ReadUvarint(br)
		if err != nil {
			return 0, err
		}
		if v > limit {
			return 0, fmt.Errorf("value %d out of range", v)
		}
		return v, nil
	}
	getS := func() (string, error) {
		n, err := getU(1 << 16)
		if err != nil {
			return "", err
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return "", err
		}
		return string(b), nil
	}

	nc, err := getU(MaxClasses)
	if err != nil {
		return nil, err
	}
	classes := make([]string, nc)
	for i := range classes {
		if classes[i], err = getS(); err != nil {
			return nil, err
		}
	}
	nl, err := getU(1 << 24)
	if err != nil {
		return nil, err
	}
	lex := make(map[string]int, nl)
	for range nl {
		k, err := getS()
		if err != nil {
			return nil, err
		}
		c, err := getU(nc - 1)
		if err != nil {
			return nil, err
		}
		lex[k] = int(c)
	}
	var sb [4]byte
	if _, err := io.ReadFull(br, sb[:]); err != nil {
		return nil, err
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(sb[:]))
	nf, err := getU(1 << 28)
	if err != nil {
		return nil, err
	}
	rows := make([]row, 0, nf)
	var key uint64
	for range nf {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		key += d
		n, err := getU(nc)
		if err != nil {
			return nil, err
		}
		r := row{key: key, cls: make([]uint8, n), w: make([]float32, n)}
		for j := range r.cls {
			c, err := br.ReadByte()
			if err != nil {
				return nil, err
			}
			if uint64(c) >= nc {
				return nil, fmt.Errorf("class %d out of range", c)
			}
			q, err := binary.ReadVarint(br)
			if err != nil {
				return nil, err
			}
			r.cls[j], r.w[j] = c, float32(q)*scale
		}
		rows = append(rows, r)
	}
	return newModel(classes, lex, rows), nil
}
