-- Verification SQL for heldout7/questions.tsv (held-out 7: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the six heldout7 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 coffeeroast | green_lots | Which Ethiopian coffees do we still have in the warehouse?
SELECT lot_no, farm_nm, region_nm, process_mthd, bags_cnt, wh_loc FROM coffeeroast.green_lots WHERE origin_country = 'Ethiopia' AND lot_status = 'in stock';

-- Q02 coffeeroast | roast_batches | Which roasts lost more than 16 percent of their weight?
SELECT batch_id, roast_dt, green_lot, charge_kg, roasted_kg, shrink_pct FROM coffeeroast.roast_batches WHERE shrink_pct > 16;

-- Q03 coffeeroast | roast_batches | Which batches did QC hold back or reject in March, and why?
SELECT batch_id, roast_dt, green_lot, qc_status, qc_note FROM coffeeroast.roast_batches WHERE qc_status IN ('hold', 'rejected') AND roast_dt >= '2026-03-01' AND roast_dt < '2026-04-01';

-- Q04 coffeeroast | blends, blend_components, green_lots | What origins go into Night Owl right now, and in what proportions?
SELECT g.origin_country, g.farm_nm, c.pct FROM coffeeroast.blends b JOIN coffeeroast.blend_components c ON c.blend_cd = b.blend_cd JOIN coffeeroast.green_lots g ON g.lot_no = c.green_lot_no WHERE b.blend_nm ILIKE 'Night Owl%' AND c.end_dt IS NULL ORDER BY c.pct DESC;

-- Q05 coffeeroast | green_lots, importers | Which importers sold us natural-process coffees?
SELECT DISTINCT i.imp_nm, g.lot_no, g.origin_country FROM coffeeroast.green_lots g JOIN coffeeroast.importers i ON i.imp_cd = g.imp_cd WHERE g.process_mthd = 'natural';

-- Q06 coffeeroast | wholesale_accts | Which cafés in Portland do we supply?
SELECT acct_no, acct_nm, price_tier FROM coffeeroast.wholesale_accts WHERE city_nm = 'Portland' AND acct_type = 'cafe';

-- Q07 coffeeroast | wholesale_accts, wholesale_orders, wholesale_order_lines | How many pounds of coffee did each wholesale customer take in February?
SELECT a.acct_nm, SUM(l.bag_lb * l.bag_qty) AS pounds FROM coffeeroast.wholesale_orders o JOIN coffeeroast.wholesale_order_lines l ON l.ord_no = o.ord_no JOIN coffeeroast.wholesale_accts a ON a.acct_no = o.acct_ref WHERE o.ord_dt >= '2026-02-01' AND o.ord_dt < '2026-03-01' GROUP BY a.acct_nm ORDER BY pounds DESC;

-- Q08 coffeeroast | web_subs | Which subscribers cancelled because of the price?
SELECT sub_id, cust_nm, cancel_rsn FROM coffeeroast.web_subs WHERE sub_status = 'cancelled' AND (cancel_rsn ILIKE '%expensive%' OR cancel_rsn ILIKE '%price%');

-- Q09 coffeeroast | equip_service_calls | Which service calls were about leaks?
SELECT call_no, acct_no, reported_dt, machine_desc, symptom_txt FROM coffeeroast.equip_service_calls WHERE symptom_txt ILIKE '%leak%';

-- Q10 coffeeroast | roaster_maint_log | When was the afterburner on the big roaster last serviced?
SELECT MAX(maint_dt) FROM coffeeroast.roaster_maint_log WHERE machine_cd = 'R35' AND task_cat = 'afterburner service';

-- Q11 coffeeroast | cupping_log | Which production roasts cupped below 84?
SELECT batch_ref, cup_dt, total_sc, descriptors_txt FROM coffeeroast.cupping_log WHERE sample_kind = 'production' AND total_sc < 84;

-- Q12 coffeeroast | green_lots | Which green coffees were offered to us at 88 points or more?
SELECT lot_no, origin_country, farm_nm, q_score FROM coffeeroast.green_lots WHERE q_score >= 88;

-- Q13 coffeeroast | roast_profiles | What charge temperature do we use on our light roast profiles?
SELECT profile_cd, profile_nm, machine_cd, charge_temp_c FROM coffeeroast.roast_profiles WHERE roast_level = 'light';

-- Q14 coffeeroast | staff, wholesale_accts | Which sales rep looks after the most wholesale accounts?
SELECT s.emp_nm, COUNT(*) AS accounts FROM coffeeroast.wholesale_accts a JOIN coffeeroast.staff s ON s.emp_no = a.rep_emp GROUP BY s.emp_nm ORDER BY accounts DESC LIMIT 1;

-- Q15 coffeeroast | green_lots, importers, roast_batches | How many kilos of roasted coffee have we produced from beans bought through Atlas?
SELECT SUM(b.roasted_kg) FROM coffeeroast.roast_batches b JOIN coffeeroast.green_lots g ON g.lot_no = b.green_lot JOIN coffeeroast.importers i ON i.imp_cd = g.imp_cd WHERE i.imp_nm ILIKE 'Atlas%';

-- Q16 coffeeroast | cupping_log, green_lots | What did our cuppers think of the Kenyan coffee when it landed?
SELECT c.cup_dt, c.cupper_emp, c.total_sc, c.descriptors_txt FROM coffeeroast.cupping_log c JOIN coffeeroast.green_lots g ON g.lot_no = c.lot_ref WHERE g.origin_country = 'Kenya' AND c.sample_kind = 'arrival';

-- Q17 coffeeroast | blends, web_subs | Which subscribers get Night Owl as whole beans?
SELECT w.sub_id, w.cust_nm, w.sub_status FROM coffeeroast.web_subs w JOIN coffeeroast.blends b ON b.blend_cd = w.blend_cd WHERE b.blend_nm ILIKE 'Night Owl%' AND w.grind_cd = 'whole bean';

-- Q18 zoo | species | Which of our species are critically endangered?
SELECT common_nm, sci_nm FROM zoo.species WHERE iucn_status = 'CR';

-- Q19 zoo | animals | Which animals here don't actually belong to us?
SELECT animal_id, house_nm, ownership_txt FROM zoo.animals WHERE ownership_txt ILIKE 'on loan%' AND disposition_cd = 'present';

-- Q20 zoo | animals, species | How many African penguins do we have, and what are their names?
SELECT a.house_nm, a.sex_cd, a.birth_dt FROM zoo.animals a JOIN zoo.species s ON s.species_cd = a.species_cd WHERE s.common_nm = 'African penguin' AND a.disposition_cd = 'present';

-- Q21 zoo | animals, exhibits | Who lives in the Kopje Overlook?
SELECT a.animal_id, a.house_nm, a.species_cd FROM zoo.animals a JOIN zoo.exhibits e ON e.exhibit_cd = a.exhibit_cd WHERE e.exhibit_nm = 'Kopje Overlook' AND a.disposition_cd = 'present';

-- Q22 zoo | med_records | How many procedures this year needed the animal put under?
SELECT COUNT(*) FROM zoo.med_records WHERE anesth_flg AND exam_dt >= '2026-01-01';

-- Q23 zoo | keeper_log | Which animals went off their food in the first week of March?
SELECT animal_ref, log_dt, diet_eaten_pct, note_txt FROM zoo.keeper_log WHERE diet_eaten_pct < 50 AND log_dt BETWEEN '2026-03-01' AND '2026-03-07';

-- Q24 zoo | exhibits, tank_readings | Which tanks had ammonia above 0.25 ppm, and when?
SELECT e.exhibit_nm, r.rdg_ts, r.nh3_ppm FROM zoo.tank_readings r JOIN zoo.exhibits e ON e.exhibit_cd = r.exhibit_cd WHERE r.nh3_ppm > 0.25;

-- Q25 zoo | transfers | Which animals are going out on breeding loans, and where to?
SELECT animal_ref, other_inst_nm, other_city, ship_dt, trf_status FROM zoo.transfers WHERE direction_cd = 'out' AND trf_type = 'breeding loan';

-- Q26 zoo | animals, species, transfers | What species have we sent to Columbus?
SELECT DISTINCT s.common_nm FROM zoo.transfers t JOIN zoo.animals a ON a.animal_id = t.animal_ref JOIN zoo.species s ON s.species_cd = a.species_cd WHERE t.direction_cd = 'out' AND t.other_city = 'Columbus';

-- Q27 zoo | members | How many family memberships run out in April?
SELECT COUNT(*) FROM zoo.members WHERE mbr_level = 'family' AND exp_dt >= '2026-04-01' AND exp_dt < '2026-05-01';

-- Q28 zoo | ticket_sales | How much did online ticket sales bring in during February?
SELECT SUM(total_amt) FROM zoo.ticket_sales WHERE channel_cd = 'WEB' AND sale_ts >= '2026-02-01' AND sale_ts < '2026-03-01';

-- Q29 zoo | encounter_bookings | Which penguin encounters got cancelled?
SELECT bkg_no, enc_dt, guest_nm, party_size FROM zoo.encounter_bookings WHERE program_nm ILIKE '%penguin%' AND bkg_status = 'cancelled';

-- Q30 zoo | encounter_bookings | How many animal encounter bookings were made by members?
SELECT COUNT(*) FROM zoo.encounter_bookings WHERE mbr_ref IS NOT NULL;

-- Q31 zoo | animals, diets, food_items | What does Kibo eat in a day?
SELECT f.item_nm, d.grams_day, d.feeds_per_day FROM zoo.diets d JOIN zoo.animals a ON a.animal_id = d.animal_ref JOIN zoo.food_items f ON f.food_cd = d.food_cd WHERE a.house_nm = 'Kibo' AND d.end_dt IS NULL;

-- Q32 zoo | staff | Which keepers are cleared to work with venomous snakes?
SELECT emp_nm, title_txt FROM zoo.staff WHERE venom_trained_flg AND active_flg;

-- Q33 zoo | animals | Which animals are carrying too much weight right now?
SELECT animal_id, house_nm, last_wt_kg, bcs_score FROM zoo.animals WHERE bcs_score >= 7 AND disposition_cd = 'present';

-- Q34 zoo | med_records, staff | Which vet did the most procedures in February?
SELECT s.emp_nm, COUNT(*) AS procedures FROM zoo.med_records m JOIN zoo.staff s ON s.emp_no = m.vet_emp WHERE m.exam_dt >= '2026-02-01' AND m.exam_dt < '2026-03-01' GROUP BY s.emp_nm ORDER BY procedures DESC LIMIT 1;

-- Q35 selfstorage | facilities | Which of our Texas stores have climate-controlled space?
SELECT fac_cd, fac_nm, city_nm FROM selfstorage.facilities WHERE state_cd = 'TX' AND climate_bldg_flg;

-- Q36 selfstorage | unit_types | What does a climate-controlled 10x10 cost if you book it online?
SELECT type_cd, web_rate_amt FROM selfstorage.unit_types WHERE size_txt = '10x10' AND climate_flg;

-- Q37 selfstorage | facilities, units | How many empty units does the Round Rock store have?
SELECT COUNT(*) FROM selfstorage.units u JOIN selfstorage.facilities f ON f.fac_cd = u.fac_cd WHERE f.city_nm = 'Round Rock' AND u.unit_status = 'vacant';

-- Q38 selfstorage | rentals | Which units are more than 60 days behind on rent?
SELECT rental_id, fac_cd, unit_no, tenant_ref, days_past_due, ledger_bal_amt FROM selfstorage.rentals WHERE days_past_due > 60 AND move_out_dt IS NULL;

-- Q39 selfstorage | rentals, tenants | Who is in pre-lien right now, and what's their phone number?
SELECT t.first_nm, t.last_nm, t.cell_ph, r.fac_cd, r.unit_no, r.ledger_bal_amt FROM selfstorage.rentals r JOIN selfstorage.tenants t ON t.tenant_no = r.tenant_ref WHERE r.lien_status = 'pre-lien';

-- Q40 selfstorage | auctions | How much did the February lien sales bring in?
SELECT SUM(winning_bid_amt) FROM selfstorage.auctions WHERE auction_dt >= '2026-02-01' AND auction_dt < '2026-03-01';

-- Q41 selfstorage | auctions | Which lien sales didn't cover what the tenant owed?
SELECT auction_id, fac_cd, unit_no, auction_dt, winning_bid_amt, bal_owed_amt FROM selfstorage.auctions WHERE winning_bid_amt < bal_owed_amt;

-- Q42 selfstorage | ecri_notices | How many rent-increase letters went to existing tenants in December, and what was the average raise?
SELECT COUNT(*), AVG(new_rate_amt - old_rate_amt) FROM selfstorage.ecri_notices WHERE notice_dt >= '2025-12-01' AND notice_dt < '2026-01-01';

-- Q43 selfstorage | facilities, street_rates, unit_types | What are we advertising the drive-up units at Killeen for right now?
SELECT DISTINCT ON (s.type_cd) s.type_cd, t.size_txt, s.street_rate_amt, s.web_rate_amt, s.eff_dt FROM selfstorage.street_rates s JOIN selfstorage.facilities f ON f.fac_cd = s.fac_cd JOIN selfstorage.unit_types t ON t.type_cd = s.type_cd WHERE f.city_nm = 'Killeen' AND t.drive_up_flg ORDER BY s.type_cd, s.eff_dt DESC;

-- Q44 selfstorage | reservations | How many online reservations turned into move-ins?
SELECT COUNT(*) FROM selfstorage.reservations WHERE source_cd = 'web' AND resv_status = 'moved in';

-- Q45 selfstorage | gate_log | Did anyone try the gate with a code we don't recognise?
SELECT fac_cd, evt_ts, keypad_cd, gate_code_used FROM selfstorage.gate_log WHERE evt_type = 'denied' AND tenant_ref IS NULL;

-- Q46 selfstorage | gate_log, tenants | Which tenants were locked out at the gate in March?
SELECT DISTINCT t.first_nm, t.last_nm, g.fac_cd, g.unit_no FROM selfstorage.gate_log g JOIN selfstorage.tenants t ON t.tenant_no = g.tenant_ref WHERE g.evt_type = 'denied' AND g.evt_ts >= '2026-03-01' AND g.evt_ts < '2026-04-01';

-- Q47 selfstorage | maint_tickets | Which pest problems haven't been dealt with yet?
SELECT tkt_no, fac_cd, unit_no, opened_dt, desc_txt, vendor_nm FROM selfstorage.maint_tickets WHERE issue_cat = 'pest' AND closed_dt IS NULL;

-- Q48 selfstorage | payments, staff | Who took in the most cash at the counter in February?
SELECT s.emp_nm, SUM(p.pmt_amt) AS cash FROM selfstorage.payments p JOIN selfstorage.staff s ON s.emp_no = p.taken_by_emp WHERE p.pmt_mthd = 'cash' AND NOT p.reversed_flg AND p.pmt_dt >= '2026-02-01' AND p.pmt_dt < '2026-03-01' GROUP BY s.emp_nm ORDER BY cash DESC LIMIT 1;

-- Q49 selfstorage | merch_sales | How many moving boxes did each store sell in February?
SELECT fac_cd, SUM(qty) FROM selfstorage.merch_sales WHERE item_nm ILIKE '%box%' AND sale_dt >= '2026-02-01' AND sale_dt < '2026-03-01' GROUP BY fac_cd;

-- Q50 selfstorage | rentals, unit_types, units | What are climate-controlled 10x10 tenants actually paying on average, compared with the list price?
SELECT AVG(r.curr_rate_amt) AS avg_paid, MAX(t.std_rate_amt) AS list_rate FROM selfstorage.rentals r JOIN selfstorage.units u ON u.fac_cd = r.fac_cd AND u.unit_no = r.unit_no JOIN selfstorage.unit_types t ON t.type_cd = u.type_cd WHERE t.size_txt = '10x10' AND t.climate_flg AND r.move_out_dt IS NULL;

-- Q51 selfstorage | facilities, staff | Who runs the Georgetown store?
SELECT s.emp_nm, s.role_cd FROM selfstorage.facilities f JOIN selfstorage.staff s ON s.emp_no = f.mgr_emp WHERE f.city_nm = 'Georgetown';

-- Q52 funeralhome | cases | How many cremations did we handle for deaths in February?
SELECT COUNT(*) FROM funeralhome.cases WHERE dispo_method = 'cremation' AND dod >= '2026-02-01' AND dod < '2026-03-01';

-- Q53 funeralhome | cases | Which deaths this year were medical examiner cases?
SELECT case_no, dec_first_nm, dec_last_nm, dod FROM funeralhome.cases WHERE me_case_flg AND dod >= '2026-01-01';

-- Q54 funeralhome | cases, staff | Which director has handled the most funerals this year?
SELECT s.emp_nm, COUNT(*) AS cases FROM funeralhome.cases c JOIN funeralhome.staff s ON s.emp_no = c.director_emp WHERE c.dod >= '2026-01-01' GROUP BY s.emp_nm ORDER BY cases DESC LIMIT 1;

-- Q55 funeralhome | locations, service_events | What's on at the Maple Street chapel the week of March 9?
SELECT e.evt_dt, e.start_tm, e.evt_type, e.case_ref FROM funeralhome.service_events e JOIN funeralhome.locations l ON l.loc_cd = e.loc_cd WHERE l.loc_nm ILIKE '%Maple Street%' AND e.evt_dt BETWEEN '2026-03-09' AND '2026-03-15' ORDER BY e.evt_dt, e.start_tm;

-- Q56 funeralhome | service_events | Which services in March are being livestreamed?
SELECT evt_id, case_ref, evt_type, evt_dt, start_tm FROM funeralhome.service_events WHERE livestream_flg AND evt_dt >= '2026-03-01' AND evt_dt < '2026-04-01';

-- Q57 funeralhome | merchandise | Which caskets are we down to one or none of?
SELECT item_cd, item_nm, on_hand_qty FROM funeralhome.merchandise WHERE category_cd = 'casket' AND on_hand_qty <= 1;

-- Q58 funeralhome | contract_items, merchandise | How much have we made on the urns we sold, over what they cost us?
SELECT m.item_nm, SUM(i.qty) AS sold, SUM(i.qty * (i.price_amt - m.cost_amt)) AS margin FROM funeralhome.contract_items i JOIN funeralhome.merchandise m ON m.item_cd = i.item_cd WHERE m.category_cd = 'urn' GROUP BY m.item_nm;

-- Q59 funeralhome | contracts, payments | Which funeral contracts still have a balance owing?
SELECT c.contract_no, c.case_ref, c.total_amt, c.total_amt - COALESCE(SUM(p.pmt_amt), 0) AS balance FROM funeralhome.contracts c LEFT JOIN funeralhome.payments p ON p.contract_ref = c.contract_no GROUP BY c.contract_no, c.case_ref, c.total_amt HAVING c.total_amt > COALESCE(SUM(p.pmt_amt), 0);

-- Q60 funeralhome | payments | How much did insurance companies pay us in February?
SELECT SUM(pmt_amt) FROM funeralhome.payments WHERE pmt_mthd = 'insurance assignment' AND pmt_dt >= '2026-02-01' AND pmt_dt < '2026-03-01';

-- Q61 funeralhome | preneed_plans | How many active prepaid plans are funded by insurance and how many through the trust?
SELECT funding_cd, COUNT(*) FROM funeralhome.preneed_plans WHERE pn_status = 'active' GROUP BY funding_cd;

-- Q62 funeralhome | preneed_plans, staff | Which counselor has sold the most pre-arrangements?
SELECT s.emp_nm, COUNT(*) AS plans FROM funeralhome.preneed_plans p JOIN funeralhome.staff s ON s.emp_no = p.sold_by_emp GROUP BY s.emp_nm ORDER BY plans DESC LIMIT 1;

-- Q63 funeralhome | cases, cemeteries | Which veterans are being buried at the national cemetery?
SELECT c.case_no, c.dec_first_nm, c.dec_last_nm, c.svc_branch FROM funeralhome.cases c JOIN funeralhome.cemeteries m ON m.cem_no = c.cemetery_ref WHERE c.veteran_flg AND m.cem_type = 'national (VA)';

-- Q64 funeralhome | staff | Whose embalming license runs out this year?
SELECT emp_nm, license_no, license_exp_dt FROM funeralhome.staff WHERE license_type ILIKE '%embalm%' AND license_exp_dt < '2027-01-01';

-- Q65 funeralhome | removals_log | How long did it take us to get to the house on home removals in February?
SELECT case_ref, from_addr_txt, pickup_ts - call_recv_ts AS response_time FROM funeralhome.removals_log WHERE from_place_type = 'residence' AND call_recv_ts >= '2026-02-01' AND call_recv_ts < '2026-03-01';

-- Q66 funeralhome | cases, prep_room_log | Who was cremated in retort 2 in February?
SELECT DISTINCT c.case_no, c.dec_first_nm, c.dec_last_nm FROM funeralhome.prep_room_log l JOIN funeralhome.cases c ON c.case_no = l.case_ref WHERE l.action_cd = 'cremation start' AND l.retort_no = 2 AND l.action_ts >= '2026-02-01' AND l.action_ts < '2026-03-01';

-- Q67 funeralhome | cases, informants | What's the phone number for the Alvarez family?
SELECT i.full_nm, i.relationship_txt, i.phone_no FROM funeralhome.cases c JOIN funeralhome.informants i ON i.inf_no = c.informant_ref WHERE c.dec_last_nm = 'Alvarez';

-- Q68 funeralhome | cemeteries | What does Oakwood charge to open and close a grave?
SELECT cem_nm, open_close_fee_amt, sat_surcharge_amt FROM funeralhome.cemeteries WHERE cem_nm ILIKE 'Oakwood%';

-- Q69 textilemill | looms | How many air-jets are running in shed B?
SELECT COUNT(*) FROM textilemill.looms WHERE loom_type = 'air-jet' AND hall_cd = 'B' AND loom_status = 'running';

-- Q70 textilemill | yarn_lots | Which cotton yarn lots are down below 500 kg?
SELECT yarn_lot, yarn_type, count_ne, kg_on_hand FROM textilemill.yarn_lots WHERE fibre_txt ILIKE '%cotton%' AND kg_on_hand < 500;

-- Q71 textilemill | greige_rolls | Which rolls were graded seconds in February?
SELECT roll_no, wo_ref, loom_no, pts_per_100sqyd, main_defect_cd, hold_reason FROM textilemill.greige_rolls WHERE grade_cd = 'C' AND inspect_dt >= '2026-02-01' AND inspect_dt < '2026-03-01';

-- Q72 textilemill | roll_defects | What fault do the inspectors find most often?
SELECT defect_desc, COUNT(*) AS times FROM textilemill.roll_defects GROUP BY defect_desc ORDER BY times DESC LIMIT 1;

-- Q73 textilemill | loom_stops, looms | Which rapier looms stop most often for weft breaks?
SELECT s.loom_no, COUNT(*) AS weft_stops FROM textilemill.loom_stops s JOIN textilemill.looms l ON l.loom_no = s.loom_no WHERE l.loom_type = 'rapier' AND s.stop_cd = 'WEFT' GROUP BY s.loom_no ORDER BY weft_stops DESC;

-- Q74 textilemill | dye_lots | Which dye lots missed the shade and had to be redone?
SELECT dye_lot, style_no, shade_nm, delta_e, shade_result FROM textilemill.dye_lots WHERE shade_result IN ('reprocess', 'strip');

-- Q75 textilemill | dye_lots, fabric_styles | Which colours have we dyed the canvas in?
SELECT DISTINCT d.shade_nm, d.shade_cd FROM textilemill.dye_lots d JOIN textilemill.fabric_styles f ON f.style_no = d.style_no WHERE f.style_nm ILIKE '%canvas%';

-- Q76 textilemill | customers, sales_orders | What's on order for Nordhem Outfitters?
SELECT o.so_no, o.style_no, o.shade_cd, o.ord_m, o.req_ship_dt, o.so_status FROM textilemill.sales_orders o JOIN textilemill.customers c ON c.cust_no = o.cust_ref WHERE c.cust_nm = 'Nordhem Outfitters' AND o.so_status NOT IN ('shipped', 'cancelled');

-- Q77 textilemill | yarn_pos, yarn_suppliers | Which yarn orders from Turkish spinners were due before March and still haven't fully arrived?
SELECT p.po_no, s.supp_nm, p.yarn_type, p.kg_ordered, p.recv_kg, p.due_dt FROM textilemill.yarn_pos p JOIN textilemill.yarn_suppliers s ON s.supp_no = p.supp_ref WHERE s.country_nm = 'Turkey' AND p.due_dt < '2026-03-01' AND p.recv_kg < p.kg_ordered;

-- Q78 textilemill | customers, sales_orders, shipments | How many metres have we shipped to customers in Portugal?
SELECT SUM(sh.meters_shipped) FROM textilemill.shipments sh JOIN textilemill.sales_orders o ON o.so_no = sh.so_ref JOIN textilemill.customers c ON c.cust_no = o.cust_ref WHERE c.country_nm = 'Portugal';

-- Q79 textilemill | fabric_styles, weave_orders | How many metres of twill do we still have to weave on open orders?
SELECT SUM(w.planned_m - w.woven_m) FROM textilemill.weave_orders w JOIN textilemill.fabric_styles f ON f.style_no = w.style_no WHERE f.weave_cd IN ('T21', 'T31') AND w.wo_status <> 'complete';

-- Q80 textilemill | employees | Which loom fixers work nights?
SELECT emp_nm, hire_dt FROM textilemill.employees WHERE job_nm = 'loom fixer' AND shift_cd = 'C' AND active_flg;

-- Q81 textilemill | employees, greige_rolls | Which inspector graded the most rolls in March?
SELECT e.emp_nm, COUNT(*) AS rolls FROM textilemill.greige_rolls r JOIN textilemill.employees e ON e.emp_no = r.inspector_emp WHERE r.inspect_dt >= '2026-03-01' AND r.inspect_dt < '2026-04-01' GROUP BY e.emp_nm ORDER BY rolls DESC LIMIT 1;

-- Q82 textilemill | fabric_styles | Which of our fabrics weigh more than 300 grams a square metre?
SELECT style_no, style_nm, gsm FROM textilemill.fabric_styles WHERE gsm > 300;

-- Q83 textilemill | weave_orders, yarn_lots, yarn_suppliers | Which weaving orders are running on warp yarn from Anatolia Iplik?
SELECT w.wo_no, w.style_no, w.loom_no, w.wo_status, w.warp_lot FROM textilemill.weave_orders w JOIN textilemill.yarn_lots y ON y.yarn_lot = w.warp_lot JOIN textilemill.yarn_suppliers s ON s.supp_no = y.supp_ref WHERE s.supp_nm ILIKE 'Anatolia Iplik%';

-- Q84 textilemill | sales_orders | Which customer orders are due to ship in April?
SELECT so_no, cust_ref, style_no, ord_m, req_ship_dt FROM textilemill.sales_orders WHERE req_ship_dt >= '2026-04-01' AND req_ship_dt < '2026-05-01';

-- Q85 guarding | guards | Whose guard card expires before the end of April?
SELECT guard_no, first_nm, last_nm, guard_card_no, guard_card_exp_dt FROM guarding.guards WHERE guard_card_exp_dt < '2026-05-01' AND status_cd = 'A';

-- Q86 guarding | guards | Which armed officers haven't been back to the range since before March 2025?
SELECT guard_no, first_nm, last_nm, range_qual_dt FROM guarding.guards WHERE armed_flg AND status_cd = 'A' AND range_qual_dt < '2025-03-01';

-- Q87 guarding | clients, sites | Which of Halvorsen's sites need armed officers?
SELECT s.site_cd, s.site_nm, s.city_nm FROM guarding.sites s JOIN guarding.clients c ON c.client_no = s.client_ref WHERE c.client_nm ILIKE 'Halvorsen%' AND s.armed_req_flg;

-- Q88 guarding | shifts | How many shifts are still unstaffed for the week of March 9?
SELECT COUNT(*) FROM guarding.shifts WHERE shift_status = 'open' AND shift_dt BETWEEN '2026-03-09' AND '2026-03-15';

-- Q89 guarding | guards, shifts | Who didn't turn up for a shift in February and never called in?
SELECT g.first_nm, g.last_nm, s.shift_dt, s.site_cd, s.post_nm FROM guarding.shifts s JOIN guarding.guards g ON g.guard_no = s.guard_ref WHERE s.shift_status = 'NCNS' AND s.shift_dt >= '2026-02-01' AND s.shift_dt < '2026-03-01';

-- Q90 guarding | incident_reports | How many times did our officers call the police in March?
SELECT COUNT(*) FROM guarding.incident_reports WHERE police_called_flg AND incident_ts >= '2026-03-01' AND incident_ts < '2026-04-01';

-- Q91 guarding | incident_reports, sites | Which sites have had thefts?
SELECT DISTINCT s.site_nm, s.city_nm FROM guarding.incident_reports i JOIN guarding.sites s ON s.site_cd = i.site_cd WHERE i.incident_cat = 'theft';

-- Q92 guarding | checkpoints, patrol_scans | Where on their patrol rounds did officers find doors or gates left open?
SELECT c.site_cd, c.location_desc, p.scan_ts, p.exception_txt FROM guarding.patrol_scans p JOIN guarding.checkpoints c ON c.checkpoint_cd = p.checkpoint_cd WHERE p.exception_cd = 'OPEN';

-- Q93 guarding | time_punches | Which time entries were keyed in by a supervisor instead of clocked by the officer?
SELECT punch_id, guard_ref, site_cd, punch_in_ts, punch_out_ts, edit_reason FROM guarding.time_punches WHERE punch_src = 'SUP';

-- Q94 guarding | guards, sites, time_punches | How many hours did each officer work at Mercy General in the first week of March?
SELECT g.first_nm, g.last_nm, SUM(EXTRACT(EPOCH FROM (t.punch_out_ts - t.punch_in_ts)) / 3600) AS hours FROM guarding.time_punches t JOIN guarding.guards g ON g.guard_no = t.guard_ref JOIN guarding.sites s ON s.site_cd = t.site_cd WHERE s.site_nm ILIKE 'Mercy General%' AND t.punch_in_ts >= '2026-03-01' AND t.punch_in_ts < '2026-03-08' GROUP BY g.first_nm, g.last_nm;

-- Q95 guarding | clients, invoices | Which clients still haven't paid their January bill?
SELECT c.client_nm, i.inv_no, i.inv_amt, i.due_dt FROM guarding.invoices i JOIN guarding.clients c ON c.client_no = i.client_ref WHERE i.period_start = '2026-01-01' AND i.paid_dt IS NULL;

-- Q96 guarding | training_records | How many officers finished active shooter training this year?
SELECT COUNT(DISTINCT guard_ref) FROM guarding.training_records WHERE course_nm = 'Active Shooter Response' AND completed_dt >= '2026-01-01';

-- Q97 guarding | equipment_issued, guards | Which radios and body cameras are still out with officers who've left the company?
SELECT e.item_type, e.asset_tag, g.first_nm, g.last_nm, g.term_dt FROM guarding.equipment_issued e JOIN guarding.guards g ON g.guard_no = e.guard_ref WHERE g.status_cd = 'T' AND e.return_dt IS NULL AND e.item_type IN ('radio', 'body camera');

-- Q98 guarding | clients, office_staff | Which accounts does Renee Castillo look after?
SELECT c.client_nm, c.contract_end_dt FROM guarding.clients c JOIN guarding.office_staff o ON o.emp_no = c.acct_mgr_emp WHERE o.emp_nm = 'Renee Castillo';

-- Q99 guarding | dar_entries | What got written in the activity reports overnight from March 2 into March 3?
SELECT entry_ts, guard_ref, entry_cat, entry_txt FROM guarding.dar_entries WHERE entry_ts >= '2026-03-02 18:00' AND entry_ts < '2026-03-03 07:00' ORDER BY entry_ts;

-- Q100 guarding | guards | Which of our officers speak Spanish?
SELECT guard_no, first_nm, last_nm, languages_txt FROM guarding.guards WHERE languages_txt ILIKE '%Spanish%' AND status_cd = 'A';
