// Command ginapp is a gin service on gorm.
package main

import (
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

// User is a row of the users table.
type User struct {
	ID     uint
	Name   string
	TeamID uint
	Posts  []Post
}

// Post is a row of the posts table.
type Post struct {
	ID        uint
	UserID    uint
	Title     string
	Published bool
}

// Team is a row of the teams table; gorm runs its AfterFind hook once
// per row it loads.
type Team struct {
	ID      uint
	Name    string
	Members int64
}

// AfterFind counts the team's members: one more query per team loaded.
func (t *Team) AfterFind(tx *gorm.DB) error {
	return tx.Model(&User{}).Where("team_id = ?", t.ID).Count(&t.Members).Error // want requestquery
}

type handlers struct {
	db *gorm.DB
}

// teams lists teams: gorm runs Team.AfterFind for each, a query per team.
func (h *handlers) teams(c *gin.Context) {
	var teams []Team
	h.db.Where("name LIKE ?", c.Query("q")+"%").Order("name").Limit(50).Find(&teams)
	c.JSON(http.StatusOK, teams)
}

// team loads one team.
func (h *handlers) team(c *gin.Context) {
	var team Team
	// not reported: one row, so AfterFind runs once
	h.db.First(&team, "id = ?", c.Param("id"))
	c.JSON(http.StatusOK, team)
}

// usersWithPosts loads the posts of each user with one query per user.
func (h *handlers) usersWithPosts(c *gin.Context) {
	var users []User
	if err := h.db.Where("team_id = ?", c.Query("team")).Limit(50).Find(&users).Error; err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	for i, u := range users {
		var posts []Post
		h.db.Where("user_id = ?", u.ID).Find(&posts) // want requestquery
		users[i].Posts = posts
	}
	c.JSON(http.StatusOK, users)
}

// usersPreloaded is the fix of usersWithPosts.
func (h *handlers) usersPreloaded(c *gin.Context) {
	var users []User
	// not reported: Preload reads the posts of all users in one more query, and Where and Limit bound the users
	if err := h.db.Preload("Posts", "published = ?", true).Where("team_id = ?", c.Query("team")).Limit(50).Find(&users).Error; err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, users)
}

// allUsers reads the whole table.
func (h *handlers) allUsers(c *gin.Context) {
	var users []User
	h.db.Find(&users) // want requestquery
	c.JSON(http.StatusOK, users)
}

// importPosts inserts the posts one row at a time.
func (h *handlers) importPosts(c *gin.Context) {
	var posts []Post
	if err := c.ShouldBindJSON(&posts); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	for i := range posts {
		h.db.Create(&posts[i]) // want requestquery
	}
	c.Status(http.StatusCreated)
}

// importPostsBatched is the fix of importPosts.
func (h *handlers) importPostsBatched(c *gin.Context) {
	var posts []Post
	if err := c.ShouldBindJSON(&posts); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// not reported: one Create of the whole slice is one multi-row INSERT
	h.db.Create(&posts)
	c.Status(http.StatusCreated)
}

func main() {
	var dialector gorm.Dialector // no driver: this module only has to compile
	db, err := gorm.Open(dialector, &gorm.Config{})
	if err != nil {
		log.Fatal(err)
	}
	for _, name := range strings.Split(os.Getenv("SEED_USERS"), ",") {
		db.Create(&User{Name: name}) // not reported: a loop at start-up, off the request path
	}

	h := &handlers{db: db}
	r := gin.New()
	r.GET("/users", h.usersWithPosts)
	r.GET("/users/preloaded", h.usersPreloaded)
	r.GET("/users/all", h.allUsers)
	r.POST("/posts/import", h.importPosts)
	r.POST("/posts/import-batched", h.importPostsBatched)
	r.GET("/teams", h.teams)
	r.GET("/teams/:id", h.team)
	if err := r.Run(":8080"); err != nil {
		log.Fatal(err)
	}
}
