-- An off-airport car park with park and ride and meet and greet (wide booking table, meet and greet drivers beside shuttle bus drivers in one staff table, customers beside company accounts, car moves beside shuttle runs): customers, company accounts, bookings, bays, number plate camera reads, drivers, car moves, shuttle buses, shuttle runs, valeting jobs, damage claims, tariffs, key cabinet log and complaints. No keys declared.
CREATE SCHEMA carpark;
SET search_path = carpark;
COMMENT ON SCHEMA carpark IS 'ParkFly Ringway, an independent secure car park two miles from Manchester Airport on Ringway Road: park and ride (customers leave the car in the open or undercover premium zones and take our shuttle bus to Terminals 1, 2 and 3, which runs every 15 minutes from 3.30am to midnight) and meet and greet (one of our insured drivers takes the car from the customer at the terminal short stay drop-off and brings it back when they land); bookings come from our own website, airline partner links, phone and comparison agents Holiday Extras and Looking4Parking who take a commission, plus company travel accounts invoiced monthly; ANPR cameras work the barriers, keys for meet and greet and valeted cars live in a key cabinet, and we offer valeting and electric car charging while customers are away';
CREATE TABLE customers (cust_no integer, title text, fnm text, snm text, email text, tel text, pcode text, corp_ref text, mkt_opt_yn char(1), blocked_yn char(1), block_rsn text, created_dt date, loyalty_pts integer);
COMMENT ON TABLE customers IS 'People who have booked parking with us';
COMMENT ON COLUMN customers.corp_ref IS 'Company travel account they book under (corp_accounts.corp_cd); NULL private customer';
COMMENT ON COLUMN customers.mkt_opt_yn IS 'Opted in to marketing emails';
COMMENT ON COLUMN customers.blocked_yn IS 'Y not to be accepted: the website blocks their email address but agent bookings still get through';
COMMENT ON COLUMN customers.loyalty_pts IS 'ParkFly Rewards points balance (100 points = 5 pounds off)';
CREATE TABLE corp_accounts (corp_cd text, co_nm text, contact_nm text, inv_email text, disc_pct numeric, cr_limit numeric, terms_days integer, open_yn char(1));
COMMENT ON TABLE corp_accounts IS 'Company travel accounts: staff book and the company is invoiced monthly';
COMMENT ON COLUMN corp_accounts.disc_pct IS 'Agreed discount off the public price, percent';
COMMENT ON COLUMN corp_accounts.open_yn IS 'N account closed';
CREATE TABLE bookings (bk_ref text, cust_ref integer, corp_ref text, prod_cd text, chan_cd text, bk_ts timestamp, veh_reg text, veh_make text, veh_model text, veh_col text, drop_ts timestamp, ret_ts timestamp, act_ret_ts timestamp, out_flt text, out_term text, ret_flt text, ret_term text, pax integer, bay_ref text, valet_cd text, ev_chg_yn char(1), price numeric, disc_cd text, comm_amt numeric, extra_chg numeric, paid_amt numeric, status_cd text, amend_cnt integer, refund_amt numeric, notes text);
COMMENT ON TABLE bookings IS 'Parking bookings: customer, product, where it came from, the car, drop-off and return times, flights and terminals, bay, extras, price, agent commission, payment and status';
COMMENT ON COLUMN bookings.cust_ref IS 'Customer (customers.cust_no)';
COMMENT ON COLUMN bookings.corp_ref IS 'Company account invoiced for this booking (corp_accounts.corp_cd)';
COMMENT ON COLUMN bookings.prod_cd IS 'PR park and ride (open air), PREM premium undercover park and ride, MG meet and greet';
COMMENT ON COLUMN bookings.chan_cd IS 'WEB our website, AIR airline partner link, PHN phone, HX Holiday Extras (18 percent commission), L4P Looking4Parking (15 percent), CORP company account';
COMMENT ON COLUMN bookings.drop_ts IS 'When the customer arrives at the car park (park and ride) or meets our driver at the terminal (meet and greet)';
COMMENT ON COLUMN bookings.ret_ts IS 'Booked return: when they expect to collect the car, worked out from the return flight';
COMMENT ON COLUMN bookings.act_ret_ts IS 'When the car actually left us; NULL still here or not arrived';
COMMENT ON COLUMN bookings.out_term IS 'Terminal flying from: T1, T2, T3';
COMMENT ON COLUMN bookings.pax IS 'Passengers travelling on the shuttle';
COMMENT ON COLUMN bookings.bay_ref IS 'Bay the car was parked in (bays.bay_cd)';
COMMENT ON COLUMN bookings.valet_cd IS 'Valet booked while away: EXT exterior wash, MINI mini valet, FULL full valet; NULL none';
COMMENT ON COLUMN bookings.ev_chg_yn IS 'Electric car charging booked (premium zone only)';
COMMENT ON COLUMN bookings.disc_cd IS 'LOYAL10 rewards discount, CORP10 or CORP15 company rate, SUMMER5 promotion';
COMMENT ON COLUMN bookings.comm_amt IS 'Commission kept by the booking agent';
COMMENT ON COLUMN bookings.extra_chg IS 'Added charges: valet, charging, extra days for coming back late';
COMMENT ON COLUMN bookings.status_cd IS 'BKD booked, IN car on site (or with our driver), OUT car returned to the customer, NS no-show, CXL cancelled';
COMMENT ON COLUMN bookings.amend_cnt IS 'Number of times the dates or flights were changed';
CREATE TABLE bays (bay_cd text, zone_cd text, bay_typ text, covered_yn char(1), ev_yn char(1), cam_cd text, oou_yn char(1), oou_rsn text);
COMMENT ON TABLE bays IS 'Parking bays';
COMMENT ON COLUMN bays.zone_cd IS 'A and B open air park and ride, P premium undercover, M meet and greet secure compound (staff only)';
COMMENT ON COLUMN bays.bay_typ IS 'STD standard, LRG large for vans and 4x4s, DIS blue badge bay next to the shuttle stop';
COMMENT ON COLUMN bays.ev_yn IS 'Has an electric car charger';
COMMENT ON COLUMN bays.cam_cd IS 'CCTV camera covering the bay';
COMMENT ON COLUMN bays.oou_yn IS 'Out of use (reason in oou_rsn)';
CREATE TABLE anpr_reads (read_no integer, cam_cd text, read_ts timestamp, plate text, dir_cd text, conf_pct integer, bk_match text);
COMMENT ON TABLE anpr_reads IS 'Number plate camera reads at the entry and exit barriers';
COMMENT ON COLUMN anpr_reads.cam_cd IS 'CAM1 entry barrier, CAM6 exit barrier';
COMMENT ON COLUMN anpr_reads.plate IS 'Registration as read, without spaces';
COMMENT ON COLUMN anpr_reads.dir_cd IS 'IN or OUT';
COMMENT ON COLUMN anpr_reads.conf_pct IS 'Camera''s confidence in the read, percent';
COMMENT ON COLUMN anpr_reads.bk_match IS 'Booking the plate was matched to (bookings.bk_ref); NULL no booking found and the barrier was opened from the office';
CREATE TABLE drivers (drv_no integer, drv_nm text, role_cd text, lic_pts integer, lic_chk_dt date, ins_ok_yn char(1), pcv_yn char(1), cpc_exp date, start_dt date, leaver_dt date, hrly_rate numeric);
COMMENT ON TABLE drivers IS 'Our drivers: meet and greet car jockeys and shuttle bus drivers';
COMMENT ON COLUMN drivers.role_cd IS 'MG meet and greet driver, SHU shuttle bus driver, BOTH';
COMMENT ON COLUMN drivers.lic_pts IS 'Penalty points on their driving licence at the last check';
COMMENT ON COLUMN drivers.lic_chk_dt IS 'Date of the last DVLA licence check; our insurer requires one every six months';
COMMENT ON COLUMN drivers.ins_ok_yn IS 'Approved by our motor trade insurer to drive customers'' cars (refused with 9 or more points or under 25)';
COMMENT ON COLUMN drivers.pcv_yn IS 'Holds a PCV (category D1 or D) licence to drive the shuttle buses';
COMMENT ON COLUMN drivers.cpc_exp IS 'Driver CPC qualification card expiry, needed to drive the buses';
CREATE TABLE car_moves (mv_no integer, bk_ref text, drv_ref integer, mv_cd text, start_ts timestamp, end_ts timestamp, odo_start integer, odo_end integer, dmg_seen_yn char(1), photos_yn char(1));
COMMENT ON TABLE car_moves IS 'Every time one of our meet and greet drivers drives a customer''s car';
COMMENT ON COLUMN car_moves.bk_ref IS 'Booking (bookings.bk_ref)';
COMMENT ON COLUMN car_moves.drv_ref IS 'Driver (drivers.drv_no)';
COMMENT ON COLUMN car_moves.mv_cd IS 'COLL terminal to the car park, RET car park back to the terminal, SHUF moved within the site';
COMMENT ON COLUMN car_moves.odo_start IS 'Mileage on the car''s odometer at the start; the terminal run is about four miles';
COMMENT ON COLUMN car_moves.dmg_seen_yn IS 'Driver noted existing damage at handover';
COMMENT ON COLUMN car_moves.photos_yn IS 'Walk-round photos taken on the app at handover';
CREATE TABLE buses (bus_no text, reg_no text, make_model text, seats integer, wheelchair_yn char(1), mot_exp date, last_insp_dt date, next_insp_dt date, status_cd text);
COMMENT ON TABLE buses IS 'Shuttle buses';
COMMENT ON COLUMN buses.mot_exp IS 'MOT (annual test) expiry';
COMMENT ON COLUMN buses.next_insp_dt IS 'Next six-weekly safety inspection due under our operator licence';
COMMENT ON COLUMN buses.status_cd IS 'OPS in service, VOR off the road';
CREATE TABLE shuttle_runs (run_no integer, bus_ref text, drv_ref integer, dep_ts timestamp, route_cd text, pax_out integer, pax_back integer, late_min integer, notes text);
COMMENT ON TABLE shuttle_runs IS 'Shuttle bus trips between the car park and the terminals';
COMMENT ON COLUMN shuttle_runs.bus_ref IS 'Bus (buses.bus_no)';
COMMENT ON COLUMN shuttle_runs.drv_ref IS 'Driver (drivers.drv_no)';
COMMENT ON COLUMN shuttle_runs.route_cd IS 'T1, T2, T3 or ALL terminals';
COMMENT ON COLUMN shuttle_runs.pax_out IS 'Passengers taken to the terminals';
COMMENT ON COLUMN shuttle_runs.pax_back IS 'Passengers brought back from the terminals';
COMMENT ON COLUMN shuttle_runs.late_min IS 'Minutes behind the timetable';
CREATE TABLE valet_jobs (vj_no integer, bk_ref text, pkg_cd text, valeter_nm text, done_ts timestamp, price numeric, qc_pass_yn char(1), cmpl_yn char(1));
COMMENT ON TABLE valet_jobs IS 'Valets done on customers'' cars while they are away, by our valeting contractor';
COMMENT ON COLUMN valet_jobs.pkg_cd IS 'EXT exterior wash, MINI mini valet, FULL full valet inside and out';
COMMENT ON COLUMN valet_jobs.qc_pass_yn IS 'Passed the supervisor''s quality check';
COMMENT ON COLUMN valet_jobs.cmpl_yn IS 'Customer complained about the valet';
CREATE TABLE damage_claims (clm_no text, bk_ref text, recv_dt date, dmg_desc text, chkin_photo_yn char(1), cctv_yn char(1), drv_ref integer, liable_cd text, offer_amt numeric, settled_amt numeric, status_cd text, handler text);
COMMENT ON TABLE damage_claims IS 'Customers'' claims that their car was damaged while with us';
COMMENT ON COLUMN damage_claims.chkin_photo_yn IS 'We have check-in photos showing the car''s condition on arrival';
COMMENT ON COLUMN damage_claims.cctv_yn IS 'CCTV footage saved';
COMMENT ON COLUMN damage_claims.drv_ref IS 'Our driver who last moved the car (drivers.drv_no), if a meet and greet booking';
COMMENT ON COLUMN damage_claims.liable_cd IS 'US we accept liability, NOTUS damage was already there or happened elsewhere, UNK still investigating';
COMMENT ON COLUMN damage_claims.status_cd IS 'OPEN, INS passed to our insurer, SETT settled, REJ rejected';
CREATE TABLE tariffs (prod_cd text, season_cd text, days integer, price numeric, extra_day numeric);
COMMENT ON TABLE tariffs IS 'Public price list by product, season and length of stay';
COMMENT ON COLUMN tariffs.season_cd IS 'OFF January to March and November, STD April, May, June, September, October, PEAK school holidays, July, August and Christmas';
COMMENT ON COLUMN tariffs.extra_day IS 'Price of each day beyond the listed length';
CREATE TABLE key_log (tag_no integer, bk_ref text, cabinet_cd text, slot_no integer, in_ts timestamp, out_ts timestamp, out_by integer);
COMMENT ON TABLE key_log IS 'Electronic key cabinet: keys left with us for meet and greet and valeted cars';
COMMENT ON COLUMN key_log.out_ts IS 'When the key was taken out; NULL still in the cabinet';
COMMENT ON COLUMN key_log.out_by IS 'Driver who took the key out (drivers.drv_no); NULL handed back at the office counter';
CREATE TABLE complaints (cmp_no text, bk_ref text, recv_dt date, chan_cd text, cat_cd text, summary text, resolved_dt date, goodwill_amt numeric, handler text);
COMMENT ON TABLE complaints IS 'Customer complaints';
COMMENT ON COLUMN complaints.chan_cd IS 'EML email, PHN phone, TP Trustpilot review, HX passed on by Holiday Extras';
COMMENT ON COLUMN complaints.cat_cd IS 'LATE shuttle or car late, DMG damage, CHG dispute over charges, STAFF staff attitude, VAL valet quality, LOST item missing from the car';
COMMENT ON COLUMN complaints.goodwill_amt IS 'Refund or credit given as goodwill';
INSERT INTO customers VALUES (9001,'Mr','Steven','Ashworth','s.ashworth@example.com','07700 970001','SK8 3BT',NULL,'Y','N',NULL,'2023-05-01',420),(9002,'Mrs','Joanne','Tierney','jo.tierney@example.com','07700 970002','WA15 6PQ',NULL,'N','N',NULL,'2024-07-11',120),(9003,'Dr','Anil','Kapoor','a.kapoor@example.com','07700 970003','M20 2RN','BRX','Y','N',NULL,'2025-02-02',0),(9004,'Ms','Rebecca','Lowe','beccalowe@example.com','07700 970004','CW9 7UH',NULL,'N','N',NULL,'2026-06-20',0),(9005,'Mr','Gareth','Pryce','g.pryce@example.com','07700 970005','LL11 4AA',NULL,'N','Y','Two card chargebacks in 2025 and abusive to a shuttle driver','2022-03-15',0),(9006,'Mr','Oliver','Grant','ogrant@example.com','07700 970006','SK9 1LB','BRX','N','N',NULL,'2025-09-01',0),(9007,'Mrs','Fatima','Begum','f.begum@example.com','07700 970007','OL8 2EE',NULL,'Y','N',NULL,'2024-12-12',260),(9008,'Mr','Chris','Hanlon','chris.hanlon@example.com','07700 970008','M33 5JJ','AST','N','N',NULL,'2023-11-20',0),(9009,'Miss','Amy','Whitfield','amy.whitfield@example.com','07700 970009','WA14 2HH',NULL,'Y','N',NULL,'2026-05-30',60),(9010,'Mr','Paul','Devine','pdevine@example.com','07700 970010','SK4 4DD',NULL,'N','N',NULL,'2026-07-30',0);
INSERT INTO corp_accounts VALUES ('BRX','Brixham Pharma UK Ltd','Travel desk','travel@brixham.example',15,8000,30,'Y'),('AST','Astley Engineering Ltd','Karen Moss','accounts@astley.example',10,3000,30,'Y'),('NWC','North West Consulting','Ian Rees','ap@nwc.example',12,2000,14,'N');
INSERT INTO bookings VALUES
 ('PF-260701',9001,NULL,'PR','WEB','2026-05-02 20:11','MA19 SAS','Ford','Kuga','Grey','2026-07-18 05:30','2026-08-01 23:00','2026-08-02 00:40','TOM1234','T2','TOM1235','T2',4,'A02','EXT','N',96,'LOYAL10',0,15,111,'OUT',0,0,NULL),
 ('PF-260702',9002,NULL,'MG','HX','2026-06-10 09:15','YS21 JOT','Audi','A4 Avant','Black','2026-07-25 06:00','2026-08-08 14:30','2026-08-08 15:10','EZY1901','T1','EZY1902','T1',2,'M01',NULL,'N',149,NULL,26.82,0,149,'OUT',1,0,'Flight landed 40 minutes late'),
 ('PF-260703',9003,'BRX','PREM','CORP','2026-07-28 11:02','KP70 ANK','Tesla','Model 3','White','2026-08-03 06:15','2026-08-07 21:00','2026-08-07 22:05','BA1383','T3','BA1390','T3',1,'P01',NULL,'Y',68,'CORP15',0,12,80,'OUT',0,0,'Charging added'),
 ('PF-260704',9004,NULL,'PR','L4P','2026-07-20 18:30','DK23 RLB','Vauxhall','Corsa','Red','2026-08-06 04:45','2026-08-20 23:30',NULL,'LS893','T2','LS894','T2',3,'B01','EXT','N',104,NULL,15.6,15,119,'IN',0,0,'Keys left for the wash'),
 ('PF-260705',9005,NULL,'MG','HX','2026-08-01 22:50','LL66 GPR','BMW','X5','Blue','2026-08-14 07:00','2026-08-21 19:00',NULL,'TCX456','T2','TCX457','T2',5,NULL,NULL,'N',165,NULL,29.7,0,165,'BKD',0,0,NULL),
 ('PF-260706',9006,'BRX','MG','CORP','2026-08-05 08:00','GR22 OLG','Volvo','XC60','Silver','2026-08-12 05:50','2026-08-13 22:30',NULL,'LH941','T1','LH946','T1',1,NULL,'FULL','N',55,'CORP15',0,85,0,'BKD',0,0,'Invoice to the Brixham travel desk'),
 ('PF-260707',9007,NULL,'PR','WEB','2026-07-02 12:45','OL19 FBG','Toyota','Corolla','White','2026-07-29 03:30','2026-08-12 22:00',NULL,'EXS201','T1','EXS202','T1',4,'B02',NULL,'N',98,'LOYAL10',0,0,98,'IN',0,0,'Blue badge holder'),
 ('PF-260708',9008,'AST','PR','CORP','2026-07-01 09:30','AE20 HAN','Skoda','Octavia','Grey','2026-07-06 06:00','2026-07-10 20:00','2026-07-10 22:45','KL1070','T2','KL1071','T2',1,'A01',NULL,'N',38,'CORP10',0,8,46,'OUT',0,0,'Came back nearly three hours late, extra day charged'),
 ('PF-260709',9009,NULL,'MG','HX','2026-06-01 14:00','WH18 AMY','Mini','Cooper','Green','2026-07-11 09:00','2026-07-25 18:00','2026-07-25 18:20','TOM2250','T2','TOM2251','T2',2,'M02','MINI','N',139,NULL,25.02,35,174,'OUT',2,0,NULL),
 ('PF-260710',9010,NULL,'PR','WEB','2026-07-30 17:00','PD15 VNE','Peugeot','3008','Black','2026-08-02 05:00','2026-08-09 23:00',NULL,'U21892','T1','U21893','T1',4,NULL,NULL,'N',72,NULL,0,0,72,'NS',0,0,'Never arrived'),
 ('PF-260711',9002,NULL,'PR','WEB','2026-07-15 10:00','YS21 JOT','Audi','A4 Avant','Black','2026-09-05 05:00','2026-09-12 23:30',NULL,'EZY1911','T1','EZY1912','T1',2,NULL,NULL,'N',70,NULL,0,0,70,'CXL',1,70,'Cancelled inside the free cancellation period'),
 ('PF-260712',9001,NULL,'MG','WEB','2026-07-22 21:00','MA19 SAS','Ford','Kuga','Grey','2026-08-15 04:30','2026-08-29 23:15',NULL,'TOM1240','T2','TOM1241','T2',4,NULL,'EXT','N',182,'LOYAL10',0,15,60,'BKD',0,0,'Deposit paid, balance taken at handover'),
 ('PF-260713',9007,NULL,'PREM','AIR','2026-06-15 19:20','OL19 FBG','Toyota','Corolla','White','2026-06-20 06:00','2026-06-27 20:00','2026-06-27 21:10','EXS101','T1','EXS102','T1',2,'P02','FULL','N',84,NULL,8.4,85,169,'OUT',0,0,NULL),
 ('PF-260714',9004,NULL,'MG','L4P','2026-07-10 13:00','DK23 RLB','Vauxhall','Corsa','Red','2026-07-12 07:00','2026-07-19 22:00','2026-07-20 01:30','LS801','T2','LS802','T2',3,'M03',NULL,'N',129,NULL,19.35,25,154,'OUT',0,0,'Landed late'),
 ('PF-260715',9003,'BRX','PREM','CORP','2026-08-06 16:40','KP70 ANK','Tesla','Model 3','White','2026-08-10 06:00','2026-08-14 21:00',NULL,'BA1385','T3','BA1392','T3',1,'P01',NULL,'Y',68,'CORP15',0,12,0,'IN',0,0,NULL),
 ('PF-260716',9008,'AST','PR','CORP','2026-07-20 08:00','AE20 HAN','Skoda','Octavia','Grey','2026-07-27 06:00','2026-08-07 20:00',NULL,'KL1076','T2','KL1077','T2',1,'A01',NULL,'N',88,'CORP10',0,0,88,'IN',0,0,NULL);
INSERT INTO bays VALUES ('A01','A','STD','N','N','CAM2','N',NULL),('A02','A','LRG','N','N','CAM2','N',NULL),('A03','A','STD','N','N','CAM2','Y','Pothole being filled'),('B01','B','STD','N','N','CAM3','N',NULL),('B02','B','DIS','N','N','CAM3','N',NULL),('P01','P','STD','Y','Y','CAM4','N',NULL),('P02','P','STD','Y','Y','CAM4','N',NULL),('P03','P','STD','Y','Y','CAM4','Y','Charger faulty, waiting for the engineer'),('M01','M','STD','N','N','CAM5','N',NULL),('M02','M','STD','N','N','CAM5','N',NULL),('M03','M','LRG','N','N','CAM5','N',NULL);
INSERT INTO anpr_reads VALUES (1,'CAM1','2026-08-03 06:02','KP70ANK','IN',99,'PF-260703'),(2,'CAM6','2026-08-07 22:15','KP70ANK','OUT',98,'PF-260703'),(3,'CAM1','2026-08-06 04:31','DK23RLB','IN',97,'PF-260704'),(4,'CAM1','2026-08-08 11:12','FX17KLM','IN',95,NULL),(5,'CAM6','2026-08-08 11:40','FX17KLM','OUT',94,NULL),(6,'CAM1','2026-08-09 02:50','Y766HJD','IN',61,NULL),(7,'CAM6','2026-08-08 15:20','YS21JOT','OUT',99,'PF-260702'),(8,'CAM1','2026-08-10 05:48','KP70ANK','IN',99,'PF-260715'),(9,'CAM1','2026-08-09 23:55','SL68WPT','IN',92,NULL),(10,'CAM1','2026-07-27 05:40','AE20HAN','IN',98,'PF-260716'),(11,'CAM1','2026-07-29 03:22','OL19FBG','IN',97,'PF-260707'),(12,'CAM1','2026-07-30 14:05','MK16ZZT','IN',90,NULL);
INSERT INTO drivers VALUES (501,'Kev Byrne','MG',0,'2026-06-01','Y','N',NULL,'2021-04-01',NULL,12.6),(502,'Liam Foster','MG',6,'2026-02-10','Y','N',NULL,'2023-05-15',NULL,12.2),(503,'Jas Sandhu','SHU',0,'2026-07-01','Y','Y','2027-09-30','2019-08-01',NULL,13.5),(504,'Dot Heywood','SHU',3,'2025-06-15','Y','Y','2026-07-31','2015-02-01',NULL,13.8),(505,'Marek Zielinski','BOTH',0,'2026-03-20','Y','Y','2028-01-31','2022-10-10',NULL,13.5),(506,'Tyler Reeves','MG',9,'2026-05-05','N','N',NULL,'2026-04-20',NULL,11.8),(507,'Sue Carden','SHU',0,'2025-11-01','Y','Y','2026-11-30','2018-03-01','2026-06-30',13.5);
INSERT INTO car_moves VALUES (1,'PF-260702',501,'COLL','2026-07-25 06:05','2026-07-25 06:25',48211,48215,'N','Y'),(2,'PF-260702',502,'RET','2026-08-08 14:40','2026-08-08 15:05',48215,48219,'N','Y'),(3,'PF-260709',506,'COLL','2026-07-11 09:05','2026-07-11 09:50',30102,30118,'N','N'),(4,'PF-260709',501,'RET','2026-07-25 17:55','2026-07-25 18:15',30118,30122,'N','Y'),(5,'PF-260714',502,'COLL','2026-07-12 07:05','2026-07-12 07:25',61200,61204,'Y','Y'),(6,'PF-260714',506,'RET','2026-07-20 01:00','2026-07-20 01:40',61204,61213,'N','N'),(7,'PF-260709',505,'SHUF','2026-07-20 10:00','2026-07-20 10:05',30118,30118,'N','N');
INSERT INTO buses VALUES ('SB1','MX19 PFB','Mercedes Sprinter 16 seat',16,'Y','2027-02-28','2026-07-20','2026-08-31','OPS'),('SB2','MX17 PFC','Optare Solo',28,'Y','2026-08-05','2026-06-15','2026-07-27','OPS'),('SB3','MX22 PFD','Mercedes Sprinter 16 seat',16,'N','2027-05-31','2026-07-29','2026-09-09','VOR');
INSERT INTO shuttle_runs VALUES (1,'SB1',503,'2026-08-08 04:30','ALL',14,0,0,NULL),(2,'SB2',504,'2026-08-08 05:00','T2',22,3,12,'Traffic on the M56 junction 5 slip road'),(3,'SB1',505,'2026-08-08 14:00','T1',4,11,0,NULL),(4,'SB2',504,'2026-08-09 05:00','T2',25,0,18,'Held at the terminal drop-off'),(5,'SB1',503,'2026-08-09 06:00','ALL',12,6,0,NULL),(6,'SB2',505,'2026-08-09 23:30','ALL',2,24,25,'Waited for the delayed Tenerife flight'),(7,'SB1',503,'2026-08-07 05:15','T3',9,2,5,NULL),(8,'SB2',507,'2026-06-20 05:00','T1',20,4,0,NULL),(9,'SB3',505,'2026-07-28 05:30','T2',15,1,35,'Broke down on Ringway Road; SB1 sent to pick up'),(10,'SB1',504,'2026-08-02 04:30','ALL',16,0,8,NULL);
INSERT INTO valet_jobs VALUES (1,'PF-260709','MINI','Ash Malik','2026-07-24 11:00',35,'Y','N'),(2,'PF-260701','EXT','Ash Malik','2026-07-31 14:00',15,'Y','N'),(3,'PF-260713','FULL','Jade Kirk','2026-06-26 10:30',85,'N','Y'),(4,'PF-260714','EXT','Jade Kirk','2026-07-19 15:00',25,'N','N');
INSERT INTO damage_claims VALUES ('DC-26-011','PF-260714','2026-07-21','Scrape on the rear bumper','Y','Y',506,'US',240,240,'SETT','Nadia'),('DC-26-014','PF-260709','2026-07-27','Kerbed nearside front alloy','N','N',506,'UNK',NULL,NULL,'OPEN','Nadia'),('DC-26-015','PF-260701','2026-08-03','Dent in the driver''s door','Y','Y',NULL,'NOTUS',0,0,'REJ','Ben'),('DC-26-017','PF-260702','2026-08-09','Chipped windscreen','Y','N',502,'UNK',NULL,NULL,'OPEN','Ben');
INSERT INTO tariffs VALUES ('PR','OFF',7,45,5),('PR','STD',7,58,6),('PR','PEAK',7,72,8),('PR','PEAK',14,104,7),('PREM','STD',7,68,9),('PREM','PEAK',7,84,11),('MG','STD',7,109,12),('MG','PEAK',7,129,14),('MG','PEAK',14,182,12),('MG','OFF',7,89,10);
INSERT INTO key_log VALUES (301,'PF-260702','K1',12,'2026-07-25 06:30','2026-08-08 14:35',502),(302,'PF-260709','K1',14,'2026-07-11 09:55','2026-07-25 17:50',501),(303,'PF-260714','K1',15,'2026-07-12 07:30','2026-07-20 00:55',506),(304,'PF-260701','K2',3,'2026-07-18 05:40','2026-07-31 15:00',NULL),(305,'PF-260704','K2',4,'2026-08-06 04:40',NULL,NULL),(306,'PF-260707','K2',5,'2026-07-29 03:40',NULL,NULL);
INSERT INTO complaints VALUES ('CM-0409','PF-260708','2026-07-11','EML','CHG','Charged an extra day for being three hours late','2026-07-15',0,'Nadia'),('CM-0412','PF-260714','2026-07-21','EML','DMG','Bumper scraped by our driver','2026-07-28',20,'Nadia'),('CM-0416','PF-260701','2026-08-02','TP','LATE','Shuttle did not turn up at T2, waited 50 minutes in the rain','2026-08-05',15,'Ben'),('CM-0415','PF-260702','2026-08-08','HX','LATE','Waited 35 minutes at T1 for the car to be brought back',NULL,NULL,'Ben'),('CM-0418','PF-260713','2026-06-29','PHN','VAL','Full valet missed the boot and the seats were still dirty','2026-07-01',85,'Nadia');
