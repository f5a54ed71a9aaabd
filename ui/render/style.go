package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// custom holds the JSON styles LoadStyle read, by their path.
var custom sync.Map // string -> ansi.StyleConfig

// IsStyle reports whether Glamour knows style: one of glamour's own
// (dark, light, notty, ascii, dracula, pink, tokyo-night) or a file
// LoadStyle read.
func IsStyle(style string) bool {
	if _, ok := styles.DefaultStyles[style]; ok {
		return true
	}
	_, ok := custom.Load(style)
	return ok
}

// StyleNames are glamour's own styles, sorted.
func StyleNames() []string {
	names := make([]string, 0, len(styles.DefaultStyles))
	for n := range styles.DefaultStyles {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// maxStyleFile bounds a style file: glamour's own are about 4 KiB.
const maxStyleFile = 1 << 20

// LoadStyle reads a glamour JSON style, after which Glamour takes its path
// as a style name. A style is the user's file, not an article, but its
// strings are printed as they are around every heading and paragraph, so
// one holding a control character (an escape sequence) is refused, as is
// an unknown field (a typo that glamour would silently ignore). The error
// is one line: "FILE:LINE: what is wrong".
func LoadStyle(path string) error {
	b, err := readStyle(path)
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	var cfg ansi.StyleConfig
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return fmt.Errorf("%s:%d: %s", path, lineAt(b, err, dec), jsonProblem(err))
	}
	if dec.More() {
		return fmt.Errorf("%s:%d: text after the style's closing brace", path, lineAt(b, nil, dec))
	}
	var raw any
	_ = json.Unmarshal(b, &raw) // it decoded above
	if s, ok := unsafeString(raw); ok {
		return fmt.Errorf("%s: the style holds a control character (in %q): refused", path, sanitize.Line(s))
	}
	if _, err := glamour.NewTermRenderer(glamour.WithStyles(cfg), glamour.WithWordWrap(40)); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	custom.Store(path, cfg)
	return nil
}

func readStyle(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, pe.Err
		}
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	switch {
	case err != nil:
		return nil, err
	case !fi.Mode().IsRegular():
		return nil, errors.New("not a regular file")
	case fi.Size() > maxStyleFile:
		return nil, errors.New("larger than 1 MiB")
	}
	return io.ReadAll(io.LimitReader(f, maxStyleFile))
}

// lineAt is the line of the JSON error, or of where the decoder stopped.
func lineAt(b []byte, err error, dec *json.Decoder) int {
	off := dec.InputOffset()
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	case err != nil && strings.HasPrefix(err.Error(), "json: unknown field "):
		// this error has no offset: the field's first place in the file
		name := strings.TrimPrefix(err.Error(), "json: unknown field ")
		if i := bytes.Index(b, []byte(name)); i >= 0 {
			off = int64(i)
		}
	}
	off = min(max(off, 0), int64(len(b)))
	return bytes.Count(b[:off], []byte("\n")) + 1
}

// jsonProblem says what is wrong in words of the file, not of Go's types.
func jsonProblem(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("%s must be %s, not a JSON %s", te.Field, kindOf(te.Type.Kind().String()), te.Value)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "the JSON ends too early"
	}
	return sanitize.Line(strings.TrimPrefix(err.Error(), "json: "))
}

func kindOf(k string) string {
	switch k {
	case "ptr", "string":
		return "a string"
	case "bool":
		return "true or false"
	case "uint", "int", "float64":
		return "a number"
	}
	return "a " + k
}

// unsafeString finds a string in a decoded JSON value that holds a control
// character (a line break is fine: glamour's styles use them).
func unsafeString(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		if !sanitize.IsSafe(v, true) {
			return v, true
		}
	case []any:
		for _, e := range v {
			if s, bad := unsafeString(e); bad {
				return s, true
			}
		}
	case map[string]any:
		for k, e := range v {
			if s, bad := unsafeString(k); bad {
				return s, true
			}
			if s, bad := unsafeString(e); bad {
				return s, true
			}
		}
	}
	return "", false
}

// rendererOption is the style option for a known style name.
func rendererOption(style string) (glamour.TermRendererOption, error) {
	if _, ok := styles.DefaultStyles[style]; ok {
		return glamour.WithStandardStyle(style), nil
	}
	if cfg, ok := custom.Load(style); ok {
		return glamour.WithStyles(cfg.(ansi.StyleConfig)), nil
	}
	return nil, fmt.Errorf("render: unknown style %q", style)
}
