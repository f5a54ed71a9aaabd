package actors

// Indonesian names its units head first and strings them together without
// a comma: "Desa Bira Barat Kecamatan Ketapang", "Kapolres Sampang AKBP
// Didit ...".

// indonesianHead returns the first word after i in the run toks[i:j] of
// an Indonesian text that is a place's generic word ("Kecamatan", "Kota",
// "Desa"), where a new name begins, or j. Splitting at a body's head as
// well ("Reskrim Polres Sampang") lost more on the dev half nobody reads
// than it won.
func (s *scanner) indonesianHead(i, j int) int {
	if s.lang != "id" {
		return j
	}
	for k := i + 1; k < j-1; k++ {
		if t := &s.toks[k]; t.has(isPlaceBefore) && !t.caps && !s.toks[k-1].has(isPlaceBefore) {
			return k // but "Desa Gunung Rancak": a village named after a mountain
		}
		if indonesianUnit(s.toks[k].lower) {
			return k // "Reskrim Polres Sampang": a section, then the unit
		}
	}
	return j
}

// indonesianUnit reports the short names of Indonesian police, army and
// local government units, which the region they serve always follows:
// "Polres Sampang", "Pemkab Bogor", "DPRD Jawa Timur".
func indonesianUnit(w string) bool {
	switch w {
	case "polres", "polda", "polsek", "polresta", "polrestabes", "pemkab", "pemkot", "pemprov", "dprd", "kodim", "korem", "kodam":
		return true
	}
	return false
}

// indonesianCompass reports the words that follow a region's name to name
// a part of it: "Jakarta Selatan", "Maluku Tengah", "Seram Bagian Barat".
func indonesianCompass(w string) bool {
	switch w {
	case "utara", "selatan", "timur", "barat", "tengah", "tenggara", "barat_daya", "laut", "daya":
		return true
	}
	return false
}

// regionalTitle reports an Indonesian title that names the region its
// holder heads right after it: "Kapolres Sampang", "Bupati Merauke",
// "Gubernur Jawa Timur". A single word after it is that region, not the
// holder's name.
func regionalTitle(w string) bool {
	switch w {
	case "kapolres", "kapolresta", "kapolrestabes", "kapolda", "kapolsek", "wakapolres", "wakapolda",
		"bupati", "wabup", "gubernur", "wagub", "walikota", "camat", "lurah", "kades", "dandim", "danrem", "pangdam":
		return true
	}
	return false
}

// indonesianHeadline reports a line written In Title Case in an Indonesian
// article: four words or more, nine in ten capitalized. Indonesian
// headlines capitalize every word and need no short function word
// ("Polisi Amankan Terduga Pelaku Pembunuhan"), which countWords asks of
// other languages; the names come again in the body.
func indonesianHeadline(toks []token) bool {
	words, caps := 0, 0
	for k := range toks {
		t := &toks[k]
		if !t.word || t.digit {
			continue
		}
		words++
		if t.upper {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*9
}
