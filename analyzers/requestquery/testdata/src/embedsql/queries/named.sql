-- Statements by name, as goyesql, dotsql and sqlc files keep them.

-- name: all-orders
SELECT id, total
FROM orders;

-- name: order-items
SELECT id, sku FROM items WHERE order_id = $1;

-- name: touch-order
UPDATE orders SET seen_at = now() WHERE id = $1;

-- name: recent-orders :many
SELECT id, total FROM orders ORDER BY id DESC LIMIT 20;
