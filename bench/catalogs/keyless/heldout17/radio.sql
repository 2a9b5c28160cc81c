-- A community radio station run mostly by volunteers (wide programme log, volunteers beside paid staff, airtime orders beside show sponsorships, studio bookings beside kit loans): volunteers, staff, shows, broadcasts, tracks played, advertisers, airtime orders, spots aired, sponsorships, grants, studio bookings, training, complaints and kit loans. No keys declared.
CREATE SCHEMA radio;
SET search_path = radio;
COMMENT ON SCHEMA radio IS 'Calder Sound 106.4 FM, a community radio station broadcasting on FM and online from a former mill office in Todmorden to the upper Calder Valley (Todmorden, Hebden Bridge, Mytholmroyd and Walsden) under an Ofcom community radio licence: volunteer presenters host live and pre-recorded shows in English, Urdu and Punjabi from two studios and at outside broadcasts, a handful of paid staff funded by the National Lottery, the Community Radio Fund and other grants run the station, local businesses buy advertising spots and sponsor programmes (on-air income is capped under the licence), music played is reported to PRS for Music and PPL, every programme is recorded on the compliance logger, and the licence key commitments require a set amount of local speech and local music';
CREATE TABLE volunteers (vol_id integer, vol_nm text, on_air_nm text, role_cd text, mobile text, email text, join_dt date, induct_dt date, dbs_dt date, key_fob text, keyholder_yn char(1), u18_yn char(1), left_dt date, notes text);
COMMENT ON TABLE volunteers IS 'Volunteers: presenters, producers, technicians, newsreaders, outside broadcast crew and office helpers';
COMMENT ON COLUMN volunteers.on_air_nm IS 'Name used on air';
COMMENT ON COLUMN volunteers.role_cd IS 'Main role: PRES presenter, PROD producer, TECH studio and transmitter engineer, NEWS newsreader and community journalist, OB outside broadcast crew, ADMIN office volunteer';
COMMENT ON COLUMN volunteers.induct_dt IS 'Date of the station induction (health and safety, building, studio rules)';
COMMENT ON COLUMN volunteers.dbs_dt IS 'Date of the last enhanced DBS check; presenters must be rechecked every three years because of the youth show and vulnerable studio guests. NULL never checked';
COMMENT ON COLUMN volunteers.key_fob IS 'Door fob number issued for the building';
COMMENT ON COLUMN volunteers.keyholder_yn IS 'Trusted to open up and lock the building alone';
COMMENT ON COLUMN volunteers.u18_yn IS 'Under 18 (youth show): must have an adult present and must not be in after 9pm';
COMMENT ON COLUMN volunteers.left_dt IS 'Date they stopped volunteering; NULL still active';
CREATE TABLE staff (stf_no integer, stf_nm text, job_title text, hrs_wk numeric, funder_cd text, start_dt date, end_dt date, mobile text);
COMMENT ON TABLE staff IS 'Paid staff, mostly part-time posts funded by grants';
COMMENT ON COLUMN staff.funder_cd IS 'Grant that pays for the post: NLCF National Lottery Community Fund, CRF Ofcom Community Radio Fund, ACE Arts Council England, CORE the station''s own general funds';
COMMENT ON COLUMN staff.end_dt IS 'End of the fixed-term contract (usually when the grant ends); NULL permanent';
CREATE TABLE shows (show_cd text, show_nm text, genre_cd text, pres_ref integer, copres_ref integer, day_cd text, start_tm time, dur_mins integer, live_yn char(1), lang_cd text, active_yn char(1));
COMMENT ON TABLE shows IS 'Programmes in the weekly schedule';
COMMENT ON COLUMN shows.genre_cd IS 'NEWS news and current affairs, SPEECH talk and community magazine, FOLK folk and acoustic, ROCK, DESI South Asian music and community, YOUTH youth-run show, SPORT local sport';
COMMENT ON COLUMN shows.pres_ref IS 'Main presenter (volunteers.vol_id)';
COMMENT ON COLUMN shows.copres_ref IS 'Regular co-presenter (volunteers.vol_id)';
COMMENT ON COLUMN shows.day_cd IS 'MON, TUE, WED, THU, FRI, SAT, SUN, or WKDY for a Monday to Friday strip';
COMMENT ON COLUMN shows.live_yn IS 'Y normally live from the studio; N pre-recorded and played out automatically';
COMMENT ON COLUMN shows.lang_cd IS 'Main language: EN English, UR Urdu, PA Punjabi';
COMMENT ON COLUMN shows.active_yn IS 'N show rested or dropped from the schedule';
CREATE TABLE broadcasts (bc_id integer, show_ref text, air_dt date, sched_start time, act_start time, act_end time, studio_cd text, pres_ref integer, copres_ref integer, prod_ref integer, live_yn char(1), prerec_file text, prerec_rcvd_ts timestamp, phone_in_yn char(1), guests_n integer, tracks_n integer, speech_mins integer, local_mins integer, ads_n integer, spons_credits_n integer, dead_air_sec integer, swear_yn char(1), apology_yn char(1), logger_ok_yn char(1), stream_peak integer, fault_cd text, handover_note text, signed_off_by integer);
COMMENT ON TABLE broadcasts IS 'Programme log: one row for every programme that went out, with who presented it, live or pre-recorded, speech and local content for the Ofcom key commitments, adverts and sponsor credits, dead air, bad language, faults, the compliance logger and the online listener peak';
COMMENT ON COLUMN broadcasts.show_ref IS 'Programme (shows.show_cd)';
COMMENT ON COLUMN broadcasts.studio_cd IS 'S1 main on-air studio, S2 production studio (backup on-air), OB outside broadcast, AUTO unattended playout of a pre-recorded show';
COMMENT ON COLUMN broadcasts.pres_ref IS 'Presenter on the day (volunteers.vol_id), may differ from the usual presenter';
COMMENT ON COLUMN broadcasts.prod_ref IS 'Producer on the day (volunteers.vol_id)';
COMMENT ON COLUMN broadcasts.prerec_file IS 'Audio file played out for a pre-recorded show';
COMMENT ON COLUMN broadcasts.prerec_rcvd_ts IS 'When the pre-recorded file reached the playout server; station rule is at least 48 hours before air so it can be checked';
COMMENT ON COLUMN broadcasts.speech_mins IS 'Minutes of speech (news, talk, interviews, what''s on) counted toward the speech key commitment';
COMMENT ON COLUMN broadcasts.local_mins IS 'Minutes of locally made content about the Calder Valley';
COMMENT ON COLUMN broadcasts.ads_n IS 'Advert spots played in the programme';
COMMENT ON COLUMN broadcasts.dead_air_sec IS 'Total seconds of silence on air; the silence detector switches to the backup playout after 30 seconds';
COMMENT ON COLUMN broadcasts.swear_yn IS 'Offensive language went out on air (presenter, guest, caller or a track)';
COMMENT ON COLUMN broadcasts.apology_yn IS 'An on-air apology was given straight away; required by the Broadcasting Code, and anything before the 9pm watershed must also be reported to the station manager';
COMMENT ON COLUMN broadcasts.logger_ok_yn IS 'Compliance logger recorded the whole programme (Ofcom can ask for recordings up to 42 days old)';
COMMENT ON COLUMN broadcasts.stream_peak IS 'Highest number of people listening online at once during the programme';
COMMENT ON COLUMN broadcasts.fault_cd IS 'NONE, MIC microphone, DESK mixing desk, PLAYOUT playout system, STREAM web stream down, TX studio to transmitter link, PHONE phone-in line';
COMMENT ON COLUMN broadcasts.signed_off_by IS 'Staff member who checked the log (staff.stf_no); NULL not yet checked';
CREATE TABLE tracks_played (pl_id integer, bc_ref integer, play_ts timestamp, artist text, title text, isrc text, dur_sec integer, local_yn char(1), src_cd text);
COMMENT ON TABLE tracks_played IS 'Music played on air, from the playout system and presenters'' own sheets; used for the PRS for Music and PPL returns';
COMMENT ON COLUMN tracks_played.bc_ref IS 'Programme it was played in (broadcasts.bc_id)';
COMMENT ON COLUMN tracks_played.local_yn IS 'Artist from the Calder Valley or West Yorkshire; the licence promises airtime for local music';
COMMENT ON COLUMN tracks_played.src_cd IS 'LIB station music library, CD, VINYL, OWN presenter''s own file (often unsigned local bands with no ISRC)';
CREATE TABLE advertisers (adv_no integer, bus_nm text, contact_nm text, tel text, email text, sector_cd text, town text, charity_yn char(1));
COMMENT ON TABLE advertisers IS 'Businesses and organisations that buy adverts or sponsor shows';
COMMENT ON COLUMN advertisers.sector_cd IS 'RET shop, HOSP pub, cafe or restaurant, TRADE trades and garages, PUB council or public health campaign, EVENT festival or event, CHAR charity';
COMMENT ON COLUMN advertisers.charity_yn IS 'Registered charity, gets the half price rate';
CREATE TABLE airtime_orders (ord_ref text, adv_ref integer, sold_by integer, ord_dt date, spot_sec integer, start_dt date, end_dt date, spots_day integer, rate numeric, total_amt numeric, script_ok_yn char(1), inv_no text, paid_dt date);
COMMENT ON TABLE airtime_orders IS 'Advertising campaigns sold: a number of spots a day between two dates';
COMMENT ON COLUMN airtime_orders.adv_ref IS 'advertisers.adv_no';
COMMENT ON COLUMN airtime_orders.sold_by IS 'Staff member who sold it (staff.stf_no)';
COMMENT ON COLUMN airtime_orders.spot_sec IS 'Length of the advert, seconds';
COMMENT ON COLUMN airtime_orders.rate IS 'Price per spot';
COMMENT ON COLUMN airtime_orders.script_ok_yn IS 'Script checked against the advertising code before recording';
COMMENT ON COLUMN airtime_orders.inv_no IS 'Invoice sent; NULL not invoiced yet';
COMMENT ON COLUMN airtime_orders.paid_dt IS 'Date payment arrived; NULL unpaid';
CREATE TABLE spots_aired (sa_id integer, ord_ref text, bc_ref integer, aired_ts timestamp, missed_yn char(1), miss_rsn text);
COMMENT ON TABLE spots_aired IS 'Each scheduled play of an advert; missed spots must be made good later or credited to the advertiser';
COMMENT ON COLUMN spots_aired.ord_ref IS 'airtime_orders.ord_ref';
COMMENT ON COLUMN spots_aired.bc_ref IS 'Programme the spot was scheduled in (broadcasts.bc_id)';
COMMENT ON COLUMN spots_aired.missed_yn IS 'Y the spot did not go out';
CREATE TABLE sponsorships (sp_id integer, adv_ref integer, show_ref text, start_dt date, end_dt date, monthly_fee numeric, credit_txt text, paid_to_dt date);
COMMENT ON TABLE sponsorships IS 'Programme sponsorships: a sponsor credit read at the start and end of a named show, billed monthly';
COMMENT ON COLUMN sponsorships.adv_ref IS 'Sponsor (advertisers.adv_no)';
COMMENT ON COLUMN sponsorships.show_ref IS 'shows.show_cd';
COMMENT ON COLUMN sponsorships.credit_txt IS 'Wording of the sponsor credit';
COMMENT ON COLUMN sponsorships.paid_to_dt IS 'Sponsor has paid up to this date';
CREATE TABLE grants (grant_ref text, funder_nm text, purpose text, amt numeric, awarded_dt date, start_dt date, end_dt date, rpt_due_dt date, rpt_sent_dt date, restricted_yn char(1));
COMMENT ON TABLE grants IS 'Grants awarded to the station and the monitoring reports the funders ask for';
COMMENT ON COLUMN grants.rpt_due_dt IS 'Next progress or end-of-grant report due to the funder';
COMMENT ON COLUMN grants.rpt_sent_dt IS 'Date that report was sent; NULL not sent';
COMMENT ON COLUMN grants.restricted_yn IS 'Y may only be spent on the stated purpose';
CREATE TABLE studio_bookings (sb_no integer, studio_cd text, vol_ref integer, bk_dt date, from_tm time, to_tm time, purpose_cd text, no_show_yn char(1));
COMMENT ON TABLE studio_bookings IS 'Bookings of the studios outside live programmes';
COMMENT ON COLUMN studio_bookings.vol_ref IS 'Volunteer who booked (volunteers.vol_id)';
COMMENT ON COLUMN studio_bookings.purpose_cd IS 'PREREC recording a show, TRAIN training session, POD podcast recording, EDIT editing';
COMMENT ON COLUMN studio_bookings.no_show_yn IS 'Y booked but never came; NULL booking still to come';
CREATE TABLE training (trn_id integer, vol_ref integer, course_cd text, trn_dt date, trainer integer, passed_yn char(1));
COMMENT ON TABLE training IS 'Training courses volunteers have taken';
COMMENT ON COLUMN training.course_cd IS 'DESK studio desk and playout, LAW media law and the Ofcom Broadcasting Code (must be passed before presenting live), OB outside broadcast kit, NEWS newsreading, PHONE handling phone-ins and the delay unit';
COMMENT ON COLUMN training.trainer IS 'staff.stf_no';
CREATE TABLE complaints (cmp_no integer, rcvd_dt date, bc_ref integer, complainant text, chan_cd text, issue_cd text, summary text, upheld_yn char(1), ofcom_ref text, resp_dt date);
COMMENT ON TABLE complaints IS 'Complaints from listeners and the public';
COMMENT ON COLUMN complaints.bc_ref IS 'Programme complained about (broadcasts.bc_id); NULL general complaint';
COMMENT ON COLUMN complaints.chan_cd IS 'EMAIL, PHONE, LETTER, SOCIAL';
COMMENT ON COLUMN complaints.issue_cd IS 'LANG offensive language, BIAS due impartiality in news or politics, ADV advertising, MUSIC, TECH reception or stream, CONDUCT presenter conduct';
COMMENT ON COLUMN complaints.ofcom_ref IS 'Ofcom case reference when the complainant also went to Ofcom';
COMMENT ON COLUMN complaints.resp_dt IS 'Date we replied';
CREATE TABLE kit_loans (loan_id integer, kit_desc text, asset_no text, vol_ref integer, out_dt date, due_dt date, ret_dt date, value numeric);
COMMENT ON TABLE kit_loans IS 'Portable recorders, microphones and outside broadcast kit lent to volunteers to record out and about';
COMMENT ON COLUMN kit_loans.vol_ref IS 'Borrower (volunteers.vol_id)';
COMMENT ON COLUMN kit_loans.ret_dt IS 'NULL not returned';
INSERT INTO volunteers VALUES (1,'Gemma Sutcliffe','Gem','PRES','07700 970001','gem@example.com','2019-03-01','2019-03-20','2023-02-10','F101','Y','N',NULL,NULL),(2,'Imran Hussain','DJ Imy','PRES','07700 970002','imran@example.com','2020-06-01','2020-06-15','2024-05-01','F102','N','N',NULL,NULL),(3,'Barry Holt','Barry Holt','PRES','07700 970003',NULL,'2014-09-01','2014-09-10','2022-11-05','F103','Y','N',NULL,'Folk Roots since 2014'),(4,'Nasreen Akhtar','Nasreen','PRES','07700 970004','nasreen@example.com','2021-01-10','2021-02-01','2024-01-20','F104','N','N',NULL,NULL),(5,'Ollie Crabtree','Ollie C','PRES','07700 970005','ollie@example.com','2025-09-01','2025-09-20','2025-09-05','F105','N','Y',NULL,'Youth show, parent consent on file'),(6,'Dave Mitchell','Dave','TECH','07700 970006','dave.m@example.com','2016-05-01','2016-05-10',NULL,'F106','Y','N',NULL,NULL),(7,'Kath Greenwood','Kath Greenwood','NEWS','07700 970007','kath@example.com','2018-02-01','2018-02-10','2022-08-30','F107','N','N',NULL,NULL),(8,'Tom Ashworth','Tom A','PRES','07700 970008','toma@example.com','2024-03-01','2024-03-15',NULL,'F108','N','N',NULL,NULL),(9,'Priya Nair','Priya','PROD','07700 970009','priya.n@example.com','2023-05-01','2023-05-12','2023-05-20','F109','N','N',NULL,NULL),(10,'Sean Pickles','Sean','PRES','07700 970010',NULL,'2017-01-01','2017-01-10','2020-03-01','F110','N','N','2025-12-31','Moved away');
INSERT INTO staff VALUES (1,'Rachel Binns','Station manager',37.5,'NLCF','2021-04-01','2027-03-31','07700 971001'),(2,'Jamal Patel','Volunteer and training coordinator',22.5,'CRF','2024-10-01','2026-09-30','07700 971002'),(3,'Lucy Horsfall','Sales and sponsorship',15,'CORE','2023-01-09',NULL,'07700 971003'),(4,'Mo Iqbal','Community reporter',18.75,'NLCF','2025-02-03','2027-03-31','07700 971004');
INSERT INTO shows VALUES ('BRK','Valley Breakfast','SPEECH',1,8,'WKDY','07:00',180,'Y','EN','Y'),('FOLK','Folk Roots','FOLK',3,NULL,'SUN','19:00',120,'Y','EN','Y'),('DESI','Desi Beats','DESI',2,4,'SAT','10:00',120,'Y','UR','Y'),('SATAM','Saturday Cuppa','SPEECH',8,NULL,'SAT','08:00',120,'Y','EN','Y'),('YOUTH','Next Gen','YOUTH',5,NULL,'FRI','18:00',60,'N','EN','Y'),('NEWS','Calder Valley News Hour','NEWS',7,NULL,'WKDY','12:00',60,'Y','EN','Y'),('ROCK','Late Rock Show','ROCK',10,NULL,'FRI','22:00',120,'Y','EN','N'),('SPORT','Touchline','SPORT',8,NULL,'SAT','14:00',180,'Y','EN','Y'),('WOMEN','Sisters Hour','SPEECH',4,NULL,'THU','11:00',60,'N','PA','Y');
INSERT INTO broadcasts VALUES
 (1,'BRK','2026-05-04','07:00','07:02','10:00','S1',1,8,9,'Y',NULL,NULL,'Y',2,28,95,120,12,2,0,'N',NULL,'Y',64,'NONE',NULL,1),
 (2,'FOLK','2026-05-10','19:00','19:00','21:00','S1',3,NULL,NULL,'Y',NULL,NULL,'N',1,26,30,70,4,2,45,'N',NULL,'Y',38,'PLAYOUT','Playout froze, backup kicked in',1),
 (3,'DESI','2026-05-16','10:00','10:05','12:00','S1',2,4,NULL,'Y',NULL,NULL,'Y',0,22,40,60,8,2,0,'Y','N','Y',112,'NONE','Caller swore on the phone-in, not dumped',1),
 (4,'YOUTH','2026-05-22','18:00','18:00','19:00','AUTO',5,NULL,9,'N','nextgen_2026-05-22.mp3','2026-05-21 16:30','N',1,12,25,40,2,0,0,'N',NULL,'Y',21,'NONE',NULL,2),
 (5,'BRK','2026-05-26','07:00','07:00','10:00','S2',1,8,9,'Y',NULL,NULL,'Y',1,30,90,110,12,2,75,'N',NULL,'N',58,'DESK','Fader 3 dead, moved to S2; logger missed the first hour',1),
 (6,'NEWS','2026-06-01','12:00','12:00','13:00','S1',7,NULL,9,'Y',NULL,NULL,'N',3,4,52,55,4,0,0,'N',NULL,'Y',44,'NONE',NULL,1),
 (7,'SATAM','2026-06-06','08:00','08:00','10:00','S1',8,NULL,NULL,'Y',NULL,NULL,'Y',1,20,55,80,8,2,0,'Y','Y','Y',49,'NONE','Guest swore, apology given at once',1),
 (8,'FOLK','2026-06-07','19:00','19:00','21:00','S1',3,NULL,NULL,'Y',NULL,NULL,'N',2,24,35,75,4,2,0,'N',NULL,'Y',41,'NONE',NULL,NULL),
 (9,'SPORT','2026-06-13','14:00','14:00','17:00','OB',8,6,NULL,'Y',NULL,NULL,'N',4,6,150,170,10,0,20,'N',NULL,'Y',130,'TX','Link from Centre Vale Park dropped twice',NULL),
 (10,'FOLK','2026-06-14','19:00','19:00','21:00','S1',3,NULL,NULL,'Y',NULL,NULL,'N',0,27,25,60,4,2,0,'N',NULL,'Y',36,'NONE',NULL,NULL),
 (11,'WOMEN','2026-06-11','11:00','11:00','12:00','AUTO',4,NULL,9,'N','sisters_2026-06-11.mp3','2026-06-11 09:40','N',2,6,40,55,2,0,0,'N',NULL,'Y',27,'NONE','File arrived late, aired unchecked',1),
 (12,'DESI','2026-06-13','10:00','10:00','12:00','S1',2,4,NULL,'Y',NULL,NULL,'Y',1,24,40,60,8,2,0,'N',NULL,'Y',118,'NONE',NULL,NULL),
 (13,'WOMEN','2026-05-28','11:00','11:00','12:00','AUTO',4,NULL,9,'N','sisters_2026-05-28.mp3','2026-05-25 20:15','N',1,7,38,52,2,0,0,'N',NULL,'Y',30,'NONE',NULL,1);
INSERT INTO tracks_played VALUES (1,1,'2026-05-04 07:10','The Lumineers','Ho Hey','USDMG1200016',163,'N','LIB'),(2,1,'2026-05-04 07:25','Kaiser Chiefs','Oh My God','GBAHS0400123',215,'Y','LIB'),(3,2,'2026-05-10 19:05','Kate Rusby','Underneath the Stars','GBBYT0300045',248,'Y','CD'),(4,2,'2026-05-10 19:20','The Unthanks','Magpie','GBAHT1500200',301,'N','CD'),(5,2,'2026-05-10 19:40','Calder Folk Collective','Heptonstall Fair',NULL,212,'Y','OWN'),(6,3,'2026-05-16 10:10','Atif Aslam','Tera Hone Laga Hoon','INS180900011',290,'N','LIB'),(7,4,'2026-05-22 18:05','Hebden Bridge Sound','Crag Vale',NULL,198,'Y','OWN'),(8,8,'2026-06-07 19:05','Kate Rusby','Awkward Annie','GBBYT0700012',225,'Y','CD'),(9,8,'2026-06-07 19:25','Show of Hands','Roots','GBAJE0600321',255,'N','VINYL'),(10,10,'2026-06-14 19:08','Eliza Carthy','Blood on My Boots','GBAJE0800111',240,'N','CD'),(11,10,'2026-06-14 19:30','Calder Folk Collective','Stoodley Pike',NULL,230,'Y','OWN'),(12,12,'2026-06-13 10:15','Arijit Singh','Kesariya','INS172200045',268,'N','LIB'),(13,1,'2026-05-04 08:05','Corinne Bailey Rae','Put Your Records On','GBAAA0500201',215,'Y','LIB');
INSERT INTO advertisers VALUES (201,'Barker''s Garden Centre','Jean Barker','01706 000201',NULL,'RET','Todmorden','N'),(202,'The Shoulder of Mutton','Phil Lacey','01422 000202',NULL,'HOSP','Mytholmroyd','N'),(203,'Calderdale Council Public Health','Comms team','01422 000203',NULL,'PUB','Halifax','N'),(204,'Hebden Bridge Arts Festival','Festival office','01422 000204',NULL,'EVENT','Hebden Bridge','Y'),(205,'Noor Sweets','Tariq Noor','01706 000205',NULL,'RET','Todmorden','N'),(206,'Walsden Motors','Gary Walsh','01706 000206',NULL,'TRADE','Walsden','N');
INSERT INTO airtime_orders VALUES ('AO-2601',201,3,'2026-04-20',30,'2026-05-01','2026-05-31',4,6,744,'Y','INV-0611','2026-06-05'),('AO-2602',202,3,'2026-05-02',30,'2026-05-08','2026-06-07',2,6,372,'Y','INV-0615',NULL),('AO-2603',203,1,'2026-05-10',40,'2026-05-15','2026-06-30',3,5,705,'Y','INV-0618',NULL),('AO-2604',204,3,'2026-05-20',30,'2026-06-01','2026-06-25',4,4,400,'Y','INV-0620','2026-06-02'),('AO-2605',206,3,'2026-06-05',20,'2026-06-15','2026-07-15',2,5,310,'N',NULL,NULL);
INSERT INTO spots_aired VALUES (1,'AO-2601',1,'2026-05-04 07:45','N',NULL),(2,'AO-2601',1,'2026-05-04 09:15','N',NULL),(3,'AO-2601',5,'2026-05-26 07:45','Y','Desk fault, ad break dropped'),(4,'AO-2601',2,'2026-05-10 19:30','Y','Playout froze'),(5,'AO-2601',3,'2026-05-16 10:30','N',NULL),(6,'AO-2602',3,'2026-05-16 11:30','N',NULL),(7,'AO-2602',7,'2026-06-06 08:30','N',NULL),(8,'AO-2603',6,'2026-06-01 12:30','N',NULL),(9,'AO-2603',9,'2026-06-13 15:00','Y','OB link down'),(10,'AO-2604',9,'2026-06-13 15:45','N',NULL),(11,'AO-2604',12,'2026-06-13 11:00','N',NULL);
INSERT INTO sponsorships VALUES (1,205,'DESI','2026-01-01','2026-12-31',60,'Desi Beats is brought to you by Noor Sweets of Todmorden','2026-06-30'),(2,206,'SPORT','2025-08-01','2026-05-31',80,'Touchline in association with Walsden Motors','2026-05-31'),(3,202,'FOLK','2026-04-01','2026-09-30',40,'Folk Roots, supported by the Shoulder of Mutton, Mytholmroyd','2026-05-31'),(4,201,'SATAM','2026-03-01','2027-02-28',50,'Saturday Cuppa with Barker''s Garden Centre','2026-04-30');
INSERT INTO grants VALUES ('NLCF-21-0442','National Lottery Community Fund','Station manager and community reporter posts',148000,'2021-02-15','2021-04-01','2027-03-31','2026-04-30','2026-04-28','Y'),('CRF-2024-17','Ofcom Community Radio Fund','Volunteer coordinator post',22000,'2024-08-20','2024-10-01','2026-09-30','2026-04-01',NULL,'Y'),('ACE-PG-9981','Arts Council England','Calder Voices oral history series',9800,'2025-06-10','2025-09-01','2026-05-31','2026-06-30',NULL,'Y'),('CCF-2025-03','Calderdale Community Foundation','Replacement transmitter link',4500,'2025-11-01','2025-11-01','2026-03-31','2026-05-15',NULL,'Y'),('TC-2026','Todmorden Town Council','General running costs',2000,'2026-01-20','2026-04-01','2027-03-31','2027-04-30',NULL,'N');
INSERT INTO studio_bookings VALUES (1,'S2',5,'2026-05-19','16:00','18:00','PREREC','N'),(2,'S2',4,'2026-05-27','10:00','12:00','PREREC','N'),(3,'S2',8,'2026-05-28','19:00','21:00','POD','Y'),(4,'S2',8,'2026-06-04','19:00','21:00','POD','Y'),(5,'S1',9,'2026-06-03','14:00','16:00','TRAIN','N'),(6,'S2',2,'2026-06-09','18:00','20:00','EDIT','Y'),(7,'S2',8,'2026-06-11','19:00','21:00','POD','Y'),(8,'S2',5,'2026-06-16','16:00','18:00','PREREC',NULL);
INSERT INTO training VALUES (1,1,'DESK','2019-03-25',1,'Y'),(2,1,'LAW','2019-04-10',1,'Y'),(3,2,'DESK','2020-06-20',1,'Y'),(4,2,'LAW','2020-07-01',1,'N'),(5,3,'LAW','2015-01-15',1,'Y'),(6,4,'DESK','2021-02-10',1,'Y'),(7,4,'LAW','2021-03-01',1,'Y'),(8,5,'DESK','2025-09-25',2,'Y'),(9,8,'DESK','2024-03-20',2,'Y'),(10,8,'LAW','2026-05-12',2,'N'),(11,7,'NEWS','2018-03-01',1,'Y'),(12,7,'LAW','2018-03-10',1,'Y'),(13,6,'OB','2016-06-01',1,'Y');
INSERT INTO complaints VALUES (1,'2026-01-14',NULL,'Anonymous','EMAIL','TECH','Stream keeps buffering','N',NULL,'2026-01-16'),(2,'2026-05-17',3,'Mrs J Sharp','PHONE','LANG','Swearing on the Saturday morning phone-in while children were listening','Y',NULL,'2026-05-20'),(3,'2026-05-27',5,'K. Dyson','EMAIL','TECH','Breakfast show silent for over a minute','Y',NULL,'2026-05-28'),(4,'2026-06-02',6,'Cllr P Firth','LETTER','BIAS','News hour only gave one side of the bypass debate','N',NULL,'2026-06-10'),(5,'2026-06-08',7,'R. Hall','EMAIL','LANG','Guest used bad language','N',NULL,'2026-06-09'),(6,'2026-05-20',3,'Mr A Shah','EMAIL','LANG','Offensive language on Desi Beats','Y','Ofcom case 01234567',NULL),(7,'2025-11-03',NULL,'Mrs D Crowther','PHONE','MUSIC','Too much rock music at teatime','N',NULL,'2025-11-05');
INSERT INTO kit_loans VALUES (1,'Zoom H5 recorder','CS-017',7,'2026-05-01','2026-05-15','2026-05-14',250),(2,'Zoom H5 recorder','CS-018',9,'2026-05-20','2026-06-03',NULL,250),(3,'Rode Reporter microphone','CS-022',9,'2026-05-20','2026-06-03',NULL,130),(4,'Comrex OB codec','CS-030',6,'2026-06-12','2026-06-14','2026-06-14',2200),(5,'Marantz PMD561 recorder','CS-019',5,'2026-06-10','2026-06-24',NULL,380);
