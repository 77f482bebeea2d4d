package users

import (
	"context"
	"math/rand"

	"github.com/jinzhu/gorm"

	"gqlroot/models"
)

type UserResolvers struct{ DB *gorm.DB }

type device struct {
	ID    int
	Token string
}

func (r UserResolvers) RemoveUser(ctx context.Context, id int) (*models.User, error) {
	user := models.User{ID: id}
	if r.DB.Find(&user).RecordNotFound() { // not reported: the destination's primary key is the condition
		return nil, nil
	}
	r.DB.Find(&models.User{ID: id}) // not reported: the same, inline
	return &user, nil
}

func (r UserResolvers) Users(ctx context.Context) ([]*models.User, error) {
	var out []*models.User
	r.DB.Find(&out) // reported at the root resolver: every user
	return out, nil
}

func (r UserResolvers) NewToken(ctx context.Context) (string, error) {
	token := randToken()
	for !r.DB.Where("token = ?", token).Find(new(device)).RecordNotFound() { // not reported: a retry until the token is free
		token = randToken()
	}
	return token, nil
}

func randToken() string { return string(rune('a' + rand.Intn(26))) }
