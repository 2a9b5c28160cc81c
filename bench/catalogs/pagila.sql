-- Pagila (PostgreSQL port of MySQL Sakila): a DVD rental chain.
CREATE SCHEMA pagila;
SET search_path = pagila;
COMMENT ON SCHEMA pagila IS 'Pagila (PostgreSQL port of MySQL Sakila): a DVD rental chain: films, actors, categories, inventory, rentals, payments, customers, staff and stores.';
CREATE TABLE country (country_id integer PRIMARY KEY, country text NOT NULL, last_update timestamptz);
CREATE TABLE city (city_id integer PRIMARY KEY, city text NOT NULL, country_id integer NOT NULL REFERENCES country(country_id), last_update timestamptz);
CREATE TABLE address (address_id integer PRIMARY KEY, address text NOT NULL, address2 text, district text NOT NULL, city_id integer NOT NULL REFERENCES city(city_id), postal_code text, phone text NOT NULL, last_update timestamptz);
CREATE TABLE language (language_id integer PRIMARY KEY, name text NOT NULL, last_update timestamptz);
CREATE TABLE category (category_id integer PRIMARY KEY, name text NOT NULL, last_update timestamptz);
CREATE TABLE actor (actor_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL, last_update timestamptz);
CREATE TABLE film (film_id integer PRIMARY KEY, title text NOT NULL, description text, release_year integer, language_id integer NOT NULL REFERENCES language(language_id), rental_duration smallint NOT NULL, rental_rate numeric(4,2) NOT NULL, length smallint, replacement_cost numeric(5,2) NOT NULL, rating text, special_features text[], last_update timestamptz);
CREATE TABLE film_actor (actor_id integer REFERENCES actor(actor_id), film_id integer REFERENCES film(film_id), last_update timestamptz, PRIMARY KEY (actor_id, film_id));
CREATE TABLE film_category (film_id integer REFERENCES film(film_id), category_id integer REFERENCES category(category_id), last_update timestamptz, PRIMARY KEY (film_id, category_id));
CREATE TABLE staff (staff_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL, address_id integer NOT NULL REFERENCES address(address_id), email text, store_id integer NOT NULL, active boolean NOT NULL, username text NOT NULL, last_update timestamptz);
CREATE TABLE store (store_id integer PRIMARY KEY, manager_staff_id integer NOT NULL REFERENCES staff(staff_id), address_id integer NOT NULL REFERENCES address(address_id), last_update timestamptz);
CREATE TABLE customer (customer_id integer PRIMARY KEY, store_id integer NOT NULL REFERENCES store(store_id), first_name text NOT NULL, last_name text NOT NULL, email text, address_id integer NOT NULL REFERENCES address(address_id), activebool boolean NOT NULL, create_date date NOT NULL, last_update timestamptz, active integer);
CREATE TABLE inventory (inventory_id integer PRIMARY KEY, film_id integer NOT NULL REFERENCES film(film_id), store_id integer NOT NULL REFERENCES store(store_id), last_update timestamptz);
CREATE TABLE rental (rental_id integer PRIMARY KEY, rental_date timestamptz NOT NULL, inventory_id integer NOT NULL REFERENCES inventory(inventory_id), customer_id integer NOT NULL REFERENCES customer(customer_id), return_date timestamptz, staff_id integer NOT NULL REFERENCES staff(staff_id), last_update timestamptz);
CREATE TABLE payment (payment_id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customer(customer_id), staff_id integer NOT NULL REFERENCES staff(staff_id), rental_id integer REFERENCES rental(rental_id), amount numeric(5,2) NOT NULL, payment_date timestamptz NOT NULL);
COMMENT ON TABLE film IS 'Movies available for rent';
COMMENT ON COLUMN film.rating IS 'MPAA rating: G, PG, PG-13, R, NC-17';
COMMENT ON COLUMN film.length IS 'Running time in minutes';
COMMENT ON TABLE inventory IS 'Physical DVD copies of each film held by a store';
INSERT INTO category (category_id, name) VALUES (1,'Action'),(2,'Animation'),(3,'Children'),(4,'Classics'),(5,'Comedy'),(6,'Documentary'),(7,'Drama'),(8,'Family'),
 (9,'Foreign'),(10,'Games'),(11,'Horror'),(12,'Music'),(13,'New'),(14,'Sci-Fi'),(15,'Sports'),(16,'Travel');
INSERT INTO language (language_id, name) VALUES (1,'English'),(2,'Italian'),(3,'Japanese'),(4,'Mandarin'),(5,'French'),(6,'German');
