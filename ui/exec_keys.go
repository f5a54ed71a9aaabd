package ui

import (
	"charm.land/bubbles/v2/key"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// execKeys are the keys that hand the article or the terminal to something
// else (the pager, the editor, the clipboard, the terminal's own mouse
// selection) and the folder switcher. They live beside keyMap, not in it, so the help overlay lists
// them as a group of their own (see execKeys.group).
type execKeys struct {
	Pager, Editor, CopyText, Mouse, Folders key.Binding
}

func newExecKeys() execKeys {
	b := func(k, help string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, help)) }
	return execKeys{
		Pager:    b("v", "view in $PAGER"),
		Editor:   b("e", "open file in $EDITOR"),
		CopyText: b("c", "copy text (OSC 52)"),
		Mouse:    b("M", "mouse on/off"),
		Folders:  b("F", "switch folder"),
	}
}

// bindings lists the keys, in the order the overlay shows them.
func (k execKeys) bindings() []key.Binding {
	return []key.Binding{k.Pager, k.Editor, k.CopyText, k.Mouse, k.Folders}
}

// group is their block of the help overlay.
func (k execKeys) group() helpGroup {
	return helpGroup{sanitize.Lit("Hand over"), rowsOf(k.bindings()...)}
}
