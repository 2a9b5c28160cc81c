-- Northwind (Microsoft sample): a food import/export company.
CREATE SCHEMA northwind;
SET search_path = northwind;
COMMENT ON SCHEMA northwind IS 'Northwind (Microsoft sample): a food import/export company: customers, orders, products, categories, suppliers, employees, shippers and sales territories.';
CREATE TABLE categories (category_id smallint PRIMARY KEY, category_name text NOT NULL, description text, picture bytea);
CREATE TABLE region (region_id smallint PRIMARY KEY, region_description text NOT NULL);
CREATE TABLE territories (territory_id text PRIMARY KEY, territory_description text NOT NULL, region_id smallint NOT NULL REFERENCES region(region_id));
CREATE TABLE suppliers (supplier_id smallint PRIMARY KEY, company_name text NOT NULL, contact_name text, contact_title text, address text, city text, region text, postal_code text, country text, phone text, fax text, homepage text);
CREATE TABLE products (product_id smallint PRIMARY KEY, product_name text NOT NULL, supplier_id smallint REFERENCES suppliers(supplier_id), category_id smallint REFERENCES categories(category_id), quantity_per_unit text, unit_price real, units_in_stock smallint, units_on_order smallint, reorder_level smallint, discontinued integer NOT NULL);
CREATE TABLE customers (customer_id text PRIMARY KEY, company_name text NOT NULL, contact_name text, contact_title text, address text, city text, region text, postal_code text, country text, phone text, fax text);
CREATE TABLE customer_demographics (customer_type_id text PRIMARY KEY, customer_desc text);
CREATE TABLE customer_customer_demo (customer_id text REFERENCES customers(customer_id), customer_type_id text REFERENCES customer_demographics(customer_type_id), PRIMARY KEY (customer_id, customer_type_id));
CREATE TABLE employees (employee_id smallint PRIMARY KEY, last_name text NOT NULL, first_name text NOT NULL, title text, title_of_courtesy text, birth_date date, hire_date date, address text, city text, region text, postal_code text, country text, home_phone text, extension text, notes text, reports_to smallint REFERENCES employees(employee_id));
CREATE TABLE employee_territories (employee_id smallint REFERENCES employees(employee_id), territory_id text REFERENCES territories(territory_id), PRIMARY KEY (employee_id, territory_id));
CREATE TABLE shippers (shipper_id smallint PRIMARY KEY, company_name text NOT NULL, phone text);
CREATE TABLE us_states (state_id smallint PRIMARY KEY, state_name text, state_abbr text, state_region text);
CREATE TABLE orders (order_id smallint PRIMARY KEY, customer_id text REFERENCES customers(customer_id), employee_id smallint REFERENCES employees(employee_id), order_date date, required_date date, shipped_date date, ship_via smallint REFERENCES shippers(shipper_id), freight real, ship_name text, ship_address text, ship_city text, ship_region text, ship_postal_code text, ship_country text);
CREATE TABLE order_details (order_id smallint REFERENCES orders(order_id), product_id smallint REFERENCES products(product_id), unit_price real NOT NULL, quantity smallint NOT NULL, discount real NOT NULL, PRIMARY KEY (order_id, product_id));
COMMENT ON COLUMN orders.ship_via IS 'Shipper that carried the order';
COMMENT ON COLUMN order_details.discount IS 'Fraction 0..1 taken off the unit price';
COMMENT ON COLUMN products.discontinued IS '1 when the product is no longer sold';
INSERT INTO categories (category_id, category_name, description) VALUES
 (1, 'Beverages', 'Soft drinks, coffees, teas, beers, and ales'), (2, 'Condiments', 'Sweet and savory sauces, relishes, spreads, and seasonings'),
 (3, 'Confections', 'Desserts, candies, and sweet breads'), (4, 'Dairy Products', 'Cheeses'), (5, 'Grains/Cereals', 'Breads, crackers, pasta, and cereal'),
 (6, 'Meat/Poultry', 'Prepared meats'), (7, 'Produce', 'Dried fruit and bean curd'), (8, 'Seafood', 'Seaweed and fish');
INSERT INTO region VALUES (1, 'Eastern'), (2, 'Western'), (3, 'Northern'), (4, 'Southern');
INSERT INTO shippers VALUES (1, 'Speedy Express', '(503) 555-9831'), (2, 'United Package', '(503) 555-3199'), (3, 'Federal Shipping', '(503) 555-9931');
