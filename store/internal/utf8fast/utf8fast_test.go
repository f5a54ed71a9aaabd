package utf8fast

import (
	"testing"
	"unicode/utf8"
)

// TwoByteRune must agree with utf8.DecodeRuneInString on every pair of bytes
// it decodes, and leave to it every pair it does not.
func TestTwoByteRune(t *testing.T) {
	for b0 := range 256 {
		for b1 := range 256 {
			s := string([]byte{byte(b0), byte(b1)})
			r, size := TwoByteRune(s, 0)
			want, wantSize := utf8.DecodeRuneInString(s)
			if size != 0 && (r != want || size != wantSize) || size == 0 && wantSize == 2 && want != utf8.RuneError {
				t.Fatalf("TwoByteRune(%q) = %U %d, DecodeRuneInString %U %d", s, r, size, want, wantSize)
			}
		}
	}
}
