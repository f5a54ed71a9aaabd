package ui

import "charm.land/bubbles/v2/key"

// execKeys are the keys that hand the article or the terminal to something
// else (the pager, the editor, the clipboard, the terminal's own mouse
// selection) and the folder switcher. They live beside keyMap, not in it, so the help overlay lists
// them as a group of their own (see execKeys.bindings).
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

// bindings lists the keys for the help overlay.
func (k execKeys) bindings() []key.Binding {
	return []key.Binding{k.Pager, k.Editor, k.CopyText, k.Mouse, k.Folders}
}
