package article

import "strings"

// Parsing is bounded by design, whatever a file holds under --max-size
// (README: Security): memory stays within 8× the file plus 32 MiB, and
// time within 2 s for a 16 MiB file, on a file of short lines as on one
// long line (measured: 94 MiB peak RSS for 16 MiB of short lines).
//
//   - At most maxLines (20,000) lines of text are kept one by one; the text past
//     them is kept too, as one last paragraph (no real article comes near:
//     a block costs 40 bytes of bookkeeping, more than a short line).
//   - Around the parse, store/scan's ParseBudget (16 MiB of file bytes,
//     shared by every core) is held by a file from its read until its
//     article is listed or its index row written, so the files in flight
//     never pass it (and one file, the one the consumer waits for): the
//     indexer's heap stays within 2 × 8 × 16 MiB + 32 MiB per core
//     (store/index TestIndexMemoryBudget measures it).
//   - Actors are extracted from the title and the first actorText bytes of
//     the body (paragraphs, then captions, cut at a paragraph's end): a name
//     first met past them is not found. The extractor's memory grows with
//     the text it is given, many times its size; this keeps it fixed.
const (
	maxLines  = 20_000
	actorText = 64 << 10
)

// prefix is the longest run of texts from the start of list whose total
// size does not pass *left, which it decreases. A first text longer than
// what is left is cut at a space, so that one huge paragraph still gives
// its opening's actors.
func prefix(list []string, left *int) []string {
	for i, s := range list {
		if len(s) <= *left {
			*left -= len(s)
			continue
		}
		if i == 0 && *left > 0 {
			cut := s[:*left]
			if j := strings.LastIndexByte(cut, ' '); j > 0 {
				cut = cut[:j]
			}
			*left = 0
			return []string{cut}
		}
		*left = 0
		return list[:i]
	}
	return list
}
