-- nycflights13 (Wickham): flights departing New York City airports in 2013.
CREATE SCHEMA flights;
SET search_path = flights;
COMMENT ON SCHEMA flights IS 'nycflights13 (Wickham): flights departing New York City airports in 2013, with airlines, airports, planes and hourly weather.';
CREATE TABLE airlines (carrier text PRIMARY KEY, name text NOT NULL);
CREATE TABLE airports (faa text PRIMARY KEY, name text, lat double precision, lon double precision, alt integer, tz integer, dst text, tzone text);
CREATE TABLE planes (tailnum text PRIMARY KEY, year integer, type text, manufacturer text, model text, engines integer, seats integer, speed integer, engine text);
CREATE TABLE weather (origin text REFERENCES airports(faa), year integer, month integer, day integer, hour integer, temp double precision, dewp double precision, humid double precision, wind_dir double precision, wind_speed double precision, wind_gust double precision, precip double precision, pressure double precision, visib double precision, time_hour timestamptz, PRIMARY KEY (origin, time_hour));
CREATE TABLE flights (year integer, month integer, day integer, dep_time integer, sched_dep_time integer, dep_delay double precision, arr_time integer, sched_arr_time integer, arr_delay double precision, carrier text REFERENCES airlines(carrier), flight integer, tailnum text REFERENCES planes(tailnum), origin text REFERENCES airports(faa), dest text REFERENCES airports(faa), air_time double precision, distance double precision, hour integer, minute integer, time_hour timestamptz);
COMMENT ON TABLE flights IS 'On-time data for all flights that departed NYC (JFK, LGA, EWR) in 2013';
COMMENT ON COLUMN flights.dep_delay IS 'Departure delay in minutes; negative = early';
COMMENT ON COLUMN flights.arr_delay IS 'Arrival delay in minutes; negative = early';
COMMENT ON COLUMN flights.air_time IS 'Time in the air, minutes';
COMMENT ON COLUMN flights.distance IS 'Distance between airports, miles';
COMMENT ON TABLE weather IS 'Hourly meteorological data for each NYC origin airport';
COMMENT ON TABLE planes IS 'Aircraft metadata from the FAA registry';
COMMENT ON COLUMN airports.faa IS 'FAA airport code';
