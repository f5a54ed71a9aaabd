package actors

// Key is the key under which a Tally counts a: the same for every form of
// a country, and for names that differ only in case and accents. Tallies
// kept elsewhere (by date, for a timeline) use it to count the same actors.
func Key(a Actor) string {
	key, _ := tallyKey(a)
	return key
}
