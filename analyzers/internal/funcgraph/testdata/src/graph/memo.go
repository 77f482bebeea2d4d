package graph

type kind int

const (
	kindA kind = iota
	kindB
	kindC
)

type item struct {
	k    kind
	name string
}

// The work runs once per kind, kept in a map the loop fills: a fixed
// few times, not once per element.
func memoKinds(items []item) {
	maxByKind := map[kind]int{}
	for _, it := range items {
		v, ok := maxByKind[it.k]
		if !ok {
			work(int(it.k)) // want `in=memoKinds target=work loop=false escapes=false`
		}
		maxByKind[it.k] = v + 1
	}
	seen := map[kind]bool{}
	for i := 0; i < len(items); i++ {
		if _, ok := seen[items[i].k]; !ok {
			work(i) // want `in=memoKinds target=work loop=false escapes=false`
			seen[items[i].k] = true
		}
	}
}

// The look-alikes: a memo keyed by a name is as many lookups as names;
// a lookup the loop never fills misses every time.
func memoNames(items []item, known map[kind]bool) {
	byName := map[string]int{}
	for _, it := range items {
		if _, ok := byName[it.name]; !ok {
			work(1) // want `in=memoNames target=work loop=true escapes=false`
			byName[it.name] = 1
		}
	}
	for _, it := range items {
		if _, ok := known[it.k]; !ok {
			work(2) // want `in=memoNames target=work loop=true escapes=false`
		}
	}
}
