// Package actors finds the people, organizations and places an article names.
// It is pure and offline: text in, actors out. RULES.md says what counts as
// an actor and under which name; hybrid.go how the rules and the learned
// tagger share the work.
package actors

// Kind is what an actor is. Only person, organization and place are actors;
// other marks names that are not (events, works) so that callers may drop them.
type Kind string

const (
	Person       Kind = "person"
	Organization Kind = "organization"
	Place        Kind = "place"
	Other        Kind = "other"
)

// Actor is one named person, organization or place in one article.
type Actor struct {
	Name     string   `json:"name"`     // fullest form the article uses, without titles
	Kind     Kind     `json:"kind"`     // person, organization, place or other
	Aliases  []string `json:"aliases"`  // other forms used for the same actor; never nil
	Mentions int      `json:"mentions"` // how often any form is named
}

// Input is what the extractor reads of an article: already sanitized text.
type Input struct {
	Lang       string   // ISO 639-1 code, "" when unknown
	Title      string   // the title line when the file has one, else ""
	Paragraphs []string // body text, in order
	Captions   []string // photo captions (credits inside them are optional actors)
}
