#!/usr/bin/env bash
# traggo does not commit gqlgen's output; generate it as its Makefile does.
set -euo pipefail
cd "$1"
[ -d generated/gqlschema ] || go run github.com/99designs/gqlgen@v0.17.85 generate
