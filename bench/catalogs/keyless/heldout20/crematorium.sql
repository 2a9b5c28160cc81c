-- A municipal crematorium and cemetery office (wide cremation register, funeral directors beside monumental masons, deceased beside grave owners, cremations beside burials, fees beside invoices): deceased, funeral directors, cremations, cemeteries, graves, burials, memorial permits, monumental masons, bereavement staff, book of remembrance entries, fee scale and invoices. No keys declared.
CREATE SCHEMA crematorium;
SET search_path = crematorium;
COMMENT ON SCHEMA crematorium IS 'Bereavement Services of Wrexford Borough Council, a unitary council in the English Midlands, running Wrexford Crematorium (East and West chapels, three cremators, gardens of remembrance) and three cemeteries: Hillside (the main open cemetery with lawn and traditional sections), St Mark''s Road (Victorian, closed to new graves and used only for reopening existing family graves) and Brook Lane (opened 2019, with a natural burial meadow); the office books services for funeral directors, keeps the statutory cremation and burial registers, sells the exclusive right of burial in graves, issues permits for headstones from registered masons and checks memorial safety, writes the Book of Remembrance and invoices funeral directors monthly at resident or non-resident rates';
CREATE TABLE deceased (dec_no integer, title text, fnm text, snm text, sex_cd char(1), dob date, dod date, age_yrs integer, last_addr text, town text, res_yn char(1), place_death text, coroner_yn char(1), implant_yn char(1), relig_cd text, reg_district text);
COMMENT ON TABLE deceased IS 'People cremated or buried by us, with the details needed for the statutory registers';
COMMENT ON COLUMN deceased.res_yn IS 'Y was living in Wrexford Borough when they died, so resident fees apply; N non-resident fees (double for burials)';
COMMENT ON COLUMN deceased.place_death IS 'Where they died: hospital, hospice, care home name, or home address';
COMMENT ON COLUMN deceased.coroner_yn IS 'Y the death was referred to the coroner; the coroner''s certificate (form Cremation 6) replaces the medical certificate';
COMMENT ON COLUMN deceased.implant_yn IS 'Y had a pacemaker or other battery-powered implant; the funeral director must confirm it was removed before cremation';
COMMENT ON COLUMN deceased.relig_cd IS 'Faith or ceremony: CofE, RC, METH, HIND, SIKH, HUM humanist, CIV civil celebrant, NONE direct cremation with no service';
CREATE TABLE funeral_directors (fd_cd text, fd_nm text, branch text, town text, tel text, email text, acct_yn char(1), credit_lim numeric, assoc_cd text, active_yn char(1));
COMMENT ON TABLE funeral_directors IS 'Funeral directors who book cremations and burials with us';
COMMENT ON COLUMN funeral_directors.acct_yn IS 'Y has a monthly account; otherwise fees must be paid before the service';
COMMENT ON COLUMN funeral_directors.assoc_cd IS 'Trade association: NAFD National Association of Funeral Directors, SAIF independent funeral directors, NONE';
CREATE TABLE cremations (crem_no integer, reg_no text, dec_ref integer, fd_ref text, booked_dt date, svc_dt date, svc_tm time, chapel_cd text, slot_mins integer, applicant_nm text, applicant_rel text, mc_form_cd text, mr_ok_yn char(1), mr_ok_dt date, coffin_cd text, cremator_no integer, cremated_dt date, op_ref text, ashes_cd text, ashes_out_dt date, ashes_to text, organ_yn char(1), webcast_yn char(1), music_cd text, fee_cd text, fee_amt numeric, notes text);
COMMENT ON TABLE cremations IS 'Cremation register: booking of the chapel service, statutory paperwork and medical referee approval, the cremation itself and what happened to the ashes';
COMMENT ON COLUMN cremations.reg_no IS 'Number in the statutory cremation register';
COMMENT ON COLUMN cremations.dec_ref IS 'Person cremated (deceased.dec_no)';
COMMENT ON COLUMN cremations.fd_ref IS 'Funeral director (funeral_directors.fd_cd)';
COMMENT ON COLUMN cremations.chapel_cd IS 'EAST East Chapel (seats 120), WEST West Chapel (seats 40), NONE direct cremation without a service';
COMMENT ON COLUMN cremations.slot_mins IS 'Length of the chapel booking: 30 standard, 45 or 60 double slot';
COMMENT ON COLUMN cremations.mc_form_cd IS 'Medical paperwork received: MCCD medical examiner route (Cremation 4 and medical examiner review), COR coroner''s certificate Cremation 6, NONE not yet received';
COMMENT ON COLUMN cremations.mr_ok_yn IS 'Y the medical referee has checked the forms and signed the authority to cremate (Cremation 10); cremation cannot go ahead without it';
COMMENT ON COLUMN cremations.coffin_cd IS 'STD veneered chipboard, SOLID solid wood, WICK wicker or willow, CARD cardboard, OVR oversize (needs cremator 3)';
COMMENT ON COLUMN cremations.cremator_no IS 'Cremator used, 1 to 3';
COMMENT ON COLUMN cremations.op_ref IS 'Technician who carried out the cremation (staff.emp_no)';
COMMENT ON COLUMN cremations.ashes_cd IS 'Applicant''s instructions for the ashes: COLL collected by the funeral director, FAM collected by family, STREW strewn in our garden of remembrance, BURY interred in a grave or ashes plot, HOLD held at the crematorium awaiting a decision';
COMMENT ON COLUMN cremations.ashes_out_dt IS 'Date the ashes were collected, strewn or interred; NULL still with us';
COMMENT ON COLUMN cremations.webcast_yn IS 'Y the service was live streamed and recorded for family who could not attend';
COMMENT ON COLUMN cremations.fee_cd IS 'Fee charged (fees.fee_cd)';
CREATE TABLE cemeteries (cem_cd text, cem_nm text, addr text, opened_yr integer, hectares numeric, new_graves_yn char(1), natural_yn char(1), chapel_yn char(1), gates_open_tm time, gates_close_tm time);
COMMENT ON TABLE cemeteries IS 'Council cemeteries';
COMMENT ON COLUMN cemeteries.new_graves_yn IS 'Y new graves are still being sold; N closed to new graves, only existing family graves can be reopened';
COMMENT ON COLUMN cemeteries.natural_yn IS 'Y has a natural burial area (no headstones, a tree or wildflowers instead)';
CREATE TABLE graves (grave_ref text, cem_ref text, section text, row_no integer, plot_no integer, grave_cd text, depth_spaces integer, spaces_used integer, status_cd text, erob_owner text, owner_addr text, erob_dt date, erob_yrs integer, erob_exp_dt date, purchase_amt numeric, memorial_yn char(1));
COMMENT ON TABLE graves IS 'Graves and ashes plots, and who holds the exclusive right of burial in each';
COMMENT ON COLUMN graves.cem_ref IS 'Cemetery (cemeteries.cem_cd)';
COMMENT ON COLUMN graves.grave_cd IS 'LAWN lawn grave (headstone only, no kerbs), TRAD traditional grave (full kerb set allowed), CRP cremated remains plot for ashes, NAT natural burial, COM common grave (public health funerals, no private rights)';
COMMENT ON COLUMN graves.depth_spaces IS 'Number of coffin burials the grave was dug for (1 to 3); ashes plots take up to four caskets';
COMMENT ON COLUMN graves.status_cd IS 'AVAIL available to sell, RES reserved in advance (purchased before need), USED in use with spaces left, FULL no spaces left';
COMMENT ON COLUMN graves.erob_owner IS 'Holder of the exclusive right of burial (the deed owner); only they can authorise another burial or a headstone';
COMMENT ON COLUMN graves.erob_yrs IS 'Length of the right granted (50 years for graves bought since 2005, 100 before)';
COMMENT ON COLUMN graves.memorial_yn IS 'Y a headstone or memorial is in place';
CREATE TABLE burials (bur_no integer, reg_no text, dec_ref integer, fd_ref text, grave_ref text, bur_dt date, bur_tm time, bur_cd text, depth_ft numeric, auth_by text, minister text, dug_by text, fee_cd text, fee_amt numeric, notes text);
COMMENT ON TABLE burials IS 'Burial register: coffin burials and interments of ashes in our cemeteries';
COMMENT ON COLUMN burials.dec_ref IS 'Person buried (deceased.dec_no)';
COMMENT ON COLUMN burials.grave_ref IS 'Grave (graves.grave_ref)';
COMMENT ON COLUMN burials.bur_cd IS 'NEW first burial in a newly purchased grave, REOP reopening of an existing family grave, ASH interment of ashes, PUB public health funeral arranged by the council';
COMMENT ON COLUMN burials.auth_by IS 'Grave owner who signed the authority to reopen the grave';
COMMENT ON COLUMN burials.dug_by IS 'Grounds team member who dug and backfilled (staff.emp_no)';
CREATE TABLE memorial_permits (perm_no text, grave_ref text, mason_ref text, app_dt date, mem_cd text, material text, height_mm integer, inscr text, fee_amt numeric, owner_signed_yn char(1), approved_dt date, refused_rsn text, fixed_dt date, test_dt date, test_res_cd text, made_safe_dt date);
COMMENT ON TABLE memorial_permits IS 'Applications from masons to put up or add to a headstone, and the five-yearly memorial safety (topple) tests';
COMMENT ON COLUMN memorial_permits.grave_ref IS 'Grave (graves.grave_ref)';
COMMENT ON COLUMN memorial_permits.mason_ref IS 'Mason who applied (masons.mason_cd)';
COMMENT ON COLUMN memorial_permits.mem_cd IS 'NEW new headstone, ADD additional inscription on an existing stone, VASE, KERB kerb set (traditional graves only), PLAQ ashes plot tablet';
COMMENT ON COLUMN memorial_permits.height_mm IS 'Lawn section headstones may not exceed 900 mm';
COMMENT ON COLUMN memorial_permits.owner_signed_yn IS 'Grave owner has signed the application';
COMMENT ON COLUMN memorial_permits.approved_dt IS 'Date the permit was issued; NULL still being considered or refused';
COMMENT ON COLUMN memorial_permits.test_res_cd IS 'Latest topple test: PASS, FAIL moved under the test force of 35 kg (made safe by laying down or staking and the owner written to), NT not yet tested';
CREATE TABLE masons (mason_cd text, mason_nm text, town text, tel text, babm_yn char(1), nams_yn char(1), pli_exp date, reg_yn char(1));
COMMENT ON TABLE masons IS 'Monumental masons registered to work in our cemeteries';
COMMENT ON COLUMN masons.babm_yn IS 'Member of the British Register of Accredited Memorial Masons (BRAMM/BAMM)';
COMMENT ON COLUMN masons.nams_yn IS 'NAMM fixer accreditation to BS 8415 fixing standard';
COMMENT ON COLUMN masons.pli_exp IS 'Public liability insurance expiry; masons without cover cannot be issued permits';
COMMENT ON COLUMN masons.reg_yn IS 'Y on our register of approved masons';
CREATE TABLE staff (emp_no text, emp_nm text, role_cd text, cremtech_yn char(1), cert_dt date, digger_yn char(1), start_dt date, leave_dt date);
COMMENT ON TABLE staff IS 'Bereavement services staff';
COMMENT ON COLUMN staff.role_cd IS 'MGR bereavement services manager, REG registrar (office), TECH cremator technician, ATT chapel attendant, GRD grounds and burial team';
COMMENT ON COLUMN staff.cremtech_yn IS 'Holds the cremator technician training certificate (ICCM/FBCA scheme) needed to operate the cremators';
COMMENT ON COLUMN staff.digger_yn IS 'Trained to dig graves with the mini excavator and use grave shoring';
CREATE TABLE remembrance (entry_no integer, dec_ref integer, page_dt text, lines integer, inscr text, emblem_yn char(1), applicant_nm text, ordered_dt date, fee_amt numeric, paid_yn char(1), written_dt date);
COMMENT ON TABLE remembrance IS 'Entries ordered for the Book of Remembrance, hand lettered by a calligrapher; the book is open in the Hall of Memory at the page for each day of the year, so an entry is shown on the anniversary of death';
COMMENT ON COLUMN remembrance.dec_ref IS 'Person remembered (deceased.dec_no)';
COMMENT ON COLUMN remembrance.page_dt IS 'Day of the year the entry appears on, as MM-DD (normally the date of death)';
COMMENT ON COLUMN remembrance.emblem_yn IS 'Y a painted emblem (badge, flower or crest) alongside the lines';
COMMENT ON COLUMN remembrance.written_dt IS 'Date the calligrapher wrote it into the book; NULL still to be done';
CREATE TABLE fees (fee_cd text, fee_desc text, res_amt numeric, nonres_amt numeric, valid_from date, valid_to date);
COMMENT ON TABLE fees IS 'Scale of fees set by the council each April; non-resident rates apply when the deceased did not live in the borough';
CREATE TABLE invoices (inv_no text, fd_ref text, inv_dt date, month_cd text, amt numeric, paid_amt numeric, paid_dt date, due_dt date, status_cd text);
COMMENT ON TABLE invoices IS 'Monthly account invoices to funeral directors for the services they booked';
COMMENT ON COLUMN invoices.fd_ref IS 'Funeral director (funeral_directors.fd_cd)';
COMMENT ON COLUMN invoices.month_cd IS 'Month of services covered, YYYY-MM';
COMMENT ON COLUMN invoices.status_cd IS 'OPEN, PAID, OVER overdue and chased, DISP in dispute';
INSERT INTO deceased VALUES
 (9001,'Mr','Albert','Greenway','M','1931-03-02','2026-05-20',95,'12 Canal Street','Wrexford','Y','Wrexford General Hospital','N','Y','CofE','Wrexford'),
 (9002,'Mrs','Doreen','Pike','F','1940-11-18','2026-05-24',85,'Meadowbank Care Home','Wrexford','Y','Meadowbank Care Home','N','N','METH','Wrexford'),
 (9003,'Mr','Sukhdev','Sandhu','M','1952-07-07','2026-05-30',73,'88 Park Avenue','Wrexford','Y','Home','N','N','SIKH','Wrexford'),
 (9004,'Ms','Jennifer','Long','F','1966-02-14','2026-06-01',60,'3 Fenwick Road','Upper Kelby','N','St Luke''s Hospice','N','N','HUM','Kelby'),
 (9005,'Mr','Colin','Rudd','M','1948-09-09','2026-05-28',77,'Flat 2, Orchard House','Wrexford','Y','Home','Y','N','NONE','Wrexford'),
 (9006,'Mrs','Iris','Tallis','F','1929-06-23','2024-12-03',95,'7 Mill Row','Wrexford','Y','Wrexford General Hospital','N','N','CofE','Wrexford'),
 (9007,'Mr','Frank','Tallis','M','1927-01-05','2010-04-14',83,'7 Mill Row','Wrexford','Y','Home','N','N','CofE','Wrexford'),
 (9008,'Mr','Dennis','Hogg','M','1944-08-30','2025-03-11',80,'22 Station Road','Kelby','N','Kelby Community Hospital','N','Y','RC','Kelby'),
 (9009,'Mrs','Patricia','Owen','F','1950-10-01','2026-04-02',75,'5 Brook Lane','Wrexford','Y','Home','N','N','CofE','Wrexford'),
 (9010,'Mr','Keith','Barlow','M','1958-12-12','2026-05-05',67,'14 The Rise','Wrexford','Y','Wrexford General Hospital','N','N','CIV','Wrexford'),
 (9011,'Mr','Unknown','Male','M',NULL,'2026-03-19',NULL,'No fixed abode','Wrexford','Y','Riverside','Y','N','NONE','Wrexford'),
 (9012,'Mrs','Edith','Marsh','F','1936-04-04','2026-06-03',90,'Willow Court','Kelby','N','Willow Court Nursing Home','N','N','CofE','Kelby'),
 (9013,'Mrs','Vera','Wilkins','F','1933-01-27','2025-07-01',92,'31 St Mark''s Road','Wrexford','Y','Home','N','N','CofE','Wrexford');
INSERT INTO funeral_directors VALUES
 ('COOP','Co-op Funeralcare','Wrexford High Street','Wrexford','01900 000701','wrexford@coopfuneral.example','Y',20000,'NAFD','Y'),
 ('HALL','J. Hall and Sons','Bridge Street','Wrexford','01900 000702','office@jhall.example','Y',8000,'SAIF','Y'),
 ('DIGN','Dignity Funerals (A. Bennett)','Kelby','Kelby','01900 000703','bennett@dignity.example','Y',12000,'NAFD','Y'),
 ('SING','Singh Family Funeral Service','Park Avenue','Wrexford','01900 000704','info@singhfunerals.example','N',0,'SAIF','Y'),
 ('PURE','Pure Cremation','Andover (national)','Andover','01264 000705','ops@purecremation.example','Y',15000,'NONE','Y');
INSERT INTO cremations VALUES
 (7101,'C26-0411',9001,'COOP','2026-05-22','2026-06-05','11:00','EAST',30,'Margaret Greenway','Daughter','MCCD','Y','2026-06-03','STD',2,'2026-06-05','E05','STREW','2026-06-09',NULL,'Y','N','OWN','CREM-A',1080,'Pacemaker removal confirmed by the funeral director'),
 (7102,'C26-0418',9002,'HALL','2026-05-27','2026-06-12','10:00','EAST',45,'Brian Pike','Son','MCCD','Y','2026-06-09','SOLID',NULL,NULL,NULL,'COLL',NULL,NULL,'Y','Y','ORG','CREM-A',1080,'Double slot; about 150 expected, overflow in the West Chapel with the webcast'),
 (7103,'C26-0420',9003,'SING','2026-06-01','2026-06-04','13:30','WEST',60,'Gurpreet Sandhu','Son','MCCD','Y','2026-06-03','STD',1,'2026-06-04','E05','FAM','2026-06-05','Family, to be scattered in the River Ganges','N','Y','OWN','CREM-A',1080,'Family to witness the charge'),
 (7104,'C26-0422',9004,'DIGN','2026-06-03','2026-06-12','14:00','WEST',30,'Sam Long','Partner','MCCD','N',NULL,'WICK',NULL,NULL,NULL,'HOLD',NULL,NULL,'N','Y','OWN','CREM-NR',1150,'Waiting for the medical examiner'),
 (7105,'C26-0423',9005,'PURE','2026-06-02','2026-06-10','08:00','NONE',0,'Lynne Rudd','Sister','COR','Y','2026-06-08','CARD',3,'2026-06-10','E06','COLL',NULL,NULL,'N','N',NULL,'CREM-D',590,'Direct cremation'),
 (7106,'C24-1202',9006,'COOP','2024-12-06','2024-12-17','12:00','EAST',30,'Janet Tallis','Daughter','MCCD','Y','2024-12-16','STD',1,'2024-12-17','E05','HOLD',NULL,NULL,'Y','N','OWN','CREM-A',995,'Family want to bury with her husband, grave owner not yet agreed'),
 (7107,'C25-0301',9008,'DIGN','2025-03-14','2025-03-24','15:00','WEST',30,'Maureen Hogg','Wife','MCCD','Y','2025-03-21','STD',2,'2025-03-24','E06','HOLD',NULL,NULL,'N','N','OWN','CREM-NR',1050,'Letters sent about uncollected ashes March 2026'),
 (7108,'C26-0390',9010,'COOP','2026-05-08','2026-05-21','09:30','EAST',30,'Jackie Barlow','Wife','MCCD','Y','2026-05-19','STD',1,'2026-05-21','E05','BURY','2026-06-08',NULL,'N','Y','OWN','CREM-A',1080,'Ashes interred at Brook Lane'),
 (7109,'C26-0428',9012,'COOP','2026-06-05','2026-06-12','12:00','EAST',30,'Graham Marsh','Son','MCCD','N',NULL,'STD',NULL,NULL,NULL,'STREW',NULL,NULL,'Y','N','OWN','CREM-NR',1150,NULL);
INSERT INTO cemeteries VALUES
 ('HILL','Hillside Cemetery','Hillside Road, Wrexford',1932,14.5,'Y','N','Y','08:00','20:00'),
 ('STMK','St Mark''s Road Cemetery','St Mark''s Road, Wrexford',1868,6.2,'N','N','N','09:00','17:00'),
 ('BRKL','Brook Lane Cemetery','Brook Lane, Wrexford',2019,8.0,'Y','Y','N','08:00','20:00');
INSERT INTO graves VALUES
 ('HILL-L-12-04','HILL','L',12,4,'LAWN',2,2,'FULL','Janet Tallis','7 Mill Row, Wrexford','2010-04-20',100,'2110-04-19',780,'Y'),
 ('HILL-L-12-05','HILL','L',12,5,'LAWN',2,1,'USED','Maureen Hogg','22 Station Road, Kelby','2025-03-20',50,'2075-03-19',1560,'N'),
 ('HILL-L-14-01','HILL','L',14,1,'LAWN',2,0,'AVAIL',NULL,NULL,NULL,NULL,NULL,NULL,'N'),
 ('HILL-L-14-02','HILL','L',14,2,'LAWN',2,0,'AVAIL',NULL,NULL,NULL,NULL,NULL,NULL,'N'),
 ('HILL-T-03-09','HILL','T',3,9,'TRAD',3,0,'RES','Patricia and Roy Owen','5 Brook Lane, Wrexford','2012-08-01',50,'2062-07-31',1200,'N'),
 ('HILL-T-03-10','HILL','T',3,10,'TRAD',3,0,'AVAIL',NULL,NULL,NULL,NULL,NULL,NULL,'N'),
 ('STMK-C-04-12','STMK','C',4,12,'TRAD',3,2,'USED','Harold Wilkins','Deceased; transfer pending','1951-06-02',100,'2051-06-01',NULL,'Y'),
 ('BRKL-A-02-07','BRKL','A',2,7,'CRP',4,1,'USED','Jackie Barlow','14 The Rise, Wrexford','2026-06-01',50,'2076-05-31',520,'N'),
 ('BRKL-N-01-03','BRKL','N',1,3,'NAT',1,0,'AVAIL',NULL,NULL,NULL,NULL,NULL,NULL,'N'),
 ('HILL-C-01-01','HILL','C',1,1,'COM',4,1,'USED',NULL,NULL,NULL,NULL,NULL,NULL,'N');
INSERT INTO burials VALUES
 (8101,'B10-0061',9007,'COOP','HILL-L-12-04','2010-04-22','11:00','NEW',7,'Iris Tallis','Rev. J. Cole','G01','BUR-NEW',620,NULL),
 (8102,'B25-0044',9008,'DIGN','HILL-L-12-05','2025-03-25','11:30','ASH',3,'Maureen Hogg',NULL,'G02','ASH-INT',310,'Second interment of ashes; first casket was his mother'),
 (8103,'B26-0031',9009,'HALL','HILL-T-03-09','2026-04-14','11:00','NEW',9,'Roy Owen','Rev. A. Singh','G01','BUR-NEW',1180,'Dug for three'),
 (8104,'B26-0033',9011,'COOP','HILL-C-01-01','2026-04-22','09:00','PUB',6,NULL,'Council chaplain','G02','BUR-PUB',0,'Public health funeral arranged by environmental health'),
 (8105,'B26-0040',9010,'COOP','BRKL-A-02-07','2026-06-08','14:00','ASH',3,'Jackie Barlow','Celebrant L. Moss','G02','ASH-INT',310,NULL),
 (8106,'B25-0102',9013,'COOP','STMK-C-04-12','2025-07-10','10:00','REOP',6,'Harold Wilkins estate',NULL,'G01','BUR-REOP',540,'Reopening; paperwork from the executors');
INSERT INTO memorial_permits VALUES
 ('MP25-019','HILL-L-12-04','WRXM','2025-02-10','ADD','Black granite',NULL,'Also Iris, reunited',95,'Y','2025-02-14',NULL,'2025-03-20','2025-03-20','PASS',NULL),
 ('MP26-003','HILL-L-12-05','KELB','2026-01-20','NEW','Grey granite',950,'In loving memory of Dennis Hogg',180,'Y',NULL,'Too tall for the lawn section (900 mm limit); mason asked to resubmit',NULL,NULL,'NT',NULL),
 ('MP26-011','BRKL-A-02-07','WRXM','2026-06-09','PLAQ','Slate',NULL,'Keith Barlow 1958-2026',80,'N',NULL,NULL,NULL,NULL,'NT',NULL),
 ('MP26-012','HILL-T-03-09','ARTS','2026-05-20','NEW','Yorkstone',1050,'Patricia Owen, beloved wife of Roy',180,'Y',NULL,NULL,NULL,NULL,'NT',NULL),
 ('MP08-044','STMK-C-04-12','OLDS','1998-04-01','NEW','Marble',1300,'Wilkins family',0,'Y','1998-04-05',NULL,'1998-05-01','2024-09-12','FAIL','2024-09-12'),
 ('MP12-077','HILL-L-12-04','WRXM','2010-06-01','NEW','Black granite',850,'Frank Tallis',60,'Y','2010-06-04',NULL,'2010-07-01','2024-09-10','PASS',NULL);
INSERT INTO masons VALUES
 ('WRXM','Wrexford Memorials','Wrexford','01900 000801','Y','Y','2026-12-31','Y'),
 ('KELB','Kelby Stone Co','Kelby','01900 000802','Y','Y','2026-05-31','Y'),
 ('ARTS','Hewn Letter Carving (Tom Ash)','Upper Kelby','07700 930803','N','N','2026-09-30','Y'),
 ('OLDS','Old Street Masons','Wrexford','01900 000804','N','N','2019-03-31','N');
INSERT INTO staff VALUES
 ('E01','Karen Whitlock','MGR','Y','2009-05-01','N','2005-09-01',NULL),('E02','Bev Thornley','REG','N',NULL,'N','2016-02-15',NULL),
 ('E03','Ahmed Qureshi','REG','N',NULL,'N','2022-07-04',NULL),('E05','Steve Nuttall','TECH','Y','2012-10-10','N','2011-03-14',NULL),
 ('E06','Leanne Cope','TECH','Y','2024-11-20','N','2023-06-05',NULL),('E07','Phil Mason','ATT','N',NULL,'N','2019-01-07',NULL),
 ('G01','Barry Lowe','GRD','N',NULL,'Y','1998-04-06',NULL),('G02','Jason Kerr','GRD','N',NULL,'Y','2018-05-21',NULL),('E08','Neil Hirst','TECH','N',NULL,'N','2026-04-13',NULL);
INSERT INTO remembrance VALUES
 (601,9007,'04-14',2,'Frank Tallis, a gentle man',NULL,'Janet Tallis','2010-05-01',60,'Y','2010-09-01'),
 (602,9006,'12-03',3,'Iris Tallis 1929-2024, mum and nan',NULL,'Janet Tallis','2025-01-10',85,'Y','2025-06-02'),
 (603,9008,'03-11',2,'Dennis Hogg, with love from Maureen','Y','Maureen Hogg','2026-02-01',140,'Y',NULL),
 (604,9009,'04-02',5,'Patricia Owen, remembered by Roy, Sian and the grandchildren','Y','Roy Owen','2026-05-15',210,'Y',NULL),
 (605,9010,'05-05',2,'Keith Barlow, always in our hearts','N','Jackie Barlow','2026-06-08',85,'N',NULL);
INSERT INTO fees VALUES
 ('CREM-A','Cremation with a 30 minute chapel service, adult',1080,1150,'2026-04-01',NULL),
 ('CREM-NR','Cremation with a 30 minute chapel service, adult (non-resident)',1150,1150,'2026-04-01',NULL),
 ('CREM-D','Direct cremation, no service, 08:00 or 08:30 slot',590,590,'2026-04-01',NULL),
 ('CREM-X','Additional 30 minute chapel slot',250,250,'2026-04-01',NULL),
 ('BUR-NEW','Burial in a new grave including digging',1180,2360,'2026-04-01',NULL),
 ('BUR-REOP','Reopening a grave for burial',980,1960,'2026-04-01',NULL),
 ('ASH-INT','Interment of ashes',310,620,'2026-04-01',NULL),
 ('EROB-L','Exclusive right of burial, 50 years, lawn grave',1350,2700,'2026-04-01',NULL),
 ('BUR-PUB','Public health funeral burial (council)',0,0,'2026-04-01',NULL),
 ('WEB','Webcast and recording of the service',75,75,'2026-04-01',NULL),
 ('CREM-A','Cremation with a 30 minute chapel service, adult',995,1060,'2024-04-01','2025-03-31');
INSERT INTO invoices VALUES
 ('BS-2604-COOP','COOP','2026-05-01','2026-04',8420,8420,'2026-05-20','2026-05-31','PAID'),
 ('BS-2604-HALL','HALL','2026-05-01','2026-04',3260,0,NULL,'2026-05-31','OVER'),
 ('BS-2604-DIGN','DIGN','2026-05-01','2026-04',2210,2210,'2026-05-28','2026-05-31','PAID'),
 ('BS-2605-COOP','COOP','2026-06-01','2026-05',9105,0,NULL,'2026-06-30','OPEN'),
 ('BS-2605-PURE','PURE','2026-06-01','2026-05',4130,0,NULL,'2026-06-30','OPEN'),
 ('BS-2603-HALL','HALL','2026-04-01','2026-03',2890,1500,'2026-05-02','2026-04-30','DISP');
