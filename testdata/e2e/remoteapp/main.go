// Command remoteapp is a net/http service that calls other services
// per element: a REST API through resty, DynamoDB and S3 through the
// AWS SDK v2, with the batch forms as look-alikes.
package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/go-resty/resty/v2"
)

type server struct {
	rest   *resty.Client
	dynamo *dynamodb.Client
	files  *s3.Client
}

// prices asks the pricing service for each requested item, one call
// each.
func (s *server) prices(w http.ResponseWriter, r *http.Request) {
	out := map[string]string{}
	for _, id := range r.URL.Query()["id"] {
		resp, err := s.rest.R().SetQueryParam("id", id).Get("http://pricing/items") // want requestquery
		if err == nil {
			out[id] = resp.String()
		}
	}
	resp, err := s.rest.R().SetQueryParam("ids", r.URL.RawQuery).Get("http://pricing/items:batch") // not reported: one call for every id
	if err == nil {
		out["all"] = resp.String()
	}
	json.NewEncoder(w).Encode(out)
}

// items reads each requested item from DynamoDB with its own GetItem,
// then all of them with one BatchGetItem.
func (s *server) items(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	ids := r.URL.Query()["id"]
	var keys []map[string]types.AttributeValue
	for _, id := range ids {
		key := map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}}
		s.dynamo.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String("items"), Key: key}) // want requestquery
		keys = append(keys, key)
	}
	s.dynamo.BatchGetItem(ctx, &dynamodb.BatchGetItemInput{ // not reported: one round trip for every key
		RequestItems: map[string]types.KeysAndAttributes{"items": {Keys: keys}},
	})
}

// thumbnails fetches each requested object from S3, one GetObject each.
func (s *server) thumbnails(w http.ResponseWriter, r *http.Request) {
	for _, name := range r.URL.Query()["name"] {
		obj, err := s.files.GetObject(r.Context(), &s3.GetObjectInput{Bucket: aws.String("thumbs"), Key: aws.String(name)}) // want requestquery
		if err == nil {
			obj.Body.Close()
		}
	}
}

func main() {
	ctx := context.Background()
	_ = ctx
	s := &server{
		rest:   resty.New(),
		dynamo: dynamodb.New(dynamodb.Options{Region: "eu-west-1"}),
		files:  s3.New(s3.Options{Region: "eu-west-1"}),
	}
	http.HandleFunc("/prices", s.prices)
	http.HandleFunc("/items", s.items)
	http.HandleFunc("/thumbnails", s.thumbnails)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
