package gql

import (
	"context"
	"database/sql"

	"gql/generated"
	"gql/models"
)

type Resolver struct{ db *sql.DB }

func (r *Resolver) Query() generated.QueryResolver { return &queryResolver{r} }
func (r *Resolver) Album() generated.AlbumResolver { return &albumResolver{r} }
func (r *Resolver) User() generated.UserResolver   { return &userResolver{r} }

type queryResolver struct{ *Resolver }

func (r *queryResolver) MyAlbums(ctx context.Context) ([]*models.Album, error) {
	r.db.QueryContext(ctx, "SELECT id FROM albums WHERE owner = $1 LIMIT 50", 1) // not reported: one query for the list
	return nil, nil
}

func (r *queryResolver) Me(ctx context.Context) (*models.User, error) { return nil, nil }

type albumResolver struct{ *Resolver }

// Album is returned as a list: its field resolvers run once per album.
func (r *albumResolver) Thumbnail(ctx context.Context, obj *models.Album) (*models.Media, error) {
	r.db.QueryRowContext(ctx, "SELECT id FROM media WHERE album_id = $1 LIMIT 1", obj.ID) // want `^r\.db\.QueryRowContext runs a query once per iteration of the list of Album that GraphQL resolves albumResolver\.Thumbnail for on the request path of albumResolver\.Thumbnail \(N\+1: 100 elements of the list of Album mean 100 queries instead of 1\); load the field for the whole list at once with a dataloader, or fetch all rows in one query`
	return nil, nil
}

func (r *albumResolver) Cover(ctx context.Context, obj *models.Album) (*models.Media, error) {
	return loaderFor(ctx).Load(obj.CoverID) // not reported: a dataloader batches it
}

type userResolver struct{ *Resolver }

// User is never returned as a list: its field runs once per request.
func (r *userResolver) Avatar(ctx context.Context, obj *models.User) (*models.Media, error) {
	r.db.QueryRowContext(ctx, "SELECT id FROM media WHERE user_id = $1", obj.ID) // not reported: one user per request
	return nil, nil
}

type loader struct{}

func (loader) Load(id int) (*models.Media, error) { return nil, nil }

func loaderFor(ctx context.Context) loader { return loader{} }
