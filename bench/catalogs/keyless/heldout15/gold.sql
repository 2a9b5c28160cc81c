-- Verification SQL for heldout15/questions.tsv (held-out 15: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the six heldout15 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 canalboats | boats | Which hire boats need a new Boat Safety certificate before the end of the summer?
SELECT boat_cd, boat_nm, bss_no, bss_exp FROM canalboats.boats WHERE fleet_cd = 'HIRE' AND bss_exp <= DATE '2026-08-31' ORDER BY bss_exp;

-- Q02 canalboats | boats | Which of our hire boats take dogs and have a bow thruster?
SELECT boat_cd, boat_nm, len_ft, berths FROM canalboats.boats WHERE fleet_cd = 'HIRE' AND pets_yn = 'Y' AND bow_thr_yn = 'Y';

-- Q03 canalboats | hire_bookings, boats | How much hire income has each boat brought in this season?
SELECT b.boat_nm, sum(h.gross_amt - h.disc_amt) AS income FROM canalboats.hire_bookings h JOIN canalboats.boats b ON b.boat_cd = h.vessel WHERE h.status_cd <> 'CXL' AND h.dep_dt >= DATE '2026-01-01' GROUP BY b.boat_nm ORDER BY income DESC;

-- Q04 canalboats | hire_bookings, hirers | Has anyone on our do-not-hire list managed to book a boat again?
SELECT c.fnm, c.snm, c.dnh_rsn, h.bk_ref, h.dep_dt, h.status_cd FROM canalboats.hire_bookings h JOIN canalboats.hirers c ON c.hirer_no = h.hirer WHERE c.dnh_yn = 'Y' AND h.status_cd IN ('PROV', 'CONF');

-- Q05 canalboats | hire_bookings, hirers | Are any complete beginners booked to do the Four Counties Ring?
SELECT c.fnm, c.snm, h.bk_ref, h.dep_dt, h.vessel FROM canalboats.hire_bookings h JOIN canalboats.hirers c ON c.hirer_no = h.hirer WHERE c.exp_cd = 'NONE' AND h.route_cd = '4CR' AND h.status_cd <> 'CXL';

-- Q06 canalboats | handovers, hire_bookings, hirers | Which hire parties had money kept back from their damage deposit, and how much?
SELECT c.fnm, c.snm, h.bk_ref, o.dmg_desc, o.dmg_chg, o.dep_refund FROM canalboats.handovers o JOIN canalboats.hire_bookings h ON h.bk_ref = o.bk JOIN canalboats.hirers c ON c.hirer_no = h.hirer WHERE o.dmg_chg > 0;

-- Q07 canalboats | handovers | How long are the trial cruises at handover lasting on average?
SELECT round(avg(trial_mins), 1) AS avg_mins, min(trial_mins) AS shortest, max(trial_mins) AS longest FROM canalboats.handovers;

-- Q08 canalboats | handovers, staff | Which instructors sent hire crews off without showing them how to work a lock?
SELECT s.nm, o.bk, o.ho_dt, o.trial_mins FROM canalboats.handovers o JOIN canalboats.staff s ON s.emp_no = o.instr WHERE o.lock_demo_yn = 'N';

-- Q09 canalboats | turnarounds, turnaround_crew | How much do we owe each of the cleaners for June's changeovers?
SELECT c.crew_nm, count(*) AS boats_done, count(*) * c.pay_per_ta AS owed FROM canalboats.turnarounds t JOIN canalboats.turnaround_crew c ON c.crew_id = t.cleaner WHERE t.ta_dt >= DATE '2026-06-01' AND t.ta_dt < DATE '2026-07-01' GROUP BY c.crew_nm, c.pay_per_ta;

-- Q10 canalboats | turnarounds | What faults have the cleaners picked up while turning boats round?
SELECT boat, ta_dt, fault_rep FROM canalboats.turnarounds WHERE fault_rep IS NOT NULL ORDER BY ta_dt;

-- Q11 canalboats | breakdowns, hire_bookings, hirers, staff | Which hire parties broke down while they were out, on which boat, and which engineer went out to them?
SELECT c.fnm, c.snm, b.boat_ref, b.reported_ts, b.loc_desc, b.fault_cd, s.nm AS engineer FROM canalboats.breakdowns b JOIN canalboats.hire_bookings h ON h.bk_ref = b.bk JOIN canalboats.hirers c ON c.hirer_no = h.hirer LEFT JOIN canalboats.staff s ON s.emp_no = b.engr ORDER BY b.reported_ts;

-- Q12 canalboats | breakdowns, boats | How much compensation have we paid out to hirers for breakdowns, boat by boat?
SELECT bt.boat_nm, count(*) AS breakdowns, sum(b.comp_amt) AS compensation FROM canalboats.breakdowns b JOIN canalboats.boats bt ON bt.boat_cd = b.boat_ref WHERE b.comp_amt > 0 GROUP BY bt.boat_nm;

-- Q13 canalboats | moorers | Which of our moorers have let their canal licence or their boat insurance lapse?
SELECT acct_no, owner_nm, boat_nm, lic_exp, ins_exp FROM canalboats.moorers WHERE lic_exp < DATE '2026-06-17' OR ins_exp < DATE '2026-06-17';

-- Q14 canalboats | berth_agreements, moorers, berths | Is anybody living on their boat in the marina without a residential berth?
SELECT m.owner_nm, m.boat_nm, a.berth, b.berth_cls FROM canalboats.berth_agreements a JOIN canalboats.moorers m ON m.acct_no = a.moorer JOIN canalboats.berths b ON b.berth_no = a.berth WHERE m.liveaboard_yn = 'Y' AND b.berth_cls <> 'RES' AND a.end_dt >= DATE '2026-06-17';

-- Q15 canalboats | mooring_invoices, moorers | Which moorers have mooring bills outstanding, and are they paying by direct debit?
SELECT m.owner_nm, m.dd_yn, count(*) AS unpaid_invoices, sum(i.tot_amt) AS owed FROM canalboats.mooring_invoices i JOIN canalboats.moorers m ON m.acct_no = i.acct WHERE i.paid_dt IS NULL GROUP BY m.owner_nm, m.dd_yn;

-- Q16 canalboats | visitor_moorings | Did any visiting boats slip away without paying for their night's mooring?
SELECT boat_nm, crt_idx, berth, arr_dt, dep_dt, fee FROM canalboats.visitor_moorings WHERE paid_cd = 'UNPAID';

-- Q17 canalboats | diesel_sales | How much diesel did we sell at the wharf in June, and how many litres of it were declared for heating?
SELECT sum(litres) AS litres_sold, sum(litres * dom_pct / 100.0) AS heating_litres FROM canalboats.diesel_sales WHERE sale_dt >= DATE '2026-06-01' AND sale_dt < DATE '2026-07-01';

-- Q18 organbuild | instruments | Which of the organs on our books still have tubular-pneumatic action?
SELECT bldg_nm, town, orig_builder, yr_built, condition_cd FROM organbuild.instruments WHERE action_cd = 'TPN';

-- Q19 organbuild | instruments, clients | Which clients have an organ in poor or unplayable condition?
SELECT c.cl_nm, i.bldg_nm, i.town, i.condition_cd, i.notes FROM organbuild.instruments i JOIN organbuild.clients c ON c.client_no = i.site_client WHERE i.condition_cd >= 4;

-- Q20 organbuild | tuning_visits, instruments | Where have our tuners found the air dangerously dry this year?
SELECT i.bldg_nm, i.town, v.visit_dt, v.rh_pct, v.temp_c FROM organbuild.tuning_visits v JOIN organbuild.instruments i ON i.organ_id = v.organ_id WHERE v.rh_pct < 45 AND v.visit_dt >= DATE '2026-01-01';

-- Q21 organbuild | tuning_visits, craftsmen | How many tuning visits has each of our tuners done this year, and how many ciphers have they sorted out?
SELECT c.nm, count(*) AS visits, sum(v.ciphers_fixed) AS ciphers FROM organbuild.tuning_visits v JOIN organbuild.craftsmen c ON c.crafts_no = v.tuner WHERE v.visit_dt >= DATE '2026-01-01' GROUP BY c.nm;

-- Q22 organbuild | tuning_contracts | Which tuning contracts come up for renewal in the next three months?
SELECT contract_no, organ_ref, renew_dt, visits_pa, fee_per_visit FROM organbuild.tuning_contracts WHERE status_cd = 'LIVE' AND renew_dt BETWEEN DATE '2026-06-17' AND DATE '2026-09-17';

-- Q23 organbuild | tuning_contracts, instruments, clients | Which churches have let their tuning contract lapse or cancelled it?
SELECT c.cl_nm, i.bldg_nm, t.contract_no, t.status_cd, t.renew_dt FROM organbuild.tuning_contracts t JOIN organbuild.instruments i ON i.organ_id = t.organ_ref JOIN organbuild.clients c ON c.client_no = i.site_client WHERE t.status_cd IN ('LAPSED', 'TERM');

-- Q24 organbuild | projects | What's the total value of the workshop contracts we've signed but not yet finished?
SELECT count(*) AS jobs, sum(coalesce(contract_amt, quote_amt)) AS value FROM organbuild.projects WHERE status_cd <> 'DONE';

-- Q25 organbuild | stage_payments, projects | Which project invoices have gone out but not been paid?
SELECT p.proj_no, p.descr, s.stage_cd, s.inv_no, s.inv_dt, s.amt FROM organbuild.stage_payments s JOIN organbuild.projects p ON p.proj_no = s.proj WHERE s.inv_no IS NOT NULL AND s.paid_dt IS NULL;

-- Q26 organbuild | projects, instruments, clients | Which Church of England jobs are still waiting for their faculty to come through?
SELECT c.cl_nm, i.bldg_nm, p.proj_no, p.faculty_ref, p.status_cd FROM organbuild.projects p JOIN organbuild.instruments i ON i.organ_id = p.organ_ref JOIN organbuild.clients c ON c.client_no = i.site_client WHERE c.cl_type IN ('CE', 'CATH') AND p.faculty_dt IS NULL AND p.status_cd <> 'DONE';

-- Q27 organbuild | workshop_hours, craftsmen, projects, instruments | How many hours has each of the team put into the Evesham restoration so far?
SELECT c.nm, sum(w.hrs) AS hours FROM organbuild.workshop_hours w JOIN organbuild.craftsmen c ON c.crafts_no = w.worker JOIN organbuild.projects p ON p.proj_no = w.proj_ref JOIN organbuild.instruments i ON i.organ_id = p.organ_ref WHERE i.town = 'Evesham' AND p.proj_cd = 'REST' GROUP BY c.nm ORDER BY hours DESC;

-- Q28 organbuild | workshop_hours | How many hours have gone on releathering this year?
SELECT sum(hrs) AS hours FROM organbuild.workshop_hours WHERE task_cd = 'LEATH' AND wk_dt >= DATE '2026-01-01';

-- Q29 organbuild | pipe_ranks | Which ranks of pipes are damaged - split, collapsed or with pipes missing?
SELECT organ_ref, division_cd, stop_nm, pitch_ft, cond_cd, loc_cd FROM organbuild.pipe_ranks WHERE cond_cd IN ('SPLIT', 'COLL', 'MISS');

-- Q30 organbuild | pipe_ranks, instruments | What original spotted-metal pipework have we got in the workshop at the moment, and which organs is it from?
SELECT i.bldg_nm, i.town, r.stop_nm, r.pitch_ft, r.pipes FROM organbuild.pipe_ranks r JOIN organbuild.instruments i ON i.organ_id = r.organ_ref WHERE r.loc_cd = 'WKSP' AND r.metal_cd = 'SPOT' AND r.orig_yn = 'Y';

-- Q31 organbuild | stock_items, suppliers | Which materials are we running low on in the workshop, and who do we order them from?
SELECT s.descr, s.qty_on_hand, s.reorder_lvl, p.sup_nm, p.lead_wks FROM organbuild.stock_items s JOIN organbuild.suppliers p ON p.sup_cd = s.supplier WHERE s.qty_on_hand <= s.reorder_lvl;

-- Q32 organbuild | enquiries | Which enquiries came to us through a diocesan organ adviser, and did they turn into work?
SELECT enq_no, recv_dt, enq_cd, adviser_nm, outcome_cd FROM organbuild.enquiries WHERE src_cd = 'DOA';

-- Q33 organbuild | craftsmen | Who in the workshop is trained on scaffold towers and has been DBS checked?
SELECT nm, trade_cd FROM organbuild.craftsmen WHERE ipaf_yn = 'Y' AND dbs_yn = 'Y' AND leave_dt IS NULL;

-- Q34 organbuild | specialists | Which of the outside firms we bring in have let their public liability insurance run out?
SELECT firm_nm, specialism, pli_exp FROM organbuild.specialists WHERE pli_exp < DATE '2026-06-17';

-- Q35 dogdaycare | dogs | Which of our daycare dogs are out of date on their jabs?
SELECT dog_nm, breed, vacc_dhp_exp, vacc_lepto_exp, kc_exp FROM dogdaycare.dogs WHERE active_yn = 'Y' AND (vacc_dhp_exp < DATE '2026-06-17' OR vacc_lepto_exp < DATE '2026-06-17' OR kc_exp < DATE '2026-06-17');

-- Q36 dogdaycare | dogs, owners | Which dogs have we banned from day care, and who are their owners?
SELECT d.dog_nm, d.ban_rsn, o.fnm, o.snm, o.mob FROM dogdaycare.dogs d JOIN dogdaycare.owners o ON o.own_id = d.owner_no WHERE d.banned_yn = 'Y';

-- Q37 dogdaycare | dogs | Which dogs need medicine giving while they're with us?
SELECT dog_nm, meds, feed_instr FROM dogdaycare.dogs WHERE active_yn = 'Y' AND meds IS NOT NULL AND meds <> 'None';

-- Q38 dogdaycare | daycare_bookings, dogs, owners | Who was late collecting their dog this week, and by how many minutes?
SELECT o.fnm, o.snm, d.dog_nm, b.day_dt, b.late_mins FROM dogdaycare.daycare_bookings b JOIN dogdaycare.dogs d ON d.dog_no = b.dog JOIN dogdaycare.owners o ON o.own_id = d.owner_no WHERE b.late_mins > 0 AND b.day_dt BETWEEN DATE '2026-06-15' AND DATE '2026-06-21';

-- Q39 dogdaycare | daycare_bookings | How many dogs have we got booked in for Monday the 22nd?
SELECT count(*) AS dogs_booked FROM dogdaycare.daycare_bookings WHERE day_dt = DATE '2026-06-22' AND status_cd = 'BKD';

-- Q40 dogdaycare | daycare_bookings, dogs | Which dogs didn't turn up this month or were cancelled too late?
SELECT d.dog_nm, b.day_dt, b.status_cd, b.price FROM dogdaycare.daycare_bookings b JOIN dogdaycare.dogs d ON d.dog_no = b.dog WHERE b.status_cd IN ('NS', 'CXL-L') AND b.day_dt >= DATE '2026-06-01' AND b.day_dt < DATE '2026-07-01';

-- Q41 dogdaycare | van_runs, staff | Which van rounds ran late, and who was driving?
SELECT r.run_dt, r.am_pm, r.area_cd, r.veh_reg, s.nm AS driver FROM dogdaycare.van_runs r JOIN dogdaycare.staff s ON s.stf_no = r.driver WHERE r.late_yn = 'Y';

-- Q42 dogdaycare | day_packages, owners | Whose prepaid day packages run out this month with days still unused?
SELECT o.fnm, o.snm, p.pkg_cd, p.days_bought - p.days_used AS days_left, p.expires FROM dogdaycare.day_packages p JOIN dogdaycare.owners o ON o.own_id = p.own_ref WHERE p.expires BETWEEN DATE '2026-06-01' AND DATE '2026-06-30' AND p.days_used < p.days_bought;

-- Q43 dogdaycare | groom_appts, groomers | How much grooming did each of the groomers do in June?
SELECT g.grm_nm, count(*) AS grooms, sum(a.price + coalesce(a.matt_fee, 0)) AS takings FROM dogdaycare.groom_appts a JOIN dogdaycare.groomers g ON g.grm_id = a.groomer WHERE a.status_cd = 'DONE' AND a.appt_dt >= DATE '2026-06-01' AND a.appt_dt < DATE '2026-07-01' GROUP BY g.grm_nm;

-- Q44 dogdaycare | groom_appts, dogs, owners | Which grooms haven't been paid for yet, and whose dogs were they?
SELECT o.fnm, o.snm, d.dog_nm, a.appt_dt, a.price + coalesce(a.matt_fee, 0) AS due FROM dogdaycare.groom_appts a JOIN dogdaycare.dogs d ON d.dog_no = a.dog_ref JOIN dogdaycare.owners o ON o.own_id = d.owner_no WHERE a.status_cd = 'DONE' AND a.paid_cd = 'UNP';

-- Q45 dogdaycare | groom_appts | How many times have we had to charge extra for a matted coat, and how much has it come to?
SELECT count(*) AS matted_grooms, sum(matt_fee) AS extra_charged FROM dogdaycare.groom_appts WHERE matted_yn = 'Y';

-- Q46 dogdaycare | groom_services | What do we charge for a full groom on a big dog?
SELECT svc_code, size_cd, base_price, mins FROM dogdaycare.groom_services WHERE svc_desc = 'Full groom' AND size_cd IN ('L', 'XL');

-- Q47 dogdaycare | incidents, dogs, owners, vets | Which dogs had to go to the vet after an accident here, and which practice are they registered with?
SELECT d.dog_nm, i.inc_dt, i.inc_type, i.vet_cost, v.practice, v.tel FROM dogdaycare.incidents i JOIN dogdaycare.dogs d ON d.dog_no = i.dog_no JOIN dogdaycare.owners o ON o.own_id = d.owner_no LEFT JOIN dogdaycare.vets v ON v.vet_cd = o.vet_ref WHERE i.vet_yn = 'Y';

-- Q48 dogdaycare | staff | Who on the team doesn't have an in-date canine first aid certificate?
SELECT nm, role_cd, first_aid_exp FROM dogdaycare.staff WHERE leaver_yn = 'N' AND (first_aid_exp IS NULL OR first_aid_exp < DATE '2026-06-17');

-- Q49 dogdaycare | payments | How much have we taken in late pick-up fees?
SELECT sum(amt) AS late_fees FROM dogdaycare.payments WHERE for_cd = 'LATE';

-- Q50 dogdaycare | shop_items | What's sold out or running low on the shelf in reception?
SELECT item_cd, descr, stock_qty, reorder_at FROM dogdaycare.shop_items WHERE stock_qty <= reorder_at;

-- Q51 dogdaycare | dogs, staff | Which dogs did Josh assess on their trial day, and which groups did he put them in?
SELECT d.dog_nm, d.assess_dt, d.temper_cd, d.group_cd FROM dogdaycare.dogs d JOIN dogdaycare.staff s ON s.stf_no = d.assess_by WHERE s.nm LIKE 'Josh%';

-- Q52 citytours | departures | Which tours have we cancelled this month, and why?
SELECT dep_no, tour, dep_dt, dep_tm, cxl_rsn, booked_pax FROM citytours.departures WHERE status_cd = 'CXL' AND dep_dt >= DATE '2026-06-01' AND dep_dt < DATE '2026-07-01';

-- Q53 citytours | departures, tour_products | How many people came on each tour last weekend, walk-ups included?
SELECT p.tour_nm, sum(d.checked_in + d.walk_ins) AS people FROM citytours.departures d JOIN citytours.tour_products p ON p.tour_cd = d.tour WHERE d.status_cd = 'RAN' AND d.dep_dt BETWEEN DATE '2026-06-13' AND DATE '2026-06-14' GROUP BY p.tour_nm;

-- Q54 citytours | departures, guides | Did any guide finish a tour with fewer people than they set off with?
SELECT d.dep_no, d.tour, d.dep_dt, d.head_start, d.head_end, g.g_nm, d.guide_note FROM citytours.departures d JOIN citytours.guides g ON g.g_no = d.guide_id WHERE d.head_end < d.head_start;

-- Q55 citytours | departures | Which tours came back with radios or headsets missing?
SELECT dep_no, tour, dep_dt, radios_out, radios_in, radios_out - radios_in AS missing FROM citytours.departures WHERE radios_in < radios_out;

-- Q56 citytours | bookings, agents | How much commission have we paid each of the resellers?
SELECT a.agent_nm, count(*) AS bookings, sum(b.comm_amt) AS commission FROM citytours.bookings b JOIN citytours.agents a ON a.agent_cd = b.agent WHERE b.status_cd = 'OK' GROUP BY a.agent_nm ORDER BY commission DESC;

-- Q57 citytours | bookings | Are we selling more tickets through our own website or through Viator and GetYourGuide?
SELECT coalesce(agent, src_cd) AS channel, sum(adults + kids + concs) AS tickets FROM citytours.bookings WHERE status_cd <> 'CXL' AND (src_cd = 'WEB' OR agent IN ('VIA', 'GYG')) GROUP BY coalesce(agent, src_cd);

-- Q58 citytours | bookings, departures, tour_products | Who has told us about a wheelchair or other access need, and is their tour step-free?
SELECT b.lead_nm, b.access_note, p.tour_nm, d.dep_dt, p.step_free_yn FROM citytours.bookings b JOIN citytours.departures d ON d.dep_no = b.dep JOIN citytours.tour_products p ON p.tour_cd = d.tour WHERE b.access_note IS NOT NULL;

-- Q59 citytours | guides | Which of our guides have a first aid certificate that has run out, or none at all?
SELECT g_nm, emp_cd, first_aid_exp FROM citytours.guides WHERE active_yn = 'Y' AND (first_aid_exp IS NULL OR first_aid_exp < DATE '2026-06-17');

-- Q60 citytours | drivers | Are any drivers' bus licences or CPC cards running out before the end of July?
SELECT drv_nm, agency_nm, pcv_exp, cpc_exp FROM citytours.drivers WHERE active_yn = 'Y' AND (pcv_exp <= DATE '2026-07-31' OR cpc_exp <= DATE '2026-07-31');

-- Q61 citytours | departures, drivers, vehicles | Which tours went out with an agency driver, and on which bus?
SELECT d.dep_no, d.dep_dt, d.tour, r.drv_nm, r.agency_nm, v.reg, v.make_model FROM citytours.departures d JOIN citytours.drivers r ON r.drv_no = d.driver JOIN citytours.vehicles v ON v.fleet_no = d.vehicle WHERE r.agency_nm IS NOT NULL AND d.status_cd = 'RAN';

-- Q62 citytours | private_hires, guides | Have we put a guide who hasn't been DBS checked in charge of a school group?
SELECT p.ph_ref, p.client_nm, p.tour_dt, g.g_nm FROM citytours.private_hires p JOIN citytours.guides g ON g.g_no = p.guide WHERE p.client_cd = 'SCH' AND g.pvg_yn = 'N';

-- Q63 citytours | private_hires | Which private groups still owe us money, and how much?
SELECT ph_ref, client_nm, tour_dt, quoted, deposit, quoted - deposit AS owed FROM citytours.private_hires WHERE paid_yn = 'N';

-- Q64 citytours | entry_tickets | How much have we spent on admission tickets at each attraction?
SELECT venue, sum(qty) AS tickets, sum(qty * unit_cost) AS spent FROM citytours.entry_tickets GROUP BY venue;

-- Q65 citytours | reviews, guides | Which guides get named in reviews, and what's their average star rating?
SELECT g.g_nm, count(*) AS reviews, round(avg(r.stars), 2) AS avg_stars FROM citytours.reviews r JOIN citytours.guides g ON g.g_no = r.guide_named GROUP BY g.g_nm ORDER BY avg_stars DESC;

-- Q66 citytours | reviews, departures, tour_products | Which tours are picking up poor reviews of three stars or less?
SELECT p.tour_nm, r.site_cd, r.rev_dt, r.stars, r.title FROM citytours.reviews r JOIN citytours.departures d ON d.dep_no = r.dep_ref JOIN citytours.tour_products p ON p.tour_cd = d.tour WHERE r.stars <= 3;

-- Q67 citytours | guide_claims, guides | Which freelance guides are still waiting to be paid, and how much do we owe them?
SELECT g.g_nm, count(*) AS claims, sum(c.fee_amt + c.exp_amt) AS owed FROM citytours.guide_claims c JOIN citytours.guides g ON g.g_no = c.guide WHERE c.paid_dt IS NULL GROUP BY g.g_nm;

-- Q68 citytours | tour_products, meeting_points | Which tours start from a meeting point that isn't step-free?
SELECT t.tour_nm, m.mp_desc FROM citytours.tour_products t JOIN citytours.meeting_points m ON m.mp_id = t.meet_pt WHERE m.step_free_yn = 'N' AND t.active_yn = 'Y';

-- Q69 glasshouse | crops | Which crops are being picked at the moment, and what yield are they budgeted to give?
SELECT crop_no, house, var_ref, plant_dt, first_pick_dt, target_kg_m2 FROM glasshouse.crops WHERE status_cd = 'PICK';

-- Q70 glasshouse | crops, varieties | Are we growing anything that isn't resistant to rugose virus?
SELECT c.crop_no, c.house, v.var_nm, v.resist_cd FROM glasshouse.crops c JOIN glasshouse.varieties v ON v.var_cd = c.var_ref WHERE c.status_cd IN ('PLANT', 'PICK') AND (v.resist_cd IS NULL OR v.resist_cd NOT LIKE '%ToBRFV%');

-- Q71 glasshouse | harvests, crops, houses | How much did each glasshouse pick on Monday?
SELECT h.gh_nm, sum(v.gross_kg) AS kg FROM glasshouse.harvests v JOIN glasshouse.crops c ON c.crop_no = v.crop JOIN glasshouse.houses h ON h.gh_cd = c.house WHERE v.pick_dt = DATE '2026-06-15' GROUP BY h.gh_nm ORDER BY kg DESC;

-- Q72 glasshouse | harvests, crops, varieties | What share of our cherry tomatoes is ending up in the bin?
SELECT round(100.0 * sum(v.waste_kg) / sum(v.gross_kg), 1) AS waste_pct FROM glasshouse.harvests v JOIN glasshouse.crops c ON c.crop_no = v.crop JOIN glasshouse.varieties r ON r.var_cd = c.var_ref WHERE r.truss_cd = 'CHERRY';

-- Q73 glasshouse | dispatches, customers | What have the supermarkets turned away at their depots, and why?
SELECT c.cust_nm, d.desp_dt, d.pack_cd, d.rej_kg, d.rej_rsn FROM glasshouse.dispatches d JOIN glasshouse.customers c ON c.cust_cd = d.cust WHERE c.cust_type = 'MULT' AND d.rej_kg > 0;

-- Q74 glasshouse | dispatches | What were the loads we sent out on Monday worth?
SELECT count(*) AS loads, sum(kg * price_kg) AS value FROM glasshouse.dispatches WHERE desp_dt = DATE '2026-06-15';

-- Q75 glasshouse | pickers, labour_agencies | Have we got pickers working for us through an agency whose gangmaster licence has expired?
SELECT p.pkr_nm, a.ag_nm, a.glaa_lic, a.lic_exp FROM glasshouse.pickers p JOIN glasshouse.labour_agencies a ON a.ag_cd = p.agency WHERE a.lic_exp < DATE '2026-06-17' AND (p.end_dt IS NULL OR p.end_dt >= DATE '2026-06-17');

-- Q76 glasshouse | pick_records, pickers | Who were our best pickers by weight on Monday?
SELECT p.pkr_nm, r.house, r.kg_picked, r.hrs FROM glasshouse.pick_records r JOIN glasshouse.pickers p ON p.pkr_no = r.picker WHERE r.pick_dt = DATE '2026-06-15' ORDER BY r.kg_picked DESC;

-- Q77 glasshouse | pick_records | How many trays has the packhouse sent back for poor picking in each house?
SELECT house, sum(qc_fail_cnt) AS trays_failed FROM glasshouse.pick_records GROUP BY house ORDER BY trays_failed DESC;

-- Q78 glasshouse | pickers | Whose seasonal worker visas end in August?
SELECT pkr_nm, nat_cd, end_dt FROM glasshouse.pickers WHERE visa_cd = 'SWV' AND end_dt BETWEEN DATE '2026-08-01' AND DATE '2026-08-31';

-- Q79 glasshouse | scouting | Have the crop walkers found anything that looks like ToBRFV?
SELECT gh, scout_dt, bay, sev, action_cd, notes FROM glasshouse.scouting WHERE pest_cd = 'TBRF';

-- Q80 glasshouse | spray_log, staff | Has anybody done spraying without holding the hand-held sprayer certificate?
SELECT s.app_dt, s.gh, s.product, e.emp_nm, e.spray_cert FROM glasshouse.spray_log s JOIN glasshouse.staff e ON e.emp_id = s.operator WHERE e.spray_cert IS NULL OR e.spray_cert NOT LIKE '%PA6%';

-- Q81 glasshouse | spray_log, harvests, crops | Did we pick any fruit before the harvest interval was up after a spray?
SELECT s.gh, s.product, s.app_dt, s.phi_days, c.crop_no, v.pick_dt, v.gross_kg FROM glasshouse.spray_log s JOIN glasshouse.crops c ON c.house = s.gh JOIN glasshouse.harvests v ON v.crop = c.crop_no WHERE v.pick_dt >= s.app_dt AND v.pick_dt < s.app_dt + s.phi_days;

-- Q82 glasshouse | bio_releases | How much have we spent on bugs and bumblebees this month, by type?
SELECT agent_cd, sum(qty) AS released, sum(cost) AS spent FROM glasshouse.bio_releases WHERE rel_dt >= DATE '2026-06-01' AND rel_dt < DATE '2026-07-01' GROUP BY agent_cd;

-- Q83 glasshouse | climate_log, houses | Which glasshouses went over 30 degrees on Monday afternoon?
SELECT h.gh_nm, c.read_ts, c.air_c, c.vent_pct, c.screen_pct FROM glasshouse.climate_log c JOIN glasshouse.houses h ON h.gh_cd = c.gh_cd WHERE c.air_c > 30 AND c.read_ts >= TIMESTAMP '2026-06-15 12:00' AND c.read_ts < TIMESTAMP '2026-06-15 18:00';

-- Q84 glasshouse | crops, staff | Which crops is each of the growers responsible for?
SELECT e.emp_nm, c.crop_no, c.house, c.var_ref, c.status_cd FROM glasshouse.crops c JOIN glasshouse.staff e ON e.emp_id = c.grower WHERE c.status_cd <> 'OUT' ORDER BY e.emp_nm;

-- Q85 pottery | kilns | Which kilns are getting close to needing new elements?
SELECT kiln_nm, elem_dt, firings_since_elem FROM pottery.kilns WHERE fuel_cd = 'ELEC' AND firings_since_elem >= 100;

-- Q86 pottery | firings | Which firings have gone wrong since the start of May?
SELECT firing_id, kiln, fire_cd, unload_dt, result_cd, notes FROM pottery.firings WHERE result_cd <> 'OK' AND load_dt >= DATE '2026-05-01';

-- Q87 pottery | firings, kilns | How much electricity has each of the electric kilns used since the start of May?
SELECT k.kiln_nm, count(*) AS firings, sum(f.kwh_end - f.kwh_start) AS kwh FROM pottery.firings f JOIN pottery.kilns k ON k.kiln_no = f.kiln WHERE k.fuel_cd = 'ELEC' AND f.load_dt >= DATE '2026-05-01' GROUP BY k.kiln_nm;

-- Q88 pottery | firing_items, students | Whose pots got stuck to the kiln shelf or came out with glaze faults?
SELECT s.fnm, s.snm, i.firing_ref, i.pieces, i.outcome_cd FROM pottery.firing_items i JOIN pottery.students s ON s.stu_no = i.owner_stu WHERE i.outcome_cd IN ('STUCK', 'FAULT');

-- Q89 pottery | firing_items, firings, students | Which members had pots in the under-fired glaze firing, so we can tell them they'll be refired?
SELECT DISTINCT s.fnm, s.snm, s.email, f.firing_id FROM pottery.firing_items i JOIN pottery.firings f ON f.firing_id = i.firing_ref JOIN pottery.students s ON s.stu_no = i.owner_stu WHERE f.result_cd = 'UNDER';

-- Q90 pottery | firing_items, glazes | Which glazes are giving us the most trouble in the kiln?
SELECT g.glz_nm, count(*) AS bad_shelves, sum(i.pieces) AS pieces FROM pottery.firing_items i JOIN pottery.glazes g ON g.glz_cd = i.glz WHERE i.outcome_cd IN ('STUCK', 'FAULT') GROUP BY g.glz_nm ORDER BY bad_shelves DESC;

-- Q91 pottery | enrolments, students, courses | Who's on a waiting list, and for which course?
SELECT s.fnm, s.snm, c.crs_title, c.start_dt, e.enr_dt FROM pottery.enrolments e JOIN pottery.students s ON s.stu_no = e.student JOIN pottery.courses c ON c.crs_cd = e.crs WHERE e.status_cd = 'WAIT';

-- Q92 pottery | enrolments, courses, students | Which students have missed more than half the sessions on their course?
SELECT s.fnm, s.snm, c.crs_title, e.sessions_att, c.wks FROM pottery.enrolments e JOIN pottery.courses c ON c.crs_cd = e.crs JOIN pottery.students s ON s.stu_no = e.student WHERE e.status_cd = 'CONF' AND c.status_cd IN ('RUN', 'DONE') AND e.sessions_att < c.wks / 2.0;

-- Q93 pottery | taster_sessions | Which taster party pots are ready but still haven't been picked up?
SELECT ts_ref, lead_nm, sess_dt, pots_to_fire, ready_dt FROM pottery.taster_sessions WHERE ready_dt IS NOT NULL AND collected_dt IS NULL AND post_yn = 'N';

-- Q94 pottery | taster_sessions, tutors | How many have-a-go sessions has each tutor run this year, and how much did they bring in?
SELECT t.tut_nm, count(*) AS sessions, sum(s.amt) AS takings FROM pottery.taster_sessions s JOIN pottery.tutors t ON t.tut_id = s.tutor WHERE s.sess_dt >= DATE '2026-01-01' GROUP BY t.tut_nm;

-- Q95 pottery | students | Whose studio membership has run out, or runs out by the end of June?
SELECT fnm, snm, memb_cd, memb_exp, shelf_no FROM pottery.students WHERE memb_cd IN ('STU', 'KEY') AND memb_exp <= DATE '2026-06-30';

-- Q96 pottery | students | Are any keyholders using the studio without having done the safety induction?
SELECT fnm, snm, memb_exp, joined FROM pottery.students WHERE memb_cd = 'KEY' AND induct_dt IS NULL;

-- Q97 pottery | clay_stock | Which clays do we need to reorder?
SELECT clay_cd, descr, bags_on_hand, reorder_at, supplier FROM pottery.clay_stock WHERE bags_on_hand <= reorder_at;

-- Q98 pottery | shop_sales, shop_stock | How much do we owe the guest makers for work sold this month?
SELECT k.maker_nm, sum(s.qty * s.unit_px - s.disc_amt) AS sales, round(sum((s.qty * s.unit_px - s.disc_amt) * (100 - k.consign_pct) / 100), 2) AS owed FROM pottery.shop_sales s JOIN pottery.shop_stock k ON k.sku = s.sku WHERE k.maker_cd = 'GUEST' AND s.sale_dt >= DATE '2026-06-01' AND s.sale_dt < DATE '2026-07-01' GROUP BY k.maker_nm;

-- Q99 pottery | commissions, tutors | Which commissions are overdue, and who's making them?
SELECT c.comm_no, c.client_nm, c.descr, c.due_dt, c.status_cd, t.tut_nm FROM pottery.commissions c JOIN pottery.tutors t ON t.tut_id = c.maker WHERE c.due_dt < DATE '2026-06-17' AND c.delivered_dt IS NULL AND c.status_cd <> 'CXL';

-- Q100 pottery | shop_stock, firings, kilns | Which of our own pots in the shop came out of the gas kiln?
SELECT s.sku, s.descr, s.maker_nm, s.price, s.qty FROM pottery.shop_stock s JOIN pottery.firings f ON f.firing_id = s.fired_in JOIN pottery.kilns k ON k.kiln_no = f.kiln WHERE s.maker_cd = 'OWN' AND k.fuel_cd = 'GAS';
