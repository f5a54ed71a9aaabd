package sanitize

import (
	"fmt"
	"strconv"
	"strings"
)

// Safe is text that may reach a terminal. Only this package makes one, and
// only from text it has cleaned or from a string constant written in kiosk's
// own source, so a raw file name, id, path or OS error cannot be printed by
// mistake: a pane, row, header, status line, panel or skip line that takes a
// Safe refuses a plain string at compile time.
//
// The zero Safe is the empty text.
type Safe struct{ s string }

// String returns the terminal-safe text.
func (t Safe) String() string { return t.s }

// Len is the length of the text in bytes.
func (t Safe) Len() int { return len(t.s) }

// IsEmpty reports whether the text is empty.
func (t Safe) IsEmpty() bool { return t.s == "" }

// literal is unexported so that only an untyped string constant can be passed
// to Lit and Sprintf: a string variable has type string, which is not
// assignable to literal, and no other package can name the type to convert.
type literal string

// Lit makes a Safe from a string constant in kiosk's source ("Source",
// "no article matches"). It still cleans it, so a constant with a stray
// escape cannot reach the terminal either.
func Lit(s literal) Safe { return Safe{clean(string(s), true)} }

// SafeLine cleans a one-line field (every line break becomes a space).
func SafeLine(s string) Safe { return Safe{clean(s, false)} }

// SafeText cleans a multi-line text, keeping its line breaks.
func SafeText(s string) Safe { return Safe{clean(s, true)} }

// Int is a number as text.
func Int(n int) Safe { return Safe{strconv.Itoa(n)} }

// Concat joins safe texts.
func Concat(parts ...Safe) Safe {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p.s)
	}
	return Safe{b.String()}
}

// Join joins safe texts with a constant separator.
func Join(parts []Safe, sep literal) Safe {
	ss := make([]string, len(parts))
	for i, p := range parts {
		ss[i] = p.s
	}
	return Safe{clean(strings.Join(ss, string(sep)), true)}
}

// Sprintf formats a constant format with arguments. Safe arguments are used
// as they are; anything else (a number, an error, a string) is formatted and
// then cleaned as one line, so a raw value is shown, never obeyed.
func Sprintf(format literal, args ...any) Safe {
	vs := make([]any, len(args))
	for i, a := range args {
		switch a := a.(type) {
		case Safe:
			vs[i] = a.s
		case int, int64, int32, uint, uint64, uint32, float64, bool:
			vs[i] = a
		default:
			vs[i] = clean(fmt.Sprint(a), false)
		}
	}
	return Safe{clean(fmt.Sprintf(string(format), vs...), true)}
}

// Wrap reinterprets a string that the caller has already cleaned with Line,
// Text or Bytes, or that lipgloss/glamour produced from Safe inputs. It
// checks instead of trusting: anything that is not terminal-safe is cleaned.
// ANSI SGR from kiosk's own renderer is not safe by this test, so styled
// output stays a plain string after styling; Safe is for content.
func Wrap(s string) Safe {
	if IsSafe(s, true) {
		return Safe{s}
	}
	return Safe{clean(s, true)}
}
