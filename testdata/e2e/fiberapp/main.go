// Command fiberapp is a fiber service on mongo-driver.
package main

import (
	"context"
	"log"
	"os"
	"strings"

	"github.com/gofiber/fiber/v2"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// Product is a document of the products collection.
type Product struct {
	ID    string `bson:"_id" json:"id"`
	Name  string `bson:"name" json:"name"`
	Price int64  `bson:"price" json:"price"`
}

// Event is a document of the events collection.
type Event struct {
	Kind string `bson:"kind" json:"kind"`
	At   int64  `bson:"at" json:"at"`
}

type handlers struct {
	products *mongo.Collection
	events   *mongo.Collection
}

// productsByID reads each requested product with a query of its own.
func (h *handlers) productsByID(c *fiber.Ctx) error {
	ctx := c.UserContext()
	var products []Product
	for _, id := range strings.Split(c.Query("ids"), ",") {
		var p Product
		if err := h.products.FindOne(ctx, bson.M{"_id": id}).Decode(&p); err != nil { // want requestquery
			return err
		}
		products = append(products, p)
	}
	return c.JSON(products)
}

// productsBatched is the fix of productsByID.
func (h *handlers) productsBatched(c *fiber.Ctx) error {
	ctx := c.UserContext()
	ids := strings.Split(c.Query("ids"), ",")
	cur, err := h.products.Find(ctx, bson.M{"_id": bson.M{"$in": ids}}, options.Find().SetLimit(int64(len(ids)))) // not reported: one query for all ids
	if err != nil {
		return err
	}
	var products []Product
	if err := cur.All(ctx, &products); err != nil {
		return err
	}
	return c.JSON(products)
}

// allProducts reads the whole collection.
func (h *handlers) allProducts(c *fiber.Ctx) error {
	ctx := c.UserContext()
	cur, err := h.products.Find(ctx, bson.M{}) // want requestquery
	if err != nil {
		return err
	}
	var products []Product
	if err := cur.All(ctx, &products); err != nil {
		return err
	}
	return c.JSON(products)
}

// recordEvents inserts one document per event.
func (h *handlers) recordEvents(c *fiber.Ctx) error {
	var events []Event
	if err := c.BodyParser(&events); err != nil {
		return fiber.ErrBadRequest
	}
	for _, e := range events {
		if _, err := h.events.InsertOne(c.UserContext(), e); err != nil { // want requestquery
			return err
		}
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// recordEventsBatched is the fix of recordEvents.
func (h *handlers) recordEventsBatched(c *fiber.Ctx) error {
	var events []Event
	if err := c.BodyParser(&events); err != nil {
		return fiber.ErrBadRequest
	}
	docs := make([]any, len(events))
	for i, e := range events {
		docs[i] = e
	}
	if _, err := h.events.InsertMany(c.UserContext(), docs); err != nil { // not reported: one round trip for all events
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func main() {
	ctx := context.Background()
	client, err := mongo.Connect(ctx, options.Client().ApplyURI(os.Getenv("MONGO_URL")))
	if err != nil {
		log.Fatal(err)
	}
	db := client.Database("shop")
	for _, name := range strings.Split(os.Getenv("INDEXED_COLLECTIONS"), ",") {
		if _, err := db.Collection(name).Indexes().CreateOne(ctx, mongo.IndexModel{Keys: bson.D{{Key: "created_at", Value: 1}}}); err != nil { // not reported: a loop at start-up, off the request path
			log.Fatal(err)
		}
	}

	h := &handlers{products: db.Collection("products"), events: db.Collection("events")}
	app := fiber.New()
	app.Get("/products", h.productsByID)
	app.Get("/products/batched", h.productsBatched)
	app.Get("/products/all", h.allProducts)
	app.Post("/events", h.recordEvents)
	app.Post("/events/batched", h.recordEventsBatched)
	log.Fatal(app.Listen(":8080"))
}
