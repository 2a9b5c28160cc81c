-- A studio pottery with classes, kiln firings and a shop (wide kiln firing log): students and studio members, courses and enrolments, one-off taster sessions, tutors and studio staff, kilns, firings and the pieces in them, glazes, clay stock, shop stock, shop sales and commissions. No keys declared.
CREATE SCHEMA pottery;
SET search_path = pottery;
COMMENT ON SCHEMA pottery IS 'Fired Earth Studio, a studio pottery in a converted chapel in Frome, Somerset: two potters make and sell their own stoneware and porcelain alongside work by guest makers in the shop; evening and weekend courses teach wheel throwing and handbuilding at beginner to advanced level; one-off "have a go" taster sessions on the wheel are sold as gifts and booked by hen parties, birthdays and firms; and members rent shelf space and use the studio and kilns, paying for their pieces to be fired by the shelf. Work is bisque fired and then glaze fired in two electric kilns, and reduction fired in a gas kiln, with occasional raku firings in the yard';
CREATE TABLE students (stu_no integer, fnm text, snm text, email text, tel text, memb_cd text, memb_exp date, shelf_no text, induct_dt date, kiln_trained_yn char(1), src_cd text, joined date);
COMMENT ON TABLE students IS 'Everyone who has taken a course or holds a studio membership';
COMMENT ON COLUMN students.memb_cd IS 'NONE course student only, STU studio member (daytime use and a shelf), KEY keyholder member (24-hour access), FRIEND friends scheme (discounts only)';
COMMENT ON COLUMN students.memb_exp IS 'Date the membership runs out';
COMMENT ON COLUMN students.induct_dt IS 'Date of the health and safety induction (glaze room, silica dust, wheel use) needed before using the studio unsupervised';
COMMENT ON COLUMN students.kiln_trained_yn IS 'Trained to load and fire the electric kilns themselves';
COMMENT ON COLUMN students.src_cd IS 'How they heard of us: IG Instagram, GIFT taster voucher, WOM word of mouth, WEB';
CREATE TABLE courses (crs_cd text, crs_title text, level_cd text, wks integer, sess_hrs numeric, day_cd text, start_tm time, start_dt date, room_cd text, tutor integer, price numeric, clay_kg_incl integer, firing_incl_yn char(1), max_places integer, status_cd text);
COMMENT ON TABLE courses IS 'Courses run as a set of weekly sessions (a term) or a weekend';
COMMENT ON COLUMN courses.level_cd IS 'BEG beginners, INT improvers, ADV advanced, WKD weekend intensive, KIDS children 8 to 14';
COMMENT ON COLUMN courses.day_cd IS 'Day of the week it runs: MON .. SUN';
COMMENT ON COLUMN courses.room_cd IS 'WHL wheel room (8 wheels), HB handbuilding room, YARD outdoor (raku)';
COMMENT ON COLUMN courses.tutor IS 'Tutor teaching it (tutors.tut_id)';
COMMENT ON COLUMN courses.clay_kg_incl IS 'Kilos of clay included in the price';
COMMENT ON COLUMN courses.firing_incl_yn IS 'Firing of students'' pieces is included in the price';
COMMENT ON COLUMN courses.status_cd IS 'OPEN taking bookings, FULL, RUN running now, DONE finished, CXL cancelled';
CREATE TABLE enrolments (enr_no integer, crs text, student integer, enr_dt date, paid_amt numeric, disc_cd text, status_cd text, sessions_att integer);
COMMENT ON TABLE enrolments IS 'A student''s place on a course';
COMMENT ON COLUMN enrolments.crs IS 'Course (courses.crs_cd)';
COMMENT ON COLUMN enrolments.student IS 'Student (students.stu_no)';
COMMENT ON COLUMN enrolments.disc_cd IS 'Discount given: MEM member 10%, RET returning student, CONC concession, none if empty';
COMMENT ON COLUMN enrolments.status_cd IS 'CONF, WAIT waiting list, CXL cancelled, TRF transferred to another course';
COMMENT ON COLUMN enrolments.sessions_att IS 'Number of the course''s sessions the student actually came to';
CREATE TABLE taster_sessions (ts_ref text, sess_dt date, sess_tm time, lead_nm text, email text, party_size integer, occasion_cd text, voucher_no text, amt numeric, tutor integer, pots_to_fire integer, glaze_choice text, ready_dt date, collected_dt date, post_yn char(1));
COMMENT ON TABLE taster_sessions IS 'One-off two-hour "have a go on the wheel" sessions booked by a person or a party, often with a gift voucher; their best pots are trimmed, fired and glazed by us and collected or posted a few weeks later';
COMMENT ON COLUMN taster_sessions.occasion_cd IS 'HEN hen party, BDAY birthday, CORP team day, DATE couple, GIFT gift voucher redemption, none';
COMMENT ON COLUMN taster_sessions.voucher_no IS 'Gift voucher redeemed, if any';
COMMENT ON COLUMN taster_sessions.tutor IS 'Tutor who ran the session (tutors.tut_id)';
COMMENT ON COLUMN taster_sessions.pots_to_fire IS 'Pots kept to be fired and glazed for the party';
COMMENT ON COLUMN taster_sessions.ready_dt IS 'Date the finished pots were ready; collected_dt when picked up (or posted, post_yn)';
CREATE TABLE tutors (tut_id integer, tut_nm text, emp_cd text, hrly numeric, dbs_yn char(1), first_aid_exp date, specialism text, active_yn char(1));
COMMENT ON TABLE tutors IS 'People who teach courses and taster sessions';
COMMENT ON COLUMN tutors.emp_cd IS 'OWN one of the two studio owners, EMP employed, SE self-employed paid per hour of teaching';
COMMENT ON COLUMN tutors.dbs_yn IS 'DBS checked (required for the children''s classes)';
CREATE TABLE staff (emp_no integer, emp_nm text, role_cd text, hrs_wk numeric, hrly numeric, start_dt date, kiln_cert_yn char(1));
COMMENT ON TABLE staff IS 'Studio staff who are not teachers: the kiln technician, shop assistants and the studio manager';
COMMENT ON COLUMN staff.role_cd IS 'TECH studio technician (kilns, glazes, clay reclaim), SHOP shop assistant, MGR studio manager, OWN owner';
COMMENT ON COLUMN staff.kiln_cert_yn IS 'Trained and allowed to programme and fire the kilns';
CREATE TABLE kilns (kiln_no integer, kiln_nm text, fuel_cd text, cu_ft numeric, max_cone text, elem_dt date, firings_since_elem integer, last_svc_dt date, thermocouple_dt date, status_cd text);
COMMENT ON TABLE kilns IS 'The studio''s kilns';
COMMENT ON COLUMN kilns.fuel_cd IS 'ELEC electric, GAS propane (reduction firing), RAKU small gas raku kiln in the yard';
COMMENT ON COLUMN kilns.max_cone IS 'Hottest pyrometric cone the kiln is rated for, e.g. 10 (about 1300 C)';
COMMENT ON COLUMN kilns.elem_dt IS 'Date the heating elements were last replaced; elements usually last 100 to 150 glaze firings (firings_since_elem)';
COMMENT ON COLUMN kilns.status_cd IS 'OK, FAULT out of use, SVC being serviced';
CREATE TABLE firings (firing_id integer, kiln integer, fire_cd text, cone text, sched_nm text, loaded_by integer, load_dt date, start_ts timestamp, end_ts timestamp, top_c integer, hold_mins integer, cool_hrs numeric, unload_dt date, shelves integer, pieces integer, kwh_start numeric, kwh_end numeric, gas_kg numeric, cost_est numeric, cones_ok_yn char(1), result_cd text, breakages integer, glaze_faults integer, pieces_lost integer, for_cd text, unloaded_by integer, notes text);
COMMENT ON TABLE firings IS 'Kiln log: every firing with the kiln, type, cone and programme, who loaded and unloaded it, times and temperatures, energy used and cost, how it came out and what was lost';
COMMENT ON COLUMN firings.kiln IS 'Kiln fired (kilns.kiln_no)';
COMMENT ON COLUMN firings.fire_cd IS 'BISQ bisque (first, unglazed) firing, GLZ glaze firing, RED reduction glaze firing in the gas kiln, RAKU raku, LUS lustre or decal firing (low)';
COMMENT ON COLUMN firings.cone IS 'Pyrometric cone fired to, e.g. 04 bisque (about 1060 C), 6 mid-fire stoneware, 10 high-fire';
COMMENT ON COLUMN firings.loaded_by IS 'Studio staff member who loaded and programmed the kiln (staff.emp_no); unloaded_by who unloaded it';
COMMENT ON COLUMN firings.top_c IS 'Highest temperature reached, degrees C';
COMMENT ON COLUMN firings.hold_mins IS 'Soak (hold) at top temperature';
COMMENT ON COLUMN firings.kwh_start IS 'Electricity sub-meter reading before firing; kwh_end after (electric kilns)';
COMMENT ON COLUMN firings.gas_kg IS 'Propane used (gas and raku kilns)';
COMMENT ON COLUMN firings.cones_ok_yn IS 'Witness cones bent as expected';
COMMENT ON COLUMN firings.result_cd IS 'OK, UNDER under-fired, OVER over-fired (slumping, running glaze), FAIL firing stopped (element or controller error)';
COMMENT ON COLUMN firings.glaze_faults IS 'Pieces with crawling, pinholing, crazing or glaze run onto the shelf';
COMMENT ON COLUMN firings.for_cd IS 'Whose work filled it: STU course students, MEM studio members, TAS taster session pots, STK our own shop stock, COM commissions, MIX';
CREATE TABLE firing_items (item_id integer, firing_ref integer, owner_stu integer, pieces integer, shelf_frac numeric, clay_body text, glz text, charge_amt numeric, outcome_cd text);
COMMENT ON TABLE firing_items IS 'Members'' and students'' pieces put through a firing, and what each was charged for the kiln space';
COMMENT ON COLUMN firing_items.firing_ref IS 'Firing (firings.firing_id)';
COMMENT ON COLUMN firing_items.owner_stu IS 'Whose pieces (students.stu_no)';
COMMENT ON COLUMN firing_items.shelf_frac IS 'Fraction of a kiln shelf the pieces took up; members are charged by the shelf';
COMMENT ON COLUMN firing_items.clay_body IS 'Clay the pieces are made of (clay_stock.clay_cd)';
COMMENT ON COLUMN firing_items.glz IS 'Glaze used (glazes.glz_cd); empty for bisque';
COMMENT ON COLUMN firing_items.outcome_cd IS 'OK, CRACK, BLOWN (exploded, usually trapped air or wet clay), STUCK glaze stuck to the shelf, FAULT glaze fault';
CREATE TABLE glazes (glz_cd text, glz_nm text, cone_rng text, food_safe_yn char(1), finish_cd text, colour text, batch_kg numeric, mixed_dt date, hazard_note text);
COMMENT ON TABLE glazes IS 'Studio glazes mixed in buckets for members and students';
COMMENT ON COLUMN glazes.cone_rng IS 'Cones it is made for, e.g. 5-6, 9-10';
COMMENT ON COLUMN glazes.food_safe_yn IS 'Tested safe for food and drink surfaces';
COMMENT ON COLUMN glazes.finish_cd IS 'GLS gloss, SAT satin, MAT matt, CRK crackle (raku)';
COMMENT ON COLUMN glazes.batch_kg IS 'Dry weight left in the current bucket';
COMMENT ON COLUMN glazes.hazard_note IS 'Hazardous raw materials in the recipe, e.g. barium carbonate, manganese, copper in reduction';
CREATE TABLE clay_stock (clay_cd text, descr text, body_cd text, bag_kg integer, bags_on_hand integer, reorder_at integer, cost_per_bag numeric, sell_per_bag numeric, supplier text);
COMMENT ON TABLE clay_stock IS 'Bags of clay held in the store, for classes and for selling to members';
COMMENT ON COLUMN clay_stock.body_cd IS 'STON stoneware, PORC porcelain, EARTH earthenware, RAKU raku clay (grogged), PAPER paper clay';
COMMENT ON COLUMN clay_stock.sell_per_bag IS 'Price a bag is sold to members at';
CREATE TABLE shop_stock (sku text, descr text, maker_cd text, maker_nm text, cat_cd text, price numeric, qty integer, consign_pct numeric, fired_in integer);
COMMENT ON TABLE shop_stock IS 'Pots for sale in the shop: our own ware and work by guest makers on sale or return';
COMMENT ON COLUMN shop_stock.maker_cd IS 'OWN made in the studio, GUEST a guest maker''s work on consignment';
COMMENT ON COLUMN shop_stock.cat_cd IS 'MUG, BOWL, PLATE, JUG, VASE, PLANT planter, SCULP sculptural';
COMMENT ON COLUMN shop_stock.consign_pct IS 'Share of the sale price we keep on a guest maker''s piece; the rest is paid to the maker';
COMMENT ON COLUMN shop_stock.fired_in IS 'Firing our own ware came out of (firings.firing_id)';
CREATE TABLE shop_sales (sale_no integer, sale_dt date, sku text, qty integer, unit_px numeric, disc_amt numeric, pay_cd text, till_user integer, online_yn char(1));
COMMENT ON TABLE shop_sales IS 'Sales from the shop and the online shop, one line per item';
COMMENT ON COLUMN shop_sales.sku IS 'Item sold (shop_stock.sku)';
COMMENT ON COLUMN shop_sales.till_user IS 'Staff member on the till (staff.emp_no)';
COMMENT ON COLUMN shop_sales.online_yn IS 'Sold through the online shop and posted';
CREATE TABLE commissions (comm_no integer, client_nm text, descr text, pieces integer, agreed_px numeric, deposit numeric, ordered_dt date, due_dt date, delivered_dt date, maker integer, status_cd text);
COMMENT ON TABLE commissions IS 'Made-to-order work: dinner services for restaurants and weddings, memorial pieces, sets of mugs for companies';
COMMENT ON COLUMN commissions.maker IS 'Potter making it (tutors.tut_id; the owners are listed among the tutors)';
COMMENT ON COLUMN commissions.status_cd IS 'QUOTE, MAKING, FIRING, READY, DELIV delivered, CXL';
INSERT INTO students VALUES
(1,'Harriet','Lowe','hlowe@example.com','07700 980001','KEY','2026-12-31','K07','2024-02-10','Y','WOM','2023-09-12'),
(2,'Ben','Okafor','bokafor@example.com','07700 980002','STU','2026-05-31','S12','2025-06-01','N','IG','2025-01-14'),
(3,'Priya','Nair','pnair@example.com','07700 980003','NONE',NULL,NULL,NULL,'N','GIFT','2026-01-06'),
(4,'Gillian','Frost','gfrost@example.com','07700 980004','STU','2026-09-30','S03','2023-11-20','Y','WEB','2022-04-02'),
(5,'Oscar','Webb','owebb@example.com','07700 980005','NONE',NULL,NULL,NULL,'N','IG','2026-04-01'),
(6,'Lucy','Tang','ltang@example.com','07700 980006','FRIEND','2027-01-31',NULL,NULL,'N','WOM','2025-09-09'),
(7,'Martin','Cole','mcole@example.com','07700 980007','KEY','2026-06-30','K02',NULL,'N','WEB','2026-02-20');
INSERT INTO tutors VALUES
(1,'Rosa Albright','OWN',NULL,'Y','2027-01-31','Wheel throwing, porcelain','Y'),
(2,'Tom Penhaligon','OWN',NULL,'N','2025-11-30','Reduction stoneware, glaze chemistry','Y'),
(3,'Keiko Mori','SE',32,'Y','2026-10-31','Handbuilding, raku','Y'),
(4,'Dan Whitlock','SE',28,'N',NULL,'Wheel throwing','Y'),
(5,'Fran Ellis','EMP',22,'Y','2026-03-31','Children''s clay','N');
INSERT INTO staff VALUES
(1,'Rosa Albright','OWN',NULL,NULL,'2014-05-01','Y'),
(2,'Tom Penhaligon','OWN',NULL,NULL,'2014-05-01','Y'),
(3,'Sian Howells','TECH',30,14.5,'2021-09-06','Y'),
(4,'Alfie Brandt','SHOP',16,12.21,'2025-03-01','N'),
(5,'Nadia Kerr','MGR',24,16,'2019-02-11','N');
INSERT INTO courses VALUES
('BEG-SP26','Beginners Wheel Throwing (spring)','BEG',8,2.5,'TUE','19:00','2026-04-14','WHL',4,285,12,'Y',8,'RUN'),
('INT-SP26','Improvers Throwing (spring)','INT',8,2.5,'WED','19:00','2026-04-15','WHL',1,310,15,'Y',8,'RUN'),
('HB-SP26','Handbuilding: Slabs and Coils','BEG',6,3,'SAT','10:00','2026-04-18','HB',3,240,10,'Y',10,'DONE'),
('KIDS-SU26','Young Potters (summer)','KIDS',6,1.5,'SAT','14:00','2026-07-11','HB',5,120,3,'Y',10,'OPEN'),
('RAKU-JN26','Raku Weekend','WKD',2,6,'SAT','10:00','2026-06-27','YARD',3,195,0,'Y',6,'FULL'),
('GLZ-JN26','Glaze Chemistry for Potters','ADV',4,3,'THU','18:30','2026-06-04','HB',2,180,0,'N',8,'RUN'),
('BEG-SU26','Beginners Wheel Throwing (summer)','BEG',8,2.5,'TUE','19:00','2026-07-07','WHL',4,285,12,'Y',8,'OPEN');
INSERT INTO enrolments VALUES
(1,'BEG-SP26',3,'2026-02-01',285,NULL,'CONF',7),
(2,'BEG-SP26',5,'2026-04-02',285,NULL,'CONF',3),
(3,'INT-SP26',2,'2026-03-10',279,'MEM','CONF',8),
(4,'HB-SP26',6,'2026-03-15',216,'MEM','CONF',6),
(5,'RAKU-JN26',1,'2026-04-20',175.5,'MEM','CONF',0),
(6,'RAKU-JN26',4,'2026-04-22',175.5,'MEM','CONF',0),
(7,'GLZ-JN26',4,'2026-05-01',162,'MEM','CONF',2),
(8,'GLZ-JN26',7,'2026-05-10',180,NULL,'CONF',0),
(9,'BEG-SU26',5,'2026-06-10',0,NULL,'WAIT',0),
(10,'INT-SP26',3,'2026-04-01',310,'RET','TRF',0),
(11,'RAKU-JN26',2,'2026-06-01',0,NULL,'WAIT',0);
INSERT INTO taster_sessions VALUES
('TS-0411','2026-04-11','10:00','Chloe Barnes','cbarnes@example.com',6,'HEN',NULL,390,4,6,'Celadon','2026-05-09','2026-05-16','N'),
('TS-0418','2026-04-18','14:00','Priya Nair','pnair@example.com',1,'GIFT','GV-2211',0,1,2,'Tenmoku','2026-05-16','2026-05-20','N'),
('TS-0502','2026-05-02','10:00','Acorn Design Ltd','hr@acorndesign.example',8,'CORP',NULL,560,4,8,'Shino','2026-05-30',NULL,'N'),
('TS-0516','2026-05-16','14:00','James & Ola Kent','jkent@example.com',2,'DATE',NULL,130,3,4,'Celadon','2026-06-13',NULL,'Y'),
('TS-0530','2026-05-30','10:00','Molly Fisher','mfisher@example.com',4,'BDAY','GV-2240',195,4,4,'Tenmoku',NULL,NULL,'N'),
('TS-0613','2026-06-13','14:00','Sam Idowu','sidowu@example.com',2,NULL,NULL,130,1,3,NULL,NULL,NULL,'N');
INSERT INTO kilns VALUES
(1,'Big Kiln (Cromartie)','ELEC',7,'10','2025-09-15',41,'2025-09-15','2025-09-15','OK'),
(2,'Little Kiln (Rohde)','ELEC',3.5,'8','2024-06-01',138,'2025-02-10','2024-06-01','OK'),
(3,'Gas Kiln','GAS',18,'11',NULL,NULL,'2026-01-20',NULL,'OK'),
(4,'Raku Bin','RAKU',2,'06',NULL,NULL,'2025-05-01',NULL,'FAULT');
INSERT INTO firings VALUES
(501,1,'BISQ','04','Bisque slow',3,'2026-05-04','2026-05-04 18:00','2026-05-05 06:30',1000,10,24,'2026-05-06',6,96,12040,12118,NULL,23.4,'Y','OK',1,0,1,'MIX',3,'One taster pot blew, too thick at the base'),
(502,1,'GLZ','6','Mid-fire glaze',3,'2026-05-11','2026-05-11 17:00','2026-05-12 05:45',1222,15,30,'2026-05-13',6,74,12118,12240,NULL,36.6,'Y','OK',0,3,2,'MIX',3,'Two pots glued to shelf by runny celadon'),
(503,2,'GLZ','6','Mid-fire glaze',2,'2026-05-18','2026-05-18 16:00','2026-05-19 02:10',1180,15,20,'2026-05-20',3,28,3310,3371,NULL,18.3,'N','UNDER',0,9,0,'MEM',4,'Controller stopped short; glazes matt and dry, to refire'),
(504,3,'RED','10','Reduction 10',2,'2026-05-25','2026-05-25 07:00','2026-05-25 19:30',1300,20,36,'2026-05-27',9,120,NULL,NULL,61,98,'Y','OK',2,1,3,'STK',2,'Good copper reds'),
(505,1,'BISQ','04','Bisque slow',3,'2026-06-01','2026-06-01 18:00','2026-06-02 06:40',1000,10,24,'2026-06-03',6,101,12240,12316,NULL,22.8,'Y','OK',0,0,0,'STU',3,NULL),
(506,2,'GLZ','6','Mid-fire glaze',3,'2026-06-08','2026-06-08 16:30','2026-06-08 23:50',1050,0,NULL,'2026-06-10',3,30,3371,3402,NULL,9.3,'N','FAIL',0,0,0,'MEM',3,'Element failed at 1050 C, E-FAIL error'),
(507,1,'GLZ','6','Mid-fire glaze',5,'2026-06-15','2026-06-15 17:00','2026-06-16 06:10',1245,15,30,'2026-06-17',6,70,12316,12445,NULL,38.7,'Y','OVER',0,6,4,'MIX',3,'Thermocouple reading low; shino ran badly');
INSERT INTO glazes VALUES
('CEL','Celadon','5-6','Y','GLS','Pale green',8.5,'2026-03-01',NULL),
('TEN','Tenmoku','5-6','Y','GLS','Black-brown breaking rust',12,'2026-02-14',NULL),
('SHI','Carbon-trap shino','5-6','Y','SAT','Orange to white',2.5,'2026-01-20','Contains soda ash; runs if overfired'),
('BAM','Barium matt blue','5-6','N','MAT','Turquoise',6,'2025-11-08','Barium carbonate: not for food surfaces, wear gloves'),
('CUR','Copper red','9-10','Y','GLS','Oxblood red',9,'2026-04-11','Copper carbonate; reduction only'),
('RKW','Raku white crackle','06-04','N','CRK','White crackle',4,'2025-07-01',NULL);
INSERT INTO clay_stock VALUES
('SSP','Smooth stoneware (St Thomas)','STON',12,48,20,13.5,17,'Valentine Clays'),
('BSG','Buff stoneware with grog','STON',12,15,20,14.2,18,'Valentine Clays'),
('PMC','Porcelain (Audrey Blackman)','PORC',12,6,8,27,34,'Valentine Clays'),
('RED','Red earthenware','EARTH',12.5,22,10,10.8,14,'Potclays'),
('RKU','Raku clay T-material type','RAKU',12.5,3,5,24,30,'Potclays');
INSERT INTO firing_items VALUES
(1,502,1,8,1,'PMC','CEL',12,'STUCK'),
(2,502,4,6,0.5,'SSP','TEN',6,'OK'),
(3,502,2,5,0.5,'BSG','SHI',6,'OK'),
(4,503,1,10,1,'SSP','BAM',12,'FAULT'),
(5,503,4,8,1,'SSP','TEN',12,'FAULT'),
(6,503,7,4,0.5,'RED','CEL',6,'FAULT'),
(7,506,2,6,0.5,'BSG','TEN',6,'OK'),
(8,506,4,12,1,'PMC','CEL',12,'OK'),
(9,507,1,9,1,'PMC','SHI',12,'STUCK'),
(10,507,2,4,0.5,'SSP','SHI',6,'FAULT'),
(11,501,3,3,0.25,'SSP',NULL,0,'BLOWN');
INSERT INTO shop_stock VALUES
('RA-MUG-CEL','Porcelain mug, celadon','OWN','Rosa Albright','MUG',34,18,NULL,502),
('RA-BWL-TEN','Noodle bowl, tenmoku','OWN','Rosa Albright','BOWL',42,9,NULL,502),
('TP-JUG-RED','Copper red jug','OWN','Tom Penhaligon','JUG',95,4,NULL,504),
('TP-VAS-RED','Oxblood bottle vase','OWN','Tom Penhaligon','VASE',220,2,NULL,504),
('GM-PLT-01','Slipware plate','GUEST','Hannah Crisp','PLATE',55,6,35,NULL),
('GM-SCU-02','Stoneware hare','GUEST','Owen Baird','SCULP',180,1,40,NULL),
('GM-PLN-03','Ridged planter','GUEST','Hannah Crisp','PLANT',38,0,35,NULL);
INSERT INTO shop_sales VALUES
(1,'2026-06-06','RA-MUG-CEL',2,34,0,'CARD',4,'N'),
(2,'2026-06-06','GM-PLT-01',1,55,0,'CARD',4,'N'),
(3,'2026-06-07','TP-VAS-RED',1,220,20,'CARD',5,'N'),
(4,'2026-06-09','RA-BWL-TEN',4,42,16.8,'CARD',NULL,'Y'),
(5,'2026-06-13','GM-SCU-02',1,180,0,'CASH',4,'N'),
(6,'2026-06-13','RA-MUG-CEL',1,34,0,'CASH',4,'N'),
(7,'2026-06-14','GM-PLN-03',2,38,0,'CARD',5,'N'),
(8,'2026-06-16','TP-JUG-RED',1,95,0,'CARD',NULL,'Y'),
(9,'2026-05-23','GM-PLT-01',2,55,0,'CARD',4,'N');
INSERT INTO commissions VALUES
(1,'The Old Bakery restaurant','Dinner plates and side plates, tenmoku',60,3600,1200,'2026-03-02','2026-06-30',NULL,1,'FIRING'),
(2,'Laura & Ed Mason','Wedding favour mini bowls',80,1440,500,'2026-04-10','2026-07-20',NULL,4,'MAKING'),
(3,'Frome Rugby Club','Presentation tankards',12,540,0,'2026-02-01','2026-04-25','2026-05-02',2,'DELIV'),
(4,'Mrs J. Hartley','Memorial jar',1,350,100,'2026-05-12','2026-06-12',NULL,2,'READY'),
(5,'Acorn Design Ltd','Branded mugs for staff',30,900,0,'2026-06-01',NULL,NULL,1,'QUOTE');
