package directive

// Known returns the names of the analyzers that suppressions may name.
// The registry test (analyzers_test.go) keeps it equal to analyzers.All,
// which cannot be imported here without an import cycle.
func Known() []string {
	return []string{"requestquery", "sessionmap", "globalstate", "missingcache", "localstate"}
}
