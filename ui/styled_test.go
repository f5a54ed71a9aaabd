package ui

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestStyledOnlyFromSafe holds the type design to its promise: a string
// becomes a styled line only in text.go (paint, plain, fromRenderer), so
// everything else on screen went through sanitize.Safe. A conversion of a
// string constant is allowed: it is kiosk's own text.
func TestStyledOnlyFromSafe(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "text.go" {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "styled" {
				if _, lit := call.Args[0].(*ast.BasicLit); !lit {
					t.Errorf("%s: a string made styled outside text.go: use paint or plain on a sanitize.Safe", fset.Position(call.Pos()))
				}
			}
			return true
		})
	}
}

// TestFromRenderer: the renderers' lines keep their styles (glamour's SGR
// passes the check), and a line holding any other sequence or control is
// shown as its cleaned text.
func TestFromRenderer(t *testing.T) {
	lib := fixture()
	for _, id := range lib.ids {
		for _, style := range []string{"dark", "light"} {
			lines, _ := renderLines(context.Background(), lib.arts[id], 60, style, retryBudget)
			for i, l := range lines {
				if !sgrOnly(l) {
					t.Errorf("%s %s line %d: glamour's line fails the check: %q", id, style, i, l)
				}
			}
		}
	}
	for _, bad := range []string{"a\x1b]8;;http://x\x1b\\b", "a\x1b_tmux\x1b\\", "a\x1bP+q\x1b\\", "\x1b[2J", "a\u009b31m", "a\x07", "a\x1b", "\xff", "a\u202eb", "\x1b[31"} {
		got := string(fromRenderer(bad))
		if strings.ContainsAny(got, "\x1b\x07\u009b\u202e") || !utf8.ValidString(got) {
			t.Errorf("fromRenderer(%q) = %q", bad, got)
		}
	}
	if got := fromRenderer("\x1b[1;38;2;1;2;3mbold\x1b[m"); got != "\x1b[1;38;2;1;2;3mbold\x1b[m" {
		t.Errorf("SGR lost: %q", got)
	}
}
