-- name: site-settings :one
SELECT title, theme FROM settings WHERE id = 1;

-- name: user-settings :one
SELECT theme FROM user_settings WHERE user_id = $1;

-- name: save-settings :exec
UPDATE settings SET title = $1 WHERE id = 1;
