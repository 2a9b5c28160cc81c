-- A dog daycare and grooming business (wide dog record table): owners, dogs, their vets, daycare day bookings, pick-up van runs, prepaid day packages, grooming appointments and the grooming price list, daycare handlers and groomers, incidents, payments and the retail shelf. No keys declared.
CREATE SCHEMA dogdaycare;
SET search_path = dogdaycare;
COMMENT ON SCHEMA dogdaycare IS 'Waggin'' Tails, a licensed dog day care centre and grooming salon on a converted farm on the edge of Harrogate: dogs come for a full day or half day in play groups sorted by size and temperament after a trial assessment, many are collected from home by our two vans, owners buy days singly or in prepaid packages, and a separate grooming salon (employed and self-employed groomers renting a table) does baths, full grooms, hand stripping and nail clips. The council licence (Animal Welfare Regulations 2018) caps how many dogs we may have on site and requires up-to-date vaccinations, staff ratios and a record of every incident';
CREATE TABLE owners (own_id integer, fnm text, snm text, addr text, town text, pcode text, mob text, email text, emerg_nm text, emerg_tel text, vet_ref text, acct_bal numeric, joined date, gdpr_mkt_yn char(1));
COMMENT ON TABLE owners IS 'Dog owners (our customers)';
COMMENT ON COLUMN owners.vet_ref IS 'The owner''s veterinary practice (vets.vet_cd)';
COMMENT ON COLUMN owners.acct_bal IS 'Balance on the owner''s account: positive means they owe us, negative means credit';
COMMENT ON COLUMN owners.gdpr_mkt_yn IS 'Agreed to receive marketing emails';
CREATE TABLE dogs (dog_no integer, owner_no integer, dog_nm text, breed text, cross_yn char(1), dob date, sex_cd char(1), neutered_yn char(1), wt_kg numeric, size_cd text, coat_cd text, colour text, microchip text, vacc_dhp_exp date, vacc_lepto_exp date, kc_exp date, flea_dt date, worm_dt date, insurer text, policy_no text, temper_cd text, assess_dt date, assess_by integer, group_cd text, allergies text, meds text, feed_instr text, pickup_auth text, photo_ok_yn char(1), banned_yn char(1), ban_rsn text, active_yn char(1));
COMMENT ON TABLE dogs IS 'Every dog registered with us for day care or grooming: identity, owner, health and vaccination record, assessment, play group, feeding, medication and who may collect it';
COMMENT ON COLUMN dogs.owner_no IS 'Owner (owners.own_id)';
COMMENT ON COLUMN dogs.sex_cd IS 'M dog, F bitch';
COMMENT ON COLUMN dogs.neutered_yn IS 'Neutered or spayed; entire dogs over 7 months are not accepted for day care';
COMMENT ON COLUMN dogs.size_cd IS 'TOY under 5 kg, S small, M medium, L large, XL giant breeds; decides grooming prices and play group';
COMMENT ON COLUMN dogs.coat_cd IS 'SMTH smooth, DBL double coat (shedding), WIRE wiry (hand stripped), CURL curly or poodle-type (clipped), LONG long silky';
COMMENT ON COLUMN dogs.vacc_dhp_exp IS 'Expiry of the core vaccination (distemper, hepatitis, parvovirus); vacc_lepto_exp leptospirosis; kc_exp kennel cough. The licence forbids day care for a dog whose vaccinations have lapsed';
COMMENT ON COLUMN dogs.flea_dt IS 'Date of last flea treatment the owner told us; worm_dt last worming';
COMMENT ON COLUMN dogs.temper_cd IS 'From the trial day assessment: SOC sociable, SHY nervous, BOIST boisterous, REAC reactive to other dogs (solo or small group only), RG resource guarding';
COMMENT ON COLUMN dogs.assess_by IS 'Handler who did the trial day assessment (staff.stf_no)';
COMMENT ON COLUMN dogs.group_cd IS 'Play group: PUP puppies under a year, SMALL small dogs, BIG large and boisterous, CALM older and quieter dogs, SOLO one-to-one only';
COMMENT ON COLUMN dogs.pickup_auth IS 'People other than the owner allowed to collect the dog';
COMMENT ON COLUMN dogs.photo_ok_yn IS 'Owner allows photos of the dog on our social media';
COMMENT ON COLUMN dogs.banned_yn IS 'No longer accepted for day care (reason in ban_rsn), e.g. after a bite';
CREATE TABLE vets (vet_cd text, practice text, town text, tel text, ooh_tel text, dist_miles numeric);
COMMENT ON TABLE vets IS 'Veterinary practices our dogs are registered with';
COMMENT ON COLUMN vets.ooh_tel IS 'Out-of-hours emergency number';
CREATE TABLE daycare_bookings (bkg_no integer, dog integer, day_dt date, sess_cd text, drop_tm time, collect_tm time, late_mins integer, van_yn char(1), run_ref integer, price numeric, pkg_ref integer, status_cd text);
COMMENT ON TABLE daycare_bookings IS 'A dog booked in for day care on a given day';
COMMENT ON COLUMN daycare_bookings.dog IS 'The dog (dogs.dog_no)';
COMMENT ON COLUMN daycare_bookings.sess_cd IS 'FULL full day 7:30 to 18:00, AM morning half day, PM afternoon half day';
COMMENT ON COLUMN daycare_bookings.late_mins IS 'Minutes the owner was late collecting after 18:00 (late collection is charged at 1 pound a minute)';
COMMENT ON COLUMN daycare_bookings.van_yn IS 'Collected and dropped home by our van';
COMMENT ON COLUMN daycare_bookings.run_ref IS 'Van run that picked the dog up (van_runs.run_id)';
COMMENT ON COLUMN daycare_bookings.pkg_ref IS 'Prepaid package the day was taken from (day_packages.pkg_id), empty when paid for singly';
COMMENT ON COLUMN daycare_bookings.status_cd IS 'BKD booked, ATT attended, NS no-show (charged in full), CXL cancelled with notice, CXL-L cancelled after 18:00 the day before (charged)';
CREATE TABLE van_runs (run_id integer, run_dt date, am_pm char(2), driver integer, veh_reg text, miles numeric, dogs_carried integer, area_cd text, late_yn char(1));
COMMENT ON TABLE van_runs IS 'Pick-up and drop-off rounds by the dog vans';
COMMENT ON COLUMN van_runs.driver IS 'Member of staff driving (staff.stf_no)';
COMMENT ON COLUMN van_runs.area_cd IS 'HGT Harrogate town, KNA Knaresborough, PAN Pannal and Burn Bridge, RIP Ripon road villages';
COMMENT ON COLUMN van_runs.late_yn IS 'Ran more than 20 minutes behind the promised time';
CREATE TABLE day_packages (pkg_id integer, own_ref integer, pkg_cd text, bought_dt date, days_bought integer, days_used integer, amt_paid numeric, expires date);
COMMENT ON TABLE day_packages IS 'Prepaid bundles of day care days bought by an owner, used up as the dog attends';
COMMENT ON COLUMN day_packages.own_ref IS 'Owner who bought it (owners.own_id)';
COMMENT ON COLUMN day_packages.pkg_cd IS '10D ten days, 20D twenty days, MTH unlimited calendar month, HALF10 ten half days';
CREATE TABLE groom_appts (appt_no integer, dog_ref integer, appt_dt date, start_tm time, svc text, groomer integer, dur_mins integer, price numeric, matted_yn char(1), matt_fee numeric, nails_only_yn char(1), paid_cd text, status_cd text, groom_note text);
COMMENT ON TABLE groom_appts IS 'Grooming salon appointments';
COMMENT ON COLUMN groom_appts.dog_ref IS 'Dog groomed (dogs.dog_no)';
COMMENT ON COLUMN groom_appts.svc IS 'Service booked (groom_services.svc_code)';
COMMENT ON COLUMN groom_appts.groomer IS 'Groomer (groomers.grm_id)';
COMMENT ON COLUMN groom_appts.matted_yn IS 'Coat was matted, needing a shave-down or extra de-matting; matt_fee charged on top';
COMMENT ON COLUMN groom_appts.paid_cd IS 'CARD, CASH, ACC put on the owner''s account, UNP not yet paid';
COMMENT ON COLUMN groom_appts.status_cd IS 'BKD, DONE, NS no-show, CXL cancelled';
CREATE TABLE groom_services (svc_code text, svc_desc text, size_cd text, base_price numeric, mins integer);
COMMENT ON TABLE groom_services IS 'Grooming price list: each service at a price for each dog size';
COMMENT ON COLUMN groom_services.svc_code IS 'e.g. FG-M full groom medium dog, BB-L bath and brush large, HS-S hand strip small, NC nail clip, PUP puppy intro groom';
CREATE TABLE staff (stf_no integer, nm text, role_cd text, first_aid_exp date, dbs_dt date, drv_yn char(1), hrly_rate numeric, start_dt date, leaver_yn char(1));
COMMENT ON TABLE staff IS 'Day care employees: dog handlers, supervisors, van drivers and the manager (groomers are in their own table)';
COMMENT ON COLUMN staff.role_cd IS 'HND handler, SUP supervisor, DRV van driver, MGR manager, APP apprentice';
COMMENT ON COLUMN staff.first_aid_exp IS 'Canine first aid certificate expiry; the licence needs a first-aider on site at all times';
COMMENT ON COLUMN staff.drv_yn IS 'Insured to drive the dog vans';
CREATE TABLE groomers (grm_id integer, grm_nm text, emp_cd text, table_rent_wk numeric, comm_pct numeric, cg_level integer, start_dt date, days_worked text);
COMMENT ON TABLE groomers IS 'Dog groomers working in the salon, employed or self-employed';
COMMENT ON COLUMN groomers.emp_cd IS 'EMP employed on a wage, SE self-employed renting a grooming table';
COMMENT ON COLUMN groomers.table_rent_wk IS 'Weekly table rent a self-employed groomer pays us';
COMMENT ON COLUMN groomers.comm_pct IS 'Share of grooming takings paid to an employed groomer as commission';
COMMENT ON COLUMN groomers.cg_level IS 'City & Guilds dog grooming qualification level (2 or 3), 0 none';
COMMENT ON COLUMN groomers.days_worked IS 'Days in the salon, e.g. MTW or THFS';
CREATE TABLE incidents (inc_no integer, inc_dt date, inc_tm time, dog_no integer, other_dog integer, inc_type text, severity integer, vet_yn char(1), vet_cost numeric, owner_told_tm time, on_duty integer, council_yn char(1), descr text);
COMMENT ON TABLE incidents IS 'Accident and incident book kept for the licence: fights, bites, injuries, illness and escapes during day care';
COMMENT ON COLUMN incidents.dog_no IS 'Dog mainly involved (dogs.dog_no); other_dog the second dog, if any';
COMMENT ON COLUMN incidents.inc_type IS 'BITE, SCUF scuffle with no injury, INJ injury from play or a fall, ILL taken ill (vomiting, collapse), ESC escape or escape attempt';
COMMENT ON COLUMN incidents.severity IS '1 minor, 2 needed first aid, 3 needed a vet';
COMMENT ON COLUMN incidents.on_duty IS 'Supervisor in charge when it happened (staff.stf_no)';
COMMENT ON COLUMN incidents.council_yn IS 'Reported to the council licensing officer';
CREATE TABLE payments (pay_no integer, own_ref integer, pay_dt date, method_cd text, amt numeric, for_cd text);
COMMENT ON TABLE payments IS 'Money received from owners';
COMMENT ON COLUMN payments.own_ref IS 'Owner paying (owners.own_id)';
COMMENT ON COLUMN payments.method_cd IS 'CARD, CASH, BACS bank transfer, GC GoCardless direct debit';
COMMENT ON COLUMN payments.for_cd IS 'DAY single day care days, PKG a day package, GRM grooming, SHOP retail, LATE late collection fees';
CREATE TABLE shop_items (item_cd text, descr text, cat_cd text, price numeric, cost numeric, stock_qty integer, reorder_at integer);
COMMENT ON TABLE shop_items IS 'Retail shelf in reception: treats, food, leads, shampoos';
COMMENT ON COLUMN shop_items.cat_cd IS 'TRT treats, FOOD, LEAD leads and collars, GRM grooming products, TOY';
INSERT INTO vets VALUES
('V1','Stray Vets','Harrogate','01423 550001','01423 550991',2.5),
('V2','Nidd Valley Veterinary Centre','Knaresborough','01423 550002','01423 550992',5.1),
('V3','Ripon Road Animal Hospital','Killinghall','01423 550003','01423 550003',3.4);
INSERT INTO owners VALUES
(1,'Emma','Rowntree','12 Valley Drive','Harrogate','HG2 0JH','07700 960001','emma.r@example.com','Mark Rowntree','07700 960101','V1',0,'2023-04-11','Y'),
(2,'Raj','Mistry','5 Castle Yard','Knaresborough','HG5 8AS','07700 960002','rmistry@example.com','Anita Mistry','07700 960102','V2',72,'2024-09-02','N'),
(3,'Hazel','Kitching','Oak Barn, Burn Bridge','Harrogate','HG3 1PA','07700 960003','hkitching@example.com',NULL,NULL,'V1',-30,'2022-01-20','Y'),
(4,'Tom','Aldridge','88 Skipton Rd','Harrogate','HG1 4LE','07700 960004','t.aldridge@example.com','Sue Aldridge','07700 960104','V3',145.50,'2025-06-15','Y'),
(5,'Fiona','Beck','2 Church Sq','Pannal','HG3 1JU','07700 960005',NULL,'Jim Beck','07700 960105','V1',0,'2026-02-01','N');
INSERT INTO dogs VALUES
(1,1,'Biscuit','Cockapoo','Y','2021-05-02','M','Y',9.5,'S','CURL','Apricot','985112000100001','2026-09-30','2026-09-30','2026-09-30','2026-06-01','2026-05-01','Petplan','PP-44120','SOC','2023-04-15',2,'SMALL','Chicken','None','Own food at 12:00','Grandma Jean Rowntree','Y','N',NULL,'Y'),
(2,2,'Luna','Labrador Retriever','N','2019-08-14','F','Y',29,'L','DBL','Black','985112000100002','2026-03-31','2026-03-31','2026-08-15','2026-05-20','2026-05-20','Animal Friends','AF-9931','BOIST','2024-09-05',2,'BIG',NULL,NULL,'Lunch 1 cup kibble','Anita Mistry','Y','N',NULL,'Y'),
(3,2,'Pip','Jack Russell Terrier','N','2016-02-01','M','Y',6.8,'S','WIRE','White and tan','985112000100003','2026-12-31','2026-12-31','2026-12-31','2026-06-10','2026-06-10',NULL,NULL,'REAC','2024-09-05',3,'SOLO',NULL,'Metacam 1.5 ml with lunch',NULL,'Anita Mistry','N','N',NULL,'Y'),
(4,3,'Bramble','Border Collie','N','2020-11-30','F','Y',18,'M','DBL','Black and white','985112000100004','2027-01-31','2027-01-31','2027-01-31','2026-06-01','2026-06-01','Petplan','PP-70210','SOC','2022-01-25',1,'BIG',NULL,NULL,NULL,NULL,'Y','N',NULL,'Y'),
(5,4,'Tyson','Staffordshire Bull Terrier cross','Y','2022-03-10','M','Y',21,'M','SMTH','Brindle','985112000100005','2026-10-31','2026-10-31','2026-05-31','2026-04-01','2026-04-01','Direct Line','DL-55312','RG','2025-06-20',3,'SOLO',NULL,NULL,'No chews or toys near other dogs',NULL,'Y','Y','Bit Luna over a ball, 2026-05-12','N'),
(6,5,'Mabel','Cavapoo','Y','2025-09-01','F','N',5.2,'S','CURL','Red','985112000100006','2026-09-01','2026-09-01','2026-09-01','2026-06-01','2026-06-01','Petplan','PP-88001','SHY','2026-02-05',2,'PUP',NULL,NULL,'Puppy food 3 times a day','Jim Beck','Y','N',NULL,'Y'),
(7,1,'Otis','Miniature Schnauzer','N','2018-07-20','M','Y',8.1,'S','WIRE','Pepper and salt','985112000100007','2026-07-31','2026-07-31','2026-07-31','2026-06-01','2026-05-01','Petplan','PP-44121','SOC','2023-04-15',2,'CALM',NULL,NULL,NULL,NULL,'Y','N',NULL,'Y'),
(8,4,'Duke','Bernese Mountain Dog','N','2021-01-05','M','Y',48,'XL','LONG','Tricolour','985112000100008','2026-11-30','2026-11-30','2026-11-30','2026-05-15','2026-05-15',NULL,NULL,'SOC','2025-06-20',1,'CALM','Beef',NULL,'Grain-free food only',NULL,'N','N',NULL,'Y');
INSERT INTO van_runs VALUES
(1,'2026-06-15','AM',4,'YD23 WAG',23.5,6,'HGT','N'),
(2,'2026-06-15','PM',4,'YD23 WAG',24,6,'HGT','Y'),
(3,'2026-06-15','AM',6,'YD71 TLS',31,4,'KNA','N'),
(4,'2026-06-16','AM',4,'YD23 WAG',19,5,'PAN','N'),
(5,'2026-06-16','PM',6,'YD71 TLS',30.5,4,'KNA','Y'),
(6,'2026-06-17','AM',7,'YD71 TLS',28,3,'KNA','N');
INSERT INTO day_packages VALUES
(1,1,'20D','2026-05-01',20,14,540,'2026-08-31'),
(2,3,'MTH','2026-06-01',0,11,495,'2026-06-30'),
(3,4,'10D','2026-03-10',10,10,290,'2026-07-10'),
(4,2,'10D','2026-04-02',10,3,290,'2026-06-30'),
(5,5,'HALF10','2026-02-10',10,4,180,'2026-05-10');
INSERT INTO daycare_bookings VALUES
(1,1,'2026-06-15','FULL','08:05','17:40',0,'Y',1,0,1,'ATT'),
(2,7,'2026-06-15','FULL','08:05','17:40',0,'Y',1,0,1,'ATT'),
(3,2,'2026-06-15','FULL','08:40','18:25',25,'N',NULL,32,NULL,'ATT'),
(4,4,'2026-06-15','FULL','07:45','18:10',10,'N',NULL,0,2,'ATT'),
(5,5,'2026-06-15','AM','08:30','12:30',0,'Y',3,19,NULL,'ATT'),
(6,6,'2026-06-16','AM','09:00','12:45',0,'Y',4,0,5,'ATT'),
(7,2,'2026-06-16','FULL',NULL,NULL,NULL,'N',NULL,32,NULL,'NS'),
(8,8,'2026-06-16','FULL','08:15','17:55',0,'Y',5,0,3,'ATT'),
(9,1,'2026-06-17','FULL',NULL,NULL,NULL,'Y',NULL,0,1,'CXL-L'),
(10,4,'2026-06-17','FULL','07:50','18:40',40,'N',NULL,0,2,'ATT'),
(11,3,'2026-06-17','PM','13:00','17:30',0,'Y',6,19,NULL,'ATT'),
(12,8,'2026-06-22','FULL',NULL,NULL,NULL,'Y',NULL,0,3,'BKD'),
(13,1,'2026-06-22','FULL',NULL,NULL,NULL,'Y',NULL,0,1,'BKD'),
(14,2,'2026-06-23','FULL',NULL,NULL,NULL,'N',NULL,32,NULL,'BKD');
INSERT INTO groom_services VALUES
('FG-S','Full groom','S',42,90),('FG-M','Full groom','M',52,120),('FG-L','Full groom','L',65,150),('FG-XL','Full groom','XL',80,180),
('BB-S','Bath and brush','S',28,45),('BB-L','Bath and brush','L',40,75),('BB-XL','Bath and brush','XL',55,90),
('HS-S','Hand strip','S',50,120),('NC','Nail clip','ALL',10,15),('PUP','Puppy introduction groom','ALL',25,45);
INSERT INTO groomers VALUES
(1,'Leanne Stott','EMP',NULL,15,3,'2021-08-01','TWTF'),
(2,'Carys Bell','SE',120,NULL,3,'2023-03-06','MWF'),
(3,'Ben Ashworth','SE',90,NULL,2,'2025-09-01','THS'),
(4,'Holly Greaves','EMP',NULL,10,0,'2026-04-14','MTWTF');
INSERT INTO groom_appts VALUES
(1,1,'2026-06-02','09:00','FG-S',1,95,42,'N',0,'N','CARD','DONE',NULL),
(2,8,'2026-06-03','10:00','BB-XL',2,100,55,'N',0,'N','CARD','DONE','Heavy undercoat'),
(3,7,'2026-06-04','11:00','HS-S',3,130,50,'N',0,'N','ACC','DONE',NULL),
(4,6,'2026-06-05','09:30','PUP',1,40,25,'N',0,'N','CASH','DONE','Nervous of the dryer'),
(5,2,'2026-06-09','14:00','BB-L',2,NULL,40,'N',0,'N',NULL,'NS',NULL),
(6,4,'2026-06-10','09:00','FG-M',4,160,52,'Y',20,'N','CARD','DONE','Matted behind ears and trousers'),
(7,1,'2026-06-12','13:00','NC',4,15,10,'N',0,'Y','UNP','DONE',NULL),
(8,5,'2026-06-16','10:30','BB-L',3,80,40,'N',0,'N','ACC','DONE',NULL),
(9,1,'2026-06-30','09:00','FG-S',1,NULL,42,'N',0,'N',NULL,'BKD',NULL),
(10,3,'2026-06-11','15:00','HS-S',3,140,50,'Y',15,'N','UNP','DONE','Snappy at the feet, muzzled');
INSERT INTO staff VALUES
(1,'Claire Dobson','MGR','2027-02-28','2024-01-10','Y',15.5,'2019-05-01','N'),
(2,'Aimee Hart','SUP','2026-04-30','2023-11-03','N',13.2,'2020-09-14','N'),
(3,'Josh Varley','SUP','2027-06-30','2025-02-20','Y',13.2,'2022-03-01','N'),
(4,'Gordon Pike','DRV','2026-10-31','2024-06-01','Y',12.6,'2023-07-03','N'),
(5,'Sophie Lund','HND',NULL,'2025-08-15','N',12.21,'2025-08-18','N'),
(6,'Kyle Rennie','DRV',NULL,NULL,'Y',12.21,'2026-01-05','N'),
(7,'Maya Cole','HND','2026-12-31','2024-10-01','Y',12.6,'2024-10-07','Y');
INSERT INTO incidents VALUES
(1,'2026-05-12','11:20',5,2,'BITE',3,'Y',185,'11:35',2,'Y','Tyson bit Luna on the neck over a ball; both separated, Luna stitched at Stray Vets'),
(2,'2026-06-15','14:05',1,7,'SCUF',1,'N',0,'17:40',3,'N','Brief scuffle at the water bowl'),
(3,'2026-06-16','10:50',6,NULL,'ILL',2,'N',0,'11:00',2,'N','Vomited twice after eating grass'),
(4,'2026-06-17','15:30',2,NULL,'ESC',1,'N',0,'18:25',3,'N','Slipped past the double gate into the car park, caught within a minute'),
(5,'2026-06-17','12:10',4,NULL,'INJ',3,'Y',96,'12:20',3,'N','Cut pad on the agility ramp');
INSERT INTO payments VALUES
(1,1,'2026-05-01','CARD',540,'PKG'),(2,3,'2026-06-01','GC',495,'PKG'),(3,2,'2026-06-15','CARD',32,'DAY'),
(4,1,'2026-06-02','CARD',42,'GRM'),(5,4,'2026-06-03','CARD',55,'GRM'),(6,5,'2026-06-05','CASH',25,'GRM'),
(7,2,'2026-06-15','CARD',25,'LATE'),(8,4,'2026-06-15','BACS',19,'DAY'),(9,3,'2026-06-17','CASH',40,'LATE'),(10,1,'2026-06-15','CARD',14.99,'SHOP');
INSERT INTO shop_items VALUES
('T-ANT','Natural antler chew, medium','TRT',12.99,6.5,14,5),
('T-LIV','Liver training treats 200g','TRT',4.5,1.8,3,10),
('F-GF2','Grain-free kibble 2 kg','FOOD',14.99,8.2,8,4),
('L-SLP','Slip lead, rope','LEAD',9.99,3.1,0,3),
('G-OAT','Oatmeal sensitive shampoo 500ml','GRM',11.5,4.4,7,4),
('Y-BAL','Rubber ball on rope','TOY',6.99,2.2,22,6);
