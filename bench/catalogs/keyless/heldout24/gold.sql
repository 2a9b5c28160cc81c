-- Verification SQL for heldout24/questions.tsv (held-out 24: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the seven heldout24 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 scrapyard | metal_grades | What are we paying for copper at the moment?
SELECT grade_cd, grade_nm, buy_px_kg, px_upd_dt FROM scrapyard.metal_grades WHERE grade_nm ILIKE '%copper%' AND active_yn = 'Y' ORDER BY buy_px_kg DESC;

-- Q02 scrapyard | tickets,sellers | Who's still waiting for their money?
SELECT t.tkt_no, t.tkt_ts, s.fnm, s.snm, s.co_nm, t.tot_amt FROM scrapyard.tickets t JOIN scrapyard.sellers s ON s.sel_no = t.sel_ref WHERE t.status_cd = 'WGH' ORDER BY t.tkt_ts;

-- Q03 scrapyard | ticket_lines,tickets | How much lead did we take in last month?
SELECT sum(l.net_kg) AS lead_kg, sum(l.amt) AS paid FROM scrapyard.ticket_lines l JOIN scrapyard.tickets t ON t.tkt_no = l.tkt_ref WHERE l.grade_ref = 'LD' AND t.status_cd <> 'VOID' AND t.tkt_ts >= TIMESTAMP '2026-05-01' AND t.tkt_ts < TIMESTAMP '2026-06-01';

-- Q04 scrapyard | theft_alerts,tickets,sellers | Which police theft alerts have we matched to something that came over the weighbridge, and who brought it in?
SELECT a.alert_no, a.police_ref, a.descr, t.tkt_no, t.tkt_ts, t.veh_reg, s.fnm, s.snm FROM scrapyard.theft_alerts a JOIN scrapyard.tickets t ON t.tkt_no = a.match_tkt_ref JOIN scrapyard.sellers s ON s.sel_no = t.sel_ref WHERE a.status_cd = 'MATCH';

-- Q05 scrapyard | skip_hires | Which skips are full and waiting to be picked up?
SELECT skip_ref, acct_ref, site_addr, town, placed_dt FROM scrapyard.skip_hires WHERE status_cd = 'FULL' ORDER BY placed_dt;

-- Q06 scrapyard | outbound_loads | How much heavy iron have we sent to the steelworks this year, and what did it fetch?
SELECT sum(net_t) AS tonnes, sum(inv_amt) AS invoiced FROM scrapyard.outbound_loads WHERE grade_ref = 'HMS' AND load_dt >= DATE '2026-01-01';

-- Q07 scrapyard | outbound_loads | Have any of our loads been rejected or downgraded?
SELECT load_no, buyer_ref, grade_ref, load_dt, net_t, rej_note FROM scrapyard.outbound_loads WHERE rej_yn = 'Y' ORDER BY load_dt;

-- Q08 scrapyard | staff | Who's allowed to run the weighbridge?
SELECT emp_nm, role_cd FROM scrapyard.staff WHERE wb_cert_yn = 'Y' AND leave_dt IS NULL;

-- Q09 scrapyard | payments | Did any payments bounce?
SELECT pay_no, tkt_ref, acct_ref, pay_dt, amt, bank_ref FROM scrapyard.payments WHERE status_cd = 'BNC';

-- Q10 scrapyard | sellers | Who have we banned from selling to us?
SELECT sel_no, fnm, snm, town, veh_reg FROM scrapyard.sellers WHERE banned_yn = 'Y';

-- Q11 scrapyard | ticket_lines,tickets,metal_grades | What have we bought so far in June, metal by metal?
SELECT g.grade_nm, sum(l.net_kg) AS kg, sum(l.amt) AS paid FROM scrapyard.ticket_lines l JOIN scrapyard.tickets t ON t.tkt_no = l.tkt_ref JOIN scrapyard.metal_grades g ON g.grade_cd = l.grade_ref WHERE t.tkt_ts >= TIMESTAMP '2026-06-01' AND t.status_cd <> 'VOID' GROUP BY g.grade_nm ORDER BY kg DESC;

-- Q12 scrapyard | ticket_lines,tickets,sellers | Which members of the public sold us catalytic converters in May?
SELECT s.fnm, s.snm, s.tel, t.tkt_no, t.tkt_ts, l.net_kg, l.amt FROM scrapyard.ticket_lines l JOIN scrapyard.tickets t ON t.tkt_no = l.tkt_ref JOIN scrapyard.sellers s ON s.sel_no = t.sel_ref WHERE l.grade_ref = 'CAT' AND t.tkt_ts >= TIMESTAMP '2026-05-01' AND t.tkt_ts < TIMESTAMP '2026-06-01';

-- Q13 scrapyard | tickets,trade_accounts | How much scrap have we bought off the garages this year?
SELECT a.acct_nm, count(*) AS deliveries, sum(t.tot_amt) AS total FROM scrapyard.tickets t JOIN scrapyard.trade_accounts a ON a.acct_cd = t.acct_ref WHERE a.typ_cd = 'GAR' AND t.tkt_ts >= TIMESTAMP '2026-01-01' AND t.status_cd <> 'VOID' GROUP BY a.acct_nm ORDER BY total DESC;

-- Q14 scrapyard | metal_grades | What's our margin per tonne on each metal at today's prices?
SELECT grade_cd, grade_nm, buy_px_kg * 1000 AS buy_per_t, sell_px_t, sell_px_t - buy_px_kg * 1000 AS margin_per_t FROM scrapyard.metal_grades WHERE active_yn = 'Y' AND sell_px_t IS NOT NULL ORDER BY margin_per_t DESC;

-- Q15 scrapyard | skips | Which skips are off the road for repair?
SELECT skip_no, size_cd, rep_note FROM scrapyard.skips WHERE status_cd = 'REP';

-- Q16 cattery | stays,stay_cats,cats | Which cats have we got in at the moment?
SELECT c.cat_nm, c.breed, s.pen_ref, s.in_dt, s.out_dt FROM cattery.stays s JOIN cattery.stay_cats sc ON sc.stay_ref = s.stay_no JOIN cattery.cats c ON c.cat_no = sc.cat_ref WHERE s.status_cd = 'IN' ORDER BY s.pen_ref;

-- Q17 cattery | stays,owners | Who's dropping off this weekend?
SELECT o.title, o.snm, o.tel, s.in_dt, s.pen_ref, s.taxi_yn FROM cattery.stays s JOIN cattery.owners o ON o.own_no = s.own_ref WHERE s.in_dt BETWEEN DATE '2026-06-12' AND DATE '2026-06-14' AND s.status_cd IN ('PROV', 'CONF') ORDER BY s.in_dt;

-- Q18 cattery | cats | Which of our regulars are diabetic?
SELECT cat_nm, own_ref, breed, dob FROM cattery.cats WHERE med_cd = 'INS' AND deceased_yn = 'N';

-- Q19 cattery | vaccinations,stay_cats,stays,cats | Which cats booked in will have their flu and enteritis booster run out before they go home?
SELECT c.cat_nm, s.stay_no, s.in_dt, s.out_dt, v.due_dt FROM cattery.stays s JOIN cattery.stay_cats sc ON sc.stay_ref = s.stay_no JOIN cattery.cats c ON c.cat_no = sc.cat_ref JOIN cattery.vaccinations v ON v.cat_ref = sc.cat_ref AND v.vac_cd = 'FIE' WHERE s.status_cd IN ('PROV', 'CONF', 'IN') AND v.due_dt < s.out_dt ORDER BY s.in_dt;

-- Q20 cattery | vaccinations,cats | Whose vaccination card haven't we actually seen?
SELECT c.cat_nm, c.own_ref, v.vac_cd, v.given_dt FROM cattery.vaccinations v JOIN cattery.cats c ON c.cat_no = v.cat_ref WHERE v.cert_seen_yn = 'N';

-- Q21 cattery | pens,stays | Which pens are free all of next week?
SELECT p.pen_no, p.block_cd, p.size_cd, p.nightly_rate FROM cattery.pens p WHERE p.oou_yn = 'N' AND NOT EXISTS (SELECT 1 FROM cattery.stays s WHERE s.pen_ref = p.pen_no AND s.status_cd IN ('PROV', 'CONF', 'IN') AND s.in_dt <= DATE '2026-06-21' AND s.out_dt >= DATE '2026-06-15') ORDER BY p.pen_no;

-- Q22 cattery | care_log,cats | Who's off their food today?
SELECT c.cat_nm, l.sess_cd, l.ate_cd, l.note FROM cattery.care_log l JOIN cattery.cats c ON c.cat_no = l.cat_ref WHERE l.log_dt = DATE '2026-06-10' AND l.ate_cd IN ('LITTLE', 'NONE');

-- Q23 cattery | rota,staff | Who's working Saturday?
SELECT st.stf_nm, r.shift_cd, r.hrs FROM cattery.rota r JOIN cattery.staff st ON st.stf_no = r.stf_ref WHERE r.wk_dt = DATE '2026-06-13' ORDER BY r.shift_cd;

-- Q24 cattery | invoices | How much is still owed on cattery bills?
SELECT count(*) AS bills, sum(tot_amt - paid_amt) AS owed FROM cattery.invoices WHERE paid_amt < tot_amt;

-- Q25 cattery | food_stock | What food do we need to order?
SELECT food_cd, brand, food_nm, qty, reorder_lvl, supp_nm FROM cattery.food_stock WHERE qty <= reorder_lvl;

-- Q26 cattery | stays | How busy are we in August?
SELECT count(*) AS bookings, sum(LEAST(out_dt, DATE '2026-09-01') - GREATEST(in_dt, DATE '2026-08-01')) AS pen_nights FROM cattery.stays WHERE status_cd IN ('PROV', 'CONF') AND in_dt < DATE '2026-09-01' AND out_dt > DATE '2026-08-01';

-- Q27 cattery | owners | How many of our customers live in Exmouth?
SELECT count(*) AS owners FROM cattery.owners WHERE town = 'Exmouth';

-- Q28 cattery | invoices | What did we take in May?
SELECT sum(paid_amt) AS taken FROM cattery.invoices WHERE paid_dt >= DATE '2026-05-01' AND paid_dt < DATE '2026-06-01';

-- Q29 cattery | staff | Which staff haven't done their pet first aid?
SELECT stf_nm, role_cd FROM cattery.staff WHERE pfa_yn = 'N' AND leave_dt IS NULL;

-- Q30 tutoring | invoices,clients | Who still owes us?
SELECT c.fnm, c.snm, i.inv_no, i.period_cd, i.amt - i.paid_amt AS owed, i.due_dt FROM tutoring.invoices i JOIN tutoring.clients c ON c.cl_no = i.cl_ref WHERE i.paid_amt < i.amt AND i.status_cd NOT IN ('PAID', 'WO') ORDER BY i.due_dt;

-- Q31 tutoring | tutors | Whose DBS check is more than three years old?
SELECT fnm, snm, dbs_dt, status_cd FROM tutoring.tutors WHERE dbs_dt < DATE '2023-06-10' AND status_cd <> 'LEFT';

-- Q32 tutoring | lessons,placements,tutors | How many lessons did each tutor teach in May?
SELECT t.fnm, t.snm, count(*) AS lessons, sum(l.mins) / 60.0 AS hours FROM tutoring.lessons l JOIN tutoring.placements p ON p.plc_no = l.plc_ref JOIN tutoring.tutors t ON t.tut_no = p.tut_ref WHERE l.status_cd = 'DONE' AND l.les_dt >= DATE '2026-05-01' AND l.les_dt < DATE '2026-06-01' GROUP BY t.fnm, t.snm ORDER BY lessons DESC;

-- Q33 tutoring | lessons | How many late cancellations have we had in June?
SELECT count(*) AS late_cancels FROM tutoring.lessons WHERE status_cd = 'LCX' AND les_dt >= DATE '2026-06-01';

-- Q34 tutoring | enquiries,subjects | Which enquiries are still waiting for a tutor, and for what?
SELECT e.enq_dt, e.par_nm, e.tel, s.subj_nm, e.town, e.mode_cd FROM tutoring.enquiries e JOIN tutoring.subjects s ON s.subj_cd = e.subj_ref WHERE e.status_cd = 'WAIT' ORDER BY e.enq_dt;

-- Q35 tutoring | placements,students,subjects | Which children are we getting ready for the 11+?
SELECT st.fnm, st.snm, st.school, s.subj_nm, p.mode_cd FROM tutoring.placements p JOIN tutoring.students st ON st.stu_no = p.stu_ref JOIN tutoring.subjects s ON s.subj_cd = p.subj_ref WHERE s.lvl_cd = '11P' AND p.status_cd IN ('TRIAL', 'ACT', 'HOLD');

-- Q36 tutoring | results,students | How did the GCSE maths mocks go against target?
SELECT st.fnm, st.snm, r.sat_dt, r.tgt_grd, r.grade FROM tutoring.results r JOIN tutoring.students st ON st.stu_no = r.stu_ref WHERE r.subj_ref = 'GC-MA' AND r.exam_cd = 'MOCK' ORDER BY r.sat_dt;

-- Q37 tutoring | subjects | What do we charge for A-level chemistry?
SELECT subj_nm, chg_rate FROM tutoring.subjects WHERE lvl_cd = 'ALVL' AND subj_nm ILIKE '%chemistry%';

-- Q38 tutoring | tutor_pay | How much tutor pay still has to go out for May?
SELECT count(*) AS tutors, sum(gross_amt) AS to_pay FROM tutoring.tutor_pay WHERE period_cd = '2026-05' AND status_cd <> 'PAID';

-- Q39 tutoring | clients | Where are our families hearing about us?
SELECT src_cd, count(*) AS families FROM tutoring.clients GROUP BY src_cd ORDER BY families DESC;

-- Q40 tutoring | students | Which pupils are dyslexic?
SELECT fnm, snm, yr_grp, school, notes FROM tutoring.students WHERE sen_cd = 'DYS';

-- Q41 tutoring | payments | How much money came in last week?
SELECT count(*) AS payments, sum(amt) AS received FROM tutoring.payments WHERE pay_dt BETWEEN DATE '2026-06-01' AND DATE '2026-06-07';

-- Q42 tutoring | placements | How many pupils have paused their lessons?
SELECT count(DISTINCT stu_ref) AS paused FROM tutoring.placements WHERE status_cd = 'HOLD';

-- Q43 tutoring | lessons,placements,students | What lessons are on tomorrow?
SELECT l.start_tm, st.fnm, st.snm, p.subj_ref, p.tut_ref, p.mode_cd FROM tutoring.lessons l JOIN tutoring.placements p ON p.plc_no = l.plc_ref JOIN tutoring.students st ON st.stu_no = p.stu_ref WHERE l.les_dt = DATE '2026-06-11' AND l.status_cd = 'SCH' ORDER BY l.start_tm;

-- Q44 comicshop | pull_box | How many pull box comics have been sitting there uncollected for over a month?
SELECT count(*) AS uncollected FROM comicshop.pull_box WHERE coll_dt IS NULL AND rel_yn = 'N' AND added_dt < DATE '2026-05-10';

-- Q45 comicshop | pull_lists,series | How many people have Absolute Batman on their pull list?
SELECT count(DISTINCT p.cust_ref) AS subscribers FROM comicshop.pull_lists p JOIN comicshop.series s ON s.ser_cd = p.ser_ref WHERE s.title = 'Absolute Batman' AND p.end_dt IS NULL;

-- Q46 comicshop | issues,series | What's hitting final order cut-off this week?
SELECT s.title, i.issue_no, i.cover_cd, i.foc_dt, i.rel_dt, i.ord_qty FROM comicshop.issues i JOIN comicshop.series s ON s.ser_cd = i.ser_ref WHERE i.foc_dt BETWEEN DATE '2026-06-08' AND DATE '2026-06-14' ORDER BY i.foc_dt;

-- Q47 comicshop | issues,series | What's coming in next Wednesday?
SELECT s.title, i.issue_no, i.cover_cd, i.ord_qty FROM comicshop.issues i JOIN comicshop.series s ON s.ser_cd = i.ser_ref WHERE i.rel_dt = DATE '2026-06-17';

-- Q48 comicshop | collectibles | Which Funko Pops are we running short of?
SELECT item_cd, item_nm, stock_qty, reorder_lvl FROM comicshop.collectibles WHERE cat_cd = 'POP' AND preorder_yn = 'N' AND stock_qty <= reorder_lvl;

-- Q49 comicshop | shifts,staff | Who's on the till this Saturday?
SELECT st.stf_nm, s.start_tm, s.end_tm FROM comicshop.shifts s JOIN comicshop.staff st ON st.stf_no = s.stf_ref WHERE s.shf_dt = DATE '2026-06-13' ORDER BY s.start_tm;

-- Q50 comicshop | events | How many tickets are left for the signing?
SELECT evt_nm, evt_dt, cap - sold AS tickets_left FROM comicshop.events WHERE typ_cd = 'SIGN' AND evt_dt >= DATE '2026-06-10';

-- Q51 comicshop | sales | What did we take last Saturday?
SELECT count(*) FILTER (WHERE refund_yn = 'N') AS sales, sum(tot_amt) AS net_takings FROM comicshop.sales WHERE sale_ts >= TIMESTAMP '2026-06-06' AND sale_ts < TIMESTAMP '2026-06-07';

-- Q52 comicshop | sale_lines,issues,series | Which comic series have sold the most copies over the counter?
SELECT s.title, sum(l.qty) AS copies FROM comicshop.sale_lines l JOIN comicshop.issues i ON i.iss_no = l.iss_ref JOIN comicshop.series s ON s.ser_cd = i.ser_ref GROUP BY s.title ORDER BY copies DESC;

-- Q53 comicshop | buy_ins | What have we bought in over the counter this month, and what did we pay?
SELECT bi_dt, cust_ref, seller_nm, descr, paid_amt, pay_cd FROM comicshop.buy_ins WHERE status_cd = 'ACC' AND bi_dt >= DATE '2026-06-01' ORDER BY bi_dt;

-- Q54 comicshop | customers | Who's sitting on the most store credit?
SELECT fnm, snm, store_cr FROM comicshop.customers WHERE store_cr > 0 ORDER BY store_cr DESC;

-- Q55 comicshop | collectibles | Which slabs have we got graded above 9?
SELECT item_nm, cgc_grd, price FROM comicshop.collectibles WHERE cat_cd = 'SLAB' AND cgc_grd > 9 AND stock_qty > 0 ORDER BY cgc_grd DESC;

-- Q56 comicshop | distributors | What day does the Lunar order have to go in?
SELECT dist_nm, order_day, ship_day, min_order FROM comicshop.distributors WHERE dist_nm ILIKE 'Lunar%';

-- Q57 comicshop | pull_lists,customers,series | Who wants the variant covers of Transformers?
SELECT c.fnm, c.snm, c.box_no, p.qty FROM comicshop.pull_lists p JOIN comicshop.customers c ON c.cust_no = p.cust_ref JOIN comicshop.series s ON s.ser_cd = p.ser_ref WHERE s.title = 'Transformers' AND p.var_yn = 'Y' AND p.end_dt IS NULL;

-- Q58 removals | moves,customers | What moves have we got on next week?
SELECT m.mv_dt, c.fnm, c.snm, c.co_nm, m.from_town, m.to_town, m.crew_size, m.veh_ref FROM removals.moves m JOIN removals.customers c ON c.cust_no = m.cust_ref WHERE m.mv_dt BETWEEN DATE '2026-06-15' AND DATE '2026-06-21' AND m.status_cd IN ('PROV', 'BKD') ORDER BY m.mv_dt;

-- Q59 removals | quotes | How many quotes have we lost on price this year?
SELECT count(*) AS lost_on_price, sum(price) AS value FROM removals.quotes WHERE status_cd = 'LOST' AND lost_rsn = 'PRICE' AND qt_dt >= DATE '2026-01-01';

-- Q60 removals | move_crew,crew | Who's on Friday's job?
SELECT c.crew_nm, mc.role_cd, mc.mv_ref FROM removals.move_crew mc JOIN removals.crew c ON c.crew_no = mc.crew_ref WHERE mc.work_dt = DATE '2026-06-12' ORDER BY mc.role_cd;

-- Q61 removals | vehicles | Which lorries need an MOT before the end of July?
SELECT veh_reg, veh_typ, mot_dt, oou_yn FROM removals.vehicles WHERE mot_dt <= DATE '2026-07-31' ORDER BY mot_dt;

-- Q62 removals | storage_units | How many storage containers have we got free?
SELECT count(*) AS free_containers FROM removals.storage_units WHERE status_cd = 'FREE';

-- Q63 removals | storage_units,customers | Who's had their things in storage longest, and what are they paying?
SELECT c.fnm, c.snm, s.unit_no, s.in_dt, s.wk_rate FROM removals.storage_units s JOIN removals.customers c ON c.cust_no = s.cust_ref WHERE s.status_cd = 'OCC' ORDER BY s.in_dt;

-- Q64 removals | invoices | Which invoices are overdue?
SELECT inv_no, cust_ref, mv_ref, unit_ref, due_dt, net_amt + vat_amt - paid_amt AS owed FROM removals.invoices WHERE due_dt < DATE '2026-06-10' AND paid_amt < net_amt + vat_amt ORDER BY due_dt;

-- Q65 removals | damage_claims,moves,customers | Which damage claims are still open, and whose move was it?
SELECT d.clm_no, d.clm_dt, d.item_desc, d.clm_amt, c.fnm, c.snm, m.mv_dt FROM removals.damage_claims d JOIN removals.moves m ON m.mv_no = d.mv_ref JOIN removals.customers c ON c.cust_no = m.cust_ref WHERE d.status_cd = 'OPEN';

-- Q66 removals | surveys | Do video surveys come out smaller than home visits on average?
SELECT srv_typ, count(*) AS surveys, avg(vol_cuft) AS avg_cuft FROM removals.surveys GROUP BY srv_typ;

-- Q67 removals | quotes | Which quotes have been sitting for over two weeks without an answer?
SELECT qt_no, cust_ref, qt_dt, move_typ, price FROM removals.quotes WHERE status_cd = 'SENT' AND qt_dt < DATE '2026-05-27' ORDER BY qt_dt;

-- Q68 removals | crew | Whose driver CPC runs out this year?
SELECT crew_nm, lic_cd, cpc_exp FROM removals.crew WHERE cpc_exp <= DATE '2026-12-31' AND leave_dt IS NULL ORDER BY cpc_exp;

-- Q69 removals | moves | How many moves have we done to Telford?
SELECT count(*) AS moves FROM removals.moves WHERE to_town = 'Telford' AND status_cd = 'DONE';

-- Q70 removals | materials | Which boxes and packing do we need to reorder?
SELECT mat_cd, mat_nm, stock_qty, reorder_lvl, supp_nm FROM removals.materials WHERE stock_qty < reorder_lvl;

-- Q71 removals | quotes,customers | Which sources bring in the jobs that actually go ahead?
SELECT c.src_cd, count(*) AS quotes, count(*) FILTER (WHERE q.status_cd = 'ACC') AS accepted FROM removals.quotes q JOIN removals.customers c ON c.cust_no = q.cust_ref GROUP BY c.src_cd ORDER BY accepted DESC;

-- Q72 stonemason | memorials,permits,cemeteries | Which memorials are held up waiting for a cemetery or churchyard permit?
SELECT m.mem_no, m.deceased_nm, c.cem_nm, p.appl_dt FROM stonemason.memorials m JOIN stonemason.permits p ON p.mem_ref = m.mem_no JOIN stonemason.cemeteries c ON c.cem_cd = p.cem_ref WHERE p.status_cd = 'APP' AND m.status_cd = 'PMT' ORDER BY p.appl_dt;

-- Q73 stonemason | memorials | What's ready to go out and be fixed?
SELECT mem_no, deceased_nm, cem_ref, plot_ref, design_cd FROM stonemason.memorials WHERE status_cd = 'RFF';

-- Q74 stonemason | memorials,clients | How many memorials has Kitto's sent our way this year?
SELECT count(*) AS memorials, sum(m.price) AS value FROM stonemason.memorials m JOIN stonemason.clients c ON c.cl_no = m.fd_ref WHERE c.cl_nm ILIKE 'Kitto%' AND m.ord_dt >= DATE '2026-01-01';

-- Q75 stonemason | cemeteries | Which cemeteries make you wait a year after the burial before a headstone goes up?
SELECT cem_nm, town, settle_mths FROM stonemason.cemeteries WHERE settle_mths >= 12;

-- Q76 stonemason | stone_stock | Have we got any Bahama Blue left?
SELECT stone_cd, size_desc, finish_cd, qty FROM stonemason.stone_stock WHERE material ILIKE 'Bahama Blue%';

-- Q77 stonemason | masons | Whose CSCS card has run out?
SELECT msn_nm, trade_cd, cscs_exp FROM stonemason.masons WHERE cscs_exp < DATE '2026-06-10' AND leave_dt IS NULL;

-- Q78 stonemason | timesheets,building_jobs | How many hours have we put into the St Piran's church job?
SELECT sum(t.hrs) AS hours, count(DISTINCT t.msn_ref) AS masons FROM stonemason.timesheets t JOIN stonemason.building_jobs j ON j.job_no = t.job_ref WHERE j.site_nm ILIKE 'St Piran%';

-- Q79 stonemason | invoices,clients | What do the builders owe us?
SELECT c.cl_nm, i.inv_no, i.inv_dt, i.due_dt, i.net_amt + i.vat_amt - i.paid_amt AS owed FROM stonemason.invoices i JOIN stonemason.clients c ON c.cl_no = i.cl_ref WHERE c.typ_cd = 'BLD' AND i.paid_amt < i.net_amt + i.vat_amt ORDER BY i.due_dt;

-- Q80 stonemason | building_jobs | Which listed building jobs are we still waiting on consent for?
SELECT job_no, site_nm, listed_cd, status_cd, start_dt FROM stonemason.building_jobs WHERE listed_cd IS NOT NULL AND consent_yn = 'N' AND status_cd IN ('QTD', 'WON', 'LIVE');

-- Q81 stonemason | addl_inscriptions | Which stones are down in the workshop for an extra name at the moment?
SELECT ai_no, deceased_nm, cem_ref, plot_ref, removed_dt FROM stonemason.addl_inscriptions WHERE status_cd = 'WS';

-- Q82 stonemason | building_jobs | How much building work did we quote for and lose this year?
SELECT count(*) AS jobs_lost, sum(quote_amt) AS value FROM stonemason.building_jobs WHERE status_cd = 'LOST' AND quote_dt >= DATE '2026-01-01';

-- Q83 stonemason | suppliers | How long does granite from India take to arrive?
SELECT supp_nm, lead_wks FROM stonemason.suppliers WHERE country = 'India';

-- Q84 stonemason | memorials | What do we normally charge for a gilded headstone?
SELECT count(*) AS headstones, avg(price) AS avg_price FROM stonemason.memorials WHERE design_cd = 'HS' AND letter_cd = 'GLD';

-- Q85 stonemason | memorials,clients | Which families have had a proof and not signed it off yet?
SELECT c.cl_nm, c.tel, m.deceased_nm, m.ord_dt FROM stonemason.memorials m JOIN stonemason.clients c ON c.cl_no = m.cl_ref WHERE m.status_cd = 'PRF';

-- Q86 yogastudio | payments,members | Whose direct debit bounced this month?
SELECT m.fnm, m.snm, m.mobile, p.amt, p.pay_dt FROM yogastudio.payments p JOIN yogastudio.members m ON m.mem_no = p.mem_ref WHERE p.status_cd = 'FAIL' AND p.method_cd = 'DD' AND p.pay_dt >= DATE '2026-06-01';

-- Q87 yogastudio | sessions,class_types,bookings | How many are booked into reformer on Thursday?
SELECT s.sess_no, ct.ct_nm, s.start_tm, s.cap, count(b.bk_no) FILTER (WHERE b.status_cd = 'BKD') AS booked FROM yogastudio.sessions s JOIN yogastudio.class_types ct ON ct.ct_cd = s.ct_ref LEFT JOIN yogastudio.bookings b ON b.sess_ref = s.sess_no WHERE s.sess_dt = DATE '2026-06-11' AND ct.style_cd = 'REF' GROUP BY s.sess_no, ct.ct_nm, s.start_tm, s.cap ORDER BY s.start_tm;

-- Q88 yogastudio | bookings,sessions,members | Who's on the waiting list for Saturday?
SELECT s.start_tm, s.ct_ref, m.fnm, m.snm, b.bk_ts FROM yogastudio.bookings b JOIN yogastudio.sessions s ON s.sess_no = b.sess_ref JOIN yogastudio.members m ON m.mem_no = b.mem_ref WHERE b.status_cd = 'WL' AND s.sess_dt = DATE '2026-06-13' ORDER BY s.start_tm, b.bk_ts;

-- Q89 yogastudio | teachers | Which teachers' insurance has run out or runs out in the next month?
SELECT tch_nm, ins_exp_dt FROM yogastudio.teachers WHERE active_yn = 'Y' AND ins_exp_dt <= DATE '2026-07-10' ORDER BY ins_exp_dt;

-- Q90 yogastudio | payments | How much have we made from late cancel and no-show fees this month?
SELECT count(*) AS charges, sum(amt) AS fees FROM yogastudio.payments WHERE for_cd = 'FEE' AND status_cd = 'OK' AND pay_dt >= DATE '2026-06-01';

-- Q91 yogastudio | members | Who's frozen their membership?
SELECT fnm, snm, plan_ref, health_note FROM yogastudio.members WHERE status_cd = 'FRZ';

-- Q92 yogastudio | passes,members | Whose class packs run out in the next fortnight with classes still left on them?
SELECT m.fnm, m.snm, m.email, p.plan_ref, p.exp_dt, p.cls_left FROM yogastudio.passes p JOIN yogastudio.members m ON m.mem_no = p.mem_ref WHERE p.exp_dt BETWEEN DATE '2026-06-10' AND DATE '2026-06-24' AND p.cls_left > 0 ORDER BY p.exp_dt;

-- Q93 yogastudio | sessions,teachers | What do we owe each teacher for May?
SELECT t.tch_nm, count(*) AS classes, count(*) * t.rate_cls AS owed FROM yogastudio.sessions s JOIN yogastudio.teachers t ON t.tch_no = s.tch_ref WHERE s.status_cd = 'DONE' AND s.sess_dt >= DATE '2026-05-01' AND s.sess_dt < DATE '2026-06-01' GROUP BY t.tch_nm, t.rate_cls ORDER BY t.tch_nm;

-- Q94 yogastudio | sessions | How many classes did we have to cancel last week?
SELECT count(*) AS cancelled FROM yogastudio.sessions WHERE status_cd = 'CXL' AND sess_dt BETWEEN DATE '2026-06-01' AND DATE '2026-06-07';

-- Q95 yogastudio | workshops,ws_bookings | How many places are left on the Exmoor retreat?
SELECT w.ws_nm, w.places, w.places - count(b.wb_no) FILTER (WHERE b.status_cd <> 'CXL') AS places_left FROM yogastudio.workshops w LEFT JOIN yogastudio.ws_bookings b ON b.ws_ref = w.ws_no WHERE w.ws_nm ILIKE '%Exmoor%' GROUP BY w.ws_nm, w.places;

-- Q96 yogastudio | shop_stock | Are we low on grip socks?
SELECT sku, item_nm, qty, reorder_lvl FROM yogastudio.shop_stock WHERE cat_cd = 'SOCK' AND qty <= reorder_lvl;

-- Q97 yogastudio | teachers | Who can teach pregnancy yoga?
SELECT tch_nm, quals FROM yogastudio.teachers WHERE quals LIKE '%PRE%' AND active_yn = 'Y';

-- Q98 yogastudio | members,bookings,sessions | Which members haven't been to a class since the start of May?
SELECT m.fnm, m.snm, m.email, m.plan_ref FROM yogastudio.members m WHERE m.status_cd = 'ACT' AND NOT EXISTS (SELECT 1 FROM yogastudio.bookings b JOIN yogastudio.sessions s ON s.sess_no = b.sess_ref WHERE b.mem_ref = m.mem_no AND b.status_cd = 'ATT' AND s.sess_dt >= DATE '2026-05-01');

-- Q99 yogastudio | plans | What do our memberships cost?
SELECT plan_nm, price, cls_incl FROM yogastudio.plans WHERE typ_cd = 'MEM' AND active_yn = 'Y' ORDER BY price;

-- Q100 yogastudio | payments | How much money came in during May?
SELECT sum(amt) AS taken FROM yogastudio.payments WHERE status_cd = 'OK' AND pay_dt >= DATE '2026-05-01' AND pay_dt < DATE '2026-06-01';

