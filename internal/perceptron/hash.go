package perceptron

// Features are 64-bit hashes. A feature is built from a template number (which
// kind of feature it is) and one or more values (a word, a suffix, a tag):
//
//	h := perceptron.Mix(perceptron.Template(7), perceptron.String(w))
//
// Hashing keeps scoring free of allocation and string building; at 64 bits
// collisions among the few million features of a model are negligible, and
// the hash is fixed (FNV-1a), so models are portable across runs and builds.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Template returns the seed of feature template n.
func Template(n int) uint64 { return Mix(fnvOffset, uint64(n)+1) }

// Templates returns the seeds of templates 0 to n-1, for a model's table of
// templates.
func Templates(n int) []uint64 {
	t := make([]uint64, n)
	for i := range t {
		t[i] = Template(i)
	}
	return t
}

// Start and End stand for the words before the first and after the last
// word of a sentence.
var (
	Start = String("\x00START")
	End   = String("\x00END")
)

// String hashes s.
func String(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// Lower hashes s as if ASCII letters were lower case. Non-ASCII bytes are
// hashed as they are, so Lower(s) == String(strings.ToLower(s)) for ASCII s.
func Lower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// Mix combines a hash with a value; it is not commutative, so
// Mix(Mix(t, a), b) and Mix(Mix(t, b), a) differ.
func Mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	// A final avalanche (from splitmix64) spreads the bits for the table.
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}
