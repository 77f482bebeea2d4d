package mongov2

import (
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

var orders *mongo.Collection

func List(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var ids []bson.ObjectID
	for _, id := range ids {
		orders.DeleteOne(ctx, bson.M{"_id": id}) // want `orders\.DeleteOne writes once per iteration of this loop on the request path of List`
	}
	orders.Find(ctx, bson.D{}) // want `orders\.Find reads the whole collection`
}
