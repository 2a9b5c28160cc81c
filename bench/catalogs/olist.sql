-- Olist Brazilian e-commerce public dataset (Kaggle): marketplace orders 2016-2018.
CREATE SCHEMA olist;
SET search_path = olist;
COMMENT ON SCHEMA olist IS 'Olist Brazilian e-commerce public dataset (Kaggle): marketplace orders 2016-2018 with items, payments, reviews, customers, sellers, products and geolocation.';
CREATE TABLE geolocation (geolocation_zip_code_prefix text PRIMARY KEY, geolocation_lat double precision, geolocation_lng double precision, geolocation_city text, geolocation_state text);
CREATE TABLE customers (customer_id text PRIMARY KEY, customer_unique_id text NOT NULL, customer_zip_code_prefix text REFERENCES geolocation(geolocation_zip_code_prefix), customer_city text, customer_state text);
CREATE TABLE sellers (seller_id text PRIMARY KEY, seller_zip_code_prefix text REFERENCES geolocation(geolocation_zip_code_prefix), seller_city text, seller_state text);
CREATE TABLE product_category_name_translation (product_category_name text PRIMARY KEY, product_category_name_english text);
CREATE TABLE products (product_id text PRIMARY KEY, product_category_name text REFERENCES product_category_name_translation(product_category_name), product_name_length integer, product_description_length integer, product_photos_qty integer, product_weight_g integer, product_length_cm integer, product_height_cm integer, product_width_cm integer);
CREATE TABLE orders (order_id text PRIMARY KEY, customer_id text REFERENCES customers(customer_id), order_status text, order_purchase_timestamp timestamp, order_approved_at timestamp, order_delivered_carrier_date timestamp, order_delivered_customer_date timestamp, order_estimated_delivery_date timestamp);
CREATE TABLE order_items (order_id text REFERENCES orders(order_id), order_item_id integer, product_id text REFERENCES products(product_id), seller_id text REFERENCES sellers(seller_id), shipping_limit_date timestamp, price numeric(10,2), freight_value numeric(10,2), PRIMARY KEY (order_id, order_item_id));
CREATE TABLE order_payments (order_id text REFERENCES orders(order_id), payment_sequential integer, payment_type text, payment_installments integer, payment_value numeric(10,2), PRIMARY KEY (order_id, payment_sequential));
CREATE TABLE order_reviews (review_id text, order_id text REFERENCES orders(order_id), review_score integer, review_comment_title text, review_comment_message text, review_creation_date timestamp, review_answer_timestamp timestamp, PRIMARY KEY (review_id, order_id));
COMMENT ON COLUMN order_payments.payment_type IS 'credit_card, boleto, voucher, debit_card';
COMMENT ON COLUMN order_reviews.review_score IS 'Customer satisfaction 1 (worst) to 5 (best)';
COMMENT ON COLUMN orders.order_status IS 'delivered, shipped, canceled, invoiced, processing, unavailable';
COMMENT ON TABLE product_category_name_translation IS 'Portuguese category names translated to English';
