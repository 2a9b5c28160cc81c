-- TPC-H (Transaction Processing Performance Council) decision-support benchmark schema.
CREATE SCHEMA tpch;
SET search_path = tpch;
COMMENT ON SCHEMA tpch IS 'TPC-H (Transaction Processing Performance Council) decision-support benchmark schema: a wholesale supplier''s parts, suppliers, part suppliers, customers, orders and line items by nation and region.';
CREATE TABLE region (r_regionkey integer PRIMARY KEY, r_name text NOT NULL, r_comment text);
CREATE TABLE nation (n_nationkey integer PRIMARY KEY, n_name text NOT NULL, n_regionkey integer NOT NULL REFERENCES region(r_regionkey), n_comment text);
CREATE TABLE supplier (s_suppkey integer PRIMARY KEY, s_name text NOT NULL, s_address text NOT NULL, s_nationkey integer NOT NULL REFERENCES nation(n_nationkey), s_phone text NOT NULL, s_acctbal numeric(15,2) NOT NULL, s_comment text);
CREATE TABLE part (p_partkey integer PRIMARY KEY, p_name text NOT NULL, p_mfgr text NOT NULL, p_brand text NOT NULL, p_type text NOT NULL, p_size integer NOT NULL, p_container text NOT NULL, p_retailprice numeric(15,2) NOT NULL, p_comment text);
CREATE TABLE partsupp (ps_partkey integer REFERENCES part(p_partkey), ps_suppkey integer REFERENCES supplier(s_suppkey), ps_availqty integer NOT NULL, ps_supplycost numeric(15,2) NOT NULL, ps_comment text, PRIMARY KEY (ps_partkey, ps_suppkey));
CREATE TABLE customer (c_custkey integer PRIMARY KEY, c_name text NOT NULL, c_address text NOT NULL, c_nationkey integer NOT NULL REFERENCES nation(n_nationkey), c_phone text NOT NULL, c_acctbal numeric(15,2) NOT NULL, c_mktsegment text NOT NULL, c_comment text);
CREATE TABLE orders (o_orderkey bigint PRIMARY KEY, o_custkey integer NOT NULL REFERENCES customer(c_custkey), o_orderstatus char(1) NOT NULL, o_totalprice numeric(15,2) NOT NULL, o_orderdate date NOT NULL, o_orderpriority text NOT NULL, o_clerk text NOT NULL, o_shippriority integer NOT NULL, o_comment text);
CREATE TABLE lineitem (l_orderkey bigint REFERENCES orders(o_orderkey), l_partkey integer NOT NULL REFERENCES part(p_partkey), l_suppkey integer NOT NULL REFERENCES supplier(s_suppkey), l_linenumber integer, l_quantity numeric(15,2) NOT NULL, l_extendedprice numeric(15,2) NOT NULL, l_discount numeric(15,2) NOT NULL, l_tax numeric(15,2) NOT NULL, l_returnflag char(1) NOT NULL, l_linestatus char(1) NOT NULL, l_shipdate date NOT NULL, l_commitdate date NOT NULL, l_receiptdate date NOT NULL, l_shipinstruct text NOT NULL, l_shipmode text NOT NULL, l_comment text, PRIMARY KEY (l_orderkey, l_linenumber));
COMMENT ON COLUMN customer.c_mktsegment IS 'Market segment: AUTOMOBILE, BUILDING, FURNITURE, HOUSEHOLD, MACHINERY';
COMMENT ON COLUMN lineitem.l_shipmode IS 'Ship mode: AIR, MAIL, RAIL, SHIP, TRUCK, REG AIR, FOB';
COMMENT ON COLUMN lineitem.l_returnflag IS 'R = returned, A = accepted, N = none';
COMMENT ON TABLE partsupp IS 'Which supplier supplies which part, with stock and cost';
INSERT INTO region VALUES (0, 'AFRICA', NULL), (1, 'AMERICA', NULL), (2, 'ASIA', NULL), (3, 'EUROPE', NULL), (4, 'MIDDLE EAST', NULL);
INSERT INTO nation VALUES (0,'ALGERIA',0,NULL),(1,'ARGENTINA',1,NULL),(2,'BRAZIL',1,NULL),(3,'CANADA',1,NULL),(4,'EGYPT',4,NULL),(5,'ETHIOPIA',0,NULL),
 (6,'FRANCE',3,NULL),(7,'GERMANY',3,NULL),(8,'INDIA',2,NULL),(9,'INDONESIA',2,NULL),(10,'IRAN',4,NULL),(11,'IRAQ',4,NULL),(12,'JAPAN',2,NULL),
 (13,'JORDAN',4,NULL),(14,'KENYA',0,NULL),(15,'MOROCCO',0,NULL),(16,'MOZAMBIQUE',0,NULL),(17,'PERU',1,NULL),(18,'CHINA',2,NULL),(19,'ROMANIA',3,NULL),
 (20,'SAUDI ARABIA',4,NULL),(21,'VIETNAM',2,NULL),(22,'RUSSIA',3,NULL),(23,'UNITED KINGDOM',3,NULL),(24,'UNITED STATES',1,NULL);
