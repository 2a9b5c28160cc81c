-- Verification SQL for heldout10/questions.tsv (held-out 10: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the six heldout10 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 mtnrescue | callouts | Which shouts in January carried on into the dark?
SELECT inc_no, page_dt, fell_nm, location_txt FROM mtnrescue.callouts WHERE dark_flg AND page_dt >= DATE '2026-01-01' AND page_dt < DATE '2026-02-01';

-- Q02 mtnrescue | callouts | How many times have we been called to someone stuck on a ledge who couldn't move up or down?
SELECT count(*) AS crag_fast FROM mtnrescue.callouts WHERE inc_type_cd = 'CRAG';

-- Q03 mtnrescue | callouts | Which incidents ended with the casualty being flown off the hill, and by which aircraft?
SELECT inc_no, page_dt, fell_nm, heli_callsign FROM mtnrescue.callouts WHERE outcome_cd = 'HELI';

-- Q04 mtnrescue | callouts | What total team hours have we reported to the national body for this year's call-outs?
SELECT sum(team_hrs) AS team_hours FROM mtnrescue.callouts WHERE page_dt >= DATE '2026-01-01';

-- Q05 mtnrescue | callouts, members | Who has run incident control, and on how many call-outs each?
SELECT m.full_nm, count(*) AS incidents FROM mtnrescue.callouts c JOIN mtnrescue.members m ON m.mbr_no = c.ic_mbr GROUP BY m.full_nm ORDER BY incidents DESC;

-- Q06 mtnrescue | callout_members, members | How many hours has each volunteer given on call-outs?
SELECT m.full_nm, sum(cm.hrs_qty) AS hours FROM mtnrescue.callout_members cm JOIN mtnrescue.members m ON m.mbr_no = cm.mbr_ref GROUP BY m.full_nm ORDER BY hours DESC;

-- Q07 mtnrescue | casualties | How many of the people we rescued had broken or injured legs?
SELECT count(*) AS lower_limb FROM mtnrescue.casualties WHERE injury_cd = 'LLI';

-- Q08 mtnrescue | casualties, callouts | Which hospitals did the injured mountain bikers end up in?
SELECT DISTINCT k.dest_hosp_nm FROM mtnrescue.casualties k JOIN mtnrescue.callouts c ON c.inc_no = k.inc_no WHERE c.activity_cd = 'MTB' AND k.dest_hosp_nm IS NOT NULL;

-- Q09 mtnrescue | search_dogs, members | Which dogs are fully qualified for searches, and who handles them?
SELECT d.dog_nm, d.grade_cd, m.full_nm AS handler FROM mtnrescue.search_dogs d JOIN mtnrescue.members m ON m.mbr_no = d.handler_no WHERE d.grade_cd IN ('FULL', 'AVAL') AND NOT d.retired_flg;

-- Q10 mtnrescue | members | Whose casualty care ticket runs out before the summer?
SELECT full_nm, cc_level_cd, cc_expiry_dt FROM mtnrescue.members WHERE active_flg AND cc_expiry_dt < DATE '2026-06-01';

-- Q11 mtnrescue | members | Who is allowed to drive the Land Rovers on blue lights?
SELECT full_nm, call_sign FROM mtnrescue.members WHERE blue_light_flg AND active_flg;

-- Q12 mtnrescue | vehicles | Which of our vehicles need an MOT before the end of April?
SELECT veh_cd, reg_no, make_model_txt, mot_due_dt FROM mtnrescue.vehicles WHERE mot_due_dt <= DATE '2026-04-30';

-- Q13 mtnrescue | kit_inspections, kit_items | Which ropes or harnesses failed their six-monthly lifting-equipment examination?
SELECT k.kit_no, k.descr_txt, i.insp_dt, i.notes_txt FROM mtnrescue.kit_inspections i JOIN mtnrescue.kit_items k ON k.kit_no = i.kit_ref WHERE k.kit_type_cd IN ('ROPE', 'HARN') AND i.insp_type = 'LOLER' AND i.result_cd = 'F';

-- Q14 mtnrescue | members, training_attendance, training_sessions | Which active hill-going members have never turned up to a rope rescue training session?
SELECT m.full_nm, m.role_cd FROM mtnrescue.members m WHERE m.active_flg AND m.role_cd <> 'SUP' AND NOT EXISTS (SELECT 1 FROM mtnrescue.training_attendance a JOIN mtnrescue.training_sessions s ON s.sess_no = a.sess_ref WHERE a.mbr_no = m.mbr_no AND a.att_cd = 'P' AND s.topic_cd = 'ROPE');

-- Q15 mtnrescue | donations | How much have grateful casualties and their families given us?
SELECT sum(amt) AS grateful_gifts FROM mtnrescue.donations WHERE source_cd = 'GRAT';

-- Q16 mtnrescue | donations, callouts | Which rescues prompted a thank-you donation, where and when were they, and how much came in for each?
SELECT c.inc_no, c.page_dt, c.fell_nm, sum(d.amt) AS donated FROM mtnrescue.donations d JOIN mtnrescue.callouts c ON c.inc_no = d.inc_ref GROUP BY c.inc_no, c.page_dt, c.fell_nm;

-- Q17 mtnrescue | callout_members, callouts, members | Which volunteers went out on the hill to the winter climbing accident?
SELECT DISTINCT m.full_nm, cm.duty_cd FROM mtnrescue.callout_members cm JOIN mtnrescue.callouts c ON c.inc_no = cm.inc_ref JOIN mtnrescue.members m ON m.mbr_no = cm.mbr_ref WHERE c.activity_cd = 'WCLIMB' AND cm.duty_cd IN ('HILL', 'CAS', 'DOG');

-- Q18 mushroom | crops | Which crops have been hit by green mould?
SELECT crop_no, room_ref, disease_first_dt, cull_m2, notes_txt FROM mushroom.crops WHERE disease_cd = 'TRICH';

-- Q19 mushroom | crops | Which crops have picked less than 25 kilos a square metre so far?
SELECT crop_no, room_ref, yield_kg_m2, crop_status FROM mushroom.crops WHERE yield_kg_m2 < 25;

-- Q20 mushroom | crops, growing_rooms | Which rooms are picking chestnut mushrooms at the moment, and when were they filled?
SELECT r.room_nm, c.crop_no, c.fill_dt FROM mushroom.crops c JOIN mushroom.growing_rooms r ON r.room_no = c.room_ref WHERE r.crop_type_cd = 'CH' AND c.crop_status = 'cropping';

-- Q21 mushroom | crops, substrate_batches | Which crops were filled with compost we bought in rather than made ourselves?
SELECT c.crop_no, c.fill_dt, s.batch_no, s.supplier_nm FROM mushroom.crops c JOIN mushroom.substrate_batches s ON s.batch_no = c.compost_batch WHERE s.source_cd = 'BUY';

-- Q22 mushroom | crops, spawn_lots | Which spawn strain went into each crop, and which lab supplied it?
SELECT c.crop_no, s.strain_nm, s.supplier_nm FROM mushroom.crops c JOIN mushroom.spawn_lots s ON s.spawn_lot_cd = c.spawn_lot_ref;

-- Q23 mushroom | harvest_picks, staff | How many kilos an hour does each picker manage?
SELECT s.emp_nm, sum(h.kg_picked) / nullif(sum(h.hrs_worked), 0) AS kg_per_hour FROM mushroom.harvest_picks h JOIN mushroom.staff s ON s.emp_id = h.picker_id GROUP BY s.emp_nm ORDER BY kg_per_hour DESC;

-- Q24 mushroom | harvest_picks | How many kilos of opened cups and flats has each crop given us?
SELECT crop_ref, sum(kg_picked) AS open_kg FROM mushroom.harvest_picks WHERE grade_cd = 'OPEN' GROUP BY crop_ref;

-- Q25 mushroom | staff | Which of our pickers come through an agency, and which agency?
SELECT emp_nm, agency_nm FROM mushroom.staff WHERE job_cd = 'PICK' AND agency_nm IS NOT NULL;

-- Q26 mushroom | substrate_batches | Which compost batches still had too much ammonia to be spawned?
SELECT batch_no, phase2_end_dt, ammonia_ppm, batch_status FROM mushroom.substrate_batches WHERE ammonia_ppm >= 10;

-- Q27 mushroom | spawn_lots | Which spawn still in the cold store was already past its use-by on 1 March?
SELECT spawn_lot_cd, strain_nm, use_by_dt, kg_remaining FROM mushroom.spawn_lots WHERE kg_remaining > 0 AND use_by_dt < DATE '2026-03-01';

-- Q28 mushroom | pack_outs, products | How many cases of each product did we pack in February?
SELECT p.sku_desc, sum(o.cases_qty) AS cases FROM mushroom.pack_outs o JOIN mushroom.products p ON p.sku_cd = o.sku WHERE o.pack_dt >= DATE '2026-02-01' AND o.pack_dt < DATE '2026-03-01' GROUP BY p.sku_desc;

-- Q29 mushroom | qa_checks, pack_outs | Which packed lots failed a listeria swab, and which crop were they from?
SELECT q.lot_ref, q.check_dt, o.crop_ref, q.comment_txt FROM mushroom.qa_checks q JOIN mushroom.pack_outs o ON o.lot_cd = q.lot_ref WHERE q.check_type = 'LIS' AND q.result_cd = 'F';

-- Q30 mushroom | orders, customers | Which supermarket orders are still open?
SELECT o.ord_no, c.cust_nm, o.req_deliv_dt FROM mushroom.orders o JOIN mushroom.customers c ON c.cust_cd = o.cust_cd WHERE c.cust_type = 'MULT' AND o.ord_status = 'open';

-- Q31 mushroom | order_lines, orders, customers | Which customers were shorted on their deliveries, and by how many cases?
SELECT c.cust_nm, o.ord_no, sum(l.cases_ord - l.cases_shipped) AS cases_short FROM mushroom.order_lines l JOIN mushroom.orders o ON o.ord_no = l.ord_ref JOIN mushroom.customers c ON c.cust_cd = o.cust_cd WHERE o.ord_status IN ('shipped', 'invoiced') AND l.cases_shipped < l.cases_ord GROUP BY c.cust_nm, o.ord_no;

-- Q32 mushroom | order_lines, products | What have our oyster mushroom sales come to?
SELECT sum(l.cases_shipped * l.px_case_amt) AS oyster_sales FROM mushroom.order_lines l JOIN mushroom.products p ON p.sku_cd = l.item_sku WHERE p.species_cd = 'OY';

-- Q33 mushroom | fly_counts, growing_rooms | Have any of the specialty rooms had more than 50 sciarid flies on the traps?
SELECT r.room_nm, r.crop_type_cd, f.count_dt, f.sciarid_cnt, f.action_txt FROM mushroom.fly_counts f JOIN mushroom.growing_rooms r ON r.room_no = f.room_cd WHERE r.crop_type_cd IN ('OY', 'SH', 'LM') AND f.sciarid_cnt > 50;

-- Q34 mushroom | qa_checks, pack_outs, crops, growing_rooms | Which growing rooms did the packs that failed a quality check come from?
SELECT DISTINCT r.room_nm, q.check_type, q.lot_ref FROM mushroom.qa_checks q JOIN mushroom.pack_outs o ON o.lot_cd = q.lot_ref JOIN mushroom.crops c ON c.crop_no = o.crop_ref JOIN mushroom.growing_rooms r ON r.room_no = c.room_ref WHERE q.result_cd = 'F';

-- Q35 pianoworks | appointments | Which pianos were more than 20 cents flat when the tuner got there?
SELECT appt_no, appt_dt, instr_ref, pitch_before_cents FROM pianoworks.appointments WHERE pitch_before_cents < -20;

-- Q36 pianoworks | appointments, technicians | How much has each tuner charged for the visits they've completed this year?
SELECT t.tech_nm, count(*) AS visits, sum(a.fee_amt) AS fees FROM pianoworks.appointments a JOIN pianoworks.technicians t ON t.tech_no = a.tuner_no WHERE a.appt_status = 'done' AND a.appt_dt >= DATE '2026-01-01' GROUP BY t.tech_nm;

-- Q37 pianoworks | appointments, pianos | Which grand pianos have been found with a cracked soundboard?
SELECT DISTINCT p.maker_nm, p.model_txt, p.serial_no FROM pianoworks.appointments a JOIN pianoworks.pianos p ON p.piano_id = a.instr_ref WHERE a.soundboard_crack_flg AND p.piano_type IN ('GRD', 'CONC');

-- Q38 pianoworks | appointments, pianos, clients | Which church pianos have tuning pins too loose to hold a tuning?
SELECT DISTINCT c.cust_nm, p.maker_nm, p.model_txt, a.appt_dt FROM pianoworks.appointments a JOIN pianoworks.pianos p ON p.piano_id = a.instr_ref JOIN pianoworks.clients c ON c.cust_id = p.owner_ref WHERE a.pinblock_cd = 'L' AND c.cust_type = 'CHU';

-- Q39 pianoworks | pianos | Which pianos do we keep below concert pitch, and at what pitch?
SELECT piano_id, maker_nm, model_txt, mfg_yr, std_pitch_hz FROM pianoworks.pianos WHERE std_pitch_hz < 440;

-- Q40 pianoworks | pianos, clients | How many pianos does each school have with us?
SELECT c.cust_nm, count(*) AS pianos FROM pianoworks.pianos p JOIN pianoworks.clients c ON c.cust_id = p.owner_ref WHERE c.cust_type = 'SCH' GROUP BY c.cust_nm;

-- Q41 pianoworks | technicians | Which of our technicians are cleared to prepare the concert grands?
SELECT tech_nm, role_cd FROM pianoworks.technicians WHERE concert_approved_flg AND active_flg;

-- Q42 pianoworks | workshop_jobs | Which workshop jobs are held up waiting for parts?
SELECT job_no, piano_no, job_type, rcvd_dt, promised_dt FROM pianoworks.workshop_jobs WHERE job_stage = 'awaiting parts';

-- Q43 pianoworks | workshop_jobs, pianos | Which Steinways have been through the workshop, and what work was done on them?
SELECT w.job_no, p.model_txt, p.serial_no, w.job_type, w.job_stage FROM pianoworks.workshop_jobs w JOIN pianoworks.pianos p ON p.piano_id = w.piano_no WHERE p.maker_nm = 'Steinway & Sons';

-- Q44 pianoworks | workshop_jobs | Which workshop jobs came in over the quote, and by how much?
SELECT job_no, job_type, estimate_amt, final_amt, final_amt - estimate_amt AS over_by FROM pianoworks.workshop_jobs WHERE final_amt > estimate_amt;

-- Q45 pianoworks | parts, suppliers | Which parts are we running low on, and who do we order them from?
SELECT p.part_cd, p.part_desc, p.qty_on_hand, p.reorder_lvl, s.supp_nm, s.lead_days FROM pianoworks.parts p JOIN pianoworks.suppliers s ON s.supp_no = p.pref_supplier WHERE p.qty_on_hand <= p.reorder_lvl;

-- Q46 pianoworks | parts_used, parts, workshop_jobs | What parts have gone into full restorations, and what did they cost us?
SELECT w.job_no, p.part_desc, u.qty_used, u.qty_used * p.unit_cost_amt AS cost FROM pianoworks.parts_used u JOIN pianoworks.parts p ON p.part_cd = u.part_cd JOIN pianoworks.workshop_jobs w ON w.job_no = u.job_ref WHERE w.job_type = 'FULL';

-- Q47 pianoworks | rentals, clients | Which renters have fallen behind with their payments?
SELECT c.cust_nm, c.tel_no, r.rental_no, r.monthly_amt FROM pianoworks.rentals r JOIN pianoworks.clients c ON c.cust_id = r.renter_id WHERE r.rental_status = 'arrears';

-- Q48 pianoworks | rentals | How much credit towards buying have our current rent-to-own customers built up?
SELECT sum(credit_accrued_amt) AS credit FROM pianoworks.rentals WHERE rto_flg AND rental_status = 'active';

-- Q49 pianoworks | invoices, clients | Which invoices to schools and churches are still unpaid?
SELECT c.cust_nm, i.inv_no, i.inv_dt, i.net_amt + i.vat_amt AS owed, i.inv_status FROM pianoworks.invoices i JOIN pianoworks.clients c ON c.cust_id = i.acct_ref WHERE c.cust_type IN ('SCH', 'CHU') AND i.inv_status IN ('open', 'overdue');

-- Q50 pianoworks | concert_services, technicians, clients | Who was on standby at which concerts, and at which venue?
SELECT s.event_dt, s.artist_nm, c.cust_nm AS venue, t.tech_nm AS standby FROM pianoworks.concert_services s JOIN pianoworks.technicians t ON t.tech_no = s.standby_tech JOIN pianoworks.clients c ON c.cust_id = s.venue_cust WHERE s.standby_flg;

-- Q51 pianoworks | piano_moves, technicians | Which removals needed a crane, and who led the crew?
SELECT m.move_no, m.move_dt, m.to_addr, t.tech_nm AS crew_lead FROM pianoworks.piano_moves m JOIN pianoworks.technicians t ON t.tech_no = m.crew_lead WHERE m.crane_flg;

-- Q52 tollroad | transactions | How many trips went through without a tag and had to be billed by number plate?
SELECT count(*) AS video_tolls FROM tollroad.transactions WHERE pay_mode = 'VID';

-- Q53 tollroad | transactions | Which passages were charged at a different class from the one the lane measured?
SELECT txn_id, txn_ts, plaza_id, detected_cls, charged_cls FROM tollroad.transactions WHERE charged_cls <> detected_cls;

-- Q54 tollroad | transactions, plazas | How much toll did each plaza take in February?
SELECT p.plaza_nm, sum(t.toll_amt - t.disc_amt) AS revenue FROM tollroad.transactions t JOIN tollroad.plazas p ON p.plaza_cd = t.plaza_id WHERE t.txn_ts >= TIMESTAMP '2026-02-01' AND t.txn_ts < TIMESTAMP '2026-03-01' GROUP BY p.plaza_nm;

-- Q55 tollroad | transactions, accounts | How much have our fleet customers spent on tolls this year?
SELECT a.holder_nm, sum(t.toll_amt - t.disc_amt) AS spent FROM tollroad.transactions t JOIN tollroad.accounts a ON a.acct_no = t.acct_ref WHERE a.acct_type = 'FLEET' AND t.txn_ts >= TIMESTAMP '2026-01-01' GROUP BY a.holder_nm;

-- Q56 tollroad | transactions, transponders, accounts | Which customers' stolen tags have been read at our plazas, and where?
SELECT a.holder_nm, tg.tag_id, tg.plate_txt, t.txn_ts, t.plaza_id FROM tollroad.transactions t JOIN tollroad.transponders tg ON tg.tag_id = t.tag_no JOIN tollroad.accounts a ON a.acct_no = tg.acct_no WHERE tg.tag_status = 'STOL';

-- Q57 tollroad | transactions | How many emergency vehicles have gone through free of charge?
SELECT count(*) AS emergency_passages FROM tollroad.transactions WHERE exempt_cd = 'EMS';

-- Q58 tollroad | violations | Which unpaid-toll notices have been handed to the debt collectors?
SELECT viol_no, plate_txt, keeper_nm, toll_due_amt + penalty_amt - paid_amt AS outstanding FROM tollroad.violations WHERE viol_status = 'DEBT';

-- Q59 tollroad | violations, transactions, plazas | Which plazas are the unpaid-toll notices coming from, and how many from each?
SELECT p.plaza_nm, count(*) AS notices FROM tollroad.violations v JOIN tollroad.transactions t ON t.txn_id = v.txn_ref JOIN tollroad.plazas p ON p.plaza_cd = t.plaza_id GROUP BY p.plaza_nm ORDER BY notices DESC;

-- Q60 tollroad | accounts | Which accounts have been suspended for going into the red?
SELECT acct_no, holder_nm, bal_amt FROM tollroad.accounts WHERE acct_status = 'SUSP';

-- Q61 tollroad | transponders | Which working tags will need replacing because their battery runs out before the end of the year?
SELECT tag_id, acct_no, plate_txt, battery_exp_dt FROM tollroad.transponders WHERE tag_status = 'VALID' AND battery_exp_dt < DATE '2027-01-01';

-- Q62 tollroad | cash_shifts, staff | Which toll collectors came up short at cash-up, and by how much?
SELECT s.emp_nm, c.shift_no, c.plaza_cd, c.variance_amt FROM tollroad.cash_shifts c JOIN tollroad.staff s ON s.emp_no = c.collector_no WHERE c.variance_amt < 0 ORDER BY c.variance_amt;

-- Q63 tollroad | incidents | How many wrong-way drivers have we had on the motorway?
SELECT count(*) AS wrong_way FROM tollroad.incidents WHERE inc_type = 'WRNG';

-- Q64 tollroad | incidents, staff | Which traffic officers have attended crashes where people were hurt?
SELECT DISTINCT s.emp_nm FROM tollroad.incidents i JOIN tollroad.staff s ON s.emp_no = i.patrol_emp WHERE i.inc_type = 'RTC' AND i.injuries_cnt > 0;

-- Q65 tollroad | roadworks | What overnight lane closures are planned for March?
SELECT works_no, works_type, km_from, km_to, carriageway_cd, start_dt, end_dt, lane_closure_txt FROM tollroad.roadworks WHERE night_only_flg AND start_dt <= DATE '2026-03-31' AND end_dt >= DATE '2026-03-01';

-- Q66 tollroad | toll_rates, plazas, vehicle_classes | What is the peak toll at Harbour Road for each kind of vehicle right now?
SELECT v.class_desc, r.peak_amt, r.tag_disc_pct FROM tollroad.toll_rates r JOIN tollroad.plazas p ON p.plaza_cd = r.plaza_ref JOIN tollroad.vehicle_classes v ON v.class_cd = r.veh_cls WHERE p.plaza_nm = 'Harbour Road Plaza' AND r.eff_to_dt IS NULL ORDER BY r.peak_amt;

-- Q67 tollroad | traffic_counts, vehicle_classes | How many of each type of vehicle did we count each day, with the class names spelled out?
SELECT t.count_dt, v.class_desc, sum(t.veh_cnt) AS vehicles FROM tollroad.traffic_counts t JOIN tollroad.vehicle_classes v ON v.class_cd = t.class_cd GROUP BY t.count_dt, v.class_desc ORDER BY t.count_dt, v.class_desc;

-- Q68 tollroad | transactions, transponders, accounts, plazas | Which fleet customers were charged for a heavier class than their tag is registered for, and at which plaza?
SELECT a.holder_nm, tg.tag_id, tg.class_cd AS tag_class, t.charged_cls, p.plaza_nm, t.txn_ts FROM tollroad.transactions t JOIN tollroad.transponders tg ON tg.tag_id = t.tag_no JOIN tollroad.accounts a ON a.acct_no = tg.acct_no JOIN tollroad.plazas p ON p.plaza_cd = t.plaza_id WHERE a.acct_type = 'FLEET' AND t.charged_cls > tg.class_cd;

-- Q69 creamery | milk_collections | Which tanker loads were turned away, and why?
SELECT coll_id, coll_ts, supplier_no, tanker_cd, litres_qty, reject_rsn_txt FROM creamery.milk_collections WHERE rejected_flg;

-- Q70 creamery | milk_collections, farms | Which farms have had milk fail the antibiotic screen?
SELECT DISTINCT f.farm_nm, f.owner_nm, m.coll_ts FROM creamery.milk_collections m JOIN creamery.farms f ON f.farm_no = m.supplier_no WHERE m.abx_screen_cd = 'POS';

-- Q71 creamery | milk_tests, milk_collections, farms | Which farms sent milk with a cell count over the legal limit?
SELECT f.farm_nm, t.test_dt, t.scc_k FROM creamery.milk_tests t JOIN creamery.milk_collections m ON m.sample_no = t.sample_ref JOIN creamery.farms f ON f.farm_no = m.supplier_no WHERE t.scc_k > 400;

-- Q72 creamery | farm_payments, farms | What did we pay each organic farm for its January milk?
SELECT f.farm_nm, p.litres_paid, p.net_amt FROM creamery.farm_payments p JOIN creamery.farms f ON f.farm_no = p.farm_ref WHERE f.organic_flg AND p.pay_month = DATE '2026-01-01';

-- Q73 creamery | process_batches | Which pasteuriser runs had milk sent back because it didn't get hot enough?
SELECT batch_no, prod_dt, line_cd, past_temp_c, divert_cnt FROM creamery.process_batches WHERE divert_cnt > 0;

-- Q74 creamery | process_batches | Which batches are held at the moment waiting on lab results?
SELECT batch_no, prod_dt, prod_cd, notes_txt FROM creamery.process_batches WHERE qa_hold_flg AND hold_rsn_cd = 'MICRO' AND batch_status = 'held';

-- Q75 creamery | process_batches, products | How many packs of each butter did we make in February?
SELECT p.prod_nm, sum(b.units_filled) AS packs FROM creamery.process_batches b JOIN creamery.products p ON p.prod_cd = b.prod_cd WHERE p.category_cd = 'BUT' AND b.prod_dt >= DATE '2026-02-01' AND b.prod_dt < DATE '2026-03-01' GROUP BY p.prod_nm;

-- Q76 creamery | process_batches, employees | Who was running the line on batches that failed the test proving the milk was properly pasteurised?
SELECT b.batch_no, b.prod_dt, e.emp_nm FROM creamery.process_batches b JOIN creamery.employees e ON e.emp_no = b.operator_emp WHERE b.alp_result = 'F';

-- Q77 creamery | cheese_lots | How much cheddar have the graders set aside to become extra mature?
SELECT sum(kg_qty) AS kg FROM creamery.cheese_lots WHERE grade_cd = 'EXM';

-- Q78 creamery | cheese_lots, process_batches, employees | Which cheesemaker made each of the lots that were downgraded for processing?
SELECT c.lot_no, c.make_dt, e.emp_nm AS cheesemaker FROM creamery.cheese_lots c JOIN creamery.process_batches b ON b.batch_no = c.make_batch JOIN creamery.employees e ON e.emp_no = b.operator_emp WHERE c.grade_cd = 'PRC';

-- Q79 creamery | dispatches, customers | How many cases has each export customer taken?
SELECT c.cust_nm, sum(d.cases_qty) AS cases FROM creamery.dispatches d JOIN creamery.customers c ON c.cust_no = d.cust_acct WHERE c.channel_cd = 'EXP' GROUP BY c.cust_nm;

-- Q80 creamery | dispatches, process_batches, customers, products | Which customers were sent product from a batch QA had put on hold, and what product was it?
SELECT DISTINCT c.cust_nm, p.prod_nm, d.batch_ref, b.hold_rsn_cd FROM creamery.dispatches d JOIN creamery.process_batches b ON b.batch_no = d.batch_ref JOIN creamery.customers c ON c.cust_no = d.cust_acct JOIN creamery.products p ON p.prod_cd = d.prod_cd WHERE b.qa_hold_flg;

-- Q81 creamery | tankers | Which tankers do we hire in from outside hauliers, and how much do they hold?
SELECT tanker_no, reg_plate, haulier_nm, capacity_l FROM creamery.tankers WHERE NOT owned_flg;

-- Q82 creamery | employees | Who is trained far enough in food safety to release held product?
SELECT emp_nm, job_title FROM creamery.employees WHERE haccp_lvl >= 4 AND active_flg;

-- Q83 creamery | cip_log, employees | Which cleans were never verified, and who ran them?
SELECT l.cip_id, l.equip_cd, l.start_ts, e.emp_nm FROM creamery.cip_log l JOIN creamery.employees e ON e.emp_no = l.operator_emp WHERE NOT l.verified_flg;

-- Q84 creamery | farms | Which farms have lost their assurance certificate or been suspended?
SELECT farm_no, farm_nm, farm_assured_flg, suspended_flg FROM creamery.farms WHERE NOT farm_assured_flg OR suspended_flg;

-- Q85 escaperoom | game_sessions | Which teams set a new fastest time for their room?
SELECT session_id, room_cd, game_dt, escape_secs FROM escaperoom.game_sessions WHERE record_flg;

-- Q86 escaperoom | game_sessions | How many games ended early with a player hitting the emergency release?
SELECT count(*) AS games FROM escaperoom.game_sessions WHERE emergency_exit_flg;

-- Q87 escaperoom | game_sessions, rooms | How many teams escaped and how many ran out of time in each room in February, by room name?
SELECT r.room_nm, count(*) FILTER (WHERE g.escaped_flg) AS escaped, count(*) FILTER (WHERE NOT g.escaped_flg) AS timed_out FROM escaperoom.game_sessions g JOIN escaperoom.rooms r ON r.room_cd = g.room_cd WHERE g.game_dt >= DATE '2026-02-01' AND g.game_dt < DATE '2026-03-01' GROUP BY r.room_nm;

-- Q88 escaperoom | game_sessions, staff | How many games has each game master run, and how many hints do they give on average?
SELECT s.staff_nm, count(*) AS games, avg(g.hints_given) AS avg_hints FROM escaperoom.game_sessions g JOIN escaperoom.staff s ON s.staff_id = g.gm_staff GROUP BY s.staff_nm;

-- Q89 escaperoom | game_sessions, bookings, customers | Which companies booked team-building games, and did their teams get out?
SELECT c.company_nm, b.slot_dt, g.room_cd, g.escaped_flg FROM escaperoom.game_sessions g JOIN escaperoom.bookings b ON b.bkg_no = g.bkg_ref JOIN escaperoom.customers c ON c.cust_id = b.lead_booker WHERE b.bkg_type = 'CORP';

-- Q90 escaperoom | rooms | Which rooms have a live actor scaring the players?
SELECT room_cd, room_nm, theme_txt FROM escaperoom.rooms WHERE scare_lvl = 3 AND retired_dt IS NULL;

-- Q91 escaperoom | rooms, venues | Which rooms at the franchised venues can be played from a wheelchair?
SELECT v.site_nm, r.room_nm FROM escaperoom.rooms r JOIN escaperoom.venues v ON v.site_cd = r.site_ref WHERE v.franchise_flg AND r.wheelchair_flg AND r.retired_dt IS NULL;

-- Q92 escaperoom | puzzles, rooms | Which puzzles in Pharaoh's Tomb do teams get stuck on most?
SELECT p.seq_no, p.puzzle_nm, p.fail_rate_pct FROM escaperoom.puzzles p JOIN escaperoom.rooms r ON r.room_cd = p.room_cd WHERE r.room_nm = 'Pharaoh''s Tomb' ORDER BY p.fail_rate_pct DESC;

-- Q93 escaperoom | prop_faults | Which game-stopping prop faults are still waiting to be fixed?
SELECT fault_no, room_ref, logged_ts, fault_txt FROM escaperoom.prop_faults WHERE severity_cd = 'A' AND fixed_ts IS NULL;

-- Q94 escaperoom | prop_faults, puzzles, staff | Which technicians have been fixing magnetic lock faults, and how many each?
SELECT s.staff_nm, count(*) AS fixes FROM escaperoom.prop_faults f JOIN escaperoom.puzzles p ON p.puzzle_id = f.puzzle_ref JOIN escaperoom.staff s ON s.staff_id = f.fixed_by WHERE p.mech_cd = 'MAG' GROUP BY s.staff_nm;

-- Q95 escaperoom | bookings, rooms, venues | How many no-shows has each venue had?
SELECT v.site_nm, count(*) AS no_shows FROM escaperoom.bookings b JOIN escaperoom.rooms r ON r.room_cd = b.room_ref JOIN escaperoom.venues v ON v.site_cd = r.site_ref WHERE b.bkg_status = 'no-show' GROUP BY v.site_nm;

-- Q96 escaperoom | gift_vouchers | How much is sitting on gift vouchers that have been sold but not used yet?
SELECT count(*) AS vouchers, sum(face_amt) AS outstanding FROM escaperoom.gift_vouchers WHERE voucher_status = 'active';

-- Q97 escaperoom | payments, bookings | How much have we refunded on cancelled bookings?
SELECT sum(p.amt) AS refunded FROM escaperoom.payments p JOIN escaperoom.bookings b ON b.bkg_no = p.booking_no WHERE p.refund_flg AND b.bkg_status = 'cancelled';

-- Q98 escaperoom | reviews, venues | What's the average TripAdvisor rating for each venue?
SELECT v.site_nm, avg(r.stars) AS avg_stars, count(*) AS reviews FROM escaperoom.reviews r JOIN escaperoom.venues v ON v.site_cd = r.site_ref WHERE r.platform_cd = 'TA' GROUP BY v.site_nm;

-- Q99 escaperoom | staff | Which staff have the enhanced background check needed to host children's parties?
SELECT staff_nm, role_cd, site_cd FROM escaperoom.staff WHERE dbs_flg AND active_flg;

-- Q100 escaperoom | reviews, game_sessions, staff, rooms | Which game masters ran the games that got one- or two-star reviews on Google, and in which rooms?
SELECT s.staff_nm, r.room_nm, v.stars, v.review_txt FROM escaperoom.reviews v JOIN escaperoom.game_sessions g ON g.session_id = v.session_ref JOIN escaperoom.staff s ON s.staff_id = g.gm_staff JOIN escaperoom.rooms r ON r.room_cd = g.room_cd WHERE v.platform_cd = 'GOO' AND v.stars <= 2;
