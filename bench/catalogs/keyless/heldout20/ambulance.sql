-- A private patient transport service (wide journey table, road crew beside booking-line staff, NHS and insurer payers beside private patients, vehicle checks beside incidents): patients, crew, vehicles, payers, sites, bookings, journeys, shifts, vehicle checks, incidents, invoices and patient feedback. No keys declared.
CREATE SCHEMA ambulance;
SET search_path = ambulance;
COMMENT ON SCHEMA ambulance IS 'Severn Vale Patient Transport Ltd, a CQC-registered independent ambulance company working from two bases (Gloucester and Tewkesbury) with eleven vehicles: non-emergency patient transport under a sub-contract from the Gloucestershire ICB (outpatient appointments, renal dialysis runs, hospital discharges home), hospital-to-hospital transfers for the NHS trusts and private hospitals, repatriations for travel insurers and self-funding private journeys; bookings come in by phone and the online portal, journeys are dispatched from the control room to two-person crews of ambulance care assistants, technicians and paramedics, vehicles are checked at the start of every shift, and payers are invoiced monthly per mile and per journey';
CREATE TABLE patients (pat_no integer, nhs_no text, title text, fnm text, snm text, dob date, addr1 text, town text, pcode text, tel text, nok_nm text, nok_tel text, mob_cd text, o2_yn char(1), o2_lpm numeric, wt_kg integer, bari_yn char(1), esc_yn char(1), inf_cd text, dnacpr_yn char(1), dementia_yn char(1), access_note text);
COMMENT ON TABLE patients IS 'People we carry, NHS and private, one row per person however many journeys';
COMMENT ON COLUMN patients.mob_cd IS 'How the patient travels: W walker (can manage a step with help), WC stays in their own wheelchair (needs the tail lift or ramp), CH carry chair down stairs, ST stretcher only';
COMMENT ON COLUMN patients.o2_yn IS 'Y travels on oxygen; o2_lpm is the flow rate in litres per minute the crew must set';
COMMENT ON COLUMN patients.bari_yn IS 'Y bariatric: over 160 kg or too wide for a standard stretcher, must go in a bariatric vehicle with a bariatric stretcher and a third crew member';
COMMENT ON COLUMN patients.esc_yn IS 'A relative or carer is allowed to travel with them (learning disability, dementia, children)';
COMMENT ON COLUMN patients.inf_cd IS 'Known infection risk the crew must prepare for: MRSA, CDIFF C. difficile, COVID, TB, NONE; the vehicle needs a deep clean afterwards for anything but NONE';
COMMENT ON COLUMN patients.dnacpr_yn IS 'A signed DNACPR form travels with the patient (do not attempt resuscitation)';
COMMENT ON COLUMN patients.access_note IS 'Anything the crew need to know getting in and out of the home: key safe code held by control, steep steps, no parking, dogs';
CREATE TABLE crew (crew_id text, crew_nm text, role_cd text, base_cd text, lic_cats text, c1_yn char(1), blue_yn char(1), hcpc_no text, dbs_dt date, dbs_exp date, mand_exp date, start_dt date, leave_dt date, hrly_rate numeric, bank_yn char(1), mob text);
COMMENT ON TABLE crew IS 'Road staff who drive and attend on the vehicles (control room and office staff are not listed)';
COMMENT ON COLUMN crew.role_cd IS 'ACA ambulance care assistant (patient transport), TECH ambulance technician, PARA registered paramedic, DRV driver only (wheelchair cars)';
COMMENT ON COLUMN crew.base_cd IS 'GLO Gloucester base (Quedgeley), TEW Tewkesbury base';
COMMENT ON COLUMN crew.lic_cats IS 'Driving licence categories held, e.g. B,C1,D1';
COMMENT ON COLUMN crew.c1_yn IS 'Y holds category C1 and may drive the heavier box-body ambulances (over 3.5 tonnes)';
COMMENT ON COLUMN crew.blue_yn IS 'Passed the IHCD/FREC blue light driving course; only they may drive under emergency exemptions on high dependency transfers';
COMMENT ON COLUMN crew.hcpc_no IS 'HCPC registration number, paramedics only';
COMMENT ON COLUMN crew.dbs_exp IS 'Company policy is an enhanced DBS check renewed every three years';
COMMENT ON COLUMN crew.mand_exp IS 'Mandatory training (manual handling, safeguarding, infection control, basic life support) expiry; crew may not be rostered after it lapses';
COMMENT ON COLUMN crew.bank_yn IS 'Y bank staff on a zero hours contract, paid only for shifts worked';
CREATE TABLE vehicles (call_sign text, reg_no text, veh_typ text, make_mdl text, base_cd text, gvw_kg integer, str_yn char(1), ramp_yn char(1), bari_yn char(1), seats integer, wc_spaces integer, mot_dt date, svc_due_km integer, odo_km integer, deep_cln_dt date, vor_yn char(1), vor_rsn text, lease_end_dt date);
COMMENT ON TABLE vehicles IS 'Our fleet of ambulances and wheelchair vehicles, known on the radio by call sign';
COMMENT ON COLUMN vehicles.veh_typ IS 'A1 front-line type box ambulance used for high dependency transfers, PTS patient transport ambulance (van conversion) with stretcher and tail lift, BAR bariatric ambulance, WAV wheelchair accessible car';
COMMENT ON COLUMN vehicles.gvw_kg IS 'Gross vehicle weight; over 3500 needs a C1 driver';
COMMENT ON COLUMN vehicles.str_yn IS 'Carries a stretcher';
COMMENT ON COLUMN vehicles.svc_due_km IS 'Odometer reading at which the next service is due';
COMMENT ON COLUMN vehicles.deep_cln_dt IS 'Last full deep clean (fogging) after an infectious patient or on the six-weekly cycle';
COMMENT ON COLUMN vehicles.vor_yn IS 'Y vehicle off road (broken down, damaged, awaiting parts or deep clean); vor_rsn says why';
CREATE TABLE payers (payer_cd text, payer_nm text, payer_typ text, contract_ref text, base_fare numeric, per_mile numeric, wait_per_hr numeric, esc_chg numeric, po_yn char(1), credit_days integer, inv_email text, active_yn char(1));
COMMENT ON TABLE payers IS 'Who pays for journeys: NHS commissioners and trusts, private hospitals, travel insurers, care homes, and PRIV for patients paying themselves';
COMMENT ON COLUMN payers.payer_typ IS 'ICB integrated care board (NHS commissioner), TRUST NHS hospital trust, PRIVH private hospital, INS travel or medical insurer, CARE care home group, SELF self-funding patient';
COMMENT ON COLUMN payers.base_fare IS 'Fixed charge per journey leg before mileage';
COMMENT ON COLUMN payers.per_mile IS 'Charge per loaded mile';
COMMENT ON COLUMN payers.wait_per_hr IS 'Waiting time charge per hour after the first 30 minutes';
COMMENT ON COLUMN payers.po_yn IS 'Y a purchase order number must be on the booking before we travel, or the invoice will be rejected';
CREATE TABLE sites (site_cd text, site_nm text, site_typ text, town text, pcode text, dept_note text, parking_note text);
COMMENT ON TABLE sites IS 'Hospitals, clinics, dialysis units and care homes we collect from or take patients to';
COMMENT ON COLUMN sites.site_typ IS 'ACUTE NHS acute hospital, COMM community hospital, PRIV private hospital, RENAL dialysis unit, CARE care or nursing home, HOSP hospice';
CREATE TABLE bookings (bkg_no integer, pat_ref integer, payer_ref text, po_no text, booked_dt date, booked_via text, jny_dt date, appt_tm time, ready_tm time, from_site text, from_addr text, to_site text, to_addr text, leg_cd text, mob_cd text, crew_req integer, prio_cd text, elig_ok_yn char(1), status_cd text, cxl_dt date, cxl_rsn text, notes text);
COMMENT ON TABLE bookings IS 'Journeys requested by hospitals, GPs, insurers and patients: who, when, from where to where and how they travel';
COMMENT ON COLUMN bookings.pat_ref IS 'Patient (patients.pat_no)';
COMMENT ON COLUMN bookings.payer_ref IS 'Who pays (payers.payer_cd)';
COMMENT ON COLUMN bookings.booked_via IS 'PHN phone to control, WEB online portal, EML email from a ward, REC recurring booking (dialysis patients three times a week)';
COMMENT ON COLUMN bookings.appt_tm IS 'Time the patient must be at the clinic; NULL for discharges and transfers';
COMMENT ON COLUMN bookings.ready_tm IS 'Time the patient will be ready to collect (discharges and return legs)';
COMMENT ON COLUMN bookings.from_site IS 'Collection site (sites.site_cd); NULL when collecting from home, in which case from_addr holds the address';
COMMENT ON COLUMN bookings.to_site IS 'Destination site (sites.site_cd); NULL when taking home to to_addr';
COMMENT ON COLUMN bookings.leg_cd IS 'OUT outward to an appointment, RET return home, DIS discharge from hospital, TRF transfer between hospitals, REPAT repatriation from a port or airport';
COMMENT ON COLUMN bookings.prio_cd IS 'ROUT routine, SAME same day, HDU high dependency transfer needing a paramedic';
COMMENT ON COLUMN bookings.elig_ok_yn IS 'NHS eligibility criteria for patient transport checked and met (medical need, not just lack of a lift); N self-funding only';
COMMENT ON COLUMN bookings.status_cd IS 'REQ requested, CONF confirmed and planned, DONE completed, CXL cancelled, ABT aborted on the day (crew attended but could not convey)';
COMMENT ON COLUMN bookings.cxl_rsn IS 'Why cancelled: PATIENT patient cancelled, CLINIC appointment cancelled by the hospital, WARD discharge delayed, NOCREW we could not resource it, DIED patient died';
CREATE TABLE journeys (jny_no integer, bkg_ref integer, call_sign text, crew1 text, crew2 text, crew3 text, alloc_tm time, mobile_tm time, at_pu_tm time, pob_tm time, at_dest_tm time, clear_tm time, miles numeric, wait_mins integer, late_yn char(1), late_rsn text, abort_cd text, o2_used_yn char(1), clean_req_yn char(1), chg_amt numeric, inv_ref text, notes text);
COMMENT ON TABLE journeys IS 'What actually happened on each booked journey: vehicle, crew, radio times from allocation to clear, loaded miles, waiting time, lateness and the charge worked out for the payer';
COMMENT ON COLUMN journeys.bkg_ref IS 'Booking (bookings.bkg_no)';
COMMENT ON COLUMN journeys.call_sign IS 'Vehicle (vehicles.call_sign)';
COMMENT ON COLUMN journeys.crew1 IS 'Driver (crew.crew_id); crew2 the attendant, crew3 the third person on bariatric jobs';
COMMENT ON COLUMN journeys.pob_tm IS 'Patient on board';
COMMENT ON COLUMN journeys.clear_tm IS 'Crew clear and available for the next job';
COMMENT ON COLUMN journeys.miles IS 'Loaded miles charged (patient on board), from the tracker';
COMMENT ON COLUMN journeys.wait_mins IS 'Minutes the crew waited at collection for the patient to be ready (discharge letters, medication, transport lounge)';
COMMENT ON COLUMN journeys.late_yn IS 'Y patient arrived after the appointment time, or collected more than an hour after the ready time';
COMMENT ON COLUMN journeys.late_rsn IS 'TRAFFIC, PREVJOB previous job overran, VEH vehicle problem, PATIENT patient not ready, PLAN planning error';
COMMENT ON COLUMN journeys.abort_cd IS 'Why the patient was not conveyed: NA no answer at the door, UNWELL too unwell to travel (999 called or GP advised), REFUSED, NOTREADY discharge not ready; NULL conveyed';
COMMENT ON COLUMN journeys.inv_ref IS 'Invoice the journey was billed on (invoices.inv_no); NULL not billed yet';
CREATE TABLE shifts (shift_no integer, crew_ref text, shift_dt date, shift_cd text, start_tm time, end_tm time, base_cd text, call_sign text, ot_yn char(1), sick_yn char(1), hrs_paid numeric);
COMMENT ON TABLE shifts IS 'Crew rota: who works which shift on which vehicle';
COMMENT ON COLUMN shifts.crew_ref IS 'Crew member (crew.crew_id)';
COMMENT ON COLUMN shifts.shift_cd IS 'E early 06:00-14:00, D day 08:00-18:00, L late 14:00-22:00, N night 22:00-06:00 (transfers and discharges only), R dialysis runs';
COMMENT ON COLUMN shifts.ot_yn IS 'Y overtime, worked over contracted hours at time and a half';
COMMENT ON COLUMN shifts.sick_yn IS 'Y crew member rang in sick and the shift was not worked';
CREATE TABLE vehicle_checks (chk_no integer, call_sign text, chk_dt date, chk_tm time, crew_ref text, fuel_pct integer, o2_main_bar integer, o2_port_cnt integer, defib_ok_yn char(1), suction_ok_yn char(1), str_ok_yn char(1), lift_ok_yn char(1), lights_ok_yn char(1), tyres_ok_yn char(1), clean_ok_yn char(1), defects text, vor_raised_yn char(1));
COMMENT ON TABLE vehicle_checks IS 'Start of shift daily vehicle inspection (DVI) done by the crew before first mobile';
COMMENT ON COLUMN vehicle_checks.o2_main_bar IS 'Pressure in the main oxygen cylinder, bar (full is 137; swap below 50)';
COMMENT ON COLUMN vehicle_checks.o2_port_cnt IS 'Number of full portable oxygen cylinders on board (minimum two)';
COMMENT ON COLUMN vehicle_checks.defib_ok_yn IS 'AED self-test passed and pads in date';
COMMENT ON COLUMN vehicle_checks.str_ok_yn IS 'Stretcher and carry chair checked and working';
COMMENT ON COLUMN vehicle_checks.lift_ok_yn IS 'Tail lift or ramp working';
COMMENT ON COLUMN vehicle_checks.vor_raised_yn IS 'Y a defect meant the vehicle was taken off the road';
CREATE TABLE incidents (inc_no text, jny_ref integer, inc_dt date, inc_cd text, harm_cd text, reported_by text, descr text, riddor_yn char(1), cqc_notif_yn char(1), safeguard_yn char(1), action_taken text, closed_dt date);
COMMENT ON TABLE incidents IS 'Incidents and near misses reported by crews: patient falls, deterioration on board, road traffic collisions, equipment failures, safeguarding concerns';
COMMENT ON COLUMN incidents.jny_ref IS 'Journey it happened on (journeys.jny_no); NULL if not on a journey (at base)';
COMMENT ON COLUMN incidents.inc_cd IS 'FALL patient fall, DET patient deteriorated on board, RTC road traffic collision, EQUIP equipment failure, SAFE safeguarding concern, MED medication issue, VIOL violence or abuse to crew';
COMMENT ON COLUMN incidents.harm_cd IS 'NONE no harm or near miss, LOW low harm, MOD moderate harm, SEV severe harm or death';
COMMENT ON COLUMN incidents.reported_by IS 'Crew member who reported it (crew.crew_id)';
COMMENT ON COLUMN incidents.riddor_yn IS 'Reported to the HSE under RIDDOR (staff injury over seven days off, or dangerous occurrence)';
COMMENT ON COLUMN incidents.cqc_notif_yn IS 'Statutory notification sent to the Care Quality Commission';
CREATE TABLE invoices (inv_no text, payer_ref text, inv_dt date, period_from date, period_to date, jny_cnt integer, net_amt numeric, vat_amt numeric, gross_amt numeric, due_dt date, paid_amt numeric, paid_dt date, status_cd text, query_note text);
COMMENT ON TABLE invoices IS 'Invoices raised to payers, normally one per payer per month listing the journeys done';
COMMENT ON COLUMN invoices.payer_ref IS 'Payer (payers.payer_cd)';
COMMENT ON COLUMN invoices.vat_amt IS 'Medical transport is VAT exempt, so usually 0; VAT is charged on event cover and non-medical transport';
COMMENT ON COLUMN invoices.status_cd IS 'ISS issued, PART part paid, PAID paid in full, QRY queried by the payer (usually a missing purchase order or disputed mileage), WO written off';
CREATE TABLE feedback (fb_no integer, bkg_ref integer, pat_ref integer, recv_dt date, chan_cd text, ffr_score integer, on_time_score integer, comment text, cmp_yn char(1), cmp_cat text, resp_dt date, handled_by text);
COMMENT ON TABLE feedback IS 'Patient and family feedback: the NHS Friends and Family question, compliments and complaints';
COMMENT ON COLUMN feedback.chan_cd IS 'CARD card left on the vehicle, SMS text survey, PHN phone call, EML email, LTR letter';
COMMENT ON COLUMN feedback.ffr_score IS 'Friends and Family Test answer, 1 very poor to 5 very good';
COMMENT ON COLUMN feedback.cmp_yn IS 'Y treated as a formal complaint (acknowledge within 3 working days, respond within 20)';
COMMENT ON COLUMN feedback.cmp_cat IS 'LATE late collection or arrival, STAFF staff attitude, CARE care or handling, LOST lost property, BILL billing';
INSERT INTO patients VALUES
 (3001,'485 777 3456','Mrs','Margaret','Halford','1936-04-12','7 Orchard Close','Tewkesbury','GL20 5QT','01684 000301','David Halford','07700 900301','CH','N',NULL,61,'N','Y','NONE','Y','Y','Key safe, code held by control; 12 steps down to the road'),
 (3002,'485 777 4567','Mr','Derek','Pugh','1951-09-30','22 Bristol Road','Gloucester','GL1 5SW','01452 000302',NULL,NULL,'WC','N',NULL,88,'N','N','NONE','N','N',NULL),
 (3003,'485 777 5678','Mr','Alan','Cotterell','1947-01-19','Flat 4, Kingsholm Court','Gloucester','GL1 3BD','01452 000303','Janice Cotterell','07700 900303','W','Y',2,74,'N','N','NONE','N','N','Lift out of order sometimes, ring ahead'),
 (3004,'485 777 6789','Ms','Tracey','Boulton','1969-06-02','3 Mill Lane','Cheltenham','GL52 3JX','01242 000304','Kevin Boulton','07700 900304','ST','N',NULL,182,'Y','N','NONE','N','N','Needs bariatric stretcher; wide front door'),
 (3005,'485 777 7890','Mr','Rajesh','Mistry','1958-11-11','41 Tuffley Lane','Gloucester','GL4 0DT','01452 000305',NULL,NULL,'W','N',NULL,79,'N','N','NONE','N','N','Dialysis Mon, Wed, Fri'),
 (3006,'485 777 8901','Mrs','Eileen','Stokes','1930-02-25','Ashleigh Nursing Home','Stroud','GL5 1QW','01453 000306','Ashleigh Nursing Home','01453 000316','ST','Y',1,52,'N','N','MRSA','Y','Y',NULL),
 (3007,NULL,'Mr','Henrik','Larsen','1962-08-08','c/o Allianz Partners','Gloucester',NULL,'+45 20 000307','Ida Larsen','+45 20 000317','ST','N',NULL,90,'N','Y','NONE','N','N','Danish tourist, broken hip, going home via Bristol Airport'),
 (3008,'485 777 9012','Miss','Chloe','Barnett','2012-03-14','9 Priory Road','Tewkesbury','GL20 5AD','01684 000308','Sarah Barnett','07700 900308','WC','N',NULL,38,'N','Y','NONE','N','N','Mum always travels'),
 (3009,'485 777 0123','Mr','Stanley','Wren','1941-12-01','18 High Street','Winchcombe','GL54 5LJ','01242 000309','Pat Wren','07700 900309','CH','Y',3,68,'N','N','CDIFF','N','Y','Narrow cottage stairs'),
 (3010,'485 777 1234','Mrs','Gwen','Ashby','1955-05-20','6 Lydney Road','Newent','GL18 1AA','01531 000310',NULL,NULL,'W','N',NULL,70,'N','N','NONE','N','N',NULL),
 (3011,'485 777 2345','Mr','Barry','Fenton','1972-10-10','28 Oakley Road','Cheltenham','GL52 6NZ','01242 000311','Lisa Fenton','07700 900311','ST','N',NULL,171,'Y','N','NONE','N','N',NULL);
INSERT INTO crew VALUES
 ('C101','Jo Turvey','PARA','GLO','B,C1,D1','Y','Y','PA41235','2023-08-01','2026-08-01','2026-11-30','2016-05-03',NULL,24.5,'N','07700 910101'),
 ('C102','Mark Ellery','TECH','GLO','B,C1','Y','Y',NULL,'2024-02-10','2027-02-10','2026-09-30','2019-01-14',NULL,17.8,'N','07700 910102'),
 ('C103','Priya Chand','ACA','GLO','B','N','N',NULL,'2025-03-03','2028-03-03','2027-01-31','2024-03-04',NULL,13.2,'N','07700 910103'),
 ('C104','Lee Goodwin','ACA','GLO','B,C1','Y','N',NULL,'2023-06-20','2026-06-20','2026-05-31','2017-09-11',NULL,13.6,'N','07700 910104'),
 ('C105','Sue Partridge','ACA','TEW','B','N','N',NULL,'2024-10-01','2027-10-01','2026-12-31','2021-10-04',NULL,13.4,'N','07700 910105'),
 ('C106','Tom Haines','TECH','TEW','B,C1','Y','Y',NULL,'2023-07-15','2026-07-15','2026-08-31','2018-06-01',NULL,17.8,'N','07700 910106'),
 ('C107','Kelly Marsh','DRV','TEW','B','N','N',NULL,'2025-01-20','2028-01-20','2026-10-31','2025-01-27',NULL,12.6,'Y','07700 910107'),
 ('C108','Dan Okafor','PARA','GLO','B,C1','Y','Y','PA55218','2025-09-09','2028-09-09','2027-03-31','2025-09-15',NULL,25,'Y','07700 910108'),
 ('C109','Ray Bristow','ACA','GLO','B','N','N',NULL,'2022-04-04','2025-04-04','2025-12-31','2014-02-10','2026-01-31',13.2,'N','07700 910109');
INSERT INTO vehicles VALUES
 ('SV1','WX21 SVP','A1','Mercedes Sprinter 519 box','GLO',5000,'Y','Y','N',4,1,'2026-09-14',185000,179420,'2026-05-02','N',NULL,'2027-06-30'),
 ('SV2','WX22 SVP','PTS','Fiat Ducato conversion','GLO',3500,'Y','Y','N',5,2,'2026-07-01',140000,141310,'2026-04-20','Y','Overdue service, brakes advisory','2027-09-30'),
 ('SV3','WX19 SVP','PTS','Renault Master conversion','GLO',3500,'Y','Y','N',5,2,'2026-06-30',230000,221900,'2026-05-28','N',NULL,'2026-12-31'),
 ('SV4','WX23 SVP','BAR','Mercedes Sprinter 519 bariatric','GLO',5000,'Y','Y','Y',3,1,'2027-01-20',60000,48200,'2026-05-15','N',NULL,'2028-03-31'),
 ('SV5','WX70 SVP','PTS','Fiat Ducato conversion','TEW',3500,'Y','Y','N',5,2,'2026-11-05',200000,196540,'2026-03-30','N',NULL,'2026-10-31'),
 ('SV6','WX18 SVP','WAV','Peugeot Partner Tepee','TEW',2100,'N','Y','N',3,1,'2026-08-22',120000,118000,'2026-04-01','Y','Rear ramp cable snapped, part on order','2026-08-31'),
 ('SV7','WX24 SVP','WAV','Volkswagen Caddy Maxi','GLO',2300,'N','Y','N',4,1,'2027-04-11',30000,21050,'2026-05-20','N',NULL,'2029-04-30'),
 ('SV8','WX20 SVP','PTS','Renault Master conversion','TEW',3500,'Y','Y','N',5,2,'2026-06-18',210000,208870,'2026-06-05','N',NULL,'2026-09-30');
INSERT INTO payers VALUES
 ('GICB','NHS Gloucestershire ICB','ICB','GICB-PTS-2024-07',18,1.45,22,0,'N',30,'pts.invoices@gicb.example','Y'),
 ('GHT','Gloucestershire Hospitals NHS Foundation Trust','TRUST','GHT-TRF-118',35,1.9,28,0,'Y',30,'accounts.payable@ght.example','Y'),
 ('NUF','Nuffield Health Cheltenham Hospital','PRIVH',NULL,45,2.1,30,0,'Y',30,'cheltenham.accounts@nuffield.example','Y'),
 ('ALZ','Allianz Partners (travel assistance)','INS','AP-UK-5521',120,2.6,35,40,'Y',45,'medical.claims@allianz.example','Y'),
 ('AXA','AXA Assistance','INS',NULL,110,2.5,35,40,'Y',60,'claims@axa-assist.example','Y'),
 ('BUPAC','Bupa Care Homes (Gloucestershire)','CARE',NULL,30,1.8,25,15,'N',30,'homes.finance@bupa.example','Y'),
 ('PRIV','Private patient (card on booking)','SELF',NULL,40,2.2,30,0,'N',0,NULL,'Y');
INSERT INTO sites VALUES
 ('GRH','Gloucestershire Royal Hospital','ACUTE','Gloucester','GL1 3NN','Discharge lounge on level 2, Tower Block','Ambulance bay at the ED side entrance'),
 ('CGH','Cheltenham General Hospital','ACUTE','Cheltenham','GL53 7AN','Oncology outpatients in the Oncology Centre','Drop-off by the Sandford Road entrance'),
 ('TEWH','Tewkesbury Community Hospital','COMM','Tewkesbury','GL20 5GJ',NULL,'Plenty of parking'),
 ('SRU','Stroud Satellite Renal Unit','RENAL','Stroud','GL5 2HY','Sessions 07:30, 12:30 and 17:30',NULL),
 ('CRU','Cheltenham Renal Unit','RENAL','Cheltenham','GL53 7AN','In the Linton Centre',NULL),
 ('NUFC','Nuffield Health Cheltenham Hospital','PRIV','Cheltenham','GL51 6SY','Ward 2 for post-op collections',NULL),
 ('ASHL','Ashleigh Nursing Home','CARE','Stroud','GL5 1QW',NULL,'Narrow drive, reverse in'),
 ('BRS','Bristol Airport','OTH','Bristol','BS48 3DY','Special assistance desk meets us at Door 2',NULL),
 ('SUEH','Sue Ryder Leckhampton Court Hospice','HOSP','Cheltenham','GL53 0QJ',NULL,NULL);
INSERT INTO bookings VALUES
 (50001,3001,'GICB',NULL,'2026-05-20','PHN','2026-06-02','10:30',NULL,NULL,'7 Orchard Close, Tewkesbury','CGH',NULL,'OUT','CH',2,'ROUT','Y','DONE',NULL,NULL,'Son will meet her at clinic'),
 (50002,3001,'GICB',NULL,'2026-05-20','PHN','2026-06-02',NULL,'12:30','CGH',NULL,NULL,'7 Orchard Close, Tewkesbury','RET','CH',2,'ROUT','Y','DONE',NULL,NULL,NULL),
 (50003,3005,'GICB',NULL,'2026-01-05','REC','2026-06-08','07:30',NULL,NULL,'41 Tuffley Lane, Gloucester','SRU',NULL,'OUT','W',1,'ROUT','Y','DONE',NULL,NULL,'Dialysis'),
 (50004,3005,'GICB',NULL,'2026-01-05','REC','2026-06-10','07:30',NULL,NULL,'41 Tuffley Lane, Gloucester','SRU',NULL,'OUT','W',1,'ROUT','Y','DONE',NULL,NULL,'Dialysis'),
 (50005,3004,'GHT','PO-GHT-88120','2026-05-26','EML','2026-05-27',NULL,'11:00','GRH',NULL,NULL,'3 Mill Lane, Cheltenham','DIS','ST',3,'SAME','Y','DONE',NULL,NULL,'Bariatric discharge'),
 (50006,3007,'ALZ','AP-CLM-778120','2026-05-29','EML','2026-06-04',NULL,'08:00','GRH',NULL,'BRS',NULL,'REPAT','ST',2,'ROUT','N','DONE',NULL,NULL,'Flight to Copenhagen 12:40; nurse escort from Allianz meets at airport'),
 (50007,3002,'NUF','NUF-2026-0441','2026-06-01','WEB','2026-06-05',NULL,'14:00','NUFC',NULL,NULL,'22 Bristol Road, Gloucester','DIS','WC',1,'ROUT','N','DONE',NULL,NULL,NULL),
 (50008,3003,'GICB',NULL,'2026-06-03','PHN','2026-06-11','09:45',NULL,NULL,'Flat 4, Kingsholm Court, Gloucester','CGH',NULL,'OUT','W',2,'ROUT','Y','CONF',NULL,NULL,'On oxygen 2 litres'),
 (50009,3009,'GICB',NULL,'2026-06-04','PHN','2026-06-11','11:15',NULL,NULL,'18 High Street, Winchcombe','CGH',NULL,'OUT','CH',2,'ROUT','Y','CONF',NULL,NULL,'C. diff, side room at clinic'),
 (50010,3006,'BUPAC',NULL,'2026-06-02','PHN','2026-06-11',NULL,'10:00','ASHL',NULL,'SUEH',NULL,'TRF','ST',2,'ROUT','N','CONF',NULL,NULL,'Transfer to hospice'),
 (50011,3010,'GICB',NULL,'2026-05-18','WEB','2026-05-28','14:00',NULL,NULL,'6 Lydney Road, Newent','GRH',NULL,'OUT','W',1,'ROUT','Y','CXL','2026-05-27','CLINIC',NULL),
 (50012,3008,'GICB',NULL,'2026-05-12','PHN','2026-05-19','09:00',NULL,NULL,'9 Priory Road, Tewkesbury','GRH',NULL,'OUT','WC',1,'ROUT','Y','CXL','2026-05-19','NOCREW','Two crews off sick'),
 (50013,3011,'GHT','PO-GHT-88377','2026-06-08','EML','2026-06-16',NULL,'10:30','CGH',NULL,NULL,'28 Oakley Road, Cheltenham','DIS','ST',3,'ROUT','Y','CONF',NULL,NULL,'Bariatric, third crew needed'),
 (50014,3002,'PRIV',NULL,'2026-05-02','PHN','2026-05-09',NULL,'10:00',NULL,'22 Bristol Road, Gloucester',NULL,'Cheltenham Racecourse, Cheltenham','OUT','WC',1,'ROUT','N','CXL','2026-05-08','PATIENT','Family taking him instead'),
 (50015,3003,'GICB',NULL,'2026-05-06','PHN','2026-05-14','09:45',NULL,NULL,'Flat 4, Kingsholm Court, Gloucester','CGH',NULL,'OUT','W',2,'ROUT','Y','ABT',NULL,NULL,NULL),
 (50016,3004,'GHT','PO-GHT-87999','2026-05-04','EML','2026-05-05',NULL,'13:00','GRH',NULL,'CGH',NULL,'TRF','ST',3,'HDU','Y','DONE',NULL,NULL,NULL),
 (50017,3008,'GICB',NULL,'2026-06-01','PHN','2026-06-09','09:00',NULL,NULL,'9 Priory Road, Tewkesbury','GRH',NULL,'OUT','WC',1,'ROUT','Y','DONE',NULL,NULL,NULL),
 (50018,3011,'GICB',NULL,'2026-04-20','PHN','2026-04-22','11:00',NULL,NULL,'28 Oakley Road, Cheltenham','CGH',NULL,'OUT','ST',3,'SAME','Y','DONE',NULL,NULL,'Bariatric vehicle off for service, sent SV1 with three crew');
INSERT INTO journeys VALUES
 (81001,50001,'SV5','C105','C106',NULL,'08:40','08:55','09:10','09:30','10:05','10:20',11.2,5,'N',NULL,NULL,'N','N',34.24,'INV-2606-GICB','Son met her at clinic'),
 (81002,50002,'SV5','C105','C106',NULL,'12:20','12:25','12:40','13:55','14:30','14:45',11.2,75,'Y','PATIENT',NULL,'N','N',55.24,'INV-2606-GICB','Clinic running late, waited 75 minutes'),
 (81003,50003,'SV7','C107',NULL,NULL,'06:30','06:45','06:55','07:00','07:25','07:30',9.4,0,'N',NULL,NULL,'N','N',31.63,NULL,NULL),
 (81004,50004,'SV7','C107',NULL,NULL,'06:30','06:50','07:05','07:10','07:41','07:45',9.4,0,'Y','TRAFFIC',NULL,'N','N',31.63,NULL,'A38 roadworks'),
 (81005,50005,'SV4','C102','C104','C103','10:15','10:30','10:45','12:10','12:50','13:15',9.8,85,'Y','PATIENT',NULL,'N','N',66.75,'INV-2605-GHT','Waited for discharge letter and TTO medicines'),
 (81006,50006,'SV1','C101','C102',NULL,'06:50','07:10','07:30','07:55','09:20','09:45',52,0,'N',NULL,NULL,'N','N',255.2,'INV-2606-ALZ','Handed over to Allianz nurse at Door 2'),
 (81007,50007,'SV7','C107',NULL,NULL,'13:30','13:40','14:05','14:20','14:55','15:05',10.1,15,'N',NULL,NULL,'N','N',66.21,'INV-2606-NUF',NULL),
 (81008,50015,'SV3','C103','C104',NULL,'08:45','09:00','09:15',NULL,NULL,'09:40',0,0,'N',NULL,'UNWELL','N','N',18,'INV-2605-GICB','Patient short of breath, GP called, not conveyed'),
 (81009,50016,'SV4','C108','C102','C104','12:30','12:35','12:45','13:10','13:50','14:20',9.6,0,'N',NULL,NULL,'Y','N',53.24,'INV-2605-GHT','High dependency, paramedic attended'),
 (81010,50017,'SV5','C105','C106',NULL,'08:00','08:10','08:25','08:35','09:20','09:30',12.4,0,'Y','PREVJOB',NULL,'N','N',35.98,NULL,'Arrived 20 minutes late'),
 (81011,50011,'SV3','C104','C103',NULL,'13:00',NULL,NULL,NULL,NULL,NULL,0,0,'N',NULL,NULL,'N','N',0,NULL,'Cancelled before mobile'),
 (81012,50018,'SV1','C102','C104','C103','09:50','10:05','10:20','10:45','11:05','11:30',3.1,0,'Y','VEH',NULL,'N','N',22.5,'INV-2604-GICB','Standard stretcher at its weight limit; crew reported it');
INSERT INTO shifts VALUES
 (1,'C101','2026-06-04','E','06:00','14:00','GLO','SV1','N','N',8),(2,'C102','2026-06-04','E','06:00','14:00','GLO','SV1','N','N',8),
 (3,'C105','2026-06-02','D','08:00','18:00','TEW','SV5','N','N',10),(4,'C106','2026-06-02','D','08:00','18:00','TEW','SV5','N','N',10),
 (5,'C107','2026-06-10','R','06:00','14:00','GLO','SV7','Y','N',8),(6,'C103','2026-06-10','D','08:00','18:00','GLO','SV3','N','N',10),
 (7,'C104','2026-06-10','D','08:00','18:00','GLO','SV3','N','Y',0),(8,'C108','2026-06-13','N','22:00','06:00','GLO','SV1','Y','N',8),
 (9,'C102','2026-06-13','N','22:00','06:00','GLO','SV1','N','N',8),(10,'C106','2026-06-13','L','14:00','22:00','TEW','SV8','N','N',8),
 (11,'C105','2026-06-13','L','14:00','22:00','TEW','SV8','Y','N',8),(12,'C101','2026-06-06','N','22:00','06:00','GLO','SV4','Y','N',8),
 (13,'C104','2026-06-08','E','06:00','14:00','GLO','SV3','Y','N',8),(14,'C103','2026-06-08','E','06:00','14:00','GLO','SV3','N','N',8);
INSERT INTO vehicle_checks VALUES
 (1,'SV1','2026-06-04','06:05','C102',80,128,3,'Y','Y','Y','Y','Y','Y','Y',NULL,'N'),
 (2,'SV3','2026-06-08','06:10','C103',60,44,2,'Y','Y','Y','Y','Y','Y','Y','Main O2 low, swapped at base','N'),
 (3,'SV2','2026-06-01','08:05','C104',70,130,2,'N','Y','Y','Y','Y','N','Y','Defib failed self-test; front nearside tyre below legal tread','Y'),
 (4,'SV5','2026-06-02','08:02','C105',90,120,2,'Y','Y','Y','Y','Y','Y','Y',NULL,'N'),
 (5,'SV6','2026-06-03','08:15','C107',50,NULL,0,'Y','Y','Y','N','Y','Y','Y','Ramp cable snapped when lowering','Y'),
 (6,'SV7','2026-06-10','06:05','C107',85,NULL,0,'Y','Y','Y','Y','Y','Y','N','Seat covers need cleaning','N'),
 (7,'SV4','2026-05-27','10:00','C104',75,125,2,'N','Y','Y','Y','Y','Y','Y','AED pads out of date, replaced from stores','N'),
 (8,'SV8','2026-06-09','14:05','C106',65,110,1,'Y','N','Y','Y','Y','Y','Y','Suction unit not charging; only one portable O2','N');
INSERT INTO incidents VALUES
 ('IR-26-031',81005,'2026-05-27','EQUIP','NONE','C102','Bariatric stretcher hydraulic leg slow to rise','N','N','N','Stretcher sent to Ferno for service','2026-06-05'),
 ('IR-26-033',81008,'2026-05-14','DET','LOW','C103','Patient breathless on the stairs, O2 sats 86%; not conveyed, GP visited','N','N','N','Crew followed deterioration pathway','2026-05-20'),
 ('IR-26-036',81002,'2026-06-02','FALL','LOW','C105','Patient slipped on the tail lift platform, grazed shin','N','N','N','Tail lift anti-slip strip replaced',NULL),
 ('IR-26-037',81004,'2026-06-10','SAFE','NONE','C107','Patient said his carer takes his money; referred to adult safeguarding','N','N','Y','Referral to Gloucestershire adult social care',NULL),
 ('IR-26-038',NULL,'2026-06-03','EQUIP','NONE','C107','Ramp cable snapped on SV6 at the Tewkesbury base','N','N','N','Vehicle off road',NULL),
 ('IR-26-029',81009,'2026-05-05','RTC','NONE','C108','Car reversed into the rear door at Cheltenham General, no one hurt','N','N','N','Insurance claim made','2026-05-22');
INSERT INTO invoices VALUES
 ('INV-2604-GICB','GICB','2026-05-01','2026-04-01','2026-04-30',412,14820.5,0,14820.5,'2026-05-31',14820.5,'2026-05-27','PAID',NULL),
 ('INV-2605-GICB','GICB','2026-06-01','2026-05-01','2026-05-31',398,14210.25,0,14210.25,'2026-07-01',0,NULL,'ISS',NULL),
 ('INV-2604-GHT','GHT','2026-05-01','2026-04-01','2026-04-30',21,1420.6,0,1420.6,'2026-05-31',0,NULL,'QRY','Two journeys have no PO number'),
 ('INV-2605-GHT','GHT','2026-06-01','2026-05-01','2026-05-31',18,1310.99,0,1310.99,'2026-07-01',0,NULL,'ISS',NULL),
 ('INV-2604-ALZ','ALZ','2026-05-01','2026-04-01','2026-04-30',3,980,0,980,'2026-06-15',980,'2026-06-01','PAID',NULL),
 ('INV-2606-ALZ','ALZ','2026-06-05','2026-06-04','2026-06-04',1,255.2,0,255.2,'2026-07-20',0,NULL,'ISS','Single repatriation billed straight away'),
 ('INV-2603-AXA','AXA','2026-04-01','2026-03-01','2026-03-31',2,640,0,640,'2026-05-31',320,'2026-05-10','PART','Mileage disputed on the second leg'),
 ('INV-2604-BUPAC','BUPAC','2026-05-01','2026-04-01','2026-04-30',6,410,0,410,'2026-05-31',0,NULL,'ISS',NULL),
 ('INV-2606-NUF','NUF','2026-06-06','2026-06-05','2026-06-05',1,66.21,0,66.21,'2026-07-06',0,NULL,'ISS',NULL);
INSERT INTO feedback VALUES
 (1,50001,3001,'2026-06-03','PHN',5,5,'Lovely crew, so patient with Mum','N',NULL,NULL,NULL),
 (2,50002,3001,'2026-06-03','PHN',2,1,'Waited over an hour to come home and she was exhausted','Y','LATE','2026-06-08','Office manager'),
 (3,50005,3004,'2026-05-29','EML',4,3,'Crew were kind but the wait on the ward was long','N',NULL,NULL,NULL),
 (4,50007,3002,'2026-06-06','SMS',5,5,NULL,'N',NULL,NULL,NULL),
 (5,50012,3008,'2026-05-20','EML',1,1,'Nobody came and nobody rang us. Chloe missed her appointment','Y','LATE',NULL,'Office manager'),
 (6,50006,3007,'2026-06-05','EML',5,5,'Thank you for getting my husband home to Denmark','N',NULL,NULL,NULL),
 (7,50003,3005,'2026-06-08','CARD',4,4,NULL,'N',NULL,NULL,NULL),
 (8,50016,3004,'2026-01-15','LTR',3,3,'Charged twice for the same transfer','Y','BILL','2026-01-30','Accounts');
