-- Verification SQL for heldout9/questions.tsv (held-out 9: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the six heldout9 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 honeycoop | inspections | Which hives were suspected of having American foulbrood?
SELECT insp_dt, hive_ref, inspector_staff, action_txt FROM honeycoop.inspections WHERE afb_susp_flg;

-- Q02 honeycoop | inspections | Where did a wash or sugar roll find more than three mites per hundred bees?
SELECT insp_dt, hive_ref, varroa_mth, mite_cnt, mite_pct FROM honeycoop.inspections WHERE varroa_mth IN ('AW', 'SR') AND mite_pct > 3;

-- Q03 honeycoop | inspections, hives, apiaries | Which apiaries had colonies getting ready to swarm?
SELECT DISTINCT a.apiary_cd, a.site_nm, i.hive_ref, i.insp_dt FROM honeycoop.inspections i JOIN honeycoop.hives h ON h.hive_tag = i.hive_ref JOIN honeycoop.apiaries a ON a.apiary_cd = h.apiary_ref WHERE i.qcell_type = 'swarm';

-- Q04 honeycoop | inspections, hives, apiaries, members | Which members own sites where a colony was flagged for foulbrood of either kind?
SELECT DISTINCT m.mbr_nm, a.site_nm, i.hive_ref, i.insp_dt FROM honeycoop.inspections i JOIN honeycoop.hives h ON h.hive_tag = i.hive_ref JOIN honeycoop.apiaries a ON a.apiary_cd = h.apiary_ref JOIN honeycoop.members m ON m.mbr_no = a.owner_mbr WHERE i.efb_susp_flg OR i.afb_susp_flg;

-- Q05 honeycoop | hives | Which colonies have no laying queen?
SELECT hive_tag, apiary_ref, colony_status, last_insp_dt FROM honeycoop.hives WHERE colony_status IN ('queenless', 'drone laying');

-- Q06 honeycoop | hives, apiaries | How many live colonies are there at each out-apiary?
SELECT a.apiary_cd, a.site_nm, count(*) AS colonies FROM honeycoop.hives h JOIN honeycoop.apiaries a ON a.apiary_cd = h.apiary_ref WHERE h.colony_status NOT IN ('dead', 'united') GROUP BY a.apiary_cd, a.site_nm ORDER BY a.apiary_cd;

-- Q07 honeycoop | treatments | Which varroa strips are still hanging in the hives?
SELECT hive_ref, product_nm, applied_dt, strips_cnt FROM honeycoop.treatments WHERE strips_cnt > 0 AND removed_dt IS NULL;

-- Q08 honeycoop | treatments, staff | Who has been treating with oxalic acid, and on how many hives?
SELECT s.full_nm, count(DISTINCT t.hive_ref) AS hives FROM honeycoop.treatments t JOIN honeycoop.staff s ON s.staff_no = t.applied_by WHERE t.active_subst = 'oxalic acid' GROUP BY s.full_nm;

-- Q09 honeycoop | intake_lots | Which deliveries were too wet to sell as table honey?
SELECT lot_no, recv_dt, mbr_ref, crop_cd, moisture_pct FROM honeycoop.intake_lots WHERE moisture_pct > 20 AND crop_cd <> 'HTH';

-- Q10 honeycoop | intake_lots, members | How much heather honey did each member bring in?
SELECT m.mbr_nm, sum(l.net_kg) AS heather_kg FROM honeycoop.intake_lots l JOIN honeycoop.members m ON m.mbr_no = l.mbr_ref WHERE l.crop_cd = 'HTH' GROUP BY m.mbr_nm;

-- Q11 honeycoop | intake_lots, members | Which beekeepers are still waiting to be paid for their honey, and how much are they owed?
SELECT m.mbr_nm, sum(l.net_kg * l.px_per_kg_amt) AS owed FROM honeycoop.intake_lots l JOIN honeycoop.members m ON m.mbr_no = l.mbr_ref WHERE NOT l.paid_flg GROUP BY m.mbr_nm;

-- Q12 honeycoop | extraction_runs, intake_lots | How much beeswax came off the cappings from the oilseed rape crop?
SELECT sum(r.cappings_wax_kg) AS wax_kg FROM honeycoop.extraction_runs r JOIN honeycoop.intake_lots l ON l.lot_no = r.lot_ref WHERE l.crop_cd = 'SPR';

-- Q13 honeycoop | jar_batches, products | How many jars of set honey did we pack in January?
SELECT sum(b.jars_cnt) AS jars FROM honeycoop.jar_batches b JOIN honeycoop.products p ON p.product_cd = b.product_cd WHERE p.style_txt = 'set' AND b.pack_dt >= '2026-01-01' AND b.pack_dt < '2026-02-01';

-- Q14 honeycoop | orders, customers, products | How much cut comb have the delis bought from us?
SELECT c.cust_nm, sum(o.qty) AS packs, sum(o.qty * o.unit_px_amt * (1 - coalesce(o.disc_pct, 0) / 100)) AS value FROM honeycoop.orders o JOIN honeycoop.customers c ON c.cust_no = o.cust_ref JOIN honeycoop.products p ON p.product_cd = o.product_cd WHERE c.channel_cd = 'DELI' AND p.style_txt = 'cut comb' GROUP BY c.cust_nm;

-- Q15 honeycoop | orders, customers | Which customers haven't paid their invoices yet?
SELECT DISTINCT c.cust_nm, o.inv_no, o.dispatched_dt FROM honeycoop.orders o JOIN honeycoop.customers c ON c.cust_no = o.cust_ref WHERE o.inv_no IS NOT NULL AND o.paid_dt IS NULL;

-- Q16 honeycoop | pollination_contracts | What are the blueberry growers paying us to pollinate their crop?
SELECT contract_no, grower_nm, hives_qty, fee_per_hive_amt, hives_qty * fee_per_hive_amt AS fee FROM honeycoop.pollination_contracts WHERE crop_txt = 'blueberry';

-- Q17 honeycoop | staff | Which staff have a bee sting allergy but haven't been trained on the auto-injector?
SELECT staff_no, full_nm, role_cd FROM honeycoop.staff WHERE sting_allergy_flg AND NOT epipen_trained_flg;

-- Q18 pawnshop | pledges | Which loans were past their due date but still within the grace period on 10 February?
SELECT pledge_no, cust_ref, loan_amt, due_dt, grace_end_dt FROM pawnshop.pledges WHERE status_cd = 'O' AND due_dt < '2026-02-10' AND grace_end_dt >= '2026-02-10';

-- Q19 pawnshop | pledges | Which pledges are frozen by the police?
SELECT pledge_no, br_cd, item_desc, loan_amt FROM pawnshop.pledges WHERE status_cd = 'H';

-- Q20 pawnshop | pledges, customers | Which customers have rolled a loan over three times or more?
SELECT c.first_nm, c.last_nm, p.pledge_no, p.renewals_cnt FROM pawnshop.pledges p JOIN pawnshop.customers c ON c.cust_id = p.cust_ref WHERE p.renewals_cnt >= 3;

-- Q21 pawnshop | pledges, employees | How much has each valuer lent against watches?
SELECT e.emp_nm, sum(p.loan_amt) AS lent FROM pawnshop.pledges p JOIN pawnshop.employees e ON e.emp_no = p.appraised_by WHERE p.item_cat_cd = 'WCH' GROUP BY e.emp_nm;

-- Q22 pawnshop | pledges, employees | Which managers have signed off loans, and how many each?
SELECT e.emp_nm, count(*) AS loans FROM pawnshop.pledges p JOIN pawnshop.employees e ON e.emp_no = p.approved_by GROUP BY e.emp_nm;

-- Q23 pawnshop | pledge_payments | How much did customers pay us in January just to keep their loans going?
SELECT sum(amt) AS interest_taken FROM pawnshop.pledge_payments WHERE pay_type = 'INT' AND pay_dt >= '2026-01-01' AND pay_dt < '2026-02-01';

-- Q24 pawnshop | pledge_payments, pledges, branches | How much has each branch taken from customers paying off their loans in full?
SELECT b.br_nm, sum(pp.amt) AS redeemed FROM pawnshop.pledge_payments pp JOIN pawnshop.pledges p ON p.pledge_no = pp.pledge_ref JOIN pawnshop.branches b ON b.br_cd = p.br_cd WHERE pp.pay_type = 'RED' GROUP BY b.br_nm;

-- Q25 pawnshop | buy_ins | Which items we bought outright still couldn't be sold on 10 February?
SELECT buyin_no, br_cd, item_desc, hold_until_dt FROM pawnshop.buy_ins WHERE buy_dt <= '2026-02-10' AND hold_until_dt > '2026-02-10';

-- Q26 pawnshop | buy_ins, customers | What have customers we've barred sold to us?
SELECT c.first_nm, c.last_nm, b.buy_dt, b.item_desc, b.paid_amt FROM pawnshop.buy_ins b JOIN pawnshop.customers c ON c.cust_id = b.cust_ref WHERE c.barred_flg;

-- Q27 pawnshop | stock_items | Which stock went off to be melted down?
SELECT stock_no, br_cd, item_desc, cost_amt, sale_amt FROM pawnshop.stock_items WHERE channel_cd = 'scrap';

-- Q28 pawnshop | stock_items, branches | What is the unsold stock in each shop worth at ticket price?
SELECT b.br_nm, sum(s.ticket_px_amt) AS ticket_value FROM pawnshop.stock_items s JOIN pawnshop.branches b ON b.br_cd = s.br_cd WHERE s.sold_dt IS NULL GROUP BY b.br_nm;

-- Q29 pawnshop | police_holds | Which items did the police take away rather than release?
SELECT item_src, item_ref, force_nm, crime_ref, hold_dt FROM pawnshop.police_holds WHERE seized_flg;

-- Q30 pawnshop | scrap_lots | How much pure gold did the refiner credit us on each parcel, and what did they pay?
SELECT scrap_lot_no, refiner_nm, sent_dt, fine_gold_g, settled_amt FROM pawnshop.scrap_lots ORDER BY sent_dt;

-- Q31 pawnshop | metal_rates | What were we lending per gram on 18 carat on 2 February?
SELECT lend_per_g_amt FROM pawnshop.metal_rates WHERE rate_dt = '2026-02-02' AND metal_cd = '18K';

-- Q32 pawnshop | auction_lots, pledges, customers | Which customers are owed money from an auction sale that we haven't paid out?
SELECT c.first_nm, c.last_nm, a.pledge_ref, a.surplus_amt FROM pawnshop.auction_lots a JOIN pawnshop.pledges p ON p.pledge_no = a.pledge_ref JOIN pawnshop.customers c ON c.cust_id = p.cust_ref WHERE a.surplus_amt > 0 AND a.surplus_paid_dt IS NULL;

-- Q33 pawnshop | auction_lots, auctions | How much did each auction house get for our forfeited pledges?
SELECT au.house_nm, sum(l.hammer_amt) AS hammer FROM pawnshop.auction_lots l JOIN pawnshop.auctions au ON au.auction_id = l.auction_ref GROUP BY au.house_nm;

-- Q34 pawnshop | branches, employees | Who runs each branch?
SELECT b.br_nm, e.emp_nm FROM pawnshop.branches b JOIN pawnshop.employees e ON e.emp_no = b.mgr_emp;

-- Q35 icerink | resurf_log | When did carbon monoxide go over the action level after a flood?
SELECT resurf_ts, rink_cd, machine_no, co_ppm FROM icerink.resurf_log WHERE co_ppm > 25;

-- Q36 icerink | resurf_log, staff | How many floods did each driver do in the first week of February?
SELECT s.staff_nm, count(*) AS floods FROM icerink.resurf_log r JOIN icerink.staff s ON s.staff_id = r.driver_staff WHERE r.resurf_ts >= '2026-02-01' AND r.resurf_ts < '2026-02-08' GROUP BY s.staff_nm;

-- Q37 icerink | resurf_log | Where has the ice been measured at less than an inch thick?
SELECT resurf_ts, rink_cd, ice_depth_in, depth_chk_pts FROM icerink.resurf_log WHERE ice_depth_in < 1;

-- Q38 icerink | resurf_log, machines | On average, how many laps and how many minutes does each resurfacer take to do the ice?
SELECT m.machine_no, m.make_nm, m.model_nm, avg(r.laps_cnt) AS avg_laps, avg(r.dur_min) AS avg_min FROM icerink.resurf_log r JOIN icerink.machines m ON m.machine_no = r.machine_no GROUP BY m.machine_no, m.make_nm, m.model_nm;

-- Q39 icerink | machines | Which of the Zambonis are out of service waiting on repairs?
SELECT machine_no, make_nm, model_nm FROM icerink.machines WHERE status_cd = 'DOWN';

-- Q40 icerink | refrig_readings | When did the ammonia detector go off in the plant room?
SELECT read_ts, plant_cd, nh3_ppm FROM icerink.refrig_readings WHERE nh3_alarm_flg;

-- Q41 icerink | sessions | How full were the public skates on Saturday 7 February?
SELECT session_id, start_tm, admitted_cnt, capacity, round(100.0 * admitted_cnt / capacity, 1) AS pct_full FROM icerink.sessions WHERE session_type = 'PUB' AND session_dt = '2026-02-07';

-- Q42 icerink | sessions, staff | Who was guarding the stick and puck sessions?
SELECT se.session_dt, se.start_tm, st.staff_nm FROM icerink.sessions se JOIN icerink.staff st ON st.staff_id = se.guard_staff WHERE se.session_type = 'STK';

-- Q43 icerink | ice_contracts | Which organisations have prime-time ice this season, and at what hourly rate?
SELECT org_nm, rate_per_hr_amt, hrs_contracted FROM icerink.ice_contracts WHERE season_cd = '2025-26' AND prime_flg;

-- Q44 icerink | ice_bookings, ice_contracts | How many hours of ice has each club given back, and what did we charge them for it?
SELECT c.org_nm, sum(extract(epoch FROM b.end_tm - b.start_tm) / 3600) AS hours_cancelled, sum(b.cancel_fee_amt) AS fees FROM icerink.ice_bookings b JOIN icerink.ice_contracts c ON c.contract_id = b.contract_ref WHERE b.cancelled_flg GROUP BY c.org_nm;

-- Q45 icerink | ice_bookings, ice_contracts, rinks | What ice has the figure skating club booked on the Olympic-size sheet?
SELECT b.book_dt, b.start_tm, b.end_tm, r.rink_nm FROM icerink.ice_bookings b JOIN icerink.ice_contracts c ON c.contract_id = b.contract_ref JOIN icerink.rinks r ON r.rink_cd = b.rink_cd WHERE c.org_nm ILIKE '%figure skating%' AND r.size_cd = 'OLY' AND NOT b.cancelled_flg;

-- Q46 icerink | lesson_enrolments, skaters | Which learn-to-skate families haven't paid the class fee?
SELECT s.first_nm, s.last_nm, s.guardian_nm, e.level_cd, e.term_cd, e.fee_amt FROM icerink.lesson_enrolments e JOIN icerink.skaters s ON s.skater_id = e.skater_ref WHERE NOT e.paid_flg;

-- Q47 icerink | lesson_enrolments, staff | How many skaters passed their level with each coach?
SELECT st.staff_nm, count(*) AS passed FROM icerink.lesson_enrolments e JOIN icerink.staff st ON st.staff_id = e.coach_staff WHERE e.passed_flg GROUP BY st.staff_nm;

-- Q48 icerink | skaters | Which skaters are missing a signed release form?
SELECT skater_id, first_nm, last_nm, guardian_nm FROM icerink.skaters WHERE waiver_dt IS NULL;

-- Q49 icerink | skate_rentals, sessions | How many pairs of hire skates went out at public skates?
SELECT count(*) AS pairs FROM icerink.skate_rentals r JOIN icerink.sessions s ON s.session_id = r.session_ref WHERE s.session_type = 'PUB';

-- Q50 icerink | incidents, skaters | Which injuries needed an ambulance, and who was hurt?
SELECT i.inc_ts, i.inj_type, i.body_part, s.first_nm, s.last_nm FROM icerink.incidents i LEFT JOIN icerink.skaters s ON s.skater_id = i.skater_ref WHERE i.ems_flg;

-- Q51 icerink | proshop_sales | How much have we taken for sharpening skates?
SELECT sum(amt) AS sharpening_takings FROM icerink.proshop_sales WHERE item_cat = 'sharpening';

-- Q52 semifab | lots | Which lots are held because a chart went out of control?
SELECT lot_id, part_no, cur_oper_cd, hold_ts FROM semifab.lots WHERE hold_flg AND hold_cd = 'SPC';

-- Q53 semifab | lots | Which hot lots are still in the line?
SELECT lot_id, part_no, priority_cd, cur_oper_cd, due_dt FROM semifab.lots WHERE priority_cd IN ('HOT', 'RKT') AND out_dt IS NULL;

-- Q54 semifab | lots, employees | Who put each of the held lots on hold, and why?
SELECT l.lot_id, l.hold_cd, l.hold_ts, e.emp_nm FROM semifab.lots l JOIN semifab.employees e ON e.badge_no = l.hold_by WHERE l.hold_flg;

-- Q55 semifab | lots, products, customers | How many wafers does each customer have in the fab right now?
SELECT c.cust_nm, sum(l.cur_wfr_qty) AS wafers_in_wip FROM semifab.lots l JOIN semifab.products p ON p.part_no = l.part_no JOIN semifab.customers c ON c.cust_cd = p.cust_cd WHERE l.out_dt IS NULL GROUP BY c.cust_nm;

-- Q56 semifab | tools | Which tools are broken down at the moment?
SELECT tool_id, tool_nm, bay_cd FROM semifab.tools WHERE e10_state = 'UDT';

-- Q57 semifab | tools | Which tools were overdue for preventive maintenance on 1 February?
SELECT tool_id, tool_nm, pm_due_dt FROM semifab.tools WHERE pm_due_dt < '2026-02-01';

-- Q58 semifab | tool_events, tools | How many times has each etcher gone down unplanned?
SELECT t.tool_id, t.tool_nm, count(*) AS unplanned_downs FROM semifab.tool_events ev JOIN semifab.tools t ON t.tool_id = ev.tool_ref WHERE t.tool_type = 'etch' AND ev.state_to = 'UDT' GROUP BY t.tool_id, t.tool_nm;

-- Q59 semifab | spc_meas | Which gate oxide thickness readings were out of spec?
SELECT lot_ref, wafer_no, meas_val, lsl, usl, meas_ts FROM semifab.spc_meas WHERE param_nm = 'GOX_THK' AND oos_flg;

-- Q60 semifab | spc_meas, lots | Which parts have had measurements outside their control limits?
SELECT DISTINCT l.part_no, m.param_nm FROM semifab.spc_meas m JOIN semifab.lots l ON l.lot_id = m.lot_ref WHERE m.ooc_flg;

-- Q61 semifab | scrap_log | How many wafers have we broken?
SELECT sum(wfr_cnt) AS broken_wafers FROM semifab.scrap_log WHERE scrap_cd = 'BRK';

-- Q62 semifab | scrap_log, lots, products, customers | How many wafers have we scrapped on each customer's parts, and what were they worth?
SELECT c.cust_nm, sum(s.wfr_cnt) AS wafers, sum(s.cost_amt) AS cost FROM semifab.scrap_log s JOIN semifab.lots l ON l.lot_id = s.lot_ref JOIN semifab.products p ON p.part_no = l.part_no JOIN semifab.customers c ON c.cust_cd = p.cust_cd GROUP BY c.cust_nm;

-- Q63 semifab | sort_results, lots | What is the average probe yield for each part number?
SELECT l.part_no, round(100.0 * sum(s.good_die) / sum(s.tested_die), 1) AS probe_yield_pct FROM semifab.sort_results s JOIN semifab.lots l ON l.lot_id = s.lot_ref GROUP BY l.part_no;

-- Q64 semifab | pm_orders, tools, employees | Which technicians did maintenance on the litho scanners, and were the tools released back afterwards?
SELECT t.tool_id, p.wo_no, p.pm_type, p.done_dt, e.emp_nm, p.requal_pass_flg FROM semifab.pm_orders p JOIN semifab.tools t ON t.tool_id = p.tool_ref JOIN semifab.employees e ON e.badge_no = p.tech_badge WHERE t.tool_type = 'litho' AND p.done_dt IS NOT NULL;

-- Q65 semifab | recipes, employees | Who released the implant recipes that are in production use?
SELECT r.recipe_id, r.rev_no, r.released_dt, e.emp_nm FROM semifab.recipes r JOIN semifab.employees e ON e.badge_no = r.released_by WHERE r.tool_type = 'implant' AND r.active_flg;

-- Q66 semifab | lot_history, tools | Which lots have run on tools that are now down unexpectedly?
SELECT DISTINCT h.lot_ref, h.tool_ref, h.track_in_ts FROM semifab.lot_history h JOIN semifab.tools t ON t.tool_id = h.tool_ref WHERE t.e10_state = 'UDT';

-- Q67 semifab | shipments, customers | Which shipments went out without a certificate of conformance, and to whom?
SELECT s.ship_no, s.lot_ref, s.ship_dt, c.cust_nm FROM semifab.shipments s JOIN semifab.customers c ON c.cust_cd = s.cust_cd WHERE NOT s.coc_flg;

-- Q68 semifab | employees | Which equipment engineers and technicians work nights?
SELECT badge_no, emp_nm, shift_cd, title_txt FROM semifab.employees WHERE dept_cd = 'EE' AND shift_cd IN ('C', 'D');

-- Q69 kennel | dogs | Which dogs have to be exercised on their own, away from the others?
SELECT dog_id, dog_nm, breed_txt FROM kennel.dogs WHERE temperament_cd = 'R';

-- Q70 kennel | dogs, owners | Which entire males do we look after, and who owns them?
SELECT d.dog_nm, d.breed_txt, o.forename, o.surname FROM kennel.dogs d JOIN kennel.owners o ON o.owner_id = d.owner_ref WHERE d.sex_cd = 'M' AND NOT d.neutered_flg;

-- Q71 kennel | vaccinations, dogs | Whose kennel cough cover runs out before the end of March?
SELECT d.dog_nm, v.given_dt, v.expiry_dt FROM kennel.vaccinations v JOIN kennel.dogs d ON d.dog_id = v.dog_ref WHERE v.vacc_cd = 'KC' AND v.expiry_dt < '2026-04-01';

-- Q72 kennel | vaccinations, dogs, owners | Which owners do we still need to see a vaccination card from?
SELECT DISTINCT o.forename, o.surname, d.dog_nm FROM kennel.vaccinations v JOIN kennel.dogs d ON d.dog_id = v.dog_ref JOIN kennel.owners o ON o.owner_id = d.owner_ref WHERE NOT v.cert_seen_flg;

-- Q73 kennel | boarding_stays | What boarding bookings do we have over the Easter weekend?
SELECT stay_id, dog_ref, run_ref, arrive_dt, depart_dt FROM kennel.boarding_stays WHERE status_cd = 'BKD' AND arrive_dt <= '2026-04-06' AND depart_dt >= '2026-04-03';

-- Q74 kennel | boarding_stays, runs | Which luxury suites have a dog in them right now?
SELECT DISTINCT r.run_no FROM kennel.boarding_stays s JOIN kennel.runs r ON r.run_no = s.run_ref WHERE s.status_cd = 'IN' AND r.size_cd = 'SUITE';

-- Q75 kennel | boarding_stays, dogs | Which of the boarders staying with us at the moment need medicine, and what?
SELECT d.dog_nm, s.meds_txt FROM kennel.boarding_stays s JOIN kennel.dogs d ON d.dog_id = s.dog_ref WHERE s.status_cd = 'IN' AND s.meds_flg;

-- Q76 kennel | boarding_stays, staff | How many arrivals has each member of staff checked in?
SELECT st.staff_nm, count(*) AS check_ins FROM kennel.boarding_stays s JOIN kennel.staff st ON st.staff_id = s.checkin_staff GROUP BY st.staff_nm;

-- Q77 kennel | med_admin, boarding_stays, dogs, staff | Who gave Bramble her medicine, and when?
SELECT m.given_ts, m.drug_nm, m.dose_txt, st.staff_nm FROM kennel.med_admin m JOIN kennel.boarding_stays s ON s.stay_id = m.stay_ref JOIN kennel.dogs d ON d.dog_id = s.dog_ref JOIN kennel.staff st ON st.staff_id = m.given_by WHERE d.dog_nm = 'Bramble' ORDER BY m.given_ts;

-- Q78 kennel | daycare_visits | How many dogs came in on the pet taxi each day?
SELECT visit_dt, count(*) AS taxi_dogs FROM kennel.daycare_visits WHERE taxi_flg GROUP BY visit_dt ORDER BY visit_dt;

-- Q79 kennel | daycare_visits, dogs | Which breeds go in the boisterous big-dog play group?
SELECT DISTINCT d.breed_txt FROM kennel.daycare_visits v JOIN kennel.dogs d ON d.dog_id = v.dog_ref WHERE v.play_group_cd = 'BIG';

-- Q80 kennel | day_packs, owners | Whose daycare bundles expire by the end of February with days still unused?
SELECT o.forename, o.surname, p.pack_type, p.days_bought - p.days_used AS days_left, p.expiry_dt FROM kennel.day_packs p JOIN kennel.owners o ON o.owner_id = p.owner_ref WHERE p.expiry_dt <= '2026-02-28' AND p.days_used < p.days_bought;

-- Q81 kennel | incident_log | Were there any bites that needed a vet?
SELECT inc_ts, dog_ref, other_dog, desc_txt FROM kennel.incident_log WHERE inc_type = 'bite' AND vet_flg;

-- Q82 kennel | incident_log, dogs, owners | Which owners haven't been told about an incident involving their dog?
SELECT o.forename, o.surname, d.dog_nm, i.inc_ts, i.inc_type FROM kennel.incident_log i JOIN kennel.dogs d ON d.dog_id = i.dog_ref JOIN kennel.owners o ON o.owner_id = d.owner_ref WHERE NOT i.owner_told_flg;

-- Q83 kennel | grooming, staff | How much grooming income has each groomer brought in?
SELECT st.staff_nm, count(*) AS appointments, sum(g.price_amt) AS takings FROM kennel.grooming g JOIN kennel.staff st ON st.staff_id = g.groomer_staff GROUP BY st.staff_nm;

-- Q84 kennel | dogs, vet_practices | Which dogs are registered with a vet that has no out-of-hours cover?
SELECT d.dog_nm, v.practice_nm, v.phone_no FROM kennel.dogs d JOIN kennel.vet_practices v ON v.practice_id = d.vet_ref WHERE NOT v.ooh_cover_flg;

-- Q85 orchestra | musicians | Who is still in their trial year?
SELECT full_nm, section_cd, start_dt FROM orchestra.musicians WHERE contract_cd = 'PROB';

-- Q86 orchestra | musicians | Which players also play a second instrument?
SELECT full_nm, section_cd, doubles_txt FROM orchestra.musicians WHERE doubles_txt IS NOT NULL AND leave_dt IS NULL;

-- Q87 orchestra | services | Which rehearsals went into overtime, and by how much?
SELECT svc_dt, svc_type_cd, ot_min, ot_reason_txt FROM orchestra.services WHERE svc_type_cd IN ('REH', 'DRS') AND ot_min > 0;

-- Q88 orchestra | services | Which services were filmed for streaming, so the players are owed a media payment?
SELECT svc_id, svc_dt, svc_type_cd, venue_nm FROM orchestra.services WHERE media_cd = 'IMA';

-- Q89 orchestra | services, guest_artists | How many rehearsals did each guest conductor take?
SELECT g.artist_nm, count(*) AS rehearsals FROM orchestra.services s JOIN orchestra.guest_artists g ON g.artist_id = s.conductor_ref WHERE g.artist_type = 'GC' AND s.svc_type_cd IN ('REH', 'DRS') GROUP BY g.artist_nm;

-- Q90 orchestra | attendance, musicians | Who has called in sick the most?
SELECT m.full_nm, count(*) AS sick_services FROM orchestra.attendance a JOIN orchestra.musicians m ON m.mus_id = a.mus_ref WHERE a.att_cd = 'S' GROUP BY m.full_nm ORDER BY sick_services DESC;

-- Q91 orchestra | attendance, services, musicians | How much did we pay extra players for services in February?
SELECT sum(a.pay_amt) AS extras_pay FROM orchestra.attendance a JOIN orchestra.musicians m ON m.mus_id = a.mus_ref JOIN orchestra.services s ON s.svc_id = a.svc_ref WHERE m.contract_cd = 'SUB' AND s.svc_dt >= '2026-02-01' AND s.svc_dt < '2026-03-01';

-- Q92 orchestra | concerts | Which concerts sold out?
SELECT concert_id, concert_dt, series_cd, venue_nm FROM orchestra.concerts WHERE tix_sold >= capacity;

-- Q93 orchestra | concerts, concert_works, works | Which concerts had Beethoven on the programme?
SELECT DISTINCT c.concert_id, c.concert_dt, c.venue_nm FROM orchestra.concerts c JOIN orchestra.concert_works cw ON cw.concert_ref = c.concert_id JOIN orchestra.works w ON w.work_id = cw.work_ref WHERE w.composer_nm ILIKE '%Beethoven%';

-- Q94 orchestra | concert_works, works | Which pieces have we played as encores?
SELECT DISTINCT w.composer_nm, w.title_txt FROM orchestra.concert_works cw JOIN orchestra.works w ON w.work_id = cw.work_ref WHERE cw.encore_flg;

-- Q95 orchestra | works | Which pieces can only be rented from the publisher?
SELECT composer_nm, title_txt, publisher_nm FROM orchestra.works WHERE hire_only_flg;

-- Q96 orchestra | library_parts, works | Which hired sets of parts are due back to the publisher in February?
SELECT w.title_txt, w.publisher_nm, p.due_back_dt FROM orchestra.library_parts p JOIN orchestra.works w ON w.work_id = p.work_ref WHERE NOT p.owned_flg AND p.due_back_dt >= '2026-02-01' AND p.due_back_dt < '2026-03-01';

-- Q97 orchestra | library_parts, musicians, works | Which parts have the concertmaster's bowings marked in?
SELECT w.title_txt, p.part_nm FROM orchestra.library_parts p JOIN orchestra.musicians m ON m.mus_id = p.bowings_by JOIN orchestra.works w ON w.work_id = p.work_ref WHERE m.chair_txt = 'concertmaster';

-- Q98 orchestra | auditions, musicians | Who chaired each audition panel, and for which vacancy?
SELECT DISTINCT a.vacancy_txt, m.full_nm FROM orchestra.auditions a JOIN orchestra.musicians m ON m.mus_id = a.panel_chair;

-- Q99 orchestra | auditions | Which candidates got through the blind first round?
SELECT vacancy_txt, candidate_nm FROM orchestra.auditions WHERE round_cd = 'PRE' AND result_cd = 'ADV';

-- Q100 orchestra | instruments, musicians | Which of the orchestra's instruments are lent out, to whom, and what are they insured for?
SELECT i.asset_tag, i.instr_type, i.maker_nm, m.full_nm, i.insured_amt FROM orchestra.instruments i JOIN orchestra.musicians m ON m.mus_id = i.on_loan_to;
