package article

import (
	"testing"

	"github.com/kioskreader/kiosk/store/synth"
)

// BenchmarkParse parses synthetic articles of about 3.4 KB, the size of
// scraped news, and reports the throughput a scan gets from one core.
func BenchmarkParse(b *testing.B) { benchParse(b, Parse) }

// BenchmarkParseContent is BenchmarkParse without the actor extraction, which
// store/actors owns: the part of the cost that this package controls.
func BenchmarkParseContent(b *testing.B) { benchParse(b, parseContent) }

func benchParse(b *testing.B, parse func(string, []byte) Article) {
	docs := make([][]byte, 500)
	size := 0
	for i := range docs {
		docs[i] = synth.Article(i, 1)
		size += len(docs[i])
	}
	b.SetBytes(int64(size / len(docs)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		parse("d/x.txt", docs[i%len(docs)])
	}
}

// BenchmarkFindDate is the part of Parse that dates the article, on the
// same synthetic articles, to compare with BenchmarkParse in one run.
func BenchmarkFindDate(b *testing.B) {
	docs := make([]Article, 500)
	for i := range docs {
		docs[i] = parseContent("d/x.txt", synth.Article(i, 1))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := docs[i%len(docs)]
		FindDate(DateInput{Lang: a.Lang, Title: titleLine(a), Lines: blockTexts(a.Blocks), Scraped: scraped})
	}
}
