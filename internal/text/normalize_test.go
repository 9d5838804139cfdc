package text

import "testing"

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, raw, want string
		rawOf           map[int]int // normalised offset -> raw offset
	}{
		{"unchanged", "Kim met Belousov.", "Kim met Belousov.", map[int]int{0: 0, 4: 4, 17: 17}},
		{"crlf", "a\r\nb\r\nc", "a\nb\nc", map[int]int{0: 0, 1: 1, 2: 3, 4: 6, 5: 7}},
		{"lone cr", "a\rb", "a\nb", map[int]int{2: 2}},
		{"nfc", "Cafe\u0301 x", "Caf\u00e9 x", map[int]int{0: 0, 3: 3, 5: 6, 7: 8}},
		{"curly quotes kept", "“support”", "“support”", map[int]int{3: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, m := Normalize(tt.raw)
			if got != tt.want {
				t.Fatalf("Normalize(%q) = %q, want %q", tt.raw, got, tt.want)
			}
			for n, r := range tt.rawOf {
				if g := m.Raw(n); g != r {
					t.Errorf("Raw(%d) = %d, want %d", n, g, r)
				}
			}
		})
	}
}
