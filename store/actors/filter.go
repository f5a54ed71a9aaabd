package actors

// Most words and runs of words the extractor looks up are in none of its
// tables. A map lookup hashes the whole key and probes; a filter that reads
// a few of the key's bytes and one bit answers most misses for a fraction
// of that, which matters when every word of every article is looked up.

import "math/bits"

// filter is a one-hash Bloom filter: mayHave is false for a key never
// added, and true for the keys added and a few others.
type filter struct {
	bits  []uint64
	shift uint // 64 - log2(number of bits)
}

// newFilter sizes a filter for n keys at about 16 bits a key, which keeps
// false positives near one in sixteen.
func newFilter(n int) *filter {
	size := 1 << 12
	for size < 16*n {
		size *= 2
	}
	return &filter{bits: make([]uint64, size/64), shift: uint(64 - bits.TrailingZeros(uint(size)))}
}

// filterHash mixes a key's length and six of its bytes: first, last, the
// second, the one before last and two in the middle.
func filterHash[K string | []byte](k K) uint64 {
	n := len(k)
	if n == 0 {
		return 0
	}
	x := uint64(k[0]) | uint64(k[n-1])<<8 | uint64(k[n/2])<<16 | uint64(k[n/3])<<24 |
		uint64(k[min(1, n-1)])<<32 | uint64(k[max(n-2, 0)])<<40 | uint64(n)<<48
	x ^= x >> 29
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 32
	return x * 0x9e3779b97f4a7c15
}

func (f *filter) add(k string) {
	b := filterHash(k) >> f.shift
	f.bits[b/64] |= 1 << (b % 64)
}

func mayHave[K string | []byte](f *filter, k K) bool {
	b := filterHash(k) >> f.shift
	return f.bits[b/64]&(1<<(b%64)) != 0
}
