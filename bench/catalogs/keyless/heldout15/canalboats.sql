-- A narrowboat hire base and marina (wide hire fleet table): hire boats, hirers, hire bookings, handovers and returns, turnarounds by casual cleaners, breakdown call-outs, marina staff, private moorers, berths, long-term berth agreements, visiting boats, mooring invoices and diesel sales at the wharf. No keys declared.
CREATE SCHEMA canalboats;
SET search_path = canalboats;
COMMENT ON SCHEMA canalboats IS 'Tern Wharf Narrowboats & Marina, a family business on the Shropshire Union Canal near Market Drayton: a hire fleet of steel narrowboats let by the week or on short breaks (Friday to Monday, Monday to Friday) to holidaymakers, many of them first-timers who get a trial cruise and a lock demonstration at handover; a 90-berth marina with leisure and residential moorings let on annual agreements, plus visitor moorings by the night; a wharf selling diesel (split between propulsion and domestic heating for VAT), gas bottles and pump-outs; and a workshop that services the fleet and answers breakdown calls from hire boats anywhere between Chester, Llangollen and the Four Counties Ring. Every boat on the water needs a Canal & River Trust licence (index number) and a Boat Safety Scheme certificate';
CREATE TABLE boats (boat_cd text, boat_nm text, fleet_cd text, len_ft integer, beam_ft numeric, berths integer, dbl_beds integer, build_yr integer, builder text, hull_no text, eng_mk text, eng_hrs integer, gbox_cd text, last_blacked date, anodes_dt date, bss_no text, bss_exp date, crt_idx text, crt_lic_exp date, ins_pol text, co_alarm_dt date, fuel_l integer, water_l integer, holding_tank_yn char(1), pets_yn char(1), solar_w integer, bow_thr_yn char(1), wifi_yn char(1), rate_hi_wk numeric, rate_lo_wk numeric, rate_sb numeric, status_cd text, next_svc_hrs integer, notes text);
COMMENT ON TABLE boats IS 'Every boat we own or manage: the hire fleet plus shared-ownership boats we look after and boats for sale. One row per boat with its dimensions, engine, certificates, licence, equipment and hire tariff';
COMMENT ON COLUMN boats.boat_cd IS 'Our fleet number, TW01 upwards; painted on the cabin side';
COMMENT ON COLUMN boats.fleet_cd IS 'HIRE in the hire fleet, SHR shared-ownership boat we manage for a syndicate, SALE brokerage boat for sale, RET retired from hire';
COMMENT ON COLUMN boats.berths IS 'How many people the boat sleeps';
COMMENT ON COLUMN boats.gbox_cd IS 'Gearbox: PRM, TMC or HURTH';
COMMENT ON COLUMN boats.last_blacked IS 'Date the hull was last out of the water and blacked (bitumen coating); we aim for every two years';
COMMENT ON COLUMN boats.anodes_dt IS 'When the sacrificial anodes were last replaced';
COMMENT ON COLUMN boats.bss_no IS 'Boat Safety Scheme examination certificate number; the certificate lasts four years and a boat cannot be licensed or hired out without one (bss_exp)';
COMMENT ON COLUMN boats.crt_idx IS 'Canal & River Trust index number shown on the licence plate; licence renewal date in crt_lic_exp';
COMMENT ON COLUMN boats.co_alarm_dt IS 'Date the carbon monoxide alarm was last tested or replaced';
COMMENT ON COLUMN boats.holding_tank_yn IS 'Y pump-out toilet with a holding tank, N cassette toilet';
COMMENT ON COLUMN boats.pets_yn IS 'Dogs allowed on this boat';
COMMENT ON COLUMN boats.bow_thr_yn IS 'Has a bow thruster (popular with first-time hirers)';
COMMENT ON COLUMN boats.rate_hi_wk IS 'Weekly hire price in high season (July and August); rate_lo_wk low season; rate_sb a three- or four-night short break';
COMMENT ON COLUMN boats.status_cd IS 'AV available for hire, OH off hire, WS in winter service, BD broken down, DK in dry dock';
COMMENT ON COLUMN boats.next_svc_hrs IS 'Engine hours at which the next engine service falls due (every 250 hours)';
CREATE TABLE hirers (hirer_no integer, title text, fnm text, snm text, addr1 text, town text, pcode text, ctry_cd text, tel text, email text, exp_cd text, first_yr integer, dnh_yn char(1), dnh_rsn text);
COMMENT ON TABLE hirers IS 'Holidaymakers who have hired, or asked to hire, one of our boats';
COMMENT ON COLUMN hirers.ctry_cd IS 'Country of residence, ISO code (GB, DE, US, AU, NL ...)';
COMMENT ON COLUMN hirers.exp_cd IS 'Boating experience the hirer told us: NONE never steered a narrowboat, SOME one or two previous hires, EXP experienced or a boat owner';
COMMENT ON COLUMN hirers.dnh_yn IS 'Do not hire again: Y after serious damage, drunkenness, abuse of staff or unpaid charges; reason in dnh_rsn';
CREATE TABLE hire_bookings (bk_ref text, hirer integer, vessel text, dep_dt date, ret_dt date, nights integer, adults integer, kids integer, dogs integer, route_cd text, chan_cd text, gross_amt numeric, disc_amt numeric, paid_amt numeric, dmg_dep numeric, waiver_yn char(1), bk_dt date, status_cd text);
COMMENT ON TABLE hire_bookings IS 'Holiday hire bookings of a boat for a week or a short break';
COMMENT ON COLUMN hire_bookings.hirer IS 'The lead hirer (hirers.hirer_no)';
COMMENT ON COLUMN hire_bookings.vessel IS 'Boat hired (boats.boat_cd)';
COMMENT ON COLUMN hire_bookings.route_cd IS 'Suggested cruising route: LLAN Llangollen and the aqueducts, CHES Chester, AUD Audlem flight and back, 4CR Four Counties Ring (experienced crews only, 94 locks in a week), MIDW Middlewich';
COMMENT ON COLUMN hire_bookings.chan_cd IS 'How it was booked: WEB our website, TEL phone, AGY holiday agency (takes commission), REP repeat customer direct';
COMMENT ON COLUMN hire_bookings.dmg_dep IS 'Refundable security (damage) deposit taken, unless the hirer paid for the damage waiver (waiver_yn)';
COMMENT ON COLUMN hire_bookings.status_cd IS 'PROV provisional (held without deposit), CONF confirmed, CXL cancelled, DONE boat returned and closed';
CREATE TABLE handovers (ho_no integer, bk text, ho_dt date, instr integer, trial_mins integer, lock_demo_yn char(1), eng_hrs_out integer, eng_hrs_in integer, fuel_out_pct integer, fuel_in_pct integer, diesel_chg numeric, dmg_yn char(1), dmg_desc text, dmg_chg numeric, dep_refund numeric, late_ret_mins integer);
COMMENT ON TABLE handovers IS 'Boat handover to a hire party at the start of a hire and the check-in when they bring it back: trial cruise, engine hours and fuel out and in, damage found and what was kept from the deposit';
COMMENT ON COLUMN handovers.bk IS 'The hire booking (hire_bookings.bk_ref)';
COMMENT ON COLUMN handovers.instr IS 'Member of staff who gave the handover and trial cruise (staff.emp_no)';
COMMENT ON COLUMN handovers.trial_mins IS 'Length of the trial cruise with the instructor on board, in minutes';
COMMENT ON COLUMN handovers.diesel_chg IS 'Fuel charged on return for engine hours run';
COMMENT ON COLUMN handovers.dmg_chg IS 'Charge for damage found at check-in (deducted from the security deposit)';
COMMENT ON COLUMN handovers.dep_refund IS 'Part of the security deposit given back';
COMMENT ON COLUMN handovers.late_ret_mins IS 'Minutes after 09:00 on the return day that the boat came back';
CREATE TABLE staff (emp_no integer, nm text, role_cd text, bss_exam_yn char(1), ft_pt char(2), start_dt date, mob text, leaver_dt date);
COMMENT ON TABLE staff IS 'Employed staff of the hire base, marina and workshop';
COMMENT ON COLUMN staff.role_cd IS 'ENG marine engineer, YARD yard and wharf hand, OFF office and bookings, INSTR handover instructor, MGR manager';
COMMENT ON COLUMN staff.bss_exam_yn IS 'Qualified Boat Safety Scheme examiner';
COMMENT ON COLUMN staff.ft_pt IS 'FT full time, PT part time, SE seasonal';
CREATE TABLE turnaround_crew (crew_id text, crew_nm text, pay_per_ta numeric, mob text, dbs_yn char(1), active_yn char(1));
COMMENT ON TABLE turnaround_crew IS 'Casual cleaners paid per boat to turn boats round between hires on changeover days (not employees)';
COMMENT ON COLUMN turnaround_crew.pay_per_ta IS 'Fixed amount paid for each boat turned round';
CREATE TABLE turnarounds (ta_id integer, boat text, ta_dt date, cleaner text, start_tm time, mins integer, linen_sets integer, gas_bottle_yn char(1), pumpout_yn char(1), fault_rep text, signed_off integer);
COMMENT ON TABLE turnarounds IS 'Changeover cleans of a hire boat between one hire party and the next: who cleaned it, how long it took, linen, gas and pump-out, faults the cleaner noticed, and the staff member who checked it';
COMMENT ON COLUMN turnarounds.cleaner IS 'Casual cleaner (turnaround_crew.crew_id)';
COMMENT ON COLUMN turnarounds.signed_off IS 'Staff member who inspected and passed the boat as ready (staff.emp_no)';
COMMENT ON COLUMN turnarounds.fault_rep IS 'Faults spotted during the clean and passed to the workshop';
CREATE TABLE breakdowns (job_no integer, boat_ref text, reported_ts timestamp, bk text, loc_desc text, fault_cd text, callout_yn char(1), engr integer, arrive_mins integer, parts_amt numeric, labour_hrs numeric, comp_amt numeric, fixed_dt date, hirer_fault_yn char(1));
COMMENT ON TABLE breakdowns IS 'Workshop jobs for faults on our boats, including call-outs to hire boats that broke down while out on hire';
COMMENT ON COLUMN breakdowns.bk IS 'Hire booking the boat was out on when it broke down (hire_bookings.bk_ref), empty for faults found in the yard';
COMMENT ON COLUMN breakdowns.fault_cd IS 'ENG engine will not start or overheats, PROP fouled propeller (weed, rope, shopping trolleys), BAT flat batteries, PUMP bilge or water pump, ELEC electrics, GAS cooker or heater, TOIL toilet or holding tank, HULL hull or rudder damage';
COMMENT ON COLUMN breakdowns.engr IS 'Engineer who attended (staff.emp_no)';
COMMENT ON COLUMN breakdowns.arrive_mins IS 'Minutes from the call to the engineer reaching the boat';
COMMENT ON COLUMN breakdowns.comp_amt IS 'Goodwill refund or compensation paid to the hire party for lost cruising time';
COMMENT ON COLUMN breakdowns.hirer_fault_yn IS 'Y when the hirers caused it (grounding, hitting a lock gate, running the batteries flat) and may be charged';
CREATE TABLE moorers (acct_no text, owner_nm text, boat_nm text, boat_len_m numeric, crt_idx text, lic_exp date, bss_exp date, ins_exp date, tel text, email text, liveaboard_yn char(1), dd_yn char(1), arrears_amt numeric);
COMMENT ON TABLE moorers IS 'Private boat owners who keep their own boat in the marina on a berth agreement';
COMMENT ON COLUMN moorers.crt_idx IS 'Canal & River Trust index number of the owner''s boat; licence expiry lic_exp. The marina rules need a current licence, BSS certificate and third-party insurance';
COMMENT ON COLUMN moorers.liveaboard_yn IS 'Lives on the boat (only allowed on a residential berth)';
COMMENT ON COLUMN moorers.dd_yn IS 'Pays mooring fees by direct debit';
COMMENT ON COLUMN moorers.arrears_amt IS 'Unpaid mooring, electricity and other charges owed';
CREATE TABLE berths (berth_no text, pontoon text, max_len_m numeric, elec_yn char(1), water_yn char(1), berth_cls text);
COMMENT ON TABLE berths IS 'Mooring berths in the marina basin and along the wharf';
COMMENT ON COLUMN berths.pontoon IS 'Pontoon A, B or C, or WH the wharf wall';
COMMENT ON COLUMN berths.berth_cls IS 'LEIS leisure mooring (no living aboard), RES residential mooring with planning consent, VIS visitor mooring let by the night, HIRE kept for the hire fleet';
CREATE TABLE berth_agreements (agr_no integer, moorer text, berth text, start_dt date, end_dt date, fee_pa numeric, pay_freq char(1), resid_yn char(1), notice_dt date);
COMMENT ON TABLE berth_agreements IS 'Annual mooring agreements letting a berth to a private boat owner';
COMMENT ON COLUMN berth_agreements.moorer IS 'Account of the boat owner (moorers.acct_no)';
COMMENT ON COLUMN berth_agreements.berth IS 'Berth let (berths.berth_no)';
COMMENT ON COLUMN berth_agreements.fee_pa IS 'Mooring fee for a year, before electricity';
COMMENT ON COLUMN berth_agreements.pay_freq IS 'M monthly, Q quarterly, A annually in advance';
COMMENT ON COLUMN berth_agreements.notice_dt IS 'Date the moorer gave notice to leave, if they have';
CREATE TABLE visitor_moorings (vm_no integer, boat_nm text, crt_idx text, berth text, arr_dt date, dep_dt date, nights integer, fee numeric, elec_kwh numeric, paid_cd text);
COMMENT ON TABLE visitor_moorings IS 'Passing boats that stop on a visitor berth for one or more nights';
COMMENT ON COLUMN visitor_moorings.paid_cd IS 'CASH, CARD, or UNPAID (left without paying)';
CREATE TABLE mooring_invoices (inv_no text, acct text, inv_dt date, per_from date, per_to date, moor_amt numeric, elec_amt numeric, pumpout_amt numeric, vat_amt numeric, tot_amt numeric, paid_dt date);
COMMENT ON TABLE mooring_invoices IS 'Invoices to private moorers for their berth, electricity used and pump-outs';
COMMENT ON COLUMN mooring_invoices.acct IS 'Moorer account (moorers.acct_no)';
CREATE TABLE diesel_sales (sale_no integer, sale_dt date, cust_acct text, boat_nm text, litres numeric, ppl numeric, dom_pct integer, pumpout_yn char(1), gas_bottles integer, paid_cd text);
COMMENT ON TABLE diesel_sales IS 'Sales at the wharf pump to private and passing boats: red diesel by the litre, pump-outs and gas bottles';
COMMENT ON COLUMN diesel_sales.cust_acct IS 'Moorer account when a marina customer puts it on their account (moorers.acct_no); empty for passing boats';
COMMENT ON COLUMN diesel_sales.ppl IS 'Price per litre of diesel';
COMMENT ON COLUMN diesel_sales.dom_pct IS 'Percentage of the diesel the customer declared as for domestic heating and charging (5% VAT); the rest is for propulsion (20% VAT). 60/40 is the usual declaration';
COMMENT ON COLUMN diesel_sales.paid_cd IS 'CARD, CASH or ACC put on the moorer''s account';
INSERT INTO boats VALUES
('TW01','Kingfisher','HIRE',58,6.8,4,2,2014,'Stoke on Trent Boatbuilding','SOT1402','Beta 43',6120,'PRM','2025-02-10','2025-02-10','BSS-55120','2027-03-31','52101','2026-12-31','NB-HIRE-01','2026-03-01',220,700,'Y','Y',300,'Y','Y',1650,1050,820,'AV',6250,NULL),
('TW02','Heron','HIRE',45,6.8,2,1,2017,'Aqualine','AQ17-33','Beta 38',4380,'PRM','2024-01-15','2024-01-15','BSS-61877','2026-05-31','52102','2026-12-31','NB-HIRE-02','2025-11-20',160,450,'N','Y',200,'N','Y',1190,790,620,'AV',4500,'Good for couples'),
('TW03','Otter','HIRE',62,6.8,6,2,2011,'Liverpool Boats','LB1108','Isuzu 42',9870,'TMC','2025-03-01','2024-03-01','BSS-48211','2028-02-28','52103','2026-12-31','NB-HIRE-03','2026-02-15',250,800,'Y','N',0,'Y','N',1890,1250,980,'BD',10000,'Gearbox noisy in reverse'),
('TW04','Damselfly','HIRE',69,6.8,8,3,2019,'Stoke on Trent Boatbuilding','SOT1907','Beta 50',3050,'PRM','2025-12-05','2025-12-05','BSS-70044','2029-04-30','52104','2026-12-31','NB-HIRE-04','2026-01-10',280,900,'Y','Y',600,'Y','Y',2350,1540,1190,'AV',3250,'Largest boat, two bathrooms'),
('TW05','Moorhen','HIRE',50,6.8,4,1,2009,'Aqualine','AQ09-12','Isuzu 35',11240,'TMC','2023-11-20','2023-11-20','BSS-40990','2026-04-30','52105','2026-12-31','NB-HIRE-05','2025-10-01',200,600,'N','Y',0,'N','N',1450,920,720,'OH',11250,'Due for blacking'),
('TW06','Old Grumpy','RET',40,6.8,2,1,1992,'Harborough Marine','HM92-4','BMC 1.8',21400,'PRM','2021-06-01','2021-06-01','BSS-22012','2025-06-30','52106','2025-12-31',NULL,'2023-05-01',120,300,'N','Y',0,'N','N',NULL,NULL,NULL,'OH',NULL,'Retired, to be sold'),
('TW07','Nuthatch','SHR',57,6.8,4,2,2016,'Liverpool Boats','LB1603','Beta 43',5210,'PRM','2025-04-02','2025-04-02','BSS-60001','2028-05-31','52107','2026-09-30','SYN-NUT','2026-04-01',220,650,'Y','Y',400,'Y','Y',NULL,NULL,NULL,'AV',5250,'Syndicate of 12 owners');
INSERT INTO hirers VALUES
(201,'Mr','David','Pearce','14 Elm Grove','Reading','RG1 5AB','GB','07700 900201','d.pearce@example.com','NONE',2026,'N',NULL),
(202,'Mrs','Sandra','Holt','3 Mill Lane','Leeds','LS6 2QT','GB','07700 900202','sholt@example.com','EXP',2015,'N',NULL),
(203,'Herr','Jonas','Becker','Lindenstr. 8','Hamburg','20095','DE','+49 40 555 0203','jbecker@example.de','SOME',2023,'N',NULL),
(204,'Mr','Gary','Tulley','9 Station Rd','Walsall','WS1 3PP','GB','07700 900204','gtulley@example.com','SOME',2022,'Y','Hen/stag party 2024: broken windows, abusive to lock keeper, deposit did not cover damage'),
(205,'Ms','Karen','Whitfield','22 Church St','Bath','BA1 1LN','GB','07700 900205','kwhit@example.com','NONE',2026,'N',NULL),
(206,'Mr','Robert','Lindqvist','40 Harbour St','Sydney','2000','AU','+61 2 5550 0206','rlind@example.au','EXP',2019,'N',NULL),
(207,'Mr','Peter','van Dam','Kade 12','Utrecht','3511','NL','+31 30 555 0207','pvdam@example.nl','NONE',2026,'N',NULL);
INSERT INTO hire_bookings VALUES
('H26-0101',201,'TW01','2026-04-03','2026-04-10',7,2,2,0,'LLAN','WEB',1050,0,1050,300,'N','2025-12-02','DONE'),
('H26-0102',202,'TW04','2026-04-10','2026-04-17',7,6,0,1,'4CR','REP',1540,154,1386,0,'Y','2025-10-14','DONE'),
('H26-0103',203,'TW02','2026-05-01','2026-05-04',3,2,0,0,'AUD','AGY',620,0,620,250,'N','2026-02-20','DONE'),
('H26-0104',205,'TW03','2026-05-22','2026-05-29',7,4,2,1,'CHES','WEB',1250,0,1250,300,'N','2026-01-30','DONE'),
('H26-0105',206,'TW01','2026-06-05','2026-06-12',7,3,0,1,'4CR','TEL',1050,50,1000,0,'Y','2026-02-02','DONE'),
('H26-0106',207,'TW04','2026-06-12','2026-06-19',7,5,2,0,'LLAN','AGY',1540,0,770,300,'N','2026-03-15','CONF'),
('H26-0107',201,'TW02','2026-07-17','2026-07-24',7,2,0,0,'LLAN','REP',1190,0,1190,250,'N','2026-04-12','CONF'),
('H26-0108',205,'TW05','2026-07-24','2026-07-31',7,2,1,0,'4CR','WEB',1450,0,0,0,'N','2026-05-30','PROV'),
('H26-0109',202,'TW04','2026-08-07','2026-08-14',7,7,0,1,'CHES','REP',2350,235,2115,0,'Y','2026-01-05','CONF'),
('H26-0110',203,'TW03','2026-08-14','2026-08-17',3,2,0,0,'AUD','AGY',980,0,0,0,'N','2026-03-01','CXL'),
('H26-0111',204,'TW05','2026-08-21','2026-08-28',7,4,0,0,'CHES','WEB',1450,0,300,0,'N','2026-06-10','CONF');
INSERT INTO handovers VALUES
(1,'H26-0101','2026-04-03',3,45,'Y',5890,5951,100,62,38.5,'N',NULL,0,300,0),
(2,'H26-0102','2026-04-10',3,15,'N',2890,2982,100,41,61.2,'Y','Scraped paintwork along port side',0,0,30),
(3,'H26-0103','2026-05-01',5,40,'Y',4310,4338,100,80,17.9,'Y','Bent tiller pin',45,205,0),
(4,'H26-0104','2026-05-22',3,50,'Y',9790,9845,100,55,35.2,'Y','Centre line lost, cabin window cracked',160,140,95),
(5,'H26-0105','2026-06-05',5,10,'N',6010,6105,100,38,62.7,'N',NULL,0,0,0),
(6,'H26-0106','2026-06-12',3,55,'Y',2982,NULL,100,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO staff VALUES
(1,'Helen Marsh','MGR','N','FT','2008-03-01','07700 911001',NULL),
(2,'Tom Brindley','ENG','Y','FT','2012-05-14','07700 911002',NULL),
(3,'Ade Okafor','INSTR','N','SE','2021-03-20','07700 911003',NULL),
(4,'Jill Sutton','OFF','N','PT','2018-09-01','07700 911004',NULL),
(5,'Sam Ridley','INSTR','N','SE','2025-03-15','07700 911005',NULL),
(6,'Kev Partridge','ENG','N','FT','2019-02-11','07700 911006',NULL),
(7,'Ollie Dean','YARD','N','SE','2024-04-01','07700 911007','2025-10-31');
INSERT INTO turnaround_crew VALUES
('C1','Maureen Platt',45,'07700 922001','Y','Y'),
('C2','Lisa Farrow',45,'07700 922002','N','Y'),
('C3','Dan Evans',40,'07700 922003','N','N'),
('C4','Priya Shah',45,'07700 922004','Y','Y');
INSERT INTO turnarounds VALUES
(1,'TW01','2026-04-10','C1','09:30',150,2,'N','Y',NULL,1),
(2,'TW04','2026-04-17','C2','09:45',240,4,'Y','Y','Shower pump slow to drain',1),
(3,'TW02','2026-05-04','C4','10:00',110,1,'N','N',NULL,4),
(4,'TW03','2026-05-29','C1','09:15',205,3,'Y','Y','Gearbox whine when reversing',1),
(5,'TW01','2026-06-12','C2','09:30',170,2,'N','Y','Fridge not cooling properly',4),
(6,'TW04','2026-06-12','C4','09:20',260,4,'Y','Y',NULL,1),
(7,'TW02','2026-06-12','C1','10:30',95,1,'N','N',NULL,NULL);
INSERT INTO breakdowns VALUES
(301,'TW04','2026-04-13 16:20','H26-0102','Audlem flight, lock 9','PROP','Y',2,75,0,1.5,0,'2026-04-13','N'),
(302,'TW03','2026-05-25 10:05','H26-0104','Chester, Northgate staircase','ENG','Y',6,140,85,3,150,'2026-05-25','N'),
(303,'TW03','2026-06-02 08:30',NULL,'Marina workshop','ENG','N',2,NULL,420,6,0,NULL,'N'),
(304,'TW01','2026-06-08 19:45','H26-0105','Tyrley locks','BAT','Y',6,60,0,1,0,'2026-06-08','Y'),
(305,'TW05','2026-05-10 09:00',NULL,'Marina dry dock','HULL','N',2,NULL,310,8,0,NULL,'N'),
(306,'TW04','2026-06-15 12:10','H26-0106','Chirk aqueduct','TOIL','Y',2,180,35,2,60,'2026-06-15','N');
INSERT INTO moorers VALUES
('M-011','Brian Oakes','Dunroamin',18.3,'81234','2026-08-31','2027-06-30','2026-11-30','07700 933011','boakes@example.com','N','Y',0),
('M-014','Ruth Carver','Lady Ruth',20.1,'77410','2026-03-31','2028-01-31','2026-09-30','07700 933014','rcarver@example.com','Y','Y',0),
('M-022','Alan & Sue Pike','Otterly Bonkers',17.0,'90022','2026-10-31','2025-12-31','2027-02-28','07700 933022','pikes@example.com','N','N',412.50),
('M-030','Marcus Webb','Windlass',21.3,'66018','2027-01-31','2029-05-31','2026-04-30','07700 933030','mwebb@example.com','Y','N',875),
('M-035','Gwen Tudor','Blodwen',15.2,'88301','2026-12-31','2027-08-31','2026-12-31','07700 933035',NULL,'N','Y',0);
INSERT INTO berths VALUES
('A01','A',21.5,'Y','Y','RES'),('A02','A',21.5,'Y','Y','RES'),('A03','A',18.5,'Y','Y','LEIS'),('B01','B',18.5,'Y','N','LEIS'),('B02','B',18.5,'N','N','LEIS'),('C01','C',22,'Y','Y','HIRE'),('C02','C',22,'Y','Y','HIRE'),('WH1','WH',21.5,'Y','Y','VIS'),('WH2','WH',21.5,'N','Y','VIS'),('B03','B',15.5,'N','N','LEIS');
INSERT INTO berth_agreements VALUES
(1,'M-011','A03','2026-01-01','2026-12-31',2950,'Q','N',NULL),
(2,'M-014','A01','2026-04-01','2027-03-31',4200,'M','Y',NULL),
(3,'M-022','B01','2025-07-01','2026-06-30',2750,'A','N','2026-05-15'),
(4,'M-030','B02','2026-02-01','2027-01-31',2800,'M','N',NULL),
(5,'M-035','B03','2026-01-01','2026-12-31',2100,'A','N',NULL);
INSERT INTO visitor_moorings VALUES
(1,'Wandering Star','45120','WH1','2026-05-02','2026-05-04',2,36,6.5,'CARD'),
(2,'Tilly May','50211','WH2','2026-05-16','2026-05-17',1,15,0,'CASH'),
(3,'Slow Motion','39987','WH1','2026-06-06','2026-06-09',3,54,11.2,'UNPAID'),
(4,'Puddle Duck','61002','WH1','2026-06-20','2026-06-21',1,18,3.1,'CARD'),
(5,'Tilly May','50211','WH2','2026-06-27','2026-06-29',2,30,0,'CARD');
INSERT INTO mooring_invoices VALUES
('MI-2601','M-011','2026-01-02','2026-01-01','2026-03-31',737.50,48.20,20,161.14,966.84,'2026-01-15'),
('MI-2602','M-014','2026-04-01','2026-04-01','2026-04-30',350,62.10,40,90.42,542.52,'2026-04-03'),
('MI-2603','M-022','2025-07-01','2025-07-01','2026-06-30',2750,0,0,550,3300,'2025-07-20'),
('MI-2604','M-030','2026-02-01','2026-02-01','2026-02-28',233.33,74.90,0,61.65,369.88,NULL),
('MI-2605','M-030','2026-03-01','2026-03-01','2026-03-31',233.33,70.15,20,64.70,388.18,NULL),
('MI-2606','M-011','2026-04-01','2026-04-01','2026-06-30',737.50,22.40,20,155.98,935.88,NULL),
('MI-2607','M-022','2026-04-01','2026-01-01','2026-03-31',0,18.75,0,3.75,22.50,NULL);
INSERT INTO diesel_sales VALUES
(1,'2026-05-02','M-011','Dunroamin',85,1.12,60,'N',0,'ACC'),
(2,'2026-05-03',NULL,'Wandering Star',60,1.18,60,'Y',1,'CARD'),
(3,'2026-05-20','M-030','Windlass',120,1.12,100,'Y',2,'ACC'),
(4,'2026-06-07',NULL,'Slow Motion',45,1.18,60,'Y',0,'CASH'),
(5,'2026-06-14','M-014','Lady Ruth',95,1.15,80,'Y',1,'CARD'),
(6,'2026-06-21',NULL,'Puddle Duck',30,1.18,40,'N',0,'CARD');
