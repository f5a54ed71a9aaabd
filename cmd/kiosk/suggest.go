package main

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/kioskreader/kiosk/store/sanitize"
	"github.com/kioskreader/kiosk/store/scan"
)

// checkSelect makes sure the FILE given to the UI names an article of dir.
// A typo ("kiosk lsit") or a missing file would otherwise open the UI on the
// folder and say nothing; instead it says so in one line with the nearest
// command or article, and the caller exits 2.
func checkSelect(env *Env, dir, arg string) bool {
	if _, err := resolve(dir, arg); err == nil {
		return true
	}
	msg := sanitize.Sprintf("kiosk: %s is neither a command nor an article in %s", quote(arg), quote(dir))
	if near := nearest(arg, commandNames()); near != "" {
		msg = sanitize.Concat(msg, sanitize.Sprintf("; did you mean 'kiosk %s'?", near))
	} else if near := nearest(strings.TrimSuffix(arg, ".txt"), articleIDs(dir)); near != "" {
		msg = sanitize.Concat(msg, sanitize.Sprintf("; did you mean %s?", quote(near)))
	}
	warn(env, msg)
	return false
}

// commandNames lists the subcommands a user types, without the TUI and the
// hidden ones (no summary) that the completion scripts call.
func commandNames() []string {
	var names []string
	for n, c := range commands {
		if n != "tui" && c.summary != "" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// maxSuggestScan bounds the names read to suggest an article: a suggestion
// is a courtesy and must not cost a walk of a huge folder.
const maxSuggestScan = 20000

// articleIDs lists the ids of the articles below dir, up to maxSuggestScan.
func articleIDs(dir string) []string {
	files, err := scan.Files(dir, func(scan.Skip) {})
	if err != nil {
		return nil
	}
	if len(files) > maxSuggestScan {
		files = files[:maxSuggestScan]
	}
	ids := make([]string, len(files))
	for i, p := range files {
		ids[i] = strings.TrimSuffix(filepath.Base(p), ".txt")
	}
	return ids
}

// nearest is the candidate closest to word by edit distance, if it is close
// enough to be a likely typo (at most a third of the word, and 3 edits);
// ties go to the first in order.
func nearest(word string, candidates []string) string {
	best, bestD := "", min(3, max(1, len([]rune(word))/3))+1
	for _, c := range candidates {
		if d := editDistance(word, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in runes, with
// a swap of two neighbours counted as one edit (the commonest typo).
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
