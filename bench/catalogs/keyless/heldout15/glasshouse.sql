-- A commercial tomato and cucumber glasshouse grower (wide crop planting table): glasshouse blocks, crops planted, varieties, daily harvests, dispatches to customers, permanent staff and seasonal pickers, labour agencies, pickers' piece-work records, pest scouting, pesticide spraying, biological control releases and climate computer readings. No keys declared.
CREATE SCHEMA glasshouse;
SET search_path = glasshouse;
COMMENT ON SCHEMA glasshouse IS 'Hornsea Road Growers Ltd, a family glasshouse nursery in East Yorkshire with about nine hectares under glass in five blocks, growing vine, loose, cherry and plum tomatoes and long cucumbers on rockwool and coir slabs for two supermarkets and a wholesaler. Heat and CO2 come from a combined heat and power engine, with a biomass boiler on the oldest block and supplementary LED or HPS lighting for winter cropping. Crops are planted in December and January and picked from March to November; picking is done by seasonal workers supplied by licensed labour agencies and paid per kilo or per hour, pests are controlled mainly with biological control (predatory insects and parasitic wasps) with chemical sprays as a last resort, and everything sold must be traceable to a block and planting';
CREATE TABLE houses (gh_cd text, gh_nm text, site text, area_m2 integer, yr_built integer, heat_cd text, light_cd text, gutter_ht_m numeric, screen_yn char(1), substrate_cd text, bays integer, organic_yn char(1));
COMMENT ON TABLE houses IS 'Glasshouse blocks (compartments) on the nursery';
COMMENT ON COLUMN houses.heat_cd IS 'CHP combined heat and power engine, BIO biomass boiler (wood chip), GAS gas boiler only';
COMMENT ON COLUMN houses.light_cd IS 'Supplementary lighting: LED, HPS high-pressure sodium, NONE unlit (summer crop only)';
COMMENT ON COLUMN houses.gutter_ht_m IS 'Height to the gutter; newer, taller houses hold a more stable climate';
COMMENT ON COLUMN houses.screen_yn IS 'Has thermal and shade screens';
COMMENT ON COLUMN houses.substrate_cd IS 'ROCK rockwool slabs, COIR coconut fibre slabs, SOIL grown in the ground';
CREATE TABLE varieties (var_cd text, var_nm text, crop_cd text, truss_cd text, seed_house text, resist_cd text, avg_fruit_g integer, brix_typ numeric);
COMMENT ON TABLE varieties IS 'Tomato and cucumber varieties we grow or trial';
COMMENT ON COLUMN varieties.crop_cd IS 'TOM tomato, CUC cucumber';
COMMENT ON COLUMN varieties.truss_cd IS 'How the fruit is sold: VINE on the vine, LOOSE loose round, CHERRY cherry on the vine, PLUM baby plum, BEEF beefsteak, LONG long cucumber, MINI mini cucumber';
COMMENT ON COLUMN varieties.resist_cd IS 'Disease resistances claimed by the seed company, e.g. ToBRFV (tomato brown rugose fruit virus, the notifiable virus), TMV, Ff leaf mould, PM powdery mildew';
COMMENT ON COLUMN varieties.brix_typ IS 'Typical sugar content in degrees Brix (sweetness)';
CREATE TABLE crops (crop_no integer, house text, bay_from integer, bay_to integer, var_ref text, plant_dt date, prop_nursery text, plants_qty integer, stem_dens numeric, grafted_yn char(1), rootstock text, interlit_yn char(1), ipm_prog text, pollin_cd text, target_kg_m2 numeric, first_pick_dt date, last_pick_dt date, clearout_dt date, co2_ppm_set integer, day_temp_set numeric, night_temp_set numeric, ec_set numeric, ph_set numeric, drain_pct_set integer, grower integer, status_cd text, red_tractor_yn char(1), notes text);
COMMENT ON TABLE crops IS 'Each planting of one variety in a block (or part of a block) for a season: plant date, plants and stems, grafting, lighting, pollination, yield target, picking dates, climate and irrigation set-points, the grower responsible and where the crop has got to';
COMMENT ON COLUMN crops.house IS 'Glasshouse block (houses.gh_cd)';
COMMENT ON COLUMN crops.bay_from IS 'First and last bay of the block the planting occupies (bay_from to bay_to)';
COMMENT ON COLUMN crops.var_ref IS 'Variety planted (varieties.var_cd)';
COMMENT ON COLUMN crops.prop_nursery IS 'Propagation nursery that raised the young plants';
COMMENT ON COLUMN crops.stem_dens IS 'Stems per square metre';
COMMENT ON COLUMN crops.grafted_yn IS 'Grafted onto a vigorous rootstock (rootstock names it)';
COMMENT ON COLUMN crops.interlit_yn IS 'LED interlighting between the rows as well as top lighting';
COMMENT ON COLUMN crops.ipm_prog IS 'Integrated pest management programme agreed with the biological control supplier';
COMMENT ON COLUMN crops.pollin_cd IS 'BEE bumblebee hives, VIB hand vibration, NONE (cucumbers need no pollination)';
COMMENT ON COLUMN crops.target_kg_m2 IS 'Yield the crop is budgeted to give over the season, kilograms per square metre';
COMMENT ON COLUMN crops.clearout_dt IS 'Date the old crop was pulled out and the house cleaned down';
COMMENT ON COLUMN crops.ec_set IS 'Target electrical conductivity of the feed solution (mS/cm), i.e. feed strength; ph_set its pH';
COMMENT ON COLUMN crops.drain_pct_set IS 'Target percentage of irrigation water draining from the slabs';
COMMENT ON COLUMN crops.grower IS 'Section grower responsible (staff.emp_id)';
COMMENT ON COLUMN crops.status_cd IS 'PLAN, PLANT planted not yet picking, PICK in production, END picking finished, OUT cleared';
COMMENT ON COLUMN crops.red_tractor_yn IS 'Covered by our Red Tractor / GLOBALG.A.P. assurance certificate (required by the supermarkets)';
CREATE TABLE harvests (hv_id integer, crop integer, pick_dt date, gross_kg numeric, cl1_kg numeric, cl2_kg numeric, waste_kg numeric, trays integer, pick_hrs numeric);
COMMENT ON TABLE harvests IS 'Daily picked weight from each crop as weighed in the packhouse, split by grade';
COMMENT ON COLUMN harvests.crop IS 'Crop picked (crops.crop_no)';
COMMENT ON COLUMN harvests.cl1_kg IS 'Class 1 (supermarket grade) kilos; cl2_kg Class 2 sold to the wholesaler; waste_kg split, blotchy or rotten fruit binned';
COMMENT ON COLUMN harvests.pick_hrs IS 'Total picker hours spent picking that crop that day';
CREATE TABLE customers (cust_cd text, cust_nm text, cust_type text, pay_days integer, depot text, spec_ref text);
COMMENT ON TABLE customers IS 'Who we sell to';
COMMENT ON COLUMN customers.cust_type IS 'MULT supermarket (multiple retailer), WHS wholesaler or market trader, PO producer organisation, PROC processor (sauces and soups)';
COMMENT ON COLUMN customers.spec_ref IS 'The customer''s product specification we must meet';
CREATE TABLE dispatches (desp_no integer, desp_dt date, cust text, crop_ref integer, pack_cd text, trays integer, kg numeric, price_kg numeric, rej_kg numeric, rej_rsn text, haulier text);
COMMENT ON TABLE dispatches IS 'Loads sent out of the packhouse to customers, with the crop they came from, price and anything the customer rejected on arrival';
COMMENT ON COLUMN dispatches.cust IS 'Customer (customers.cust_cd)';
COMMENT ON COLUMN dispatches.crop_ref IS 'Crop the fruit came from, for traceability (crops.crop_no)';
COMMENT ON COLUMN dispatches.pack_cd IS 'PP punnet 250g, FW flow-wrapped cucumber, LS loose 6 kg tray, VN vine tray';
COMMENT ON COLUMN dispatches.rej_kg IS 'Kilos rejected at the customer''s depot; rej_rsn SOFT, COL colour, SIZE out of spec, TEMP warm on arrival, PEST';
CREATE TABLE staff (emp_id integer, emp_nm text, role_cd text, spray_cert text, start_dt date, mob text, forklift_yn char(1));
COMMENT ON TABLE staff IS 'Permanent employees of the nursery';
COMMENT ON COLUMN staff.role_cd IS 'GRW section grower, SCT crop scout, PKH packhouse manager, ENG engineer (boilers, CHP, irrigation), MGR nursery manager, SUP picking supervisor';
COMMENT ON COLUMN staff.spray_cert IS 'Pesticide application certificate held: PA1 foundation, PA6 hand-held sprayer, PA1/PA6 both; empty means not allowed to spray';
CREATE TABLE pickers (pkr_no integer, pkr_nm text, agency text, nat_cd text, visa_cd text, start_dt date, end_dt date, piece_rt_kg numeric, hrly_rt numeric, caravan_no text);
COMMENT ON TABLE pickers IS 'Seasonal pickers and crop workers for this season (not employees: supplied and paid through a labour agency)';
COMMENT ON COLUMN pickers.agency IS 'Labour agency supplying the picker (labour_agencies.ag_cd)';
COMMENT ON COLUMN pickers.visa_cd IS 'SWV Seasonal Worker visa (six months maximum), SETT settled or pre-settled status, UK British or Irish';
COMMENT ON COLUMN pickers.piece_rt_kg IS 'Piece rate per kilo picked; pickers always get at least the hourly rate (hrly_rt)';
COMMENT ON COLUMN pickers.caravan_no IS 'On-site caravan they live in, empty if living off site';
CREATE TABLE labour_agencies (ag_cd text, ag_nm text, glaa_lic text, lic_exp date, fee_pct numeric, sponsor_yn char(1), audit_dt date);
COMMENT ON TABLE labour_agencies IS 'Labour providers who supply our seasonal pickers';
COMMENT ON COLUMN labour_agencies.glaa_lic IS 'Gangmasters and Labour Abuse Authority licence number; using an unlicensed provider is a criminal offence';
COMMENT ON COLUMN labour_agencies.sponsor_yn IS 'Licensed scheme operator able to sponsor Seasonal Worker visas';
COMMENT ON COLUMN labour_agencies.audit_dt IS 'Date of our last ethical audit of the agency';
CREATE TABLE pick_records (pr_id integer, picker integer, pick_dt date, house text, crop_ref integer, hrs numeric, kg_picked numeric, trays integer, pay_amt numeric, qc_fail_cnt integer);
COMMENT ON TABLE pick_records IS 'Each picker''s work per day: where, how long, how much they picked and what they earned';
COMMENT ON COLUMN pick_records.picker IS 'Picker (pickers.pkr_no)';
COMMENT ON COLUMN pick_records.qc_fail_cnt IS 'Trays the packhouse sent back for under-ripe, damaged or mixed fruit';
CREATE TABLE scouting (sc_id integer, gh text, scout_dt date, scout integer, bay integer, pest_cd text, sev integer, action_cd text, notes text);
COMMENT ON TABLE scouting IS 'Weekly crop walks recording pests and diseases found in each house';
COMMENT ON COLUMN scouting.scout IS 'Who walked the crop (staff.emp_id)';
COMMENT ON COLUMN scouting.pest_cd IS 'WF glasshouse whitefly, THR thrips, SM two-spotted spider mite, APH aphids, TUTA tomato leaf miner (Tuta absoluta), BOT botrytis grey mould, PM powdery mildew, TBRF suspected ToBRFV virus (notifiable: quarantine and report to the plant health inspectors)';
COMMENT ON COLUMN scouting.sev IS 'Severity from 1 (odd one found) to 5 (widespread damage)';
COMMENT ON COLUMN scouting.action_cd IS 'NONE, BIO release biological control, SPRAY chemical spray, REM remove affected plants or leaves, NOTIFY report to plant health';
CREATE TABLE spray_log (sp_id integer, gh text, app_dt date, product text, mapp_no text, active_ing text, rate_per_ha numeric, litres_water integer, operator integer, phi_days integer, reentry_hrs integer, target_pest text);
COMMENT ON TABLE spray_log IS 'Record of every chemical pesticide or fungicide application (a legal requirement)';
COMMENT ON COLUMN spray_log.mapp_no IS 'Product approval (MAPP) number';
COMMENT ON COLUMN spray_log.operator IS 'Who applied it (staff.emp_id); must hold a spray certificate';
COMMENT ON COLUMN spray_log.phi_days IS 'Harvest interval: days after spraying before fruit from the house may be picked';
COMMENT ON COLUMN spray_log.reentry_hrs IS 'Hours before workers may go back into the house without protective clothing';
COMMENT ON COLUMN spray_log.target_pest IS 'Pest or disease targeted, same codes as scouting.pest_cd';
CREATE TABLE bio_releases (rel_id integer, gh text, rel_dt date, agent_cd text, qty integer, supplier text, cost numeric, target text);
COMMENT ON TABLE bio_releases IS 'Releases of beneficial insects and mites (biological control) and bumblebee hives into a house';
COMMENT ON COLUMN bio_releases.agent_cd IS 'ENC Encarsia formosa wasps (whitefly), MAC Macrolophus bugs (whitefly and Tuta), PHY Phytoseiulus mites (spider mite), AMB Amblyseius mites (thrips), APH-P Aphidius wasps (aphids), BEE bumblebee hive';
COMMENT ON COLUMN bio_releases.qty IS 'Number of insects or mites released, or hives for BEE';
CREATE TABLE climate_log (gh_cd text, read_ts timestamp, air_c numeric, rh_pct integer, co2_ppm integer, par_umol integer, pipe_c numeric, vent_pct integer, screen_pct integer);
COMMENT ON TABLE climate_log IS 'Hourly readings from the climate computer in each house';
COMMENT ON COLUMN climate_log.par_umol IS 'Light at the crop (photosynthetically active radiation, micromoles per square metre per second)';
COMMENT ON COLUMN climate_log.pipe_c IS 'Heating pipe water temperature';
COMMENT ON COLUMN climate_log.vent_pct IS 'Roof vents open, percent';
INSERT INTO houses VALUES
('H1','Old Block','Main',12000,1988,'BIO','NONE',4.2,'N','SOIL',40,'Y'),
('H2','Block 2','Main',18000,2004,'CHP','HPS',5.5,'Y','ROCK',60,'N'),
('H3','Block 3','Main',20000,2012,'CHP','LED',6.5,'Y','ROCK',64,'N'),
('H4','Cucumber House','Main',16000,2008,'CHP','HPS',5.5,'Y','COIR',50,'N'),
('H5','New Block','North',24000,2023,'CHP','LED',7,'Y','ROCK',72,'N');
INSERT INTO varieties VALUES
('MRT','Merlice','TOM','VINE','De Ruiter','ToBRFV,TMV,Ff',105,4.8),
('PIC','Piccolo','TOM','CHERRY','Enza Zaden','TMV,Ff',15,8.5),
('SOL','Solarino','TOM','PLUM','Rijk Zwaan','ToBRFV,TMV',18,8),
('ROM','Romanesque','TOM','LOOSE','Syngenta','TMV',120,4.3),
('BOS','Bosporus','CUC','LONG','Rijk Zwaan','PM',390,NULL),
('HEI','Heirloom Striped','TOM','BEEF','Seedsplus',NULL,260,5.2);
INSERT INTO crops VALUES
(2601,'H2',1,60,'MRT','2025-12-15','Greenhouse Raisers Ltd',40500,3.6,'Y','Maxifort','N','Std tomato','BEE',58,'2026-03-02',NULL,NULL,800,21,17,3.2,5.8,30,3,'PICK','Y',NULL),
(2602,'H3',1,40,'PIC','2025-12-01','Greenhouse Raisers Ltd',26000,3.8,'Y','Emperador','Y','Cherry','BEE',42,'2026-02-16',NULL,NULL,900,21.5,17.5,3.6,5.7,28,3,'PICK','Y','Lit crop'),
(2603,'H3',41,64,'SOL','2025-12-01','Greenhouse Raisers Ltd',15600,3.8,'Y','Emperador','Y','Cherry','BEE',38,'2026-02-23',NULL,NULL,900,21.5,17.5,3.6,5.7,28,3,'PICK','Y',NULL),
(2604,'H4',1,50,'BOS','2026-01-10','Vale Plants',25000,1.6,'N',NULL,'N','Cucumber','NONE',75,'2026-02-20','2026-05-29','2026-06-05',700,22,19,2.4,5.6,25,5,'OUT','Y','First cucumber crop, replanted June'),
(2605,'H4',1,50,'BOS','2026-06-08','Vale Plants',25000,1.6,'N',NULL,'N','Cucumber','NONE',40,NULL,NULL,NULL,600,23,19,2.2,5.6,25,5,'PLANT','Y','Second cucumber crop'),
(2606,'H1',1,40,'HEI','2026-02-20','Own propagation',14000,2.4,'N',NULL,'N','Organic','BEE',22,'2026-05-11',NULL,NULL,NULL,20,15,2.5,6.2,NULL,3,'PICK','N','Organic heritage crop; not yet certified'),
(2607,'H5',1,72,'ROM','2025-11-20','Greenhouse Raisers Ltd',56000,3.4,'Y','Maxifort','Y','Std tomato','BEE',75,'2026-02-09',NULL,NULL,1000,21,17,3.4,5.8,30,5,'PICK','Y',NULL);
INSERT INTO harvests VALUES
(1,2601,'2026-06-15',5420,5010,310,100,903,118),
(2,2602,'2026-06-15',1890,1760,90,40,7560,96),
(3,2603,'2026-06-15',1210,1100,80,30,4840,61),
(4,2607,'2026-06-15',7350,6600,520,230,1225,142),
(5,2606,'2026-06-15',610,420,120,70,102,30),
(6,2601,'2026-06-16',5610,5200,300,110,935,121),
(7,2607,'2026-06-16',7100,6150,650,300,1183,139),
(8,2604,'2026-05-28',3900,3700,150,50,650,48),
(9,2602,'2026-06-16',1950,1790,110,50,7800,98);
INSERT INTO customers VALUES
('TSC','Northmart Supermarkets','MULT',28,'Doncaster RDC','NM-TOM-14'),
('MRS','Fairway Foods','MULT',35,'Wakefield DC','FF-SP-220'),
('WHS','Humber Fruit Wholesale','WHS',14,'Hull market',NULL),
('PRC','Yorkshire Soup Co','PROC',30,'Leeds',NULL);
INSERT INTO dispatches VALUES
(1,'2026-06-15','TSC',2601,'VN',880,5280,1.62,0,NULL,'Own lorry'),
(2,'2026-06-15','MRS',2602,'PP',7000,1750,4.1,62.5,'SOFT','Coldline Haulage'),
(3,'2026-06-15','MRS',2603,'PP',4400,1100,3.95,0,NULL,'Coldline Haulage'),
(4,'2026-06-15','TSC',2607,'LS',1100,6600,1.28,240,'COL','Own lorry'),
(5,'2026-06-16','WHS',2607,'LS',200,1170,0.7,0,NULL,'Own lorry'),
(6,'2026-06-16','WHS',2606,'LS',90,540,1.9,0,NULL,'Own lorry'),
(7,'2026-06-16','PRC',2601,'LS',50,300,0.35,0,NULL,'Collected'),
(8,'2026-05-28','TSC',2604,'FW',3600,3700,0.82,120,'TEMP','Coldline Haulage');
INSERT INTO staff VALUES
(1,'Robert Ashcroft','MGR','PA1/PA6','1994-03-01','07700 970001','Y'),
(2,'Jan Kowalczyk','SUP',NULL,'2015-02-16','07700 970002','Y'),
(3,'Emily Scott','GRW','PA1/PA6','2017-08-01','07700 970003','N'),
(4,'Dominic Hale','SCT','PA1','2021-04-12','07700 970004','N'),
(5,'Ines Moreira','GRW','PA1/PA6','2019-01-07','07700 970005','Y'),
(6,'Gary Walsh','ENG',NULL,'2010-06-01','07700 970006','Y'),
(7,'Tom Ashcroft','PKH',NULL,'2020-01-06','07700 970007','Y');
INSERT INTO labour_agencies VALUES
('AGR','AgriStaff Solutions','GLAA-0412','2027-03-31',18,'Y','2026-02-10'),
('FLD','Fieldforce Recruitment','GLAA-1177','2026-05-31',16.5,'N','2024-11-05'),
('PLG','Pro-Land Global','GLAA-0090','2026-12-31',19,'Y',NULL);
INSERT INTO pickers VALUES
(101,'Andrii Bondar','AGR','UA','SWV','2026-03-01','2026-08-31',0.11,12.21,'C04'),
(102,'Nodira Karimova','AGR','UZ','SWV','2026-03-01','2026-08-31',0.11,12.21,'C04'),
(103,'Marius Popescu','FLD','RO','SETT','2026-02-15',NULL,0.1,12.21,NULL),
(104,'Elena Dimitrova','PLG','BG','SETT','2026-03-10',NULL,0.11,12.21,'C07'),
(105,'Aigerim Sultan','PLG','KZ','SWV','2026-04-01','2026-09-30',0.11,12.21,'C07'),
(106,'Callum Price','FLD','GB','UK','2026-06-01','2026-09-05',NULL,12.21,NULL);
INSERT INTO pick_records VALUES
(1,101,'2026-06-15','H2',2601,9,1180,197,129.8,0),
(2,102,'2026-06-15','H2',2601,9,1010,168,111.1,2),
(3,103,'2026-06-15','H5',2607,8.5,1240,207,124,1),
(4,104,'2026-06-15','H3',2602,8,310,1240,97.68,0),
(5,105,'2026-06-15','H3',2603,8,280,1120,97.68,3),
(6,106,'2026-06-15','H5',2607,7,420,70,85.47,4),
(7,101,'2026-06-16','H2',2601,9,1220,203,134.2,0),
(8,103,'2026-06-16','H5',2607,8.5,1190,198,119,0),
(9,104,'2026-06-16','H3',2602,8,330,1320,97.68,1);
INSERT INTO scouting VALUES
(1,'H2','2026-06-08',4,14,'WF',2,'BIO','Whitefly scales on lower leaves'),
(2,'H3','2026-06-08',4,22,'SM',3,'BIO','Spider mite hot spot by the door'),
(3,'H5','2026-06-08',4,50,'TUTA',2,'BIO','Mines on upper leaves, pheromone trap count 40'),
(4,'H1','2026-06-09',4,8,'PM',3,'SPRAY',NULL),
(5,'H3','2026-06-15',4,22,'SM',4,'SPRAY','Predators not keeping up'),
(6,'H5','2026-06-15',4,61,'TBRF',1,'NOTIFY','Mottled fruit on two plants, samples sent to the lab, bays 60-62 quarantined'),
(7,'H2','2026-06-15',3,30,'BOT',2,'REM','Stem lesions after the humid weekend');
INSERT INTO spray_log VALUES
(1,'H1','2026-06-10','Sulphur 80 WG','12345','sulphur',3,1000,5,1,24,'PM'),
(2,'H3','2026-06-16','Floramite 240 SC','15467','bifenazate',0.4,1200,3,3,24,'SM'),
(3,'H2','2026-05-20','Teldor','16621','fenhexamid',1.5,1000,1,1,12,'BOT'),
(4,'H3','2026-06-17','Floramite 240 SC','15467','bifenazate',0.4,1200,4,3,24,'SM');
INSERT INTO bio_releases VALUES
(1,'H2','2026-06-09','ENC',90000,'Koppert',189,'WF'),
(2,'H3','2026-06-09','PHY',20000,'Koppert',210,'SM'),
(3,'H5','2026-06-09','MAC',12000,'Biobest',432,'TUTA'),
(4,'H2','2026-06-01','BEE',8,'Biobest',440,NULL),
(5,'H3','2026-06-01','BEE',10,'Biobest',550,NULL),
(6,'H5','2026-06-16','MAC',12000,'Biobest',432,'TUTA'),
(7,'H3','2026-06-16','AMB',100000,'Koppert',165,'THR');
INSERT INTO climate_log VALUES
('H2','2026-06-15 06:00',16.8,91,420,120,38,0,0),
('H2','2026-06-15 13:00',28.9,62,410,980,25,85,40),
('H3','2026-06-15 06:00',17.2,88,850,410,42,0,0),
('H3','2026-06-15 13:00',31.5,55,450,1020,25,100,50),
('H5','2026-06-15 13:00',26.4,66,700,950,25,60,30),
('H4','2026-06-15 13:00',30.2,70,600,900,30,90,0),
('H1','2026-06-15 13:00',33.8,48,380,1050,20,100,0);
