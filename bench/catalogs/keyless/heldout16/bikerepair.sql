-- A bicycle repair workshop and parts shop (wide work order table, two kinds of staff, online slot bookings beside workshop jobs): customers, bikes, work orders, service menu, mechanics, shop counter staff, parts, parts fitted, suppliers, purchase orders and lines, counter sales and warranty claims. No keys declared.
CREATE SCHEMA bikerepair;
SET search_path = bikerepair;
COMMENT ON SCHEMA bikerepair IS 'Kentside Cycle Works, an independent bike workshop and parts shop in Kendal, Cumbria: four bench mechanics service and repair road, gravel, mountain, folding, cargo and electric bikes (Bosch, Shimano Steps and Brose motors), take bookings for service slots online, by phone and as walk-ins, accept cycle to work scheme vouchers, give local club members a discount, and sell parts and accessories over the counter; parts are bought from trade distributors on account and faulty parts are sent back to them under warranty';
CREATE TABLE customers (cust_no integer, fname text, sname text, tel text, email text, pcode text, club_cd text, mktg_yn char(1), created_dt date, acct_bal numeric);
COMMENT ON TABLE customers IS 'People and businesses who bring bikes to the workshop or buy from the shop on a named account';
COMMENT ON COLUMN customers.club_cd IS 'Local cycling club membership giving a workshop discount: KWH Kendal Wheelers (10 percent), LVC Lakes Velo Club (10 percent), NONE';
COMMENT ON COLUMN customers.mktg_yn IS 'Y agreed to receive service reminders and newsletters by email';
COMMENT ON COLUMN customers.acct_bal IS 'Amount owed on account (trade customers and couriers settle monthly); 0 when nothing owed';
CREATE TABLE bikes (bike_id integer, owner_ref integer, make text, model text, frame_no text, bike_type_cd text, wheel_sz text, colour text, yr integer, motor_cd text, batt_wh integer, stolen_chk_yn char(1), notes text);
COMMENT ON TABLE bikes IS 'Bicycles we have worked on, one row per frame, owned by a customer (owner_ref is the customer number)';
COMMENT ON COLUMN bikes.bike_type_cd IS 'RD road, GRAV gravel or adventure, MTB mountain bike, HYB hybrid or commuter, EB electric bike, CARGO cargo bike (often electric), FOLD folding bike, KIDS children''s bike, BMX';
COMMENT ON COLUMN bikes.motor_cd IS 'Make of electric drive system: BOSCH, SHIM Shimano Steps, BROSE, BAFANG, FAZUA; NULL for a bike without a motor. Only mechanics with the matching certificate may update firmware or open the motor';
COMMENT ON COLUMN bikes.batt_wh IS 'Battery capacity in watt hours (e-bikes only)';
COMMENT ON COLUMN bikes.stolen_chk_yn IS 'Frame number checked against the stolen bike register when the bike first came in';
CREATE TABLE work_orders (wo_no integer, bike_ref integer, cust_ref integer, bkg_ref integer, drop_off_dt date, promised_dt date, svc_cd text, mech integer, bench_no integer, status_cd text, est_amt numeric, ovr_est_ok_yn char(1), labour_hrs numeric, labour_amt numeric, parts_amt numeric, disc_pct numeric, vat_amt numeric, total_amt numeric, rdy_dt date, collected_dt date, paid_yn char(1), pay_cd text, warranty_yn char(1), c2w_ref text, chain_wear_pct numeric, pad_f_mm numeric, pad_r_mm numeric, tyre_psi_f integer, tyre_psi_r integer, batt_health_pct integer, test_ride_yn char(1), reminder_dt date, cust_note text, mech_note text);
COMMENT ON TABLE work_orders IS 'Workshop job cards: one per bike per visit, from check-in on the bench to collection, with the estimate, labour and parts, the measurements taken during the service (chain wear, brake pad thickness, tyre pressures, e-bike battery health) and how the customer paid';
COMMENT ON COLUMN work_orders.bkg_ref IS 'Online or phone slot booking this job came from (bookings.bk_id); NULL for walk-ins dropped at the counter';
COMMENT ON COLUMN work_orders.svc_cd IS 'Main service on the job card, a code from the service menu (BAS safety check, FULL full service, GOLD strip-down, PUNC puncture, BRK brake bleed, SUSP fork service, EBDIAG e-bike diagnostic)';
COMMENT ON COLUMN work_orders.mech IS 'Mechanic who did the work (mechanics.mech_no)';
COMMENT ON COLUMN work_orders.status_cd IS 'BKD booked not yet in, IN checked in waiting for a bench, WIP on the stand, WFP waiting for parts to arrive, QC quality check and test ride, RDY ready for collection (customer texted), COL collected, ABN abandoned (not collected after 90 days, may be sold to cover the bill)';
COMMENT ON COLUMN work_orders.est_amt IS 'Estimate given at check-in including VAT';
COMMENT ON COLUMN work_orders.ovr_est_ok_yn IS 'Y the customer was phoned and agreed to the extra cost when the bill went above the estimate; N not asked';
COMMENT ON COLUMN work_orders.disc_pct IS 'Discount applied, e.g. 10 for club members';
COMMENT ON COLUMN work_orders.total_amt IS 'Final bill including VAT';
COMMENT ON COLUMN work_orders.rdy_dt IS 'Day the bike passed QC and the customer was told it was ready';
COMMENT ON COLUMN work_orders.pay_cd IS 'CARD, CASH, ACC on account, C2W cycle to work voucher, WTY no charge warranty work';
COMMENT ON COLUMN work_orders.warranty_yn IS 'Y work done free under our 30 day workmanship guarantee or a manufacturer warranty';
COMMENT ON COLUMN work_orders.c2w_ref IS 'Cycle to work scheme voucher or certificate number (Cyclescheme, Cycle Solutions, Bike2Work) when the repair was paid by a salary sacrifice voucher';
COMMENT ON COLUMN work_orders.chain_wear_pct IS 'Chain stretch measured with the checker tool, percent; 0.5 replace on 11 and 12 speed, 0.75 replace on everything else (cassette probably worn too)';
COMMENT ON COLUMN work_orders.pad_f_mm IS 'Front brake pad material left in millimetres; under 1.5 must be replaced';
COMMENT ON COLUMN work_orders.batt_health_pct IS 'E-bike battery state of health read by the diagnostic tool, percent of original capacity';
COMMENT ON COLUMN work_orders.reminder_dt IS 'When the next service reminder email is due';
CREATE TABLE service_menu (svc_code text, svc_desc text, std_hrs numeric, price numeric, ebike_surch numeric, active_yn char(1));
COMMENT ON TABLE service_menu IS 'Fixed-price workshop services on the price board and the booking website';
COMMENT ON COLUMN service_menu.ebike_surch IS 'Extra charged when the bike has a motor (heavier, needs the diagnostic tool)';
CREATE TABLE mechanics (mech_no integer, mech_nm text, grade_cd text, cytech_lvl integer, bosch_cert_yn char(1), steps_cert_yn char(1), susp_svc_yn char(1), hrly_cost numeric, start_dt date, leaver_dt date);
COMMENT ON TABLE mechanics IS 'Workshop mechanics (bench staff); counter staff are in shop_staff';
COMMENT ON COLUMN mechanics.grade_cd IS 'TRN apprentice or trainee, MEC mechanic, SNR senior mechanic, WSM workshop manager';
COMMENT ON COLUMN mechanics.cytech_lvl IS 'Cytech technical accreditation level 1 to 3; NULL none yet';
COMMENT ON COLUMN mechanics.bosch_cert_yn IS 'Holds the Bosch eBike Systems service certificate (needed to use the Bosch diagnostic tool and update firmware)';
COMMENT ON COLUMN mechanics.steps_cert_yn IS 'Trained on Shimano Steps e-bike systems';
COMMENT ON COLUMN mechanics.susp_svc_yn IS 'Trained to service suspension forks and shocks';
COMMENT ON COLUMN mechanics.hrly_cost IS 'What an hour of this mechanic costs us in wages';
CREATE TABLE shop_staff (stf_id text, stf_nm text, till_login text, role_cd text, hrs_pw numeric, key_holder_yn char(1), start_dt date);
COMMENT ON TABLE shop_staff IS 'Shop floor and counter staff who serve customers and use the till';
COMMENT ON COLUMN shop_staff.role_cd IS 'MGR shop manager, SALE sales assistant, SAT Saturday assistant, ONL online orders and web shop';
COMMENT ON COLUMN shop_staff.till_login IS 'Login used on the till; recorded against each counter sale';
CREATE TABLE parts (sku text, part_desc text, brand text, cat_cd text, sup_ref text, cost_pr numeric, sell_pr numeric, qty_on_hand integer, min_qty integer, bin_loc text, ebike_yn char(1));
COMMENT ON TABLE parts IS 'Stocked parts and consumables used in the workshop and sold at the counter';
COMMENT ON COLUMN parts.cat_cd IS 'DRV drivetrain (chains, cassettes, bottom brackets), BRK brakes and pads, TYR tyres and tubes, SUS suspension seals and parts, CAB cables, ELEC e-bike parts';
COMMENT ON COLUMN parts.sup_ref IS 'Usual supplier (suppliers.sup_cd)';
COMMENT ON COLUMN parts.cost_pr IS 'Trade cost ex VAT';
COMMENT ON COLUMN parts.sell_pr IS 'Shelf price inc VAT';
COMMENT ON COLUMN parts.min_qty IS 'Reorder when stock falls below this';
CREATE TABLE wo_parts (wo_ref integer, line_no integer, sku_ref text, qty integer, unit_pr numeric, fitted_by integer, from_stock_yn char(1));
COMMENT ON TABLE wo_parts IS 'Parts fitted on a workshop job (charged on the job card)';
COMMENT ON COLUMN wo_parts.fitted_by IS 'Mechanic who fitted it (mechanics.mech_no), not always the job''s mechanic';
COMMENT ON COLUMN wo_parts.from_stock_yn IS 'N ordered in specially for this job';
CREATE TABLE suppliers (sup_cd text, sup_nm text, acct_no text, lead_days integer, min_ord_amt numeric, carr_free_amt numeric, rep_tel text);
COMMENT ON TABLE suppliers IS 'Trade distributors we buy parts from';
COMMENT ON COLUMN suppliers.carr_free_amt IS 'Order value above which carriage is free';
CREATE TABLE purchase_orders (po_no text, sup_ref text, po_dt date, exp_dt date, rcvd_dt date, po_amt numeric, status_cd text, raised_by text);
COMMENT ON TABLE purchase_orders IS 'Orders placed with suppliers';
COMMENT ON COLUMN purchase_orders.exp_dt IS 'Date the supplier promised delivery';
COMMENT ON COLUMN purchase_orders.status_cd IS 'OPEN not yet arrived, PART part delivered, RCVD all received, CXL cancelled';
COMMENT ON COLUMN purchase_orders.raised_by IS 'Initials of whoever placed the order';
CREATE TABLE po_lines (po_ref text, sku text, qty_ord integer, qty_rcvd integer, line_rcvd_dt date, cost_ea numeric);
COMMENT ON TABLE po_lines IS 'Lines on a purchase order and what actually turned up in the box';
COMMENT ON COLUMN po_lines.line_rcvd_dt IS 'Date the box with this line was checked in; NULL not delivered yet';
CREATE TABLE till_sales (sale_no integer, sale_ts timestamp, till_usr text, cust_ref integer, sku_ref text, item_desc text, qty integer, amt numeric, pay_cd text, refund_yn char(1));
COMMENT ON TABLE till_sales IS 'Over the counter sales of parts and accessories, one row per till line; refunds are negative amounts with refund_yn Y. Workshop jobs are paid on the work order, not here';
COMMENT ON COLUMN till_sales.till_usr IS 'Till login of the person who served (shop_staff.till_login)';
COMMENT ON COLUMN till_sales.sku_ref IS 'Stocked part sold; NULL for accessories and clothing not held as parts';
CREATE TABLE bookings (bk_id integer, cust_ref integer, bike_ref integer, slot_dt date, slot_tm time, svc_req text, src_cd text, bkd_on date, no_show_yn char(1), cxl_yn char(1), wo_no integer);
COMMENT ON TABLE bookings IS 'Workshop slot bookings made before the bike comes in; the work order is opened when the bike is dropped off';
COMMENT ON COLUMN bookings.svc_req IS 'Service asked for when booking (service_menu.svc_code)';
COMMENT ON COLUMN bookings.src_cd IS 'How it was booked: WEB online booking page, PHN phone, EMAIL, WALK at the counter';
COMMENT ON COLUMN bookings.no_show_yn IS 'Y the customer never brought the bike in for the slot';
COMMENT ON COLUMN bookings.wo_no IS 'Work order opened from this booking';
CREATE TABLE warranty_claims (claim_no integer, wo_ref integer, sku_ref text, sup_ref text, claim_dt date, fault_desc text, outcome_cd text, credit_amt numeric, rtn_label_ref text);
COMMENT ON TABLE warranty_claims IS 'Faulty parts sent back to the distributor under manufacturer warranty';
COMMENT ON COLUMN warranty_claims.outcome_cd IS 'PEND waiting for the supplier, ACC accepted and replaced, CRD credited to our account, REJ rejected (wear and tear, fitting damage)';
INSERT INTO customers VALUES (201,'Helen','Marsh','07700 900111','helen.m@example.com','LA9 4BT','KWH','Y','2021-03-14',0),(202,'Tom','Birkett','07700 900112',NULL,'LA8 9AA','NONE','N','2024-07-02',0),(203,'Priya','Shah','07700 900113','priya.s@example.com','LA9 6EE','LVC','Y','2025-05-20',35),(204,'Gareth','Lowe','07700 900114','glowe@example.com','LA23 1LJ','NONE','Y','2019-09-09',0),(205,'Anna','Fell','07700 900115','anna.fell@example.com','LA9 7QR','KWH','N','2026-02-11',0),(206,'Dan','Hebblethwaite','01539 700116','dan@kendalcargo.example','LA9 4PU','NONE','N','2023-01-05',120);
INSERT INTO bikes VALUES (1,201,'Trek','Domane SL5','WTU123A','RD','700c','Blue',2022,NULL,NULL,'Y',NULL),(2,202,'Raleigh','Motus','RAL998B','EB','700c','Grey',2021,'BOSCH',500,'Y',NULL),(3,203,'Orange','Five','ORG5512','MTB','29','Orange',2020,NULL,NULL,'Y','Rear shock serviced elsewhere 2024'),(4,204,'Specialized','Turbo Vado','SPZ7763','EB','700c','Black',2023,'BROSE',710,'Y',NULL),(5,205,'Brompton','C Line','BRM44120','FOLD','16','Red',2024,NULL,NULL,'Y',NULL),(6,206,'Urban Arrow','Family','UA20931','CARGO','26','White',2022,'BOSCH',625,'Y','Box cover torn'),(7,203,'Cube','Kathmandu Hybrid','CUB3310','EB','29','Green',2024,'BOSCH',750,'Y',NULL),(8,201,'Genesis','Croix de Fer','GEN0071','GRAV','700c','Green',2019,NULL,NULL,'N',NULL);
INSERT INTO work_orders VALUES
 (5110,1,201,NULL,'2026-03-03','2026-03-06','GOLD',5,1,'COL',195,'N',3.5,175.5,22,10,32.9,197.4,'2026-03-06','2026-03-07','Y','C2W','N','CS-88412',0.4,2.1,2.0,90,95,NULL,'Y','2026-09-01','Annual strip down','Headset bearings replaced'),
 (5101,1,201,NULL,'2026-04-02','2026-04-04','FULL',2,1,'COL',120,'Y',2.0,108,55.5,10,32.7,196.2,'2026-04-04','2026-04-05','Y','CARD','N',NULL,0.6,2.5,1.8,90,95,NULL,'Y','2026-10-01','Creaking from the bottom bracket','Replaced chain and BB'),
 (5102,2,202,3001,'2026-04-06','2026-04-09','EBDIAG',1,2,'COL',35,'N',0.5,29.2,0,0,5.8,35,'2026-04-08','2026-04-09','Y','CARD','N',NULL,NULL,NULL,NULL,NULL,NULL,88,'N',NULL,'Motor cuts out on hills','Firmware updated, battery 88 percent'),
 (5103,3,203,NULL,'2026-04-10','2026-04-17','SUSP',2,3,'WFP',65,'N',0.5,27,0,10,5.4,32.4,NULL,NULL,'N',NULL,'N',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'N',NULL,'Fork leaking oil','Seal kit on order from Zephyr'),
 (5104,4,204,3002,'2026-04-14','2026-04-16','FULL',3,1,'RDY',145,'Y',2.5,125,53.8,0,29.8,178.8,'2026-04-17',NULL,'N',NULL,'N','BTW-2231',0.8,1.2,2.2,80,80,91,'Y',NULL,'General service before holiday','Pads and chain replaced'),
 (5105,6,206,NULL,'2026-04-20','2026-04-23','GOLD',1,2,'RDY',225,'N',4.5,243,70,0,62.6,375.6,'2026-04-24',NULL,'N','ACC','N',NULL,1.0,0.9,1.4,40,45,78,'Y',NULL,'Cargo bike, delivery use','Chain, pads, cassette; extra time on the hub'),
 (5106,7,203,3004,'2026-04-27','2026-04-29','FULL',3,1,'COL',145,'N',2.0,100,40,10,25.2,151.2,'2026-04-29','2026-04-30','Y','CARD','N',NULL,0.8,2.0,2.0,45,50,96,'Y','2026-10-30',NULL,'Chain replaced'),
 (5107,5,205,3005,'2026-05-05','2026-05-07','PUNC',4,3,'COL',15,'N',0.25,13.5,6.99,10,2.8,16.8,'2026-05-05','2026-05-05','Y','CASH','N',NULL,NULL,NULL,NULL,100,100,NULL,'N',NULL,'Rear flat','New tube'),
 (5108,8,201,NULL,'2026-05-11','2026-05-14','FULL',2,2,'WFP',120,'N',1.0,54,0,10,10.8,64.8,NULL,NULL,'N',NULL,'N',NULL,0.7,3.0,3.0,NULL,NULL,NULL,'N',NULL,'Gravel event in June','Waiting for tyres'),
 (5109,2,202,3006,'2026-05-12','2026-05-13','BRK',1,1,'WIP',40,'N',0.5,33.3,0,0,6.7,40,NULL,NULL,'N',NULL,'Y',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'N',NULL,'Brakes spongy since last visit','Bleed under 30 day guarantee');
INSERT INTO service_menu VALUES ('BAS','Basic safety check and tune',0.75,45,15,'Y'),('FULL','Full service',2.0,120,25,'Y'),('GOLD','Gold strip-down service',3.5,195,30,'Y'),('PUNC','Puncture repair',0.25,15,10,'Y'),('BRK','Hydraulic brake bleed',0.75,40,0,'Y'),('SUSP','Suspension fork lower-leg service',1.0,65,0,'Y'),('EBDIAG','E-bike diagnostic and firmware update',0.5,35,0,'Y'),('WHB','Wheel build',2.5,90,0,'N'),('BFIT','Bike fit',1.5,95,0,'Y');
INSERT INTO mechanics VALUES (1,'Ian Dockray','WSM',3,'Y','Y','Y',19.5,'2014-04-01',NULL),(2,'Jess Airey','SNR',2,'Y','N','Y',16,'2019-06-10',NULL),(3,'Callum Noble','MEC',1,'N','Y','N',13.5,'2023-03-01',NULL),(4,'Ruby Thwaite','TRN',NULL,'N','N','N',11.44,'2025-09-01',NULL),(5,'Marek Nowak','MEC',2,'N','N','Y',14.5,'2020-02-17','2026-03-31');
INSERT INTO shop_staff VALUES ('S1','Lucy Benson','LBEN','MGR',40,'Y','2016-05-01'),('S2','Owen Park','OPAR','SALE',30,'N','2022-08-15'),('S3','Mia Holme','MHOL','SAT',8,'N','2025-04-05'),('S4','Zoe Crag','ZCRA','ONL',20,'N','2024-01-08');
INSERT INTO parts VALUES ('CN-HG601','Shimano HG601 11 speed chain','Shimano','DRV','MAD',18.5,32.99,6,4,'A3','N'),('BB-MT800','Shimano MT800 bottom bracket','Shimano','DRV','MAD',21,36.99,1,2,'A4','N'),('PD-B01S','Shimano B01S resin disc pads','Shimano','BRK','MAD',6.2,12.99,14,10,'B1','N'),('TY-GP5K','Continental GP5000 700x28 tyre','Continental','TYR','CYC',31,54.99,3,4,'C2','N'),('TU-700','700c inner tube presta','Raleigh','TYR','RAL',2.6,6.99,40,25,'C1','N'),('SL-FOX36','Fox 36 lower leg seal kit','Fox','SUS','ZYR',24,44.99,0,1,'D1','N'),('CN-EBK','KMC e-bike chain 10 speed','KMC','DRV','ZYR',22,39.99,2,3,'A3','Y'),('PD-MAG','Magura 9.P performance pads','Magura','BRK','CYC',14,26.99,5,4,'B2','Y'),('CS-M5100','Shimano Deore 11 speed cassette','Shimano','DRV','MAD',29,49.99,2,2,'A5','N');
INSERT INTO wo_parts VALUES (5110,1,'PD-B01S',1,12.99,5,'Y'),(5101,1,'CN-HG601',1,32.99,2,'Y'),(5101,2,'BB-MT800',1,36.99,4,'Y'),(5104,1,'PD-B01S',2,12.99,3,'Y'),(5104,2,'CN-HG601',1,32.99,3,'Y'),(5105,1,'CN-EBK',1,39.99,1,'Y'),(5105,2,'PD-MAG',2,26.99,4,'Y'),(5105,3,'CS-M5100',1,49.99,1,'Y'),(5106,1,'CN-EBK',1,39.99,3,'Y'),(5107,1,'TU-700',1,6.99,4,'Y'),(5103,1,'SL-FOX36',1,44.99,2,'N');
INSERT INTO suppliers VALUES ('MAD','Mallard Cycle Distribution','MCD-44021',2,0,300,'01923 000100'),('CYC','Cycle Parts Direct','CPD-1180',3,50,200,'0161 000 2200'),('RAL','Raleigh Trade','RT-55102',4,100,250,'0115 000 3300'),('ZYR','Zephyr Trade Supplies','ZTS-0931',5,0,150,'01484 000 440');
INSERT INTO purchase_orders VALUES ('PO-0418','MAD','2026-04-28','2026-04-30','2026-04-30',312.4,'RCVD','LB'),('PO-0421','ZYR','2026-05-06','2026-05-09',NULL,146,'OPEN','ID'),('PO-0422','CYC','2026-05-11','2026-05-13','2026-05-13',188.5,'PART','LB'),('PO-0425','MAD','2026-05-13','2026-05-15',NULL,96.1,'OPEN','ID'),('PO-0426','RAL','2026-05-14','2026-05-19',NULL,52,'OPEN','OP');
INSERT INTO po_lines VALUES ('PO-0418','CN-HG601',6,6,'2026-04-30',18.5),('PO-0418','PD-B01S',10,10,'2026-04-30',6.2),('PO-0418','BB-MT800',4,4,'2026-04-30',21),('PO-0421','SL-FOX36',2,0,NULL,24),('PO-0421','CN-EBK',4,0,NULL,22),('PO-0422','TY-GP5K',6,3,'2026-05-13',31),('PO-0422','PD-MAG',4,4,'2026-05-13',14),('PO-0425','CS-M5100',2,0,NULL,29),('PO-0426','TU-700',20,0,NULL,2.6);
INSERT INTO till_sales VALUES (9001,'2026-05-09 09:40','MHOL',NULL,'TU-700','700c inner tube',2,13.98,'CARD','N'),(9002,'2026-05-09 11:15','OPAR',201,'TY-GP5K','GP5000 tyre',2,109.98,'CARD','N'),(9003,'2026-05-09 14:02','MHOL',NULL,NULL,'Mini pump',1,29.99,'CASH','N'),(9004,'2026-05-10 10:30','LBEN',205,NULL,'Helmet returned, wrong size',1,-59.99,'CARD','Y'),(9005,'2026-05-12 16:45','OPAR',NULL,'PD-B01S','Disc pads',1,12.99,'CARD','N'),(9006,'2026-05-02 12:00','MHOL',204,NULL,'Gloves refunded, seam split',1,-24.99,'CASH','Y'),(9007,'2026-04-25 12:00','OPAR',NULL,'CN-HG601','Chain',1,32.99,'CARD','N'),(9008,'2026-04-18 15:20','OPAR',203,NULL,'Lights returned',1,-34.99,'CARD','Y');
INSERT INTO bookings VALUES (3001,202,2,'2026-04-06','09:00','EBDIAG','WEB','2026-04-01','N','N',5102),(3002,204,4,'2026-04-14','09:00','FULL','WEB','2026-04-03','N','N',5104),(3003,205,5,'2026-04-21','09:30','BAS','WEB','2026-04-15','Y','N',NULL),(3004,203,7,'2026-04-27','09:00','FULL','PHN','2026-04-20','N','N',5106),(3005,205,5,'2026-05-05','10:00','PUNC','WALK','2026-05-05','N','N',5107),(3006,202,2,'2026-05-12','09:00','BRK','WEB','2026-05-08','N','N',5109),(3007,201,8,'2026-05-18','09:00','FULL','WEB','2026-05-10','N','N',NULL),(3008,204,4,'2026-03-10','09:00','BAS','EMAIL','2026-03-01','Y','N',NULL),(3009,206,6,'2026-05-20','09:00','GOLD','PHN','2026-05-12','N','Y',NULL);
INSERT INTO warranty_claims VALUES (1,5103,'SL-FOX36','ZYR','2026-04-12','Seal leaking two months after fitting','REJ',0,NULL),(2,5105,'CN-EBK','ZYR','2026-04-25','Chain snapped at a link pin','ACC',22,'RL-5512'),(3,5101,'BB-MT800','MAD','2026-04-30','Bearing gritty within a week','PEND',NULL,NULL),(4,NULL,'TY-GP5K','CYC','2026-03-20','Sidewall split on shop stock','REJ',0,NULL),(5,NULL,'PD-B01S','MAD','2026-02-11','Pads glazed from new','CRD',6.2,'RL-4410');
