package main

import (
	"context"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/people"
	"github.com/kioskreader/kiosk/store/sanitize"
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
		warn(env, sanitize.Lit("kiosk actors: name at most one article"))
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
	out := newOutput(env)
	if arg != "" {
		a, ok := findArticle(env, *dirArg, arg)
		if !ok {
			return 2
		}
		printArticleActors(out, ofKind(a.Actors, kind, func(a actors.Actor) actors.Kind { return a.Kind }), *asJSON)
		return out.done(0)
	}
	dir, ok := folder(env, *dirArg)
	if !ok {
		return 2
	}
	ranked, err := folderActors(env, dir, by)
	if err != nil {
		warn(env, sanitize.Sprintf("kiosk: cannot list %s: %v", quote(dir), err))
		return 1
	}
	printRanked(out, ofKind(ranked, kind, func(r actors.Ranked) actors.Kind { return r.Kind }), *asJSON)
	return out.done(0)
}

// folderActors tallies the actors of the articles of dir that by keeps.
func folderActors(env *Env, dir string, by dateOrder) ([]actors.Ranked, error) {
	f, err := folderPeople(env, dir, by)
	return f.Ranked, err
}

// folderPeople is the tally of the articles of dir that by keeps, the one
// the UI's actors view reads (store/people): the ranking, and each actor's
// articles for kiosk timeline. It comes from the index, whose tally is kept
// beside it and brought up to date with the articles that changed; else
// from reading every file.
func folderPeople(env *Env, dir string, by dateOrder) (*people.Folder, error) {
	var keep func(*article.Date) bool
	if by.ranged {
		keep = by.keeps
	}
	if ix, err := openIndex(env, dir); err == nil {
		defer ix.Close()
		if _, err := refreshIndex(env, ix, quickRefresh, barBigOnTerminal); err == nil {
			if t, _, err := ix.SyncTally(context.Background(), nil, ""); err == nil {
				return t.Folder(keep), nil
			}
		}
	}
	b := people.NewBuilder()
	err := scan.Scan(context.Background(), dir, scan.Options{},
		func(a article.Article) {
			if !by.keeps(a.Date) {
				return
			}
			it := people.Item{ID: a.ID, Date: a.Date, Actors: a.Actors}
			if a.Source != nil {
				it.Domain = a.Source.Domain
			}
			b.Add(it)
		},
		func(s scan.Skip) { warn(env, s.String()) })
	return b.Folder(), err
}

// kindFlag reads --kind: "" for every kind.
func kindFlag(env *Env, s string) (actors.Kind, bool) {
	switch k := actors.Kind(s); k {
	case "", actors.Person, actors.Organization, actors.Place:
		return k, true
	}
	warn(env, sanitize.Sprintf("kiosk: --kind is person, organization or place, not %s", quote(s)))
	return "", false
}

// ofKind keeps the entries of kind k (all of them when k is ""), for an
// article's actors and the folder's ranking alike.
func ofKind[T any](list []T, k actors.Kind, kind func(T) actors.Kind) []T {
	if k == "" {
		return list
	}
	var out []T
	for _, e := range list {
		if kind(e) == k {
			out = append(out, e)
		}
	}
	return out
}

func printArticleActors(out *output, list []actors.Actor, asJSON bool) {
	for _, a := range list {
		if asJSON {
			out.json(a)
			continue
		}
		out.line(sanitize.Sprintf("%4d  %-12s  %s", a.Mentions, sanitize.SafeLine(string(a.Kind)), sanitize.SafeLine(a.Name)))
	}
}

func printRanked(out *output, list []actors.Ranked, asJSON bool) {
	if !asJSON && len(list) > 0 {
		out.line(sanitize.Sprintf("%8s  %8s  %-12s  %s", sanitize.Lit("articles"), sanitize.Lit("mentions"), sanitize.Lit("kind"), sanitize.Lit("name")))
	}
	for _, r := range list {
		if asJSON {
			out.json(r)
			continue
		}
		out.line(sanitize.Sprintf("%8d  %8d  %-12s  %s", r.Articles, r.Mentions, sanitize.SafeLine(string(r.Kind)), sanitize.SafeLine(r.Name)))
	}
}
