package wirebeam

import (
	"context"
	"fmt"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/wirestory/wirestory"
)

func init() {
	register.DoFn3x0[context.Context, inputLine, func(string)](&parseFn{})
	register.Emitter1[string]()
}

// parseFn turns each input line into its output record.
type parseFn struct {
	// Reference is the Parser's reference time for dateline years, as
	// RFC 3339 or YYYY-MM-DD; "" for none. A string, because a DoFn's
	// fields travel to the workers as JSON.
	Reference string

	parser *wirestory.Parser
}

// failedLines counts the lines that gave an error record.
var failedLines = beam.NewCounter("wirestory", "failed_lines")

func (fn *parseFn) Setup() error {
	fn.parser = new(wirestory.Parser)
	if fn.Reference != "" {
		t, err := parseTime(fn.Reference)
		if err != nil {
			return err
		}
		fn.parser.Reference = t
	}
	return nil
}

func (fn *parseFn) ProcessElement(ctx context.Context, l inputLine, emit func(string)) {
	out, failed := record(fn.parser, l.N, []byte(l.Text))
	if failed {
		failedLines.Inc(ctx, 1)
	}
	emit(string(out))
}

// parseTime reads a reference time as the command's -ref does.
func parseTime(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("reference time %q: want RFC 3339 or YYYY-MM-DD", s)
	}
	return t, nil
}
