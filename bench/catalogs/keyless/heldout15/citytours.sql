-- A walking and bus city tour operator (wide departure table): the tours we sell, meeting points, scheduled departures, public ticket bookings, private group hires, guides and drivers, the bus fleet, reseller agents, entry tickets bought for tours, online reviews and guides' fee claims. No keys declared.
CREATE SCHEMA citytours;
SET search_path = citytours;
COMMENT ON SCHEMA citytours IS 'Snickelway Tours of York: daily guided walking tours (city walls, Minster quarter, Roman and Viking York, evening ghost walks), a 60-minute open-top bus tour with a live guide, and coach day trips to Castle Howard, Whitby and the Dales. Tickets are sold on our website, through resellers such as Viator and GetYourGuide, hotel concierges and cruise shore-excursion desks, and to walk-ups at the meeting point; schools, companies and cruise lines hire private tours. Guides are a mix of staff and freelance Blue and Green Badge guides paid per tour; bus drivers need a PCV (category D) licence and a Driver CPC card';
CREATE TABLE tour_products (tour_cd text, tour_nm text, mode_cd text, dur_mins integer, meet_pt integer, lang_cd text, adult_px numeric, child_px numeric, conc_px numeric, fam_px numeric, max_pax integer, min_pax integer, step_free_yn char(1), dogs_yn char(1), entry_incl text, season_cd text, active_yn char(1));
COMMENT ON TABLE tour_products IS 'The tours on sale, with price, length, meeting point and what is included';
COMMENT ON COLUMN tour_products.mode_cd IS 'WALK walking tour, GHOST evening ghost walk, BUS open-top bus tour, COACH full-day coach excursion';
COMMENT ON COLUMN tour_products.meet_pt IS 'Where the tour starts (meeting_points.mp_id)';
COMMENT ON COLUMN tour_products.lang_cd IS 'Language of the commentary: EN, DE, FR, ES, IT, ZH, or MULTI (bus audio headsets in eight languages)';
COMMENT ON COLUMN tour_products.conc_px IS 'Concession price for students and over-65s; fam_px family ticket (2 adults and 2 children)';
COMMENT ON COLUMN tour_products.min_pax IS 'Fewest tickets sold for the departure to run; below this we cancel and refund or move people';
COMMENT ON COLUMN tour_products.step_free_yn IS 'Route is step-free and suitable for wheelchairs (the walls walk is not)';
COMMENT ON COLUMN tour_products.entry_incl IS 'Admissions included in the price, e.g. Clifford''s Tower, Castle Howard house and gardens; empty if none';
COMMENT ON COLUMN tour_products.season_cd IS 'ALL all year, SUM April to October only, XMAS Advent only';
CREATE TABLE meeting_points (mp_id integer, mp_desc text, street text, w3w text, step_free_yn char(1), shelter_yn char(1));
COMMENT ON TABLE meeting_points IS 'Places where tours start';
COMMENT ON COLUMN meeting_points.w3w IS 'what3words address for the exact spot';
CREATE TABLE departures (dep_no integer, tour text, dep_dt date, dep_tm time, guide_id integer, driver integer, vehicle text, lang text, cap integer, booked_pax integer, checked_in integer, walk_ins integer, no_shows integer, wx_cd text, status_cd text, cxl_rsn text, late_start_mins integer, end_tm time, dist_km numeric, radios_out integer, radios_in integer, head_start integer, head_end integer, lost_prop_yn char(1), incident_yn char(1), tips_decl numeric, cash_taken numeric, guide_note text);
COMMENT ON TABLE departures IS 'Every scheduled running of a tour on a date and time, with its guide, driver and bus, how many came, weather, what went wrong, and the guide''s end-of-tour return (radios, headcounts, cash and tips)';
COMMENT ON COLUMN departures.tour IS 'Tour run (tour_products.tour_cd)';
COMMENT ON COLUMN departures.guide_id IS 'Guide leading it (guides.g_no)';
COMMENT ON COLUMN departures.driver IS 'Bus or coach driver, for bus and coach tours (drivers.drv_no)';
COMMENT ON COLUMN departures.vehicle IS 'Fleet number of the bus or coach (vehicles.fleet_no)';
COMMENT ON COLUMN departures.cap IS 'Places on sale for this departure';
COMMENT ON COLUMN departures.walk_ins IS 'People who turned up without a ticket and paid the guide on the spot (cash_taken)';
COMMENT ON COLUMN departures.no_shows IS 'Ticket holders who never arrived';
COMMENT ON COLUMN departures.wx_cd IS 'Weather: DRY, RAIN, HVY heavy rain, HEAT, WIND too windy for the top deck, SNOW';
COMMENT ON COLUMN departures.status_cd IS 'SCHED scheduled, RAN, CXL cancelled, MRG merged with another departure';
COMMENT ON COLUMN departures.cxl_rsn IS 'Why it was cancelled: MINPAX too few bookings, WX weather, NOGUIDE no guide available, VEH bus off the road, EVENT road closure or city event';
COMMENT ON COLUMN departures.radios_out IS 'Whisper radio receivers or bus headsets handed out; radios_in how many came back';
COMMENT ON COLUMN departures.head_start IS 'Headcount at the start; head_end at the finish (a lower number means someone left or got lost)';
COMMENT ON COLUMN departures.tips_decl IS 'Tips the guide declared';
CREATE TABLE bookings (bk_ref text, dep integer, lead_nm text, email text, ctry_cd text, adults integer, kids integer, concs integer, src_cd text, agent text, gross numeric, comm_amt numeric, net numeric, voucher_no text, booked_on date, status_cd text, access_note text);
COMMENT ON TABLE bookings IS 'Tickets bought by the public for a scheduled departure, however they were sold';
COMMENT ON COLUMN bookings.dep IS 'Departure booked (departures.dep_no)';
COMMENT ON COLUMN bookings.src_cd IS 'WEB our website, AGT a reseller (which one in agent), HOTEL hotel concierge desk, CRUISE cruise ship shore excursion desk, WALK sold at the meeting point, TIC tourist information centre';
COMMENT ON COLUMN bookings.agent IS 'Reseller who sold it (agents.agent_cd)';
COMMENT ON COLUMN bookings.comm_amt IS 'Commission kept by the reseller; net is what we receive';
COMMENT ON COLUMN bookings.status_cd IS 'OK, CXL cancelled by the customer, REF refunded by us (e.g. departure cancelled), MOV moved to another departure';
COMMENT ON COLUMN bookings.access_note IS 'Accessibility needs told to us, e.g. wheelchair user, hearing loop';
CREATE TABLE private_hires (ph_ref text, client_nm text, client_cd text, tour_dt date, start_tm time, tour_cd text, guide integer, vehicle text, pax integer, lang text, quoted numeric, deposit numeric, inv_no text, paid_yn char(1), notes text);
COMMENT ON TABLE private_hires IS 'Private tours booked by a group for themselves alone (schools, companies, cruise lines, wedding parties), priced per group rather than per ticket';
COMMENT ON COLUMN private_hires.client_cd IS 'SCH school or college, CORP company or conference, CRU cruise line, WED wedding or celebration, TO overseas tour operator';
COMMENT ON COLUMN private_hires.tour_cd IS 'Which of our tours it follows (tour_products.tour_cd), or BESP bespoke route';
COMMENT ON COLUMN private_hires.guide IS 'Guide (guides.g_no)';
COMMENT ON COLUMN private_hires.vehicle IS 'Bus or coach used, if any (vehicles.fleet_no)';
CREATE TABLE guides (g_no integer, g_nm text, badge_cd text, langs text, emp_cd text, per_tour_fee numeric, day_rate numeric, first_aid_exp date, pvg_yn char(1), start_dt date, active_yn char(1));
COMMENT ON TABLE guides IS 'Tour guides who lead walks, bus tours and excursions';
COMMENT ON COLUMN guides.badge_cd IS 'Guiding qualification: BLUE Blue Badge (highest, Institute of Tourist Guiding), GREEN Green Badge (city level), WHITE site guide, NONE in training';
COMMENT ON COLUMN guides.langs IS 'Languages the guide can tour in, comma separated codes';
COMMENT ON COLUMN guides.emp_cd IS 'STAFF salaried guide, FREE freelance paid per tour (per_tour_fee) or per day for coach trips (day_rate)';
COMMENT ON COLUMN guides.pvg_yn IS 'Has a current DBS check, needed to guide school groups';
CREATE TABLE drivers (drv_no integer, drv_nm text, pcv_exp date, cpc_exp date, tacho_no text, agency_nm text, hrly_rt numeric, active_yn char(1));
COMMENT ON TABLE drivers IS 'Drivers of our open-top buses and coaches, our own and agency drivers';
COMMENT ON COLUMN drivers.pcv_exp IS 'Category D (passenger carrying vehicle) licence expiry; cpc_exp Driver Certificate of Professional Competence card expiry. Neither may lapse';
COMMENT ON COLUMN drivers.agency_nm IS 'Agency supplying the driver; empty for our own employees';
CREATE TABLE vehicles (fleet_no text, reg text, make_model text, open_top_yn char(1), seats integer, wc_space_yn char(1), mot_exp date, last_insp_dt date, audio_cd text, status_cd text);
COMMENT ON TABLE vehicles IS 'Buses and coaches';
COMMENT ON COLUMN vehicles.mot_exp IS 'Annual test expiry';
COMMENT ON COLUMN vehicles.last_insp_dt IS 'Last six-weekly safety inspection';
COMMENT ON COLUMN vehicles.audio_cd IS 'LIVE guide microphone only, MULTI recorded commentary in eight languages on headsets, BOTH';
COMMENT ON COLUMN vehicles.status_cd IS 'RUN in service, VOR off the road for repair, SPR spare';
CREATE TABLE agents (agent_cd text, agent_nm text, agent_type text, comm_pct numeric, pay_terms_days integer, contract_exp date, contact_email text);
COMMENT ON TABLE agents IS 'Resellers and booking partners who sell our tickets for commission';
COMMENT ON COLUMN agents.agent_type IS 'OTA online travel agent (Viator, GetYourGuide, Klook), HOTEL, CRUISE shore excursion company, TIC tourist information centre, TO tour operator';
CREATE TABLE entry_tickets (tkt_id integer, dep_ref integer, ph_ref text, venue text, qty integer, unit_cost numeric, prebooked_yn char(1), inv_recv_yn char(1));
COMMENT ON TABLE entry_tickets IS 'Admission tickets we buy for tours that include entry to an attraction, charged to a departure or to a private hire';
COMMENT ON COLUMN entry_tickets.dep_ref IS 'Departure the tickets were bought for (departures.dep_no); ph_ref the private hire (private_hires.ph_ref) instead';
COMMENT ON COLUMN entry_tickets.inv_recv_yn IS 'We have received the attraction''s invoice';
CREATE TABLE reviews (rev_id integer, site_cd text, rev_dt date, dep_ref integer, stars integer, guide_named integer, title text, responded_yn char(1));
COMMENT ON TABLE reviews IS 'Reviews left online about our tours';
COMMENT ON COLUMN reviews.site_cd IS 'TA Tripadvisor, GOO Google, VIA Viator, GYG GetYourGuide';
COMMENT ON COLUMN reviews.dep_ref IS 'Departure the reviewer went on, when we could match it (departures.dep_no)';
COMMENT ON COLUMN reviews.guide_named IS 'Guide mentioned by name in the review (guides.g_no)';
CREATE TABLE guide_claims (claim_no integer, guide integer, wk_ending date, tours_cnt integer, fee_amt numeric, exp_amt numeric, approved_by text, paid_dt date);
COMMENT ON TABLE guide_claims IS 'Weekly fee claims from freelance guides: tours led, fees and out-of-pocket expenses';
COMMENT ON COLUMN guide_claims.guide IS 'Freelance guide claiming (guides.g_no)';
INSERT INTO meeting_points VALUES
(1,'West door of York Minster','Minster Yard','///lions.prize.tent','Y','N'),
(2,'Bottom of Clifford''s Tower steps','Tower St','///gold.crowd.magic','Y','N'),
(3,'Exhibition Square fountain','Exhibition Sq','///mile.kite.ready','Y','N'),
(4,'The Golden Fleece pub door','Pavement','///frog.lamp.snow','N','N'),
(5,'Coach stop, Rougier Street','Rougier St','///shelf.oven.quiet','Y','Y');
INSERT INTO tour_products VALUES
('WALLS','City Walls Walk','WALK',120,1,'EN',16,8,14,45,25,4,'N','Y',NULL,'ALL','Y'),
('ROMVIK','Romans and Vikings','WALK',90,2,'EN',15,8,13,42,25,4,'Y','Y',NULL,'ALL','Y'),
('GHOST','Ghosts of the Shambles','GHOST',75,4,'EN',12,7,10,35,30,6,'Y','N',NULL,'ALL','Y'),
('WALLS-DE','Stadtmauer-Rundgang','WALK',120,1,'DE',16,8,14,45,20,4,'N','Y',NULL,'SUM','Y'),
('BUS','York Open-Top Bus Tour','BUS',60,3,'MULTI',22,11,19,60,72,1,'Y','Y',NULL,'ALL','Y'),
('CASHOW','Castle Howard Day Trip','COACH',480,5,'EN',65,40,60,NULL,49,15,'Y','N','Castle Howard house and gardens','SUM','Y'),
('WHITBY','Whitby and the Moors','COACH',540,5,'EN',55,35,50,NULL,49,15,'N','N',NULL,'SUM','Y'),
('XMAS','Christmas Lantern Walk','WALK',75,1,'EN',14,8,12,40,25,4,'Y','Y',NULL,'XMAS','N');
INSERT INTO guides VALUES
(1,'Margaret Illingworth','BLUE','EN,FR','STAFF',NULL,NULL,'2027-03-31','Y','2009-04-01','Y'),
(2,'Tobias Krause','GREEN','EN,DE','FREE',45,150,'2026-05-31','Y','2018-03-15','Y'),
(3,'Jess Okoro','GREEN','EN','FREE',40,140,'2026-11-30','N','2022-06-01','Y'),
(4,'Hamish Reid','BLUE','EN,ES,IT','FREE',55,180,'2026-09-30','Y','2012-05-20','Y'),
(5,'Lily Tran','NONE','EN,ZH','FREE',30,NULL,NULL,'N','2026-03-01','Y'),
(6,'Dennis Hobb','GREEN','EN','STAFF',NULL,NULL,'2025-12-31','Y','2015-02-01','N');
INSERT INTO drivers VALUES
(1,'Steve Lumb','2029-08-31','2027-03-31','DQC-1001',NULL,16.5,'Y'),
(2,'Paula Fenwick','2027-01-31','2026-06-30','DQC-1002',NULL,16.5,'Y'),
(3,'Ricky Adams','2026-07-31','2028-02-29','DQC-1003','Northern Driver Hire',21,'Y'),
(4,'Joe Marsden','2030-05-31','2026-04-30','DQC-1004','Northern Driver Hire',21,'N');
INSERT INTO vehicles VALUES
('B1','YK09 TOP','Volvo B9TL open-top','Y',72,'Y','2026-11-30','2026-06-01','BOTH','RUN'),
('B2','YK11 TOP','Volvo B9TL open-top','Y',70,'Y','2026-06-10','2026-05-20','BOTH','VOR'),
('C1','YK19 SNK','Irizar i6 coach','N',49,'Y','2027-02-28','2026-05-28','LIVE','RUN'),
('C2','YK15 SNK','Plaxton Panther coach','N',53,'N','2026-08-31','2026-04-02','LIVE','SPR');
INSERT INTO agents VALUES
('VIA','Viator','OTA',25,30,'2027-01-31','ops@viator.example'),
('GYG','GetYourGuide','OTA',27,30,'2026-12-31','supply@gyg.example'),
('GRND','The Grand Hotel concierge','HOTEL',10,60,'2026-05-31','concierge@grand.example'),
('SHORE','Shorelink Excursions','CRUISE',20,45,'2026-10-31','ops@shorelink.example'),
('VIC','Visit York Information Centre','TIC',12,30,'2027-03-31','tic@visityork.example');
INSERT INTO departures VALUES
(1001,'WALLS','2026-06-13','10:00',1,NULL,NULL,'EN',25,18,16,3,2,'DRY','RAN',NULL,0,'12:05',4.2,19,19,19,19,'N','N',42,45,NULL),
(1002,'GHOST','2026-06-13','19:30',3,NULL,NULL,'EN',30,27,27,2,0,'RAIN','RAN',NULL,5,'20:50',1.8,0,0,29,29,'N','N',65,24,'Umbrella left at the Golden Fleece'),
(1003,'BUS','2026-06-13','11:00',4,2,'B1','MULTI',72,40,38,6,2,'WIND','RAN',NULL,10,'12:10',9.5,44,42,44,44,'N','N',18,132,'Top deck closed for 20 minutes'),
(1004,'WALLS-DE','2026-06-14','10:30',2,NULL,NULL,'DE',20,2,NULL,NULL,NULL,NULL,'CXL','MINPAX',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'Two guests moved to 16 June'),
(1005,'CASHOW','2026-06-14','09:00',4,1,'C1','EN',49,31,30,0,1,'DRY','RAN',NULL,0,'17:10',58,0,0,30,30,'N','N',80,0,NULL),
(1006,'ROMVIK','2026-06-14','14:00',5,NULL,NULL,'EN',25,12,12,1,0,'HEAT','RAN',NULL,15,'15:35',3.1,13,12,13,12,'N','Y',10,15,'Guest felt faint in the heat and left at Coppergate'),
(1007,'BUS','2026-06-15','11:00',1,3,'B1','MULTI',72,55,51,4,4,'DRY','RAN',NULL,0,'12:02',9.5,55,55,55,55,'Y','N',35,88,'Child''s rucksack left upstairs'),
(1008,'WHITBY','2026-06-16','08:30',2,1,'C1','EN',49,9,NULL,NULL,NULL,NULL,'CXL','MINPAX',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL),
(1009,'WALLS-DE','2026-06-16','10:30',2,NULL,NULL,'DE',20,8,8,0,0,'DRY','RAN',NULL,0,'12:30',4.2,8,8,8,8,'N','N',20,0,NULL),
(1010,'GHOST','2026-06-20','19:30',3,NULL,NULL,'EN',30,22,NULL,NULL,NULL,NULL,'SCHED',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL),
(1011,'BUS','2026-06-16','11:00',4,2,'B2','MULTI',72,36,NULL,NULL,NULL,NULL,'CXL','VEH',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'Bus failed, B1 away on private hire');
INSERT INTO bookings VALUES
('SW-50101',1001,'Anna Schmidt','anna.s@example.de','DE',2,0,0,'WEB',NULL,32,0,32,NULL,'2026-05-30','OK',NULL),
('SW-50102',1001,'Bill Carter','bcarter@example.com','US',4,2,0,'AGT','VIA',80,20,60,'VIA-88121','2026-06-01','OK',NULL),
('SW-50103',1002,'Kirsty Laing','klaing@example.co.uk','GB',6,0,0,'AGT','GYG',72,19.44,52.56,'GYG-51002','2026-06-10','OK',NULL),
('SW-50104',1003,'Hiroshi Tanaka','htanaka@example.jp','JP',2,0,0,'CRUISE','SHORE',44,8.8,35.2,'SL-2231','2026-06-05','OK','Wheelchair user, needs lower deck'),
('SW-50105',1004,'Jonas Weber','jweber@example.de','DE',2,0,0,'WEB',NULL,32,0,32,NULL,'2026-06-02','MOV',NULL),
('SW-50106',1005,'Patricia Moss','pmoss@example.com','GB',2,0,2,'WEB',NULL,250,0,250,NULL,'2026-04-22','OK',NULL),
('SW-50107',1005,'Gerald Finch','gfinch@example.com','GB',0,0,2,'HOTEL','GRND',120,12,108,NULL,'2026-06-12','OK',NULL),
('SW-50108',1007,'Maria Rossi','mrossi@example.it','IT',2,1,0,'AGT','VIA',55,13.75,41.25,'VIA-90410','2026-06-14','OK',NULL),
('SW-50109',1008,'Colin Hart','chart@example.com','GB',2,0,0,'WEB',NULL,110,0,110,NULL,'2026-05-18','REF',NULL),
('SW-50110',1009,'Jonas Weber','jweber@example.de','DE',2,0,0,'WEB',NULL,32,0,32,NULL,'2026-06-14','OK',NULL),
('SW-50111',1006,'Sam Ellis','sellis@example.com','GB',1,0,0,'TIC','VIC',15,1.8,13.2,NULL,'2026-06-14','OK',NULL),
('SW-50112',1010,'Rachel Green','rgreen@example.com','GB',4,0,0,'AGT','GYG',48,12.96,35.04,'GYG-52210','2026-06-15','OK',NULL),
('SW-50113',1011,'Li Wei','liwei@example.cn','CN',3,1,0,'AGT','GYG',77,20.79,56.21,'GYG-52230','2026-06-12','REF',NULL);
INSERT INTO private_hires VALUES
('PH-2601','Fulford School Year 8','SCH','2026-06-16','10:00','ROMVIK',3,NULL,58,'EN',480,100,'INV-6601','Y','Three guides needed; school asked for DBS-checked guides'),
('PH-2602','Northern Insurance plc conference','CORP','2026-06-16','09:30','BUS',4,'B1',65,'EN',1150,300,'INV-6602','N','Private bus tour then drop at Assembly Rooms'),
('PH-2603','Aurora Cruises','CRU','2026-07-08','08:00','CASHOW',1,'C1',46,'EN',3200,0,NULL,'N','Coach from Newcastle port not included'),
('PH-2604','Mr & Mrs Okafor wedding guests','WED','2026-06-27','16:00','GHOST',5,NULL,24,'EN',360,90,'INV-6604','Y',NULL),
('PH-2605','Tokyo Heritage Tours','TO','2026-06-20','14:00','BESP',5,NULL,18,'ZH',420,0,NULL,'N','Mandarin-speaking guide requested');
INSERT INTO entry_tickets VALUES
(1,1005,NULL,'Castle Howard',32,22.5,'Y','Y'),
(2,NULL,'PH-2603','Castle Howard',46,20,'Y','N'),
(3,1001,NULL,'Clifford''s Tower',19,8.1,'N','N'),
(4,NULL,'PH-2601','Jorvik Viking Centre',58,9.5,'Y','Y');
INSERT INTO reviews VALUES
(1,'TA','2026-06-14',1001,5,1,'Margaret brought the walls to life','Y'),
(2,'GOO','2026-06-14',1002,5,3,'Spooky and hilarious','N'),
(3,'VIA','2026-06-15',1003,2,NULL,'Could not hear the commentary on the top deck','N'),
(4,'GYG','2026-06-15',1006,3,5,'Too hot, tour ran long','N'),
(5,'TA','2026-06-16',1005,4,4,'Great day, Hamish knows everything','Y'),
(6,'GOO','2026-06-17',NULL,1,NULL,'Bus tour cancelled with no warning','N'),
(7,'VIA','2026-06-16',1007,5,1,'Lovely guide on the bus','N');
INSERT INTO guide_claims VALUES
(1,2,'2026-06-14',0,0,12.5,'Margaret Illingworth','2026-06-19'),
(2,3,'2026-06-14',1,40,6.5,'Margaret Illingworth','2026-06-19'),
(3,4,'2026-06-14',2,235,24,'Margaret Illingworth',NULL),
(4,5,'2026-06-14',1,30,0,NULL,NULL),
(5,2,'2026-06-21',1,45,0,NULL,NULL);
