// Package query builds a query for one request: its conditions are
// callbacks that Run applies, not subscribers.
package query

type Query struct {
	preds []func(*[]string)
}

func New() *Query { return &Query{} }

func (q *Query) Where(p func(*[]string)) *Query {
	q.preds = append(q.preds, p)
	return q
}

func (q *Query) Run() []string {
	var where []string
	for _, p := range q.preds {
		p(&where)
	}
	return where
}
