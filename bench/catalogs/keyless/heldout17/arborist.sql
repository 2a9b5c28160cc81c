-- A tree surgery and arboriculture contractor (wide job sheet, crew beside customers, quotes beside jobs, climbing kit beside its inspections, firewood sales beside green waste tipping): customers, quotes, jobs, crew, council tree applications, kit, kit inspections, vehicles and plant, timesheets, waste tickets, log sales, invoices and damage claims. No keys declared.
CREATE SCHEMA arborist;
SET search_path = arborist;
COMMENT ON SCHEMA arborist IS 'Ashdown Arboriculture, a tree surgery firm based on a farm yard near Crowborough, East Sussex, working across the Weald for homeowners, councils, housing associations, schools and block management companies: crown reductions, thinning and lifting, felling and section felling, pollarding, hedge work, stump grinding and storm damage call-outs; trees under a Tree Preservation Order need the council''s consent and trees in a conservation area need six weeks'' notice before work, every job between March and August needs a nesting bird check, climbers must hold NPTC CS38 and keep their aerial rescue current, ropes and harnesses are thoroughly examined under LOLER every six months, chip and brash go to the green waste site, and seasoned hardwood logs from our own work are sold as firewood in the winter';
CREATE TABLE customers (cust_no integer, cust_typ text, cust_nm text, addr1 text, town text, pcode text, tel text, email text, acct_yn char(1), terms_days integer, notes text);
COMMENT ON TABLE customers IS 'Customers for tree work (firewood buyers are recorded on log_sales only)';
COMMENT ON COLUMN customers.cust_typ IS 'DOM homeowner, COM business premises, LA district, borough or parish council, HA housing association, MGMT estate or block management company, SCH school';
COMMENT ON COLUMN customers.acct_yn IS 'Y invoiced on account and pays within terms_days; N pays on completion';
CREATE TABLE quotes (qt_no integer, cust_ref integer, site_addr text, surv_dt date, surveyor integer, work_txt text, net_amt numeric, valid_to date, status_cd text, chased_dt date);
COMMENT ON TABLE quotes IS 'Quotations written after a site survey';
COMMENT ON COLUMN quotes.cust_ref IS 'customers.cust_no';
COMMENT ON COLUMN quotes.surveyor IS 'Arborist who surveyed and priced the work (crew.emp_no)';
COMMENT ON COLUMN quotes.status_cd IS 'SENT waiting for an answer, ACC accepted, DEC declined, LAPSED no answer by valid_to';
COMMENT ON COLUMN quotes.chased_dt IS 'Date we last chased the customer for an answer';
CREATE TABLE jobs (job_no integer, qt_ref integer, cust_ref integer, site_addr text, pcode text, tree_spp text, tree_cnt integer, h_m numeric, dbh_cm integer, work_cd text, tpo_yn char(1), ca_yn char(1), consent_ref text, consent_dt date, nest_chk_dt date, nest_found_yn char(1), bat_chk_yn char(1), rams_yn char(1), sched_dt date, days_est numeric, crew_lead integer, climbers_n integer, mewp_yn char(1), chipper_ref text, tm_yn char(1), road_perm_ref text, stump_yn char(1), arisings_cd text, done_dt date, price numeric, status_cd text, inv_ref text, notes text);
COMMENT ON TABLE jobs IS 'Job sheet for every piece of tree work: site, trees, the work, legal protection and consent, wildlife checks, risk assessment, date, crew and plant, traffic management, what happens to the wood, completion, price and invoice';
COMMENT ON COLUMN jobs.qt_ref IS 'Quote the job came from (quotes.qt_no); NULL for emergency and repeat contract work';
COMMENT ON COLUMN jobs.cust_ref IS 'customers.cust_no';
COMMENT ON COLUMN jobs.tree_spp IS 'Main tree species, common name';
COMMENT ON COLUMN jobs.h_m IS 'Height of the tallest tree, metres';
COMMENT ON COLUMN jobs.dbh_cm IS 'Trunk diameter at breast height, centimetres';
COMMENT ON COLUMN jobs.work_cd IS 'FELL felling, SEC section felling (taken down in pieces by a climber), RED crown reduction, THIN crown thin, LIFT crown lift, DEAD deadwooding, POLL pollarding, HEDGE hedge cutting or reduction, STUMP stump grinding only, EMERG storm damage emergency call-out';
COMMENT ON COLUMN jobs.tpo_yn IS 'Tree has a Tree Preservation Order: written consent from the council is needed before any work';
COMMENT ON COLUMN jobs.ca_yn IS 'Site is in a conservation area: six weeks'' notice (a section 211 notice) must be given to the council before work';
COMMENT ON COLUMN jobs.consent_ref IS 'Council application or notice reference (tpo_apps.app_ref)';
COMMENT ON COLUMN jobs.consent_dt IS 'Date consent was granted or the six-week notice ran out with no objection; NULL not yet';
COMMENT ON COLUMN jobs.nest_chk_dt IS 'Date of the pre-work check for nesting birds; required before any work from 1 March to 31 August';
COMMENT ON COLUMN jobs.nest_found_yn IS 'Active nest found, so the work was stopped or postponed';
COMMENT ON COLUMN jobs.bat_chk_yn IS 'Ground level bat roost assessment done';
COMMENT ON COLUMN jobs.rams_yn IS 'Site-specific risk assessment and method statement written';
COMMENT ON COLUMN jobs.crew_lead IS 'Team leader on the job (crew.emp_no)';
COMMENT ON COLUMN jobs.mewp_yn IS 'Cherry picker (mobile elevating work platform) used instead of climbing';
COMMENT ON COLUMN jobs.chipper_ref IS 'Chipper taken (vehicles.veh_cd)';
COMMENT ON COLUMN jobs.tm_yn IS 'Traffic management needed (signs, lights or a road closure)';
COMMENT ON COLUMN jobs.road_perm_ref IS 'Highway licence or road closure reference from East Sussex Highways';
COMMENT ON COLUMN jobs.stump_yn IS 'Stump grinding included';
COMMENT ON COLUMN jobs.arisings_cd IS 'What happens to the wood: TAKE chipped and taken away, LOGS cut into rings and left for the customer, LEAVE left on site as habitat piles, SELL taken for our firewood';
COMMENT ON COLUMN jobs.status_cd IS 'BOOK waiting for a date, SCHED date booked, HOLD waiting on consent, nesting birds or the customer, DONE work finished, INV invoiced, CXL cancelled';
COMMENT ON COLUMN jobs.inv_ref IS 'invoices.inv_no';
CREATE TABLE crew (emp_no integer, emp_nm text, role_cd text, cs30_yn char(1), cs31_yn char(1), cs38_yn char(1), cs39_yn char(1), aerial_rescue_dt date, first_aid_exp date, c1_lic_yn char(1), day_rate numeric, start_dt date, leave_dt date);
COMMENT ON TABLE crew IS 'Our people: arborists, team leaders, climbers, groundworkers and office';
COMMENT ON COLUMN crew.role_cd IS 'ARB arborist (surveys, quotes, council applications, also climbs), LEAD team leader and climber, CLM climber, GND groundworker, OFF office';
COMMENT ON COLUMN crew.cs30_yn IS 'NPTC CS30 chainsaw maintenance and cross-cutting';
COMMENT ON COLUMN crew.cs31_yn IS 'NPTC CS31 felling small trees';
COMMENT ON COLUMN crew.cs38_yn IS 'NPTC CS38 tree climbing and aerial rescue; nobody climbs without it';
COMMENT ON COLUMN crew.cs39_yn IS 'NPTC CS39 using a chainsaw from a rope and harness';
COMMENT ON COLUMN crew.aerial_rescue_dt IS 'Last aerial rescue refresher; climbers must refresh at least every two years';
COMMENT ON COLUMN crew.c1_lic_yn IS 'Driving licence covers C1, needed for the 7.2 tonne tipper';
COMMENT ON COLUMN crew.day_rate IS 'Day rate paid; NULL salaried';
CREATE TABLE tpo_apps (app_ref text, job_ref integer, council text, app_typ text, sub_dt date, decision_dt date, decision_cd text, conditions text);
COMMENT ON TABLE tpo_apps IS 'Applications and notices sent to the council for work on protected trees';
COMMENT ON COLUMN tpo_apps.job_ref IS 'jobs.job_no';
COMMENT ON COLUMN tpo_apps.app_typ IS 'TPO application for consent under a Tree Preservation Order (council has eight weeks), S211 six-week notice of work to trees in a conservation area';
COMMENT ON COLUMN tpo_apps.decision_cd IS 'PEND waiting, GRANT consented, PART granted in part, REFUSE refused, NOOBJ six weeks passed with no objection, TPO council made a new preservation order instead';
CREATE TABLE kit (kit_id text, kit_typ text, make text, model text, serial_no text, assigned_to integer, in_svc_dt date, loler_due date, retired_dt date);
COMMENT ON TABLE kit IS 'Climbing equipment and saws, each item with its own number';
COMMENT ON COLUMN kit.kit_typ IS 'ROPE climbing rope, HARN harness, LANY adjustable lanyard or flipline, KARAB karabiner, SAW chainsaw, TOPSAW top-handled chainsaw for climbing, POLE pole saw';
COMMENT ON COLUMN kit.assigned_to IS 'Person the item is issued to (crew.emp_no)';
COMMENT ON COLUMN kit.loler_due IS 'Next thorough examination due under LOLER (every six months for climbing equipment)';
COMMENT ON COLUMN kit.retired_dt IS 'Date withdrawn and destroyed; NULL in use';
CREATE TABLE kit_inspections (insp_id integer, kit_ref text, insp_dt date, inspector text, result_cd text, note text);
COMMENT ON TABLE kit_inspections IS 'LOLER thorough examinations and in-house checks of kit';
COMMENT ON COLUMN kit_inspections.kit_ref IS 'kit.kit_id';
COMMENT ON COLUMN kit_inspections.result_cd IS 'PASS, MON pass but monitor wear, FAIL withdrawn from use';
CREATE TABLE vehicles (veh_cd text, reg_no text, veh_typ text, make text, model text, mot_due date, svc_due_dt date, hrs_meter integer, lease_yn char(1), notes text);
COMMENT ON TABLE vehicles IS 'Road vehicles and plant';
COMMENT ON COLUMN vehicles.veh_typ IS 'TIPPER tipper lorry with chip body, PICKUP 4x4 pickup, CHIP wood chipper, STUMP stump grinder, MEWP tracked cherry picker';
COMMENT ON COLUMN vehicles.mot_due IS 'MOT due date; NULL for unregistered plant';
COMMENT ON COLUMN vehicles.hrs_meter IS 'Engine hours on the plant hour meter';
CREATE TABLE timesheets (ts_id integer, emp_ref integer, work_dt date, job_ref integer, hrs numeric, ot_hrs numeric, climb_yn char(1));
COMMENT ON TABLE timesheets IS 'Daily hours for each person';
COMMENT ON COLUMN timesheets.emp_ref IS 'crew.emp_no';
COMMENT ON COLUMN timesheets.job_ref IS 'Job worked on (jobs.job_no); NULL yard work or an emergency call-out not yet on a job sheet';
COMMENT ON COLUMN timesheets.hrs IS 'Total hours that day, including overtime';
COMMENT ON COLUMN timesheets.ot_hrs IS 'Hours paid at overtime rate';
COMMENT ON COLUMN timesheets.climb_yn IS 'Climbed that day';
CREATE TABLE waste_tickets (wt_no text, tip_dt date, veh_ref text, tip_site text, waste_cd text, tonnes numeric, cost numeric, job_ref integer);
COMMENT ON TABLE waste_tickets IS 'Weighbridge tickets for green waste tipped at composting sites';
COMMENT ON COLUMN waste_tickets.veh_ref IS 'vehicles.veh_cd';
COMMENT ON COLUMN waste_tickets.waste_cd IS 'CHIP woodchip, BRASH unchipped brash and hedge cuttings, TIMBER large rounds and trunks, SOIL stump grindings and soil';
CREATE TABLE log_sales (ls_no integer, sale_dt date, buyer_nm text, buyer_pcode text, load_cd text, spp_cd text, seasoned_yn char(1), price numeric, deliv_dt date, paid_yn char(1));
COMMENT ON TABLE log_sales IS 'Firewood sold from the yard, logged from our own tree work';
COMMENT ON COLUMN log_sales.load_cd IS 'NET net bag (collected from the yard), BULK bulk bag of about a cubic metre, HALF half tipper load, FULL full tipper load';
COMMENT ON COLUMN log_sales.spp_cd IS 'HWD hardwood (mostly oak, ash and beech), SWD softwood, MIX mixed';
COMMENT ON COLUMN log_sales.seasoned_yn IS 'Y seasoned, moisture under 20 percent (Ready to Burn certified); N green';
COMMENT ON COLUMN log_sales.deliv_dt IS 'Delivery date; NULL collected from the yard';
CREATE TABLE invoices (inv_no text, cust_ref integer, job_ref integer, inv_dt date, net numeric, vat numeric, due_dt date, paid_dt date, paid_amt numeric);
COMMENT ON TABLE invoices IS 'Invoices for tree work';
COMMENT ON COLUMN invoices.cust_ref IS 'customers.cust_no';
COMMENT ON COLUMN invoices.paid_dt IS 'NULL not paid';
CREATE TABLE damage_claims (claim_no integer, job_ref integer, rpt_dt date, dmg_txt text, third_party text, est_amt numeric, ins_ref text, settled_dt date, settled_amt numeric, our_fault_yn char(1));
COMMENT ON TABLE damage_claims IS 'Damage to property or vehicles during our work and the claims made';
COMMENT ON COLUMN damage_claims.job_ref IS 'jobs.job_no';
COMMENT ON COLUMN damage_claims.ins_ref IS 'Claim reference with our public liability insurer, when it went through the insurer';
COMMENT ON COLUMN damage_claims.settled_amt IS 'Amount paid out to settle it';
INSERT INTO customers VALUES (1,'DOM','Mr and Mrs Fairweather','Oak Lodge, Beacon Road','Crowborough','TN6 1AA','01892 000001','fairweather@example.com','N',0,NULL),(2,'LA','Wealden District Council','Vicarage Lane','Hailsham','BN27 2AX','01323 000002','trees@wealden.example','Y',30,'Grounds contract, purchase order needed'),(3,'HA','Ashcombe Housing','Ashcombe House','Uckfield','TN22 1AB','01825 000003','estates@ashcombe.example','Y',45,NULL),(4,'MGMT','Rotherfield Court Management','Rotherfield Court','Rotherfield','TN6 3LH','01892 000004','rc.mgmt@example.com','Y',30,NULL),(5,'DOM','Dr Kaur','Willow Barn','Mayfield','TN20 6TE','01435 000005','kaur@example.com','N',0,NULL),(6,'SCH','Ashdown Forest Primary School','School Lane','Forest Row','RH18 5AB','01342 000006','office@afps.example','Y',30,NULL),(7,'DOM','Mr P Grant','2 Church Street','Rotherfield','TN6 3LD','01892 000007',NULL,'N',0,'Conservation area'),(8,'LA','Frant Parish Council','Parish Office','Frant','TN3 9DX','01892 000008','clerk@frantpc.example','Y',30,NULL);
INSERT INTO quotes VALUES (5101,1,'Oak Lodge, Beacon Road, Crowborough','2026-02-10',1,'Reduce the crown of the TPO oak by 2m and deadwood',1450,'2026-05-10','ACC',NULL),(5102,3,'Pine Close estate, Uckfield','2026-03-02',1,'Fell 3 Leyland cypress, crown lift 6 limes',3200,'2026-06-02','ACC',NULL),(5103,5,'Willow Barn, Mayfield','2026-04-20',1,'Pollard 2 willows',680,'2026-07-20','SENT','2026-05-20'),(5104,7,'2 Church Street, Rotherfield','2026-03-15',1,'Section fell sycamore in conservation area',950,'2026-06-15','ACC',NULL),(5105,4,'Rotherfield Court','2026-05-05',5,'Section fell dead ash over the car park',2100,'2026-06-20','SENT',NULL),(5106,8,'Frant Green','2026-04-02',5,'Crown thin horse chestnuts on the green',1800,'2026-06-30','ACC','2026-05-15'),(5107,6,'Ashdown Forest Primary School','2026-03-20',1,'Remove dead birch by the playground',540,'2026-04-20','ACC',NULL),(5108,1,'Oak Lodge, Beacon Road, Crowborough','2026-01-05',5,'Beech hedge reduction',420,'2026-02-05','LAPSED',NULL),(5109,5,'Willow Barn, Mayfield','2025-11-10',1,'Stump grinding',180,'2025-12-10','DEC',NULL),(5110,2,'Battle Road verge, Hailsham','2026-05-28',5,'Fell 4 ash with dieback on the highway verge',3400,'2026-06-27','SENT',NULL);
INSERT INTO jobs VALUES
 (7001,5101,1,'Oak Lodge, Beacon Road, Crowborough','TN6 1AA','English oak',1,22,95,'RED','Y','N','WD/2026/0311/TPO','2026-04-28','2026-05-18','N','Y','Y','2026-05-19',1,2,1,'N','CH1','N',NULL,'N','TAKE','2026-05-19',1450,'INV','INV-2605',NULL),
 (7002,5102,3,'Pine Close estate, Uckfield','TN22 5QP','Leyland cypress',3,14,40,'FELL','N','N',NULL,NULL,NULL,NULL,'N','Y','2026-04-14',2,6,1,'N','CH2','N',NULL,'Y','TAKE','2026-04-15',2100,'INV','INV-2604',NULL),
 (7003,5102,3,'Pine Close estate, Uckfield','TN22 5QP','Common lime',6,16,45,'LIFT','N','N',NULL,NULL,'2026-06-22',NULL,'N','Y','2026-06-23',1,6,1,'N','CH2','Y','ESH/TL/26/1188','N','TAKE',NULL,1100,'SCHED',NULL,'Lime avenue along the estate road'),
 (7004,5104,7,'2 Church Street, Rotherfield','TN6 3LD','Sycamore',1,18,60,'SEC','N','Y','WD/2026/0402/S211',NULL,NULL,NULL,'Y','N','2026-06-24',1,2,2,'N','CH1','Y',NULL,'Y','LOGS',NULL,950,'SCHED',NULL,'Six-week notice runs out 13 July'),
 (7005,5107,6,'Ashdown Forest Primary School','RH18 5AB','Silver birch',1,12,30,'FELL','N','N',NULL,NULL,'2026-04-20','N','N','Y','2026-04-21',0.5,6,0,'N','CH1','N',NULL,'Y','TAKE','2026-04-21',540,'INV','INV-2606','Done in the Easter holidays'),
 (7006,NULL,2,'Vicarage Lane verge, Hailsham','BN27 2AX','Ash',2,15,50,'EMERG','N','N',NULL,NULL,NULL,NULL,'N','N','2026-02-08',0.5,2,1,'N','CH2','Y',NULL,'N','TAKE','2026-02-08',780,'INV','INV-2602','Storm damage, ash dieback, road blocked'),
 (7007,5105,4,'Rotherfield Court','TN6 3LH','Ash',1,20,70,'SEC','Y','Y','WD/2026/0518/TPO',NULL,NULL,NULL,'N','N',NULL,1,NULL,2,'Y','CH1','N',NULL,'N','SELL',NULL,2100,'HOLD',NULL,'Dead ash, waiting on TPO consent and quote acceptance'),
 (7008,NULL,1,'Oak Lodge, Beacon Road, Crowborough','TN6 1AA','Beech hedge',1,3,NULL,'HEDGE','N','N',NULL,NULL,'2026-06-01','Y','N','Y','2026-06-02',0.5,2,0,'N',NULL,'N',NULL,'N','TAKE',NULL,420,'HOLD',NULL,'Blackbird nest found, postponed to September'),
 (7009,5106,8,'Frant Green','TN3 9DX','Horse chestnut',4,20,80,'THIN','N','Y','WD/2026/0220/S211','2026-04-10','2026-06-16',NULL,'N','Y','2026-06-17',2,6,2,'Y','CH2','Y','ESH/TL/26/1204','N','LOGS',NULL,1800,'SCHED',NULL,NULL),
 (7010,5103,5,'Willow Barn, Mayfield','TN20 6TE','Weeping willow',2,10,55,'POLL','N','N',NULL,NULL,NULL,NULL,'N','N','2026-06-25',1,2,1,'N','CH1','N',NULL,'N','LEAVE',NULL,680,'SCHED',NULL,'Provisional, quote not yet accepted'),
 (7011,NULL,3,'Ashcombe Road flats, Uckfield','TN22 1AB','Leyland cypress hedge',1,6,NULL,'HEDGE','N','N',NULL,NULL,'2026-05-27','N','N','Y','2026-05-28',1,2,0,'N','CH2','N',NULL,'N','TAKE','2026-05-28',650,'INV','INV-2607',NULL),
 (7012,NULL,4,'Rotherfield Court','TN6 3LH','Scots pine',1,19,65,'FELL','Y','N','WD/2026/0105/TPO',NULL,NULL,NULL,'N','N',NULL,1,NULL,1,'N',NULL,'N',NULL,'N','TAKE',NULL,1200,'CXL',NULL,'Consent refused, residents told');
INSERT INTO crew VALUES (1,'Will Ashby','ARB','Y','Y','Y','Y','2025-09-10','2027-01-15','Y',NULL,'2011-03-01',NULL),(2,'Kyle Bennett','LEAD','Y','Y','Y','Y','2024-03-02','2026-10-10','Y',180,'2015-06-01',NULL),(3,'Jake Moore','CLM','Y','Y','Y','Y','2025-11-20','2026-05-30','N',150,'2019-04-15',NULL),(4,'Ryan Doyle','GND','Y','Y','N','N',NULL,'2027-02-01','Y',120,'2022-09-05',NULL),(5,'Sophie Lane','ARB','Y','N','Y','N','2024-05-18','2027-03-10','N',NULL,'2020-01-06',NULL),(6,'Connor Webb','LEAD','Y','Y','Y','Y','2025-02-14','2026-12-01','Y',175,'2017-08-01',NULL),(7,'Tom Reeve','GND','Y','N','N','N',NULL,NULL,'N',110,'2026-03-02',NULL),(8,'Dean Foster','CLM','Y','Y','Y','Y','2023-06-01','2025-06-01','N',150,'2018-04-01','2025-10-31');
INSERT INTO tpo_apps VALUES ('WD/2026/0311/TPO',7001,'Wealden District Council','TPO','2026-03-03','2026-04-28','GRANT','Reduction of no more than 2m, to be carried out within 2 years'),('WD/2026/0402/S211',7004,'Wealden District Council','S211','2026-06-01',NULL,'PEND',NULL),('WD/2026/0518/TPO',7007,'Wealden District Council','TPO','2026-05-20',NULL,'PEND',NULL),('WD/2026/0220/S211',7009,'Wealden District Council','S211','2026-02-27','2026-04-10','NOOBJ',NULL),('WD/2026/0105/TPO',7012,'Wealden District Council','TPO','2026-01-12','2026-03-02','REFUSE','Felling refused: tree healthy and of high amenity value; a crown lift would be supported'),('WD/2025/2210/TPO',NULL,'Wealden District Council','TPO','2025-10-01','2025-11-20','PART','Crown lift granted, reduction refused');
INSERT INTO kit VALUES ('R-014','ROPE','Teufelberger','tachyon 11.5mm 45m','TB-88121',3,'2025-04-01','2026-06-30',NULL),('R-015','ROPE','Yale','XTC Fire 45m','YL-22810',2,'2024-09-01','2026-03-01',NULL),('H-007','HARN','Petzl','Sequoia SRT','PZ-70011',3,'2024-02-01','2026-07-31',NULL),('H-008','HARN','Teufelberger','treeMOTION evo','TB-90455',2,'2023-05-01','2026-06-20',NULL),('L-021','LANY','DMM','Flipline 4m','DM-33011',6,'2025-06-01','2026-12-01',NULL),('S-031','TOPSAW','Stihl','MS 201 TC-M','ST-45511',3,'2024-04-01','2026-10-01',NULL),('S-032','SAW','Husqvarna','562 XP','HQ-66120',4,'2023-03-01','2026-09-01',NULL),('H-005','HARN','Petzl','Sequoia','PZ-60002',5,'2019-03-01','2025-09-01','2025-08-15'),('R-016','ROPE','Courant','Hi-Vee 11.7mm 60m','CO-11873',6,'2025-12-01','2026-12-01',NULL);
INSERT INTO kit_inspections VALUES (1,'R-015','2025-09-01','Arbor Inspections Ltd','PASS',NULL),(2,'H-008','2025-12-20','Arbor Inspections Ltd','MON','Bridge wear, replace within 6 months'),(3,'R-014','2025-12-30','Arbor Inspections Ltd','PASS',NULL),(4,'H-007','2026-01-31','Arbor Inspections Ltd','PASS',NULL),(5,'L-021','2026-06-01','Will Ashby','FAIL','Core shot near the splice, withdrawn'),(6,'H-005','2025-08-15','Will Ashby','FAIL','Stitching worn on the leg loops, retired'),(7,'S-031','2026-04-01','Will Ashby','PASS',NULL),(8,'L-021','2025-12-01','Arbor Inspections Ltd','PASS',NULL),(9,'R-016','2026-06-01','Arbor Inspections Ltd','PASS',NULL);
INSERT INTO vehicles VALUES ('TP1','GN19 ATC','TIPPER','Isuzu','Grafter 3.5t','2026-07-20','2026-08-01',NULL,'N',NULL),('TP2','GN22 ATC','TIPPER','Iveco','Daily 7.2t','2027-02-10','2026-06-30',NULL,'Y',NULL),('PU1','GK21 ATC','PICKUP','Ford','Ranger','2026-06-05','2026-09-15',NULL,'N','MOT booked late, failed on brake pipes'),('CH1',NULL,'CHIP','Timberwolf','TW 230HB',NULL,'2026-07-01',1820,'N',NULL),('CH2',NULL,'CHIP','Forst','ST8',NULL,'2026-06-10',960,'Y',NULL),('SG1',NULL,'STUMP','Predator','38',NULL,'2026-11-01',410,'N',NULL),('MW1',NULL,'MEWP','Hinowa','LightLift 20.10',NULL,'2026-06-25',1100,'N','Tracked platform, LOLER every six months');
INSERT INTO timesheets VALUES (1,2,'2026-05-19',7001,9,1,'Y'),(2,3,'2026-05-19',7001,9,1,'Y'),(3,4,'2026-05-19',7001,9,1,'N'),(4,6,'2026-04-14',7002,9,0,'Y'),(5,4,'2026-04-14',7002,9,0,'N'),(6,6,'2026-04-15',7002,10,2,'Y'),(7,4,'2026-04-15',7002,10,2,'N'),(8,6,'2026-04-21',7005,5,0,'Y'),(9,7,'2026-04-21',7005,5,0,'N'),(10,2,'2026-05-28',7011,9,0,'N'),(11,7,'2026-05-28',7011,9,0,'N'),(12,2,'2026-05-30',NULL,6,6,'Y'),(13,3,'2026-05-30',NULL,6,6,'Y'),(14,2,'2026-06-02',7008,3,0,'N');
INSERT INTO waste_tickets VALUES ('WT-10211','2026-02-08','TP1','Whitesmith Green Waste','CHIP',1.2,42,7006),('WT-10355','2026-04-15','TP2','Whitesmith Green Waste','CHIP',3.4,119,7002),('WT-10356','2026-04-15','TP2','Whitesmith Green Waste','TIMBER',2.1,94.5,7002),('WT-10480','2026-05-19','TP1','Whitesmith Green Waste','CHIP',1.6,56,7001),('WT-10512','2026-05-28','TP2','Crowborough Compost','BRASH',1.8,81,7011),('WT-09980','2025-11-20','TP1','Whitesmith Green Waste','SOIL',0.8,36,NULL);
INSERT INTO log_sales VALUES (1,'2025-10-04','J Hammond','TN6 2BB','BULK','HWD','Y',120,'2025-10-06','Y'),(2,'2025-10-18','Mrs Ellis','TN22 3CC','BULK','HWD','Y',120,'2025-10-20','Y'),(3,'2025-11-02','Rose and Crown, Mayfield','TN20 6TE','FULL','HWD','Y',380,'2025-11-05','N'),(4,'2025-11-20','P Lacey','TN6 1DD','HALF','MIX','N',140,'2025-11-22','Y'),(5,'2025-12-10','A Newman','RH18 5EE','BULK','SWD','Y',95,'2025-12-11','Y'),(6,'2026-01-15','Mrs Ellis','TN22 3CC','BULK','HWD','Y',125,'2026-01-17','N'),(7,'2026-02-02','K Osei','TN3 9FF','NET','HWD','Y',8,NULL,'Y'),(8,'2026-03-09','J Hammond','TN6 2BB','BULK','HWD','N',100,'2026-03-10','Y'),(9,'2025-09-12','Old Forge Cafe','TN6 1EE','HALF','HWD','Y',210,'2025-09-15','Y');
INSERT INTO invoices VALUES ('INV-2602',2,7006,'2026-02-10',780,156,'2026-03-12',NULL,0),('INV-2604',3,7002,'2026-04-17',2100,420,'2026-06-01',NULL,0),('INV-2605',1,7001,'2026-05-20',1450,290,'2026-05-20','2026-05-21',1740),('INV-2606',6,7005,'2026-04-22',540,108,'2026-05-22','2026-05-20',648),('INV-2607',3,7011,'2026-05-29',650,130,'2026-07-13',NULL,0);
INSERT INTO damage_claims VALUES (1,7002,'2026-04-16','Fence panel broken by a falling section','Neighbour at 14 Pine Close',350,NULL,'2026-05-02',280,'Y'),(2,7001,'2026-05-20','Lawn rutted by the chipper','Mr and Mrs Fairweather',150,NULL,'2026-05-25',150,'Y'),(3,7006,'2026-02-09','Car windscreen chipped by flying debris','Passing motorist',600,'AXA-TC-55102',NULL,NULL,'N');
