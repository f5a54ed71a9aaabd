package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"syscall"

	"github.com/kioskreader/kiosk/store/sanitize"
	"github.com/kioskreader/kiosk/store/scan"
)

// output is a command's stdout: it takes only terminal-safe text, and
// remembers the first write error, so that a full disk or a closed device
// ends the command with exit status 1 and a message rather than a silent
// half answer (README: exit status).
type output struct {
	env *Env
	w   *bufio.Writer
	err error
}

func newOutput(env *Env) *output {
	return &output{env: env, w: bufio.NewWriterSize(env.Stdout, 64<<10)}
}

// line writes one line.
func (o *output) line(s sanitize.Safe) { o.write(s.String() + "\n") }

// fields writes one line of fields separated by tabs: the tab is kiosk's
// own, each field is clean.
func (o *output) fields(parts ...sanitize.Safe) {
	ss := make([]string, len(parts))
	for i, p := range parts {
		ss[i] = p.String()
	}
	o.write(strings.Join(ss, "\t") + "\n")
}

// json writes v as one JSON line. Every string in kiosk's values is
// sanitized when read; the line is checked again (JSON escapes C0 controls
// but neither C1 nor bidi runes), so no value can reach a terminal raw.
func (o *output) json(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		o.fail(err)
		return
	}
	o.line(sanitize.Wrap(string(b)))
}

// styled writes text that kiosk's renderer made (colour sequences around
// content that was cleaned before it was styled).
func (o *output) styled(s string) { o.write(s) }

func (o *output) write(s string) {
	if o.err != nil {
		return
	}
	if _, err := o.w.WriteString(s); err != nil {
		o.fail(err)
	}
}

// flush writes what is buffered; a caller mixing stdout and stderr on one
// terminal flushes before it warns.
func (o *output) flush() {
	if o.err == nil {
		if err := o.w.Flush(); err != nil {
			o.fail(err)
		}
	}
}

func (o *output) fail(err error) {
	if o.err == nil {
		o.err = err
	}
}

// done flushes and returns the exit status: code, or 1 with a message when
// stdout could not be written. A closed pipe (kiosk list | head) is no
// failure: the reader had what it wanted.
func (o *output) done(code int) int {
	o.flush()
	switch {
	case o.err == nil, errors.Is(o.err, syscall.EPIPE):
		return code
	}
	warn(o.env, sanitize.Sprintf("kiosk: cannot write the output: %s", scan.Reason(o.err, 0)))
	return 1
}

// stream is an io.Writer onto o for lines that a store writes itself (the
// index's list file): each whole line is checked and cleaned if need be, so
// that a damaged or tampered cache cannot reach the terminal raw either.
type stream struct {
	o    *output
	rest []byte // a line not yet ended
}

func (s *stream) Write(p []byte) (int, error) {
	s.rest = append(s.rest, p...)
	if i := bytes.LastIndexByte(s.rest, '\n'); i >= 0 {
		s.o.write(sanitize.Wrap(string(s.rest[:i+1])).String())
		s.rest = append(s.rest[:0], s.rest[i+1:]...)
	}
	return len(p), s.o.err
}

// end writes a last line that lacked its line break.
func (s *stream) end() {
	if len(s.rest) > 0 {
		s.o.write(sanitize.Wrap(string(s.rest)).String())
		s.rest = nil
	}
}
