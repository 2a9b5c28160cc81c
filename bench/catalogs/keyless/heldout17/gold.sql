-- Verification SQL for heldout17/questions.tsv (held-out 17: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the six heldout17 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 forge | commissions | Which jobs are still waiting for the customer to OK the drawing?
SELECT comm_no, descr, drw_no, drw_sent_dt FROM forge.commissions WHERE status_cd = 'DRW' AND drw_ok_dt IS NULL ORDER BY drw_sent_dt;

-- Q02 forge | commissions, clients | Who still owes us the balance on finished work?
SELECT c.fname, c.sname, c.co_nm, m.comm_no, m.descr, m.compl_dt, m.bal_amt FROM forge.commissions m JOIN forge.clients c ON c.cl_no = m.cl_ref WHERE m.status_cd = 'DONE' AND m.bal_paid_dt IS NULL;

-- Q03 forge | commissions | Are we making anything for a listed building that hasn't had its consent come through yet?
SELECT comm_no, descr, site_addr, cons_ref, status_cd, fit_dt FROM forge.commissions WHERE listed_yn = 'Y' AND cons_ok_dt IS NULL AND status_cd NOT IN ('DONE', 'CXL');

-- Q04 forge | commissions, smiths | How many hours over or under the estimate is each smith running on their commissions?
SELECT s.emp_nm, sum(m.est_hrs) AS estimated, sum(m.act_hrs) AS actual, sum(m.act_hrs - m.est_hrs) AS over_by FROM forge.commissions m JOIN forge.smiths s ON s.emp_no = m.lead_smith WHERE m.act_hrs IS NOT NULL GROUP BY s.emp_nm ORDER BY over_by DESC;

-- Q05 forge | commissions, finishers | What's away at the galvanisers and powder coaters at the moment?
SELECT m.comm_no, m.descr, f.fin_nm, m.fin_out_dt FROM forge.commissions m JOIN forge.finishers f ON f.fin_cd = m.fin_sub_ref WHERE m.fin_out_dt IS NOT NULL AND m.fin_back_dt IS NULL;

-- Q06 forge | course_dates, courses | What courses have we got running in July?
SELECT d.start_dt, c.crs_nm, d.places_sold, c.max_places, d.status_cd FROM forge.course_dates d JOIN forge.courses c ON c.crs_cd = d.crs_ref WHERE d.start_dt >= DATE '2026-07-01' AND d.start_dt < DATE '2026-08-01' AND d.status_cd <> 'CXL' ORDER BY d.start_dt;

-- Q07 forge | course_bookings, course_dates, courses | How many places have we sold on the knife making courses?
SELECT c.crs_nm, d.start_dt, count(*) AS places FROM forge.course_bookings b JOIN forge.course_dates d ON d.run_id = b.run_ref JOIN forge.courses c ON c.crs_cd = d.crs_ref WHERE c.crs_nm ILIKE '%knife%' AND b.cxl_dt IS NULL GROUP BY c.crs_nm, d.start_dt ORDER BY d.start_dt;

-- Q08 forge | course_bookings, students | Who booked a course and then just didn't turn up?
SELECT s.fname, s.sname, s.tel, b.run_ref, b.amt_paid FROM forge.course_bookings b JOIN forge.students s ON s.stu_id = b.stu_ref WHERE b.attended_yn = 'N' AND b.cxl_dt IS NULL;

-- Q09 forge | gift_vouchers | Which unused gift vouchers run out before the end of the summer?
SELECT vch_cd, recipient, bought_by, buyer_email, value, exp_dt FROM forge.gift_vouchers WHERE redeemed_dt IS NULL AND exp_dt >= DATE '2026-06-15' AND exp_dt <= DATE '2026-08-31' ORDER BY exp_dt;

-- Q10 forge | course_bookings, students, course_dates | Is anybody on the August courses got a medical problem or a pacemaker the tutor should know about?
SELECT d.start_dt, d.crs_ref, s.fname, s.sname, s.med_note, s.pacemaker_yn FROM forge.course_bookings b JOIN forge.students s ON s.stu_id = b.stu_ref JOIN forge.course_dates d ON d.run_id = b.run_ref WHERE d.start_dt >= DATE '2026-08-01' AND d.start_dt < DATE '2026-09-01' AND b.cxl_dt IS NULL AND (s.med_note IS NOT NULL OR s.pacemaker_yn = 'Y');

-- Q11 forge | steel_stock | What bar are we running short of in the rack?
SELECT stk_cd, descr, stock_m, reorder_m, stockist FROM forge.steel_stock WHERE stock_m < reorder_m ORDER BY stockist, stk_cd;

-- Q12 forge | stock_issues, steel_stock, commissions | How many metres of flat bar went into the Oakfield Hall gates?
SELECT st.descr, sum(i.len_m) AS metres FROM forge.stock_issues i JOIN forge.steel_stock st ON st.stk_cd = i.stk_ref JOIN forge.commissions m ON m.comm_no = i.comm_ref WHERE m.descr ILIKE '%Oakfield Hall%' AND st.section_cd = 'FLAT' GROUP BY st.descr;

-- Q13 forge | smiths | Whose coded welding ticket has run out?
SELECT emp_nm, weld_cert_cd, weld_cert_exp FROM forge.smiths WHERE weld_cert_exp < DATE '2026-06-15' AND leave_dt IS NULL;

-- Q14 forge | shop_orders | Have we got any Etsy orders still waiting to be posted?
SELECT ord_no, ord_dt, cust_nm, ship_pcode, sku_ref, qty FROM forge.shop_orders WHERE chan_cd = 'ETSY' AND despatch_dt IS NULL ORDER BY ord_dt;

-- Q15 forge | shop_orders, products | What sold best at the shows and craft fairs this year?
SELECT p.prod_nm, sum(o.qty) AS sold, sum(o.amt) AS takings FROM forge.shop_orders o JOIN forge.products p ON p.sku = o.sku_ref WHERE o.chan_cd = 'MKT' AND o.ord_dt >= DATE '2026-01-01' GROUP BY p.prod_nm ORDER BY sold DESC;

-- Q16 forge | fuel_log | How much have we spent on coal since January?
SELECT sum(cost) AS coal_spend, sum(qty) AS kg FROM forge.fuel_log WHERE fuel_cd = 'COAL' AND dlv_dt >= DATE '2026-01-01';

-- Q17 forge | repairs, clients | Whose repairs are done and still waiting to be picked up?
SELECT c.fname, c.sname, c.tel, r.item_desc, r.ready_dt, r.charge_amt FROM forge.repairs r JOIN forge.clients c ON c.cl_no = r.owner_ref WHERE r.ready_dt IS NOT NULL AND r.collected_dt IS NULL;

-- Q18 radio | volunteers | Which presenters are due a new DBS check?
SELECT vol_nm, on_air_nm, dbs_dt FROM radio.volunteers WHERE role_cd = 'PRES' AND left_dt IS NULL AND (dbs_dt IS NULL OR dbs_dt < DATE '2023-06-15') ORDER BY dbs_dt NULLS FIRST;

-- Q19 radio | shows | What's on air on Saturday mornings?
SELECT start_tm, show_nm, dur_mins FROM radio.shows WHERE day_cd = 'SAT' AND start_tm < TIME '12:00' AND active_yn = 'Y' ORDER BY start_tm;

-- Q20 radio | broadcasts, shows | Which programmes had dead air last month?
SELECT b.air_dt, s.show_nm, b.dead_air_sec, b.fault_cd, b.handover_note FROM radio.broadcasts b JOIN radio.shows s ON s.show_cd = b.show_ref WHERE b.dead_air_sec > 0 AND b.air_dt >= DATE '2026-05-01' AND b.air_dt < DATE '2026-06-01' ORDER BY b.air_dt;

-- Q21 radio | broadcasts, volunteers | Has anyone had swearing go out before the watershed without apologising?
SELECT b.air_dt, b.show_ref, v.vol_nm, b.handover_note FROM radio.broadcasts b JOIN radio.volunteers v ON v.vol_id = b.pres_ref WHERE b.swear_yn = 'Y' AND coalesce(b.apology_yn, 'N') <> 'Y' AND b.act_start < TIME '21:00';

-- Q22 radio | tracks_played | How many tracks by local artists did we play in May?
SELECT count(*) AS local_tracks FROM radio.tracks_played WHERE local_yn = 'Y' AND play_ts >= TIMESTAMP '2026-05-01 00:00' AND play_ts < TIMESTAMP '2026-06-01 00:00';

-- Q23 radio | tracks_played, broadcasts, shows | What did Folk Roots play last week?
SELECT t.play_ts, t.artist, t.title FROM radio.tracks_played t JOIN radio.broadcasts b ON b.bc_id = t.bc_ref JOIN radio.shows s ON s.show_cd = b.show_ref WHERE s.show_nm = 'Folk Roots' AND b.air_dt >= DATE '2026-06-08' AND b.air_dt <= DATE '2026-06-14' ORDER BY t.play_ts;

-- Q24 radio | airtime_orders, advertisers | Which advertisers haven't paid their invoices yet?
SELECT a.bus_nm, o.ord_ref, o.inv_no, o.total_amt FROM radio.airtime_orders o JOIN radio.advertisers a ON a.adv_no = o.adv_ref WHERE o.inv_no IS NOT NULL AND o.paid_dt IS NULL;

-- Q25 radio | spots_aired, airtime_orders, advertisers | How many of Barker's Garden Centre's adverts didn't go out?
SELECT count(*) AS missed FROM radio.spots_aired sa JOIN radio.airtime_orders o ON o.ord_ref = sa.ord_ref JOIN radio.advertisers a ON a.adv_no = o.adv_ref WHERE a.bus_nm = 'Barker''s Garden Centre' AND sa.missed_yn = 'Y';

-- Q26 radio | sponsorships, shows, advertisers | Who's sponsoring which shows at the moment?
SELECT s.show_nm, a.bus_nm, sp.monthly_fee, sp.end_dt FROM radio.sponsorships sp JOIN radio.shows s ON s.show_cd = sp.show_ref JOIN radio.advertisers a ON a.adv_no = sp.adv_ref WHERE sp.start_dt <= DATE '2026-06-15' AND sp.end_dt >= DATE '2026-06-15';

-- Q27 radio | grants | Are we late sending any reports to our funders?
SELECT funder_nm, grant_ref, purpose, rpt_due_dt FROM radio.grants WHERE rpt_due_dt < DATE '2026-06-15' AND rpt_sent_dt IS NULL ORDER BY rpt_due_dt;

-- Q28 radio | studio_bookings, volunteers | Who keeps booking the studio and not turning up?
SELECT v.vol_nm, count(*) AS no_shows FROM radio.studio_bookings b JOIN radio.volunteers v ON v.vol_id = b.vol_ref WHERE b.no_show_yn = 'Y' GROUP BY v.vol_nm HAVING count(*) >= 2 ORDER BY no_shows DESC;

-- Q29 radio | volunteers, training | Which presenters still haven't passed media law?
SELECT v.vol_nm, v.on_air_nm FROM radio.volunteers v WHERE v.role_cd = 'PRES' AND v.left_dt IS NULL AND NOT EXISTS (SELECT 1 FROM radio.training t WHERE t.vol_ref = v.vol_id AND t.course_cd = 'LAW' AND t.passed_yn = 'Y');

-- Q30 radio | complaints | How many complaints have we had this year, and how many did we uphold?
SELECT count(*) AS complaints, count(*) FILTER (WHERE upheld_yn = 'Y') AS upheld FROM radio.complaints WHERE rcvd_dt >= DATE '2026-01-01';

-- Q31 radio | complaints, broadcasts, shows | Which shows have listeners complained about?
SELECT s.show_nm, count(*) AS complaints FROM radio.complaints c JOIN radio.broadcasts b ON b.bc_id = c.bc_ref JOIN radio.shows s ON s.show_cd = b.show_ref GROUP BY s.show_nm ORDER BY complaints DESC;

-- Q32 radio | kit_loans, volunteers | Who's got station recorders or mics out that should have come back by now?
SELECT v.vol_nm, v.mobile, k.kit_desc, k.asset_no, k.due_dt FROM radio.kit_loans k JOIN radio.volunteers v ON v.vol_id = k.vol_ref WHERE k.ret_dt IS NULL AND k.due_dt < DATE '2026-06-15';

-- Q33 radio | broadcasts | Which pre-recorded shows arrived less than 48 hours before they went out?
SELECT show_ref, air_dt, prerec_file, prerec_rcvd_ts FROM radio.broadcasts WHERE live_yn = 'N' AND prerec_rcvd_ts > (air_dt + sched_start) - INTERVAL '48 hours' ORDER BY air_dt;

-- Q34 radio | staff | Which of the staff are paid for out of the Lottery money?
SELECT stf_nm, job_title, hrs_wk, end_dt FROM radio.staff WHERE funder_cd = 'NLCF';

-- Q35 vending | machines | Which machines out on site still don't take cards?
SELECT mach_id, make, model, site_ref, loc_desc FROM vending.machines WHERE cashless_yn = 'N' AND status_cd IN ('LIVE', 'FAULT');

-- Q36 vending | machines, sites | What machines have we got at Southmead Hospital?
SELECT m.mach_id, m.mach_typ, m.make, m.model, m.loc_desc, m.status_cd FROM vending.machines m JOIN vending.sites s ON s.site_no = m.site_ref WHERE s.site_nm ILIKE '%Southmead%';

-- Q37 vending | machines | Which machine leases end this year?
SELECT mach_id, make, model, lease_co, lease_end_dt FROM vending.machines WHERE own_cd = 'LEASE' AND lease_end_dt <= DATE '2026-12-31' ORDER BY lease_end_dt;

-- Q38 vending | products | What's getting low in the warehouse?
SELECT sku, prod_nm, wh_qty, reorder_qty FROM vending.products WHERE wh_qty < reorder_qty ORDER BY sku;

-- Q39 vending | slot_plans, products, machines, sites | Are any sugary or salty snacks loaded in the machines at schools?
SELECT s.site_nm, m.mach_id, sp.slot_cd, p.prod_nm FROM vending.slot_plans sp JOIN vending.products p ON p.sku = sp.sku_ref JOIN vending.machines m ON m.mach_id = sp.mach_ref JOIN vending.sites s ON s.site_no = m.site_ref WHERE s.site_typ = 'SCH' AND p.hfss_yn = 'Y';

-- Q40 vending | fills, drivers | How many items did each driver load into the machines in May?
SELECT d.drv_nm, sum(f.qty_in) AS loaded FROM vending.fills f JOIN vending.drivers d ON d.drv_no = f.drv_ref WHERE f.fill_dt >= DATE '2026-05-01' AND f.fill_dt < DATE '2026-06-01' GROUP BY d.drv_nm ORDER BY loaded DESC;

-- Q41 vending | fills, products | What did we have to bin as out of date last month?
SELECT p.prod_nm, sum(f.qty_exp) AS binned, sum(f.qty_exp * p.case_cost / p.case_qty) AS cost FROM vending.fills f JOIN vending.products p ON p.sku = f.sku_ref WHERE f.qty_exp > 0 AND f.fill_dt >= DATE '2026-05-01' AND f.fill_dt < DATE '2026-06-01' GROUP BY p.prod_nm ORDER BY binned DESC;

-- Q42 vending | collections, drivers | Which cash bags came up short when we counted them?
SELECT c.coll_dt, c.bag_no, c.mach_ref, d.drv_nm, c.meter_amt, c.counted_amt, c.variance_amt FROM vending.collections c JOIN vending.drivers d ON d.drv_no = c.drv_ref WHERE c.variance_amt < 0 ORDER BY c.coll_dt;

-- Q43 vending | card_sales, machines, sites | How much did we take on cards at each site in May?
SELECT s.site_nm, sum(cs.amt) AS card_takings FROM vending.card_sales cs JOIN vending.machines m ON m.card_rdr_id = cs.device_id JOIN vending.sites s ON s.site_no = m.site_ref WHERE cs.status_cd = 'OK' AND cs.txn_ts >= TIMESTAMP '2026-05-01 00:00' AND cs.txn_ts < TIMESTAMP '2026-06-01 00:00' GROUP BY s.site_nm ORDER BY card_takings DESC;

-- Q44 vending | card_sales | How many card payments got declined last week?
SELECT count(*) AS declined FROM vending.card_sales WHERE status_cd = 'DECL' AND txn_ts >= TIMESTAMP '2026-06-08 00:00' AND txn_ts < TIMESTAMP '2026-06-15 00:00';

-- Q45 vending | faults, machines | Which machines are broken down right now?
SELECT m.mach_id, m.make, m.model, m.site_ref, m.loc_desc, f.fault_cd, f.rptd_ts FROM vending.faults f JOIN vending.machines m ON m.mach_id = f.mach_ref WHERE f.fixed_ts IS NULL;

-- Q46 vending | faults, engineers | How long does each engineer take on average to get out to a breakdown?
SELECT e.eng_nm, avg(f.attend_ts - f.rptd_ts) AS avg_response, count(*) AS callouts FROM vending.faults f JOIN vending.engineers e ON e.eng_id = f.eng_ref WHERE f.attend_ts IS NOT NULL GROUP BY e.eng_nm ORDER BY avg_response;

-- Q47 vending | engineers | Whose F-gas ticket runs out this year?
SELECT eng_nm, fgas_cert, fgas_exp FROM vending.engineers WHERE fgas_exp <= DATE '2026-12-31' ORDER BY fgas_exp;

-- Q48 vending | temp_checks, machines, sites | Where have the fridges been running too warm?
SELECT s.site_nm, m.mach_id, t.chk_ts, t.temp_c, m.temp_max_c, t.binned_yn, t.action_txt FROM vending.temp_checks t JOIN vending.machines m ON m.mach_id = t.mach_ref JOIN vending.sites s ON s.site_no = m.site_ref WHERE t.temp_c > m.temp_max_c ORDER BY t.chk_ts;

-- Q49 vending | commission_payments, sites | How much commission have we paid each site so far this year?
SELECT s.site_nm, sum(cp.comm_amt) AS paid FROM vending.commission_payments cp JOIN vending.sites s ON s.site_no = cp.site_ref WHERE cp.paid_dt >= DATE '2026-01-01' GROUP BY s.site_nm ORDER BY paid DESC;

-- Q50 vending | sites | Which sites are on the Bath and Keynsham round?
SELECT site_nm, town, access_txt FROM vending.sites WHERE route_cd = 'R3';

-- Q51 vending | wh_receipts, products | What did we buy from Booker in May and what did it cost?
SELECT r.rcpt_dt, p.prod_nm, r.cases, r.cases * r.case_cost AS cost FROM vending.wh_receipts r JOIN vending.products p ON p.sku = r.sku_ref WHERE r.supplier_nm ILIKE 'Booker%' AND r.rcpt_dt >= DATE '2026-05-01' AND r.rcpt_dt < DATE '2026-06-01' ORDER BY r.rcpt_dt;

-- Q52 cricket | subs, members | Who still hasn't paid their subs this season?
SELECT m.fname, m.sname, s.amt_due, s.amt_paid, s.amt_due - s.amt_paid AS owed FROM cricket.subs s JOIN cricket.members m ON m.mem_no = s.mem_ref WHERE s.season = 2026 AND s.amt_paid < s.amt_due ORDER BY owed DESC;

-- Q53 cricket | jnr_subs, juniors | Which parents still owe junior fees for this year?
SELECT j.parent_nm, j.parent_tel, j.fname, j.sname, js.fee - js.paid_amt AS owed FROM cricket.jnr_subs js JOIN cricket.juniors j ON j.jnr_id = js.jnr_ref WHERE js.season = 2026 AND js.paid_amt < js.fee;

-- Q54 cricket | juniors | Which kids mustn't appear in photos?
SELECT fname, sname, age_grp FROM cricket.juniors WHERE photo_ok_yn = 'N';

-- Q55 cricket | members | Which of our coaches need their DBS redoing?
SELECT fname, sname, coach_lvl, dbs_dt FROM cricket.members WHERE (role_cd = 'COACH' OR coach_lvl IS NOT NULL) AND left_dt IS NULL AND (dbs_dt IS NULL OR dbs_dt < DATE '2023-06-15');

-- Q56 cricket | fixtures | How have the first team got on this season?
SELECT match_dt, opp_club, home_yn, our_runs, our_wkts, opp_runs, opp_wkts, result_cd, pts FROM cricket.fixtures WHERE team_cd = '1XI' AND season = 2026 ORDER BY match_dt;

-- Q57 cricket | fixtures | Which games got rained off?
SELECT match_dt, team_cd, opp_club, result_cd, weather_txt FROM cricket.fixtures WHERE result_cd IN ('ABD', 'CXL') AND (weather_txt ILIKE '%rain%' OR weather_txt ILIKE '%waterlogged%') ORDER BY match_dt;

-- Q58 cricket | batting, members, fixtures | Who's top of the run scorers this season?
SELECT m.fname, m.sname, sum(b.runs) AS runs, count(*) AS innings FROM cricket.batting b JOIN cricket.members m ON m.mem_no = b.player_ref JOIN cricket.fixtures f ON f.fx_no = b.fx_ref WHERE f.season = 2026 GROUP BY m.fname, m.sname ORDER BY runs DESC;

-- Q59 cricket | bowling, members | Who's taken a five-fer?
SELECT m.fname, m.sname, b.fx_ref, b.overs, b.runs_conc, b.wkts FROM cricket.bowling b JOIN cricket.members m ON m.mem_no = b.player_ref WHERE b.wkts >= 5 ORDER BY b.wkts DESC;

-- Q60 cricket | fixtures, members | Who's captained the Sunday side?
SELECT m.fname, m.sname, count(*) AS games FROM cricket.fixtures f JOIN cricket.members m ON m.mem_no = f.capt_ref WHERE f.team_cd = 'SUN' GROUP BY m.fname, m.sname;

-- Q61 cricket | selections, fixtures, members | Who played against Ashby St Ledgers?
SELECT DISTINCT m.fname, m.sname FROM cricket.selections s JOIN cricket.fixtures f ON f.fx_no = s.fx_ref JOIN cricket.members m ON m.mem_no = s.player_ref WHERE f.opp_club ILIKE 'Ashby St Ledgers%';

-- Q62 cricket | nets | How much have outside groups paid us for the nets this year?
SELECT ext_grp, sum(fee) AS paid FROM cricket.nets WHERE ext_grp IS NOT NULL AND paid_yn = 'Y' AND nb_dt >= DATE '2026-01-01' GROUP BY ext_grp ORDER BY paid DESC;

-- Q63 cricket | ground_log | How many hours has rolling the square taken since April?
SELECT sum(hrs) AS rolling_hours FROM cricket.ground_log WHERE task_cd = 'ROLL' AND log_dt >= DATE '2026-04-01';

-- Q64 cricket | bar_takings | What did the bar take over the weekend of the 6th of June?
SELECT sum(cash_amt + card_amt) AS takings, sum(stock_cost) AS stock_cost FROM cricket.bar_takings WHERE trade_dt >= DATE '2026-06-06' AND trade_dt <= DATE '2026-06-07';

-- Q65 cricket | sponsors | Which boundary board sponsors haven't paid yet?
SELECT sp_nm, contact, amt, inv_dt, board_up_yn FROM cricket.sponsors WHERE pkg_cd = 'BOARD' AND season = 2026 AND paid_yn = 'N';

-- Q66 cricket | coaching_sessions, members | How many junior sessions has each coach taken?
SELECT m.fname, m.sname, count(*) AS sessions FROM cricket.coaching_sessions cs JOIN cricket.members m ON m.mem_no = cs.coach WHERE cs.cxl_yn = 'N' GROUP BY m.fname, m.sname ORDER BY sessions DESC;

-- Q67 cricket | injury_log, juniors | Have any of the juniors had a suspected concussion?
SELECT j.fname, j.sname, j.age_grp, i.inj_dt, i.inj_txt, i.helmet_yn, i.hosp_yn FROM cricket.injury_log i JOIN cricket.juniors j ON j.jnr_id = i.who_ref WHERE i.who_typ = 'J' AND i.concuss_yn = 'Y';

-- Q68 arborist | quotes | Which quotes are still waiting for an answer and about to run out?
SELECT qt_no, site_addr, work_txt, net_amt, valid_to, chased_dt FROM arborist.quotes WHERE status_cd = 'SENT' AND valid_to >= DATE '2026-06-15' AND valid_to <= DATE '2026-07-15' ORDER BY valid_to;

-- Q69 arborist | jobs | Have we booked any work on protected trees before the council's said yes?
SELECT job_no, site_addr, tree_spp, work_cd, tpo_yn, ca_yn, consent_ref, sched_dt FROM arborist.jobs WHERE (tpo_yn = 'Y' OR ca_yn = 'Y') AND consent_dt IS NULL AND sched_dt IS NOT NULL AND status_cd = 'SCHED';

-- Q70 arborist | tpo_apps | Which council applications are still waiting for a decision?
SELECT app_ref, council, app_typ, sub_dt FROM arborist.tpo_apps WHERE decision_cd = 'PEND' ORDER BY sub_dt;

-- Q71 arborist | tpo_apps, jobs, customers | Which customers had their tree work turned down by the council?
SELECT c.cust_nm, j.site_addr, j.tree_spp, a.app_ref, a.decision_dt, a.conditions FROM arborist.tpo_apps a JOIN arborist.jobs j ON j.job_no = a.job_ref JOIN arborist.customers c ON c.cust_no = j.cust_ref WHERE a.decision_cd IN ('REFUSE', 'PART');

-- Q72 arborist | jobs, crew | What's each team leader got booked in for next week?
SELECT c.emp_nm, j.sched_dt, j.job_no, j.site_addr, j.work_cd, j.tree_spp FROM arborist.jobs j JOIN arborist.crew c ON c.emp_no = j.crew_lead WHERE j.sched_dt >= DATE '2026-06-22' AND j.sched_dt <= DATE '2026-06-28' AND j.status_cd <> 'CXL' ORDER BY c.emp_nm, j.sched_dt;

-- Q73 arborist | jobs | Have we done any work in the nesting season without checking for nests first?
SELECT job_no, site_addr, work_cd, tree_spp, done_dt FROM arborist.jobs WHERE done_dt IS NOT NULL AND EXTRACT(MONTH FROM done_dt) BETWEEN 3 AND 8 AND nest_chk_dt IS NULL;

-- Q74 arborist | crew | Which climbers are overdue their aerial rescue refresher?
SELECT emp_nm, role_cd, aerial_rescue_dt FROM arborist.crew WHERE cs38_yn = 'Y' AND leave_dt IS NULL AND (aerial_rescue_dt IS NULL OR aerial_rescue_dt < DATE '2024-06-15');

-- Q75 arborist | kit | Which ropes and harnesses are due their LOLER inspection in the next month?
SELECT kit_id, kit_typ, make, model, loler_due FROM arborist.kit WHERE kit_typ IN ('ROPE', 'HARN') AND retired_dt IS NULL AND loler_due <= DATE '2026-07-15' ORDER BY loler_due;

-- Q76 arborist | kit_inspections, kit, crew | Whose kit failed its last inspection?
SELECT c.emp_nm, k.kit_id, k.kit_typ, li.insp_dt, li.note FROM (SELECT DISTINCT ON (kit_ref) kit_ref, insp_dt, result_cd, note FROM arborist.kit_inspections ORDER BY kit_ref, insp_dt DESC) li JOIN arborist.kit k ON k.kit_id = li.kit_ref JOIN arborist.crew c ON c.emp_no = k.assigned_to WHERE li.result_cd = 'FAIL';

-- Q77 arborist | vehicles | Which vehicles need an MOT before August?
SELECT veh_cd, reg_no, make, model, mot_due FROM arborist.vehicles WHERE mot_due < DATE '2026-08-01' ORDER BY mot_due;

-- Q78 arborist | timesheets, crew | How much overtime did each of the lads do in May?
SELECT c.emp_nm, sum(t.ot_hrs) AS overtime FROM arborist.timesheets t JOIN arborist.crew c ON c.emp_no = t.emp_ref WHERE t.work_dt >= DATE '2026-05-01' AND t.work_dt < DATE '2026-06-01' GROUP BY c.emp_nm ORDER BY overtime DESC;

-- Q79 arborist | timesheets, jobs, customers | How many man-hours have gone into Ashcombe Housing's jobs?
SELECT j.job_no, j.site_addr, sum(t.hrs) AS man_hours FROM arborist.timesheets t JOIN arborist.jobs j ON j.job_no = t.job_ref JOIN arborist.customers c ON c.cust_no = j.cust_ref WHERE c.cust_nm = 'Ashcombe Housing' GROUP BY j.job_no, j.site_addr;

-- Q80 arborist | waste_tickets | What have we spent on tipping green waste this year?
SELECT waste_cd, sum(tonnes) AS tonnes, sum(cost) AS cost FROM arborist.waste_tickets WHERE tip_dt >= DATE '2026-01-01' GROUP BY waste_cd;

-- Q81 arborist | log_sales | How many loads of seasoned hardwood have we sold since October?
SELECT load_cd, count(*) AS loads, sum(price) AS value FROM arborist.log_sales WHERE spp_cd = 'HWD' AND seasoned_yn = 'Y' AND sale_dt >= DATE '2025-10-01' GROUP BY load_cd;

-- Q82 arborist | log_sales | Who hasn't paid for their logs?
SELECT buyer_nm, buyer_pcode, sale_dt, load_cd, price FROM arborist.log_sales WHERE paid_yn = 'N';

-- Q83 arborist | invoices, customers | Which councils and housing associations are late paying us?
SELECT c.cust_nm, i.inv_no, i.inv_dt, i.due_dt, i.net + i.vat - i.paid_amt AS owed FROM arborist.invoices i JOIN arborist.customers c ON c.cust_no = i.cust_ref WHERE c.cust_typ IN ('LA', 'HA') AND i.paid_dt IS NULL AND i.due_dt < DATE '2026-06-15';

-- Q84 arborist | damage_claims, jobs | What damage have we done on jobs, and what did it cost to settle?
SELECT j.site_addr, d.rpt_dt, d.dmg_txt, d.third_party, d.est_amt, d.settled_amt, d.our_fault_yn FROM arborist.damage_claims d JOIN arborist.jobs j ON j.job_no = d.job_ref ORDER BY d.rpt_dt;

-- Q85 hearing | appointments | How many people didn't turn up for their appointments last month?
SELECT count(*) AS dnas FROM hearing.appointments WHERE status_cd = 'DNA' AND appt_dt >= DATE '2026-05-01' AND appt_dt < DATE '2026-06-01';

-- Q86 hearing | appointments, clinicians | How many hearing tests has each clinician done since April?
SELECT c.clin_nm, count(*) AS tests FROM hearing.appointments a JOIN hearing.clinicians c ON c.clin_id = a.clin_ref WHERE a.appt_typ = 'HT' AND a.status_cd = 'ATT' AND a.appt_dt >= DATE '2026-04-01' GROUP BY c.clin_nm ORDER BY tests DESC;

-- Q87 hearing | audiograms, patients | Which patients had a red flag on their hearing test?
SELECT p.fname, p.sname, a.test_dt, a.red_flag_cd, a.refer_yn FROM hearing.audiograms a JOIN hearing.patients p ON p.pt_no = a.pt_ref WHERE a.red_flag_cd <> 'NONE' ORDER BY a.test_dt;

-- Q88 hearing | referrals | Which urgent referrals haven't been acknowledged yet?
SELECT ref_no, pt_ref, ref_dt, ref_to, reason_cd FROM hearing.referrals WHERE urgent_yn = 'Y' AND ack_dt IS NULL ORDER BY ref_dt;

-- Q89 hearing | hearing_aids, patients | Whose money-back trial ends in the next fortnight?
SELECT DISTINCT p.fname, p.sname, p.tel, h.model, h.trial_end FROM hearing.hearing_aids h JOIN hearing.patients p ON p.pt_no = h.pt_ref WHERE h.status_cd = 'TRIAL' AND h.trial_end >= DATE '2026-06-15' AND h.trial_end <= DATE '2026-06-29';

-- Q90 hearing | hearing_aids | How many aids have been handed back under the trial?
SELECT count(*) AS returned, sum(price) AS value FROM hearing.hearing_aids WHERE status_cd = 'RET' OR returned_dt IS NOT NULL;

-- Q91 hearing | hearing_aids | How many Phonak aids did we fit in May?
SELECT count(*) AS phonak_fitted FROM hearing.hearing_aids WHERE (mfr_cd = 'PHO' OR model ILIKE 'Phonak%') AND fitted_dt >= DATE '2026-05-01' AND fitted_dt < DATE '2026-06-01';

-- Q92 hearing | repairs, hearing_aids, patients | Whose aids are away at the manufacturer being repaired?
SELECT p.fname, p.sname, h.model, h.ear_cd, r.fault_cd, r.sent_dt, r.loan_aid_sn FROM hearing.repairs r JOIN hearing.hearing_aids h ON h.aid_id = r.aid_ref JOIN hearing.patients p ON p.pt_no = h.pt_ref WHERE r.sent_dt IS NOT NULL AND r.back_dt IS NULL;

-- Q93 hearing | aid_orders | Which orders from the manufacturers are late?
SELECT ord_no, mfr_cd, model, ord_dt, exp_dt FROM hearing.aid_orders WHERE rcvd_dt IS NULL AND exp_dt < DATE '2026-06-15' ORDER BY exp_dt;

-- Q94 hearing | clinicians | Whose HCPC registration is up for renewal this year?
SELECT clin_nm, hcpc_no, hcpc_exp FROM hearing.clinicians WHERE hcpc_exp >= DATE '2026-01-01' AND hcpc_exp <= DATE '2026-12-31' AND leave_dt IS NULL ORDER BY hcpc_exp;

-- Q95 hearing | clinics | Which clinic's sound booth is overdue its calibration?
SELECT clinic_nm, booth_calib_dt, audiometer_sn FROM hearing.clinics WHERE booth_yn = 'Y' AND booth_calib_dt < DATE '2025-06-15';

-- Q96 hearing | patients, care_homes | How many of our patients live at Meadowbank House?
SELECT count(*) AS residents FROM hearing.patients p JOIN hearing.care_homes h ON h.ch_id = p.home_ref WHERE h.home_nm = 'Meadowbank House' AND p.deceased_dt IS NULL;

-- Q97 hearing | care_homes | Which care homes are due a visit?
SELECT home_nm, town, last_visit_dt, last_visit_dt + visit_wks * 7 AS due_dt FROM hearing.care_homes WHERE last_visit_dt + visit_wks * 7 <= DATE '2026-06-15' ORDER BY due_dt;

-- Q98 hearing | wax_procs, appointments, clinicians | Which wax removals didn't clear the ear, and who did them?
SELECT a.appt_dt, a.pt_ref, w.ear_cd, w.method_cd, w.result_cd, c.clin_nm FROM hearing.wax_procs w JOIN hearing.appointments a ON a.appt_no = w.appt_ref JOIN hearing.clinicians c ON c.clin_id = a.clin_ref WHERE w.result_cd <> 'CLR' ORDER BY a.appt_dt;

-- Q99 hearing | sales | How many packs of 312 batteries did we sell last month?
SELECT sum(qty) AS packs, sum(amt) AS takings FROM hearing.sales WHERE item_cd = 'BAT312' AND sale_dt >= DATE '2026-05-01' AND sale_dt < DATE '2026-06-01';

-- Q100 hearing | finance_plans, patients | Who's behind on the monthly payments for their aids?
SELECT p.fname, p.sname, p.tel, f.mth_amt, f.arrears, f.last_pay_dt FROM hearing.finance_plans f JOIN hearing.patients p ON p.pt_no = f.pt_ref WHERE f.arrears > 0;
