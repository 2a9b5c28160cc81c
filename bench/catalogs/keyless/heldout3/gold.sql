-- Verification SQL for heldout3/questions.tsv (held-out 3: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the six heldout3 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 dental | patients | How many patients come in for cleanings every 3 months?
SELECT count(*) FROM dental.patients WHERE recall_interval_mo = 3;

-- Q02 dental | lab_cases | Which dental labs are still working on crowns for us?
SELECT DISTINCT lab_nm FROM dental.lab_cases WHERE case_type = 'crown' AND case_status IN ('sent', 'in production');

-- Q03 dental | appointments | How many broken appointments were there in February 2026?
SELECT count(*) FROM dental.appointments WHERE appt_status = 'broken' AND appt_dt BETWEEN '2026-02-01' AND '2026-02-28';

-- Q04 dental | dentists | List our active hygienists
SELECT provider_nm FROM dental.dentists WHERE provider_type = 'RDH' AND active_flg;

-- Q05 dental | payments | Total insurance money received by EFT
SELECT sum(pmt_amt) FROM dental.payments WHERE pmt_source = 'insurance' AND pmt_method = 'EFT';

-- Q06 dental | claims | How many pre-treatment estimates are still waiting on the insurer?
SELECT count(*) FROM dental.claims WHERE is_predetermination AND claim_status IN ('sent', 'received', 'pended');

-- Q07 dental | claims,carriers | Which insurance companies denied claims and for what reasons?
SELECT c.carrier_nm, cl.claim_no, cl.denial_reason FROM dental.claims cl JOIN dental.carriers c ON c.carrier_id = cl.carrier_ref WHERE cl.claim_status = 'denied';

-- Q08 dental | procedure_lines,cdt_codes | How many completed endodontic procedures did each office bill?
SELECT p.billing_office, count(*) FROM dental.procedure_lines p JOIN dental.cdt_codes c ON c.cdt_cd = p.cdt_cd WHERE c.category = 'endodontics' AND p.proc_status = 'completed' GROUP BY p.billing_office;

-- Q09 dental | appointments,patients | Names of patients who missed their appointment without cancelling
SELECT DISTINCT p.first_nm, p.last_nm FROM dental.appointments a JOIN dental.patients p ON p.pt_num = a.pt_ref WHERE a.appt_status = 'broken';

-- Q10 dental | procedure_lines,dentists | Total write-offs per provider
SELECT d.provider_nm, sum(p.write_off_amt) FROM dental.procedure_lines p JOIN dental.dentists d ON d.provider_id = p.provider_id GROUP BY d.provider_nm;

-- Q11 dental | dentists,offices | Which offices have an orthodontist based there?
SELECT DISTINCT o.office_nm FROM dental.dentists d JOIN dental.offices o ON o.office_cd = d.home_office WHERE d.specialty_cd = 'ortho';

-- Q12 dental | treatment_plans,dentists | Value of accepted treatment plans per dentist
SELECT d.provider_nm, sum(t.total_fee_amt) FROM dental.treatment_plans t JOIN dental.dentists d ON d.provider_id = t.provider_id WHERE t.tp_status = 'accepted' GROUP BY d.provider_nm;

-- Q13 dental | patients,carriers | How many active patients have Delta Dental as their primary insurance?
SELECT count(*) FROM dental.patients p JOIN dental.carriers c ON c.carrier_id = p.primary_carrier WHERE p.pt_status = 'active' AND c.carrier_nm LIKE 'Delta Dental%';

-- Q14 dental | procedure_lines,cdt_codes,patients | Fees of completed procedures by procedure category for patients living in Denver
SELECT c.category, sum(pl.fee_amt) FROM dental.procedure_lines pl JOIN dental.cdt_codes c ON c.cdt_cd = pl.cdt_cd JOIN dental.patients p ON p.pt_num = pl.pt_num WHERE p.city = 'Denver' AND pl.proc_status = 'completed' GROUP BY c.category;

-- Q15 dental | claims,patients,carriers | Patient name, insurer and billed amount of every denied claim
SELECT p.first_nm, p.last_nm, c.carrier_nm, cl.billed_amt FROM dental.claims cl JOIN dental.patients p ON p.pt_num = cl.pt_ref JOIN dental.carriers c ON c.carrier_id = cl.carrier_ref WHERE cl.claim_status = 'denied';

-- Q16 dental | procedure_lines,cdt_codes,offices | Revenue from preventive care per office name
SELECT o.office_nm, sum(pl.fee_amt) FROM dental.procedure_lines pl JOIN dental.cdt_codes c ON c.cdt_cd = pl.cdt_cd JOIN dental.offices o ON o.office_cd = pl.billing_office WHERE c.category = 'preventive' AND pl.proc_status = 'completed' GROUP BY o.office_nm;

-- Q17 dental | lab_cases,appointments,patients | Patients with lab work outstanding who already have a visit booked
SELECT DISTINCT p.first_nm, p.last_nm, l.case_type, a.appt_dt FROM dental.lab_cases l JOIN dental.patients p ON p.pt_num = l.pt_num JOIN dental.appointments a ON a.pt_ref = l.pt_num WHERE l.received_dt IS NULL AND a.appt_status IN ('scheduled', 'confirmed');

-- Q18 carrental | vehicles | How many electric cars do we have in the fleet?
SELECT count(*) FROM carrental.vehicles WHERE fuel_type = 'electric' AND fleet_status <> 'sold';

-- Q19 carrental | branches | Which of our locations are at airports?
SELECT branch_nm, airport_iata FROM carrental.branches WHERE airport_flg;

-- Q20 carrental | reservations | No-show bookings by booking channel
SELECT booking_channel, count(*) FROM carrental.reservations WHERE resv_status = 'no-show' GROUP BY booking_channel;

-- Q21 carrental | traffic_fines | Total congestion charge penalties we received
SELECT sum(fine_amt) FROM carrental.traffic_fines WHERE violation_type = 'congestion charge';

-- Q22 carrental | maintenance_orders | Which work orders are waiting for parts?
SELECT wo_num, vin, service_type FROM carrental.maintenance_orders WHERE wo_status = 'waiting for parts';

-- Q23 carrental | rental_agreements | How many rentals are overdue right now?
SELECT count(*) FROM carrental.rental_agreements WHERE ra_status = 'overdue';

-- Q24 carrental | rental_agreements,branches | Rental revenue per pickup city
SELECT b.city, sum(r.total_amt) FROM carrental.rental_agreements r JOIN carrental.branches b ON b.branch_cd = r.out_branch GROUP BY b.city;

-- Q25 carrental | rental_agreements,customers | Which customers are disputing their rental charges?
SELECT c.full_nm, r.ra_num, r.total_amt FROM carrental.rental_agreements r JOIN carrental.customers c ON c.cust_no = r.cust_no WHERE r.ra_status = 'disputed';

-- Q26 carrental | damage_reports,vehicles | Estimated repair cost of damage per car make
SELECT v.make_nm, sum(d.est_repair_amt) FROM carrental.damage_reports d JOIN carrental.vehicles v ON v.vin = d.vin GROUP BY v.make_nm;

-- Q27 carrental | rental_agreements,employees | Number of contracts opened by each counter agent
SELECT e.emp_nm, count(*) FROM carrental.rental_agreements r JOIN carrental.employees e ON e.emp_id = r.counter_agent GROUP BY e.emp_nm;

-- Q28 carrental | reservations,customers | How many bookings did Gold and Platinum members make?
SELECT c.loyalty_tier, count(*) FROM carrental.reservations r JOIN carrental.customers c ON c.cust_no = r.cust_ref WHERE c.loyalty_tier IN ('Gold', 'Platinum') GROUP BY c.loyalty_tier;

-- Q29 carrental | maintenance_orders,vehicles | Workshop spend (parts and labour) per car class
SELECT v.class_cd, sum(m.parts_amt + m.labor_amt) FROM carrental.maintenance_orders m JOIN carrental.vehicles v ON v.vin = m.vin GROUP BY v.class_cd;

-- Q30 carrental | reservations,vehicle_classes | Average deposit of the car classes booked through brokers like Expedia
SELECT avg(vc.deposit_amt) FROM carrental.reservations r JOIN carrental.vehicle_classes vc ON vc.class_cd = r.class_req WHERE r.booking_channel = 'broker';

-- Q31 carrental | traffic_fines,rental_agreements,customers,vehicles | Who got speeding tickets and which car were they driving?
SELECT c.full_nm, v.make_nm, v.model_nm, f.violation_dt FROM carrental.traffic_fines f JOIN carrental.rental_agreements r ON r.ra_num = f.ra_num_matched JOIN carrental.customers c ON c.cust_no = r.cust_no JOIN carrental.vehicles v ON v.vin = r.vin WHERE f.violation_type = 'speeding';

-- Q32 carrental | rental_agreements,vehicles,vehicle_classes | Total rental revenue per vehicle class description
SELECT vc.class_desc, sum(r.total_amt) FROM carrental.rental_agreements r JOIN carrental.vehicles v ON v.vin = r.vin JOIN carrental.vehicle_classes vc ON vc.class_cd = v.class_cd GROUP BY vc.class_desc;

-- Q33 carrental | rental_agreements,branches,customers | One-way rentals picked up at Manchester Airport: renter and drop-off branch
SELECT c.full_nm, bi.branch_nm FROM carrental.rental_agreements r JOIN carrental.branches bo ON bo.branch_cd = r.out_branch JOIN carrental.branches bi ON bi.branch_cd = r.in_branch JOIN carrental.customers c ON c.cust_no = r.cust_no WHERE bo.branch_nm = 'Manchester Airport' AND r.in_branch <> r.out_branch;

-- Q34 carrental | damage_reports,rental_agreements,branches | Damage charged back to renters per region of the pickup branch
SELECT b.region_nm, sum(d.charged_to_cust_amt) FROM carrental.damage_reports d JOIN carrental.rental_agreements r ON r.ra_num = d.ra_ref JOIN carrental.branches b ON b.branch_cd = r.out_branch GROUP BY b.region_nm;

-- Q35 seaport | vessel_calls | Which ship calls are expected but have not arrived yet?
SELECT voyage_no, imo_ref, eta_ts FROM seaport.vessel_calls WHERE call_status = 'expected';

-- Q36 seaport | containers | How many refrigerated boxes are in the equipment register?
SELECT count(*) FROM seaport.containers WHERE is_reefer;

-- Q37 seaport | yard_inventory | Containers in the yard held by customs
SELECT cntr_no, block_cd, dwell_days FROM seaport.yard_inventory WHERE hold_cd = 'customs hold';

-- Q38 seaport | gate_transactions | Average truck turnaround time at the gate
SELECT avg(turn_time_min) FROM seaport.gate_transactions WHERE direction = 'out';

-- Q39 seaport | truck_appointments | How many truck slots were missed?
SELECT count(*) FROM seaport.truck_appointments WHERE appt_status = 'missed';

-- Q40 seaport | cranes | Which cranes are broken down or in maintenance?
SELECT crane_id, crane_type, crane_status FROM seaport.cranes WHERE crane_status IN ('broken down', 'under maintenance');

-- Q41 seaport | storage_invoices | Outstanding storage and reefer plug charges not yet paid
SELECT sum(storage_amt + reefer_plug_amt) FROM seaport.storage_invoices WHERE NOT paid_flg;

-- Q42 seaport | vessel_calls,berths | Average crane productivity per berth name
SELECT b.berth_nm, avg(c.gross_crane_rate) FROM seaport.vessel_calls c JOIN seaport.berths b ON b.berth_id = c.berth_ref GROUP BY b.berth_nm;

-- Q43 seaport | vessel_calls,vessels | Names of ships that waited more than a day at anchor
SELECT DISTINCT v.vessel_nm FROM seaport.vessel_calls c JOIN seaport.vessels v ON v.imo_no = c.imo_ref WHERE c.anchorage_hrs > 24;

-- Q44 seaport | container_moves,containers | Hazardous containers loaded for New York by container size
SELECT c.size_ft, count(*) FROM seaport.container_moves m JOIN seaport.containers c ON c.cntr_no = m.cntr_no WHERE m.move_type = 'load' AND m.pod_cd = 'USNYC' AND m.hazmat_class IS NOT NULL GROUP BY c.size_ft;

-- Q45 seaport | truck_appointments,hauliers | Which trucking companies missed their booked slots?
SELECT DISTINCT h.haulier_nm FROM seaport.truck_appointments a JOIN seaport.hauliers h ON h.haulier_cd = a.haulier_cd WHERE a.appt_status = 'missed';

-- Q46 seaport | vessel_calls,shipping_lines | Number of port calls per alliance
SELECT l.alliance_nm, count(*) FROM seaport.vessel_calls c JOIN seaport.shipping_lines l ON l.line_cd = c.line_cd GROUP BY l.alliance_nm;

-- Q47 seaport | storage_invoices,shipping_lines | Storage charges billed to each carrier by name
SELECT l.line_nm, sum(s.storage_amt) FROM seaport.storage_invoices s JOIN seaport.shipping_lines l ON l.line_cd = s.line_cd GROUP BY l.line_nm;

-- Q48 seaport | container_moves,vessel_calls,vessels | How many containers were discharged from the MSC Gulsun?
SELECT count(*) FROM seaport.container_moves m JOIN seaport.vessel_calls c ON c.call_id = m.call_ref JOIN seaport.vessels v ON v.imo_no = c.imo_ref WHERE v.vessel_nm = 'MSC Gulsun' AND m.move_type = 'discharge';

-- Q49 seaport | container_moves,cranes,berths | Moves done by quay cranes of the North Quay
SELECT count(*) FROM seaport.container_moves m JOIN seaport.cranes k ON k.crane_id = m.crane_id JOIN seaport.berths b ON b.berth_id = k.berth_ref WHERE b.terminal_nm = 'North Quay';

-- Q50 seaport | container_moves,containers,shipping_lines | Reefers discharged per owning shipping line
SELECT l.line_nm, count(*) FROM seaport.container_moves m JOIN seaport.containers c ON c.cntr_no = m.cntr_no JOIN seaport.shipping_lines l ON l.line_cd = c.owner_line WHERE c.is_reefer AND m.move_type = 'discharge' GROUP BY l.line_nm;

-- Q51 seaport | gate_transactions,truck_appointments,hauliers | Average gate turn time per haulier for import pickups
SELECT h.haulier_nm, avg(g.turn_time_min) FROM seaport.gate_transactions g JOIN seaport.truck_appointments a ON a.appt_id = g.appt_ref JOIN seaport.hauliers h ON h.haulier_cd = g.haulier_cd WHERE a.appt_type = 'import pickup' AND g.direction = 'out' GROUP BY h.haulier_nm;

-- Q52 waterlab | samples | How many samples did the lab reject?
SELECT count(*) FROM waterlab.samples WHERE sample_status = 'rejected';

-- Q53 waterlab | instruments | Which instruments are past their calibration due date?
SELECT instrument_id, instrument_nm, next_calibration_dt FROM waterlab.instruments WHERE next_calibration_dt < DATE '2026-02-15';

-- Q54 waterlab | plant_daily_ops | Average finished water turbidity per plant
SELECT plant_cd, avg(finished_turbidity_ntu) FROM waterlab.plant_daily_ops GROUP BY plant_cd;

-- Q55 waterlab | compliance_events | Open tier 1 violations
SELECT event_id, plant_cd, event_type FROM waterlab.compliance_events WHERE public_notice_tier = 1 AND event_status NOT IN ('returned to compliance', 'closed');

-- Q56 waterlab | chemical_deliveries | Kilograms of sodium hypochlorite delivered in 2026
SELECT sum(qty_kg) FROM waterlab.chemical_deliveries WHERE chemical_nm = 'sodium hypochlorite' AND delivered_dt >= '2026-01-01';

-- Q57 waterlab | complaints | How many customers complained about brown or discoloured water?
SELECT count(*) FROM waterlab.complaints WHERE complaint_type = 'discoloured water';

-- Q58 waterlab | test_results,analytes | Samples that tested positive for E. coli
SELECT r.sample_ref, r.analyzed_ts FROM waterlab.test_results r JOIN waterlab.analytes a ON a.analyte_cd = r.analyte_cd WHERE a.analyte_nm = 'E. coli' AND r.result_val > 0;

-- Q59 waterlab | test_results,analysts | Results over the legal limit and the analyst who ran them
SELECT r.sample_ref, r.analyte_cd, r.result_val, a.analyst_nm FROM waterlab.test_results r JOIN waterlab.analysts a ON a.analyst_id = r.analyst_id WHERE r.exceeds_mcl_flg;

-- Q60 waterlab | samples,sampling_points | Number of distribution network samples per treatment plant
SELECT sp.plant_cd, count(*) FROM waterlab.samples s JOIN waterlab.sampling_points sp ON sp.sp_id = s.sp_ref WHERE sp.point_type = 'distribution tap' GROUP BY sp.plant_cd;

-- Q61 waterlab | chemical_deliveries,plants | Chemical spend per treatment works
SELECT p.plant_nm, sum(d.qty_kg * d.unit_price_amt) FROM waterlab.chemical_deliveries d JOIN waterlab.plants p ON p.plant_cd = d.plant_cd GROUP BY p.plant_nm;

-- Q62 waterlab | test_results,instruments | Results produced on instruments that are awaiting calibration
SELECT r.result_id, r.sample_ref, i.instrument_nm FROM waterlab.test_results r JOIN waterlab.instruments i ON i.instrument_id = r.instrument_id WHERE i.instr_status = 'awaiting calibration';

-- Q63 waterlab | compliance_events,plants | Violations per plant with its water source
SELECT p.plant_nm, p.source_water, count(*) FROM waterlab.compliance_events e JOIN waterlab.plants p ON p.plant_cd = e.plant_cd GROUP BY p.plant_nm, p.source_water;

-- Q64 waterlab | test_results,methods | How many results missed the holding time, by method?
SELECT m.method_nm, count(*) FROM waterlab.test_results r JOIN waterlab.methods m ON m.method_cd = r.method_cd WHERE NOT r.hold_time_met_flg GROUP BY m.method_nm;

-- Q65 waterlab | test_results,analytes,samples,sampling_points | Total coliform positives per sampling location
SELECT sp.sp_nm, count(*) FROM waterlab.test_results r JOIN waterlab.analytes a ON a.analyte_cd = r.analyte_cd JOIN waterlab.samples s ON s.sample_no = r.sample_ref JOIN waterlab.sampling_points sp ON sp.sp_id = s.sp_ref WHERE a.analyte_nm = 'total coliform' AND r.result_val > 0 GROUP BY sp.sp_nm;

-- Q66 waterlab | test_results,analytes,samples,sampling_points,plants | Highest trihalomethane result per plant
SELECT p.plant_nm, max(r.result_val) FROM waterlab.test_results r JOIN waterlab.analytes a ON a.analyte_cd = r.analyte_cd JOIN waterlab.samples s ON s.sample_no = r.sample_ref JOIN waterlab.sampling_points sp ON sp.sp_id = s.sp_ref JOIN waterlab.plants p ON p.plant_cd = sp.plant_cd WHERE a.analyte_nm = 'TTHM' GROUP BY p.plant_nm;

-- Q67 waterlab | complaints,samples,test_results | Lab results of the samples taken for customer complaints
SELECT c.complaint_id, c.complaint_type, r.analyte_cd, r.result_val, s.sample_status FROM waterlab.complaints c JOIN waterlab.samples s ON s.sample_no = c.sample_no LEFT JOIN waterlab.test_results r ON r.sample_ref = s.sample_no;

-- Q68 waterlab | compliance_events,analytes,plants | Open compliance events with the contaminant name and plant name
SELECT e.event_id, a.analyte_nm, p.plant_nm, e.event_type FROM waterlab.compliance_events e JOIN waterlab.analytes a ON a.analyte_cd = e.analyte_cd JOIN waterlab.plants p ON p.plant_cd = e.plant_cd WHERE e.event_status IN ('open', 'under investigation');

-- Q69 charity | donors | How many lapsed supporters do we have?
SELECT count(*) FROM charity.donors WHERE segment_cd = 'lapsed';

-- Q70 charity | gifts | Total Gift Aid reclaimed from HMRC
SELECT sum(giftaid_amt) FROM charity.gifts WHERE giftaid_claimed_flg;

-- Q71 charity | pledges | Which pledges did we write off, and for how much?
SELECT pledge_id, pledged_amt FROM charity.pledges WHERE pledge_status = 'written off';

-- Q72 charity | volunteers | Active volunteers who still need a DBS check
SELECT vol_nm FROM charity.volunteers WHERE active_flg AND NOT dbs_checked_flg;

-- Q73 charity | events | How many tickets were sold for fun runs?
SELECT sum(tickets_sold) FROM charity.events WHERE event_type = 'fun run';

-- Q74 charity | grants_awarded | Suspended grants and the partner organisations
SELECT grant_no, grantee_org_nm, award_amt FROM charity.grants_awarded WHERE grant_status = 'suspended';

-- Q75 charity | gifts,funds | Donations received per fund name
SELECT f.fund_nm, sum(g.gift_amt) FROM charity.gifts g JOIN charity.funds f ON f.fund_cd = g.fund_cd GROUP BY f.fund_nm;

-- Q76 charity | gifts,appeals | Income versus cost of the Winter Appeal 2025
SELECT a.appeal_nm, sum(g.gift_amt) AS income, a.cost_amt FROM charity.gifts g JOIN charity.appeals a ON a.appeal_cd = g.appeal_cd WHERE a.appeal_nm = 'Winter Appeal 2025' GROUP BY a.appeal_nm, a.cost_amt;

-- Q77 charity | gifts,donors | Names of donors whose gifts were matched by their employer
SELECT DISTINCT d.donor_nm, g.employer_nm FROM charity.gifts g JOIN charity.donors d ON d.donor_id = g.donor_ref WHERE g.matched_gift_flg;

-- Q78 charity | grants_awarded,programs | Grant money awarded per programme sector
SELECT p.sector, sum(g.award_amt) FROM charity.grants_awarded g JOIN charity.programs p ON p.program_id = g.program_ref GROUP BY p.sector;

-- Q79 charity | volunteer_shifts,volunteers | Hours given by each volunteer
SELECT v.vol_nm, sum(s.hours_qty) FROM charity.volunteer_shifts s JOIN charity.volunteers v ON v.vol_id = s.vol_ref WHERE s.attended_flg GROUP BY v.vol_nm;

-- Q80 charity | gifts,events | Donations raised at the Winter Charity Gala
SELECT sum(g.gift_amt) FROM charity.gifts g JOIN charity.events e ON e.event_id = g.event_ref WHERE e.event_nm = 'Winter Charity Gala';

-- Q81 charity | gifts,appeals,campaigns | Money raised per fundraising campaign through its appeals
SELECT c.campaign_nm, sum(g.gift_amt) FROM charity.gifts g JOIN charity.appeals a ON a.appeal_cd = g.appeal_cd JOIN charity.campaigns c ON c.campaign_id = a.campaign_ref GROUP BY c.campaign_nm;

-- Q82 charity | volunteer_shifts,events,campaigns | Volunteer hours at events of the Water for Every School campaign
SELECT e.event_nm, sum(s.hours_qty) FROM charity.volunteer_shifts s JOIN charity.events e ON e.event_id = s.event_ref JOIN charity.campaigns c ON c.campaign_id = e.campaign_ref WHERE c.campaign_nm = 'Water for Every School' GROUP BY e.event_nm;

-- Q83 charity | gifts,pledges,donors | Payments received so far on active pledges, per donor
SELECT d.donor_nm, p.pledged_amt, sum(g.gift_amt) FROM charity.pledges p JOIN charity.donors d ON d.donor_id = p.donor_ref JOIN charity.gifts g ON g.pledge_ref = p.pledge_id WHERE p.pledge_status = 'active' GROUP BY d.donor_nm, p.pledged_amt;

-- Q84 charity | grants_awarded,funds,programs | Grants paid from the Clean Water Fund by region
SELECT p.region_nm, sum(g.disbursed_amt) FROM charity.grants_awarded g JOIN charity.funds f ON f.fund_cd = g.fund_cd JOIN charity.programs p ON p.program_id = g.program_ref WHERE f.fund_nm = 'Clean Water Fund' GROUP BY p.region_nm;

-- Q85 courts | cases | How many cases are waiting for trial?
SELECT count(*) FROM courts.cases WHERE case_status = 'pending trial';

-- Q86 courts | hearings | How many hearings got postponed?
SELECT count(*) FROM courts.hearings WHERE hearing_status = 'continued';

-- Q87 courts | jurors | Jurors who ignored their summons
SELECT juror_nm, summons_dt FROM courts.jurors WHERE juror_status = 'failed to appear';

-- Q88 courts | attorneys | List the public defenders
SELECT atty_nm FROM courts.attorneys WHERE public_defender_flg;

-- Q89 courts | receipts | Total fines paid to the clerk
SELECT sum(amt_paid) FROM courts.receipts WHERE fee_type = 'fine';

-- Q90 courts | charges | How many DUI counts ended in a conviction?
SELECT count(*) FROM courts.charges WHERE charge_desc = 'driving under the influence' AND verdict_cd = 'convicted';

-- Q91 courts | cases,judges | Open caseload per judge
SELECT j.judge_nm, count(*) FROM courts.cases c JOIN courts.judges j ON j.judge_id = c.assigned_judge WHERE c.case_status NOT IN ('disposed') GROUP BY j.judge_nm;

-- Q92 courts | cases,case_types | Number of filings per case type
SELECT t.type_desc, count(*) FROM courts.cases c JOIN courts.case_types t ON t.case_type_cd = c.case_type_cd GROUP BY t.type_desc;

-- Q93 courts | parties,cases | Self-represented defendants who lost by default judgment
SELECT p.party_nm, c.case_no FROM courts.parties p JOIN courts.cases c ON c.case_no = p.case_ref WHERE p.party_role = 'defendant' AND p.self_represented_flg AND c.disposition_cd = 'default judgment';

-- Q94 courts | hearings,courthouses | Hearings that need a Spanish interpreter, by courthouse
SELECT ch.court_nm, count(*) FROM courts.hearings h JOIN courts.courthouses ch ON ch.court_cd = h.court_cd WHERE h.interpreter_lang = 'Spanish' GROUP BY ch.court_nm;

-- Q95 courts | sentences,charges | Total jail days handed down per offence
SELECT c.charge_desc, sum(s.jail_days) FROM courts.sentences s JOIN courts.charges c ON c.charge_id = s.charge_ref GROUP BY c.charge_desc;

-- Q96 courts | cases,attorneys | Cases where the defence is the public defender's office
SELECT c.case_no, c.case_title FROM courts.cases c JOIN courts.attorneys a ON a.bar_no = c.defendant_atty_bar WHERE a.public_defender_flg;

-- Q97 courts | docket_entries,cases,case_types | Motions filed in contract disputes
SELECT d.case_no, d.entry_dt, d.description_txt FROM courts.docket_entries d JOIN courts.cases c ON c.case_no = d.case_no JOIN courts.case_types t ON t.case_type_cd = c.case_type_cd WHERE t.type_desc = 'contract dispute' AND d.doc_type = 'motion';

-- Q98 courts | sentences,charges,cases,judges | Sentences imposed in cases before Judge Alvarez
SELECT c.case_no, ch.charge_desc, s.sentence_type, s.jail_days FROM courts.sentences s JOIN courts.charges ch ON ch.charge_id = s.charge_ref JOIN courts.cases c ON c.case_no = ch.case_no JOIN courts.judges j ON j.judge_id = c.assigned_judge WHERE j.judge_nm LIKE '%Alvarez%';

-- Q99 courts | receipts,cases,case_types | Filing fees collected per case category
SELECT t.category, sum(r.amt_paid) FROM courts.receipts r JOIN courts.cases c ON c.case_no = r.case_no JOIN courts.case_types t ON t.case_type_cd = c.case_type_cd WHERE r.fee_type = 'filing fee' GROUP BY t.category;

-- Q100 courts | parties,attorneys,cases,courthouses | Law firms representing parties in Harbor County cases
SELECT DISTINCT a.firm_nm FROM courts.parties p JOIN courts.attorneys a ON a.bar_no = p.atty_bar JOIN courts.cases c ON c.case_no = p.case_ref JOIN courts.courthouses ch ON ch.court_cd = c.court_cd WHERE ch.county_nm = 'Harbor County';
