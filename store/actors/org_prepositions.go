package actors

// cyrillicPrepositions are the Russian and Ukrainian prepositions of two
// syllables or more that lexicon.go's function words lack. Capitalized at
// a sentence's or a headline's head they were read as the first word of
// the body or place after them ("Біля Верховної Ради України": near the
// parliament).
var cyrillicPrepositions = set(`около возле после перед через между против среди без для при под над вокруг вдоль
	сквозь кроме вместо внутри
	біля після перед через між проти серед без для при під над навколо вздовж понад крізь заради крім замість
	всередині поблизу`)

func init() {
	for w := range cyrillicPrepositions {
		functionWords[w] = true
	}
}
