// Package causes exercises ReportCause: one finding per cause, however
// many entry points and positions reach it.
package causes

// cause reports an occurrence of the cause key, of severity rank, on the
// entry point of the enclosing function.
func cause(key string, rank int) {}

func one() {
	cause("shared", 0) // want `^cause shared of one, two and three \(rank 0\)$`
}

func two() {
	cause("shared", 0) // not reported: the same cause, above
}

func three() {
	cause("shared", 0) // not reported: the same cause, above
}

// The worst occurrence gives the words and the position, although a
// milder one comes first.
func mild() {
	cause("ranked", 0) // not reported: the same cause, at its worst occurrence below
}

func worse() {
	cause("ranked", 1) // want `^cause ranked of mild and worse \(rank 1\)$`
}

// An occurrence in a generated file (a_gen.go sorts first) does not
// take the finding there.
func handWritten() {
	cause("gen", 0) // want `^cause gen of genEntry and handWritten \(rank 0\)$`
}

// A suppression at any position of a cause suppresses the cause, and is
// used (not stale).
func first() {
	cause("suppressed", 0) // not reported: suppressed below
}

func second() {
	//scalevet:ignore requestquery -- the whole cause
	cause("suppressed", 0)
}

// Different keys are different causes, at one position or not.
func distinct() {
	cause("x", 0) // want `^cause x of distinct \(rank 0\)$`
	cause("y", 0) // want `^cause y of distinct \(rank 0\)$`
}
