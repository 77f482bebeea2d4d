SELECT id, name
FROM users
ORDER BY name;
