-- A violin maker, restorer and rental shop (wide instrument table, players beside parents and schools, rentals beside outright sales, workshop jobs beside new commissions, strings stock beside tonewood): clients, schools, bench staff, instruments, rentals, rental payments, workshop jobs, commissions, tonewood, instrument sales, shop stock and valuations. No keys declared.
CREATE SCHEMA luthier;
SET search_path = luthier;
COMMENT ON SCHEMA luthier IS 'Ashcombe Violins, a violin shop and workshop in Walcot Street, Bath, run by a maker and two restorers: it makes new violins, violas and cellos to commission on classical Italian models, restores and repairs instruments and bows for professional players, students and the orchestras of the South West, rents fractional student instruments to children through music services and schools with a rent-to-buy scheme, sells new and antique instruments (some on consignment for their owners), keeps strings, rosin, cases and accessories, and writes insurance and probate valuations';
CREATE TABLE clients (cli_no integer, title text, fnm text, snm text, tel text, email text, addr1 text, town text, pcode text, cli_cd text, orch text, sch_ref text, gift_aid_yn char(1), mkt_yn char(1), notes text);
COMMENT ON TABLE clients IS 'Players, parents, teachers, dealers and orchestras we deal with';
COMMENT ON COLUMN clients.cli_cd IS 'PRO professional player, STU adult student or amateur, PAR parent renting for a child, TCH teacher, DLR dealer or auction house, ORG orchestra, college or music service';
COMMENT ON COLUMN clients.orch IS 'Orchestra or ensemble the player belongs to, e.g. Bournemouth Symphony Orchestra, Welsh National Opera, Bath Philharmonia';
COMMENT ON COLUMN clients.sch_ref IS 'School the child attends, for rentals arranged through school music lessons (schools.sch_cd)';
CREATE TABLE schools (sch_cd text, sch_nm text, town text, la_cd text, music_lead text, tel text, email text, hub_yn char(1), disc_pct numeric);
COMMENT ON TABLE schools IS 'Schools and music services we supply rental instruments through';
COMMENT ON COLUMN schools.la_cd IS 'Local authority area: BANES Bath and North East Somerset, WILTS Wiltshire, SOM Somerset, SGLOS South Gloucestershire';
COMMENT ON COLUMN schools.hub_yn IS 'Y part of the county music education hub scheme, which pays half the rent for families on free school meals';
COMMENT ON COLUMN schools.disc_pct IS 'Discount on monthly rent agreed for the school''s pupils';
CREATE TABLE bench_staff (stf_cd text, stf_nm text, role_cd text, bow_yn char(1), hrly_rate numeric, start_dt date, leave_dt date);
COMMENT ON TABLE bench_staff IS 'People who work in the workshop and shop';
COMMENT ON COLUMN bench_staff.role_cd IS 'MAKER instrument maker, REST restorer, BOW bow maker and rehairer, SHOP shop and rentals';
COMMENT ON COLUMN bench_staff.bow_yn IS 'Y can rehair and repair bows';
COMMENT ON COLUMN bench_staff.hrly_rate IS 'Workshop rate charged for their time on repairs';
CREATE TABLE instruments (inst_no integer, inst_cd text, size_cd text, maker_nm text, origin text, yr_made integer, model_nm text, label_txt text, serial_no text, own_cd text, cons_cli integer, cons_pct numeric, cond_cd text, cost_amt numeric, price_amt numeric, ins_val numeric, status_cd text, loc_cd text, acq_dt date, notes text);
COMMENT ON TABLE instruments IS 'Instruments and bows we own, hold on consignment or have made; customers'' own instruments in for repair are listed too, marked own_cd CUST';
COMMENT ON COLUMN instruments.inst_cd IS 'VN violin, VA viola, VC cello, DB double bass, VNB violin bow, VAB viola bow, VCB cello bow';
COMMENT ON COLUMN instruments.size_cd IS 'Fractional size: 4/4 full size, 7/8, 3/4, 1/2, 1/4, 1/8, 1/10 for violins and cellos; body length in inches for violas (e.g. 15.5, 16)';
COMMENT ON COLUMN instruments.origin IS 'Country or school of making, e.g. Mirecourt France, Markneukirchen Germany, Cremona Italy, English, Chinese workshop';
COMMENT ON COLUMN instruments.label_txt IS 'What the label inside says, which is not always who made it (e.g. a German trade violin labelled Stradivarius)';
COMMENT ON COLUMN instruments.own_cd IS 'SHOP our stock for sale, RENT rental fleet, CONS on consignment, sold on behalf of the owner (cons_cli) for commission cons_pct, CUST customer''s own instrument in the workshop, MADE made by us';
COMMENT ON COLUMN instruments.cond_cd IS 'EXC excellent, GOOD, FAIR playable with wear, POOR needs work before it can go out';
COMMENT ON COLUMN instruments.status_cd IS 'AVAIL available to sell or rent, RENTED out on rental, SOLD, WKSP in the workshop, RES reserved for a customer trying it';
COMMENT ON COLUMN instruments.loc_cd IS 'SHOP on the shop wall, VAULT in the safe room, RENT rental racks upstairs, BENCH in the workshop, OUT with a customer';
CREATE TABLE rentals (rnt_no integer, inst_ref integer, cli_ref integer, sch_ref text, start_dt date, min_mths integer, mthly_amt numeric, dd_ref text, dd_day integer, ins_yn char(1), rtb_pct numeric, rtb_credit numeric, swap_cnt integer, end_dt date, ret_cond_cd text, dmg_chg numeric, status_cd text);
COMMENT ON TABLE rentals IS 'Rental agreements, mostly fractional instruments for children who swap up a size as they grow';
COMMENT ON COLUMN rentals.inst_ref IS 'Instrument rented (instruments.inst_no)';
COMMENT ON COLUMN rentals.cli_ref IS 'Person renting, usually the parent (clients.cli_no)';
COMMENT ON COLUMN rentals.sch_ref IS 'School or music service the rental was arranged through (schools.sch_cd)';
COMMENT ON COLUMN rentals.min_mths IS 'Minimum rental period in months';
COMMENT ON COLUMN rentals.dd_ref IS 'Direct debit mandate reference; rent is collected monthly on dd_day';
COMMENT ON COLUMN rentals.ins_yn IS 'Y pays the optional accidental damage cover (£2.50 a month)';
COMMENT ON COLUMN rentals.rtb_pct IS 'Share of each month''s rent credited towards buying an instrument from us (rent to buy)';
COMMENT ON COLUMN rentals.rtb_credit IS 'Rent-to-buy credit built up so far';
COMMENT ON COLUMN rentals.swap_cnt IS 'Number of times swapped for a bigger size under this agreement';
COMMENT ON COLUMN rentals.ret_cond_cd IS 'Condition when returned: OK, WEAR normal wear, DMG damaged (dmg_chg charged unless insured), LOST';
COMMENT ON COLUMN rentals.status_cd IS 'LIVE, ENDED returned, BOUGHT converted to a purchase, ARR in arrears';
CREATE TABLE rental_payments (pay_no integer, rnt_ref integer, due_dt date, amt numeric, paid_dt date, method_cd text, failed_yn char(1), fail_rsn text, retry_dt date);
COMMENT ON TABLE rental_payments IS 'Monthly rent collections';
COMMENT ON COLUMN rental_payments.rnt_ref IS 'Rental (rentals.rnt_no)';
COMMENT ON COLUMN rental_payments.method_cd IS 'DD direct debit, CARD, BACS, HUB paid by the music hub';
COMMENT ON COLUMN rental_payments.failed_yn IS 'Y the direct debit bounced (fail_rsn from the bank: NOFUNDS insufficient funds, CXL mandate cancelled, ACCT account closed)';
CREATE TABLE workshop_jobs (job_no integer, cli_ref integer, inst_ref integer, recv_dt date, job_cd text, descr text, est_amt numeric, est_ok_yn char(1), promised_dt date, stf_ref text, hrs numeric, parts_amt numeric, chg_amt numeric, done_dt date, collected_dt date, loan_inst integer, status_cd text);
COMMENT ON TABLE workshop_jobs IS 'Repairs, adjustments, restorations and bow rehairs done in the workshop, on customers'' instruments and our own stock';
COMMENT ON COLUMN workshop_jobs.inst_ref IS 'Instrument or bow worked on (instruments.inst_no)';
COMMENT ON COLUMN workshop_jobs.job_cd IS 'REHAIR bow rehair, SETUP set-up (bridge, soundpost, strings, pegs), CRACK crack repair, SEAM open seam reglued, NECK neck reset or graft, FB fingerboard plane or replace, RESTOR full restoration (top off), VARN varnish retouching';
COMMENT ON COLUMN workshop_jobs.est_ok_yn IS 'Y the customer has accepted the estimate';
COMMENT ON COLUMN workshop_jobs.stf_ref IS 'Who is doing the work (bench_staff.stf_cd)';
COMMENT ON COLUMN workshop_jobs.hrs IS 'Bench hours spent';
COMMENT ON COLUMN workshop_jobs.loan_inst IS 'Instrument lent to the customer while theirs is in (instruments.inst_no)';
COMMENT ON COLUMN workshop_jobs.status_cd IS 'IN received, WIP on the bench, WAIT waiting for the customer or for parts, READY ready to collect, DONE collected';
CREATE TABLE commissions (comm_no integer, cli_ref integer, inst_cd text, model_nm text, size_cd text, varnish_cd text, top_wood text, back_wood text, price_amt numeric, dep_amt numeric, order_dt date, target_dt date, stage_cd text, done_dt date, inst_ref integer);
COMMENT ON TABLE commissions IS 'New instruments ordered from our maker';
COMMENT ON COLUMN commissions.model_nm IS 'Pattern the instrument is based on, e.g. Stradivari ''Messiah'' 1716, Guarneri del Gesu ''Cannone'' 1743, Amati 1620 viola, Montagnana cello';
COMMENT ON COLUMN commissions.varnish_cd IS 'OIL oil varnish, SPIR spirit varnish; ANT antiqued finish or CLEAN new-looking';
COMMENT ON COLUMN commissions.top_wood IS 'Spruce for the top (tonewood.wood_cd)';
COMMENT ON COLUMN commissions.back_wood IS 'Maple for back, ribs and scroll (tonewood.wood_cd)';
COMMENT ON COLUMN commissions.stage_cd IS 'WOOD choosing wood, BODY carving plates and ribs, BOX body closed, NECK neck and scroll fitted, WHITE finished in the white awaiting varnish, VARN varnishing (about six weeks drying in the UV cabinet), SETUP setting up, DONE delivered';
COMMENT ON COLUMN commissions.inst_ref IS 'The finished instrument once it has an inventory number (instruments.inst_no)';
CREATE TABLE tonewood (wood_cd text, species text, part_cd text, inst_cd text, origin text, cut_yr integer, grade_cd text, qty integer, cost_amt numeric, reserved_for integer, notes text);
COMMENT ON TABLE tonewood IS 'Seasoned wood in the loft for making instruments';
COMMENT ON COLUMN tonewood.species IS 'Alpine spruce (Picea abies) for tops, European maple (Acer pseudoplatanus, sycamore) or Bosnian maple for backs, ribs and necks, ebony for fingerboards';
COMMENT ON COLUMN tonewood.part_cd IS 'TOP two-piece top wedge, BACK one or two-piece back, RIBS rib set, NECK neck and scroll block, FB fingerboard blank';
COMMENT ON COLUMN tonewood.inst_cd IS 'Instrument size the pieces are cut for: VN, VA, VC';
COMMENT ON COLUMN tonewood.grade_cd IS 'AAA master grade, AA, A';
COMMENT ON COLUMN tonewood.reserved_for IS 'Commission the wood has been set aside for (commissions.comm_no)';
CREATE TABLE sales (sale_no integer, sale_dt date, cli_ref integer, inst_ref integer, price_amt numeric, pex_inst integer, pex_amt numeric, rtb_used numeric, pay_cd text, cons_paid_amt numeric, cons_paid_dt date, trial_days integer, vat_cd text);
COMMENT ON TABLE sales IS 'Instruments and bows sold';
COMMENT ON COLUMN sales.inst_ref IS 'Instrument sold (instruments.inst_no)';
COMMENT ON COLUMN sales.pex_inst IS 'Instrument taken in part exchange (instruments.inst_no), valued at pex_amt';
COMMENT ON COLUMN sales.rtb_used IS 'Rent-to-buy credit taken off the price';
COMMENT ON COLUMN sales.pay_cd IS 'CARD, BACS, TIP Take it Away interest-free loan from Creative United, CASH';
COMMENT ON COLUMN sales.cons_paid_amt IS 'Paid to the consignor after our commission';
COMMENT ON COLUMN sales.vat_cd IS 'MARG second-hand margin scheme, STD standard rated, ZERO exported';
CREATE TABLE shop_stock (sku text, item_desc text, cat_cd text, brand text, size_cd text, qty integer, reorder_qty integer, cost_amt numeric, price_amt numeric, supplier text);
COMMENT ON TABLE shop_stock IS 'Strings, rosin, shoulder rests, mutes, cases and other accessories sold over the counter';
COMMENT ON COLUMN shop_stock.cat_cd IS 'STR strings, ROS rosin, REST shoulder rest, MUTE, CASE, CHIN chinrest, BRDG bridge blanks, MISC';
COMMENT ON COLUMN shop_stock.brand IS 'e.g. Thomastik Dominant, Pirastro Evah Pirazzi, Larsen, Jargar, Kaplan, Hidersine, Bam, Gewa';
COMMENT ON COLUMN shop_stock.size_cd IS 'Instrument size the item fits (4/4, 3/4, 1/2 ...), NULL any';
CREATE TABLE valuations (val_no integer, inst_ref integer, cli_ref integer, val_dt date, purpose_cd text, attrib_txt text, value_amt numeric, fee_amt numeric, cert_no text, valuer text);
COMMENT ON TABLE valuations IS 'Written valuations and certificates';
COMMENT ON COLUMN valuations.inst_ref IS 'Instrument valued (instruments.inst_no)';
COMMENT ON COLUMN valuations.purpose_cd IS 'INS insurance replacement value, PROB probate, SALE advice before selling, CERT certificate of authenticity';
COMMENT ON COLUMN valuations.attrib_txt IS 'Our opinion of who made it and when, e.g. ''Mirecourt, workshop of J.T.L., circa 1900''';
INSERT INTO clients VALUES
 (1,'Ms','Anna','Kowalczyk','07700 940001','anna.k@example.com','12 Marlborough Buildings','Bath','BA1 2LX','PRO','Bournemouth Symphony Orchestra',NULL,'N','Y','Principal second violin'),
 (2,'Mr','Tom','Hardwick','07700 940002','tom.hardwick@example.com','3 Park Row','Bristol','BS1 5LJ','PRO','Welsh National Opera',NULL,'N','Y','Cellist'),
 (3,'Mrs','Claire','Dunn','07700 940003','claire.dunn@example.com','44 Bloomfield Road','Bath','BA2 2AD','PAR',NULL,'KWS','N','Y','Daughter Ellie, 9, violin'),
 (4,'Mr','Raj','Patel','07700 940004','raj.p@example.com','8 Church Lane','Corsham','SN13 0BA','PAR',NULL,'CORS','N','N','Son Arjun, 11, cello'),
 (5,'Mrs','Fiona','McLeod','07700 940005','fiona.m@example.com','The Old Forge','Frome','BA11 1QQ','PAR',NULL,'FROM','N','Y','Twins, both violin'),
 (6,'Dr','Hugh','Belcher','01225 000006','hbelcher@example.com','Widcombe House','Bath','BA2 6AA','STU',NULL,NULL,'N','N','Amateur violist, Bath Philharmonia'),
 (7,'Mr','Gerald','Pym','01225 000007',NULL,'5 Lansdown Crescent','Bath','BA1 5EX','STU',NULL,NULL,'N','N','Selling his late father''s violin'),
 (8,NULL,'Bristol Ensemble','','0117 000008','admin@bristolensemble.example','St George''s','Bristol','BS1 5RR','ORG',NULL,NULL,'N','N',NULL),
 (9,'Ms','Lucy','Tran','07700 940009','lucy.tran@example.com','21 Gloucester Road','Bristol','BS7 8AA','PRO','Bristol Ensemble',NULL,'N','Y','Violin, wants a new del Gesu copy'),
 (10,'Mrs','Sarah','Bell','07700 940010','sbell@example.com','2 Station Road','Keynsham','BS31 2BH','PAR',NULL,'KWS','N','Y','Son Oscar, 7, violin');
INSERT INTO schools VALUES
 ('KWS','Kingswood Preparatory School','Bath','BANES','Mrs J. Allen','01225 000101','music@kingswoodprep.example','N',10),
 ('CORS','Corsham School','Corsham','WILTS','Mr P. Dyer','01249 000102','music@corsham.example','Y',5),
 ('FROM','Frome Community College','Frome','SOM','Ms K. Hale','01373 000103','music@fromecc.example','Y',5),
 ('BHUB','Bath and North East Somerset Music Hub','Bath','BANES','Mr D. Evans','01225 000104','hub@banesmusic.example','Y',15);
INSERT INTO bench_staff VALUES
 ('WH','William Hale','MAKER','N',75,'2004-09-01',NULL),('HS','Hannah Seed','REST','Y',60,'2014-03-10',NULL),
 ('GM','Giulia Marchetti','REST','N',60,'2022-01-17',NULL),('PB','Pete Bowden','BOW','Y',55,'2010-05-04',NULL),('RK','Rosie Kent','SHOP','N',0,'2019-08-12',NULL);
INSERT INTO instruments VALUES
 (101,'VN','1/2','Ashcombe workshop','Chinese workshop',2019,NULL,NULL,'R-V12-01','RENT',NULL,NULL,'GOOD',180,NULL,400,'RENTED','OUT','2019-08-01',NULL),
 (102,'VN','1/2','Ashcombe workshop','Chinese workshop',2020,NULL,NULL,'R-V12-02','RENT',NULL,NULL,'GOOD',180,NULL,400,'AVAIL','RENT','2020-08-01',NULL),
 (103,'VN','1/2','Ashcombe workshop','Chinese workshop',2021,NULL,NULL,'R-V12-03','RENT',NULL,NULL,'FAIR',180,NULL,400,'AVAIL','RENT','2021-08-01','Fine tuner replaced'),
 (104,'VN','3/4','Ashcombe workshop','Chinese workshop',2020,NULL,NULL,'R-V34-01','RENT',NULL,NULL,'GOOD',200,NULL,450,'RENTED','OUT','2020-08-01',NULL),
 (105,'VC','1/2','Ashcombe workshop','Chinese workshop',2018,NULL,NULL,'R-C12-01','RENT',NULL,NULL,'FAIR',600,NULL,1200,'WKSP','BENCH','2018-08-01','Came back with a cracked top'),
 (106,'VN','1/4','Ashcombe workshop','Chinese workshop',2022,NULL,NULL,'R-V14-01','RENT',NULL,NULL,'GOOD',160,NULL,350,'RENTED','OUT','2022-08-01',NULL),
 (107,'VN','1/4','Ashcombe workshop','Chinese workshop',2022,NULL,NULL,'R-V14-02','RENT',NULL,NULL,'GOOD',160,NULL,350,'RENTED','OUT','2022-08-01',NULL),
 (110,'VN','4/4','Charles J. B. Collin-Mezin','Mirecourt France',1895,NULL,'Ch. J. B. Collin-Mezin, Luthier a Paris, 1895',NULL,'SHOP',NULL,NULL,'EXC',6800,14500,16000,'AVAIL','VAULT','2025-11-20',NULL),
 (111,'VN','4/4','Unknown','Markneukirchen Germany',1910,NULL,'Antonius Stradiuarius Cremonensis Faciebat Anno 1721',NULL,'CONS',7,20,'GOOD',NULL,2400,2600,'SOLD','OUT','2026-03-02','Trade violin, Strad label is a copy'),
 (112,'VA','16','George Craske','English',1860,NULL,NULL,NULL,'CONS',6,15,'GOOD',NULL,22000,24000,'RES','VAULT','2026-01-15','On trial with a BSO violist'),
 (113,'VNB','4/4','W. E. Hill and Sons','English',1935,NULL,'W.E.HILL & SONS',NULL,'SHOP',NULL,NULL,'EXC',3200,6500,7000,'SOLD','OUT','2025-06-01','Silver mounted'),
 (114,'VN','4/4','Giovanni Grancino (attributed)','Milan Italy',1700,NULL,NULL,NULL,'CUST',NULL,NULL,'GOOD',NULL,NULL,185000,'WKSP','BENCH',NULL,'Belongs to Anna Kowalczyk'),
 (115,'VC','4/4','Ashcombe workshop','English',2024,'Montagnana 1739',NULL,'AW-C-07','CUST',NULL,NULL,'EXC',NULL,NULL,28000,'WKSP','BENCH',NULL,'Tom Hardwick''s cello'),
 (116,'VN','4/4','William Hale','English',2026,'Stradivari Messiah 1716',NULL,'WH-2026-01','MADE',NULL,NULL,'EXC',NULL,16000,16000,'SOLD','OUT','2026-03-30',NULL),
 (117,'VN','4/4','Ashcombe workshop','Chinese workshop',2023,NULL,NULL,'S-V44-11','SHOP',NULL,NULL,'GOOD',260,850,850,'SOLD','OUT','2023-09-01',NULL),
 (118,'VC','3/4','Ashcombe workshop','Chinese workshop',2021,NULL,NULL,'R-C34-01','RENT',NULL,NULL,'GOOD',650,NULL,1300,'RENTED','OUT','2021-08-01',NULL),
 (119,'VNB','4/4','Unknown','Chinese workshop',2020,NULL,NULL,NULL,'CUST',NULL,NULL,'FAIR',NULL,NULL,150,'WKSP','BENCH',NULL,'Ellie Dunn''s bow'),
 (120,'VCB','4/4','Unknown','French',1920,NULL,NULL,NULL,'CUST',NULL,NULL,'GOOD',NULL,NULL,4500,'WKSP','BENCH',NULL,'Tom Hardwick''s bow');
INSERT INTO rentals VALUES
 (501,101,3,'KWS','2025-09-01',6,14,'DD-AV-0501',1,'Y',50,63,1,NULL,NULL,NULL,'LIVE'),
 (502,118,4,'CORS','2024-09-01',12,32,'DD-AV-0502',15,'N',50,336,2,NULL,NULL,NULL,'ARR'),
 (503,106,5,'FROM','2025-01-10',6,12,'DD-AV-0503',10,'Y',50,102,0,NULL,NULL,NULL,'LIVE'),
 (504,107,5,'FROM','2025-01-10',6,12,'DD-AV-0504',10,'Y',50,102,0,NULL,NULL,NULL,'LIVE'),
 (505,104,10,'KWS','2026-02-01',6,15,'DD-AV-0505',1,'N',50,30,0,NULL,NULL,NULL,'LIVE'),
 (506,105,4,'CORS','2023-09-01',12,28,'DD-AV-0488',15,'N',50,280,0,'2024-08-31','DMG',120,'ENDED'),
 (507,117,6,NULL,'2023-09-15',3,25,'DD-AV-0460',15,'Y',75,337.5,0,'2025-03-15','OK',0,'BOUGHT'),
 (508,103,10,'KWS','2025-04-01',6,12,'DD-AV-0470',1,'Y',50,48,0,'2026-01-31','DMG',0,'ENDED');
INSERT INTO rental_payments VALUES
 (1,501,'2026-05-01',14,'2026-05-01','DD','N',NULL,NULL),(2,501,'2026-06-01',14,'2026-06-01','DD','N',NULL,NULL),
 (3,502,'2026-04-15',32,NULL,'DD','Y','NOFUNDS','2026-04-22'),(4,502,'2026-05-15',32,NULL,'DD','Y','NOFUNDS','2026-05-22'),
 (5,503,'2026-05-10',12,'2026-05-10','DD','N',NULL,NULL),(6,504,'2026-05-10',12,'2026-05-10','DD','N',NULL,NULL),
 (7,503,'2026-06-10',12,NULL,'DD','Y','CXL',NULL),(8,504,'2026-06-10',12,NULL,'DD','Y','CXL',NULL),
 (9,505,'2026-05-01',15,'2026-05-01','DD','N',NULL,NULL),(10,505,'2026-06-01',15,'2026-06-03','DD','Y','NOFUNDS','2026-06-03'),
 (11,502,'2026-03-15',32,'2026-03-15','DD','N',NULL,NULL);
INSERT INTO workshop_jobs VALUES
 (2601,1,114,'2026-05-12','SEAM','Lower bout seam open on the bass side; new bridge',280,'Y','2026-05-19','HS',4,35,275,'2026-05-18','2026-05-19',NULL,'DONE'),
 (2602,2,115,'2026-06-01','SETUP','Soundpost adjustment and new Larsen strings',140,'Y','2026-06-03','GM',1.5,95,185,'2026-06-02',NULL,NULL,'READY'),
 (2603,3,119,'2026-06-04','REHAIR','Rehair, bow hair worn out',55,'Y','2026-06-11','PB',1,8,55,'2026-06-08',NULL,NULL,'READY'),
 (2604,2,120,'2026-06-01','REHAIR','Rehair, black hair',75,'Y','2026-06-05','PB',1.2,12,75,'2026-06-04',NULL,NULL,'READY'),
 (2605,NULL,105,'2024-09-03','CRACK','Top crack by the f-hole, rental return',240,'Y',NULL,'GM',3,10,0,NULL,NULL,NULL,'WIP'),
 (2606,6,112,'2026-05-20','RESTOR','Retouch varnish wear on the upper bout before sale',600,'Y','2026-07-15','HS',12,40,NULL,NULL,NULL,NULL,'WIP'),
 (2607,8,NULL,'2026-05-28','SETUP','Set-up on four orchestra violins before the tour',400,'N','2026-06-20','HS',0,0,NULL,NULL,NULL,NULL,'WAIT'),
 (2608,1,114,'2026-02-02','CRACK','Old top crack reopening; reglue and cleat',650,'Y','2026-02-20','HS',9,20,560,'2026-02-24','2026-02-26',110,'DONE');
INSERT INTO commissions VALUES
 (31,9,'VN','Guarneri del Gesu ''Cannone'' 1743','4/4','OIL','T-ALP-08','B-BOS-03',17500,5000,'2025-10-01','2026-09-30','VARN',NULL,NULL),
 (32,1,'VN','Stradivari ''Messiah'' 1716','4/4','OIL','T-ALP-05','B-BOS-01',16000,5000,'2025-02-01','2026-03-31','DONE','2026-03-30',116),
 (33,6,'VA','Amati 1620 viola','16','OIL','T-ALP-11','B-EUR-07',18500,5000,'2026-03-15','2026-05-31','BODY',NULL,NULL),
 (34,2,'VC','Montagnana 1739','4/4','SPIR',NULL,NULL,32000,8000,'2026-05-01','2027-12-31','WOOD',NULL,NULL);
INSERT INTO tonewood VALUES
 ('T-ALP-05','Alpine spruce','TOP','VN','Val di Fiemme Italy',1998,'AAA',0,220,32,'Used for the Messiah copy'),
 ('T-ALP-08','Alpine spruce','TOP','VN','Val di Fiemme Italy',1995,'AAA',1,240,31,NULL),
 ('T-ALP-11','Alpine spruce','TOP','VA','Bavaria',2008,'AA',2,160,33,NULL),
 ('T-ALP-14','Alpine spruce','TOP','VN','Switzerland',1987,'AAA',3,320,NULL,'Bought from a retiring maker''s estate'),
 ('T-ALP-15','Alpine spruce','TOP','VC','Val di Fiemme Italy',2012,'AA',1,380,NULL,NULL),
 ('B-BOS-01','Bosnian maple','BACK','VN','Bosnia',2001,'AAA',0,450,32,NULL),
 ('B-BOS-03','Bosnian maple','BACK','VN','Bosnia',2003,'AAA',1,480,31,'One-piece, deep flame'),
 ('B-EUR-07','European maple','BACK','VA','Croatia',2010,'AA',1,390,33,NULL),
 ('B-EUR-09','European maple','BACK','VC','Croatia',2006,'AAA',0,950,NULL,'Need one for the Montagnana cello'),
 ('E-EB-02','Ebony','FB','VN','Cameroon',2015,'A',6,35,NULL,NULL);
INSERT INTO sales VALUES
 (801,'2025-03-15',6,117,850,NULL,NULL,337.5,'CARD',NULL,NULL,7,'MARG'),
 (802,'2026-03-30',1,116,16000,NULL,NULL,0,'BACS',NULL,NULL,0,'STD'),
 (803,'2026-04-11',9,113,6500,NULL,NULL,0,'TIP',NULL,NULL,14,'MARG'),
 (805,'2026-04-28',2,111,2300,NULL,NULL,0,'CARD',1840,'2026-05-12',7,'MARG');
INSERT INTO shop_stock VALUES
 ('STR-DOM-44','Dominant violin string set','STR','Thomastik Dominant','4/4',3,6,28,45,'Thomastik UK'),
 ('STR-DOM-34','Dominant violin string set','STR','Thomastik Dominant','3/4',1,4,28,45,'Thomastik UK'),
 ('STR-DOM-12','Dominant violin string set','STR','Thomastik Dominant','1/2',8,4,26,42,'Thomastik UK'),
 ('STR-EVP-44','Evah Pirazzi violin string set','STR','Pirastro Evah Pirazzi','4/4',5,4,48,78,'Pirastro UK'),
 ('STR-LAR-VC','Larsen cello string set','STR','Larsen','4/4',2,3,95,150,'Larsen UK'),
 ('ROS-HID','Hidersine rosin, light','ROS','Hidersine',NULL,30,10,2.5,6,'Hidersine'),
 ('REST-KUN','Kun shoulder rest','REST','Kun','4/4',4,3,18,32,'Kun'),
 ('CASE-BAM','Bam Hightech oblong violin case','CASE','Bam','4/4',1,1,420,690,'Bam France');
INSERT INTO valuations VALUES
 (41,114,1,'2026-02-26','INS','Milan, attributed to Giovanni Grancino, circa 1700',185000,450,'AV-V-2026-004','William Hale'),
 (42,111,7,'2026-02-20','SALE','Markneukirchen trade violin, circa 1910, copy Stradivari label',2600,120,'AV-V-2026-003','William Hale'),
 (43,112,6,'2026-01-10','INS','London, George Craske, circa 1860',24000,250,'AV-V-2026-001','William Hale'),
 (44,115,2,'2026-04-02','INS','Bath, Ashcombe workshop, 2024',28000,120,'AV-V-2026-006','William Hale'),
 (45,110,NULL,'2025-11-25','CERT','Paris, Charles J. B. Collin-Mezin, 1895',16000,0,'AV-C-2025-019','William Hale'),
 (46,120,2,'2025-08-15','PROB','French cello bow, circa 1920, unstamped',4500,150,'AV-V-2025-021','William Hale');
