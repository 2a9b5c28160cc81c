-- A pipe organ builder and restorer (wide organ register with long descriptions): clients, the organs we know and look after, tuning contracts and tuning visits, enquiries, restoration and new-organ projects, stage payments, workshop craftsmen and outside specialists, workshop timesheets, ranks of pipes, workshop stock and suppliers. No keys declared.
CREATE SCHEMA organbuild;
SET search_path = organbuild;
COMMENT ON SCHEMA organbuild IS 'Harwood & Lisle Organ Builders, a workshop of a dozen craftsmen in Worcestershire that builds new pipe organs, restores and rebuilds historic ones (cleaning and overhauling, releathering bellows and pneumatic motors, restoring tracker action, revoicing, moving organs between buildings), and keeps about eighty organs in tune on annual tuning contracts, mostly in Church of England and Catholic churches, cathedrals, schools, college chapels and a few concert halls and private houses. Work on a church organ usually needs a faculty (church permission) and the Diocesan Organ Adviser''s support, large projects are part-funded by grants, and historic organs may carry a BIOS Historic Organ Certificate';
CREATE TABLE clients (client_no integer, cl_nm text, cl_type text, diocese text, contact text, contact_role text, tel text, email text, addr text, town text, pcode text, acct_yn char(1), since_yr integer);
COMMENT ON TABLE clients IS 'Churches, cathedrals, schools, halls and private owners we work for; one client may own several organs';
COMMENT ON COLUMN clients.cl_type IS 'CE Church of England parish, RC Roman Catholic, NC nonconformist chapel (Methodist, Baptist, URC), CATH cathedral, SCH school or college chapel, HALL concert or civic hall, PRIV private residence';
COMMENT ON COLUMN clients.contact_role IS 'Who we deal with: DOM director of music or organist, CW churchwarden, BUR bursar, PM parish administrator, OWN owner';
COMMENT ON COLUMN clients.acct_yn IS 'Invoiced on account (Y) or pays before we release work (N)';
CREATE TABLE instruments (organ_id integer, site_client integer, bldg_nm text, town text, orig_builder text, yr_built integer, manuals integer, stops_cnt integer, ranks_cnt integer, pipes_cnt integer, action_cd text, stop_action_cd text, wind_cd text, blower_mk text, pitch_hz numeric, temperament_cd text, case_cd text, pedal_cd text, combo_sys text, console_loc text, npor_ref text, bios_cert text, listed_bldg text, heating_cd text, humid_issue_yn char(1), last_tune_dt date, last_overhaul_yr integer, insured_val numeric, on_contract_yn char(1), condition_cd integer, notes text);
COMMENT ON TABLE instruments IS 'Register of the organs we have built, restored, surveyed or tune: where each one is, who built it and when, its size and specification, action and wind, its heritage status, condition and insurance value';
COMMENT ON COLUMN instruments.site_client IS 'Owner of the building the organ stands in (clients.client_no)';
COMMENT ON COLUMN instruments.manuals IS 'Number of keyboards played by hand (1 to 4); the pedalboard is not counted';
COMMENT ON COLUMN instruments.stops_cnt IS 'Speaking stops (not couplers)';
COMMENT ON COLUMN instruments.action_cd IS 'Key action: TRK mechanical tracker, TPN tubular-pneumatic, EP electro-pneumatic, DE direct electric, MIX tracker manuals with electric pedal';
COMMENT ON COLUMN instruments.stop_action_cd IS 'MECH mechanical drawstops, ELEC electric stop action (solenoids), TAB stop tabs';
COMMENT ON COLUMN instruments.wind_cd IS 'ELEC electric blower, HAND hand-blown (still has a working pump handle), BOTH';
COMMENT ON COLUMN instruments.pitch_hz IS 'Frequency of treble A; modern pitch is 440, many Victorian organs stand sharper at around 452';
COMMENT ON COLUMN instruments.temperament_cd IS 'Tuning system: ET equal temperament, MT meantone, WT a well temperament (Valotti, Young, Kirnberger)';
COMMENT ON COLUMN instruments.case_cd IS 'CASE full wooden case, SCRN pipes displayed on a screen, CHAM in an organ chamber, NONE open pipework';
COMMENT ON COLUMN instruments.pedal_cd IS 'Pedalboard: RCO radiating and concave (standard), FLAT straight flat board, SHORT short compass pedals, NONE manuals only';
COMMENT ON COLUMN instruments.combo_sys IS 'Piston capture system fitted, e.g. Solid State Logic, Kimber-Allen, or NONE for fixed or no pistons';
COMMENT ON COLUMN instruments.npor_ref IS 'Survey number in the National Pipe Organ Register';
COMMENT ON COLUMN instruments.bios_cert IS 'British Institute of Organ Studies Historic Organ Certificate grade: I, II* or II, empty if none. A certificated organ must be restored conservatively, keeping original material';
COMMENT ON COLUMN instruments.listed_bldg IS 'Listing grade of the building (I, II*, II), empty if not listed';
COMMENT ON COLUMN instruments.heating_cd IS 'How the building is heated: UF underfloor, GAS warm-air gas heaters blowing near the organ (bad for tuning and leather), RAD radiators, NONE unheated';
COMMENT ON COLUMN instruments.humid_issue_yn IS 'Damp or very dry air has caused problems (splitting soundboards, mould, sticking sliders)';
COMMENT ON COLUMN instruments.on_contract_yn IS 'Y tuned by us under an annual tuning contract';
COMMENT ON COLUMN instruments.condition_cd IS 'Our last assessment: 1 excellent, 2 good, 3 serviceable, 4 poor (work needed within five years), 5 unplayable or failing';
CREATE TABLE tuning_contracts (contract_no text, organ_ref integer, start_dt date, renew_dt date, visits_pa integer, fee_per_visit numeric, reeds_only_visits integer, status_cd text);
COMMENT ON TABLE tuning_contracts IS 'Annual agreements to tune and maintain an organ a set number of times a year';
COMMENT ON COLUMN tuning_contracts.organ_ref IS 'Organ covered (instruments.organ_id)';
COMMENT ON COLUMN tuning_contracts.reeds_only_visits IS 'Extra short visits a year to tune the reed stops only, e.g. before Christmas and Easter';
COMMENT ON COLUMN tuning_contracts.status_cd IS 'LIVE, LAPSED (not renewed), TERM terminated by the client';
CREATE TABLE tuning_visits (visit_id integer, organ_id integer, visit_dt date, tuner integer, hrs numeric, ciphers_fixed integer, temp_c numeric, rh_pct integer, full_tune_yn char(1), chargeable_yn char(1), fee numeric, report text);
COMMENT ON TABLE tuning_visits IS 'Each visit to tune or attend to an organ, contract or one-off: who went, the church temperature and humidity, ciphers cleared and the tuner''s report';
COMMENT ON COLUMN tuning_visits.tuner IS 'Craftsman who did the tuning (craftsmen.crafts_no)';
COMMENT ON COLUMN tuning_visits.ciphers_fixed IS 'Number of ciphers (notes sounding on their own without a key held down) put right';
COMMENT ON COLUMN tuning_visits.rh_pct IS 'Relative humidity measured in the building; below 45% risks splitting wood and leather';
COMMENT ON COLUMN tuning_visits.full_tune_yn IS 'Y full tuning, N reeds only or an emergency call';
COMMENT ON COLUMN tuning_visits.chargeable_yn IS 'Y charged separately (fee), N covered by the tuning contract';
CREATE TABLE enquiries (enq_no integer, client integer, organ integer, recv_dt date, enq_cd text, src_cd text, adviser_nm text, visit_dt date, outcome_cd text);
COMMENT ON TABLE enquiries IS 'Approaches from clients or potential clients asking for a survey, quotation or advice, before any project exists';
COMMENT ON COLUMN enquiries.enq_cd IS 'SURV condition survey, QUOTE restoration or new organ quotation, TUNE tuning contract, ADV advice on a second-hand or redundant organ, INS insurance valuation';
COMMENT ON COLUMN enquiries.src_cd IS 'How they found us: DOA recommended by the Diocesan Organ Adviser, REP repeat client, WEB, WOM word of mouth, TEN invited to tender';
COMMENT ON COLUMN enquiries.adviser_nm IS 'Independent organ adviser or consultant involved';
COMMENT ON COLUMN enquiries.outcome_cd IS 'OPEN, PROJ became a project, LOST, DECL we declined';
CREATE TABLE projects (proj_no text, organ_ref integer, proj_cd text, descr text, quote_amt numeric, contract_amt numeric, grant_body text, grant_amt numeric, faculty_ref text, faculty_dt date, removal_dt date, start_dt date, reinstall_dt date, complete_dt date, lead_hand integer, status_cd text);
COMMENT ON TABLE projects IS 'Contracts for workshop work on an organ: new organs, restorations, rebuilds, clean and overhauls and removals to another building';
COMMENT ON COLUMN projects.proj_cd IS 'NEW new organ, REST historic restoration, REBUILD rebuild or enlargement, CLEAN clean and overhaul, RELOC dismantle and re-erect elsewhere, CONS new console only';
COMMENT ON COLUMN projects.grant_body IS 'Main funder: NLHF National Lottery Heritage Fund, ORGT an organ trust, NCT National Churches Trust, LOC local fundraising only';
COMMENT ON COLUMN projects.faculty_ref IS 'Faculty (Church of England permission for works to a church) reference; the work cannot start before faculty_dt';
COMMENT ON COLUMN projects.removal_dt IS 'Date the pipes and action were taken out of the building to the workshop';
COMMENT ON COLUMN projects.lead_hand IS 'Craftsman leading the project (craftsmen.crafts_no)';
COMMENT ON COLUMN projects.status_cd IS 'SIGNED contract signed, WKSP in the workshop, SITE installing or voicing on site, DONE, HOLD waiting for funds or faculty';
CREATE TABLE stage_payments (pay_id integer, proj text, stage_cd text, due_dt date, amt numeric, inv_no text, inv_dt date, paid_dt date, paid_amt numeric);
COMMENT ON TABLE stage_payments IS 'Instalments due under a project contract and what has been invoiced and received';
COMMENT ON COLUMN stage_payments.proj IS 'Project (projects.proj_no)';
COMMENT ON COLUMN stage_payments.stage_cd IS 'SIGN on signing, REM on removal to the workshop, INST on installation, COMP on completion, RET retention held for a year';
CREATE TABLE craftsmen (crafts_no integer, nm text, trade_cd text, hrly_rt numeric, start_dt date, ibo_yn char(1), ipaf_yn char(1), dbs_yn char(1), tuner_yn char(1), leave_dt date);
COMMENT ON TABLE craftsmen IS 'Our own employed organ builders and apprentices';
COMMENT ON COLUMN craftsmen.trade_cd IS 'VOICER flue voicer, REED reed voicer, PIPE pipe maker, CASE case maker and joiner, ACT action maker, CONS console and electrics, APPR apprentice, GEN general organ builder';
COMMENT ON COLUMN craftsmen.ibo_yn IS 'Member of the Institute of British Organ Building';
COMMENT ON COLUMN craftsmen.ipaf_yn IS 'Trained to use mobile scaffold towers and access platforms';
COMMENT ON COLUMN craftsmen.dbs_yn IS 'Has a DBS check (needed to work in schools and some churches)';
COMMENT ON COLUMN craftsmen.tuner_yn IS 'Goes out tuning organs on contract';
CREATE TABLE specialists (spec_id text, firm_nm text, specialism text, day_rate numeric, pli_cover numeric, pli_exp date, town text);
COMMENT ON TABLE specialists IS 'Outside firms and self-employed specialists we bring in: gilders and decorators for case pipes, blower engineers, electricians, scaffolders, hauliers';
COMMENT ON COLUMN specialists.pli_cover IS 'Public liability insurance cover; pli_exp its expiry';
CREATE TABLE workshop_hours (ts_id integer, worker integer, proj_ref text, wk_dt date, hrs numeric, task_cd text);
COMMENT ON TABLE workshop_hours IS 'Hours each craftsman booked to a project';
COMMENT ON COLUMN workshop_hours.worker IS 'Craftsman (craftsmen.crafts_no)';
COMMENT ON COLUMN workshop_hours.task_cd IS 'DISM dismantling, LEATH releathering, PIPE pipe repair, VOIC voicing, ACT action, CASE casework, INST installation, TUNE final tuning';
CREATE TABLE pipe_ranks (rank_id integer, organ_ref integer, proj_ref text, division_cd text, stop_nm text, pitch_ft text, pipes integer, metal_cd text, orig_yn char(1), cond_cd text, loc_cd text);
COMMENT ON TABLE pipe_ranks IS 'Ranks (sets) of pipes we have handled: which organ and stop they belong to, what they are made of and where they are now';
COMMENT ON COLUMN pipe_ranks.division_cd IS 'GT Great, SW Swell, CH Choir, PED Pedal, SOLO';
COMMENT ON COLUMN pipe_ranks.pitch_ft IS 'Nominal pitch of the stop in feet: 16, 8, 4, 2 2/3, 2, or MIX for a mixture';
COMMENT ON COLUMN pipe_ranks.metal_cd IS 'SPOT spotted metal (tin-lead alloy), PLAIN plain metal (mostly lead), TIN high tin, ZINC, WOOD';
COMMENT ON COLUMN pipe_ranks.orig_yn IS 'Original pipework from when the organ was built';
COMMENT ON COLUMN pipe_ranks.cond_cd IS 'OK, COLL collapsed feet or sagging, SPLIT split seams, MISS pipes missing, REP being repaired';
COMMENT ON COLUMN pipe_ranks.loc_cd IS 'ORG in the organ, WKSP in our workshop, STORE in long-term store';
CREATE TABLE stock_items (stk_cd text, descr text, cat_cd text, uom text, qty_on_hand numeric, reorder_lvl numeric, unit_cost numeric, supplier text);
COMMENT ON TABLE stock_items IS 'Materials held in the workshop';
COMMENT ON COLUMN stock_items.cat_cd IS 'LEATH leather (thin for pouches and motors, heavy for bellows), METAL pipe metal sheet, TIMB timber (oak, pine, mahogany), FELT cloth and felts, ELEC cable and magnets, GLUE hot animal glue';
COMMENT ON COLUMN stock_items.supplier IS 'Usual supplier (suppliers.sup_cd)';
CREATE TABLE suppliers (sup_cd text, sup_nm text, ctry_cd text, lead_wks integer, acct_no text);
COMMENT ON TABLE suppliers IS 'Firms we buy organ parts and materials from, in Britain and abroad';
INSERT INTO clients VALUES
(1,'St Mary the Virgin, Bredon','CE','Worcester','Rev. Anne Foley','CW','01684 770001','office@stmarysbredon.example','Church St','Bredon','GL20 7LA','Y',2004),
(2,'Worcester College of Music','SCH',NULL,'Dr Philip Hale','BUR','01905 770002','bursar@wcm.example','College Yard','Worcester','WR1 2LH','Y',2011),
(3,'St Joseph RC Church','RC','Birmingham (RC)','Mrs Carol Dunne','PM','01386 770003','stjoseph@example.org','High St','Evesham','WR11 4HS','Y',2016),
(4,'Malvern Priory Concerts Trust','HALL',NULL,'Ian Grey','DOM','01684 770004','ian.grey@example.org','Abbey Rd','Malvern','WR14 3ES','Y',2019),
(5,'Mr Julian Forbes','PRIV',NULL,'Julian Forbes','OWN','07700 770005','jforbes@example.com','The Old Rectory','Ledbury','HR8 1AA','N',2023),
(6,'Hereford St Peter''s','CE','Hereford','Graham Nash','DOM','01432 770006','music@stpeters.example','St Peter St','Hereford','HR1 2LE','Y',2009),
(7,'Pershore Methodist Church','NC',NULL,'Eileen Crabb','CW','01386 770007',NULL,'Broad St','Pershore','WR10 1BB','N',2024);
INSERT INTO instruments VALUES
(101,1,'St Mary the Virgin','Bredon','Nicholson',1874,2,18,20,1052,'TRK','MECH','ELEC','Watkins & Watson',440,'ET','CASE','RCO','NONE','Chancel north side','N05211','II*','I','UF','N','2026-03-18',1998,420000,'Y',3,'Fine Victorian two-manual, Swell reeds unstable'),
(102,2,'College Chapel','Worcester','Harwood & Lisle',2009,3,34,41,2206,'TRK','ELEC','ELEC','Laukhuff',440,'WT','CASE','RCO','Solid State Logic','West gallery',NULL,NULL,'II','RAD','N','2026-05-20',NULL,1250000,'Y',1,'Our opus 31'),
(103,3,'St Joseph','Evesham','Conacher',1902,2,14,15,790,'TPN','MECH','ELEC','Discus',452,'ET','CHAM','RCO','NONE','Chancel',NULL,NULL,NULL,'GAS','Y','2025-11-02',1961,180000,'Y',5,'Tubular action very slow, several dead notes, leather perished throughout'),
(104,4,'Priory Hall','Malvern','Hill',1889,3,38,45,2510,'EP','ELEC','ELEC','Discus',440,'ET','SCRN','RCO','Kimber-Allen','Platform',NULL,'II','II','RAD','N','2026-04-25',1972,950000,'Y',4,'Electro-pneumatic rebuild of 1972 failing; certificated Hill pipework'),
(105,5,'Music Room, The Old Rectory','Ledbury','Snetzler',1766,1,6,6,285,'TRK','MECH','BOTH',NULL,415,'MT','CASE','NONE','NONE','Music room',NULL,'I','II',NULL,'Y','2026-02-10',1985,600000,'N',3,'Chamber organ, hand pump still works'),
(106,6,'St Peter','Hereford','Willis',1881,3,31,36,1920,'EP','TAB','ELEC','Watkins & Watson',440,'ET','CHAM','RCO','Solid State Logic','South aisle',NULL,NULL,'II*','GAS','Y','2026-06-03',2004,780000,'Y',2,NULL),
(107,7,'Pershore Methodist','Pershore','Nelson',1925,2,11,11,616,'TPN','MECH','ELEC','Discus',440,'ET','CASE','FLAT','NONE','Front of church',NULL,NULL,NULL,'NONE','Y','2025-09-30',NULL,95000,'N',4,'Being offered to us as a redundant organ');
INSERT INTO tuning_contracts VALUES
('TC-101',101,'2019-01-01','2027-01-01',2,245,1,'LIVE'),
('TC-102',102,'2010-09-01','2026-09-01',4,260,2,'LIVE'),
('TC-103',103,'2016-04-01','2026-04-01',2,210,0,'LAPSED'),
('TC-104',104,'2019-07-01','2026-07-01',3,320,1,'LIVE'),
('TC-106',106,'2009-05-01','2027-05-01',2,280,1,'LIVE'),
('TC-107',107,'2024-01-01','2025-01-01',1,190,0,'TERM');
INSERT INTO tuning_visits VALUES
(1,102,'2026-01-14',4,3.5,1,14.5,52,'Y','N',0,'All well'),
(2,101,'2026-03-18',4,4,2,9,61,'Y','N',0,'Swell Cornopean and Oboe badly out, retuned'),
(3,104,'2026-04-25',7,5,6,17,38,'Y','N',0,'Dry hall, ciphers on Swell; humidifier advised'),
(4,105,'2026-02-10',7,2,0,16,47,'Y','Y',180,'Pump handle leather worn'),
(5,102,'2026-05-20',4,3,0,18,50,'Y','N',0,NULL),
(6,103,'2025-11-02',4,3,4,7,72,'Y','N',0,'Numerous dead notes, recommend full restoration'),
(7,106,'2026-06-03',7,4.5,3,22,41,'Y','N',0,'Warm-air heaters blowing on the Choir; tuning drifts'),
(8,104,'2026-06-12',7,1,2,19,35,'N','Y',95,'Emergency call before concert, Trumpet cipher');
INSERT INTO enquiries VALUES
(1,3,103,'2025-11-20','QUOTE','DOA','Dr Roger Lane','2025-12-08','PROJ'),
(2,4,104,'2026-01-09','QUOTE','TEN','Prof Helen Ashby','2026-02-02','PROJ'),
(3,7,107,'2026-04-30','ADV','WOM',NULL,'2026-05-14','OPEN'),
(4,NULL,NULL,'2026-05-21','TUNE','WEB',NULL,NULL,'OPEN'),
(5,6,106,'2026-03-11','INS','REP',NULL,'2026-03-25','PROJ'),
(6,1,101,'2025-06-01','SURV','REP','Dr Roger Lane','2025-06-20','LOST');
INSERT INTO projects VALUES
('P-2501',103,'REST','Full restoration of Conacher tubular-pneumatic action, releather, clean',148000,152500,'NLHF',90000,NULL,NULL,'2026-02-16','2026-02-16','2026-09-14',NULL,2,'WKSP'),
('P-2502',104,'REBUILD','Replace 1972 electro-pneumatic action, restore Hill pipework, new console',395000,401000,'ORGT',60000,NULL,NULL,NULL,NULL,NULL,NULL,1,'HOLD'),
('P-2401',102,'CLEAN','Fifteen-year clean and overhaul of opus 31',38000,38000,'LOC',0,NULL,NULL,'2024-07-01','2024-07-01','2024-08-20','2024-08-30',2,'DONE'),
('P-2503',101,'CONS','Restore console, new pedalboard',26500,27400,'LOC',0,'FAC-2025-0388','2025-10-02',NULL,'2025-10-20','2025-11-10','2025-11-28',6,'DONE'),
('P-2601',106,'RELOC','Move Choir division from chamber to west gallery',64000,NULL,'NCT',15000,'FAC-2026-0112',NULL,NULL,NULL,NULL,NULL,1,'SIGNED');
INSERT INTO stage_payments VALUES
(1,'P-2501','SIGN','2026-01-15',30500,'HL-2601','2026-01-10','2026-01-28',30500),
(2,'P-2501','REM','2026-02-20',45750,'HL-2611','2026-02-18','2026-03-30',45750),
(3,'P-2501','INST','2026-09-14',45750,NULL,NULL,NULL,NULL),
(4,'P-2501','COMP','2026-10-01',22875,NULL,NULL,NULL,NULL),
(5,'P-2501','RET','2027-10-01',7625,NULL,NULL,NULL,NULL),
(6,'P-2503','SIGN','2025-10-01',8220,'HL-2541','2025-09-28','2025-10-05',8220),
(7,'P-2503','COMP','2025-12-01',17810,'HL-2558','2025-11-28',NULL,NULL),
(8,'P-2503','RET','2026-11-28',1370,NULL,NULL,NULL,NULL),
(9,'P-2401','COMP','2024-09-15',38000,'HL-2433','2024-08-30','2024-10-01',38000);
INSERT INTO craftsmen VALUES
(1,'Martin Harwood','VOICER',48,'1996-09-01','Y','Y','Y','N',NULL),
(2,'Claire Lisle','ACT',42,'2001-03-12','Y','Y','Y','N',NULL),
(3,'Owen Price','PIPE',34,'2014-06-02','N','N','N','N',NULL),
(4,'Becky Tanner','GEN',36,'2012-01-09','Y','Y','Y','Y',NULL),
(5,'Josh Merrick','APPR',14.5,'2024-09-02','N','N','Y','N',NULL),
(6,'Dev Kapoor','CONS',38,'2017-04-18','Y','N','N','N',NULL),
(7,'Frank Ellery','REED',40,'1989-02-01','Y','N','Y','Y',NULL),
(8,'Nina Voss','CASE',33,'2019-10-01','N','Y','N','N','2025-12-19');
INSERT INTO specialists VALUES
('SP1','Gilt Edge Decorative','Gilding and stencilling of display pipes',420,2000000,'2026-11-30','Stroud'),
('SP2','Windsure Blowers','Blower servicing and rewinding',380,5000000,'2026-03-31','Bristol'),
('SP3','Towerline Scaffolding','Scaffold towers inside churches',600,10000000,'2027-01-31','Worcester'),
('SP4','A. Cole Electrical','Church electrician',300,2000000,'2026-08-31','Malvern'),
('SP5','Fine Art Haulage Ltd','Transport of pipes and soundboards',950,5000000,'2025-12-31','Gloucester');
INSERT INTO workshop_hours VALUES
(1,2,'P-2501','2026-02-16',8,'DISM'),(2,5,'P-2501','2026-02-16',8,'DISM'),(3,4,'P-2501','2026-02-17',7.5,'DISM'),
(4,2,'P-2501','2026-03-02',37.5,'LEATH'),(5,5,'P-2501','2026-03-02',37.5,'LEATH'),(6,3,'P-2501','2026-03-09',30,'PIPE'),
(7,2,'P-2501','2026-04-06',37.5,'ACT'),(8,1,'P-2501','2026-05-11',12,'VOIC'),(9,6,'P-2503','2025-10-20',37.5,'CASE'),
(10,6,'P-2503','2025-11-03',30,'INST'),(11,4,'P-2503','2025-11-10',6,'TUNE'),(12,3,'P-2501','2026-05-18',22,'PIPE');
INSERT INTO pipe_ranks VALUES
(1,103,'P-2501','GT','Open Diapason','8',56,'SPOT','Y','SPLIT','WKSP'),
(2,103,'P-2501','GT','Dulciana','8',56,'PLAIN','Y','COLL','WKSP'),
(3,103,'P-2501','SW','Oboe','8',56,'SPOT','Y','REP','WKSP'),
(4,103,'P-2501','PED','Bourdon','16',30,'WOOD','Y','OK','WKSP'),
(5,104,NULL,'GT','Large Open Diapason','8',61,'SPOT','Y','OK','ORG'),
(6,104,NULL,'SOLO','Tuba','8',61,'SPOT','N','OK','ORG'),
(7,101,NULL,'SW','Cornopean','8',56,'SPOT','Y','OK','ORG'),
(8,107,NULL,'GT','Clarabella','8',56,'WOOD','Y','MISS','ORG'),
(9,NULL,NULL,'GT','Stopped Diapason','8',56,'WOOD','Y','OK','STORE');
INSERT INTO stock_items VALUES
('LTH-PCH','Pouch leather, thin lambskin','LEATH','SKIN',40,60,18.5,'S1'),
('LTH-BEL','Bellows leather, heavy hide','LEATH','SKIN',6,4,95,'S1'),
('MTL-SP50','Spotted metal sheet 50% tin','METAL','KG',120,80,38,'S2'),
('TMB-OAK','Quarter-sawn English oak','TIMB','M3',0.8,0.5,2600,'S4'),
('FLT-RED','Red baize cloth','FELT','M',12,20,9.5,'S3'),
('GLU-HOT','Pearl animal glue','GLUE','KG',3,5,14,'S3'),
('ELE-MAG','Direct electric magnets 90 ohm','ELEC','EA',150,100,6.2,'S3');
INSERT INTO suppliers VALUES
('S1','Hewit Leathers','GB',3,'HL-4471'),
('S2','Orgelbau Metallwerk','DE',8,'OM-2290'),
('S3','Laukhuff Parts','DE',6,'LP-0032'),
('S4','Whitmore Timber','GB',2,'WT-118');
