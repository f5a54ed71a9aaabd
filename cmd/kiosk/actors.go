package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/scan"
)

func init() {
	commands["actors"] = command{"the people, organizations and places named", runActors}
}

func runActors(env *Env, args []string) int {
	fs := newFlags(env, "actors", "kiosk actors [--dir DIR] [--json] [--since DATE] [--until DATE] [--kind KIND] [ID|FILE]",
		"Prints one article's actors (people, organizations, places), most mentioned first,\n"+
			"or without an argument the folder's actors ranked by the number of articles naming them,\n"+
			"counting only the articles dated within --since and --until.")
	dirArg := dirFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON Lines")
	kindArg := fs.String("kind", "", "only actors of this `KIND`: person, organization or place")
	since := fs.String("since", "", "only articles dated on or after `DATE` (2025, 2025-03 or 2025-03-16)")
	until := fs.String("until", "", "only articles dated on or before `DATE`")
	rest, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) > 1 {
		fmt.Fprintln(env.Stderr, "kiosk actors: name at most one article")
		return 2
	}
	arg := ""
	if len(rest) == 1 {
		arg = rest[0]
	}
	kind, ok := kindFlag(env, *kindArg)
	if !ok {
		return 2
	}
	by, ok := parseRange(env, *since, *until)
	if !ok {
		return 2
	}
	out := bufio.NewWriter(env.Stdout)
	defer out.Flush()
	if arg != "" {
		a, ok := findArticle(env, *dirArg, arg)
		if !ok {
			return 2
		}
		printArticleActors(out, ofKind(a.Actors, kind), *asJSON)
		return 0
	}
	dir, ok := folder(env, *dirArg)
	if !ok {
		return 2
	}
	ranked, err := folderActors(env, dir, by)
	if err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: cannot list %s: %v\n", quote(dir), err)
		return 1
	}
	printRanked(out, rankedOfKind(ranked, kind), *asJSON)
	return 0
}

// folderActors tallies the actors of the articles of dir that by keeps.
func folderActors(env *Env, dir string, by dateOrder) ([]actors.Ranked, error) {
	var tally actors.Tally
	err := eachDated(env, dir, func() { tally = actors.Tally{} }, func(d *article.Date, list []actors.Actor) {
		if by.keeps(d) {
			tally.Add(list)
		}
	})
	return tally.Ranked(), err
}

// eachDated calls f with the date and actors of every article in dir, from
// the index when it can be used, else by reading every file; reset is
// called before the files are read, should the index fail half-way.
func eachDated(env *Env, dir string, reset func(), f func(*article.Date, []actors.Actor)) error {
	if ix, err := openIndex(env, dir); err == nil {
		defer ix.Close()
		if _, err := refreshIndex(env, ix, quickRefresh, barBigOnTerminal); err == nil {
			if err := ix.EachDatedActors(context.Background(), f); err == nil {
				return nil
			}
			reset()
		}
	}
	return scan.Scan(context.Background(), dir, scan.Options{},
		func(a article.Article) { f(a.Date, a.Actors) },
		func(s scan.Skip) { fmt.Fprintln(env.Stderr, s.String()) })
}

// kindFlag reads --kind: "" for every kind.
func kindFlag(env *Env, s string) (actors.Kind, bool) {
	switch k := actors.Kind(s); k {
	case "", actors.Person, actors.Organization, actors.Place:
		return k, true
	}
	fmt.Fprintf(env.Stderr, "kiosk: --kind is person, organization or place, not %s\n", quote(s))
	return "", false
}

func ofKind(list []actors.Actor, k actors.Kind) []actors.Actor {
	if k == "" {
		return list
	}
	var out []actors.Actor
	for _, a := range list {
		if a.Kind == k {
			out = append(out, a)
		}
	}
	return out
}

func rankedOfKind(list []actors.Ranked, k actors.Kind) []actors.Ranked {
	if k == "" {
		return list
	}
	var out []actors.Ranked
	for _, r := range list {
		if r.Kind == k {
			out = append(out, r)
		}
	}
	return out
}

func printArticleActors(out *bufio.Writer, list []actors.Actor, asJSON bool) {
	enc := json.NewEncoder(out)
	for _, a := range list {
		if asJSON {
			_ = enc.Encode(a)
			continue
		}
		fmt.Fprintf(out, "%4d  %-12s  %s\n", a.Mentions, a.Kind, a.Name)
	}
}

func printRanked(out *bufio.Writer, list []actors.Ranked, asJSON bool) {
	enc := json.NewEncoder(out)
	if !asJSON && len(list) > 0 {
		fmt.Fprintf(out, "%8s  %8s  %-12s  %s\n", "articles", "mentions", "kind", "name")
	}
	for _, r := range list {
		if asJSON {
			_ = enc.Encode(r)
			continue
		}
		fmt.Fprintf(out, "%8d  %8d  %-12s  %s\n", r.Articles, r.Mentions, r.Kind, r.Name)
	}
}
