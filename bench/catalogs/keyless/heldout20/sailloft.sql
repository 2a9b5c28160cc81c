-- A sail maker and repairer (wide sail order table, owners beside their boats, new sail quotes beside repairs and canvas work, cloth stock beside cloth purchase orders): customers, boats, loft staff, cloth, cloth orders, quotes, sail orders, repairs, canvas jobs, winter sail storage, hours booked and invoices. No keys declared.
CREATE SCHEMA sailloft;
SET search_path = sailloft;
COMMENT ON SCHEMA sailloft IS 'Penryn Sailmakers, a family sail loft on the Penryn River near Falmouth, Cornwall, with seven staff: it designs and builds new cruising and racing sails (mainsails, genoas, jibs, spinnakers, gennakers and traditional gaff sails for the Falmouth Working Boats and other classic craft), repairs and recuts sails brought in by owners or collected from the marinas at Falmouth, Mylor and Mylor Yacht Harbour, makes sprayhoods, biminis, stack packs and covers, and washes, checks and stores sails over the winter; cloth comes in rolls from Dimension-Polyant, Contender and Challenge, and work is invoiced when sails are delivered or collected';
CREATE TABLE customers (cust_no integer, cust_nm text, tel text, email text, addr1 text, town text, pcode text, club_cd text, trade_yn char(1), disc_pct numeric, acct_yn char(1), mkt_yn char(1), first_dt date, notes text);
COMMENT ON TABLE customers IS 'Boat owners, yacht clubs, charter firms and boatyards we make or mend sails for';
COMMENT ON COLUMN customers.club_cd IS 'Home sailing club: RCYC Royal Cornwall Yacht Club, FSC Flushing Sailing Club, MSC Mylor Sailing Club, SMSC St Mawes Sailing Club, NONE';
COMMENT ON COLUMN customers.trade_yn IS 'Y trade customer (boatyard, rigger, charter company) who gets the trade discount in disc_pct';
COMMENT ON COLUMN customers.acct_yn IS 'Y allowed 30 days credit; otherwise payment is due on collection or delivery';
CREATE TABLE boats (boat_id integer, boat_nm text, owner_ref integer, class_cd text, make_mdl text, loa_ft numeric, rig_cd text, sail_no text, berth_cd text, furl_cd text, notes text);
COMMENT ON TABLE boats IS 'Boats we hold sail plans and measurements for';
COMMENT ON COLUMN boats.owner_ref IS 'Owner (customers.cust_no)';
COMMENT ON COLUMN boats.class_cd IS 'FWB Falmouth Working Boat (gaff cutter oyster dredgers), SIG Sigma 33, J70, J109, X332, CRUISE general cruising yacht, DAY day boat or dinghy, CLASSIC other classic gaffer';
COMMENT ON COLUMN boats.rig_cd IS 'MH masthead sloop, FR fractional sloop, GAFF gaff cutter, CUT bermudan cutter, KETCH';
COMMENT ON COLUMN boats.berth_cd IS 'Where the boat lives, for collection and fitting: PFM Port Pendennis or Falmouth Haven marina, MYL Mylor Yacht Harbour, MOOR swinging mooring in the river, PEN Penryn quay, HOME trailed or kept ashore';
COMMENT ON COLUMN boats.furl_cd IS 'Headsail furler fitted: PRO Profurl, HAR Harken, FAC Facnor, NONE hanked on';
CREATE TABLE loft_staff (stf_cd text, stf_nm text, role_cd text, hrly_cost numeric, chg_rate numeric, start_dt date, leave_dt date);
COMMENT ON TABLE loft_staff IS 'People working in the loft';
COMMENT ON COLUMN loft_staff.role_cd IS 'DES sail designer and measurer, CUT cutter and layout on the loft floor, SEW machinist, FIN hand finisher (rings, leather, batten pockets), CANV canvas and covers maker, OFF office';
COMMENT ON COLUMN loft_staff.hrly_cost IS 'What an hour of their time costs us';
COMMENT ON COLUMN loft_staff.chg_rate IS 'Hourly rate charged to customers for repair work';
CREATE TABLE cloth (cloth_cd text, maker text, cloth_nm text, fibre_cd text, wt_oz numeric, colour text, roll_wid_cm integer, stock_m numeric, reorder_m numeric, cost_per_m numeric, use_note text);
COMMENT ON TABLE cloth IS 'Sailcloth and canvas kept in stock on the roll rack';
COMMENT ON COLUMN cloth.fibre_cd IS 'DAC woven polyester (Dacron), HMP high modulus polyester, LAM laminate with aramid or carbon scrim, NYL ripstop nylon for spinnakers and gennakers, ACR acrylic canvas (Sunbrella) for covers and sprayhoods, TAN tan barked polyester for traditional sails';
COMMENT ON COLUMN cloth.wt_oz IS 'Cloth weight in US sailmaker ounces per sail yard';
COMMENT ON COLUMN cloth.stock_m IS 'Metres left on the rack';
COMMENT ON COLUMN cloth.reorder_m IS 'Order more when stock falls to this level';
CREATE TABLE cloth_orders (po_no text, cloth_ref text, supplier text, ord_dt date, metres numeric, cost numeric, exp_dt date, recv_dt date, for_ord integer);
COMMENT ON TABLE cloth_orders IS 'Purchase orders for cloth from the weavers and their UK agents';
COMMENT ON COLUMN cloth_orders.cloth_ref IS 'Cloth ordered (cloth.cloth_cd)';
COMMENT ON COLUMN cloth_orders.exp_dt IS 'Date the supplier promised delivery';
COMMENT ON COLUMN cloth_orders.recv_dt IS 'Date it arrived; NULL still awaited';
COMMENT ON COLUMN cloth_orders.for_ord IS 'Sail order the cloth was bought specially for (sail_orders.ord_no); NULL general stock';
CREATE TABLE quotes (qt_no integer, cust_ref integer, boat_ref integer, qt_dt date, sail_cd text, cloth_ref text, area_m2 numeric, qt_amt numeric, valid_to date, by_stf text, status_cd text, lost_rsn text, comp_nm text);
COMMENT ON TABLE quotes IS 'Quotes for new sails';
COMMENT ON COLUMN quotes.sail_cd IS 'MAIN mainsail, GEN genoa, JIB jib or working jib, SPI symmetric spinnaker, GNK asymmetric gennaker or cruising chute, STAY staysail, GAFF gaff mainsail, TOPS topsail, MIZ mizzen';
COMMENT ON COLUMN quotes.by_stf IS 'Who measured and quoted (loft_staff.stf_cd)';
COMMENT ON COLUMN quotes.status_cd IS 'OPEN waiting for the customer, WON turned into an order, LOST customer went elsewhere or did not go ahead, EXP lapsed';
COMMENT ON COLUMN quotes.lost_rsn IS 'PRICE cheaper elsewhere, TIME could not deliver in time, DEFER customer put it off a year, SOLD boat sold';
COMMENT ON COLUMN quotes.comp_nm IS 'Other loft they went to, where we know (e.g. North Sails, Hyde, Crusader, Kemp)';
CREATE TABLE sail_orders (ord_no integer, qt_ref integer, cust_ref integer, boat_ref integer, sail_cd text, cloth_ref text, luff_mm integer, leech_mm integer, foot_mm integer, area_m2 numeric, reefs integer, batten_cd text, uv_strip_cd text, logo_yn char(1), sail_no_yn char(1), ord_dt date, dep_amt numeric, dep_dt date, price numeric, designer text, promised_dt date, cut_dt date, finished_dt date, delivered_dt date, deliv_cd text, fit_ok_yn char(1), status_cd text, notes text);
COMMENT ON TABLE sail_orders IS 'New sails ordered: the design dimensions and specification, deposit, promised date, progress through the loft and delivery';
COMMENT ON COLUMN sail_orders.qt_ref IS 'Quote it came from (quotes.qt_no)';
COMMENT ON COLUMN sail_orders.boat_ref IS 'Boat (boats.boat_id)';
COMMENT ON COLUMN sail_orders.cloth_ref IS 'Cloth (cloth.cloth_cd)';
COMMENT ON COLUMN sail_orders.reefs IS 'Number of slab reef points (mainsails)';
COMMENT ON COLUMN sail_orders.batten_cd IS 'FULL full length battens, PART short leech battens, NONE battenless (in-mast furling)';
COMMENT ON COLUMN sail_orders.uv_strip_cd IS 'Sacrificial UV strip on the leech and foot of a furling headsail: GREY, NAVY, WHITE, NONE';
COMMENT ON COLUMN sail_orders.designer IS 'Who designed the sail (loft_staff.stf_cd)';
COMMENT ON COLUMN sail_orders.deliv_cd IS 'FIT delivered and bent on by us at the boat, COLL collected from the loft, POST sent by courier';
COMMENT ON COLUMN sail_orders.fit_ok_yn IS 'Y sail set and checked on the boat with no recut needed';
COMMENT ON COLUMN sail_orders.status_cd IS 'DES being designed, WAIT waiting for cloth, CUT cut and on the floor, SEW being sewn, FIN finishing, READY ready for delivery, DEL delivered';
CREATE TABLE repairs (rep_no integer, cust_ref integer, boat_ref integer, sail_desc text, recv_dt date, recv_cd text, dmg_cd text, dmg_note text, est_hrs numeric, est_amt numeric, approved_yn char(1), urgent_yn char(1), stf_ref text, done_dt date, act_hrs numeric, mat_amt numeric, chg_amt numeric, ins_yn char(1), insurer text, claim_ref text, collected_dt date, bag_loc text);
COMMENT ON TABLE repairs IS 'Sails brought in for repair, recutting or servicing';
COMMENT ON COLUMN repairs.recv_cd IS 'How the sail reached us: LOFT dropped at the loft, COLL we collected it from the marina or boat, POST by courier';
COMMENT ON COLUMN repairs.dmg_cd IS 'TEAR tear or split, UV sun-rotted stitching or UV strip, CHAFE chafe on spreaders or stanchions, BAT batten pocket, RECUT reshape a stretched sail, HARD hardware (slides, cars, luff tape, rings), SVC annual check and restitch';
COMMENT ON COLUMN repairs.approved_yn IS 'Y the owner has agreed the estimate and we can start; N waiting for them to say yes';
COMMENT ON COLUMN repairs.stf_ref IS 'Who is doing the repair (loft_staff.stf_cd)';
COMMENT ON COLUMN repairs.ins_yn IS 'Y an insurance claim; insurer and claim_ref give the details and a damage report goes to the insurer';
COMMENT ON COLUMN repairs.collected_dt IS 'Date the sail went back to the owner; NULL still in the loft';
COMMENT ON COLUMN repairs.bag_loc IS 'Shelf in the loft where the bagged sail is waiting';
CREATE TABLE canvas_jobs (cj_no integer, cust_ref integer, boat_ref integer, item_cd text, fabric_ref text, colour text, win_cd text, measure_dt date, fit_dt date, made_by text, made_dt date, price numeric, dep_amt numeric, status_cd text);
COMMENT ON TABLE canvas_jobs IS 'Canvas work: sprayhoods, biminis, stack packs, sail covers, cockpit tents and cushions';
COMMENT ON COLUMN canvas_jobs.item_cd IS 'SPRAY sprayhood, BIM bimini, STACK stack pack (lazy bag), MCOV mainsail cover, TENT cockpit tent, DOD spray dodgers on the guardrails, CUSH cockpit cushions';
COMMENT ON COLUMN canvas_jobs.fabric_ref IS 'Canvas used (cloth.cloth_cd)';
COMMENT ON COLUMN canvas_jobs.win_cd IS 'Window material: STRATA rigid polycarbonate sheet, CLEAR roll PVC, NONE';
COMMENT ON COLUMN canvas_jobs.fit_dt IS 'Date booked to fit it on the boat';
COMMENT ON COLUMN canvas_jobs.made_by IS 'Canvas maker (loft_staff.stf_cd)';
COMMENT ON COLUMN canvas_jobs.status_cd IS 'MEAS measured, MAKE being made, FIT fitted, DONE finished and paid, CXL cancelled';
CREATE TABLE winter_store (bag_no text, cust_ref integer, boat_ref integer, season text, sails_cnt integer, in_dt date, wash_yn char(1), check_yn char(1), rack_loc text, fee numeric, paid_yn char(1), out_dt date, rep_ref integer);
COMMENT ON TABLE winter_store IS 'Sails taken in over the winter to be washed, checked and stored dry until spring fit-out';
COMMENT ON COLUMN winter_store.season IS 'Winter the sails were stored, e.g. 2025/26';
COMMENT ON COLUMN winter_store.check_yn IS 'Inspected for wear; any work found is raised as a repair (rep_ref, repairs.rep_no)';
COMMENT ON COLUMN winter_store.out_dt IS 'Date the sails went back to the owner; NULL still stored';
CREATE TABLE hours_log (log_no integer, stf_ref text, work_dt date, job_typ text, job_ref integer, task_cd text, hrs numeric);
COMMENT ON TABLE hours_log IS 'Hours booked by loft staff against sail orders, repairs and canvas jobs';
COMMENT ON COLUMN hours_log.stf_ref IS 'Staff member (loft_staff.stf_cd)';
COMMENT ON COLUMN hours_log.job_typ IS 'ORD new sail order (sail_orders.ord_no), REP repair (repairs.rep_no), CJ canvas job (canvas_jobs.cj_no), GEN general loft work not on a job';
COMMENT ON COLUMN hours_log.task_cd IS 'DES design, MEAS measuring at the boat, CUT cutting, SEW sewing, HAND hand finishing, FIT fitting at the boat, WASH washing sails';
CREATE TABLE invoices (inv_no text, cust_ref integer, inv_dt date, src_cd text, src_ref integer, net_amt numeric, vat_amt numeric, due_dt date, paid_amt numeric, paid_dt date, pay_cd text);
COMMENT ON TABLE invoices IS 'Sales invoices';
COMMENT ON COLUMN invoices.src_cd IS 'What is being invoiced: ORD sail order, REP repair, CJ canvas job, WS winter storage';
COMMENT ON COLUMN invoices.paid_amt IS 'Amount received so far, including any deposit';
COMMENT ON COLUMN invoices.pay_cd IS 'CARD, BACS, CHQ, CASH';
INSERT INTO customers VALUES
 (201,'Nick Tremayne','07700 920201','nick.tremayne@example.com','Little Trefusis','Flushing','TR11 5TB','FSC','N',0,'N','Y','2012-03-01','Races the working boat Victory on Wednesdays and Saturdays'),
 (202,'Helen Coad','07700 920202','helen.coad@example.com','4 Greenbank','Falmouth','TR11 2SP','RCYC','N',0,'Y','Y','2015-05-10',NULL),
 (203,'Mylor Yacht Charters Ltd','01326 000203','ops@mylorcharter.example','Mylor Yacht Harbour','Mylor','TR11 5UF','NONE','Y',15,'Y','N','2010-01-20','Six Bavaria charter yachts'),
 (204,'Graham Pascoe','07700 920204',NULL,'Chy an Mor','St Mawes','TR2 5DJ','SMSC','N',0,'N','N','2019-09-14',NULL),
 (205,'Ruth Hocking','07700 920205','ruth.h@example.com','17 Trelowarren Street','Camborne','TR14 8AF','MSC','N',0,'N','Y','2021-04-02',NULL),
 (206,'Falmouth Classics Trust','01326 000206','boats@fct.example','The Boatshed, Custom House Quay','Falmouth','TR11 3JT','NONE','N',10,'Y','Y','2008-06-06','Charity; 10% discount agreed'),
 (207,'Peter Olsen','07700 920207','p.olsen@example.com','Ferry Cottage','Helford Passage','TR11 5LB','RCYC','N',0,'N','Y','2024-02-11','J109 owner, races Falmouth Week'),
 (208,'Rick Williams','07700 920208','rick@example.com','2 Bar Terrace','Falmouth','TR11 4RY','NONE','N',0,'N','N','2025-10-03',NULL);
INSERT INTO boats VALUES
 (301,'Victory',201,'FWB','Falmouth Working Boat',28,'GAFF','WB 14','MOOR','NONE','Oyster dredger, licensed'),
 (302,'Sea Pink',202,'SIG','Sigma 33',33,'FR','GBR 4012','PFM','HAR',NULL),
 (303,'Mylor Breeze',203,'CRUISE','Bavaria 37',37,'MH','GBR 2211C','MYL','FAC','Charter yacht'),
 (304,'Mylor Star',203,'CRUISE','Bavaria 41',41,'MH','GBR 2212C','MYL','FAC','Charter yacht'),
 (305,'Curlew',204,'CRUISE','Contessa 32',32,'MH','GBR 8910','MOOR','PRO',NULL),
 (306,'Morwenna',206,'CLASSIC','Pilot cutter replica',38,'GAFF',NULL,'PEN','NONE','Sail training with youth groups'),
 (307,'Jester',207,'J109','J109',35,'FR','GBR 1090R','MYL','NONE',NULL),
 (308,'Good Intent',206,'FWB','Falmouth Working Boat',26,'GAFF','WB 7','MOOR','NONE',NULL),
 (309,'Little Auk',205,'DAY','Drascombe Lugger',19,'KETCH',NULL,'HOME','NONE',NULL),
 (310,'Hoopoe',208,'CRUISE','Westerly Centaur',26,'MH',NULL,'MOOR','PRO','Bought last autumn, sails very tired');
INSERT INTO loft_staff VALUES
 ('JP','Jago Penrose','DES',28,55,'1998-04-01',NULL),('TK','Tamsin Kitto','SEW',16,45,'2015-02-09',NULL),('MB','Mike Bray','CUT',18,45,'2009-08-17',NULL),
 ('LR','Lowenna Rowe','FIN',15,42,'2021-03-01',NULL),('DH','Dave Harvey','CANV',17,45,'2012-11-05',NULL),('SP','Sue Penrose','OFF',14,0,'1998-04-01',NULL),
 ('AC','Alex Carne','SEW',13.5,40,'2024-06-03','2026-03-31');
INSERT INTO cloth VALUES
 ('CH-5.9W','Challenge','Marblehead 5.9','DAC',5.9,'white',137,42,50,18.4,'Cruising mains and genoas to 30 ft'),
 ('CH-7.6W','Challenge','Marblehead 7.6','DAC',7.6,'white',137,96,50,22.1,'Cruising mains 30 to 40 ft'),
 ('DP-HMP8','Dimension-Polyant','Hydranet HMP 8','HMP',8,'white',137,20,30,46.5,'Heavy duty cruising and charter'),
 ('DP-LAM','Dimension-Polyant','CL 20 Aramid laminate','LAM',6,'gold',150,35,20,58,'Racing headsails'),
 ('CO-TAN9','Contender','Traditional tan 9.3','TAN',9.3,'tan',91,60,40,26.8,'Working boat and gaffer sails'),
 ('CO-NYL','Contender','Superkote 75 spinnaker nylon','NYL',0.75,'red',152,28,30,11.5,'Spinnakers and gennakers'),
 ('SB-NAVY','Sunbrella','Plus navy','ACR',NULL,'navy',152,18,25,21,'Sprayhoods, biminis, covers'),
 ('SB-GREY','Sunbrella','Plus charcoal grey','ACR',NULL,'grey',152,40,25,21,'Sprayhoods, biminis, covers'),
 ('CH-5.9C','Challenge','Marblehead 5.9','DAC',5.9,'cream',137,12,10,19.2,'Classic look cruising sails');
INSERT INTO cloth_orders VALUES
 ('PO-2601','CO-TAN9','Contender UK','2026-01-12',100,2680,'2026-02-05','2026-02-03',NULL),
 ('PO-2605','DP-HMP8','Dimension-Polyant UK','2026-04-28',50,2325,'2026-05-20',NULL,4006),
 ('PO-2606','CO-NYL','Contender UK','2026-05-06',40,460,'2026-05-27',NULL,4007),
 ('PO-2607','SB-NAVY','Morbern Europe (Sunbrella)','2026-05-21',30,630,'2026-06-04','2026-06-04',NULL),
 ('PO-2608','CH-5.9W','Challenge Europe','2026-06-02',60,1104,'2026-06-23',NULL,NULL);
INSERT INTO quotes VALUES
 (3401,201,301,'2025-10-10','GAFF','CO-TAN9',46,3450,'2025-12-31','JP','WON',NULL,NULL),
 (3402,202,302,'2025-11-02','GEN','DP-LAM',31,4100,'2026-01-31','JP','LOST','PRICE','North Sails'),
 (3403,203,303,'2026-01-15','MAIN','DP-HMP8',30,3300,'2026-03-31','JP','WON',NULL,NULL),
 (3404,203,304,'2026-01-15','MAIN','DP-HMP8',37,3900,'2026-03-31','JP','WON',NULL,NULL),
 (3405,204,305,'2026-02-02','GEN','CH-7.6W',28,2450,'2026-04-30','JP','LOST','DEFER',NULL),
 (3406,207,307,'2026-03-01','GNK','CO-NYL',95,3600,'2026-05-01','JP','WON',NULL,NULL),
 (3407,206,308,'2026-03-20','GAFF','CO-TAN9',40,3100,'2026-06-30','JP','WON',NULL,NULL),
 (3408,208,310,'2026-05-12','MAIN','CH-5.9W',16,1450,'2026-07-31','JP','OPEN',NULL,NULL),
 (3409,208,310,'2026-05-12','GEN','CH-5.9W',22,1650,'2026-07-31','JP','OPEN',NULL,NULL),
 (3410,207,307,'2026-03-01','JIB','DP-LAM',24,3200,'2026-05-01','JP','LOST','TIME','Hyde Sails'),
 (3411,205,309,'2026-04-05','MIZ','CH-5.9C',4,620,'2026-06-05','JP','EXP',NULL,NULL);
INSERT INTO sail_orders VALUES
 (4001,3401,201,301,'GAFF','CO-TAN9',6100,9800,7400,46,2,'NONE','NONE','N','Y','2025-11-01',1000,'2025-11-01',3450,'JP','2026-03-15','2026-02-10','2026-03-05','2026-03-12','FIT','Y','DEL','Bent on at Flushing before the Easter race'),
 (4004,3403,203,303,'MAIN','DP-HMP8',12900,13600,4100,30,2,'PART','NONE','Y','Y','2026-02-01',990,'2026-02-03',2805,'JP','2026-04-01','2026-03-02','2026-03-25','2026-04-08','FIT','Y','DEL','Charter discount 15% applied'),
 (4006,3404,203,304,'MAIN','DP-HMP8',14300,15100,4600,37,2,'PART','NONE','Y','Y','2026-02-01',1170,'2026-02-03',3315,'MB','2026-05-15',NULL,NULL,NULL,NULL,NULL,'WAIT','Not enough HMP 8 on the rack; waiting for the roll'),
 (4007,3406,207,307,'GNK','CO-NYL',15800,14200,8900,95,0,'NONE','NONE','Y','Y','2026-03-10',1200,'2026-03-10',3600,'JP','2026-06-20',NULL,NULL,NULL,NULL,NULL,'WAIT','Needs red nylon, ordered'),
 (4008,3407,206,308,'GAFF','CO-TAN9',5800,9300,7000,40,2,'NONE','NONE','N','Y','2026-04-01',900,'2026-04-02',2790,'JP','2026-06-12','2026-05-18',NULL,NULL,NULL,NULL,'SEW',NULL),
 (4009,NULL,206,306,'STAY','CO-TAN9',9200,8200,4300,18,0,'NONE','NONE','N','N','2026-04-20',500,'2026-04-20',1520,'MB','2026-06-05','2026-05-20','2026-06-01',NULL,NULL,NULL,'READY','Waiting for a calm day to bend on'),
 (4002,NULL,202,302,'MAIN','CH-7.6W',11800,12500,3900,27,2,'FULL','NONE','N','Y','2025-09-15',800,'2025-09-15',2600,'MB','2025-11-30','2025-11-10','2025-12-05','2025-12-18','COLL','N','DEL','Recut at the leech after first sail, no charge');
INSERT INTO repairs VALUES
 (5101,202,302,'Genoa, Harken furler','2026-04-02','COLL','UV','UV strip stitching rotted along the leech',3,150,'Y','N','TK','2026-04-09',3.5,22,180,'N',NULL,NULL,'2026-04-14',NULL),
 (5102,203,303,'Genoa','2026-05-18','COLL','TEAR','1.2 m tear at the clew after a gybe in 30 knots',4,260,'Y','Y','TK','2026-05-20',4,35,305,'Y','Pantaenius','PAN-26-11820','2026-05-21',NULL),
 (5103,205,309,'Lugsail','2026-05-25','LOFT','CHAFE','Chafe holes where it rubs the mizzen',1.5,70,'Y','N','LR','2026-06-02',1.5,6,69,'N',NULL,NULL,NULL,'Shelf B2'),
 (5104,204,305,'Mainsail','2026-06-01','COLL','BAT','Top batten pocket split, batten lost',2,95,'N','N',NULL,NULL,NULL,NULL,NULL,'N',NULL,NULL,NULL,'Shelf A1'),
 (5105,207,307,'A2 spinnaker','2026-06-03','LOFT','TEAR','Blown out on the broach at the Falmouth Week practice; panel replacement',6,480,'Y','Y','TK',NULL,NULL,NULL,NULL,'Y','Navigators and General','NG-558213',NULL,'Floor'),
 (5106,208,310,'Genoa','2026-05-30','LOFT','RECUT','Baggy, wants the luff recut and new UV strip',5,340,'N','N',NULL,NULL,NULL,NULL,NULL,'N',NULL,NULL,NULL,'Shelf A3'),
 (5107,203,304,'Mainsail','2026-06-05','COLL','HARD','Six slides broken, headboard car cracked',2,160,'Y','Y','LR','2026-06-06',2,48,132,'Y','Pantaenius','PAN-26-12004',NULL,'Shelf B1'),
 (5108,201,301,'Jib','2025-09-20','LOFT','SVC','End of season check',1,45,'Y','N','LR','2025-10-01',1,0,42,'N',NULL,NULL,'2025-10-05',NULL);
INSERT INTO canvas_jobs VALUES
 (601,202,302,'SPRAY','SB-NAVY','navy','STRATA','2026-03-10','2026-05-02','DH','2026-04-28',1850,600,'DONE'),
 (602,204,305,'STACK','SB-GREY','grey','NONE','2026-04-12','2026-06-15','DH',NULL,980,300,'MAKE'),
 (603,208,310,'SPRAY','SB-NAVY','navy','CLEAR','2026-05-20','2026-06-19',NULL,NULL,1450,400,'MEAS'),
 (604,203,303,'BIM','SB-GREY','grey','NONE','2026-04-20','2026-05-28','DH','2026-05-22',1100,0,'FIT'),
 (605,207,307,'DOD','SB-GREY','grey','NONE','2026-05-01','2026-06-12','DH',NULL,420,0,'MAKE'),
 (606,205,309,'MCOV','SB-NAVY','navy','NONE','2026-02-01',NULL,NULL,NULL,380,0,'CXL');
INSERT INTO winter_store VALUES
 ('WS25-01',202,302,'2025/26',3,'2025-10-20','Y','Y','R1-A',180,'Y','2026-04-14',5101),
 ('WS25-02',203,303,'2025/26',2,'2025-11-05','Y','Y','R1-B',120,'Y','2026-03-28',NULL),
 ('WS25-03',203,304,'2025/26',2,'2025-11-05','Y','Y','R1-C',120,'Y','2026-03-28',NULL),
 ('WS25-04',204,305,'2025/26',3,'2025-10-28','Y','Y','R2-A',180,'N',NULL,NULL),
 ('WS25-05',205,309,'2025/26',2,'2025-11-12','N','Y','R2-B',60,'N',NULL,NULL),
 ('WS25-06',207,307,'2025/26',5,'2025-10-15','Y','Y','R3-A',260,'Y','2026-04-01',NULL),
 ('WS25-07',206,306,'2025/26',4,'2025-11-20','N','N','R3-B',0,'Y',NULL,NULL);
INSERT INTO hours_log VALUES
 (1,'TK','2026-06-01','REP',5105,'SEW',0),(2,'TK','2026-06-02','ORD',4008,'SEW',7.5),(3,'TK','2026-06-03','ORD',4008,'SEW',7),(4,'TK','2026-06-04','REP',5105,'SEW',6.5),
 (5,'TK','2026-06-05','REP',5105,'SEW',3),(6,'LR','2026-06-02','REP',5103,'HAND',1.5),(7,'LR','2026-06-06','REP',5107,'HAND',2),(8,'DH','2026-06-03','CJ',602,'SEW',6),
 (9,'DH','2026-06-04','CJ',605,'SEW',5),(10,'MB','2026-05-18','ORD',4008,'CUT',6),(11,'MB','2026-05-20','ORD',4009,'CUT',5),(12,'JP','2026-05-12','GEN',NULL,'MEAS',3),
 (13,'TK','2026-05-20','REP',5102,'SEW',4),(14,'TK','2026-05-27','ORD',4009,'SEW',7.5),(15,'TK','2026-06-08','ORD',4008,'SEW',7.5),(16,'LR','2026-06-01','ORD',4009,'HAND',6);
INSERT INTO invoices VALUES
 ('PS-26-041',201,'2026-03-12','ORD',4001,2875,575,'2026-03-12',3450,'2026-03-14','BACS'),
 ('PS-26-052',203,'2026-04-08','ORD',4004,2337.5,467.5,'2026-05-08',2805,'2026-05-02','BACS'),
 ('PS-26-055',202,'2026-04-14','REP',5101,150,30,'2026-05-14',180,'2026-04-20','CARD'),
 ('PS-26-058',202,'2026-05-02','CJ',601,1541.67,308.33,'2026-06-01',600,'2026-03-10','CARD'),
 ('PS-26-063',203,'2026-05-21','REP',5102,254.17,50.83,'2026-06-20',0,NULL,NULL),
 ('PS-26-064',203,'2026-05-28','CJ',604,916.67,183.33,'2026-06-27',0,NULL,NULL),
 ('PS-26-066',204,'2026-04-30','WS',NULL,150,30,'2026-04-30',0,NULL,NULL),
 ('PS-26-067',205,'2026-04-30','WS',NULL,50,10,'2026-04-30',0,NULL,NULL);
