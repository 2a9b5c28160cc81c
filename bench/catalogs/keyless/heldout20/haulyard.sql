-- A boatyard doing lift-outs, winter storage and antifouling (wide yard work order table, boat owners beside yard hands, lifts beside storage on the hard, antifouling paint stock beside hazardous waste): owners, vessels, travel hoists, yard staff, lifts, hardstanding plots, storage, work orders, paints, DIY work permits, waste log and invoices. No keys declared.
CREATE SCHEMA haulyard;
SET search_path = haulyard;
COMMENT ON SCHEMA haulyard IS 'Heybridge Basin Boatyard, an independent tidal boatyard on the Blackwater estuary at Heybridge, Essex, with a 35-tonne and a 12-tonne travel hoist, a slipway, about 160 hardstanding spaces, a covered shed for refits and a mast rack: it lifts boats out in the autumn and back in for the spring (only two hours either side of high water), pressure washes the hulls, stores boats on stands or in their own cradles over the winter, antifouls, polishes and fits anodes, winterises engines, unsteps and restores masts, allows owners to work on their own boats under a DIY permit, and disposes of antifouling scrapings, old paint and oil as hazardous waste';
CREATE TABLE owners (own_no integer, title text, fnm text, snm text, tel text, email text, addr1 text, town text, pcode text, club_cd text, berth_holder_yn char(1), acct_yn char(1), keys_held_yn char(1), notes text);
COMMENT ON TABLE owners IS 'Boat owners who use the yard';
COMMENT ON COLUMN owners.club_cd IS 'BYC Blackwater Sailing Club, MYC Maldon Yacht Club, HBYC Heybridge Basin cruising club, NONE';
COMMENT ON COLUMN owners.berth_holder_yn IS 'Y also rents a mooring or a berth in the basin from us';
COMMENT ON COLUMN owners.keys_held_yn IS 'Y we hold a set of the boat keys in the office';
CREATE TABLE vessels (vsl_no integer, vsl_nm text, own_ref integer, vsl_cd text, make_mdl text, yr_built integer, hull_cd text, loa_m numeric, beam_m numeric, draft_m numeric, disp_t numeric, keel_cd text, mast_yn char(1), mast_len_m numeric, eng_cd text, ssr_no text, insurer text, ins_exp date, sling_note text);
COMMENT ON TABLE vessels IS 'Boats, with the dimensions and weight we need to lift and store them safely';
COMMENT ON COLUMN vessels.own_ref IS 'Owner (owners.own_no)';
COMMENT ON COLUMN vessels.vsl_cd IS 'SAIL sailing yacht, MOT motor cruiser, CAT catamaran, BARGE Thames sailing barge or smack, WORK workboat or RIB';
COMMENT ON COLUMN vessels.hull_cd IS 'GRP glass fibre, STEEL, WOOD, ALU aluminium, FERRO ferro-cement';
COMMENT ON COLUMN vessels.disp_t IS 'Weight out of the water, tonnes; over 12 needs the big hoist';
COMMENT ON COLUMN vessels.keel_cd IS 'FIN fin keel (needs stands both sides), LONG long keel, BILGE twin bilge keels (sits on her own keels), LIFT lifting or swing keel (must be raised before lifting), CB centreboard';
COMMENT ON COLUMN vessels.eng_cd IS 'IB inboard diesel, SD saildrive, OB outboard, NONE';
COMMENT ON COLUMN vessels.ssr_no IS 'Small Ships Register number, if registered';
COMMENT ON COLUMN vessels.ins_exp IS 'Insurance renewal date; the yard rules require third party cover of at least £3 million while the boat is with us';
COMMENT ON COLUMN vessels.sling_note IS 'Where the slings must go, from the builder''s lifting plan or past lifts (e.g. aft sling forward of the saildrive leg)';
CREATE TABLE hoists (hoist_cd text, hoist_nm text, swl_t numeric, max_beam_m numeric, loler_dt date, loler_exp date, last_svc_dt date, oou_yn char(1));
COMMENT ON TABLE hoists IS 'Lifting equipment: travel hoists and the slipway winch';
COMMENT ON COLUMN hoists.swl_t IS 'Safe working load, tonnes';
COMMENT ON COLUMN hoists.loler_exp IS 'Date the six-monthly thorough examination under LOLER expires; the hoist may not be used after it';
COMMENT ON COLUMN hoists.oou_yn IS 'Y out of use';
CREATE TABLE yard_staff (emp_cd text, emp_nm text, role_cd text, hoist_ok_yn char(1), hoist_cert_exp date, fork_yn char(1), start_dt date, leave_dt date, hrly_chg numeric);
COMMENT ON TABLE yard_staff IS 'People working in the yard and office';
COMMENT ON COLUMN yard_staff.role_cd IS 'FORE yard foreman, HAND yard hand, ENG marine engineer, PAINT painter and GRP repairer, RIG rigger, OFF office';
COMMENT ON COLUMN yard_staff.hoist_ok_yn IS 'Y trained and signed off to drive the travel hoist';
COMMENT ON COLUMN yard_staff.hrly_chg IS 'Hourly labour rate charged to customers for their time';
CREATE TABLE lifts (lift_no integer, vsl_ref integer, lift_dt date, hw_tm time, slot_tm time, dir_cd text, hoist_ref text, driver_ref text, wash_yn char(1), hold_hrs numeric, fee_amt numeric, status_cd text, notes text);
COMMENT ON TABLE lifts IS 'Lift-outs and launches with the travel hoist, booked on the tide';
COMMENT ON COLUMN lifts.vsl_ref IS 'Boat (vessels.vsl_no)';
COMMENT ON COLUMN lifts.hw_tm IS 'High water at Heybridge Basin that day; lifts can only happen two hours either side';
COMMENT ON COLUMN lifts.dir_cd IS 'OUT lift out onto the hard, IN launch back into the water, HANG lift and hold in the slings (for a quick scrub or survey) then relaunch';
COMMENT ON COLUMN lifts.hoist_ref IS 'Hoist used (hoists.hoist_cd)';
COMMENT ON COLUMN lifts.driver_ref IS 'Hoist driver (yard_staff.emp_cd)';
COMMENT ON COLUMN lifts.wash_yn IS 'Y pressure washed off after lifting out';
COMMENT ON COLUMN lifts.hold_hrs IS 'Hours held in the slings, for HANG lifts';
COMMENT ON COLUMN lifts.status_cd IS 'BKD booked, DONE, CXL cancelled, MOVED moved to another tide';
CREATE TABLE plots (plot_ref text, area_cd text, max_loa_m numeric, power_yn char(1), water_yn char(1), cover_yn char(1), note text);
COMMENT ON TABLE plots IS 'Spaces where boats can be stored ashore';
COMMENT ON COLUMN plots.area_cd IS 'NH north hardstanding (concrete), SH south hardstanding (hardcore), SHED covered refit shed, DIN dinghy and small boat park';
CREATE TABLE storage (stor_no integer, vsl_ref integer, plot_ref text, season text, in_dt date, exp_out_dt date, out_dt date, support_cd text, rate_m_wk numeric, mast_rack_yn char(1), shrink_yn char(1), power_yn char(1), fee_amt numeric);
COMMENT ON TABLE storage IS 'Boats stored ashore: where, from when to when, how supported and the storage charge';
COMMENT ON COLUMN storage.vsl_ref IS 'Boat (vessels.vsl_no)';
COMMENT ON COLUMN storage.plot_ref IS 'Space (plots.plot_ref)';
COMMENT ON COLUMN storage.season IS 'Winter season, e.g. 2025/26, or ALLYR for boats ashore all year';
COMMENT ON COLUMN storage.exp_out_dt IS 'Date the owner said the boat would be going back in';
COMMENT ON COLUMN storage.out_dt IS 'Date the boat left the plot; NULL still ashore';
COMMENT ON COLUMN storage.support_cd IS 'STANDS yard boat stands and keel blocks, CRADLE owner''s cradle, YCRADLE yard cradle hired, TRAILER on her own trailer';
COMMENT ON COLUMN storage.rate_m_wk IS 'Charge per metre of length per week';
COMMENT ON COLUMN storage.mast_rack_yn IS 'Y the mast is stored in the mast rack';
COMMENT ON COLUMN storage.shrink_yn IS 'Y shrink-wrapped for the winter';
CREATE TABLE work_orders (wo_no integer, vsl_ref integer, raised_dt date, task_cd text, descr text, paint_ref text, coats integer, area_m2 numeric, emp_ref text, sched_dt date, done_dt date, hrs numeric, mat_amt numeric, lab_amt numeric, quote_amt numeric, status_cd text);
COMMENT ON TABLE work_orders IS 'Work the yard does on boats';
COMMENT ON COLUMN work_orders.task_cd IS 'ANTIF antifouling, POL polish and wax topsides, ANODE replace anodes, ENGW engine winterisation, ENGS engine service, OSMO osmosis treatment, STERN sterngear and cutless bearing, MAST unstep or step mast, GRP GRP repair, VALVE seacock replacement';
COMMENT ON COLUMN work_orders.paint_ref IS 'Antifouling or primer used (paints.paint_cd)';
COMMENT ON COLUMN work_orders.emp_ref IS 'Who does it (yard_staff.emp_cd)';
COMMENT ON COLUMN work_orders.status_cd IS 'REQ requested, SCHED scheduled, WIP in progress, DONE, HOLD on hold waiting for the owner';
CREATE TABLE paints (paint_cd text, brand text, product text, af_typ text, colour text, tin_l numeric, stock_tins integer, min_tins integer, cost_amt numeric, price_amt numeric, biocide_cd text);
COMMENT ON TABLE paints IS 'Antifouling, primers and other paint kept in the chandlery store';
COMMENT ON COLUMN paints.af_typ IS 'Type: ERO eroding (self-polishing) antifouling, HARD hard antifouling for fast boats and drying moorings, COP copper-free antifouling, PRIM epoxy primer or barrier coat, TOP topside enamel';
COMMENT ON COLUMN paints.biocide_cd IS 'CU cuprous oxide, ZN zinc pyrithione, ECO copper free biocide, NONE';
CREATE TABLE diy_permits (permit_no text, vsl_ref integer, issued_dt date, exp_dt date, work_desc text, contractor_nm text, contr_ins_seen_yn char(1), hot_work_yn char(1), sanding_yn char(1), tarp_yn char(1), fee_amt numeric);
COMMENT ON TABLE diy_permits IS 'Permits for owners, or outside contractors they bring in, to work on boats stored in the yard';
COMMENT ON COLUMN diy_permits.contractor_nm IS 'Outside contractor doing the work; NULL the owner is doing it themselves';
COMMENT ON COLUMN diy_permits.contr_ins_seen_yn IS 'Y we have seen the outside contractor''s public liability insurance';
COMMENT ON COLUMN diy_permits.hot_work_yn IS 'Y welding, grinding or heat guns, needing a fire watch and extinguisher';
COMMENT ON COLUMN diy_permits.sanding_yn IS 'Y sanding antifouling, only allowed with dust extraction and ground sheets';
CREATE TABLE waste_log (wl_no integer, wl_dt date, waste_cd text, qty numeric, uom text, vsl_ref integer, carrier text, cons_note text, cost_amt numeric);
COMMENT ON TABLE waste_log IS 'Hazardous and controlled waste collected from the yard';
COMMENT ON COLUMN waste_log.waste_cd IS 'AF antifouling scrapings and wash-down sludge from the interceptor, TINS empty paint tins, OIL used engine oil, FILT oil filters, BATT batteries, SOLV thinners and solvents, GRP GRP dust and offcuts';
COMMENT ON COLUMN waste_log.uom IS 'KG, L litres, NO number of items';
COMMENT ON COLUMN waste_log.vsl_ref IS 'Boat the waste came from, where known (vessels.vsl_no)';
COMMENT ON COLUMN waste_log.cons_note IS 'Hazardous waste consignment note number';
CREATE TABLE invoices (inv_no text, own_ref integer, inv_dt date, descr text, net_amt numeric, vat_amt numeric, due_dt date, paid_amt numeric, paid_dt date);
COMMENT ON TABLE invoices IS 'Invoices to boat owners for lifts, storage and yard work';
COMMENT ON COLUMN invoices.own_ref IS 'Owner (owners.own_no)';
INSERT INTO owners VALUES
 (11,'Mr','Alan','Finch','07700 950011','alan.finch@example.com','3 Goldhanger Road','Heybridge','CM9 4QT','BYC','Y','Y','Y',NULL),
 (12,'Mrs','Sheila','Dunmore','07700 950012','sheila.d@example.com','18 Market Hill','Maldon','CM9 4PZ','MYC','N','N','N',NULL),
 (13,'Mr','Kevin','Osei','07700 950013','k.osei@example.com','Flat 6, Quayside','Chelmsford','CM2 6FL','NONE','Y','N','Y','Pays late every year'),
 (14,'Dr','Rachel','Winter','07700 950014','r.winter@example.com','The Granary','Tollesbury','CM9 8RG','HBYC','N','Y','N',NULL),
 (15,'Mr','Bob','Chaplin','07700 950015',NULL,'22 Fambridge Road','Maldon','CM9 6BE','NONE','N','N','Y','Owner of the smack'),
 (16,'Mr','Marcus','Lee','07700 950016','marcus.lee@example.com','9 Rectory Lane','Witham','CM8 2NP','MYC','Y','N','N',NULL),
 (17,'Ms','Jo','Pettit','07700 950017','jo.p@example.com','4 The Strand','Burnham-on-Crouch','CM0 8AS','NONE','N','N','N',NULL);
INSERT INTO vessels VALUES
 (301,'Curlew II',11,'SAIL','Westerly Konsort',1984,'GRP',8.8,3.0,1.0,4.5,'BILGE','Y',10.5,'IB',NULL,'Navigators and General','2026-11-01',NULL),
 (302,'Tern',12,'SAIL','Hunter Impala 28',1982,'GRP',8.5,2.9,1.6,2.8,'FIN','Y',11,'OB',NULL,'GJW Direct','2026-03-31',NULL),
 (303,'Blue Moon',13,'MOT','Fairline Targa 34',2002,'GRP',10.9,3.4,0.9,7.2,'NONE','N',NULL,'IB','SSR 142233','Haven Knox-Johnston','2026-09-15','Aft sling clear of the P-brackets'),
 (304,'Saoirse',14,'SAIL','Southerly 110',2005,'GRP',11.1,3.7,2.1,7.9,'LIFT','Y',15,'IB','SSR 150871','Pantaenius','2027-02-28','Keel must be fully raised and pinned before lifting'),
 (305,'Boy Leslie',15,'BARGE','Essex oyster smack',1894,'WOOD',12.5,3.6,1.5,14,'LONG','Y',11.8,'IB',NULL,'Topsail Insurance','2026-05-31','Use the wide slings, old planking'),
 (306,'Windrush',16,'SAIL','Beneteau Oceanis 38',2017,'GRP',11.5,3.9,1.9,7.5,'FIN','Y',16.5,'SD',NULL,'Navigators and General','2026-08-20','Aft sling forward of the saildrive leg'),
 (307,'Jolly Roger',17,'WORK','Ribcraft 5.85 RIB',2015,'GRP',5.9,2.4,0.5,1.1,'NONE','N',NULL,'OB',NULL,NULL,NULL,NULL),
 (308,'Halcyon',16,'CAT','Prout Snowgoose 37',1990,'GRP',11.3,4.9,0.9,6.5,'NONE','Y',14,'IB',NULL,'Navigators and General','2026-08-20','Too wide for the small hoist');
INSERT INTO hoists VALUES
 ('TH35','35 tonne Wise travel hoist',35,5.8,'2026-01-12','2026-07-12','2025-11-03','N'),
 ('TH12','12 tonne Roodberg travel hoist',12,4.2,'2025-12-02','2026-06-02','2025-10-14','N'),
 ('SLIP','Slipway and trolley winch',20,6.5,'2025-09-20','2026-09-20','2025-09-20','N');
INSERT INTO yard_staff VALUES
 ('DG','Dave Goody','FORE','Y','2027-03-31','Y','2001-04-02',NULL,48),('LM','Liam Mott','HAND','Y','2026-05-31','Y','2018-09-03',NULL,38),
 ('SW','Sam Wiles','HAND','N',NULL,'Y','2024-03-04',NULL,34),('PK','Pete Kemp','ENG','N',NULL,'N','2012-06-11',NULL,58),
 ('TR','Tina Rowe','PAINT','N',NULL,'N','2016-02-01',NULL,42),('JH','Jenny Harris','OFF','N',NULL,'N','2010-05-17',NULL,0),
 ('MB','Mick Brand','HAND','Y','2026-12-31','Y','2020-10-05','2026-02-28',38);
INSERT INTO lifts VALUES
 (1,301,'2025-10-18','11:40','10:30','OUT','TH12','DG','Y',NULL,178,'DONE',NULL),
 (2,302,'2025-10-18','11:40','12:00','OUT','TH12','LM','Y',NULL,170,'DONE',NULL),
 (3,303,'2025-10-25','16:10','15:00','OUT','TH35','DG','Y',NULL,240,'DONE',NULL),
 (4,304,'2025-11-01','09:20','08:30','OUT','TH35','DG','Y',NULL,245,'DONE','Keel raised and pinned, checked by Dave'),
 (5,305,'2025-11-08','14:30','13:30','OUT','TH35','MB','Y',NULL,320,'DONE',NULL),
 (6,306,'2025-11-08','14:30','15:30','OUT','TH35','MB','Y',NULL,250,'DONE',NULL),
 (7,308,'2025-11-15','09:50','09:00','OUT','TH35','DG','Y',NULL,300,'DONE',NULL),
 (8,301,'2026-04-04','12:15','11:30','IN','TH12','LM','N',NULL,178,'DONE',NULL),
 (9,306,'2026-04-18','11:05','10:30','IN','TH35','DG','N',NULL,250,'DONE',NULL),
 (10,307,'2026-04-25','15:40','15:00','HANG','TH12','LM','N',1.5,95,'DONE','Quick scrub and new anode'),
 (11,304,'2026-06-13','10:20','09:30','IN','TH35','DG','N',NULL,245,'BKD',NULL),
 (12,302,'2026-06-13','10:20','11:00','IN','TH12','LM','N',NULL,170,'BKD','Insurance needs renewing before launch'),
 (13,303,'2026-06-16','13:05','12:30','IN','TH35','DG','N',NULL,240,'BKD',NULL),
 (14,305,'2026-05-09','08:40','08:00','IN','TH35','DG','N',NULL,320,'MOVED','Owner not ready, caulking not finished'),
 (15,308,'2026-05-23','14:20','14:00','IN','TH35','DG','N',NULL,300,'DONE',NULL);
INSERT INTO plots VALUES
 ('NH-01','NH',12,'Y','Y','N',NULL),('NH-02','NH',12,'Y','Y','N',NULL),('NH-03','NH',14,'Y','Y','N','Wide bay for catamarans'),
 ('SH-10','SH',10,'N','N','N',NULL),('SH-11','SH',10,'N','N','N',NULL),('SHED-1','SHED',15,'Y','Y','Y','Refit bay'),
 ('SHED-2','SHED',13,'Y','Y','Y',NULL),('DIN-05','DIN',6,'N','N','N',NULL);
INSERT INTO storage VALUES
 (1,301,'SH-10','2025/26','2025-10-18','2026-04-04','2026-04-04','STANDS',2.1,'N','N','N',462.34),
 (2,302,'SH-11','2025/26','2025-10-18','2026-04-30',NULL,'CRADLE',2.1,'Y','N','N',NULL),
 (3,303,'NH-01','2025/26','2025-10-25','2026-04-11',NULL,'STANDS',2.4,'N','Y','Y',NULL),
 (4,304,'SHED-1','2025/26','2025-11-01','2026-04-05',NULL,'YCRADLE',4.5,'Y','N','Y',NULL),
 (5,305,'SHED-2','2025/26','2025-11-08','2026-03-31',NULL,'STANDS',4.5,'Y','N','Y',NULL),
 (6,306,'NH-02','2025/26','2025-11-08','2026-04-18','2026-04-18','STANDS',2.4,'Y','N','Y',630.7),
 (7,307,'DIN-05','ALLYR','2025-06-01',NULL,NULL,'TRAILER',1.5,'N','N','N',NULL),
 (8,308,'NH-03','2025/26','2025-11-15','2026-05-23','2026-05-23','STANDS',2.4,'Y','N','Y',739.3);
INSERT INTO work_orders VALUES
 (701,301,'2026-02-10','ANTIF','Scrape, two coats antifoul','AF-MIC-BL',2,19,'TR','2026-03-20','2026-03-21',5,96,210,NULL,'DONE'),
 (702,303,'2026-02-15','ENGS','Service both Volvo KAD engines',NULL,NULL,NULL,'PK','2026-03-10','2026-03-12',9,240,522,NULL,'DONE'),
 (703,303,'2026-02-15','ANTIF','Antifoul, hard, one coat plus leading edges','AF-HARD-BK',1,25,'TR','2026-06-12',NULL,NULL,NULL,NULL,NULL,'SCHED'),
 (704,304,'2026-01-20','OSMO','Osmosis treatment, peel, dry and five coats epoxy','PR-GEL',5,28,'TR','2026-02-01',NULL,120,1850,5040,7200,'WIP'),
 (705,304,'2026-01-20','ANTIF','Antifoul after osmosis treatment','AF-MIC-BL',3,28,'TR','2026-06-08',NULL,NULL,NULL,NULL,NULL,'SCHED'),
 (706,306,'2026-02-01','ANTIF','Two coats antifoul, saildrive leg in Trilux','AF-MIC-BL',2,24,'TR','2026-04-10','2026-04-11',6,145,252,NULL,'DONE'),
 (707,306,'2026-02-01','ANODE','Saildrive anode and propeller anode',NULL,NULL,NULL,'SW','2026-04-10','2026-04-10',1,68,34,NULL,'DONE'),
 (708,305,'2026-03-01','MAST','Unstep mast for new shrouds',NULL,NULL,NULL,'DG','2026-03-05','2026-03-05',3,0,144,NULL,'DONE'),
 (709,302,'2026-03-15','ANTIF','Antifoul','AF-ECO-RD',2,17,NULL,NULL,NULL,NULL,NULL,NULL,380,'HOLD'),
 (710,308,'2026-02-20','POL','Polish and wax topsides',NULL,NULL,NULL,'SW','2026-05-15','2026-05-16',8,40,272,NULL,'DONE'),
 (711,303,'2026-05-28','ENGW','Winterise engines',NULL,NULL,NULL,'PK',NULL,NULL,NULL,NULL,NULL,NULL,'REQ');
INSERT INTO paints VALUES
 ('AF-MIC-BL','International','Micron Extra 2','ERO','dark blue',2.5,6,10,98,152,'CU'),
 ('AF-MIC-BK','International','Micron Extra 2','ERO','black',2.5,12,10,98,152,'CU'),
 ('AF-HARD-BK','Hempel','Hard Racing Xtra','HARD','black',2.5,4,4,88,139,'CU'),
 ('AF-ECO-RD','Coppercoat / Seajet','Seajet 039 Eco','COP','red',2.5,3,4,72,119,'ECO'),
 ('PR-GEL','International','Gelshield 200','PRIM','grey',2.5,15,6,70,108,'NONE'),
 ('TS-TOP-WH','International','Toplac Plus','TOP','white',0.75,5,3,32,49,'NONE');
INSERT INTO diy_permits VALUES
 ('DIY-26-004',302,'2026-03-01','2026-05-31','Owner antifouling and polishing',NULL,'N','N','N','Y',0),
 ('DIY-26-007',305,'2026-02-10','2026-06-30','Recaulk seams and replace two planks','Harwich Shipwrights','Y','Y','N','Y',50),
 ('DIY-26-009',303,'2026-04-02','2026-05-31','Replace canopy and cockpit upholstery','Essex Marine Canvas','N','N','N','N',50),
 ('DIY-26-011',308,'2026-03-20','2026-05-31','Install solar panels','Sun Sea Electrics','N','N','N','N',50),
 ('DIY-26-012',304,'2026-05-01','2026-06-30','Owner fitting new instruments',NULL,'N','N','N','N',0);
INSERT INTO waste_log VALUES
 (1,'2026-01-20','AF',320,'KG',NULL,'Eco Marine Waste Ltd','HWCN-26-0112',410),(2,'2026-01-20','TINS',85,'NO',NULL,'Eco Marine Waste Ltd','HWCN-26-0112',60),
 (3,'2026-03-02','OIL',180,'L',303,'Essex Oil Recovery','HWCN-26-0201',0),(4,'2026-03-02','FILT',6,'NO',303,'Essex Oil Recovery','HWCN-26-0201',12),
 (5,'2026-04-28','AF',460,'KG',NULL,'Eco Marine Waste Ltd','HWCN-26-0355',585),(6,'2026-04-28','SOLV',40,'L',NULL,'Eco Marine Waste Ltd','HWCN-26-0355',95),
 (7,'2026-05-12','GRP',210,'KG',304,'Eco Marine Waste Ltd','HWCN-26-0401',260),(8,'2025-11-30','BATT',4,'NO',305,'Essex Oil Recovery','HWCN-25-0988',0);
INSERT INTO invoices VALUES
 ('HB-26-011',11,'2026-04-04','Winter storage and lifts 2025/26',818.34,163.67,'2026-05-04',982.01,'2026-04-20'),
 ('HB-26-014',13,'2026-03-12','Engine service',762,152.4,'2026-04-11',0,NULL),
 ('HB-26-019',16,'2026-04-18','Storage, lifts and antifouling, Windrush',1565.7,313.14,'2026-05-18',1878.84,'2026-05-30'),
 ('HB-26-024',16,'2026-05-23','Storage, lifts and polishing, Halcyon',1611.3,322.26,'2026-06-22',0,NULL),
 ('HB-26-025',14,'2026-05-01','Osmosis treatment, stage payment',3000,600,'2026-05-31',1800,'2026-05-29'),
 ('HB-26-026',15,'2026-03-05','Mast unstep',144,28.8,'2026-04-04',0,NULL);
