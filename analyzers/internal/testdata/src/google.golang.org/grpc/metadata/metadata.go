// Package metadata is a stub of google.golang.org/grpc/metadata for scalevet's analyzer tests: only the API shape matters.
package metadata

import "context"

// MD is a mapping from metadata keys to values.
type MD map[string][]string

func (md MD) String() string                  { return "" }
func (md MD) Len() int                        { return len(md) }
func (md MD) Copy() MD                        { return md }
func (md MD) Get(k string) []string           { return md[k] }
func (md MD) Set(k string, vals ...string)    {}
func (md MD) Append(k string, vals ...string) {}
func (md MD) Delete(k string)                 {}

// New creates an MD from a given key-value map.
func New(m map[string]string) MD { return MD{} }

// Pairs returns an MD formed by the mapping of key, value ...
func Pairs(kv ...string) MD { return MD{} }

// Join joins any number of mds into a single MD.
func Join(mds ...MD) MD { return MD{} }

// NewIncomingContext creates a new context with incoming md attached.
func NewIncomingContext(ctx context.Context, md MD) context.Context { return ctx }

// NewOutgoingContext creates a new context with outgoing md attached.
func NewOutgoingContext(ctx context.Context, md MD) context.Context { return ctx }

// AppendToOutgoingContext returns a new context with the provided kv merged with any existing metadata in the context.
func AppendToOutgoingContext(ctx context.Context, kv ...string) context.Context { return ctx }

// FromIncomingContext returns the incoming metadata in ctx if it exists.
func FromIncomingContext(ctx context.Context) (MD, bool) { return nil, false }

// FromOutgoingContext returns the outgoing metadata in ctx if it exists.
func FromOutgoingContext(ctx context.Context) (MD, bool) { return nil, false }

// ValueFromIncomingContext returns the metadata value corresponding to the metadata key from the incoming metadata if it exists.
func ValueFromIncomingContext(ctx context.Context, key string) []string { return nil }
