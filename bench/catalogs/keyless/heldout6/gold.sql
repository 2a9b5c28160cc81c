-- Verification SQL for heldout6/questions.tsv (held-out 6: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the six heldout6 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 bakery | staff | Whose forklift certification runs out before April 2026?
SELECT emp_nm, job_title, forklift_exp_dt FROM bakery.staff WHERE forklift_exp_dt < '2026-04-01' AND active_flg;

-- Q02 bakery | ingredients | Which of our raw materials contain sesame?
SELECT ingr_cd, ingr_nm FROM bakery.ingredients WHERE allergen_cd = 'sesame';

-- Q03 bakery | ingr_lots, vendors | Which deliveries did we reject or put on hold at receiving, and who was the supplier?
SELECT l.lot_no, l.ingr_cd, l.lot_status, v.vendor_nm FROM bakery.ingr_lots l JOIN bakery.vendors v ON v.vendor_no = l.vendor_ref WHERE l.lot_status IN ('rejected', 'on hold');

-- Q04 bakery | skus | What's the list price on the brioche buns?
SELECT item_nm, pack_cnt, list_price_amt FROM bakery.skus WHERE item_nm ILIKE '%brioche%';

-- Q05 bakery | prod_batches | What was our scrap rate on the bun line from March 2 to March 4?
SELECT sum(scrap_units)::numeric / sum(planned_units) * 100 AS scrap_pct FROM bakery.prod_batches WHERE line_cd = 'BN1' AND prod_dt BETWEEN '2026-03-02' AND '2026-03-04';

-- Q06 bakery | skus, formula_lines, ingredients | Which of our products have a milk ingredient in the recipe?
SELECT DISTINCT s.sku_cd, s.item_nm FROM bakery.skus s JOIN bakery.formula_lines f ON f.formula_no = s.formula_ref JOIN bakery.ingredients i ON i.ingr_cd = f.ingr_cd WHERE i.allergen_cd = 'milk';

-- Q07 bakery | prod_batches | Which batches came out of the oven without reaching 93 degrees in the middle of the loaf?
SELECT batch_no, sku_cd, line_cd, core_temp_c, qa_status FROM bakery.prod_batches WHERE core_temp_c < 93;

-- Q08 bakery | standing_orders, accounts | How many units in total do the FreshWay stores get from us on a Monday on their regular order?
SELECT sum(o.mon_qty) AS monday_units FROM bakery.standing_orders o JOIN bakery.accounts a ON a.acct_no = o.acct_no WHERE a.chain_nm = 'FreshWay' AND (o.end_dt IS NULL OR o.end_dt >= '2026-03-01');

-- Q09 bakery | sanitation_log | Did any swab fail after a sesame changeover?
SELECT san_id, line_cd, start_ts, atp_rlu FROM bakery.sanitation_log WHERE allergen_from ILIKE '%sesame%' AND NOT pass_flg;

-- Q10 bakery | stale_returns, accounts | How much did we credit back for returns in February, chain by chain?
SELECT coalesce(a.chain_nm, a.acct_nm) AS customer, sum(r.credit_amt) AS credit FROM bakery.stale_returns r JOIN bakery.accounts a ON a.acct_no = r.acct_ref WHERE r.pickup_dt BETWEEN '2026-02-01' AND '2026-02-28' GROUP BY coalesce(a.chain_nm, a.acct_nm);

-- Q11 bakery | downtime_log | How many minutes did we lose to mechanical breakdowns in March?
SELECT sum(down_min) AS minutes FROM bakery.downtime_log WHERE cause_cat = 'mechanical' AND down_start_ts >= '2026-03-01' AND down_start_ts < '2026-04-01';

-- Q12 bakery | spot_orders, accounts | Which extra one-off orders are still open, and for which customer?
SELECT o.order_no, a.acct_nm, o.sku_cd, o.order_qty, o.deliver_dt FROM bakery.spot_orders o JOIN bakery.accounts a ON a.acct_no = o.acct_ref WHERE o.ord_status = 'open';

-- Q13 bakery | prod_batches, ingr_lots | Did we bake anything with yeast that was already past its best-by date?
SELECT b.batch_no, b.prod_dt, b.yeast_lot, l.best_by_dt FROM bakery.prod_batches b JOIN bakery.ingr_lots l ON l.lot_no = b.yeast_lot WHERE b.prod_dt > l.best_by_dt;

-- Q14 bakery | vendors | Which suppliers don't have a GFSI certificate?
SELECT vendor_nm, city_nm, state_cd FROM bakery.vendors WHERE gfsi_scheme IS NULL;

-- Q15 bakery | formulas, staff | Who approved the current croissant formula, and when?
SELECT f.formula_nm, f.rev_no, s.emp_nm, f.approved_dt FROM bakery.formulas f JOIN bakery.staff s ON s.emp_no = f.approved_by WHERE f.formula_nm ILIKE '%croissant%';

-- Q16 bakery | stale_returns | How much credit did we give stores for mouldy product?
SELECT sum(credit_amt) AS credit FROM bakery.stale_returns WHERE reason_cd = 'mould';

-- Q17 bakery | formulas, formula_lines, ingredients | How many kilos of butter go into one batch of croissant dough?
SELECT sum(l.kg_per_batch) AS butter_kg FROM bakery.formulas f JOIN bakery.formula_lines l ON l.formula_no = f.formula_no JOIN bakery.ingredients i ON i.ingr_cd = l.ingr_cd WHERE f.formula_nm ILIKE '%croissant%' AND i.ingr_nm ILIKE '%butter%';

-- Q18 diveshop | rental_gear | Which rental regulators are overdue for their annual service?
SELECT asset_tag, brand_nm, model_nm, next_svc_due_dt FROM diveshop.rental_gear WHERE gear_type = 'regulator' AND next_svc_due_dt < '2026-03-01' AND gear_status <> 'retired';

-- Q19 diveshop | dive_staff | Whose pro liability insurance lapses before summer?
SELECT staff_nm, pro_rating, liab_ins_exp_dt FROM diveshop.dive_staff WHERE liab_ins_exp_dt < '2026-06-01';

-- Q20 diveshop | trip_bookings, boat_trips | How many no-shows did we have on the boats in February?
SELECT count(*) AS no_shows FROM diveshop.trip_bookings b JOIN diveshop.boat_trips t ON t.trip_no = b.trip_ref WHERE b.no_show_flg AND t.trip_dt BETWEEN '2026-02-01' AND '2026-02-28';

-- Q21 diveshop | dive_sites | Which spots can we take an Open Water diver to?
SELECT site_nm, site_type, max_depth_m FROM diveshop.dive_sites WHERE min_cert = 'Open Water';

-- Q22 diveshop | boat_trips | What were the average vis and water temperature on the trips that went out in February?
SELECT avg(vis_m) AS vis_m, avg(water_temp_c) AS temp_c FROM diveshop.boat_trips WHERE trip_status = 'ran' AND trip_dt BETWEEN '2026-02-01' AND '2026-02-28';

-- Q23 diveshop | class_roster, divers | Who got their certification card in February?
SELECT d.first_nm, d.last_nm, r.card_issued_dt FROM diveshop.class_roster r JOIN diveshop.divers d ON d.diver_no = r.diver_ref WHERE r.card_issued_dt BETWEEN '2026-02-01' AND '2026-02-28';

-- Q24 diveshop | boat_trips | Did any boat leave the dock without the O2 kit being checked?
SELECT trip_no, trip_dt, vessel_cd, notes_txt FROM diveshop.boat_trips WHERE trip_status = 'ran' AND NOT o2_kit_chk_flg;

-- Q25 diveshop | fill_log | Which nitrox fills analysed more than a point off the mix?
SELECT fill_id, cyl_serial, gas_mix, o2_analyzed_pct FROM diveshop.fill_log WHERE gas_mix LIKE 'EAN%' AND abs(o2_analyzed_pct - substr(gas_mix, 4)::numeric) > 1;

-- Q26 diveshop | courses, classes, class_roster | How much have the nitrox course sign-ups brought in?
SELECT sum(r.paid_amt) AS revenue FROM diveshop.courses c JOIN diveshop.classes k ON k.course_cd = c.course_cd JOIN diveshop.class_roster r ON r.class_ref = k.class_no WHERE c.course_nm ILIKE '%nitrox%';

-- Q27 diveshop | gear_rentals, divers | Which rented items haven't come back yet, and who has them?
SELECT g.asset_tag, g.due_dt, d.first_nm, d.last_nm FROM diveshop.gear_rentals g JOIN diveshop.divers d ON d.diver_no = g.diver_ref WHERE g.returned_dt IS NULL;

-- Q28 diveshop | gear_service_log | Which cylinders failed their hydro?
SELECT asset_tag, svc_dt, tech_nm FROM diveshop.gear_service_log WHERE svc_type = 'hydrostatic test' AND result_cd = 'fail';

-- Q29 diveshop | divers | Which customers have a medical form more than twelve months old as of March 5?
SELECT first_nm, last_nm, med_form_dt FROM diveshop.divers WHERE med_form_dt < '2025-03-05';

-- Q30 diveshop | classes, dive_staff | Who's teaching the classes scheduled for March?
SELECT k.class_no, k.course_cd, k.start_dt, s.staff_nm FROM diveshop.classes k JOIN diveshop.dive_staff s ON s.staff_id = k.lead_instr WHERE k.start_dt BETWEEN '2026-03-01' AND '2026-03-31' AND k.class_status = 'scheduled';

-- Q31 diveshop | boat_trips, boats | How many divers did the Sea Robin take out in February?
SELECT sum(t.showed_pax) AS divers FROM diveshop.boat_trips t JOIN diveshop.boats b ON b.vessel_cd = t.vessel_cd WHERE b.vessel_nm = 'Sea Robin' AND t.trip_dt BETWEEN '2026-02-01' AND '2026-02-28';

-- Q32 diveshop | divers, trip_bookings, boat_trips, dive_sites | Were any Open Water-only divers booked onto dives at advanced sites?
SELECT DISTINCT d.first_nm, d.last_nm, t.trip_no, s.site_nm FROM diveshop.divers d JOIN diveshop.trip_bookings b ON b.diver_ref = d.diver_no JOIN diveshop.boat_trips t ON t.trip_no = b.trip_ref JOIN diveshop.dive_sites s ON s.site_no IN (t.site_1, t.site_2) WHERE d.cert_lvl = 'Open Water' AND s.min_cert = 'Advanced Open Water';

-- Q33 diveshop | boat_trips, dive_sites | How many trips did we run to the wrecks, site by site?
SELECT s.site_nm, count(*) AS trips FROM diveshop.boat_trips t JOIN diveshop.dive_sites s ON s.site_no IN (t.site_1, t.site_2) WHERE s.site_type = 'wreck' AND t.trip_status = 'ran' GROUP BY s.site_nm;

-- Q34 diveshop | divers | Where do our customers come from, country by country?
SELECT home_country, count(*) AS customers FROM diveshop.divers GROUP BY home_country ORDER BY customers DESC;

-- Q35 marina | slips | Which slips have enough water for a boat drawing 7 feet at low tide?
SELECT slip_no, slip_type, mlw_depth_ft FROM marina.slips WHERE mlw_depth_ft > 7;

-- Q36 marina | vessels | Which boats don't have current insurance on file?
SELECT vessel_nm, ins_carrier, ins_exp_dt FROM marina.vessels WHERE ins_exp_dt IS NULL OR ins_exp_dt < '2026-03-05';

-- Q37 marina | slip_waitlist, boat_owners | Who's first in line for a covered slip?
SELECT o.owner_nm, w.queue_pos, w.added_dt FROM marina.slip_waitlist w JOIN marina.boat_owners o ON o.owner_no = w.owner_ref WHERE w.slip_type_wanted = 'covered' AND w.wait_status = 'waiting' ORDER BY w.queue_pos LIMIT 1;

-- Q38 marina | fuel_sales | How many gallons of diesel did we pump last fall?
SELECT sum(gal_qty) AS gallons FROM marina.fuel_sales WHERE fuel_grade = 'diesel' AND sale_ts >= '2025-09-01' AND sale_ts < '2025-12-01';

-- Q39 marina | slip_leases, boat_owners | What are our annual slip holders paying per foot this year?
SELECT o.owner_nm, l.slip_ref, l.rate_per_ft_amt FROM marina.slip_leases l JOIN marina.boat_owners o ON o.owner_no = l.owner_ref WHERE l.lease_term = 'annual' AND l.start_dt >= '2026-01-01';

-- Q40 marina | yard_orders | Which yard jobs are stuck waiting on parts or on the owner?
SELECT ro_no, job_cat, ro_status, opened_dt FROM marina.yard_orders WHERE ro_status IN ('waiting parts', 'waiting owner');

-- Q41 marina | storage_contracts, vessels | Which boats are in the heated shed this winter?
SELECT v.vessel_nm, v.builder_nm, s.rack_loc FROM marina.storage_contracts s JOIN marina.vessels v ON v.hull_id = s.hull_ref WHERE s.storage_type = 'indoor heated' AND s.season_cd = 'winter 2025-26';

-- Q42 marina | transient_stays | Which visiting boats booked through Dockwa, and how many nights did each stay?
SELECT boat_nm, arrive_dt, depart_dt - arrive_dt AS nights FROM marina.transient_stays WHERE booked_via = 'Dockwa';

-- Q43 marina | yard_orders | Which repair orders were finished later than we promised?
SELECT ro_no, job_cat, promised_dt, completed_dt FROM marina.yard_orders WHERE completed_dt > promised_dt;

-- Q44 marina | harbor_log, vessels | How many bilge alarms have we had on Old Salt?
SELECT count(*) AS alarms FROM marina.harbor_log h JOIN marina.vessels v ON v.hull_id = h.hull_ref WHERE v.vessel_nm = 'Old Salt' AND h.event_cat = 'bilge alarm';

-- Q45 marina | boat_owners | Who owes us money right now, and how much?
SELECT owner_nm, acct_bal_amt FROM marina.boat_owners WHERE acct_bal_amt > 0;

-- Q46 marina | yard_orders, staff, boat_owners | Which techs worked on Chesapeake Charters' boats, and on what jobs?
SELECT s.emp_nm, y.ro_no, y.job_cat FROM marina.yard_orders y JOIN marina.staff s ON s.emp_no = y.tech_emp JOIN marina.boat_owners o ON o.owner_no = y.owner_ref WHERE o.owner_nm ILIKE 'Chesapeake Charters%';

-- Q47 marina | pumpout_log | How many pump-outs did the pump-out boat do last season, and how many gallons?
SELECT count(*) AS pumpouts, sum(gal_est) AS gallons FROM marina.pumpout_log WHERE station_cd = 'PB' AND pump_dt BETWEEN '2025-04-01' AND '2025-11-30';

-- Q48 marina | fuel_sales, boat_owners | What fuel has Bob Denton charged to his account?
SELECT f.sale_ts, f.boat_nm, f.fuel_grade, f.gal_qty, f.sale_amt FROM marina.fuel_sales f JOIN marina.boat_owners o ON o.owner_no = f.charged_to_owner WHERE o.owner_nm = 'Bob Denton';

-- Q49 marina | slip_leases, slips, vessels | Is any leased boat wider than the slip it's assigned to?
SELECT l.lease_no, v.vessel_nm, v.beam_ft, s.slip_no, s.max_beam_ft FROM marina.slip_leases l JOIN marina.slips s ON s.slip_no = l.slip_ref JOIN marina.vessels v ON v.hull_id = l.hull_ref WHERE v.beam_ft > s.max_beam_ft;

-- Q50 marina | slips | What's the annual rate per foot for a covered slip with 50 amp power?
SELECT slip_no, annual_rate_per_ft FROM marina.slips WHERE slip_type = 'covered' AND shore_power = '50A';

-- Q51 marina | staff | Who on the crew is ABYC certified?
SELECT emp_nm, title_txt, certs_txt FROM marina.staff WHERE certs_txt ILIKE '%ABYC%';

-- Q52 bloodbank | donors | How many active O-negative donors are CMV negative?
SELECT count(*) AS donors FROM bloodbank.donors WHERE abo_cd = 'O' AND rh_cd = 'neg' AND cmv_neg_flg AND donor_status = 'active';

-- Q53 bloodbank | blood_drives | Which drives this winter missed their goal?
SELECT drive_no, host_org, goal_units, collected_units FROM bloodbank.blood_drives WHERE collected_units < goal_units AND drive_dt BETWEEN '2025-12-01' AND '2026-02-28';

-- Q54 bloodbank | donations, donors | Which donors had a reaction while giving, and what kind?
SELECT d.first_nm, d.last_nm, n.collect_dt, n.rxn_cd, n.rxn_sev FROM bloodbank.donations n JOIN bloodbank.donors d ON d.donor_no = n.donor_ref WHERE n.rxn_cd IS NOT NULL;

-- Q55 bloodbank | components | How many red cell units do we have on the shelf, by blood type?
SELECT abo_rh, count(*) AS units FROM bloodbank.components WHERE comp_type = 'RBC' AND unit_status = 'available' GROUP BY abo_rh;

-- Q56 bloodbank | donations | Which collections are still waiting on their infectious disease testing?
SELECT din, collect_dt, proc_cd FROM bloodbank.donations WHERE tti_status = 'pending';

-- Q57 bloodbank | test_results, donations, donors | Which donors had a repeat-reactive screening test, and on which marker?
SELECT d.first_nm, d.last_nm, t.marker_cd, t.run_dt FROM bloodbank.test_results t JOIN bloodbank.donations n ON n.din = t.din_ref JOIN bloodbank.donors d ON d.donor_no = n.donor_ref WHERE t.interp_cd = 'RR';

-- Q58 bloodbank | test_menu | Which tests do we only run during mosquito season?
SELECT marker_cd, marker_nm FROM bloodbank.test_menu WHERE seasonal_flg;

-- Q59 bloodbank | hospitals, hosp_orders, order_lines | How many units did Riverside get on their STAT orders?
SELECT o.order_no, sum(l.qty_filled) AS units FROM bloodbank.hospitals h JOIN bloodbank.hosp_orders o ON o.hosp_ref = h.hosp_cd JOIN bloodbank.order_lines l ON l.order_ref = o.order_no WHERE h.hosp_nm ILIKE 'Riverside%' AND o.priority_cd = 'STAT' GROUP BY o.order_no;

-- Q60 bloodbank | discard_log | How many units have we thrown away since December, and for what reasons?
SELECT disc_reason, count(*) AS units FROM bloodbank.discard_log WHERE disc_dt >= '2025-12-01' GROUP BY disc_reason;

-- Q61 bloodbank | deferrals, donors | Who's been deferred indefinitely, and why?
SELECT d.first_nm, d.last_nm, f.def_dt, f.reason_txt FROM bloodbank.deferrals f JOIN bloodbank.donors d ON d.donor_no = f.donor_ref WHERE f.def_cat = 'indefinite';

-- Q62 bloodbank | temp_log | Were there any fridge or freezer temperature excursions since mid-February?
SELECT equip_cd, read_ts, temp_c, action_txt FROM bloodbank.temp_log WHERE NOT in_range_flg AND read_ts >= '2026-02-15';

-- Q63 bloodbank | shipments, hosp_orders, hospitals | Did any shipment arrive too warm, and which hospital was it for?
SELECT s.ship_no, s.unit_ref, s.cooler_temp_c, h.hosp_nm FROM bloodbank.shipments s JOIN bloodbank.hosp_orders o ON o.order_no = s.order_ref JOIN bloodbank.hospitals h ON h.hosp_cd = o.hosp_ref WHERE NOT s.recv_ok_flg;

-- Q64 bloodbank | order_lines | What are we still short on against hospital orders, by product?
SELECT comp_type, sum(qty_req - qty_filled) AS short_units FROM bloodbank.order_lines WHERE qty_filled < qty_req GROUP BY comp_type;

-- Q65 bloodbank | donations, blood_drives, staff | Which phlebotomists worked the Westerville North High School drive?
SELECT DISTINCT s.emp_nm FROM bloodbank.donations n JOIN bloodbank.blood_drives b ON b.drive_no = n.drive_ref JOIN bloodbank.staff s ON s.emp_no = n.phleb_emp WHERE b.host_org = 'Westerville North High School';

-- Q66 bloodbank | staff | Whose certification lapses by the end of April?
SELECT emp_nm, role_cd, cert_txt, cert_exp_dt FROM bloodbank.staff WHERE cert_exp_dt <= '2026-04-30';

-- Q67 bloodbank | donations, donors | What's the average pre-donation hemoglobin for women versus men?
SELECT d.sex_cd, avg(n.hgb_g_dl) AS avg_hgb FROM bloodbank.donations n JOIN bloodbank.donors d ON d.donor_no = n.donor_ref GROUP BY d.sex_cd;

-- Q68 bloodbank | components | How many platelet bags did the lab make last quarter?
SELECT count(*) AS bags FROM bloodbank.components WHERE comp_type = 'platelets' AND made_ts >= '2025-10-01' AND made_ts < '2026-01-01';

-- Q69 sawmill | contractors | Which logging crews have lapsed workers' comp or liability insurance?
SELECT firm_nm, liab_ins_exp_dt, wc_ins_exp_dt FROM sawmill.contractors WHERE wc_ins_exp_dt < '2026-03-05' OR liab_ins_exp_dt < '2026-03-05';

-- Q70 sawmill | scale_tickets, species | How many board feet of white oak logs did we scale in during February?
SELECT sum(t.net_bf) AS net_bf FROM sawmill.scale_tickets t JOIN sawmill.species s ON s.species_cd = t.species_cd WHERE s.common_nm = 'white oak' AND t.arrive_ts >= '2026-02-01' AND t.arrive_ts < '2026-03-01';

-- Q71 sawmill | saw_shifts | What overrun did we get on each sawing shift in February?
SELECT saw_dt, shift_cd, headrig_cd, overrun_pct FROM sawmill.saw_shifts WHERE saw_dt BETWEEN '2026-02-01' AND '2026-02-28';

-- Q72 sawmill | scale_tickets, contractors | Which loads had metal in them, and which logger cut them?
SELECT t.tkt_no, t.arrive_ts, c.firm_nm FROM sawmill.scale_tickets t JOIN sawmill.contractors c ON c.contractor_no = t.logger_ref WHERE t.metal_flg;

-- Q73 sawmill | lumber_packs | How much FAS kiln-dried lumber is sitting in the yard unsold?
SELECT species_cd, sum(tally_bf) AS bf FROM sawmill.lumber_packs WHERE grade_cd = 'FAS' AND dry_state = 'KD' AND pack_status = 'in yard' GROUP BY species_cd;

-- Q74 sawmill | kiln_charges | Which kiln charges came out wetter than target?
SELECT charge_no, kiln_cd, target_mc_pct, final_mc_pct FROM sawmill.kiln_charges WHERE final_mc_pct > target_mc_pct;

-- Q75 sawmill | scale_tickets, tracts | How much stumpage do we owe each landowner for loads hauled in February?
SELECT r.landowner_nm, sum(t.stumpage_owed_amt) AS owed FROM sawmill.scale_tickets t JOIN sawmill.tracts r ON r.tract_no = t.tract_ref WHERE t.arrive_ts >= '2026-02-01' AND t.arrive_ts < '2026-03-01' AND t.stumpage_owed_amt IS NOT NULL GROUP BY r.landowner_nm;

-- Q76 sawmill | mill_downtime | How much time has the headrig lost to saw changes and metal?
SELECT sum(down_min) AS minutes FROM sawmill.mill_downtime WHERE area_cd = 'headrig' AND (saw_change_flg OR cause_cd = 'metal in log');

-- Q77 sawmill | tracts, stumpage_contracts, contractors | Are any certified tracts being cut by a crew without Master Logger status?
SELECT r.tract_nm, r.cert_cd, c.firm_nm FROM sawmill.tracts r JOIN sawmill.stumpage_contracts k ON k.tract_ref = r.tract_no JOIN sawmill.contractors c ON c.contractor_no = k.logger_assigned WHERE r.cert_cd IN ('FSC', 'SFI') AND NOT c.master_logger_flg;

-- Q78 sawmill | stumpage_contracts | Which timber contracts have to be cut out this year and are still open?
SELECT contract_no, tract_ref, cut_by_dt FROM sawmill.stumpage_contracts WHERE cut_by_dt BETWEEN '2026-01-01' AND '2026-12-31' AND contract_status = 'active';

-- Q79 sawmill | lumber_orders, lumber_customers | Which open lumber orders are for export customers?
SELECT o.so_no, c.cust_nm, o.species_cd, o.ordered_bf FROM sawmill.lumber_orders o JOIN sawmill.lumber_customers c ON c.cust_no = o.cust_ref WHERE c.export_flg AND o.so_status IN ('open', 'partially shipped');

-- Q80 sawmill | bol_packs, lumber_packs | Which packs went out on order LS-1001, and what did they tally?
SELECT b.bol_no, b.tag_ref, p.tally_bf, p.grade_cd FROM sawmill.bol_packs b JOIN sawmill.lumber_packs p ON p.tag_no = b.tag_ref WHERE b.so_ref = 'LS-1001';

-- Q81 sawmill | species | Which hardwoods air-dry in under 45 days?
SELECT common_nm, air_dry_days FROM sawmill.species WHERE hw_flg AND air_dry_days < 45;

-- Q82 sawmill | kiln_charges, employees | Who ran the kiln charge that came out with honeycomb?
SELECT k.charge_no, k.kiln_cd, e.emp_nm FROM sawmill.kiln_charges k JOIN sawmill.employees e ON e.emp_no = k.operator_emp WHERE k.degrade_note ILIKE '%honeycomb%';

-- Q83 sawmill | kiln_readings, kiln_charges | What was the average wet-bulb depression in DK1 during its February charge?
SELECT avg(r.db_temp_f - r.wb_temp_f) AS avg_depression_f FROM sawmill.kiln_readings r JOIN sawmill.kiln_charges k ON k.charge_no = r.charge_ref WHERE k.kiln_cd = 'DK1' AND k.load_dt BETWEEN '2026-02-01' AND '2026-02-28';

-- Q84 sawmill | stumpage_contracts | What did we bid on the lump-sum timber sales?
SELECT contract_no, tract_ref, bid_amt, signed_dt FROM sawmill.stumpage_contracts WHERE sale_method = 'lump sum';

-- Q85 printshop | jobs | Which jobs due by March 6 haven't shipped yet?
SELECT job_no, job_title, due_dt, job_status FROM printshop.jobs WHERE due_dt <= '2026-03-06' AND shipped_dt IS NULL;

-- Q86 printshop | estimates | Which quotes did we lose, and why?
SELECT est_no, item_desc, est_price_amt, lost_to_txt FROM printshop.estimates WHERE est_status = 'lost';

-- Q87 printshop | estimates, employees | What's each estimator's win rate on quotes?
SELECT e.emp_nm, avg(CASE WHEN q.est_status = 'won' THEN 1.0 ELSE 0 END) AS win_rate FROM printshop.estimates q JOIN printshop.employees e ON e.emp_no = q.estimator GROUP BY e.emp_nm;

-- Q88 printshop | jobs | What have remakes cost us, and why did we have to rerun them?
SELECT job_no, reprint_of_job, remake_reason, actual_cost_amt FROM printshop.jobs WHERE reprint_of_job IS NOT NULL;

-- Q89 printshop | paper_stock | Which papers are below their reorder point?
SELECT stock_cd, stock_desc, on_hand_qty, reorder_pt_qty FROM printshop.paper_stock WHERE on_hand_qty < reorder_pt_qty;

-- Q90 printshop | press_runs, presses | How many sheets did we spoil on the Heidelberg in February?
SELECT sum(r.spoil_sheets) AS spoiled FROM printshop.press_runs r JOIN printshop.presses p ON p.press_cd = r.press_cd WHERE p.press_nm ILIKE '%Heidelberg%' AND r.run_dt BETWEEN '2026-02-01' AND '2026-02-28';

-- Q91 printshop | paper_pos | Which paper orders haven't arrived yet, and from which merchant?
SELECT po_no, stock_cd, vendor_nm, due_dt, po_status FROM printshop.paper_pos WHERE recv_dt IS NULL;

-- Q92 printshop | proof_rounds, jobs | How many proof rounds did the course catalog go through?
SELECT count(*) AS rounds FROM printshop.proof_rounds p JOIN printshop.jobs j ON j.job_no = p.job_ref WHERE j.job_title ILIKE '%course catalog%';

-- Q93 printshop | press_maint_log | Which press was down the longest for maintenance this year?
SELECT press_cd, sum(down_hrs) AS hrs FROM printshop.press_maint_log WHERE maint_dt >= '2026-01-01' GROUP BY press_cd ORDER BY hrs DESC LIMIT 1;

-- Q94 printshop | proof_rounds, jobs, clients | Which clients are sitting on a proof we sent them without replying?
SELECT c.client_nm, j.job_title, p.sent_ts FROM printshop.proof_rounds p JOIN printshop.jobs j ON j.job_no = p.job_ref JOIN printshop.clients c ON c.client_no = j.client_ref WHERE p.reply_ts IS NULL;

-- Q95 printshop | clients | Which of our customers are tax exempt?
SELECT client_nm, industry_cd FROM printshop.clients WHERE tax_exempt_flg;

-- Q96 printshop | invoices, clients | Which invoices are past due, and who owes them?
SELECT i.inv_no, c.client_nm, i.total_amt - i.paid_amt AS owed, i.due_dt FROM printshop.invoices i JOIN printshop.clients c ON c.client_no = i.client_ref WHERE i.due_dt < '2026-03-05' AND i.paid_amt < i.total_amt;

-- Q97 printshop | finishing_ops, jobs, clients | What bindery work did we do on Lakeside Medical's jobs?
SELECT j.job_no, j.job_title, f.op_cd, f.done_dt FROM printshop.finishing_ops f JOIN printshop.jobs j ON j.job_no = f.job_ref JOIN printshop.clients c ON c.client_no = j.client_ref WHERE c.client_nm ILIKE 'Lakeside Medical%';

-- Q98 printshop | presses | Which of our presses are leased, and when does each lease end?
SELECT press_nm, lease_end_dt FROM printshop.presses WHERE lease_end_dt IS NOT NULL;

-- Q99 printshop | press_runs, jobs, employees | Who ran the open house postcards on press, and how long was makeready?
SELECT e.emp_nm, r.press_cd, r.makeready_min FROM printshop.press_runs r JOIN printshop.jobs j ON j.job_no = r.job_ref JOIN printshop.employees e ON e.emp_no = r.operator WHERE j.job_title ILIKE '%open house postcard%';

-- Q100 printshop | jobs | What margin did we make on each job that shipped in February?
SELECT job_no, job_title, quoted_amt - actual_cost_amt AS margin FROM printshop.jobs WHERE shipped_dt BETWEEN '2026-02-01' AND '2026-02-28';
