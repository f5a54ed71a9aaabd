package article

// sampleSize is about how much text (in bytes) the language is guessed on:
// the title, then whole paragraphs until the sample is longer than this.
const sampleSize = 4000

// DetectLang guesses the ISO 639-1 code of an article from its title and
// first paragraphs: the script first (Cyrillic, CJK, Arabic…), then the
// language whose common words occur most. "" when there is too little text.
// It runs on every article of a scan, so it avoids work: the sample is read
// in place rather than joined, ASCII letters are counted only when another
// script is present, the Latin blocks are classified by table, and stopwords
// are looked up without a Go map.
func DetectLang(title string, paragraphs []string) string {
	paragraphs = paragraphs[:sampleParagraphs(title, paragraphs)]
	if lang := byScript(title, paragraphs); lang != "" {
		return lang
	}
	return byStopwords(title, paragraphs)
}

// sampleParagraphs is how many paragraphs the sample takes: it grows by a
// whole paragraph (and the line break before it) while not above sampleSize.
// Each piece is read on its own: a line break never joins two words.
func sampleParagraphs(title string, paragraphs []string) int {
	size := len(title)
	for n, p := range paragraphs {
		if size > sampleSize {
			return n
		}
		size += 1 + len(p)
	}
	return len(paragraphs)
}
