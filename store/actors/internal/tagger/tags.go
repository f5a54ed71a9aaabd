// Package tagger is a named-entity sequence tagger: an averaged perceptron
// over hashed features, decoded greedily left to right with the previous
// two tags as features. The actors package runs it on every paragraph; the
// command internal/train learns its weights from public annotated corpora.
//
// The features live here, and nowhere else, so that training and tagging
// see a sentence the same way.
package tagger

// Tag is the label of one token, in the BIO scheme: B- begins a name, I-
// continues it.
type Tag uint8

const (
	O Tag = iota
	BPer
	IPer
	BOrg
	IOrg
	BLoc
	ILoc
	BMisc
	IMisc
	NTags
)

// Kind of the name a tag belongs to; None for O.
type Kind uint8

const (
	None Kind = iota
	Person
	Organization
	Place
	Misc
)

// Kind returns what a tag names.
func (t Tag) Kind() Kind {
	if t == O || t >= NTags {
		return None
	}
	return Kind((t + 1) / 2)
}

// Begins reports a B- tag.
func (t Tag) Begins() bool { return t != O && t%2 == 1 }

// TagOf returns the tag of a kind, beginning a name or inside one.
func TagOf(k Kind, begin bool) Tag {
	if k == None {
		return O
	}
	t := Tag(k)*2 - 1
	if !begin {
		t++
	}
	return t
}

var tagNames = [NTags]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

func (t Tag) String() string {
	if t >= NTags {
		return "?"
	}
	return tagNames[t]
}
