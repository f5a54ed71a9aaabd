package synth

// CommonWord appears in about nine articles in ten: a search for it matches
// nearly the whole folder, the worst case for ranking.
const CommonWord = "Mekong"

// RareWords each appear in about one article in a thousand: a search for
// one of them should answer at once. No other generated word contains them.
var RareWords = []string{"Zanthoria", "Kestrevane", "Ulvaborg", "Brizenhall", "Ostravine", "Quillamire"}

// Per-mille shares of the articles holding each benchmark word.
const (
	commonPerMille = 900
	rarePerMille   = 1
)

// Has reports whether article i of the folder made with seed contains word
// (CommonWord or one of RareWords), without generating it.
func Has(i int, seed int64, word string) bool {
	if word == CommonWord {
		return mix(seed, i, 0)%1000 < commonPerMille
	}
	for k, w := range RareWords {
		if w == word {
			return mix(seed, i, uint64(k+1))%1000 < rarePerMille
		}
	}
	return false
}

// Count is how many of the articles 0..n-1 contain word.
func Count(n int, seed int64, word string) int {
	c := 0
	for i := range n {
		if Has(i, seed, word) {
			c++
		}
	}
	return c
}

// mix hashes (seed, i, salt) into 64 well-spread bits (splitmix64).
func mix(seed int64, i int, salt uint64) uint64 {
	x := uint64(seed)*0x9e3779b97f4a7c15 ^ uint64(i)*0xbf58476d1ce4e5b9 ^ salt*0x94d049bb133111eb
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
