-- A vending machine operator filling and servicing machines on host sites (wide machine register, route drivers beside repair engineers, cash collections beside card sales, fills beside warehouse deliveries): sites, machines, products, slot plans, fills, cash collections, card sales, drivers, engineers, faults, temperature checks, commission payments and warehouse receipts. No keys declared.
CREATE SCHEMA vending;
SET search_path = vending;
COMMENT ON SCHEMA vending IS 'Avon Valley Vending, a family vending operator based on a trading estate in Kingswood, Bristol: places, fills and maintains snack, chilled can, combination, hot drink and fresh food machines in offices, hospitals, leisure centres, schools, factories and stations across Bristol, Bath and Keynsham at no cost to the host, who is paid a commission on sales; three route drivers fill the machines and collect the cash on fixed rounds, engineers (one staff, the rest contractors) fix coin mechanisms, card readers and fridges, most machines have telemetry and contactless readers, chilled food machines need a temperature check at every visit under the food safety plan, and school and NHS sites do not allow food high in fat, sugar or salt';
CREATE TABLE sites (site_no integer, site_nm text, addr1 text, town text, pcode text, site_typ text, contact_nm text, contact_tel text, access_txt text, route_cd text, comm_pct numeric, comm_basis text, hfss_ban_yn char(1), contract_end date);
COMMENT ON TABLE sites IS 'Host sites where our machines stand';
COMMENT ON COLUMN sites.site_typ IS 'OFF office, HOSP hospital or health centre, GYM leisure centre or gym, SCH school or college, FACT factory or distribution warehouse, TRAN railway or bus station';
COMMENT ON COLUMN sites.access_txt IS 'When and how drivers and engineers can get in';
COMMENT ON COLUMN sites.route_cd IS 'Fill round the site is on: R1 north Bristol (Mon, Wed, Fri), R2 south Bristol and Avonmouth (Tue, Thu), R3 Bath and Keynsham (Mon, Thu)';
COMMENT ON COLUMN sites.comm_pct IS 'Commission paid to the host, percent of sales';
COMMENT ON COLUMN sites.comm_basis IS 'GROSS commission on sales including VAT, NET on sales after VAT';
COMMENT ON COLUMN sites.hfss_ban_yn IS 'Host does not allow products high in fat, sugar or salt (schools and NHS sites)';
COMMENT ON COLUMN sites.contract_end IS 'End of the site agreement';
CREATE TABLE machines (mach_id integer, serial_no text, make text, model text, mach_typ text, site_ref integer, loc_desc text, install_dt date, own_cd text, lease_co text, lease_end_dt date, telem_yn char(1), telem_id text, cashless_yn char(1), card_rdr_id text, coin_mech_cd text, note_rdr_yn char(1), slots_n integer, fridge_yn char(1), temp_max_c numeric, pat_dt date, price_band text, last_fill_dt date, last_svc_dt date, svc_int_days integer, status_cd text, removed_dt date, energy_kwh_day numeric, notes text);
COMMENT ON TABLE machines IS 'Every machine we own, lease or have on loan: where it stands, how it is financed, telemetry, payment hardware, capacity, refrigeration, electrical testing, pricing, last fill and service, and status';
COMMENT ON COLUMN machines.mach_typ IS 'SNACK spiral snack machine, CAN chilled can and bottle machine, COMBO snacks and chilled drinks in one cabinet, HOT bean to cup hot drinks, FOOD chilled fresh food (sandwiches and salads, temperature checked at every visit)';
COMMENT ON COLUMN machines.site_ref IS 'Site it stands at (sites.site_no); NULL in our warehouse';
COMMENT ON COLUMN machines.loc_desc IS 'Where on the site it stands';
COMMENT ON COLUMN machines.own_cd IS 'OWN bought outright, LEASE on a finance lease (lease_co), LOAN loaned free by a drinks brand that requires its products to fill most of the columns';
COMMENT ON COLUMN machines.lease_end_dt IS 'Last month of the finance lease';
COMMENT ON COLUMN machines.telem_yn IS 'Has a telemetry unit reporting sales, stock levels and faults over the mobile network';
COMMENT ON COLUMN machines.cashless_yn IS 'Takes contactless cards and phones';
COMMENT ON COLUMN machines.card_rdr_id IS 'Serial number of the contactless card reader fitted (card_sales.device_id)';
COMMENT ON COLUMN machines.coin_mech_cd IS 'CC change-giving coin mechanism, NC exact money only, NONE cashless only';
COMMENT ON COLUMN machines.note_rdr_yn IS 'Takes banknotes';
COMMENT ON COLUMN machines.slots_n IS 'Number of spirals or columns';
COMMENT ON COLUMN machines.temp_max_c IS 'Highest allowed cabinet temperature, degrees C: 8 for chilled food and drinks; NULL ambient machine';
COMMENT ON COLUMN machines.pat_dt IS 'Last portable appliance electrical safety test (yearly)';
COMMENT ON COLUMN machines.price_band IS 'A standard prices, B premium prices (hospitals and stations), S subsidised staff prices part paid by the host';
COMMENT ON COLUMN machines.last_svc_dt IS 'Last planned preventive service by an engineer';
COMMENT ON COLUMN machines.svc_int_days IS 'Days between planned services';
COMMENT ON COLUMN machines.status_cd IS 'LIVE working on site, FAULT out of order on site, STORE in our warehouse awaiting a site, GONE scrapped or sold';
COMMENT ON COLUMN machines.removed_dt IS 'Date taken out of its last site';
CREATE TABLE products (sku text, prod_nm text, brand text, cat_cd text, case_cost numeric, case_qty integer, vend_price numeric, hfss_yn char(1), shelf_days integer, wh_qty integer, reorder_qty integer);
COMMENT ON TABLE products IS 'Everything we sell through the machines';
COMMENT ON COLUMN products.cat_cd IS 'CHOC chocolate, CRISP crisps and savoury snacks, HLTH healthier snacks (nuts, fruit, popped crisps, protein bars), CAN cans and bottles, FOOD sandwiches and chilled food, HOT hot drink ingredients';
COMMENT ON COLUMN products.case_cost IS 'Cost of one case from the wholesaler';
COMMENT ON COLUMN products.vend_price IS 'Standard band A selling price';
COMMENT ON COLUMN products.hfss_yn IS 'High in fat, sugar or salt under the government nutrient profiling model; not allowed at sites with hfss_ban_yn';
COMMENT ON COLUMN products.wh_qty IS 'Units in our warehouse';
COMMENT ON COLUMN products.reorder_qty IS 'Reorder when the warehouse holds fewer units than this';
CREATE TABLE slot_plans (mach_ref integer, slot_cd text, sku_ref text, price numeric, par_qty integer, eff_dt date);
COMMENT ON TABLE slot_plans IS 'Planogram: which product goes in each spiral or column of each machine and at what price';
COMMENT ON COLUMN slot_plans.mach_ref IS 'machines.mach_id';
COMMENT ON COLUMN slot_plans.sku_ref IS 'products.sku';
COMMENT ON COLUMN slot_plans.par_qty IS 'Units the slot holds when full';
COMMENT ON COLUMN slot_plans.eff_dt IS 'Date this product went into the slot';
CREATE TABLE fills (fill_id integer, mach_ref integer, fill_dt date, drv_ref integer, slot_cd text, sku_ref text, qty_in integer, qty_exp integer);
COMMENT ON TABLE fills IS 'Restocking: what the driver put into each slot on a visit, and what was pulled out past its date';
COMMENT ON COLUMN fills.drv_ref IS 'Driver who filled it (drivers.drv_no)';
COMMENT ON COLUMN fills.qty_in IS 'Units loaded';
COMMENT ON COLUMN fills.qty_exp IS 'Units taken out past their best before or use by date and written off';
CREATE TABLE collections (coll_id integer, mach_ref integer, coll_dt date, drv_ref integer, bag_no text, meter_amt numeric, counted_amt numeric, variance_amt numeric, banked_dt date);
COMMENT ON TABLE collections IS 'Cash emptied from coin boxes and note stackers; bags are sealed at the machine and counted in the office';
COMMENT ON COLUMN collections.drv_ref IS 'Driver who emptied it (drivers.drv_no)';
COMMENT ON COLUMN collections.meter_amt IS 'Cash sales recorded by the machine''s audit meter since the last collection';
COMMENT ON COLUMN collections.counted_amt IS 'Cash counted in the office';
COMMENT ON COLUMN collections.variance_amt IS 'Counted minus meter: negative means cash missing';
COMMENT ON COLUMN collections.banked_dt IS 'NULL still in the safe';
CREATE TABLE card_sales (txn_id bigint, device_id text, txn_ts timestamp, slot_cd text, amt numeric, scheme_cd text, status_cd text);
COMMENT ON TABLE card_sales IS 'Contactless card and phone payments reported by the card readers';
COMMENT ON COLUMN card_sales.device_id IS 'Card reader serial (machines.card_rdr_id)';
COMMENT ON COLUMN card_sales.scheme_cd IS 'VISA, MC Mastercard, AMEX, APAY Apple Pay, GPAY Google Pay';
COMMENT ON COLUMN card_sales.status_cd IS 'OK paid, DECL declined, REF refunded automatically because the product did not drop';
CREATE TABLE drivers (drv_no integer, drv_nm text, route_cd text, van_reg text, mobile text, cash_trained_yn char(1), food_hyg_lvl integer, lic_chk_dt date, start_dt date);
COMMENT ON TABLE drivers IS 'Route drivers who fill the machines, check fridge temperatures and collect the cash';
COMMENT ON COLUMN drivers.route_cd IS 'Round they normally drive (see sites.route_cd)';
COMMENT ON COLUMN drivers.cash_trained_yn IS 'Completed cash handling and security training';
COMMENT ON COLUMN drivers.food_hyg_lvl IS 'Food hygiene certificate level; level 2 is needed to handle chilled food';
COMMENT ON COLUMN drivers.lic_chk_dt IS 'Last online check of the driving licence with the DVLA';
CREATE TABLE engineers (eng_id integer, eng_nm text, emp_cd text, skills text, fgas_cert text, fgas_exp date, day_rate numeric, mobile text);
COMMENT ON TABLE engineers IS 'Engineers who repair and service the machines';
COMMENT ON COLUMN engineers.emp_cd IS 'STAFF our employee, CON self-employed contractor paid a day rate';
COMMENT ON COLUMN engineers.skills IS 'Comma separated: COIN coin mechanisms and note readers, FRIDGE refrigeration, COFFEE bean to cup brewers, TELEM telemetry and card readers';
COMMENT ON COLUMN engineers.fgas_cert IS 'F-gas certificate number, needed to work on the refrigerant circuit of fridge machines';
COMMENT ON COLUMN engineers.fgas_exp IS 'F-gas certificate expiry';
CREATE TABLE faults (flt_no integer, mach_ref integer, rptd_ts timestamp, rptd_via text, fault_cd text, eng_ref integer, attend_ts timestamp, fixed_ts timestamp, parts_cost numeric, labour_mins integer, first_fix_yn char(1), refund_amt numeric);
COMMENT ON TABLE faults IS 'Breakdowns and call-outs';
COMMENT ON COLUMN faults.rptd_via IS 'TEL telemetry alert, SITE host site rang in, DRV driver found it, CUST customer reported it through the QR code on the machine';
COMMENT ON COLUMN faults.fault_cd IS 'COIN coins jam or are rejected, NOTE note reader, CARD card reader offline, SPIR spiral jammed or product stuck, FRDG not cooling, PWR no power, VAND vandalism or break-in';
COMMENT ON COLUMN faults.eng_ref IS 'Engineer sent (engineers.eng_id)';
COMMENT ON COLUMN faults.attend_ts IS 'When the engineer got there; NULL not attended yet';
COMMENT ON COLUMN faults.fixed_ts IS 'When it was working again; NULL still broken';
COMMENT ON COLUMN faults.first_fix_yn IS 'Fixed on the first visit';
COMMENT ON COLUMN faults.refund_amt IS 'Money refunded to customers who lost money in the machine';
CREATE TABLE temp_checks (tc_id integer, mach_ref integer, chk_ts timestamp, temp_c numeric, chk_by integer, binned_yn char(1), action_txt text);
COMMENT ON TABLE temp_checks IS 'Cabinet temperature readings taken by the driver at each visit to a fridge machine, for the food safety plan';
COMMENT ON COLUMN temp_checks.chk_by IS 'drivers.drv_no';
COMMENT ON COLUMN temp_checks.binned_yn IS 'Chilled stock thrown away because it had been too warm';
CREATE TABLE commission_payments (cp_id integer, site_ref integer, prd_from date, prd_to date, sales_amt numeric, comm_amt numeric, paid_dt date, pay_ref text);
COMMENT ON TABLE commission_payments IS 'Commission paid to the host sites, usually quarterly in arrears';
COMMENT ON COLUMN commission_payments.site_ref IS 'sites.site_no';
COMMENT ON COLUMN commission_payments.paid_dt IS 'NULL not yet paid';
CREATE TABLE wh_receipts (rcpt_no text, supplier_nm text, rcpt_dt date, sku_ref text, cases integer, case_cost numeric, bbe_dt date);
COMMENT ON TABLE wh_receipts IS 'Stock bought in from cash and carries and wholesalers, one line per product';
COMMENT ON COLUMN wh_receipts.sku_ref IS 'products.sku';
COMMENT ON COLUMN wh_receipts.bbe_dt IS 'Best before or use by date on the delivered stock';
INSERT INTO sites VALUES (1,'Aztec West Business Centre','Aztec West','Almondsbury','BS32 4TD','OFF','Reception','01454 000001','Mon-Fri 7-19, sign in at reception','R1',10,'GROSS','N','2027-03-31'),(2,'Southmead Hospital Brunel Building','Southmead Road','Bristol','BS10 5NB','HOSP','Estates helpdesk','0117 000002','24 hours, loading bay B','R1',15,'GROSS','Y','2026-12-31'),(3,'Fishponds Leisure Centre','Fishponds Road','Bristol','BS16 3DU','GYM','Duty manager','0117 000003','6am to 10pm daily','R1',12,'GROSS','N','2026-08-31'),(4,'Brislington Academy','Hungerford Road','Bristol','BS4 5EY','SCH','Business manager','0117 000004','Term time 7.30 to 4.30 only, DBS badge required','R2',5,'NET','Y','2027-07-31'),(5,'Avonmouth Distribution Centre','Kings Weston Lane','Avonmouth','BS11 8AZ','FACT','Shift manager','0117 000005','24 hours, hi-vis on site','R2',8,'GROSS','N','2026-10-31'),(6,'Bath Spa Station','Dorchester Street','Bath','BA1 1SU','TRAN','Station manager','01225 000006','5am to midnight','R3',18,'GROSS','N','2028-01-31'),(7,'Keynsham Civic Centre','Market Walk','Keynsham','BS31 1FS','OFF','Facilities','0117 000007','Mon-Fri 8-18','R3',10,'GROSS','N','2026-06-30');
INSERT INTO machines VALUES
 (101,'SN-88120','Crane','Merchant 6','SNACK',1,'Ground floor kitchen','2022-04-01','OWN',NULL,NULL,'Y','TM-5001','Y','NX-70101','CC','N',40,'N',NULL,'2025-09-10','A','2026-06-12','2026-03-02',180,'LIVE',NULL,2.1,NULL),
 (102,'CN-4410','Sanden','Vendo 721','CAN',1,'Ground floor kitchen','2022-04-01','LOAN',NULL,NULL,'Y','TM-5002','Y','NX-70102','CC','N',8,'Y',8,'2025-09-10','A','2026-06-12','2025-11-20',180,'LIVE',NULL,3.4,'Loaned by Coca-Cola Europacific Partners'),
 (103,'FD-2207','Necta','Snakky Fresh','FOOD',2,'Level 1 atrium by the lifts','2024-01-15','LEASE','Close Brothers Vendor Finance','2026-12-31','Y','TM-5003','Y','NX-70103','CC','Y',30,'Y',8,'2026-01-20','B','2026-06-13','2026-04-10',90,'LIVE',NULL,5.2,NULL),
 (104,'CB-3391','Necta','Kalea Plus','HOT',2,'Emergency department waiting area','2024-01-15','LEASE','Close Brothers Vendor Finance','2026-12-31','Y','TM-5004','Y','NX-70104','NC','N',12,'N',NULL,'2026-01-20','B','2026-06-13','2026-05-05',90,'LIVE',NULL,1.8,NULL),
 (105,'CM-7733','Crane','Merchant Media Combo','COMBO',3,'Reception foyer','2023-06-01','OWN',NULL,NULL,'N',NULL,'N',NULL,'CC','N',32,'Y',8,'2025-06-02','A','2026-06-10','2025-12-01',180,'FAULT',NULL,3.9,'Coin mech keeps jamming'),
 (106,'SN-90012','Jofemar','Vision ES','SNACK',4,'Sixth form common room','2025-09-01','LEASE','Siemens Financial Services','2030-08-31','Y','TM-5006','Y','NX-70106','NONE','N',36,'N',NULL,'2025-08-28','S','2026-06-11','2026-03-01',180,'LIVE',NULL,1.9,'Healthy range only'),
 (107,'CN-5102','Sanden','Vendo 721','CAN',5,'Canteen','2021-03-01','OWN',NULL,NULL,'N',NULL,'N',NULL,'CC','Y',8,'Y',8,'2025-03-05','A','2026-06-11','2025-10-10',180,'LIVE',NULL,3.6,NULL),
 (108,'SN-77301','Crane','Merchant 6','SNACK',5,'Canteen','2021-03-01','OWN',NULL,NULL,'N',NULL,'N',NULL,'CC','Y',40,'N',NULL,'2025-03-05','A','2026-06-11','2025-10-10',180,'LIVE',NULL,2.0,NULL),
 (109,'CM-8120','Jofemar','Vision Combo','COMBO',6,'Platform 1 by the ticket office','2023-11-01','LEASE','Close Brothers Vendor Finance','2026-10-31','Y','TM-5009','Y','NX-70109','CC','Y',45,'Y',8,'2025-11-02','B','2026-06-11','2026-02-15',90,'LIVE',NULL,4.1,'Vandal-resistant glass fitted'),
 (110,'FD-2301','Necta','Snakky Fresh','FOOD',7,'Staff room, second floor','2024-05-01','OWN',NULL,NULL,'Y','TM-5010','Y','NX-70110','CC','N',30,'Y',8,'2025-04-29','A','2026-06-11','2025-11-30',90,'LIVE',NULL,5.0,NULL),
 (111,'SN-66002','Crane','Merchant 4','SNACK',NULL,'Warehouse bay 2','2019-02-01','OWN',NULL,NULL,'N',NULL,'N',NULL,'CC','N',30,'N',NULL,'2024-02-01','A',NULL,'2025-01-15',180,'STORE','2025-01-10',1.7,'Removed from Keynsham library');
INSERT INTO products VALUES ('CHO-DM','Dairy Milk 45g','Cadbury','CHOC',16.8,48,1.2,'Y',270,96,48),('CHO-KK','KitKat 4 finger','Nestle','CHOC',14.4,24,1.2,'Y',270,20,48),('CRS-WS','Walkers Ready Salted 32.5g','Walkers','CRISP',9.6,32,1.0,'Y',90,64,64),('CRS-PB','Popchips Barbecue 23g','Popchips','HLTH',12.0,24,1.1,'N',180,40,24),('HLT-NK','Nakd Cocoa Orange bar','Nakd','HLTH',14.4,18,1.3,'N',300,12,36),('CAN-CC','Coca-Cola 330ml can','Coca-Cola','CAN',7.2,24,1.3,'Y',270,240,96),('CAN-CZ','Coca-Cola Zero 330ml can','Coca-Cola','CAN',7.2,24,1.3,'N',270,48,96),('WAT-500','Still water 500ml','Radnor Hills','CAN',4.8,24,1.0,'N',365,180,48),('SAN-CM','Cheese and Pickle sandwich','Urban Eat','FOOD',12.0,6,3.5,'N',4,18,12),('SAN-CH','Chicken and Bacon sandwich','Urban Eat','FOOD',14.4,6,3.9,'N',4,6,12),('HOT-BN','Coffee beans 1kg','Lavazza','HOT',15.0,1,NULL,'N',365,8,10);
INSERT INTO slot_plans VALUES (101,'A1','CHO-DM',1.2,10,'2026-01-05'),(101,'A2','CHO-KK',1.2,10,'2026-01-05'),(101,'B1','CRS-WS',1.0,12,'2026-01-05'),(101,'B2','CRS-PB',1.1,12,'2026-01-05'),(102,'1','CAN-CC',1.3,60,'2026-01-05'),(102,'2','CAN-CZ',1.3,60,'2026-01-05'),(103,'10','SAN-CM',3.9,6,'2026-03-01'),(103,'11','SAN-CH',4.3,6,'2026-03-01'),(103,'20','WAT-500',1.3,10,'2026-03-01'),(106,'A1','HLT-NK',1.0,10,'2025-09-01'),(106,'A2','CRS-PB',0.9,12,'2025-09-01'),(106,'B1','WAT-500',0.8,12,'2025-09-01'),(106,'B2','CHO-KK',1.0,10,'2026-05-11'),(108,'A1','CHO-DM',1.2,10,'2021-03-01'),(108,'B1','CRS-WS',1.0,12,'2021-03-01'),(109,'A1','CHO-DM',1.5,10,'2023-11-01'),(109,'C1','CAN-CC',1.6,8,'2023-11-01'),(109,'C2','WAT-500',1.4,8,'2023-11-01'),(110,'10','SAN-CM',3.5,6,'2024-05-01'),(110,'11','SAN-CH',3.9,6,'2024-05-01');
INSERT INTO fills VALUES (1,101,'2026-05-06',1,'A1','CHO-DM',6,0),(2,101,'2026-05-06',1,'B1','CRS-WS',8,0),(3,103,'2026-05-07',1,'10','SAN-CM',5,2),(4,103,'2026-05-07',1,'11','SAN-CH',6,3),(5,109,'2026-05-11',3,'A1','CHO-DM',7,0),(6,109,'2026-05-11',3,'C1','CAN-CC',6,0),(7,110,'2026-05-14',3,'10','SAN-CM',4,1),(8,106,'2026-05-12',2,'A1','HLT-NK',9,0),(9,108,'2026-05-19',2,'B1','CRS-WS',10,2),(10,102,'2026-05-22',1,'1','CAN-CC',30,0),(11,103,'2026-06-13',1,'11','SAN-CH',6,2),(12,110,'2026-06-11',3,'11','SAN-CH',5,1),(13,106,'2026-06-11',2,'B2','CHO-KK',8,0);
INSERT INTO collections VALUES (1,101,'2026-05-06',1,'B-4401',142.5,142.5,0,'2026-05-07'),(2,105,'2026-05-08',1,'B-4402',96.2,91.2,-5.0,'2026-05-11'),(3,107,'2026-05-12',2,'B-4403',210.4,210.4,0,'2026-05-13'),(4,108,'2026-05-12',2,'B-4404',188.0,178.0,-10.0,'2026-05-13'),(5,109,'2026-05-11',3,'B-4405',64.8,65.3,0.5,'2026-05-12'),(6,107,'2026-06-09',4,'B-4410',199.1,179.1,-20.0,NULL),(7,110,'2026-06-11',3,'B-4411',35.0,35.0,0,NULL);
INSERT INTO card_sales VALUES (900001,'NX-70101','2026-05-04 10:12','A1',1.2,'VISA','OK'),(900002,'NX-70101','2026-05-04 15:40','B2',1.1,'APAY','OK'),(900003,'NX-70103','2026-05-05 02:14','11',4.3,'MC','OK'),(900004,'NX-70103','2026-05-05 13:01','10',3.9,'GPAY','OK'),(900005,'NX-70104','2026-05-06 03:30',NULL,2.4,'VISA','OK'),(900006,'NX-70109','2026-05-09 07:45','C1',1.6,'APAY','OK'),(900007,'NX-70109','2026-05-09 07:46','C1',1.6,'VISA','DECL'),(900008,'NX-70106','2026-05-12 12:20','A1',1.0,'GPAY','OK'),(900009,'NX-70110','2026-05-14 12:35','10',3.5,'MC','REF'),(900010,'NX-70102','2026-05-20 11:02','1',1.3,'VISA','OK'),(900011,'NX-70103','2026-06-09 14:10','20',1.3,'VISA','DECL'),(900012,'NX-70109','2026-06-10 08:05','A1',1.5,'AMEX','DECL'),(900013,'NX-70101','2026-06-12 09:30','A2',1.2,'APAY','OK'),(900014,'NX-70104','2026-06-13 22:10',NULL,2.4,'MC','OK');
INSERT INTO drivers VALUES (1,'Kev Tanner','R1','WX21 AVV','07700 980001','Y',2,'2026-01-10','2018-05-01'),(2,'Marta Sobczak','R2','WX22 AVV','07700 980002','Y',2,'2025-03-15','2021-09-01'),(3,'Jordan Bright','R3','WX23 AVV','07700 980003','N',1,'2026-02-20','2025-11-03'),(4,'Phil Gage','R2','WX19 AVV','07700 980004','Y',NULL,'2024-11-01','2016-02-01');
INSERT INTO engineers VALUES (1,'Steve Rudd','STAFF','COIN,FRIDGE,TELEM','FG-204411','2026-09-30',NULL,'07700 981001'),(2,'Ana Costa','STAFF','COFFEE,COIN','FG-310292','2028-02-28',NULL,'07700 981002'),(3,'Gareth Pugh','CON','FRIDGE','FG-118730','2026-07-15',240,'07700 981003'),(4,'Lee Moss','CON','COIN,TELEM',NULL,NULL,200,'07700 981004');
INSERT INTO faults VALUES (1,103,'2026-05-02 08:10','TEL','FRDG',3,'2026-05-02 13:30','2026-05-02 15:00',85,90,'Y',0),(2,105,'2026-05-08 09:00','DRV','COIN',1,'2026-05-09 10:00','2026-05-09 11:00',0,60,'N',4.5),(3,109,'2026-05-16 22:40','TEL','VAND',4,'2026-05-17 09:15','2026-05-17 12:00',140,165,'Y',0),(4,105,'2026-06-10 14:20','SITE','COIN',4,'2026-06-11 11:30',NULL,NULL,45,'N',6.0),(5,104,'2026-06-12 07:05','TEL','CARD',1,NULL,NULL,NULL,NULL,NULL,2.4),(6,110,'2026-05-20 10:00','SITE','FRDG',3,'2026-05-21 09:00','2026-05-21 10:30',0,90,'Y',3.5),(7,102,'2026-04-08 12:00','CUST','SPIR',1,'2026-04-08 16:00','2026-04-08 16:30',0,30,'Y',1.3);
INSERT INTO temp_checks VALUES (1,103,'2026-05-07 09:10',4.5,1,'N',NULL),(2,103,'2026-06-13 08:50',9.5,1,'Y','Fridge fault reported, sandwiches binned'),(3,110,'2026-05-14 11:00',6.0,3,'N',NULL),(4,110,'2026-05-20 09:30',11.0,3,'Y','Door seal split, stock binned'),(5,102,'2026-05-22 10:00',7.5,1,'N',NULL),(6,109,'2026-06-11 07:40',8.5,3,'N','Rechecked after 30 minutes: 6.5'),(7,107,'2026-06-09 13:00',5.0,4,'N',NULL);
INSERT INTO commission_payments VALUES (1,1,'2026-01-01','2026-03-31',2450,245,'2026-04-15','BACS-0415-1'),(2,2,'2026-01-01','2026-03-31',8120,1218,'2026-04-15','BACS-0415-2'),(3,3,'2026-01-01','2026-03-31',1630,195.6,'2026-04-16','BACS-0416-1'),(4,5,'2026-01-01','2026-03-31',3900,312,'2026-04-20','BACS-0420-1'),(5,6,'2026-01-01','2026-03-31',2980,536.4,NULL,NULL),(6,1,'2025-10-01','2025-12-31',2210,221,'2026-01-14','BACS-0114-1'),(7,2,'2025-10-01','2025-12-31',7900,1185,'2026-01-14','BACS-0114-2'),(8,4,'2026-01-01','2026-03-31',900,45,'2026-04-22','BACS-0422-1'),(9,2,'2025-07-01','2025-09-30',7650,1147.5,'2025-10-15','BACS-1015-1');
INSERT INTO wh_receipts VALUES ('R-2605-01','Booker Bristol','2026-05-04','CHO-DM',4,16.8,'2027-01-31'),('R-2605-01','Booker Bristol','2026-05-04','CRS-WS',3,9.6,'2026-08-15'),('R-2605-02','Bestway Avonmouth','2026-05-06','CAN-CC',10,7.2,'2027-02-28'),('R-2605-03','Urban Eat direct','2026-05-06','SAN-CM',5,12.0,'2026-05-10'),('R-2605-04','Booker Bristol','2026-05-18','HLT-NK',2,14.4,'2027-03-31'),('R-2605-04','Booker Bristol','2026-05-18','WAT-500',6,4.8,'2027-05-31'),('R-2606-01','Booker Bristol','2026-06-01','CHO-KK',2,14.4,'2027-02-28');
