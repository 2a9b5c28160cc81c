-- Verification SQL for heldout5/questions.tsv (held-out 5: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the six heldout5 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 windfarm | turbines | Which machines are still covered by the OEM warranty as of March 2026?
SELECT wtg_id, oem_nm, model_cd, warranty_end_dt FROM windfarm.turbines WHERE warranty_end_dt >= '2026-03-01' AND status_cd <> 'decommissioned';

-- Q02 windfarm | daily_production | What was our total net generation across the fleet in January 2026?
SELECT sum(net_mwh) AS mwh FROM windfarm.daily_production WHERE prod_dt BETWEEN '2026-01-01' AND '2026-01-31';

-- Q03 windfarm | curtailments | How many hours were the turbines held off for bat protection in 2025?
SELECT sum(extract(epoch FROM end_ts - start_ts) / 3600) AS hours FROM windfarm.curtailments WHERE curt_reason = 'bat protection' AND start_ts >= '2025-01-01' AND start_ts < '2026-01-01';

-- Q04 windfarm | technicians | Which techs have to renew their GWO basic safety training before June 2026?
SELECT tech_nm, crew_cd, gwo_bst_exp_dt FROM windfarm.technicians WHERE gwo_bst_exp_dt < '2026-06-01' AND active_flg;

-- Q05 windfarm | fault_codes | Which Siemens Gamesa error codes clear themselves without anyone resetting the turbine?
SELECT fault_cd, fault_desc FROM windfarm.fault_codes WHERE oem_nm = 'Siemens Gamesa' AND auto_reset_flg;

-- Q06 windfarm | work_orders | How much energy did we lose on breakdown repairs that needed a crane?
SELECT sum(lost_mwh) AS lost_mwh FROM windfarm.work_orders WHERE wo_type = 'corrective' AND crane_req_flg;

-- Q07 windfarm | parts_inventory | Which spares are below their minimum stock, and in which warehouse?
SELECT part_no, part_desc, warehouse_cd, on_hand_qty, min_qty FROM windfarm.parts_inventory WHERE on_hand_qty < min_qty;

-- Q08 windfarm | sites | Which projects' service contracts with us run out in 2026, and who owns them?
SELECT site_nm, owner_co, om_contract_end_dt FROM windfarm.sites WHERE om_contract_end_dt BETWEEN '2026-01-01' AND '2026-12-31';

-- Q09 windfarm | turbine_status_log | How many hours was PR-07 parked because of ice this winter?
SELECT sum(extract(epoch FROM state_end_ts - state_start_ts) / 3600) AS hours FROM windfarm.turbine_status_log WHERE wtg_ref = 'PR-07' AND state_cd = 'icing' AND state_start_ts >= '2025-11-01';

-- Q10 windfarm | turbines, sites | List the machines at Prairie Ridge with their model and hub height.
SELECT t.wtg_id, t.model_cd, t.hub_ht_m FROM windfarm.turbines t JOIN windfarm.sites s ON s.site_cd = t.site_cd WHERE s.site_nm = 'Prairie Ridge';

-- Q11 windfarm | scada_alarms, fault_codes | Which trips in February 2026 came from the pitch system?
SELECT a.wtg_ref, a.alarm_start_ts, f.fault_cd, f.fault_desc FROM windfarm.scada_alarms a JOIN windfarm.fault_codes f ON f.fault_cd = a.fault_cd WHERE f.subsystem = 'pitch' AND a.alarm_start_ts >= '2026-02-01' AND a.alarm_start_ts < '2026-03-01';

-- Q12 windfarm | work_orders, technicians | Which technician has led the most finished jobs?
SELECT t.tech_nm, count(*) AS jobs FROM windfarm.work_orders w JOIN windfarm.technicians t ON t.emp_no = w.tech_lead_emp WHERE w.wo_status = 'completed' GROUP BY t.tech_nm ORDER BY count(*) DESC LIMIT 1;

-- Q13 windfarm | wo_parts, parts_inventory, work_orders | How many gearbox oil filters has each turbine gone through?
SELECT w.wtg_ref, sum(p.qty_used) AS filters FROM windfarm.wo_parts p JOIN windfarm.parts_inventory i ON i.part_no = p.part_no JOIN windfarm.work_orders w ON w.wo_no = p.wo_ref WHERE i.part_desc ILIKE '%oil filter%' GROUP BY w.wtg_ref;

-- Q14 windfarm | inspections, turbines | Which drone blade surveys found category 4 or 5 damage, and what make of turbine was it?
SELECT i.wtg_ref, i.insp_dt, i.finding_cat, i.finding_txt, t.oem_nm, t.model_cd FROM windfarm.inspections i JOIN windfarm.turbines t ON t.wtg_id = i.wtg_ref WHERE i.insp_type = 'blade drone' AND i.finding_cat >= 4;

-- Q15 windfarm | components, turbines, sites | How many gearbox swaps has each wind farm had, by wind farm name?
SELECT s.site_nm, count(*) AS swaps FROM windfarm.components c JOIN windfarm.turbines t ON t.wtg_id = c.wtg_ref JOIN windfarm.sites s ON s.site_cd = t.site_cd WHERE c.comp_type = 'gearbox' AND c.removed_dt IS NOT NULL GROUP BY s.site_nm;

-- Q16 windfarm | work_orders, vendors | Which crane companies have we hired, and for how many jobs each?
SELECT v.vendor_nm, count(*) AS jobs FROM windfarm.work_orders w JOIN windfarm.vendors v ON v.vendor_no = w.crane_vendor_ref WHERE v.service_type = 'crane' GROUP BY v.vendor_nm;

-- Q17 windfarm | daily_production, turbines, sites | What was the average availability of each wind farm in January 2026, by wind farm name?
SELECT s.site_nm, round(avg(d.avail_pct), 1) AS avail_pct FROM windfarm.daily_production d JOIN windfarm.turbines t ON t.wtg_id = d.wtg_ref JOIN windfarm.sites s ON s.site_cd = t.site_cd WHERE d.prod_dt BETWEEN '2026-01-01' AND '2026-01-31' GROUP BY s.site_nm;

-- Q18 trials | subjects | On protocol HF-3107, how many people didn't qualify at screening, and why?
SELECT screen_fail_reason, count(*) AS people FROM trials.subjects WHERE protocol_ref = 'HF-3107' AND screen_fail_flg GROUP BY screen_fail_reason;

-- Q19 trials | adverse_events | How many grade 3 or worse toxicities have been recorded?
SELECT count(*) FROM trials.adverse_events WHERE ctcae_grade >= 3;

-- Q20 trials | drug_kits | Which study drug kits are quarantined after a temperature excursion?
SELECT kit_no, protocol_ref, lot_no, storage_loc FROM trials.drug_kits WHERE kit_status = 'quarantined' AND temp_excursion_flg;

-- Q21 trials | studies | Which phase III cancer trials are recruiting right now?
SELECT protocol_no, short_title, sponsor_nm FROM trials.studies WHERE phase_cd = '3' AND ther_area = 'oncology' AND enrol_status = 'enrolling';

-- Q22 trials | sponsor_invoices | How much do sponsors still owe us, protocol by protocol?
SELECT protocol_ref, sum(amount_amt) AS outstanding FROM trials.sponsor_invoices WHERE paid_dt IS NULL GROUP BY protocol_ref;

-- Q23 trials | visits | How many study visits happened outside the protocol window?
SELECT count(*) FROM trials.visits WHERE window_dev_flg;

-- Q24 trials | investigators | Which doctors' Good Clinical Practice training is more than three years old as of March 2026?
SELECT inv_nm, role_cd, gcp_cert_dt FROM trials.investigators WHERE gcp_cert_dt < '2023-03-01' AND active_flg;

-- Q25 trials | stipend_payments | How much have we reimbursed participants on gift cards?
SELECT sum(amt) AS paid FROM trials.stipend_payments WHERE method = 'gift card';

-- Q26 trials | sae_reports | Which initial serious event reports reached the sponsor more than a day after we found out?
SELECT sae_no, aware_dt, report_dt FROM trials.sae_reports WHERE report_type = 'initial' AND report_dt - aware_dt > 1;

-- Q27 trials | subjects | Who came off study because of side effects, and when?
SELECT subject_id, protocol_ref, screening_no, eos_dt FROM trials.subjects WHERE eos_reason = 'adverse event';

-- Q28 trials | subjects, arms | How many patients were randomised to each treatment group of ONC-2231, with what each group gets?
SELECT a.arm_cd, a.arm_desc, count(*) AS patients FROM trials.subjects s JOIN trials.arms a ON a.protocol_ref = s.protocol_ref AND a.arm_cd = s.arm_cd WHERE s.protocol_ref = 'ONC-2231' AND s.rand_dt IS NOT NULL GROUP BY a.arm_cd, a.arm_desc;

-- Q29 trials | adverse_events, subjects | Which ONC-2231 patients had serious events the investigator thought were caused by the study drug?
SELECT s.screening_no, e.meddra_pt, e.ctcae_grade, e.relatedness FROM trials.adverse_events e JOIN trials.subjects s ON s.subject_id = e.subject_ref WHERE s.protocol_ref = 'ONC-2231' AND e.serious_flg AND e.relatedness IN ('possibly', 'probably', 'definitely');

-- Q30 trials | sae_reports, adverse_events | Which expedited safety reports has the sponsor not acknowledged yet, and what was the event?
SELECT r.sae_no, r.report_dt, e.meddra_pt, e.onset_dt FROM trials.sae_reports r JOIN trials.adverse_events e ON e.ae_id = r.ae_ref WHERE r.sponsor_ack_dt IS NULL;

-- Q31 trials | study_sites, sites, investigators | Who is the site PI for ONC-2231 at Northshore Community Oncology?
SELECT i.inv_nm FROM trials.study_sites ss JOIN trials.sites s ON s.site_no = ss.site_ref JOIN trials.investigators i ON i.inv_no = ss.site_pi_inv WHERE ss.protocol_ref = 'ONC-2231' AND s.site_nm = 'Northshore Community Oncology';

-- Q32 trials | ip_dispensing, drug_kits | Which drug lots has participant 1001 been given?
SELECT d.dispense_dt, d.kit_ref, k.lot_no, k.expiry_dt FROM trials.ip_dispensing d JOIN trials.drug_kits k ON k.kit_no = d.kit_ref WHERE d.subject_ref = 1001;

-- Q33 trials | visits, staff | How many visits has each research coordinator handled so far in 2026?
SELECT st.staff_nm, count(*) AS visits FROM trials.visits v JOIN trials.staff st ON st.emp_no = v.crc_emp WHERE v.actual_dt >= '2026-01-01' AND v.visit_status = 'completed' GROUP BY st.staff_nm;

-- Q34 trials | stipend_payments, visits | Did we pay anyone for a visit they never showed up to?
SELECT p.subject_ref, p.pay_dt, p.amt, v.visit_cd, v.sched_dt FROM trials.stipend_payments p JOIN trials.visits v ON v.visit_id = p.visit_ref WHERE v.visit_status = 'missed';

-- Q35 theatre | productions | Which Shakespeare plays are we putting on in the 2025-26 season, and who is directing?
SELECT title, director_nm, opening_dt FROM theatre.productions WHERE playwright_nm = 'William Shakespeare' AND season_cd = '2025-26';

-- Q36 theatre | performances | How many relaxed performances do we still have coming up after March 1, 2026?
SELECT count(*) FROM theatre.performances WHERE perf_type = 'relaxed' AND perf_dt > '2026-03-01' AND NOT cancelled_flg;

-- Q37 theatre | tickets | How many free seats did we hand out, and for what reasons?
SELECT comp_reason, count(*) AS seats FROM theatre.tickets WHERE comp_flg GROUP BY comp_reason;

-- Q38 theatre | orders | How much did we take at the walk-up counter versus online in February 2026?
SELECT sales_channel, sum(total_amt) AS takings FROM theatre.orders WHERE sales_channel IN ('window', 'web') AND order_ts >= '2026-02-01' AND order_ts < '2026-03-01' AND order_status = 'complete' GROUP BY sales_channel;

-- Q39 theatre | subscriptions | How many Full Season packages for 2025-26 were renewals rather than new subscribers?
SELECT renewal_flg, count(*) FROM theatre.subscriptions WHERE package_nm = 'Full Season' AND season_cd = '2025-26' GROUP BY renewal_flg;

-- Q40 theatre | donations | How much unrestricted money has come in to the Annual Fund since July 2025?
SELECT sum(gift_amt) AS raised FROM theatre.donations WHERE fund_nm = 'Annual Fund' AND gift_dt >= '2025-07-01';

-- Q41 theatre | tickets | How much have we refunded in total, broken down by the reason given?
SELECT refund_reason, sum(refund_amt) AS refunded FROM theatre.tickets WHERE refund_flg GROUP BY refund_reason;

-- Q42 theatre | bar_sales | How much wine did the lobby bars sell?
SELECT sum(qty) AS glasses, sum(amt) AS revenue FROM theatre.bar_sales WHERE item_cat = 'wine';

-- Q43 theatre | seats, stages | How many wheelchair spaces does the Main Stage house have?
SELECT count(*) FROM theatre.seats s JOIN theatre.stages st ON st.stage_no = s.stage_ref WHERE st.stage_nm = 'Main Stage' AND s.wheelchair_flg;

-- Q44 theatre | performances, productions | When are the previews of Hedda Gabler?
SELECT p.perf_dt, p.curtain_tm FROM theatre.performances p JOIN theatre.productions pr ON pr.prod_cd = p.prod_ref WHERE pr.title = 'Hedda Gabler' AND p.perf_type = 'preview' ORDER BY p.perf_dt;

-- Q45 theatre | tickets, performances, productions | How many paid tickets have we issued for each show, by title?
SELECT pr.title, count(*) AS tickets FROM theatre.tickets t JOIN theatre.performances p ON p.perf_id = t.perf_ref JOIN theatre.productions pr ON pr.prod_cd = p.prod_ref WHERE NOT t.comp_flg AND t.ticket_status = 'issued' GROUP BY pr.title;

-- Q46 theatre | orders, patrons | Which patrons from Evanston booked by phone?
SELECT DISTINCT pa.first_nm, pa.last_nm, o.order_no, o.order_ts FROM theatre.orders o JOIN theatre.patrons pa ON pa.patron_no = o.patron_ref WHERE pa.city = 'Evanston' AND o.sales_channel = 'phone';

-- Q47 theatre | castings, actors, productions | Who are the understudies in Hedda Gabler and which parts do they cover?
SELECT a.actor_nm, c.role_nm FROM theatre.castings c JOIN theatre.actors a ON a.actor_no = c.actor_ref JOIN theatre.productions p ON p.prod_cd = c.prod_ref WHERE p.title = 'Hedda Gabler' AND c.understudy_flg;

-- Q48 theatre | tickets, staff | Which box office associate has sold the most tickets?
SELECT s.emp_nm, count(*) AS sold FROM theatre.tickets t JOIN theatre.staff s ON s.emp_no = t.sold_by_emp WHERE s.dept_nm = 'box office' AND NOT t.comp_flg GROUP BY s.emp_nm ORDER BY count(*) DESC LIMIT 1;

-- Q49 theatre | subscriptions, patrons | Which 2025-26 season ticket holders have opted out of our emails?
SELECT pa.first_nm, pa.last_nm, s.package_nm FROM theatre.subscriptions s JOIN theatre.patrons pa ON pa.patron_no = s.patron_ref WHERE s.season_cd = '2025-26' AND NOT pa.email_opt_in_flg;

-- Q50 theatre | donations, patrons | Who has given more than $1,000 in total, and what are their email addresses?
SELECT pa.first_nm, pa.last_nm, pa.email_addr, sum(d.gift_amt) AS total FROM theatre.donations d JOIN theatre.patrons pa ON pa.patron_no = d.patron_ref GROUP BY pa.patron_no, pa.first_nm, pa.last_nm, pa.email_addr HAVING sum(d.gift_amt) > 1000;

-- Q51 theatre | bar_sales, performances | Which show date brought in the most at the bar?
SELECT p.perf_dt, p.curtain_tm, sum(b.amt) AS takings FROM theatre.bar_sales b JOIN theatre.performances p ON p.perf_id = b.perf_ref GROUP BY p.perf_dt, p.curtain_tm ORDER BY takings DESC LIMIT 1;

-- Q52 eventvenue | inquiries | How many leads did we lose on price, and how many because the date was already taken?
SELECT lost_reason, count(*) AS leads FROM eventvenue.inquiries WHERE inq_status = 'lost' AND lost_reason IN ('price', 'date unavailable') GROUP BY lost_reason;

-- Q53 eventvenue | events | Which June 2026 weddings are expecting more than 150 guests?
SELECT event_no, event_dt, guest_cnt_contract FROM eventvenue.events WHERE event_type = 'wedding' AND event_dt BETWEEN '2026-06-01' AND '2026-06-30' AND coalesce(guest_cnt_final, guest_cnt_contract) > 150;

-- Q54 eventvenue | spaces | Which rooms can hold 200 or more people for a sit-down dinner?
SELECT space_nm, seated_cap, indoor_flg FROM eventvenue.spaces WHERE seated_cap >= 200;

-- Q55 eventvenue | vendors | Which recommended vendors have let their insurance certificates lapse as of March 2026?
SELECT vendor_nm, category, coi_exp_dt FROM eventvenue.vendors WHERE preferred_flg AND coi_exp_dt < '2026-03-01';

-- Q56 eventvenue | client_pmts | How much did we take in retainers during 2025?
SELECT sum(pmt_amt) AS deposits FROM eventvenue.client_pmts WHERE pmt_type = 'deposit' AND pmt_dt BETWEEN '2025-01-01' AND '2025-12-31';

-- Q57 eventvenue | menu_items | Which dishes on our menu are both vegan and gluten-free?
SELECT item_nm, course_cd FROM eventvenue.menu_items WHERE diet_tags LIKE '%VG%' AND diet_tags LIKE '%GF%';

-- Q58 eventvenue | events | Which parties went over time past the noise curfew, and by how many hours?
SELECT event_no, event_dt, overtime_hrs FROM eventvenue.events WHERE overtime_hrs > 0;

-- Q59 eventvenue | events | Which upcoming events have missed the deadline for their final guest count as of March 1, 2026?
SELECT event_no, event_type, event_dt, headcount_due_dt FROM eventvenue.events WHERE guest_cnt_final IS NULL AND headcount_due_dt < '2026-03-01' AND event_status = 'contracted';

-- Q60 eventvenue | events, clients | Which couples from Austin have booked their wedding with us, and for what date?
SELECT c.primary_nm, c.partner_nm, e.event_dt FROM eventvenue.events e JOIN eventvenue.clients c ON c.client_no = e.client_ref WHERE c.city = 'Austin' AND e.event_type = 'wedding' AND e.event_status <> 'cancelled';

-- Q61 eventvenue | events, spaces | For each outdoor ceremony on the books, where do we move it if it rains?
SELECT e.event_no, e.event_dt, s.space_nm AS ceremony_at, s.rain_plan_space FROM eventvenue.events e JOIN eventvenue.spaces s ON s.space_cd = e.ceremony_space WHERE NOT s.indoor_flg AND e.event_status = 'contracted';

-- Q62 eventvenue | event_vendors, vendors, events | Which photographers are booked for weddings in June 2026?
SELECT v.vendor_nm, e.event_no, e.event_dt FROM eventvenue.event_vendors ev JOIN eventvenue.vendors v ON v.vendor_id = ev.vendor_ref JOIN eventvenue.events e ON e.event_no = ev.event_ref WHERE v.category = 'photographer' AND e.event_type = 'wedding' AND e.event_dt BETWEEN '2026-06-01' AND '2026-06-30';

-- Q63 eventvenue | event_menu, menu_items | How many plates of the short rib have been ordered across all events?
SELECT sum(em.plates_qty) AS plates FROM eventvenue.event_menu em JOIN eventvenue.menu_items m ON m.item_cd = em.item_cd WHERE m.item_nm ILIKE '%short rib%';

-- Q64 eventvenue | client_pmts, events, clients | What balance does each couple still owe on their wedding contract?
SELECT c.primary_nm, c.partner_nm, e.event_no, e.contract_total_amt - coalesce(sum(p.pmt_amt), 0) AS balance FROM eventvenue.events e JOIN eventvenue.clients c ON c.client_no = e.client_ref LEFT JOIN eventvenue.client_pmts p ON p.event_ref = e.event_no WHERE e.event_type = 'wedding' GROUP BY c.primary_nm, c.partner_nm, e.event_no, e.contract_total_amt;

-- Q65 eventvenue | vendor_invoices, vendors | Which vendor bills are still unpaid, and who sent them?
SELECT v.vendor_nm, i.inv_no, i.inv_dt, i.inv_amt FROM eventvenue.vendor_invoices i JOIN eventvenue.vendors v ON v.vendor_id = i.vendor_ref WHERE NOT i.paid_flg;

-- Q66 eventvenue | shifts, staff | How many hours did each person behind the bar work in 2025, by name?
SELECT st.emp_nm, round(sum(extract(epoch FROM sh.clock_out_ts - sh.clock_in_ts) / 3600), 1) AS hours FROM eventvenue.shifts sh JOIN eventvenue.staff st ON st.emp_no = sh.emp_ref WHERE sh.role_cd = 'bartender' AND sh.clock_in_ts >= '2025-01-01' AND sh.clock_in_ts < '2026-01-01' GROUP BY st.emp_nm;

-- Q67 eventvenue | inquiries, staff | How many inquiries has each sales planner turned into a booking?
SELECT st.emp_nm, count(*) AS booked FROM eventvenue.inquiries i JOIN eventvenue.staff st ON st.emp_no = i.planner_emp WHERE i.inq_status = 'booked' GROUP BY st.emp_nm;

-- Q68 wastehaul | trucks | How many natural-gas trucks do we run out of the north yard?
SELECT count(*) FROM wastehaul.trucks WHERE fuel_type = 'CNG' AND yard_cd = 'NORTH' AND in_service_flg;

-- Q69 wastehaul | facilities | What is the per-ton dumping charge at each landfill and transfer station?
SELECT facility_nm, facility_type, tip_rate_per_ton FROM wastehaul.facilities WHERE facility_type IN ('landfill', 'transfer station');

-- Q70 wastehaul | drivers | Whose commercial driver's licences run out before June 2026?
SELECT driver_nm, cdl_class, cdl_exp_dt FROM wastehaul.drivers WHERE cdl_exp_dt < '2026-06-01';

-- Q71 wastehaul | service_requests | How many missed-collection complaints are still open?
SELECT count(*) FROM wastehaul.service_requests WHERE req_type = 'missed pickup' AND req_status = 'open';

-- Q72 wastehaul | invoices | Which bills were overdue as of March 1, 2026, and how much is still owed on each?
SELECT inv_no, cust_ref, due_dt, total_amt - paid_amt AS owed FROM wastehaul.invoices WHERE due_dt < '2026-03-01' AND paid_amt < total_amt;

-- Q73 wastehaul | route_runs | On which days did a route finish with stops left unserviced, and how many?
SELECT run_dt, route_ref, missed_qty FROM wastehaul.route_runs WHERE missed_qty > 0 ORDER BY run_dt;

-- Q74 wastehaul | containers | How many 30-yard roll-off boxes are out at customer sites right now?
SELECT count(*) FROM wastehaul.containers WHERE container_type = 'roll-off' AND size_yd = 30 AND loc_ref IS NOT NULL AND removed_dt IS NULL;

-- Q75 wastehaul | customers | Which business accounts have had their service suspended for non-payment?
SELECT cust_no, cust_nm, city FROM wastehaul.customers WHERE cust_class = 'COMM' AND credit_hold_flg;

-- Q76 wastehaul | disposal_tickets, facilities | How many tons did we tip at the Greenfield MRF in January 2026?
SELECT sum(d.net_tons) AS tons FROM wastehaul.disposal_tickets d JOIN wastehaul.facilities f ON f.facility_id = d.facility_ref WHERE f.facility_nm = 'Greenfield MRF' AND d.ticket_ts >= '2026-01-01' AND d.ticket_ts < '2026-02-01';

-- Q77 wastehaul | route_runs, drivers | How many tons did each driver haul in January 2026?
SELECT dr.driver_nm, sum(r.tons_collected) AS tons FROM wastehaul.route_runs r JOIN wastehaul.drivers dr ON dr.driver_no = r.driver_ref WHERE r.run_dt BETWEEN '2026-01-01' AND '2026-01-31' GROUP BY dr.driver_nm;

-- Q78 wastehaul | containers, service_locations, customers | Which customers have a compactor on site, and at what address?
SELECT cu.cust_nm, sl.street_addr, c.asset_tag, c.size_yd FROM wastehaul.containers c JOIN wastehaul.service_locations sl ON sl.loc_id = c.loc_ref JOIN wastehaul.customers cu ON cu.cust_no = sl.cust_ref WHERE c.container_type = 'compactor' AND c.removed_dt IS NULL;

-- Q79 wastehaul | service_requests, customers | Which customers in Fairview have called in a missed pickup?
SELECT c.cust_nm, r.opened_ts, r.req_status FROM wastehaul.service_requests r JOIN wastehaul.customers c ON c.cust_no = r.cust_ref WHERE c.city = 'Fairview' AND r.req_type = 'missed pickup';

-- Q80 wastehaul | contamination_notices, service_locations | At which addresses did drivers tag recycling for bagged material?
SELECT DISTINCT sl.street_addr, sl.city FROM wastehaul.contamination_notices n JOIN wastehaul.service_locations sl ON sl.loc_id = n.loc_ref WHERE n.issue_cd = 'plastic bags in recycling';

-- Q81 wastehaul | route_runs, trucks | What fuel economy, in miles per gallon, do the automated side loaders get?
SELECT t.fuel_type, round(sum(r.miles_driven) / sum(r.fuel_used), 2) AS mpg FROM wastehaul.route_runs r JOIN wastehaul.trucks t ON t.truck_no = r.truck_ref WHERE t.body_type = 'ASL' GROUP BY t.fuel_type;

-- Q82 wastehaul | service_agreements, service_locations | Which addresses get their trash collected twice a week, and on which days?
SELECT sl.street_addr, sl.city, a.pickup_days FROM wastehaul.service_agreements a JOIN wastehaul.service_locations sl ON sl.loc_id = a.loc_ref WHERE a.stream = 'MSW' AND a.pickup_freq = '2x/wk';

-- Q83 wastehaul | disposal_tickets, route_runs, routes | What did each route pay in tipping fees in January 2026, by route name?
SELECT ro.route_nm, sum(d.tip_fee_amt) AS tip_fees FROM wastehaul.disposal_tickets d JOIN wastehaul.route_runs r ON r.run_id = d.run_ref JOIN wastehaul.routes ro ON ro.route_cd = r.route_ref WHERE d.ticket_ts >= '2026-01-01' AND d.ticket_ts < '2026-02-01' GROUP BY ro.route_nm;

-- Q84 wastehaul | invoices | How much fuel surcharge did we bill in the first quarter of 2026?
SELECT sum(fuel_surchg_amt) AS fuel_surcharge FROM wastehaul.invoices WHERE inv_dt BETWEEN '2026-01-01' AND '2026-03-31';

-- Q85 museum | objects | How many works from the Asian art department are on display right now?
SELECT count(*) FROM museum.objects WHERE dept_cd = 'ASIA' AND on_view_flg AND NOT coalesce(deaccessioned_flg, false);

-- Q86 museum | loans_out | Which of our pieces lent to other museums were due back before March 2026 and still haven't returned?
SELECT loan_out_no, accession_ref, borrower_inst, return_due_dt FROM museum.loans_out WHERE return_due_dt < '2026-03-01' AND returned_dt IS NULL;

-- Q87 museum | acquisitions | How much did we spend buying art in 2024 and 2025, fund by fund?
SELECT fund_nm, sum(price_amt) AS spent FROM museum.acquisitions WHERE acq_method = 'purchase' AND acq_dt BETWEEN '2024-01-01' AND '2025-12-31' GROUP BY fund_nm;

-- Q88 museum | exhibitions | Which temporary shows close before the end of June 2026?
SELECT exh_title, open_dt, close_dt FROM museum.exhibitions WHERE exh_type = 'temporary' AND close_dt < '2026-07-01';

-- Q89 museum | admissions | How many members came through the door in January 2026?
SELECT sum(qty) AS member_visits FROM museum.admissions WHERE member_flg AND visit_dt BETWEEN '2026-01-01' AND '2026-01-31';

-- Q90 museum | conservation_treatments | How many bench hours went into conservation work started in 2025?
SELECT sum(hours_spent) AS hours FROM museum.conservation_treatments WHERE start_dt BETWEEN '2025-01-01' AND '2025-12-31';

-- Q91 museum | condition_reports | Which objects were checked over before being sent out on loan?
SELECT accession_ref, report_dt, condition_cd FROM museum.condition_reports WHERE report_reason = 'outgoing loan';

-- Q92 museum | objects | Which works haven't been sighted in an inventory since before 2020?
SELECT accession_no, title, location_ref, last_inventory_dt FROM museum.objects WHERE last_inventory_dt < '2020-01-01';

-- Q93 museum | loans_in | Which borrowed pieces have to go back to their owners in April 2026?
SELECT loan_in_no, lender_nm, object_desc, return_due_dt FROM museum.loans_in WHERE return_due_dt BETWEEN '2026-04-01' AND '2026-04-30';

-- Q94 museum | conservation_treatments | What did we spend on conservation materials for treatments in 2025?
SELECT sum(materials_cost_amt) AS materials FROM museum.conservation_treatments WHERE start_dt BETWEEN '2025-01-01' AND '2025-12-31';

-- Q95 museum | objects, makers | Which works by Mary Cassatt do we own, and where are they now?
SELECT o.accession_no, o.title, o.location_ref FROM museum.objects o JOIN museum.makers m ON m.maker_id = o.maker_ref WHERE m.display_nm = 'Mary Cassatt';

-- Q96 museum | exhibition_objects, objects, exhibitions | Which pieces from our own collection are in the Rivers of Clay show?
SELECT o.accession_no, o.title, eo.case_no FROM museum.exhibition_objects eo JOIN museum.objects o ON o.accession_no = eo.accession_ref JOIN museum.exhibitions e ON e.exh_cd = eo.exh_ref WHERE e.exh_title LIKE 'Rivers of Clay%';

-- Q97 museum | loans_in, exhibitions | Which borrowed works are in exhibitions open in mid-March 2026, and who lent them?
SELECT l.object_desc, l.lender_nm, e.exh_title FROM museum.loans_in l JOIN museum.exhibitions e ON e.exh_cd = l.exh_ref WHERE e.open_dt <= '2026-03-15' AND (e.close_dt IS NULL OR e.close_dt >= '2026-03-15');

-- Q98 museum | condition_reports, objects | Which works were found in poor shape and need treatment, with their titles?
SELECT o.accession_no, o.title, c.report_dt, c.findings_txt FROM museum.condition_reports c JOIN museum.objects o ON o.accession_no = c.accession_ref WHERE c.condition_cd = 'poor' AND c.treatment_needed_flg;

-- Q99 museum | objects, acquisitions | Which objects did we buy, and what was paid for each purchase?
SELECT o.accession_no, o.title, a.acq_no, a.price_amt, a.dealer_nm FROM museum.objects o JOIN museum.acquisitions a ON a.acq_no = o.acq_ref WHERE a.acq_method = 'purchase';

-- Q100 museum | object_moves, locations | What was moved into cold storage in February 2026?
SELECT m.accession_ref, m.move_dt, l.loc_nm FROM museum.object_moves m JOIN museum.locations l ON l.loc_cd = m.to_loc WHERE l.loc_type = 'cold storage' AND m.move_dt BETWEEN '2026-02-01' AND '2026-02-28';
