// Package visits resolves the visit counters; the root resolver, in
// another package, embeds its resolver.
package visits

import "context"

var counts = map[string]int{}

type VisitResolvers struct{}

func (VisitResolvers) Visit(ctx context.Context, page string) (int, error) {
	counts[page]++ // reported at the root resolver's embedded field
	return counts[page], nil
}

func (VisitResolvers) Ping(ctx context.Context) (bool, error) {
	return true, nil // not reported: writes nothing
}
