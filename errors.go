package wirestory

import (
	"errors"
	"strconv"
)

// ErrNoDateline is the error [ParseDateline] wraps when its input is not
// a dateline; test for it with [errors.Is].
var ErrNoDateline = errors.New("wirestory: no dateline")

// A SyntaxError reports where a strict parser stopped reading its input.
// It prints like
//
//	wirestory: ParseDateline "Reuters reported on Monday": offset 26: missing separator
type SyntaxError struct {
	Op     string // the function that failed, "ParseDateline"
	Input  string // the input it was given
	Offset int    // byte offset in Input where reading stopped
	Err    error  // the reason; wraps ErrNoDateline for ParseDateline
}

// Error names the function, the input (cut at 60 bytes), the offset and
// the reason.
func (e *SyntaxError) Error() string {
	in := e.Input
	if len(in) > 60 {
		in = in[:60] + "…"
	}
	return "wirestory: " + e.Op + " " + strconv.Quote(in) + ": offset " + strconv.Itoa(e.Offset) + ": " + e.Err.Error()
}

// Unwrap returns the reason, so errors.Is(err, ErrNoDateline) holds.
func (e *SyntaxError) Unwrap() error { return e.Err }

// A reasonError says why a dateline could not be read. It is an
// ErrNoDateline.
type reasonError string

func (e reasonError) Error() string { return string(e) }

// Is reports whether target is ErrNoDateline.
func (e reasonError) Is(target error) bool { return target == ErrNoDateline }
