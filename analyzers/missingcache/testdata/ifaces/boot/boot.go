package boot // want package:`pending web.Handler.Open→store.Orders.List, web.Handler.Mine→store.Orders.List, web.Handler.Shipped→store.Orders.List, web.Handler.Any→store.Orders.List, web.Handler.Title→store.Orders.Slug, web.Handler.Total→store.Orders.Total, web.Handler.Mail→store.Sender.Send}$`

// Boot sees the handlers but no implementation: it hands their pending
// calls on.

import "example.com/shop/web"

// Fallback returns handlers without a store.
func Fallback() *web.Handler { return web.New(nil, nil) } // want Fallback:`^returns if\(\)$`
