-- A campsite and glamping site with an on-site shop (wide pitch booking table, glamping stays beside pitch bookings, permanent and seasonal staff): pitches, glamping units, guests, pitch bookings, glamping bookings, staff, seasonal workers, shop items, shop sales, cleaning and hot tub log, maintenance jobs, facilities and incidents. No keys declared.
CREATE SCHEMA campsite;
SET search_path = campsite;
COMMENT ON SCHEMA campsite IS 'Harthope Burn Camping and Glamping, a family-run farm campsite near Wooler in Northumberland open March to October: touring pitches in four fields (orchard hardstandings with electric hook-up, the riverside meadow, a car-free top field for walk-on tents and an adults-only quiet paddock), shepherd''s huts with hot tubs, bell tents, a safari lodge, a yurt and camping pods; guests book on our own website, through Pitchup, Airbnb and Canopy and Stars or by phone, and can charge shop purchases (firewood, gas, ice packs, local produce) to their booking; wardens live on site and seasonal workers clean the glamping units between stays';
CREATE TABLE pitches (pitch_cd text, field_cd text, pitch_typ text, ehu_yn char(1), amps integer, max_len_m numeric, dog_ok_yn char(1), rate_lo numeric, rate_hi numeric, out_of_use_yn char(1), oou_rsn text);
COMMENT ON TABLE pitches IS 'Touring pitches for tents, caravans, motorhomes and campervans (glamping units are separate)';
COMMENT ON COLUMN pitches.field_cd IS 'ORCH orchard hardstandings, RIV riverside meadow, TOP top field (walk-on tents, cars left in the car park), QUIET adults-only quiet paddock';
COMMENT ON COLUMN pitches.pitch_typ IS 'SUPER fully serviced hardstanding (water, grey waste drain, electric), HS hardstanding with electric, GRE grass with electric hook-up, GR grass without electric, TNT small walk-on tent pitch';
COMMENT ON COLUMN pitches.ehu_yn IS 'Has an electric hook-up bollard';
COMMENT ON COLUMN pitches.amps IS 'Hook-up supply in amps (10 or 16)';
COMMENT ON COLUMN pitches.max_len_m IS 'Longest outfit (caravan or motorhome plus tow bar, not counting the car) that fits on the pitch, metres';
COMMENT ON COLUMN pitches.rate_lo IS 'Nightly pitch fee for two adults in low season (March to mid-May, September, October)';
COMMENT ON COLUMN pitches.rate_hi IS 'Nightly pitch fee for two adults in high season (late May bank holiday to end of August)';
COMMENT ON COLUMN pitches.out_of_use_yn IS 'Y pitch cannot be let at the moment; reason in oou_rsn';
CREATE TABLE glamp_units (unit_cd text, unit_nm text, unit_typ text, sleeps integer, hot_tub_yn char(1), stove_yn char(1), ensuite_yn char(1), dog_ok_yn char(1), rate_wkday numeric, rate_wkend numeric, min_nts integer, last_deep_cln date);
COMMENT ON TABLE glamp_units IS 'Glamping accommodation let by the night, each with its own name';
COMMENT ON COLUMN glamp_units.unit_typ IS 'SHEP shepherd''s hut, SAFARI safari tent lodge, BELL bell tent, YURT, POD wooden camping pod';
COMMENT ON COLUMN glamp_units.hot_tub_yn IS 'Has a private wood-fired or electric hot tub; water must be tested every changeover (see cleaning_log)';
COMMENT ON COLUMN glamp_units.stove_yn IS 'Wood burning stove inside';
COMMENT ON COLUMN glamp_units.rate_wkend IS 'Friday and Saturday night rate';
COMMENT ON COLUMN glamp_units.min_nts IS 'Minimum stay in nights';
CREATE TABLE guests (guest_no integer, gname text, surname text, tel text, email text, home_pcode text, veh_reg text, rtn_yn char(1), banned_yn char(1), notes text);
COMMENT ON TABLE guests IS 'Lead guest on each booking, pitches and glamping alike';
COMMENT ON COLUMN guests.rtn_yn IS 'Returning guest, entitled to the RTN10 returning guest discount';
COMMENT ON COLUMN guests.banned_yn IS 'Y not to be accepted again after past behaviour (reason in notes); the booking system does not block them, staff must check';
CREATE TABLE pitch_bookings (pb_ref text, guest_ref integer, pitch_ref text, arr_dt date, dep_dt date, nights integer, adults integer, kids integer, infants integer, dogs integer, outfit_cd text, outfit_len_m numeric, awning_yn char(1), extra_cars integer, ehu_yn char(1), src_cd text, bkd_dt date, pitch_fee numeric, ehu_fee numeric, dog_fee numeric, extras_fee numeric, disc_cd text, total_amt numeric, deposit_amt numeric, bal_paid_yn char(1), status_cd text, arr_tm time, late_arr_yn char(1), gate_cd text, firepit_yn char(1), bbq_tray_yn char(1), warden_note text);
COMMENT ON TABLE pitch_bookings IS 'Bookings of touring pitches: who, which pitch, party size, the outfit they bring, how it was booked, fees and payment, arrival details and the warden''s notes';
COMMENT ON COLUMN pitch_bookings.guest_ref IS 'Lead guest (guests.guest_no)';
COMMENT ON COLUMN pitch_bookings.outfit_cd IS 'What they are bringing: TENT, TT trailer tent or folding camper, CVN touring caravan, MH motorhome, CAMP campervan';
COMMENT ON COLUMN pitch_bookings.outfit_len_m IS 'Length of the caravan, motorhome or campervan as declared when booking, metres';
COMMENT ON COLUMN pitch_bookings.extra_cars IS 'Cars beyond the first, charged per night';
COMMENT ON COLUMN pitch_bookings.src_cd IS 'Where the booking came from: WEB our own website, PITCHUP Pitchup.com (commission 15 percent), PHN phone, WALK turned up without booking';
COMMENT ON COLUMN pitch_bookings.disc_cd IS 'Discount code used: RTN10 returning guest 10 percent, NHS5, WEEK7 seventh night free';
COMMENT ON COLUMN pitch_bookings.deposit_amt IS 'Deposit taken at booking; the balance is due on arrival';
COMMENT ON COLUMN pitch_bookings.status_cd IS 'PROV provisional (no deposit yet), CNF confirmed, ARR arrived and on site, DEP departed, CXL cancelled, NS no-show';
COMMENT ON COLUMN pitch_bookings.late_arr_yn IS 'Arrived after the barrier closed at 9pm and had to be let in with the gate code';
COMMENT ON COLUMN pitch_bookings.firepit_yn IS 'Hired a raised fire pit (open fires on the grass are not allowed)';
CREATE TABLE glamp_bookings (gb_no text, guest_no_ref integer, unit_ref text, chk_in date, chk_out date, party_sz integer, dogs integer, tub_pkg_yn char(1), hamper_yn char(1), price numeric, deposit numeric, paid_yn char(1), chan_cd text, status_cd text);
COMMENT ON TABLE glamp_bookings IS 'Stays in the shepherd''s huts, bell tents, lodge, yurt and pods';
COMMENT ON COLUMN glamp_bookings.tub_pkg_yn IS 'Bought the hot tub package (robes, logs, fizz)';
COMMENT ON COLUMN glamp_bookings.hamper_yn IS 'Ordered the local produce breakfast hamper';
COMMENT ON COLUMN glamp_bookings.paid_yn IS 'Y paid in full; N balance still owed';
COMMENT ON COLUMN glamp_bookings.chan_cd IS 'OWN our website, AIRBNB, CANOPY Canopy and Stars, PHN phone';
COMMENT ON COLUMN glamp_bookings.status_cd IS 'CNF confirmed, IN checked in, OUT checked out, CXL cancelled';
CREATE TABLE staff (emp_id integer, emp_nm text, role_cd text, live_on_yn char(1), first_aid_exp date, dbs_dt date, mobile text, start_dt date);
COMMENT ON TABLE staff IS 'Year-round employed staff and the owners';
COMMENT ON COLUMN staff.role_cd IS 'OWN owner, MGR site manager, WDN warden (on call overnight), MAINT maintenance, SHOP shop and reception manager';
COMMENT ON COLUMN staff.live_on_yn IS 'Lives on site in the warden''s cottage or a static caravan';
COMMENT ON COLUMN staff.first_aid_exp IS 'First aid at work certificate expiry; at least one first aider must be on site at all times';
CREATE TABLE seasonal_workers (sw_id integer, sw_nm text, role_cd text, start_dt date, end_dt date, hrly_rate numeric, accom_pitch text, own_van_yn char(1), rtw_chk_yn char(1));
COMMENT ON TABLE seasonal_workers IS 'Summer season workers on fixed-term contracts (housekeeping, shop, reception, grounds)';
COMMENT ON COLUMN seasonal_workers.role_cd IS 'CLN housekeeping and changeover cleaning, SHOP shop assistant, REC reception, GRD grounds and grass cutting';
COMMENT ON COLUMN seasonal_workers.accom_pitch IS 'Touring pitch the worker is living on for the season in their own van or tent (pitches.pitch_cd), taken out of letting; NULL lives off site';
COMMENT ON COLUMN seasonal_workers.rtw_chk_yn IS 'Right to work documents checked and copied';
CREATE TABLE shop_items (item_cd text, item_desc text, cat_cd text, supplier_nm text, cost numeric, price numeric, stock_qty integer, reorder_lvl integer, local_yn char(1));
COMMENT ON TABLE shop_items IS 'Things sold in the site shop';
COMMENT ON COLUMN shop_items.cat_cd IS 'FOOD groceries, DAIRY milk, eggs and cheese, GAS gas bottles and refills, ICE ice packs, FIRE logs, kindling and firelighters, CAMP camping spares (pegs, mallets, hook-up adaptors), GIFT';
COMMENT ON COLUMN shop_items.local_yn IS 'Y produced in Northumberland (farm eggs, butcher''s sausages, local beer, honey)';
CREATE TABLE shop_sales (sale_id integer, sale_ts timestamp, item_ref text, qty integer, amt numeric, pay_cd text, chg_to text, served_by integer);
COMMENT ON TABLE shop_sales IS 'Shop till lines';
COMMENT ON COLUMN shop_sales.pay_cd IS 'CARD, CASH, ACC charged to the guest''s booking and paid at departure';
COMMENT ON COLUMN shop_sales.chg_to IS 'Booking the sale was charged to when pay_cd is ACC: a pitch booking reference (P26-...) or a glamping booking number (G26-...)';
COMMENT ON COLUMN shop_sales.served_by IS 'Seasonal worker on the till (seasonal_workers.sw_id)';
CREATE TABLE cleaning_log (cln_id integer, unit_ref text, cln_dt date, cleaner integer, cln_typ text, tub_drained_yn char(1), cl_ppm numeric, ph numeric, mins integer, issues text);
COMMENT ON TABLE cleaning_log IS 'Housekeeping record for each glamping unit clean, including the hot tub water test; hot tub water must read 3 to 5 ppm chlorine and pH 7.2 to 7.8, otherwise the tub must not be used';
COMMENT ON COLUMN cleaning_log.cleaner IS 'Who cleaned (seasonal_workers.sw_id)';
COMMENT ON COLUMN cleaning_log.cln_typ IS 'TURN changeover between guests, MID mid-stay refresh, DEEP deep clean';
COMMENT ON COLUMN cleaning_log.tub_drained_yn IS 'Hot tub drained and refilled (required at every changeover)';
COMMENT ON COLUMN cleaning_log.cl_ppm IS 'Free chlorine in the hot tub, parts per million';
CREATE TABLE maint_jobs (mj_no integer, loc_ref text, reported_dt date, reported_by integer, fault_cd text, prio_cd integer, descr text, fixed_dt date, fixed_by text, contractor_nm text, cost numeric);
COMMENT ON TABLE maint_jobs IS 'Repairs and faults around the site';
COMMENT ON COLUMN maint_jobs.loc_ref IS 'Where the fault is: a pitch code, a glamping unit code or a facility code (facilities.fac_cd)';
COMMENT ON COLUMN maint_jobs.reported_by IS 'Staff member who logged it (staff.emp_id)';
COMMENT ON COLUMN maint_jobs.fault_cd IS 'ELEC electrics and hook-ups, PLUMB water, showers and drains, HOTTUB, STRUCT buildings and huts, GROUNDS, WIFI';
COMMENT ON COLUMN maint_jobs.prio_cd IS '1 urgent same day, 2 within 48 hours, 3 at the next changeover or quiet spell';
COMMENT ON COLUMN maint_jobs.fixed_dt IS 'NULL still outstanding';
CREATE TABLE facilities (fac_cd text, fac_nm text, fac_typ text, open_from time, open_to time, heated_yn char(1), last_insp_dt date, legion_chk_dt date);
COMMENT ON TABLE facilities IS 'Shared buildings and amenities';
COMMENT ON COLUMN facilities.fac_typ IS 'WC toilet and shower block, LAUN laundry, CDP chemical toilet disposal point, WASH washing up room, PLAY playground';
COMMENT ON COLUMN facilities.legion_chk_dt IS 'Last legionella water temperature and flushing check; our risk assessment requires one every three months for anything with showers or taps';
CREATE TABLE incidents (inc_no integer, inc_ts timestamp, pb_ref text, gb_ref text, loc_ref text, inc_cd text, reported_by integer, warn_yn char(1), evict_yn char(1), riddor_yn char(1), notes text);
COMMENT ON TABLE incidents IS 'Incident book kept by the wardens';
COMMENT ON COLUMN incidents.pb_ref IS 'Pitch booking involved (pitch_bookings.pb_ref), if any';
COMMENT ON COLUMN incidents.gb_ref IS 'Glamping booking involved (glamp_bookings.gb_no), if any';
COMMENT ON COLUMN incidents.inc_cd IS 'NOISE after the 10.30pm quiet time, DOG dog off the lead or fouling, FIRE open fire on the grass, INJ injury, THEFT, SPEED driving too fast on site';
COMMENT ON COLUMN incidents.warn_yn IS 'Formal warning given (second warning means leaving)';
COMMENT ON COLUMN incidents.riddor_yn IS 'Injury reported to the Health and Safety Executive under RIDDOR';
INSERT INTO pitches VALUES ('O1','ORCH','SUPER','Y',16,9.0,'Y',32,42,'N',NULL),('O2','ORCH','HS','Y',16,8.0,'Y',28,38,'N',NULL),('O3','ORCH','HS','Y',10,7.5,'N',28,38,'Y','Hook-up bollard failed, electrician booked'),('R1','RIV','GRE','Y',10,7.0,'Y',24,34,'N',NULL),('R2','RIV','GRE','Y',10,7.0,'Y',24,34,'N',NULL),('R3','RIV','GR','N',NULL,6.5,'Y',20,28,'Y','Ground waterlogged after the river came up'),('T1','TOP','TNT','N',NULL,NULL,'N',16,22,'N',NULL),('T2','TOP','TNT','N',NULL,NULL,'N',16,22,'N',NULL),('Q1','QUIET','GRE','Y',10,7.0,'N',26,36,'N',NULL),('Q2','QUIET','GRE','Y',10,7.0,'N',26,36,'N',NULL);
INSERT INTO glamp_units VALUES ('G1','Curlew','SHEP',2,'Y','Y','Y','N',110,135,2,'2026-07-20'),('G2','Heron','SHEP',2,'Y','Y','Y','Y',110,135,2,'2026-06-02'),('G3','Otter Lodge','SAFARI',6,'Y','Y','Y','N',165,195,3,'2026-07-28'),('G4','Bell One','BELL',4,'N','Y','N','Y',75,90,2,'2026-05-15'),('G5','Bell Two','BELL',4,'N','Y','N','N',75,90,2,'2026-07-01'),('G6','Kestrel Pod','POD',3,'N','N','N','Y',55,65,1,'2026-04-30'),('G7','Cheviot Yurt','YURT',5,'N','Y','N','N',95,115,2,'2026-08-01');
INSERT INTO guests VALUES (7001,'Sarah','Milburn','07700 910001','s.milburn@example.com','NE46 1AB','NX19 KLM','Y','N',NULL),(7002,'James','Okafor','07700 910002','jokafor@example.com','LS6 2QT','YK21 ABC','N','N',NULL),(7003,'Fiona','Reid','07700 910003','fiona.reid@example.com','EH10 5DJ','SJ70 FRE','Y','N','Always asks for O1'),(7004,'Craig','Dunn','07700 910004',NULL,'TS5 6PL','NK68 DUN','N','Y','Noise and abuse to the warden, July 2025; not to be rebooked'),(7005,'Megan','Hall','07700 910005','meg.hall@example.com','DH1 3LE','ND23 MHL','N','N',NULL),(7006,'Peter','Lindqvist','07700 910006','p.lindqvist@example.com','CA3 9PX',NULL,'N','N','Cycling tourist'),(7007,'Aisha','Begum','07700 910007','aisha.b@example.com','M14 5TY','MA22 AIB','Y','N',NULL),(7008,'Rob','Tait','07700 910008','rob.tait@example.com','NE1 4XF','NV20 RTT','N','N',NULL);
INSERT INTO pitch_bookings VALUES
 ('P26-101',7001,'O1','2026-07-24','2026-07-31',7,2,0,0,1,'CVN',7.2,'Y',0,'Y','WEB','2026-01-10',245,28,14,0,'RTN10',259.3,50,'Y','DEP','15:30','N','4471','N','N',NULL),
 ('P26-102',7002,'T1','2026-08-07','2026-08-09',2,2,2,0,0,'TENT',NULL,'N',0,'N','PITCHUP','2026-07-30',44,0,0,10,NULL,54,54,'Y','DEP','19:10','N','4471','Y','N',NULL),
 ('P26-103',7003,'O1','2026-08-10','2026-08-17',7,2,0,0,2,'MH',8.5,'N',0,'Y','WEB','2026-02-01',294,28,28,0,'RTN10',315,60,'Y','ARR','14:05','N','8820','N','N',NULL),
 ('P26-104',7004,'R1','2026-08-14','2026-08-16',2,4,0,0,1,'TT',5.5,'Y',1,'Y','PHN','2026-08-11',68,8,4,6,NULL,86,20,'N','CNF',NULL,'N',NULL,'N','N','Booked by phone under a partner''s card'),
 ('P26-105',7005,'R2','2026-08-12','2026-08-15',3,2,1,1,0,'CAMP',5.4,'N',0,'Y','WEB','2026-06-20',102,12,0,0,NULL,114,30,'Y','ARR','22:40','Y','8820','Y','Y','Arrived after the barrier closed, let in by the warden'),
 ('P26-106',7006,'T2','2026-08-13','2026-08-14',1,1,0,0,0,'TENT',NULL,'N',0,'N','WALK','2026-08-13',22,0,0,0,NULL,22,22,'Y','DEP','17:00','N','8820','N','N',NULL),
 ('P26-107',7007,'Q1','2026-08-21','2026-08-28',7,2,0,0,0,'CVN',7.4,'Y',0,'Y','PITCHUP','2026-03-03',252,28,0,0,NULL,280,50,'N','CNF',NULL,'N',NULL,'N','N',NULL),
 ('P26-108',7002,'R1','2026-07-10','2026-07-12',2,2,2,0,0,'TENT',NULL,'N',0,'N','PITCHUP','2026-07-01',68,0,0,0,NULL,68,20,'N','NS',NULL,'N',NULL,'N','N','Did not arrive, deposit kept'),
 ('P26-109',7005,'O2','2026-08-28','2026-08-31',3,2,1,0,0,'CVN',6.5,'Y',0,'Y','WEB','2026-05-02',114,12,0,0,NULL,126,30,'N','CXL',NULL,'N',NULL,'N','N',NULL),
 ('P26-110',7008,'R2','2026-07-17','2026-07-20',3,2,0,0,1,'MH',7.6,'N',0,'Y','PITCHUP','2026-06-11',102,12,6,0,NULL,120,30,'Y','DEP','16:20','N','5102','Y','N','Dog loose on the riverbank');
INSERT INTO glamp_bookings VALUES ('G26-301',7007,'G1','2026-07-03','2026-07-05',2,0,'Y','Y',270,90,'Y','OWN','OUT'),('G26-302',7008,'G2','2026-07-10','2026-07-13',2,1,'N','N',355,100,'Y','AIRBNB','OUT'),('G26-303',7001,'G3','2026-07-17','2026-07-24',6,0,'Y','Y',1230,300,'Y','CANOPY','OUT'),('G26-304',7003,'G1','2026-07-24','2026-07-27',2,0,'Y','N',355,100,'Y','OWN','OUT'),('G26-305',7005,'G7','2026-08-10','2026-08-14',4,0,'N','Y',420,120,'N','AIRBNB','IN'),('G26-306',7006,'G2','2026-08-13','2026-08-16',2,1,'Y','N',380,100,'N','OWN','IN'),('G26-307',7002,'G4','2026-08-21','2026-08-23',3,1,'N','N',180,60,'N','PHN','CNF'),('G26-308',7008,'G5','2026-08-01','2026-08-03',4,0,'N','N',180,60,'N','AIRBNB','CXL');
INSERT INTO staff VALUES (1,'Alan Robson','OWN','Y','2027-03-01',NULL,'07700 920001','2009-03-01'),(2,'Kath Robson','MGR','Y','2026-09-15','2024-02-10','07700 920002','2009-03-01'),(3,'Dougie Armstrong','WDN','Y','2026-10-12','2025-04-01','07700 920003','2018-04-01'),(4,'Lena Wilson','WDN','N','2027-06-30','2025-05-20','07700 920004','2023-03-15'),(5,'Barry Scott','MAINT','N','2025-11-30',NULL,'07700 920005','2015-06-01'),(6,'Nicola Heron','SHOP','N','2028-01-20','2025-03-01','07700 920006','2021-03-01');
INSERT INTO seasonal_workers VALUES (11,'Ellie Carr','CLN','2026-05-01','2026-09-30',12.6,'Q2','Y','Y'),(12,'Tomasz Zielinski','CLN','2026-05-15','2026-10-15',12.6,NULL,'N','Y'),(13,'Holly Fenwick','SHOP','2026-06-20','2026-09-05',11.44,NULL,'N','Y'),(14,'Ben Charlton','GRD','2026-04-01','2026-10-31',12.21,'R3','Y','N'),(15,'Maisie Scott','REC','2026-07-01','2026-08-31',11.44,NULL,'N','Y');
INSERT INTO shop_items VALUES ('LOG-NET','Net of kiln-dried hardwood logs','FIRE','Cheviot Logs',3.2,7.5,40,20,'Y'),('KIND','Kindling bundle','FIRE','Cheviot Logs',0.9,2.5,55,25,'Y'),('FLT','Firelighters box','FIRE','Cash and Carry',0.8,2,12,15,'N'),('EGG6','Half dozen free range eggs','DAIRY','Hetton Farm',1.1,2.2,18,12,'Y'),('MILK2','Semi-skimmed milk 2 pint','DAIRY','Cash and Carry',0.95,1.6,20,15,'N'),('SAUS','Butcher''s Cumberland sausages','FOOD','Wooler Butchers',3,5.5,10,8,'Y'),('ALE','Cheviot Gold ale 500ml','FOOD','Wooler Brewery',1.8,3.8,36,24,'Y'),('GAS-C','Camping gaz cartridge','GAS','Cash and Carry',2.4,4.5,14,10,'N'),('ICE','Ice pack freeze exchange','ICE','Own',0,1,30,0,'N'),('PEG','Tent pegs pack of 10','CAMP','Cash and Carry',1.5,4,6,8,'N');
INSERT INTO shop_sales VALUES (1,'2026-08-10 18:05','LOG-NET',2,15,'ACC','G26-305',13),(2,'2026-08-10 18:05','KIND',1,2.5,'ACC','G26-305',13),(3,'2026-08-11 08:30','EGG6',1,2.2,'CARD',NULL,13),(4,'2026-08-11 09:10','SAUS',1,5.5,'ACC','P26-103',13),(5,'2026-08-12 19:40','LOG-NET',1,7.5,'CASH',NULL,15),(6,'2026-08-13 17:15','ALE',4,15.2,'ACC','G26-306',13),(7,'2026-08-13 17:16','LOG-NET',1,7.5,'ACC','G26-306',13),(8,'2026-08-13 20:00','FLT',1,2,'CARD',NULL,15),(9,'2026-07-18 09:00','EGG6',2,4.4,'ACC','G26-303',13),(10,'2026-07-18 09:00','ALE',6,22.8,'ACC','G26-303',13),(11,'2026-08-06 12:00','PEG',1,4,'CARD',NULL,13),(12,'2026-08-14 10:00','GAS-C',2,9,'ACC','P26-105',13);
INSERT INTO cleaning_log VALUES (1,'G1','2026-07-05',11,'TURN','Y',4.0,7.4,95,NULL),(2,'G2','2026-07-13',12,'TURN','Y',2.1,7.6,100,'Chlorine low after refill, dosed and retested next morning'),(3,'G3','2026-07-24',11,'TURN','Y',3.5,7.3,150,NULL),(4,'G1','2026-07-27',12,'TURN','Y',3.8,8.1,90,'pH high'),(5,'G7','2026-08-01',11,'DEEP','N',NULL,NULL,180,NULL),(6,'G7','2026-08-10',12,'TURN','N',NULL,NULL,70,NULL),(7,'G2','2026-08-13',11,'TURN','N',4.4,7.5,85,'No time to drain, same-day turnaround'),(8,'G4','2026-08-03',12,'TURN','N',NULL,NULL,40,'Booking cancelled, air only');
INSERT INTO maint_jobs VALUES (1,'O3','2026-08-02',3,'ELEC',2,'Hook-up bollard trips the RCD',NULL,NULL,'Glendale Electrical',NULL),(2,'WC1','2026-08-09',4,'PLUMB',1,'Shower 3 no hot water',NULL,NULL,NULL,NULL),(3,'G1','2026-07-27',3,'HOTTUB',2,'Heater element slow','2026-07-29','Barry Scott',NULL,35),(4,'LAUN','2026-07-15',5,'PLUMB',2,'Dryer vent blocked','2026-07-16','Barry Scott',NULL,0),(5,'WC2','2026-08-12',3,'STRUCT',3,'Door closer broken in ladies',NULL,NULL,NULL,NULL),(6,'PLAY','2026-06-30',2,'GROUNDS',2,'Swing chain worn','2026-07-02',NULL,'Border Play Ltd',120);
INSERT INTO facilities VALUES ('WC1','Orchard toilet and shower block','WC','07:00','22:30','Y','2026-08-01','2026-06-20'),('WC2','Riverside toilet block','WC','07:00','22:30','N','2026-07-25','2026-04-28'),('LAUN','Laundry room','LAUN','08:00','20:00','N','2026-07-10','2026-05-02'),('CDP','Elsan point','CDP',NULL,NULL,'N','2026-08-05',NULL),('WASH','Washing up room','WASH','07:00','22:00','N','2026-08-01','2026-07-30'),('PLAY','Playground','PLAY','08:00','20:00','N','2026-07-02',NULL);
INSERT INTO incidents VALUES (1,'2026-07-18 21:15','P26-110',NULL,'R2','DOG',3,'Y','N','N','Spaniel off the lead chasing sheep'),(2,'2026-08-08 23:20','P26-102',NULL,'T1','NOISE',4,'Y','N','N','Music after quiet time'),(3,'2026-08-12 23:05','P26-105',NULL,'R2','DOG',3,'Y','N','N','Dog barking and off lead late evening'),(4,'2026-07-11 16:00',NULL,'G26-302','G2','INJ',2,'N','N','N','Guest cut hand on hot tub lid latch'),(5,'2026-08-13 20:30','P26-103',NULL,'O1','FIRE',4,'N','N','N','Disposable barbecue on the grass, moved to a tray');
