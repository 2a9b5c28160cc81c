-- An alpaca farm selling fleece, stud services and farm stays (wide animal register, breeders beside holiday guests and shop buyers, stud matings beside animal sales, fleece records beside yarn stock, shepherd huts beside alpaca walks): animals, paddocks, health treatments, shearing records, yarn stock, clients, stud services, animal sales, farm staff, shepherd huts, stays, alpaca walks and shop orders. No keys declared.
CREATE SCHEMA alpacafarm;
SET search_path = alpacafarm;
COMMENT ON SCHEMA alpacafarm IS 'Cwm Eithin Alpacas, a 60-acre hill farm near Llanidloes in mid Wales keeping about 70 registered huacaya and suri alpacas: females and cria in the lower fields, stud males and wethers (castrated males) in the upper fields; the herd is shorn each June by a visiting shearing team, fleece is graded and spun into yarn by a mini mill, stud males are used on our own females and on visiting females from other breeders (drive-by matings or livery), surplus animals are sold as pets, fleece or breeding stock, and the farm runs three shepherd huts as holiday lets and guided alpaca walks for day visitors; animals are registered with the British Alpaca Society (BAS)';
CREATE TABLE animals (ani_id text, ani_nm text, sex_cd char(1), dob date, breed_cd text, colour_cd text, sire_ref text, dam_ref text, bas_no text, chip_no text, status_cd text, paddock_ref text, stud_yn char(1), stud_fee numeric, wether_yn char(1), halter_yn char(1), walk_yn char(1), for_sale_yn char(1), price_amt numeric, bcs numeric, notes text);
COMMENT ON TABLE animals IS 'Herd register: every alpaca we own or have owned, including cria born here';
COMMENT ON COLUMN animals.ani_id IS 'Our herd number, also on the ear tag';
COMMENT ON COLUMN animals.sex_cd IS 'F female, M male (entire or wether)';
COMMENT ON COLUMN animals.breed_cd IS 'HUA huacaya (fluffy crimped fleece), SUR suri (long silky locks)';
COMMENT ON COLUMN animals.colour_cd IS 'BAS colour: W white, LF light fawn, MF medium fawn, DF dark fawn, LB light brown, MB mid brown, DB dark brown, BB bay black, TB true black, LSG light silver grey, MSG mid silver grey, MRG mid rose grey';
COMMENT ON COLUMN animals.sire_ref IS 'Father (animals.ani_id), or a BAS name for outside sires';
COMMENT ON COLUMN animals.dam_ref IS 'Mother (animals.ani_id)';
COMMENT ON COLUMN animals.status_cd IS 'HERD on the farm, SOLD, DIED, LOAN out on loan to another farm';
COMMENT ON COLUMN animals.paddock_ref IS 'Field they are grazing now (paddocks.pdk_cd)';
COMMENT ON COLUMN animals.stud_yn IS 'Y working stud male available for matings at stud_fee';
COMMENT ON COLUMN animals.wether_yn IS 'Y castrated male';
COMMENT ON COLUMN animals.walk_yn IS 'Y calm enough to be used on alpaca walks with visitors';
COMMENT ON COLUMN animals.bcs IS 'Body condition score at the last check, 1 (thin) to 5 (fat); 3 is ideal';
CREATE TABLE paddocks (pdk_cd text, pdk_nm text, acres numeric, grp_cd text, shelter_yn char(1), water_cd text, rested_from date, last_topped_dt date, ragwort_dt date);
COMMENT ON TABLE paddocks IS 'Fields and paddocks, grazed in rotation to keep the worm burden down';
COMMENT ON COLUMN paddocks.grp_cd IS 'Group grazing it: GIRLS breeding females and cria, STUD stud males, BOYS wethers and young males, WEAN weanlings, WALK walk team, REST empty and resting';
COMMENT ON COLUMN paddocks.water_cd IS 'TROUGH mains trough, STREAM, BOWSER filled by hand';
COMMENT ON COLUMN paddocks.rested_from IS 'Date the paddock was last emptied and rested; NULL being grazed';
COMMENT ON COLUMN paddocks.ragwort_dt IS 'Last time it was walked and ragwort pulled (poisonous to alpacas)';
CREATE TABLE treatments (tx_no integer, ani_ref text, tx_dt date, tx_cd text, product text, dose_ml numeric, given_by text, vet_nm text, reason text, cost_amt numeric, next_due_dt date);
COMMENT ON TABLE treatments IS 'Health records: vaccinations, worming, vitamin doses, toenail and teeth trims, vet visits and TB tests';
COMMENT ON COLUMN treatments.ani_ref IS 'Animal (animals.ani_id)';
COMMENT ON COLUMN treatments.tx_cd IS 'VACC clostridial vaccine (Lambivac), WORM wormer, ADE vitamin A, D and E injection (winter), NAIL toenail trim, TEETH teeth trim, FEC faecal egg count, TB tuberculosis test, VET vet visit, SPIT spit test for pregnancy, SCAN ultrasound pregnancy scan';
COMMENT ON COLUMN treatments.product IS 'Product used, e.g. Lambivac, Cydectin, Panacur, Vitamin ADE';
COMMENT ON COLUMN treatments.given_by IS 'Farm staff who gave it (staff.stf_cd), or VET';
COMMENT ON COLUMN treatments.next_due_dt IS 'When this treatment is due again for this animal';
CREATE TABLE shearing (shr_no integer, ani_ref text, shr_yr integer, shr_dt date, shearer text, blanket_g integer, neck_g integer, seconds_g integer, micron numeric, sd_micron numeric, cv_pct numeric, staple_mm integer, grade_cd text, use_cd text);
COMMENT ON TABLE shearing IS 'Fleece weights and fibre test results from each year''s shearing';
COMMENT ON COLUMN shearing.ani_ref IS 'Animal shorn (animals.ani_id)';
COMMENT ON COLUMN shearing.blanket_g IS 'Weight of the blanket (the prime fleece from the back and sides), grams; neck_g the neck, seconds_g legs, belly and bib';
COMMENT ON COLUMN shearing.micron IS 'Mean fibre diameter from the fleece test, microns (lower is finer; under 20 is superfine)';
COMMENT ON COLUMN shearing.sd_micron IS 'Standard deviation of fibre diameter';
COMMENT ON COLUMN shearing.grade_cd IS 'Grade: G1 ultrafine under 20 micron, G2 superfine 20-22.9, G3 fine 23-25.9, G4 medium 26-28.9, G5 strong 29-31.9, G6 coarse 32 and over';
COMMENT ON COLUMN shearing.use_cd IS 'What the fleece went to: MILL sent to the mill for yarn, RAW sold raw to hand spinners, DUVET duvet and felt batts, SHOW kept for fleece shows, WASTE';
CREATE TABLE yarn_stock (lot_no text, mill_nm text, spun_dt date, fleece_yr integer, colour_nm text, natural_yn char(1), ply_cd text, skein_g integer, skeins integer, price_amt numeric);
COMMENT ON TABLE yarn_stock IS 'Yarn and fleece products spun or made from our own herd''s fleece';
COMMENT ON COLUMN yarn_stock.colour_nm IS 'Colour as sold, e.g. natural white, fawn, chocolate, silver grey, dyed heather';
COMMENT ON COLUMN yarn_stock.natural_yn IS 'Y undyed natural colour of the fleece';
COMMENT ON COLUMN yarn_stock.ply_cd IS '4PLY, DK double knitting, ARAN, CHUNKY, LACE, BATT felting batt, ROV roving for spinners';
COMMENT ON COLUMN yarn_stock.skeins IS 'Skeins (or bags) in stock';
CREATE TABLE clients (cl_no integer, cl_nm text, farm_nm text, tel text, email text, town text, county text, cl_cd text, bas_member_yn char(1), notes text);
COMMENT ON TABLE clients IS 'Other breeders, animal buyers, holiday guests, walk bookers and shop customers';
COMMENT ON COLUMN clients.cl_cd IS 'BRD alpaca breeder, BUY pet or smallholder buyer, GUEST holiday guest or walk visitor, SHOP online shop customer, TRADE wool shop buying wholesale';
COMMENT ON COLUMN clients.county IS 'County or Welsh preserved county, e.g. Powys, Shropshire, Ceredigion, Herefordshire';
CREATE TABLE stud_services (svc_no integer, stud_ref text, fem_nm text, fem_bas_no text, fem_own_ref integer, svc_cd text, mate_dt date, spit_dt date, spit_res_cd text, scan_dt date, preg_yn char(1), livery_days integer, fee_amt numeric, livery_amt numeric, paid_yn char(1), live_cria_yn char(1), notes text);
COMMENT ON TABLE stud_services IS 'Matings by our stud males with visiting females from other breeders, and with our own females';
COMMENT ON COLUMN stud_services.stud_ref IS 'Stud male used (animals.ani_id)';
COMMENT ON COLUMN stud_services.fem_nm IS 'Female''s name; for our own females this is the herd name and fem_own_ref is NULL';
COMMENT ON COLUMN stud_services.fem_own_ref IS 'Owner of a visiting female (clients.cl_no); NULL our own female';
COMMENT ON COLUMN stud_services.svc_cd IS 'DRIVE drive-by mating (the owner brings her for the day), LIV female stays at livery until confirmed pregnant, MOB mobile mating (we take the male to her farm), OWN our own female';
COMMENT ON COLUMN stud_services.spit_res_cd IS 'Spit-off test a week after mating: SPIT she spat the male off, suggesting pregnant; SAT she sat for him again, not pregnant';
COMMENT ON COLUMN stud_services.preg_yn IS 'Y pregnancy confirmed by scan at about 60 days';
COMMENT ON COLUMN stud_services.fee_amt IS 'Stud fee, including a free remating if she does not hold';
COMMENT ON COLUMN stud_services.live_cria_yn IS 'Live birth guarantee: Y a live cria was born (eleven and a half months later)';
CREATE TABLE animal_sales (sale_no integer, ani_ref text, buyer_ref integer, sale_dt date, sale_cd text, price_amt numeric, dep_amt numeric, deliv_dt date, deliv_cd text, bas_transfer_yn char(1), aftercare_note text);
COMMENT ON TABLE animal_sales IS 'Alpacas sold';
COMMENT ON COLUMN animal_sales.ani_ref IS 'Animal sold (animals.ani_id)';
COMMENT ON COLUMN animal_sales.buyer_ref IS 'Buyer (clients.cl_no)';
COMMENT ON COLUMN animal_sales.sale_cd IS 'PET pet or fleece wether (always sold in at least pairs), BRD breeding female or stud male, PKG starter package (two pregnant females and a wether)';
COMMENT ON COLUMN animal_sales.deliv_cd IS 'COLL collected by the buyer, DEL we delivered, PEND still on the farm waiting for delivery';
COMMENT ON COLUMN animal_sales.bas_transfer_yn IS 'Y BAS registration transferred to the new owner';
CREATE TABLE staff (stf_cd text, stf_nm text, role_cd text, walk_lead_yn char(1), fa_exp date, start_dt date, leave_dt date);
COMMENT ON TABLE staff IS 'Family and staff working on the farm';
COMMENT ON COLUMN staff.role_cd IS 'OWN owner, HERD herd manager, WALK walk leader and visitor host, HOUSE huts housekeeping, SHOP online shop and yarn';
COMMENT ON COLUMN staff.walk_lead_yn IS 'Y can lead alpaca walks';
CREATE TABLE huts (hut_cd text, hut_nm text, sleeps integer, dog_yn char(1), tub_yn char(1), view_note text, night_amt numeric, wknd_amt numeric, min_nights integer, active_yn char(1));
COMMENT ON TABLE huts IS 'Shepherd huts let as holiday accommodation';
COMMENT ON COLUMN huts.tub_yn IS 'Y wood-fired hot tub';
COMMENT ON COLUMN huts.night_amt IS 'Price per night Sunday to Thursday; wknd_amt Friday and Saturday nights';
CREATE TABLE stays (stay_no integer, hut_ref text, guest_ref integer, booked_dt date, arr_dt date, nights integer, adults integer, kids integer, dogs integer, chan_cd text, total_amt numeric, dep_amt numeric, bal_paid_dt date, walk_incl_yn char(1), status_cd text, review_score integer, notes text);
COMMENT ON TABLE stays IS 'Holiday bookings in the shepherd huts';
COMMENT ON COLUMN stays.hut_ref IS 'Hut (huts.hut_cd)';
COMMENT ON COLUMN stays.guest_ref IS 'Lead guest (clients.cl_no)';
COMMENT ON COLUMN stays.chan_cd IS 'DIRECT our website or phone, ABNB Airbnb, CANO Canopy and Stars, SYK Sykes Cottages';
COMMENT ON COLUMN stays.walk_incl_yn IS 'Y an alpaca walk is included in the package';
COMMENT ON COLUMN stays.status_cd IS 'CONF confirmed, DONE stayed, CXL cancelled';
COMMENT ON COLUMN stays.review_score IS 'Review score the guest left, 1 to 5';
CREATE TABLE walks (walk_no integer, walk_dt date, slot_tm time, walk_cd text, cl_ref integer, stay_ref integer, adults integer, kids integer, pp_amt numeric, total_amt numeric, lead_ref text, animals_used text, status_cd text);
COMMENT ON TABLE walks IS 'Guided alpaca walks and meet-the-herd experiences for visitors';
COMMENT ON COLUMN walks.walk_cd IS 'TREK one-hour walk leading an alpaca on the hill track, MEET meet and feed in the paddock (30 minutes), PICNIC two-hour walk with a picnic, PRIV private walk for a group or a proposal';
COMMENT ON COLUMN walks.cl_ref IS 'Who booked (clients.cl_no)';
COMMENT ON COLUMN walks.stay_ref IS 'Hut stay the walk was included with (stays.stay_no); NULL day visitors';
COMMENT ON COLUMN walks.lead_ref IS 'Walk leader (staff.stf_cd)';
COMMENT ON COLUMN walks.animals_used IS 'Herd numbers of the alpacas taken out, comma separated';
COMMENT ON COLUMN walks.status_cd IS 'BKD booked, DONE, CXL cancelled (usually weather)';
CREATE TABLE shop_orders (ord_no text, cl_ref integer, ord_dt date, item_cd text, lot_ref text, qty integer, amt numeric, post_amt numeric, chan_cd text, dispatched_dt date, track_no text);
COMMENT ON TABLE shop_orders IS 'Online and farm shop orders for yarn, fleece, socks, duvets and soft toys';
COMMENT ON COLUMN shop_orders.cl_ref IS 'Customer (clients.cl_no)';
COMMENT ON COLUMN shop_orders.item_cd IS 'YARN yarn (lot_ref, yarn_stock.lot_no), FLEECE raw fleece for spinners, SOCK alpaca socks (bought in), DUV duvet, TOY soft toy, GIFT gift voucher';
COMMENT ON COLUMN shop_orders.chan_cd IS 'WEB our website, ETSY, FARM farm shop, SHOW sold at a show stall';
COMMENT ON COLUMN shop_orders.dispatched_dt IS 'Date posted; NULL not sent yet (farm shop sales are handed over at once)';
INSERT INTO animals VALUES
 ('CE001','Cwm Eithin Caradog','M','2016-06-20','HUA','W','Bozedown Picasso','CE000A','BAS-54120','985120000001','HERD','TOPF','Y',650,'N','Y','N','N',NULL,3,'Senior stud, champion white at the 2019 National Show'),
 ('CE002','Cwm Eithin Owain','M','2019-07-02','HUA','TB','Inca Black Onyx','CE010','BAS-61822','985120000002','HERD','TOPF','Y',450,'N','Y','N','N',NULL,3,NULL),
 ('CE003','Cwm Eithin Seren','F','2015-05-30','HUA','W','Bozedown Picasso','CE000B','BAS-51211','985120000003','HERD','LOWM','N',NULL,'N','Y','N','N',NULL,3,NULL),
 ('CE010','Cwm Eithin Mali','F','2014-06-11','HUA','BB',NULL,NULL,'BAS-48870','985120000010','HERD','LOWM','N',NULL,'N','Y','N','N',NULL,2.5,'Getting thin, watch condition'),
 ('CE011','Cwm Eithin Bethan','F','2018-07-14','HUA','MF','CE001','CE003','BAS-59904','985120000011','HERD','LOWM','N',NULL,'N','Y','N','Y',2200,3,NULL),
 ('CE012','Cwm Eithin Heledd','F','2020-06-25','SUR','LSG',NULL,NULL,'BAS-63011','985120000012','HERD','LOWM','N',NULL,'N','Y','N','N',NULL,3.5,'Suri'),
 ('CE020','Dai','M','2021-06-30','HUA','MF','CE001','CE010','BAS-66103','985120000020','HERD','RIVR','N',NULL,'Y','Y','Y','N',NULL,3,'Walk team leader, very calm'),
 ('CE021','Twm','M','2021-07-09','HUA','DB','CE002','CE011','BAS-66104','985120000021','HERD','RIVR','N',NULL,'Y','Y','Y','N',NULL,3,NULL),
 ('CE022','Sion','M','2022-06-18','HUA','W','CE001','CE003','BAS-68330','985120000022','HERD','RIVR','N',NULL,'Y','Y','Y','Y',450,3,'Pet wether'),
 ('CE023','Gethin','M','2022-07-05','HUA','LF','CE001','CE011','BAS-68331','985120000023','HERD','RIVR','N',NULL,'Y','Y','N','Y',450,3,'Pet wether, pairs with Sion'),
 ('CE030','Cwm Eithin Nia','F','2024-06-15','HUA','TB','CE002','CE010','BAS-72110','985120000030','SOLD',NULL,'N',NULL,'N','Y','N','N',NULL,3,NULL),
 ('CE031','Cwm Eithin Elis','M','2024-07-01','HUA','W','CE001','CE003','BAS-72111','985120000031','HERD','WEAN','N',NULL,'N','N','N','N',NULL,3,'Possible future stud'),
 ('CE032','Cwm Eithin Alaw','F','2025-06-22','HUA','MF','CE001','CE011','BAS-74020','985120000032','HERD','WEAN','N',NULL,'N','N','N','N',NULL,3,NULL),
 ('CE033','Cwm Eithin Ffion','F','2023-06-28','HUA','LF','CE002','CE003','BAS-70055','985120000033','SOLD',NULL,'N',NULL,'N','Y','N','N',NULL,3,NULL),
 ('CE024','Bryn','M','2019-06-10','HUA','MSG',NULL,NULL,'BAS-61990','985120000024','DIED',NULL,'N',NULL,'Y','Y','Y','N',NULL,NULL,'Died March 2026, heat stress ruled out, old injury');
INSERT INTO paddocks VALUES
 ('TOPF','Top Field',6,'STUD','Y','TROUGH',NULL,'2026-05-20','2026-06-01'),
 ('LOWM','Lower Meadow',8,'GIRLS','Y','TROUGH',NULL,'2026-05-28','2026-06-02'),
 ('RIVR','River Field',5,'WALK','Y','STREAM',NULL,'2026-04-30','2026-05-15'),
 ('WEAN','Weaning Paddock',2,'WEAN','Y','BOWSER',NULL,NULL,'2026-05-15'),
 ('BANK','Bank Field',4,'REST','N','STREAM','2026-01-10','2025-09-01','2025-07-20'),
 ('HILL','Hill Allotment',10,'REST','N','STREAM','2026-03-28','2025-08-15','2025-08-01');
INSERT INTO treatments VALUES
 (1,'CE003','2025-12-05','VACC','Lambivac',2,'GW',NULL,'Six-monthly booster',1.2,'2026-06-05'),
 (2,'CE010','2025-12-05','VACC','Lambivac',2,'GW',NULL,'Six-monthly booster',1.2,'2026-06-05'),
 (3,'CE011','2026-03-10','VACC','Lambivac',2,'GW',NULL,'Booster before cria',1.2,'2026-09-10'),
 (4,'CE012','2025-12-05','VACC','Lambivac',2,'GW',NULL,'Six-monthly booster',1.2,'2026-06-05'),
 (5,'CE001','2026-02-20','WORM','Cydectin 1%',3,'GW',NULL,'High FEC in the Top Field',4.5,NULL),
 (6,'CE002','2026-02-20','WORM','Cydectin 1%',2.5,'GW',NULL,'High FEC in the Top Field',4,NULL),
 (7,'CE020','2026-04-02','WORM','Panacur',10,'GW',NULL,'Routine',2,NULL),
 (8,'CE010','2026-05-18','VET','Metacam',4,'VET','Hafren Vets, Llanidloes','Lame front left, abscess',85,'2026-06-18'),
 (9,'CE020','2026-05-30','NAIL',NULL,NULL,'GW',NULL,'Routine trim',0,'2026-08-30'),
 (10,'CE001','2026-01-15','ADE','Vitamin ADE',4,'GW',NULL,'Winter vitamin D',1.5,'2026-03-15'),
 (11,'CE003','2026-06-08','VACC','Lambivac',2,'GW',NULL,'Six-monthly booster',1.2,'2026-12-08'),
 (12,'CE001','2025-11-10','TB','Tuberculin',NULL,'VET','Hafren Vets, Llanidloes','Pre-movement TB skin test, clear',60,NULL),
 (13,'CE031','2026-05-02','TEETH',NULL,NULL,'VET','Hafren Vets, Llanidloes','Fighting teeth removed',45,NULL);
INSERT INTO shearing VALUES
 (1,'CE001',2025,'2025-06-14','Wool Works shearing team',2900,800,1200,24.8,5.1,20.6,95,'G3','MILL'),
 (2,'CE002',2025,'2025-06-14','Wool Works shearing team',2600,700,1100,22.1,4.8,21.7,88,'G2','SHOW'),
 (3,'CE003',2025,'2025-06-14','Wool Works shearing team',2300,600,900,27.4,6.2,22.6,80,'G4','MILL'),
 (4,'CE010',2025,'2025-06-14','Wool Works shearing team',1800,500,900,31.2,7.0,22.4,72,'G5','DUVET'),
 (5,'CE011',2025,'2025-06-14','Wool Works shearing team',2500,650,950,21.5,4.5,20.9,90,'G2','MILL'),
 (6,'CE020',2025,'2025-06-14','Wool Works shearing team',2700,700,1000,25.6,5.5,21.5,92,'G3','MILL'),
 (7,'CE001',2026,'2026-06-06','Wool Works shearing team',2800,750,1150,25.4,5.3,20.9,92,'G3','MILL'),
 (8,'CE002',2026,'2026-06-06','Wool Works shearing team',2700,720,1100,22.9,4.9,21.4,90,'G2','SHOW'),
 (9,'CE003',2026,'2026-06-06','Wool Works shearing team',2200,600,900,28.1,6.4,22.8,78,'G4','MILL'),
 (10,'CE011',2026,'2026-06-06','Wool Works shearing team',2450,640,940,22.0,4.6,20.9,88,'G2','MILL'),
 (11,'CE012',2026,'2026-06-06','Wool Works shearing team',2100,500,700,24.0,5.0,20.8,140,'G3','RAW'),
 (12,'CE020',2026,'2026-06-06','Wool Works shearing team',2650,700,950,26.3,5.6,21.3,90,'G4','MILL'),
 (13,'CE021',2026,'2026-06-06','Wool Works shearing team',2750,720,1000,24.1,5.2,21.6,95,'G3','MILL'),
 (14,'CE031',2026,'2026-06-06','Wool Works shearing team',2200,560,800,19.2,3.9,20.3,98,'G1','SHOW');
INSERT INTO yarn_stock VALUES
 ('Y25-01','Natural Fibre Company, Launceston','2025-10-20',2025,'natural white','Y','DK',50,42,8.5),
 ('Y25-02','Natural Fibre Company, Launceston','2025-10-20',2025,'fawn','Y','DK',50,8,8.5),
 ('Y25-03','Natural Fibre Company, Launceston','2025-10-20',2025,'fawn','Y','4PLY',50,25,8.5),
 ('Y25-04','Natural Fibre Company, Launceston','2025-10-20',2025,'black','Y','ARAN',100,12,15),
 ('Y25-05','Natural Fibre Company, Launceston','2025-11-05',2025,'dyed heather','N','DK',50,0,9.5),
 ('Y25-06','Own farm','2025-09-01',2025,'mixed natural','Y','BATT',100,18,7);
INSERT INTO clients VALUES
 (1,'Gwen Parry','Pen y Bryn Alpacas','07700 970001','gwen@penybryn.example','Rhayader','Powys','BRD','Y',NULL),
 (2,'Mark and Lisa Doyle','Clun Valley Alpacas','07700 970002','doyles@clunvalley.example','Clun','Shropshire','BRD','Y',NULL),
 (3,'Steve Harding','Harding Smallholding','07700 970003','steve.h@example.com','Church Stretton','Shropshire','BUY','N','Bought two wethers as guardians for his sheep'),
 (4,'Alys Thomas',NULL,'07700 970004','alys.t@example.com','Aberystwyth','Ceredigion','GUEST','N',NULL),
 (5,'James Whitfield',NULL,'07700 970005','jwhitfield@example.com','Birmingham','West Midlands','GUEST','N',NULL),
 (6,'Knit Nook Newtown',NULL,'01686 000006','orders@knitnook.example','Newtown','Powys','TRADE','N','Wool shop, 30% trade discount'),
 (7,'Helen Brown',NULL,'07700 970007','helen.b@example.com','Hereford','Herefordshire','SHOP','N',NULL),
 (8,'Tegid Lewis','Lewis Alpacas','07700 970008','tegid@lewisalpacas.example','Ludlow','Shropshire','BRD','Y',NULL),
 (9,'Sarah Cole',NULL,'07700 970009','sarah.cole@example.com','Bristol','Gloucestershire','GUEST','N','Proposal walk!');
INSERT INTO stud_services VALUES
 (101,'CE001','Pen y Bryn Lowri','BAS-60112',1,'DRIVE','2025-07-10','2025-07-17','SPIT','2025-09-08','Y',0,650,0,'Y','N','Lost the cria at birth; free remating offered'),
 (102,'CE001','Clun Valley Rhiannon','BAS-58877',2,'LIV','2025-08-02','2025-08-09','SAT',NULL,'N',21,650,105,'Y',NULL,'Remated 16 August'),
 (103,'CE001','Clun Valley Rhiannon','BAS-58877',2,'LIV','2025-08-16','2025-08-23','SPIT','2025-10-15','Y',0,0,0,'Y',NULL,'Free remate'),
 (104,'CE002','Lewis Tirion','BAS-64500',8,'DRIVE','2026-05-20','2026-05-27','SPIT',NULL,NULL,0,450,0,'N',NULL,NULL),
 (105,'CE001','Cwm Eithin Seren',NULL,NULL,'OWN','2025-07-02','2025-07-09','SPIT','2025-09-01','Y',0,0,0,'Y',NULL,NULL),
 (106,'CE002','Cwm Eithin Bethan',NULL,NULL,'OWN','2026-06-01','2026-06-08','SPIT',NULL,NULL,0,0,0,'Y',NULL,NULL),
 (107,'CE001','Pen y Bryn Lowri','BAS-60112',1,'DRIVE','2026-06-05',NULL,NULL,NULL,NULL,0,0,0,'Y',NULL,'Free remating under the live cria guarantee'),
 (108,'CE001','Lewis Mererid','BAS-66001',8,'MOB','2026-05-28','2026-06-04','SPIT',NULL,NULL,0,700,0,'N',NULL,'Mobile mating at Ludlow');
INSERT INTO animal_sales VALUES
 (1,'CE030',2,'2025-11-15','BRD',3200,800,'2025-12-01','DEL','Y',NULL),
 (2,'CE033',8,'2026-03-02','BRD',2800,500,'2026-03-20','COLL','N','BAS transfer form not yet signed'),
 (3,'CE022',3,'2026-06-01','PET',450,100,NULL,'PEND','N','Going with Gethin once his field is fenced'),
 (4,'CE023',3,'2026-06-01','PET',450,100,NULL,'PEND','N',NULL);
INSERT INTO staff VALUES
 ('GW','Gareth Williams','OWN','Y','2027-01-31','2012-03-01',NULL),('CW','Catrin Williams','HERD','Y','2026-05-15','2012-03-01',NULL),
 ('LJ','Llyr Jones','WALK','Y','2026-11-30','2024-04-01',NULL),('MP','Mair Price','HOUSE','N',NULL,'2022-05-01',NULL),('EW','Elin Williams','SHOP','N',NULL,'2023-09-01',NULL);
INSERT INTO huts VALUES
 ('H1','Cwtch',2,'N','Y','Looks down the valley to the river; nearest the girls'' paddock',115,135,2,'Y'),
 ('H2','Y Nyth',2,'Y','N','Edge of the wood, dog-friendly with an enclosed garden',95,115,2,'Y'),
 ('H3','Bwthyn Bach',4,'N','Y','Family hut with bunks, by the walk team field',135,160,3,'Y');
INSERT INTO stays VALUES
 (301,'H1',5,'2026-02-14','2026-04-03',3,2,0,0,'ABNB',405,0,'2026-04-03','Y','DONE',5,NULL),
 (302,'H3',4,'2026-03-01','2026-05-23',3,2,2,0,'DIRECT',455,100,'2026-05-09','Y','DONE',4,'Bank holiday weekend'),
 (303,'H2',7,'2026-04-20','2026-06-12',2,2,0,1,'SYK',230,0,'2026-04-20','N','CONF',NULL,NULL),
 (304,'H1',9,'2026-05-02','2026-06-12',2,2,0,0,'DIRECT',270,80,'2026-05-29','Y','CONF',NULL,'Proposal walk booked for Saturday morning, keep it secret'),
 (305,'H3',5,'2026-05-15','2026-06-19',2,2,1,0,'ABNB',320,0,'2026-05-15','N','CONF',NULL,NULL),
 (306,'H2',4,'2025-07-01','2025-07-25',4,2,0,2,'ABNB',420,0,'2025-07-01','N','DONE',5,NULL),
 (307,'H1',7,'2025-06-20','2025-08-14',3,2,0,0,'ABNB',385,0,'2025-06-20','Y','DONE',4,NULL),
 (308,'H3',5,'2025-05-10','2025-08-22',7,2,2,0,'CANO',1015,300,'2025-07-22','Y','DONE',5,NULL),
 (309,'H2',4,'2026-05-10','2026-05-29',2,2,0,0,'DIRECT',230,60,NULL,'N','CXL',NULL,'Cancelled, family illness');
INSERT INTO walks VALUES
 (401,'2026-05-02','10:00','TREK',5,NULL,4,0,35,140,'LJ','CE020,CE021','DONE'),
 (402,'2026-05-09','14:00','MEET',7,NULL,2,3,15,75,'CW',NULL,'DONE'),
 (403,'2026-05-16','10:00','TREK',4,NULL,2,0,35,70,'LJ','CE020,CE021','CXL'),
 (404,'2026-05-24','10:00','TREK',4,302,2,2,0,0,'LJ','CE020,CE021,CE022','DONE'),
 (405,'2026-05-30','12:00','PICNIC',5,NULL,6,0,55,330,'GW','CE020,CE021','DONE'),
 (406,'2026-06-13','09:00','PRIV',9,304,2,0,0,0,'LJ','CE020','BKD'),
 (407,'2026-06-13','11:00','TREK',3,NULL,3,1,35,140,'LJ','CE020,CE021','BKD'),
 (408,'2026-04-04','10:00','TREK',5,301,2,0,0,0,'GW','CE020,CE021','DONE');
INSERT INTO shop_orders VALUES
 ('SO-2601',7,'2026-05-20','YARN','Y25-01',10,85,3.95,'WEB','2026-05-21','RM123456789GB'),
 ('SO-2602',6,'2026-05-25','YARN','Y25-03',20,119,0,'WEB','2026-05-27','DPD-88120'),
 ('SO-2603',4,'2026-06-04','SOCK',NULL,2,36,3.95,'ETSY',NULL,NULL),
 ('SO-2604',7,'2026-06-07','YARN','Y25-02',5,42.5,3.95,'WEB',NULL,NULL),
 ('SO-2605',NULL,'2026-05-24','TOY',NULL,1,18,0,'FARM','2026-05-24',NULL),
 ('SO-2606',1,'2026-06-08','FLEECE',NULL,2,60,6.5,'WEB',NULL,NULL);
