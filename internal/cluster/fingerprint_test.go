package cluster

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/devdata"
)

// TestFingerprintValues pins exact fingerprints: stored articles carry
// them, so a change would stop new copies matching old originals.
func TestFingerprintValues(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              Fingerprint
	}{
		{"wire", "Ministers agree on quotas", "Ministers agree on quotas\n\n" + wire,
			Fingerprint{0x710ac41d1a545420, [4]uint64{0xdf28d0f33345d1c, 0x3958c31b74e45ca, 0x71ea8aa234f038c, 0xf993abacd0ec88}}},
		{"accents and case", "", "Łódź ÉTÉ été İstanbul " + wire,
			Fingerprint{0x308acc1d1a455421, [4]uint64{0x2fb523b768a6049, 0x3958c31b74e45ca, 0x71ea8aa234f038c, 0xf993abacd0ec88}}},
		{"too short", "", "Ministers agreed on quotas.", Fingerprint{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FingerprintOf(tt.title, tt.text); got != tt.want {
				t.Errorf("FingerprintOf = %#v, want %#v", got, tt.want)
			}
		})
	}
}

func BenchmarkFingerprintOf(b *testing.B) {
	docs := devdata.PolNeAR(b, "dev")
	for b.Loop() {
		for _, d := range docs {
			FingerprintOf("", d.Text)
		}
	}
}
