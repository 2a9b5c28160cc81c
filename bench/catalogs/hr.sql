-- Oracle HR sample schema: employees, departments, jobs and locations.
CREATE SCHEMA hr;
SET search_path = hr;
COMMENT ON SCHEMA hr IS 'Oracle HR sample schema: employees, departments, jobs, job history and locations (countries, regions).';
CREATE TABLE regions (region_id integer PRIMARY KEY, region_name text);
CREATE TABLE countries (country_id char(2) PRIMARY KEY, country_name text, region_id integer REFERENCES regions(region_id));
CREATE TABLE locations (location_id integer PRIMARY KEY, street_address text, postal_code text, city text NOT NULL, state_province text, country_id char(2) REFERENCES countries(country_id));
CREATE TABLE jobs (job_id text PRIMARY KEY, job_title text NOT NULL, min_salary numeric(8,2), max_salary numeric(8,2));
CREATE TABLE departments (department_id integer PRIMARY KEY, department_name text NOT NULL, manager_id integer, location_id integer REFERENCES locations(location_id));
CREATE TABLE employees (employee_id integer PRIMARY KEY, first_name text, last_name text NOT NULL, email text NOT NULL, phone_number text, hire_date date NOT NULL, job_id text NOT NULL REFERENCES jobs(job_id), salary numeric(8,2), commission_pct numeric(2,2), manager_id integer REFERENCES employees(employee_id), department_id integer REFERENCES departments(department_id));
CREATE TABLE job_history (employee_id integer REFERENCES employees(employee_id), start_date date, end_date date NOT NULL, job_id text NOT NULL REFERENCES jobs(job_id), department_id integer REFERENCES departments(department_id), PRIMARY KEY (employee_id, start_date));
CREATE TABLE dependents (dependent_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL, relationship text NOT NULL, employee_id integer NOT NULL REFERENCES employees(employee_id));
COMMENT ON COLUMN employees.commission_pct IS 'Commission as a fraction of salary (sales staff only)';
COMMENT ON TABLE job_history IS 'Previous jobs an employee held in the company';
COMMENT ON COLUMN dependents.relationship IS 'Child, Spouse, Parent';
INSERT INTO regions VALUES (1, 'Europe'), (2, 'Americas'), (3, 'Asia'), (4, 'Middle East and Africa');
