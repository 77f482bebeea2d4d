// Package cnt implements store.Counter.
package cnt

import "regexp"

// Counter counts the lines that look like orders.
type Counter struct{ lines []string }

// New returns a counter.
func New() *Counter { return &Counter{} } // want New:`^returns if\(\)$`

// Count compiles a constant pattern on every call.
func (c *Counter) Count() int { // want Count:`^compile regexp.MustCompile via cnt.Counter.Count; returns if\(\)$`
	re := regexp.MustCompile(`^order-\d+$`)
	n := 0
	for _, l := range c.lines {
		if re.MatchString(l) {
			n++
		}
	}
	return n
}
