-- Synthea-style synthetic patient records (MITRE Synthea CSV export, reduced).
CREATE SCHEMA clinic;
SET search_path = clinic;
COMMENT ON SCHEMA clinic IS 'Synthea-style synthetic patient records (MITRE Synthea CSV export, reduced): patients, encounters, conditions, medications, observations, immunizations, providers.';
CREATE TABLE organizations (id uuid PRIMARY KEY, name text NOT NULL, address text, city text, state text, zip text, phone text, revenue numeric, utilization integer);
CREATE TABLE providers (id uuid PRIMARY KEY, organization uuid REFERENCES organizations(id), name text NOT NULL, gender text, speciality text, city text, state text, utilization integer);
CREATE TABLE patients (id uuid PRIMARY KEY, birthdate date NOT NULL, deathdate date, ssn text, first text, last text, marital text, race text, ethnicity text, gender text NOT NULL, birthplace text, address text, city text, state text, county text, zip text, healthcare_expenses numeric, healthcare_coverage numeric);
CREATE TABLE encounters (id uuid PRIMARY KEY, start timestamptz NOT NULL, stop timestamptz, patient uuid NOT NULL REFERENCES patients(id), organization uuid REFERENCES organizations(id), provider uuid REFERENCES providers(id), encounterclass text NOT NULL, code text, description text, base_encounter_cost numeric, total_claim_cost numeric, payer_coverage numeric, reasoncode text, reasondescription text);
CREATE TABLE conditions (start date NOT NULL, stop date, patient uuid NOT NULL REFERENCES patients(id), encounter uuid REFERENCES encounters(id), code text NOT NULL, description text NOT NULL);
CREATE TABLE medications (start timestamptz NOT NULL, stop timestamptz, patient uuid NOT NULL REFERENCES patients(id), encounter uuid REFERENCES encounters(id), code text NOT NULL, description text NOT NULL, base_cost numeric, dispenses integer, totalcost numeric, reasondescription text);
CREATE TABLE observations (date timestamptz NOT NULL, patient uuid NOT NULL REFERENCES patients(id), encounter uuid REFERENCES encounters(id), category text, code text NOT NULL, description text NOT NULL, value text, units text, type text);
CREATE TABLE procedures (start timestamptz NOT NULL, stop timestamptz, patient uuid NOT NULL REFERENCES patients(id), encounter uuid REFERENCES encounters(id), code text NOT NULL, description text NOT NULL, base_cost numeric, reasondescription text);
CREATE TABLE immunizations (date timestamptz NOT NULL, patient uuid NOT NULL REFERENCES patients(id), encounter uuid REFERENCES encounters(id), code text NOT NULL, description text NOT NULL, base_cost numeric);
CREATE TABLE allergies (start date NOT NULL, stop date, patient uuid NOT NULL REFERENCES patients(id), encounter uuid REFERENCES encounters(id), code text NOT NULL, description text NOT NULL, type text, category text, reaction1 text, severity1 text);
COMMENT ON COLUMN encounters.encounterclass IS 'ambulatory, emergency, inpatient, outpatient, wellness, urgentcare';
COMMENT ON TABLE observations IS 'Vital signs and lab results (blood pressure, BMI, cholesterol...) with units';
COMMENT ON TABLE conditions IS 'Diagnoses (SNOMED-CT) with onset and resolution dates';
COMMENT ON TABLE medications IS 'Prescriptions (RxNorm) with dispenses and costs';
