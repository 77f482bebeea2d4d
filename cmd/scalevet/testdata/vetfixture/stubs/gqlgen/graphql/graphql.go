// Package graphql stands in for gqlgen's runtime: scalevet knows a
// generated executor by its import of this path.
package graphql

// ExecutableSchema is implemented by the generated executor.
type ExecutableSchema interface{ Schema() string }
