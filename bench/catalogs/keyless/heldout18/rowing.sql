-- A rowing club (wide outing log table, members beside coaches and learn-to-row sign-ups, club boats beside coaching launches, outings beside regatta entries): members, coaches, boats, blades, coaching launches, outings, crew on each outing, incidents, subscriptions, regattas, regatta entries, erg tests, boat repairs and learn-to-row sign-ups. No keys declared.
CREATE SCHEMA rowing;
SET search_path = rowing;
COMMENT ON SCHEMA rowing IS 'Wyebridge Rowing Club, a British Rowing affiliated club on the River Wye at Hereford with about 180 members: junior squads (J15, J16, J18) coached on weekday evenings and Saturdays, men''s and women''s senior squads, masters, recreational rowers and coxes, a fleet of club eights, fours, quads, doubles and singles plus privately owned boats on the racks, and two coaching launches; every outing is signed out in the boathouse log against the river flag set by the captain from the Victoria Bridge gauge, incidents go on the British Rowing incident reporting system, subscriptions run April to March, crews race at regattas and heads entered through British Rowing online entry, and a learn-to-row course each spring brings in novices';
CREATE TABLE members (mem_no integer, fnm text, snm text, dob date, gender_cd char(1), cat_cd text, squad_cd text, joined_dt date, left_dt date, br_no text, br_exp date, swim_yn char(1), scull_lvl integer, cox_yn char(1), tel text, email text, ice_nm text, ice_tel text, med_note text, photo_ok_yn char(1), gift_aid_yn char(1));
COMMENT ON TABLE members IS 'Club members, rowing and non-rowing';
COMMENT ON COLUMN members.cat_cd IS 'Membership category: SEN senior, MAS masters (aged 27 and over, racing), J junior (under 18), NOV novice in their first year, COX coxswain, SOC social (non-rowing)';
COMMENT ON COLUMN members.squad_cd IS 'Training squad: MSEN men''s senior, WSEN women''s senior, MAS masters, J15, J16, J18 junior squads, REC recreational, NONE';
COMMENT ON COLUMN members.left_dt IS 'Date membership ended; NULL current';
COMMENT ON COLUMN members.br_no IS 'British Rowing membership number; every rowing member must hold British Rowing membership for the club''s insurance and to race';
COMMENT ON COLUMN members.br_exp IS 'British Rowing membership expiry';
COMMENT ON COLUMN members.swim_yn IS 'Passed the club swim test and capsize drill (50 metres in light clothing and tread water for two minutes); required before going afloat';
COMMENT ON COLUMN members.scull_lvl IS 'Sculling clearance: 0 not cleared to scull alone, 1 cleared in stable training boats only, 2 cleared in fine racing singles';
COMMENT ON COLUMN members.cox_yn IS 'Passed as a cox';
COMMENT ON COLUMN members.photo_ok_yn IS 'Consent to appear in club photos and social media (parents consent for juniors)';
CREATE TABLE coaches (coach_no integer, coach_nm text, mem_ref integer, lvl_cd text, dbs_dt date, dbs_exp date, sg_dt date, sg_exp date, fa_exp date, pb2_yn char(1), paid_yn char(1), hrly_rate numeric, squads text);
COMMENT ON TABLE coaches IS 'Coaches, paid and volunteer';
COMMENT ON COLUMN coaches.mem_ref IS 'Member number if the coach also rows with the club (members.mem_no)';
COMMENT ON COLUMN coaches.lvl_cd IS 'British Rowing coaching qualification: L2 Level 2 coach, L3 Level 3 coach, ASST assistant coach working under a qualified coach';
COMMENT ON COLUMN coaches.dbs_exp IS 'Club policy: enhanced DBS renewed every three years for anyone coaching juniors';
COMMENT ON COLUMN coaches.sg_exp IS 'Safeguarding course (British Rowing Safeguarding and Protecting Children) expiry';
COMMENT ON COLUMN coaches.fa_exp IS 'First aid certificate expiry';
COMMENT ON COLUMN coaches.pb2_yn IS 'Holds RYA Powerboat Level 2, required to drive a coaching launch';
COMMENT ON COLUMN coaches.squads IS 'Squads coached, comma separated';
CREATE TABLE boats (hull_no text, boat_nm text, cls_cd text, builder text, yr_built integer, crew_wt_kg integer, rig_cd text, owner_cd text, owner_mem integer, rack_cd text, restr_cd text, cond_cd text, oou_yn char(1), ins_val numeric);
COMMENT ON TABLE boats IS 'Rowing boats on the racks: the club fleet and privately owned boats';
COMMENT ON COLUMN boats.cls_cd IS 'Boat class: 1x single scull, 2x double scull, 2- pair, 4x quad, 4x+ coxed quad, 4- coxless four, 4+ coxed four, 8+ eight, TUB wide stable training boat';
COMMENT ON COLUMN boats.crew_wt_kg IS 'Average crew weight the hull is designed for, kg';
COMMENT ON COLUMN boats.rig_cd IS 'SCULL, SWEEP, BOTH (can be rigged either way)';
COMMENT ON COLUMN boats.owner_cd IS 'CLUB club boat, PRIV private boat stored at the club';
COMMENT ON COLUMN boats.owner_mem IS 'Owner of a private boat (members.mem_no)';
COMMENT ON COLUMN boats.restr_cd IS 'Who may take it out: ALL any member cleared for the class, SEN seniors and masters only, RACE race squads only with the captain''s permission, J junior squads, PRIV owner only';
COMMENT ON COLUMN boats.oou_yn IS 'Y out of use (damaged or being repaired)';
COMMENT ON COLUMN boats.ins_val IS 'Insured value';
CREATE TABLE blades (set_cd text, blade_typ text, shape_cd text, qty integer, len_cm integer, assigned_hull text, cond_cd text);
COMMENT ON TABLE blades IS 'Sets of oars (sweep) and sculls, called blades';
COMMENT ON COLUMN blades.shape_cd IS 'SMOOTHIE, BIGBLADE (cleaver), MACON (older tulip shape)';
COMMENT ON COLUMN blades.assigned_hull IS 'Boat the set normally goes out with (boats.hull_no)';
CREATE TABLE launches (launch_cd text, launch_nm text, hull_typ text, eng_hp integer, kill_cord_chk_dt date, kit_chk_dt date, last_svc_dt date, oou_yn char(1));
COMMENT ON TABLE launches IS 'Coaching and safety launches';
COMMENT ON COLUMN launches.hull_typ IS 'CAT catamaran, RIB rigid inflatable';
COMMENT ON COLUMN launches.kill_cord_chk_dt IS 'Last check that the engine kill cord stops the engine (monthly)';
COMMENT ON COLUMN launches.kit_chk_dt IS 'Last monthly check of the safety kit on board: throw line, first aid kit, foil blankets, paddle, bailer, VHF radio';
CREATE TABLE outings (out_no integer, out_dt date, out_tm time, back_tm time, hull_ref text, blade_ref text, squad_cd text, crew_cnt integer, cox_ref integer, coach_ref integer, launch_ref text, flag_cd text, gauge_m numeric, wind_cd text, lights_yn char(1), vis_cd text, km numeric, session_desc text, signed_out_by integer, signed_in_yn char(1), dmg_yn char(1), dmg_note text, capsize_yn char(1), near_miss_yn char(1), water_temp_c numeric, safety_brief_yn char(1), notes text);
COMMENT ON TABLE outings IS 'Boathouse outing log: every boat taken on the water, with the crew size, cox, coach and launch, river conditions and flag, distance, and whether it came back damaged';
COMMENT ON COLUMN outings.hull_ref IS 'Boat (boats.hull_no)';
COMMENT ON COLUMN outings.blade_ref IS 'Blades used (blades.set_cd)';
COMMENT ON COLUMN outings.cox_ref IS 'Cox (members.mem_no)';
COMMENT ON COLUMN outings.coach_ref IS 'Coach with the crew (coaches.coach_no)';
COMMENT ON COLUMN outings.launch_ref IS 'Launch the coach drove (launches.launch_cd); NULL coached from the bank or no coach';
COMMENT ON COLUMN outings.flag_cd IS 'River flag set by the captain: GREEN all crews, YELLOW experienced crews only and no junior or novice small boats without launch cover, RED no rowing, BLACK river closed';
COMMENT ON COLUMN outings.gauge_m IS 'River level on the Victoria Bridge gauge, metres';
COMMENT ON COLUMN outings.wind_cd IS 'CALM, LIGHT, MOD moderate, STRONG';
COMMENT ON COLUMN outings.lights_yn IS 'Boat carried white lights (required after sunset and before sunrise)';
COMMENT ON COLUMN outings.vis_cd IS 'GOOD, MIST, FOG, DARK after sunset or before sunrise';
COMMENT ON COLUMN outings.signed_out_by IS 'Member who signed the boat out in the log (members.mem_no)';
COMMENT ON COLUMN outings.signed_in_yn IS 'Boat signed back in; N left open in the log';
COMMENT ON COLUMN outings.dmg_yn IS 'Boat or blades damaged on the outing (details in dmg_note)';
COMMENT ON COLUMN outings.safety_brief_yn IS 'Coach gave the safety briefing before launching';
CREATE TABLE outing_crew (out_ref integer, mem_ref integer, seat_cd text);
COMMENT ON TABLE outing_crew IS 'Who rowed or coxed in each outing (guests from other clubs are not listed)';
COMMENT ON COLUMN outing_crew.out_ref IS 'Outing (outings.out_no)';
COMMENT ON COLUMN outing_crew.mem_ref IS 'Member (members.mem_no)';
COMMENT ON COLUMN outing_crew.seat_cd IS 'B bow, 2 to 7 seat number, S stroke, C cox';
CREATE TABLE incidents (inc_no integer, inc_dt date, out_ref integer, inc_cd text, mem_ref integer, injury_yn char(1), br_rep_yn char(1), br_ref text, sev_cd integer, actions text);
COMMENT ON TABLE incidents IS 'Safety incidents on and off the water, reviewed by the club water safety adviser';
COMMENT ON COLUMN incidents.out_ref IS 'Outing it happened on (outings.out_no)';
COMMENT ON COLUMN incidents.inc_cd IS 'CAPS capsize, COLL collision (with a boat, bank, bridge or the landing stage), NEAR near miss, INJ injury, EQP equipment failure, SWAMP boat swamped';
COMMENT ON COLUMN incidents.mem_ref IS 'Member who capsized or was hurt (members.mem_no)';
COMMENT ON COLUMN incidents.br_rep_yn IS 'Reported on the British Rowing incident reporting system (all incidents should be)';
COMMENT ON COLUMN incidents.sev_cd IS '1 minor, 2 moderate, 3 serious';
CREATE TABLE subs (inv_no text, mem_ref integer, season_cd text, cat_cd text, amt numeric, due_dt date, paid_dt date, paid_amt numeric, pay_cd text, instal_yn char(1));
COMMENT ON TABLE subs IS 'Membership subscriptions invoiced each season';
COMMENT ON COLUMN subs.season_cd IS 'Club year April to March, e.g. 2026/27';
COMMENT ON COLUMN subs.cat_cd IS 'Category billed (same codes as members.cat_cd)';
COMMENT ON COLUMN subs.paid_amt IS 'Amount paid so far';
COMMENT ON COLUMN subs.pay_cd IS 'DD direct debit, BACS bank transfer, CASH';
COMMENT ON COLUMN subs.instal_yn IS 'Paying in monthly instalments';
CREATE TABLE regattas (reg_cd text, reg_nm text, venue text, reg_dt date, end_dt date, closes_dt date, status_cd text);
COMMENT ON TABLE regattas IS 'Regattas and head races the club enters';
COMMENT ON COLUMN regattas.closes_dt IS 'Closing date for entries on British Rowing online entry';
COMMENT ON COLUMN regattas.status_cd IS 'OPEN entries open or race still to come, DONE raced, CXL cancelled (often because of high water)';
CREATE TABLE race_entries (ent_no integer, reg_ref text, evt_cd text, crew_nm text, hull_ref text, stroke_ref integer, entry_fee numeric, paid_yn char(1), result_cd text, pts integer, notes text);
COMMENT ON TABLE race_entries IS 'Crews entered at regattas and heads';
COMMENT ON COLUMN race_entries.reg_ref IS 'Regatta (regattas.reg_cd)';
COMMENT ON COLUMN race_entries.evt_cd IS 'Event raced, e.g. Op IM3 8+ (open intermediate 3 eight), W 2x (women''s double), J16 4x+ (junior 16 coxed quad), MasD 8+ (masters D eight)';
COMMENT ON COLUMN race_entries.hull_ref IS 'Boat the crew is racing (boats.hull_no)';
COMMENT ON COLUMN race_entries.stroke_ref IS 'Stroke or sculler the entry is under (members.mem_no)';
COMMENT ON COLUMN race_entries.paid_yn IS 'Entry fee paid by the club treasurer';
COMMENT ON COLUMN race_entries.result_cd IS 'WIN won the event, RU runner-up in the final, LOST knocked out in an earlier round, DNS did not start, DSQ disqualified; NULL not raced yet';
COMMENT ON COLUMN race_entries.pts IS 'British Rowing ranking points won';
CREATE TABLE erg_tests (test_no integer, mem_ref integer, test_dt date, dist_m integer, time_s numeric, split_s numeric, wt_kg numeric, drag_factor integer, coach_ref integer);
COMMENT ON TABLE erg_tests IS 'Rowing machine (Concept2 erg) test results';
COMMENT ON COLUMN erg_tests.dist_m IS 'Test distance in metres (2000 for the 2k test, 5000 for the 5k)';
COMMENT ON COLUMN erg_tests.time_s IS 'Total time, seconds';
COMMENT ON COLUMN erg_tests.split_s IS 'Average time per 500 metres, seconds';
COMMENT ON COLUMN erg_tests.coach_ref IS 'Coach who ran the test (coaches.coach_no)';
CREATE TABLE boat_repairs (rep_no integer, hull_ref text, reported_dt date, reported_by integer, out_ref integer, descr text, repairer text, est_cost numeric, cost numeric, fixed_dt date, ins_claim_yn char(1));
COMMENT ON TABLE boat_repairs IS 'Damage and repairs to boats';
COMMENT ON COLUMN boat_repairs.reported_by IS 'Member who reported it (members.mem_no)';
COMMENT ON COLUMN boat_repairs.out_ref IS 'Outing it happened on, if known (outings.out_no)';
COMMENT ON COLUMN boat_repairs.repairer IS 'Club bosun (volunteer) or an outside boat builder';
COMMENT ON COLUMN boat_repairs.fixed_dt IS 'NULL still waiting to be repaired';
CREATE TABLE ltr_signups (su_no integer, course_cd text, fnm text, snm text, email text, tel text, dob date, swim_yn char(1), paid_amt numeric, sessions_att integer, mem_ref integer, src_cd text);
COMMENT ON TABLE ltr_signups IS 'People booked on the adult learn to row courses (six Saturday mornings)';
COMMENT ON COLUMN ltr_signups.course_cd IS 'Course: LTR-APR26 April 2026, LTR-MAY26 May 2026';
COMMENT ON COLUMN ltr_signups.swim_yn IS 'Declared they can swim 50 metres';
COMMENT ON COLUMN ltr_signups.sessions_att IS 'Sessions attended out of six';
COMMENT ON COLUMN ltr_signups.mem_ref IS 'Member number if they joined the club afterwards (members.mem_no)';
COMMENT ON COLUMN ltr_signups.src_cd IS 'How they heard: WEB website, OPEN club open day, FRIEND word of mouth';
INSERT INTO members VALUES (1101,'James','Pritchard','1988-02-10','M','SEN','MSEN','2014-09-01',NULL,'BR112233','2026-09-30','Y',2,'N','07700 996101','j.pritchard@example.com','Anna Pritchard','07700 996201',NULL,'Y','Y'),(1102,'Sophie','Lang','1996-07-19','F','SEN','WSEN','2019-04-12',NULL,'BR223344','2026-03-31','Y',2,'N','07700 996102','sophie.lang@example.com','Mark Lang','07700 996202',NULL,'Y','N'),(1103,'Richard','Bevan','1962-11-30','M','MAS','MAS','1990-05-01',NULL,'BR334455','2026-12-31','Y',2,'N','07700 996103','r.bevan@example.com','Carol Bevan','07700 996203','Type 2 diabetes, carries glucose','Y','Y'),(1104,'Alice','Morgan','2009-03-03','F','J','J16','2023-09-10',NULL,'BR445566','2026-12-31','Y',1,'N','07700 996104',NULL,'Rhian Morgan','07700 996204',NULL,'Y','N'),(1105,'Ethan','Price','2010-08-22','M','J','J16','2024-05-05',NULL,'BR556677','2026-12-31','N',0,'N',NULL,NULL,'Laura Price','07700 996205','Asthma, inhaler in the boathouse','N','N'),(1106,'Megan','Powell','1999-01-01','F','COX','WSEN','2021-01-15',NULL,'BR667788','2026-12-31','Y',0,'Y','07700 996106','megan.p@example.com','Gareth Powell','07700 996206',NULL,'Y','N'),(1107,'Huw','Griffiths','1975-06-14','M','MAS','MAS','2025-10-01',NULL,NULL,NULL,'Y',1,'N','07700 996107','huw.g@example.com','Sian Griffiths','07700 996207',NULL,'Y','Y'),(1108,'Lucy','Watkins','1983-09-09','F','NOV','REC','2026-04-20',NULL,NULL,NULL,'Y',0,'N','07700 996108','lucy.watkins@example.com','Dan Watkins','07700 996208',NULL,'Y','N'),(1109,'Tom','Baskerville','2008-12-12','M','J','J18','2021-06-01',NULL,'BR778899','2026-12-31','Y',2,'N','07700 996109',NULL,'Jane Baskerville','07700 996209',NULL,'Y','N'),(1110,'Carys','Jenkins','1992-04-04','F','SEN','WSEN','2016-09-01','2026-02-28','BR101010','2026-03-31','Y',2,'N','07700 996110','carys.j@example.com','Owen Jenkins','07700 996210',NULL,'Y','N'),(1111,'Gwyn','Davies','1955-02-02','M','SOC','NONE','1978-01-01',NULL,NULL,NULL,'N',0,'N','01432 000111',NULL,'Beryl Davies','01432 000211',NULL,'Y','Y'),(1112,'Olivia','Hart','1994-10-10','F','SEN','WSEN','2020-03-01',NULL,'BR889900','2026-12-31','Y',2,'N','07700 996112','olivia.hart@example.com','Sam Hart','07700 996212',NULL,'Y','Y'),(1113,'Sam','Rees','1990-05-05','M','SEN','MSEN','2018-09-01',NULL,'BR990011','2026-12-31','Y',2,'N','07700 996113','sam.rees@example.com','Nia Rees','07700 996213',NULL,'Y','Y'),(1114,'Dan','Moss','1991-08-08','M','SEN','MSEN','2017-04-01',NULL,'BR121212','2026-12-31','Y',1,'N','07700 996114','dan.moss@example.com','Kate Moss','07700 996214',NULL,'Y','N'),(1115,'Ben','Hughes','1989-03-03','M','SEN','MSEN','2015-10-01',NULL,'BR131313','2027-03-31','Y',2,'N','07700 996115','ben.hughes@example.com','Ellie Hughes','07700 996215',NULL,'Y','Y');
INSERT INTO coaches VALUES (51,'Rhian Evans',NULL,'L3','2024-01-10','2027-01-10','2024-02-01','2027-02-01','2027-05-01','Y','Y',28,'J15,J16,J18'),(52,'Richard Bevan',1103,'L2','2023-03-01','2026-03-01','2023-04-15','2026-04-15','2026-09-30','Y','N',0,'MAS'),(53,'Mark Llewellyn',NULL,'L2','2025-06-06','2028-06-06','2025-07-01','2028-07-01','2026-04-30','N','Y',22,'MSEN,WSEN'),(54,'Sophie Lang',1102,'ASST','2025-09-01','2028-09-01','2025-09-20','2028-09-20',NULL,'N','N',0,'REC,NOV');
INSERT INTO boats VALUES ('H01','Wye Spirit','8+','Empacher',2015,80,'SWEEP','CLUB',NULL,'R1','RACE','GOOD','N',42000),('H02','Hereford Bull','8+','Janousek',2004,75,'SWEEP','CLUB',NULL,'R2','ALL','FAIR','N',9000),('H03','Dai Morgan','4x+','Filippi',2018,60,'SCULL','CLUB',NULL,'R3','J','GOOD','N',22000),('H04','Kingfisher','4-','Stampfli',2010,82,'BOTH','CLUB',NULL,'R3','SEN','FAIR','N',12000),('H05','Old Tom','TUB','Aylings',1985,80,'SCULL','CLUB',NULL,'R5','ALL','POOR','N',1500),('H06','Dragonfly','1x','Hudson',2019,75,'SCULL','CLUB',NULL,'R4','SEN','GOOD','Y',7500),('H07','Heron','1x','Empacher',2012,65,'SCULL','CLUB',NULL,'R4','ALL','GOOD','N',5500),('H08','Red Kite','2x','Filippi',2016,70,'SCULL','CLUB',NULL,'R4','SEN','GOOD','N',9500),('H09','Sparrowhawk','1x','Fluidesign',2021,80,'SCULL','PRIV',1103,'R6','PRIV','GOOD','N',8000),('H10','Mayhill','4x','WinTech',2008,75,'SCULL','CLUB',NULL,'R2','ALL','FAIR','N',6000);
INSERT INTO blades VALUES ('S1','SWEEP','SMOOTHIE',8,372,'H01','GOOD'),('S2','SWEEP','BIGBLADE',8,374,'H02','FAIR'),('C1','SCULL','SMOOTHIE',8,286,'H03','GOOD'),('C2','SCULL','MACON',4,288,'H05','POOR'),('C3','SCULL','SMOOTHIE',2,287,'H07','GOOD'),('C4','SCULL','BIGBLADE',4,286,'H08','GOOD'),('C5','SCULL','SMOOTHIE',8,287,'H10','FAIR');
INSERT INTO launches VALUES ('L1','Bridget','CAT',15,'2026-05-11','2026-05-11','2025-11-20','N'),('L2','Gwen','RIB',20,'2026-03-02','2026-02-15','2025-04-10','N'),('L3','Old Launch','CAT',8,'2025-10-01','2025-10-01','2024-09-01','Y');
INSERT INTO outings VALUES
 (1,'2026-03-07','08:00','09:30','H01','S1','MSEN',9,1106,53,'L1','GREEN',0.9,'LIGHT','N','GOOD',12,'Steady state',1113,'Y','N',NULL,'N','N',7,'Y',NULL),
 (2,'2026-03-14','07:30','09:00','H03','C1','J16',5,1106,51,'L1','GREEN',1.1,'LIGHT','N','GOOD',10,'Technical work, square blades',1109,'Y','N',NULL,'N','N',7.5,'Y',NULL),
 (3,'2026-03-21','16:30','18:10','H07','C3','MAS',1,NULL,NULL,NULL,'YELLOW',2.1,'MOD','Y','GOOD',8,'Solo paddle',1103,'Y','N',NULL,'N','N',8,'N','Experienced sculler alone on a yellow flag'),
 (4,'2026-04-04','09:00','10:30','H02','S2','MAS',9,1106,52,'L2','GREEN',1.0,'LIGHT','N','GOOD',14,'3 x 2km pieces',1103,'Y','Y','Rigger bent at 5 seat after hitting the landing stage','N','N',9,'Y',NULL),
 (5,'2026-04-11','07:30','09:00','H03','C1','J16',5,1106,51,'L1','YELLOW',1.9,'MOD','N','GOOD',9,'Race preparation',1109,'Y','N',NULL,'N','Y',9.5,'Y','Near miss with a canoe group below the Victoria Bridge'),
 (6,'2026-04-12','10:00','11:00','H07','C3','J18',1,NULL,NULL,NULL,'YELLOW',2.0,'MOD','N','GOOD',6,'Steady state',1109,'Y','N',NULL,'Y','N',10,'N','Capsized by the club steps and swam to the bank'),
 (7,'2026-04-18','08:00','09:45','H01','S1','MSEN',9,1106,53,'L2','GREEN',0.8,'CALM','N','GOOD',16,'Rate work',1113,'Y','N',NULL,'N','N',11,'Y',NULL),
 (8,'2026-04-25','06:00','07:30','H06','C3','WSEN',1,NULL,NULL,NULL,'GREEN',0.7,'LIGHT','Y','MIST',10,'Steady state',1102,'Y','Y','Hull holed on a submerged branch','N','N',11,'N',NULL),
 (9,'2026-05-02','08:00','09:40','H08','C4','WSEN',2,NULL,53,'L1','GREEN',1.2,'LIGHT','N','GOOD',14,'Race pace',1112,'Y','N',NULL,'N','N',12,'Y',NULL),
 (10,'2026-05-09','07:30','09:00','H03','C1','J16',5,1106,51,'L1','GREEN',1.0,'LIGHT','N','GOOD',11,'Starts',1104,'Y','N',NULL,'N','N',13,'Y',NULL),
 (11,'2026-05-10','09:00','10:30','H10','C5','REC',4,NULL,NULL,NULL,'GREEN',1.0,'LIGHT','N','GOOD',8,'Recreational row',1108,'N','N',NULL,'N','N',13,'N','Never signed back in'),
 (12,'2026-05-14','19:00','20:40','H02','S2','MAS',9,1106,52,'L2','GREEN',0.9,'CALM','N','DARK',13,'Evening steady state',1103,'Y','N',NULL,'N','N',14,'Y','Came in after sunset without lights'),
 (13,'2026-05-16','08:00','09:30','H05','C2','NOV',1,NULL,54,'L1','GREEN',1.1,'LIGHT','N','GOOD',4,'Learn to row follow-on',1108,'Y','N',NULL,'Y','N',14,'Y','Capsized the tub; the launch picked her up'),
 (14,'2026-05-16','10:00','11:45','H01','S1','MSEN',9,1106,53,'L1','GREEN',1.1,'LIGHT','N','GOOD',18,'2 x 5km',1113,'Y','N',NULL,'N','N',14,'Y',NULL);
INSERT INTO outing_crew VALUES (1,1101,'S'),(1,1113,'7'),(1,1114,'6'),(1,1115,'5'),(1,1106,'C'),(2,1104,'S'),(2,1105,'3'),(2,1106,'C'),(3,1103,'S'),(4,1103,'S'),(4,1107,'7'),(4,1106,'C'),(5,1104,'S'),(5,1105,'3'),(5,1106,'C'),(6,1109,'S'),(7,1101,'S'),(7,1113,'7'),(7,1114,'6'),(7,1115,'5'),(7,1106,'C'),(8,1102,'S'),(9,1112,'S'),(9,1102,'B'),(10,1104,'S'),(10,1105,'3'),(10,1106,'C'),(11,1108,'S'),(11,1107,'3'),(12,1103,'S'),(12,1107,'6'),(12,1106,'C'),(13,1108,'S'),(14,1101,'S'),(14,1113,'7'),(14,1114,'6'),(14,1115,'5'),(14,1106,'C');
INSERT INTO incidents VALUES (1,'2026-04-04',4,'COLL',NULL,'N','Y','BR-IR-26-3310',1,'Landing stage approach briefing for the masters'),(2,'2026-04-11',5,'NEAR',NULL,'N','N',NULL,1,'Spoke to the canoe club about the navigation rules'),(3,'2026-04-12',6,'CAPS',1109,'N','Y','BR-IR-26-3392',2,'Reminded juniors not to scull alone on a yellow flag'),(4,'2026-04-25',8,'COLL',1102,'N','N',NULL,2,'Branch reported to the Environment Agency'),(5,'2026-05-16',13,'CAPS',1108,'Y','N',NULL,1,'Checked for cold water shock and warmed up in the clubhouse'),(6,'2026-05-14',12,'NEAR',NULL,'N','N',NULL,2,'Eight on the water after dark without lights; captain spoke to the crew');
INSERT INTO subs VALUES ('S25-044',1110,'2025/26','SEN',400,'2025-04-30',NULL,200,'DD','Y'),('S26-001',1101,'2026/27','SEN',420,'2026-04-30','2026-04-02',420,'DD','N'),('S26-002',1102,'2026/27','SEN',420,'2026-04-30',NULL,0,NULL,'N'),('S26-003',1103,'2026/27','MAS',380,'2026-04-30','2026-04-10',380,'BACS','N'),('S26-004',1104,'2026/27','J',190,'2026-04-30','2026-04-28',95,'DD','Y'),('S26-005',1105,'2026/27','J',190,'2026-04-30',NULL,0,NULL,'N'),('S26-006',1106,'2026/27','COX',60,'2026-04-30','2026-04-30',60,'BACS','N'),('S26-007',1107,'2026/27','MAS',380,'2026-04-30',NULL,0,NULL,'N'),('S26-008',1108,'2026/27','NOV',150,'2026-05-20',NULL,0,NULL,'N'),('S26-009',1109,'2026/27','J',190,'2026-04-30','2026-04-01',190,'DD','N'),('S26-010',1111,'2026/27','SOC',45,'2026-04-30','2026-05-05',45,'CASH','N'),('S26-011',1112,'2026/27','SEN',420,'2026-04-30','2026-04-15',420,'DD','N'),('S26-012',1113,'2026/27','SEN',420,'2026-04-30','2026-04-03',420,'DD','N'),('S26-013',1114,'2026/27','SEN',420,'2026-04-30','2026-04-29',420,'BACS','N'),('S26-014',1115,'2026/27','SEN',420,'2026-04-30','2026-04-02',420,'DD','N');
INSERT INTO regattas VALUES ('WRC26','Worcester Head','River Severn, Worcester','2026-03-01','2026-03-01','2026-02-20','DONE'),('RHO26','Ross Regatta','River Wye, Ross-on-Wye','2026-04-25','2026-04-25','2026-04-15','DONE'),('NSR26','National Schools'' Regatta','Dorney Lake','2026-05-22','2026-05-24','2026-04-10','OPEN'),('WYE26','Hereford Regatta','River Wye, Hereford','2026-05-30','2026-05-31','2026-05-20','OPEN'),('MON26','Monmouth Regatta','River Wye, Monmouth','2026-06-13','2026-06-14','2026-06-03','OPEN'),('BRD26','Bridgnorth Regatta','River Severn, Bridgnorth','2026-03-28','2026-03-28','2026-03-18','CXL');
INSERT INTO race_entries VALUES (1,'WRC26','MasE 8+','Wyebridge Masters','H02',1103,48,'Y','LOST',0,NULL),(2,'WRC26','Op IM3 8+','Wyebridge A','H01',1101,48,'Y','WIN',2,NULL),(3,'RHO26','J16 4x+','Wyebridge J16','H03',1104,36,'Y','WIN',1,NULL),(4,'RHO26','W 2x','Wyebridge Hart and Lang','H08',1112,30,'Y','RU',0,NULL),(5,'RHO26','Op 8+','Wyebridge A','H01',1101,48,'Y','WIN',1,NULL),(6,'WYE26','Op IM3 8+','Wyebridge A','H01',1101,52,'Y',NULL,NULL,NULL),(7,'WYE26','MasD 8+','Wyebridge Masters','H02',1103,52,'N',NULL,NULL,NULL),(8,'WYE26','J16 4x+','Wyebridge J16','H03',1104,40,'N',NULL,NULL,NULL),(9,'WYE26','W 1x','Wyebridge Lang','H06',1102,28,'Y',NULL,NULL,'Her usual boat is holed, may need to borrow one'),(10,'NSR26','J16 4x+','Wyebridge J16','H03',1104,65,'Y',NULL,NULL,NULL),(11,'MON26','MasE 4x','Wyebridge Masters','H10',1103,40,'N',NULL,NULL,NULL),(12,'BRD26','Op IM3 8+','Wyebridge A','H01',1101,45,'Y','DNS',0,'Regatta cancelled, river in flood');
INSERT INTO erg_tests VALUES (1,1101,'2026-01-17',2000,382.4,95.6,86,125,53),(2,1113,'2026-01-17',2000,391.0,97.8,82,125,53),(3,1114,'2026-01-17',2000,398.2,99.6,88,128,53),(4,1115,'2026-01-17',2000,401.5,100.4,90,125,53),(5,1101,'2026-04-11',2000,378.9,94.7,85,125,53),(6,1113,'2026-04-11',2000,385.2,96.3,82,125,53),(7,1112,'2026-04-11',2000,441.0,110.3,64,115,53),(8,1102,'2026-04-11',2000,446.8,111.7,62,115,53),(9,1104,'2026-03-21',2000,478.0,119.5,58,110,51),(10,1109,'2026-03-21',2000,410.3,102.6,74,120,51),(11,1103,'2026-02-07',5000,1185.0,118.5,84,120,52),(12,1115,'2026-04-11',2000,395.0,98.8,90,125,53);
INSERT INTO boat_repairs VALUES (1,'H02','2026-04-04',1103,4,'Bent rigger at 5 seat','Club bosun (Gwyn Davies)',0,15,'2026-04-08','N'),(2,'H06','2026-04-25',1102,8,'Hole in the hull below the waterline, bow section','Hudson Boat Repairs',650,NULL,NULL,'Y'),(3,'H05','2026-03-28',1111,NULL,'Heel restraints on the foot stretchers perished','Club bosun (Gwyn Davies)',0,22,'2026-03-30','N'),(4,'H10','2026-05-10',1108,11,'Seat wheels sticking at 2','Club bosun (Gwyn Davies)',0,NULL,NULL,'N'),(5,'H01','2025-11-02',1101,NULL,'Fin knocked loose on the trailer','Empacher UK agent',180,210,'2025-11-20','N');
INSERT INTO ltr_signups VALUES (1,'LTR-APR26','Lucy','Watkins','lucy.watkins@example.com','07700 996108','1983-09-09','Y',95,5,1108,'OPEN'),(2,'LTR-APR26','Mike','Foley','mfoley@example.com','07700 997002','1979-01-15','Y',95,4,NULL,'WEB'),(3,'LTR-APR26','Anna','Kowalski','anna.k@example.com','07700 997003','1990-06-30','Y',95,2,NULL,'FRIEND'),(4,'LTR-MAY26','Priya','Nair','priya.nair@example.com','07700 997004','1987-02-02','Y',95,1,NULL,'WEB'),(5,'LTR-MAY26','Steve','Cole','steve.cole@example.com','07700 997005','1970-11-11','N',95,1,NULL,'WEB'),(6,'LTR-MAY26','Grace','Ellis','grace.e@example.com','07700 997006','1998-08-08','Y',0,0,NULL,'OPEN'),(7,'LTR-APR26','Rob','Tanner','rob.tanner@example.com','07700 997007','1985-05-05','Y',95,6,NULL,'OPEN');
