// Command muxapp is a gorilla/mux service on pgx, with the order logic of
// package service.
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"strconv"
	"strings"

	"github.com/gorilla/mux"
	"github.com/jackc/pgx/v5/pgxpool"

	"example.com/e2e/repo"
	"example.com/e2e/service"
)

type handlers struct {
	pool   *pgxpool.Pool
	orders *service.Orders
}

// balances reads the balance of each requested account with its own query.
func (h *handlers) balances(w http.ResponseWriter, r *http.Request) {
	ids, err := parseIDs(r.URL.Query().Get("ids"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	balances := make(map[int64]int64, len(ids))
	for _, id := range ids {
		var cents int64
		if err := h.pool.QueryRow(r.Context(), "SELECT balance_cents FROM accounts WHERE id = $1", id).Scan(&cents); err != nil { // want requestquery
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		balances[id] = cents
	}
	json.NewEncoder(w).Encode(balances)
}

// balancesBatched is the fix of balances.
func (h *handlers) balancesBatched(w http.ResponseWriter, r *http.Request) {
	ids, err := parseIDs(r.URL.Query().Get("ids"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	rows, err := h.pool.Query(r.Context(), "SELECT id, balance_cents FROM accounts WHERE id = ANY($1)", ids) // not reported: one query for all ids
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	balances := make(map[int64]int64, len(ids))
	for rows.Next() {
		var id, cents int64
		if err := rows.Scan(&id, &cents); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		balances[id] = cents
	}
	json.NewEncoder(w).Encode(balances)
}

// randomAccount picks an account by sorting the whole table.
func (h *handlers) randomAccount(w http.ResponseWriter, r *http.Request) {
	var id int64
	if err := h.pool.QueryRow(r.Context(), "SELECT id FROM accounts ORDER BY RANDOM() LIMIT 1").Scan(&id); err != nil { // want requestquery
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(id)
}

// customerOrders lists a page of orders with their customers' names,
// read by the service with one query per order.
func (h *handlers) customerOrders(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	customerID, err := strconv.ParseInt(mux.Vars(r)["customer"], 10, 64)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	orders, err := h.orders.Store.RecentOrders(ctx, customerID, 20)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if err := h.orders.WithCustomerNames(ctx, orders); err != nil { // want requestquery
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(orders)
}

// customerOrdersBatched is the fix of customerOrders.
func (h *handlers) customerOrdersBatched(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	customerID, err := strconv.ParseInt(mux.Vars(r)["customer"], 10, 64)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	orders, err := h.orders.Store.RecentOrders(ctx, customerID, 20)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if err := h.orders.WithCustomerNamesBatched(ctx, orders); err != nil { // not reported: the service reads all names in one query
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(orders)
}

func parseIDs(s string) ([]int64, error) {
	var ids []int64
	for _, f := range strings.Split(s, ",") {
		id, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, nil
}

func main() {
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL")) // no driver: this module only has to compile
	if err != nil {
		log.Fatal(err)
	}
	orders := &service.Orders{Store: &repo.Store{DB: db}}
	hot, err := parseIDs(os.Getenv("HOT_CUSTOMERS"))
	if err != nil {
		log.Fatal(err)
	}
	if err := orders.Warm(ctx, hot); err != nil { // not reported: start-up, off the request path
		log.Fatal(err)
	}

	h := &handlers{pool: pool, orders: orders}
	r := mux.NewRouter()
	r.HandleFunc("/balances", h.balances).Methods(http.MethodGet)
	r.HandleFunc("/balances/batched", h.balancesBatched).Methods(http.MethodGet)
	r.HandleFunc("/accounts/random", h.randomAccount).Methods(http.MethodGet)
	r.HandleFunc("/customers/{customer}/orders", h.customerOrders).Methods(http.MethodGet)
	r.HandleFunc("/customers/{customer}/orders/batched", h.customerOrdersBatched).Methods(http.MethodGet)
	log.Fatal(http.ListenAndServe(":8080", r))
}
