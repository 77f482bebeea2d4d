// Package graphql is a stub of github.com/99designs/gqlgen/graphql for scalevet's analyzer tests: only the API shape matters.
package graphql

// ExecutableSchema is what generated code implements.
type ExecutableSchema interface{ Schema() string }
