-- name: one
SELECT 1;

-- name: all-items :many
SELECT id FROM items;
