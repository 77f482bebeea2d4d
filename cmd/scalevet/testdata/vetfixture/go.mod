module example.com/vetfixture

go 1.26

require github.com/99designs/gqlgen v0.0.0

replace github.com/99designs/gqlgen => ./stubs/gqlgen
