-- Chinook (Luis Rocha): a digital media store.
CREATE SCHEMA chinook;
SET search_path = chinook;
COMMENT ON SCHEMA chinook IS 'Chinook (Luis Rocha): a digital media store built from an iTunes music library: artists, albums, tracks, genres, playlists, customers, invoices and the employees who support them.';
CREATE TABLE artist (artist_id integer PRIMARY KEY, name text);
CREATE TABLE album (album_id integer PRIMARY KEY, title text NOT NULL, artist_id integer NOT NULL REFERENCES artist(artist_id));
CREATE TABLE genre (genre_id integer PRIMARY KEY, name text);
CREATE TABLE media_type (media_type_id integer PRIMARY KEY, name text);
CREATE TABLE track (track_id integer PRIMARY KEY, name text NOT NULL, album_id integer REFERENCES album(album_id), media_type_id integer NOT NULL REFERENCES media_type(media_type_id), genre_id integer REFERENCES genre(genre_id), composer text, milliseconds integer NOT NULL, bytes integer, unit_price numeric(10,2) NOT NULL);
CREATE TABLE playlist (playlist_id integer PRIMARY KEY, name text);
CREATE TABLE playlist_track (playlist_id integer REFERENCES playlist(playlist_id), track_id integer REFERENCES track(track_id), PRIMARY KEY (playlist_id, track_id));
CREATE TABLE employee (employee_id integer PRIMARY KEY, last_name text NOT NULL, first_name text NOT NULL, title text, reports_to integer REFERENCES employee(employee_id), birth_date timestamp, hire_date timestamp, address text, city text, state text, country text, postal_code text, phone text, fax text, email text);
CREATE TABLE customer (customer_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL, company text, address text, city text, state text, country text, postal_code text, phone text, fax text, email text NOT NULL, support_rep_id integer REFERENCES employee(employee_id));
CREATE TABLE invoice (invoice_id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customer(customer_id), invoice_date timestamp NOT NULL, billing_address text, billing_city text, billing_state text, billing_country text, billing_postal_code text, total numeric(10,2) NOT NULL);
CREATE TABLE invoice_line (invoice_line_id integer PRIMARY KEY, invoice_id integer NOT NULL REFERENCES invoice(invoice_id), track_id integer NOT NULL REFERENCES track(track_id), unit_price numeric(10,2) NOT NULL, quantity integer NOT NULL);
COMMENT ON TABLE track IS 'Songs and videos sold in the store';
COMMENT ON COLUMN track.milliseconds IS 'Track length in milliseconds';
COMMENT ON COLUMN customer.support_rep_id IS 'Employee who supports this customer';
COMMENT ON TABLE invoice IS 'Music purchases by customers';
INSERT INTO genre VALUES (1,'Rock'),(2,'Jazz'),(3,'Metal'),(4,'Alternative & Punk'),(5,'Rock And Roll'),(6,'Blues'),(7,'Latin'),(8,'Reggae'),(9,'Pop'),
 (10,'Soundtrack'),(11,'Bossa Nova'),(12,'Easy Listening'),(13,'Heavy Metal'),(14,'R&B/Soul'),(15,'Electronica/Dance'),(16,'World'),(17,'Hip Hop/Rap'),
 (18,'Science Fiction'),(19,'TV Shows'),(20,'Sci Fi & Fantasy'),(21,'Drama'),(22,'Comedy'),(23,'Alternative'),(24,'Classical'),(25,'Opera');
INSERT INTO media_type VALUES (1,'MPEG audio file'),(2,'Protected AAC audio file'),(3,'Protected MPEG-4 video file'),(4,'Purchased AAC audio file'),(5,'AAC audio file');
