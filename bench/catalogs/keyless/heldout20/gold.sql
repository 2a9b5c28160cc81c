-- Verification SQL for heldout20/questions.tsv (held-out 20: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; "today" in these questions is Wednesday 10 June 2026.
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 ambulance | vehicles | Which of our vehicles are off the road at the moment, and why?
SELECT call_sign, reg_no, veh_typ, base_cd, vor_rsn FROM ambulance.vehicles WHERE vor_yn = 'Y' ORDER BY call_sign;

-- Q02 ambulance | crew | Whose DBS check runs out before the end of August?
SELECT crew_id, crew_nm, role_cd, dbs_exp FROM ambulance.crew WHERE dbs_exp <= DATE '2026-08-31' AND leave_dt IS NULL ORDER BY dbs_exp;

-- Q03 ambulance | patients | Which patients travel on oxygen, and what flow rate do they need?
SELECT pat_no, fnm, snm, town, o2_lpm FROM ambulance.patients WHERE o2_yn = 'Y' ORDER BY snm;

-- Q04 ambulance | bookings | How many bookings got cancelled in May, and for what reasons?
SELECT cxl_rsn, count(*) AS cancelled FROM ambulance.bookings WHERE status_cd = 'CXL' AND jny_dt >= DATE '2026-05-01' AND jny_dt < DATE '2026-06-01' GROUP BY cxl_rsn ORDER BY cancelled DESC;

-- Q05 ambulance | journeys | Which runs had the crew hanging about for over an hour waiting for the patient?
SELECT jny_no, bkg_ref, call_sign, wait_mins, notes FROM ambulance.journeys WHERE wait_mins > 60 ORDER BY wait_mins DESC;

-- Q06 ambulance | invoices,payers | Who hasn't paid yet?
SELECT p.payer_nm, i.inv_no, i.inv_dt, i.gross_amt - coalesce(i.paid_amt, 0) AS outstanding, i.due_dt, i.status_cd FROM ambulance.invoices i JOIN ambulance.payers p ON p.payer_cd = i.payer_ref WHERE i.status_cd IN ('ISS', 'PART', 'QRY') ORDER BY i.due_dt;

-- Q07 ambulance | bookings,patients,sites | Who are we taking to Cheltenham General tomorrow, and what time are their appointments?
SELECT pt.fnm, pt.snm, b.from_addr, b.appt_tm, b.mob_cd, b.notes FROM ambulance.bookings b JOIN ambulance.patients pt ON pt.pat_no = b.pat_ref JOIN ambulance.sites s ON s.site_cd = b.to_site WHERE s.site_nm = 'Cheltenham General Hospital' AND b.jny_dt = DATE '2026-06-11' AND b.status_cd IN ('REQ', 'CONF') ORDER BY b.appt_tm;

-- Q08 ambulance | incidents,journeys,crew | Which crew were on the journeys where an incident was reported, and what happened?
SELECT i.inc_no, i.inc_dt, i.inc_cd, i.harm_cd, c1.crew_nm AS driver, c2.crew_nm AS attendant, i.descr FROM ambulance.incidents i JOIN ambulance.journeys j ON j.jny_no = i.jny_ref LEFT JOIN ambulance.crew c1 ON c1.crew_id = j.crew1 LEFT JOIN ambulance.crew c2 ON c2.crew_id = j.crew2 ORDER BY i.inc_dt;

-- Q09 ambulance | feedback | What's our average Friends and Family score so far this year?
SELECT round(avg(ffr_score), 2) AS avg_score, count(*) AS responses FROM ambulance.feedback WHERE recv_dt >= DATE '2026-01-01';

-- Q10 ambulance | vehicle_checks,vehicles | Which ambulances have had a defib problem picked up at the start of shift check, and what are their registrations?
SELECT c.chk_dt, v.call_sign, v.reg_no, c.defects, c.vor_raised_yn FROM ambulance.vehicle_checks c JOIN ambulance.vehicles v ON v.call_sign = c.call_sign WHERE c.defib_ok_yn = 'N' ORDER BY c.chk_dt;

-- Q11 ambulance | invoices | What did we invoice altogether for May's work?
SELECT sum(net_amt) AS net, sum(gross_amt) AS gross, count(*) AS invoices FROM ambulance.invoices WHERE period_from >= DATE '2026-05-01' AND period_to <= DATE '2026-05-31';

-- Q12 ambulance | shifts,crew | Who's on nights this Saturday?
SELECT c.crew_nm, c.role_cd, s.base_cd, s.call_sign, s.start_tm, s.end_tm FROM ambulance.shifts s JOIN ambulance.crew c ON c.crew_id = s.crew_ref WHERE s.shift_dt = DATE '2026-06-13' AND s.shift_cd = 'N' AND s.sick_yn = 'N';

-- Q13 ambulance | journeys,bookings,patients,vehicles | Have we ever carried a bariatric patient in a vehicle that isn't set up for bariatric work?
SELECT j.jny_no, b.jny_dt, p.fnm, p.snm, p.wt_kg, v.call_sign, v.veh_typ FROM ambulance.journeys j JOIN ambulance.bookings b ON b.bkg_no = j.bkg_ref JOIN ambulance.patients p ON p.pat_no = b.pat_ref JOIN ambulance.vehicles v ON v.call_sign = j.call_sign WHERE p.bari_yn = 'Y' AND v.bari_yn = 'N';

-- Q14 ambulance | shifts | How many overtime shifts has each base had this month?
SELECT base_cd, count(*) AS ot_shifts, sum(hrs_paid) AS ot_hours FROM ambulance.shifts WHERE ot_yn = 'Y' AND shift_dt >= DATE '2026-06-01' AND shift_dt < DATE '2026-07-01' GROUP BY base_cd;

-- Q15 ambulance | feedback | Are there any complaints about late pick-ups we haven't replied to?
SELECT fb_no, bkg_ref, recv_dt, chan_cd, comment FROM ambulance.feedback WHERE cmp_yn = 'Y' AND cmp_cat = 'LATE' AND resp_dt IS NULL;

-- Q16 sailloft | cloth | What cloth are we running low on?
SELECT cloth_cd, maker, cloth_nm, colour, stock_m, reorder_m FROM sailloft.cloth WHERE stock_m <= reorder_m ORDER BY stock_m;

-- Q17 sailloft | repairs | Which mended sails are still sitting in the loft waiting to be picked up?
SELECT rep_no, sail_desc, done_dt, bag_loc FROM sailloft.repairs WHERE done_dt IS NOT NULL AND collected_dt IS NULL ORDER BY done_dt;

-- Q18 sailloft | quotes | How many quotes have we lost this year, and why?
SELECT lost_rsn, count(*) AS lost, string_agg(comp_nm, ', ') AS went_to FROM sailloft.quotes WHERE status_cd = 'LOST' AND qt_dt >= DATE '2026-01-01' GROUP BY lost_rsn;

-- Q19 sailloft | sail_orders | What new sails have we promised for June, and how far along are they?
SELECT ord_no, sail_cd, promised_dt, status_cd, notes FROM sailloft.sail_orders WHERE promised_dt >= DATE '2026-06-01' AND promised_dt < DATE '2026-07-01' ORDER BY promised_dt;

-- Q20 sailloft | winter_store,customers | Whose sails are we still storing from over the winter?
SELECT c.cust_nm, c.tel, w.bag_no, w.sails_cnt, w.rack_loc, w.paid_yn FROM sailloft.winter_store w JOIN sailloft.customers c ON c.cust_no = w.cust_ref WHERE w.out_dt IS NULL ORDER BY c.cust_nm;

-- Q21 sailloft | invoices,customers | Who owes us money?
SELECT c.cust_nm, i.inv_no, i.inv_dt, i.net_amt + i.vat_amt - coalesce(i.paid_amt, 0) AS owed, i.due_dt FROM sailloft.invoices i JOIN sailloft.customers c ON c.cust_no = i.cust_ref WHERE i.net_amt + i.vat_amt > coalesce(i.paid_amt, 0) ORDER BY owed DESC;

-- Q22 sailloft | hours_log,loft_staff | How many hours did Tamsin put in last week?
SELECT s.stf_nm, sum(h.hrs) AS hours FROM sailloft.hours_log h JOIN sailloft.loft_staff s ON s.stf_cd = h.stf_ref WHERE s.stf_nm LIKE 'Tamsin%' AND h.work_dt BETWEEN DATE '2026-06-01' AND DATE '2026-06-07' GROUP BY s.stf_nm;

-- Q23 sailloft | sail_orders,boats | Which of the Falmouth Working Boats have we made sails for?
SELECT b.boat_nm, b.sail_no, o.ord_no, o.sail_cd, o.ord_dt, o.status_cd FROM sailloft.sail_orders o JOIN sailloft.boats b ON b.boat_id = o.boat_ref WHERE b.class_cd = 'FWB' ORDER BY o.ord_dt;

-- Q24 sailloft | repairs | Any repairs where we're still waiting for the owner to OK the price?
SELECT rep_no, sail_desc, recv_dt, est_amt FROM sailloft.repairs WHERE approved_yn = 'N' AND done_dt IS NULL ORDER BY recv_dt;

-- Q25 sailloft | repairs,boats | Which insurance repair jobs have come in for boats kept at Mylor?
SELECT r.rep_no, b.boat_nm, r.sail_desc, r.insurer, r.claim_ref, r.chg_amt FROM sailloft.repairs r JOIN sailloft.boats b ON b.boat_id = r.boat_ref WHERE r.ins_yn = 'Y' AND b.berth_cd = 'MYL';

-- Q26 sailloft | cloth | How much white Dacron have we got on the rack?
SELECT cloth_cd, cloth_nm, wt_oz, stock_m FROM sailloft.cloth WHERE fibre_cd = 'DAC' AND colour = 'white';

-- Q27 sailloft | sail_orders | Which new sails went out later than we promised?
SELECT ord_no, sail_cd, promised_dt, delivered_dt, delivered_dt - promised_dt AS days_late FROM sailloft.sail_orders WHERE delivered_dt > promised_dt ORDER BY days_late DESC;

-- Q28 sailloft | canvas_jobs | Which canvas jobs are booked in to fit but haven't been made yet?
SELECT cj_no, item_cd, colour, fit_dt, status_cd FROM sailloft.canvas_jobs WHERE fit_dt IS NOT NULL AND made_dt IS NULL AND status_cd NOT IN ('CXL', 'DONE') ORDER BY fit_dt;

-- Q29 sailloft | sail_orders,cloth_orders,cloth | Which orders are held up waiting for cloth that hasn't arrived, and when did the supplier say it would come?
SELECT o.ord_no, o.sail_cd, o.promised_dt, c.cloth_nm, co.po_no, co.supplier, co.exp_dt FROM sailloft.sail_orders o JOIN sailloft.cloth_orders co ON co.for_ord = o.ord_no JOIN sailloft.cloth c ON c.cloth_cd = co.cloth_ref WHERE co.recv_dt IS NULL AND o.status_cd = 'WAIT';

-- Q30 crematorium | cremations | What services have we got in the East Chapel on Friday?
SELECT svc_tm, slot_mins, crem_no, applicant_nm, fd_ref, webcast_yn, notes FROM crematorium.cremations WHERE chapel_cd = 'EAST' AND svc_dt = DATE '2026-06-12' ORDER BY svc_tm;

-- Q31 crematorium | cremations | Which cremations are still waiting for the medical referee to sign them off?
SELECT crem_no, reg_no, svc_dt, svc_tm, mc_form_cd FROM crematorium.cremations WHERE mr_ok_yn = 'N' ORDER BY svc_dt;

-- Q32 crematorium | cremations,deceased | Whose ashes have we been holding on to for more than a year?
SELECT d.fnm, d.snm, c.cremated_dt, c.applicant_nm, c.fd_ref, c.notes FROM crematorium.cremations c JOIN crematorium.deceased d ON d.dec_no = c.dec_ref WHERE c.ashes_out_dt IS NULL AND c.cremated_dt < DATE '2025-06-10' ORDER BY c.cremated_dt;

-- Q33 crematorium | burials,graves,cemeteries | How many burials has each cemetery had so far this year?
SELECT cm.cem_nm, count(*) AS burials FROM crematorium.burials b JOIN crematorium.graves g ON g.grave_ref = b.grave_ref JOIN crematorium.cemeteries cm ON cm.cem_cd = g.cem_ref WHERE b.bur_dt >= DATE '2026-01-01' GROUP BY cm.cem_nm ORDER BY burials DESC;

-- Q34 crematorium | graves,cemeteries | Have we got any lawn graves left to sell at Hillside?
SELECT g.grave_ref, g.section, g.row_no, g.plot_no, g.depth_spaces FROM crematorium.graves g JOIN crematorium.cemeteries c ON c.cem_cd = g.cem_ref WHERE c.cem_nm = 'Hillside Cemetery' AND g.grave_cd = 'LAWN' AND g.status_cd = 'AVAIL' ORDER BY g.grave_ref;

-- Q35 crematorium | invoices,funeral_directors | Which funeral directors are behind with paying their account?
SELECT f.fd_nm, i.inv_no, i.month_cd, i.amt - i.paid_amt AS owing, i.due_dt, i.status_cd FROM crematorium.invoices i JOIN crematorium.funeral_directors f ON f.fd_cd = i.fd_ref WHERE i.paid_amt < i.amt AND i.due_dt < DATE '2026-06-10' ORDER BY i.due_dt;

-- Q36 crematorium | memorial_permits | Which headstones failed their topple test, and have they been made safe?
SELECT perm_no, grave_ref, material, test_dt, made_safe_dt FROM crematorium.memorial_permits WHERE test_res_cd = 'FAIL';

-- Q37 crematorium | masons | Are there any masons whose insurance has run out?
SELECT mason_cd, mason_nm, town, pli_exp, reg_yn FROM crematorium.masons WHERE pli_exp < DATE '2026-06-10' ORDER BY pli_exp;

-- Q38 crematorium | staff | Who's qualified to run the cremators?
SELECT emp_no, emp_nm, role_cd, cert_dt FROM crematorium.staff WHERE cremtech_yn = 'Y' AND leave_dt IS NULL;

-- Q39 crematorium | fees | What do we charge now to cremate someone from outside the borough?
SELECT fee_cd, fee_desc, nonres_amt FROM crematorium.fees WHERE fee_cd LIKE 'CREM%' AND valid_to IS NULL ORDER BY fee_cd;

-- Q40 crematorium | remembrance,deceased | Which Book of Remembrance entries are still waiting to be written in?
SELECT r.entry_no, d.fnm, d.snm, r.page_dt, r.lines, r.emblem_yn, r.ordered_dt, r.paid_yn FROM crematorium.remembrance r JOIN crematorium.deceased d ON d.dec_no = r.dec_ref WHERE r.written_dt IS NULL ORDER BY r.page_dt;

-- Q41 crematorium | cremations,burials,funeral_directors | How many funerals has the Co-op done with us this year?
SELECT f.fd_nm, sum(n) AS funerals FROM (SELECT fd_ref, count(*) AS n FROM crematorium.cremations WHERE svc_dt >= DATE '2026-01-01' GROUP BY fd_ref UNION ALL SELECT fd_ref, count(*) FROM crematorium.burials WHERE bur_dt >= DATE '2026-01-01' GROUP BY fd_ref) x JOIN crematorium.funeral_directors f ON f.fd_cd = x.fd_ref WHERE f.fd_nm LIKE 'Co-op%' GROUP BY f.fd_nm;

-- Q42 crematorium | graves | Who owns grave STMK-C-04-12, and when do their rights run out?
SELECT grave_ref, erob_owner, owner_addr, erob_dt, erob_exp_dt, spaces_used, depth_spaces FROM crematorium.graves WHERE grave_ref = 'STMK-C-04-12';

-- Q43 crematorium | memorial_permits,graves | Which headstone applications are still waiting for a decision, and whose graves are they on?
SELECT m.perm_no, m.app_dt, m.mem_cd, m.mason_ref, m.owner_signed_yn, g.grave_ref, g.erob_owner FROM crematorium.memorial_permits m JOIN crematorium.graves g ON g.grave_ref = m.grave_ref WHERE m.approved_dt IS NULL AND m.refused_rsn IS NULL ORDER BY m.app_dt;

-- Q44 crematorium | cremations | How many cremations did we do each month this year?
SELECT date_trunc('month', cremated_dt)::date AS month, count(*) AS cremations FROM crematorium.cremations WHERE cremated_dt >= DATE '2026-01-01' GROUP BY 1 ORDER BY 1;

-- Q45 luthier | shop_stock | Which Dominant string sets are we nearly out of?
SELECT sku, item_desc, size_cd, qty, reorder_qty FROM luthier.shop_stock WHERE brand LIKE '%Dominant%' AND qty <= reorder_qty;

-- Q46 luthier | instruments | How many half-size violins have we got free to rent out?
SELECT count(*) AS free_half_violins FROM luthier.instruments WHERE inst_cd = 'VN' AND size_cd = '1/2' AND own_cd = 'RENT' AND status_cd = 'AVAIL';

-- Q47 luthier | rental_payments,rentals,clients | Whose direct debits bounced this month?
SELECT c.fnm, c.snm, c.tel, p.due_dt, p.amt, p.fail_rsn FROM luthier.rental_payments p JOIN luthier.rentals r ON r.rnt_no = p.rnt_ref JOIN luthier.clients c ON c.cli_no = r.cli_ref WHERE p.failed_yn = 'Y' AND p.due_dt >= DATE '2026-06-01' AND p.due_dt < DATE '2026-07-01';

-- Q48 luthier | rentals,schools | Which rentals that came through Kingswood are still running?
SELECT r.rnt_no, r.inst_ref, r.cli_ref, r.start_dt, r.mthly_amt FROM luthier.rentals r JOIN luthier.schools s ON s.sch_cd = r.sch_ref WHERE s.sch_nm LIKE 'Kingswood%' AND r.end_dt IS NULL;

-- Q49 luthier | workshop_jobs | Which bow rehairs are ready for collection?
SELECT job_no, cli_ref, inst_ref, done_dt, chg_amt FROM luthier.workshop_jobs WHERE job_cd = 'REHAIR' AND status_cd = 'READY';

-- Q50 luthier | commissions | Which new instruments on order are running behind?
SELECT comm_no, cli_ref, inst_cd, model_nm, target_dt, stage_cd FROM luthier.commissions WHERE stage_cd <> 'DONE' AND target_dt < DATE '2026-06-10';

-- Q51 luthier | sales | What did we sell in April, and what did it all come to?
SELECT sale_no, sale_dt, inst_ref, price_amt, sum(price_amt) OVER () AS april_total FROM luthier.sales WHERE sale_dt >= DATE '2026-04-01' AND sale_dt < DATE '2026-05-01' ORDER BY sale_dt;

-- Q52 luthier | rentals,clients | How much rent-to-buy credit has each family built up so far?
SELECT c.fnm, c.snm, sum(r.rtb_credit) AS credit FROM luthier.rentals r JOIN luthier.clients c ON c.cli_no = r.cli_ref WHERE r.status_cd IN ('LIVE', 'ARR') GROUP BY c.fnm, c.snm ORDER BY credit DESC;

-- Q53 luthier | instruments,clients | What have we had in on consignment to sell for other people, and whose are they?
SELECT i.inst_no, i.inst_cd, i.maker_nm, i.price_amt, i.cons_pct, i.status_cd, c.fnm, c.snm FROM luthier.instruments i JOIN luthier.clients c ON c.cli_no = i.cons_cli WHERE i.own_cd = 'CONS';

-- Q54 luthier | tonewood | Have we got any Alpine spruce tops cut before 2000 that nobody's spoken for?
SELECT wood_cd, inst_cd, origin, cut_yr, grade_cd, qty FROM luthier.tonewood WHERE species = 'Alpine spruce' AND part_cd = 'TOP' AND cut_yr < 2000 AND qty > 0 AND reserved_for IS NULL;

-- Q55 luthier | valuations,instruments | Which instruments have we valued at over £20,000 for insurance?
SELECT i.inst_no, i.inst_cd, i.maker_nm, v.val_dt, v.value_amt, v.cert_no FROM luthier.valuations v JOIN luthier.instruments i ON i.inst_no = v.inst_ref WHERE v.purpose_cd = 'INS' AND v.value_amt > 20000 ORDER BY v.value_amt DESC;

-- Q56 luthier | workshop_jobs,bench_staff | How many bench hours has Hannah put in since the start of May?
SELECT s.stf_nm, sum(j.hrs) AS hours, count(*) AS jobs FROM luthier.workshop_jobs j JOIN luthier.bench_staff s ON s.stf_cd = j.stf_ref WHERE s.stf_nm LIKE 'Hannah%' AND j.recv_dt >= DATE '2026-05-01' GROUP BY s.stf_nm;

-- Q57 luthier | rentals | Which rental instruments came back damaged, and what did we charge?
SELECT rnt_no, inst_ref, cli_ref, end_dt, ins_yn, dmg_chg FROM luthier.rentals WHERE ret_cond_cd = 'DMG' ORDER BY end_dt;

-- Q58 luthier | clients | Which of our customers are professional players living in Bath?
SELECT fnm, snm, orch, tel, email FROM luthier.clients WHERE cli_cd = 'PRO' AND town = 'Bath';

-- Q59 haulyard | lifts | What have we got booked on the hoist this Saturday?
SELECT lift_no, vsl_ref, dir_cd, hoist_ref, driver_ref, slot_tm, hw_tm, notes FROM haulyard.lifts WHERE lift_dt = DATE '2026-06-13' AND status_cd = 'BKD' ORDER BY slot_tm;

-- Q60 haulyard | storage | How many boats are still ashore with us at the moment?
SELECT count(*) AS boats_ashore FROM haulyard.storage WHERE out_dt IS NULL;

-- Q61 haulyard | storage,plots,vessels | Which boats in the shed should have gone back in by now?
SELECT v.vsl_nm, s.plot_ref, s.in_dt, s.exp_out_dt FROM haulyard.storage s JOIN haulyard.plots p ON p.plot_ref = s.plot_ref JOIN haulyard.vessels v ON v.vsl_no = s.vsl_ref WHERE p.area_cd = 'SHED' AND s.out_dt IS NULL AND s.exp_out_dt < DATE '2026-06-10';

-- Q62 haulyard | hoists | Is either of the hoists out of date for its LOLER inspection?
SELECT hoist_cd, hoist_nm, loler_dt, loler_exp FROM haulyard.hoists WHERE loler_exp < DATE '2026-06-10';

-- Q63 haulyard | paints | How many tins of Micron Extra have we got left?
SELECT paint_cd, colour, stock_tins, min_tins FROM haulyard.paints WHERE product LIKE 'Micron Extra%';

-- Q64 haulyard | vessels | Which boats have got a lifting keel?
SELECT vsl_no, vsl_nm, make_mdl, draft_m, sling_note FROM haulyard.vessels WHERE keel_cd = 'LIFT';

-- Q65 haulyard | invoices,owners | Who hasn't paid yet?
SELECT o.fnm, o.snm, i.inv_no, i.descr, i.net_amt + i.vat_amt - coalesce(i.paid_amt, 0) AS owed, i.due_dt FROM haulyard.invoices i JOIN haulyard.owners o ON o.own_no = i.own_ref WHERE i.net_amt + i.vat_amt > coalesce(i.paid_amt, 0) ORDER BY i.due_dt;

-- Q66 haulyard | work_orders,vessels | What antifouling jobs are still to do, and how long are the boats?
SELECT w.wo_no, v.vsl_nm, v.loa_m, w.paint_ref, w.coats, w.sched_dt, w.status_cd FROM haulyard.work_orders w JOIN haulyard.vessels v ON v.vsl_no = w.vsl_ref WHERE w.task_cd = 'ANTIF' AND w.status_cd <> 'DONE' ORDER BY w.sched_dt;

-- Q67 haulyard | diy_permits | Are there any outside contractors working in the yard that haven't shown us their insurance?
SELECT permit_no, vsl_ref, contractor_nm, work_desc, exp_dt FROM haulyard.diy_permits WHERE contractor_nm IS NOT NULL AND contr_ins_seen_yn = 'N';

-- Q68 haulyard | lifts,yard_staff | How many lifts has each of the hoist drivers done this spring?
SELECT s.emp_nm, count(*) AS lifts FROM haulyard.lifts l JOIN haulyard.yard_staff s ON s.emp_cd = l.driver_ref WHERE l.status_cd = 'DONE' AND l.lift_dt >= DATE '2026-03-01' GROUP BY s.emp_nm ORDER BY lifts DESC;

-- Q69 haulyard | vessels,storage | Which boats sitting in the yard have let their insurance run out?
SELECT v.vsl_nm, v.insurer, v.ins_exp, s.plot_ref FROM haulyard.vessels v JOIN haulyard.storage s ON s.vsl_ref = v.vsl_no WHERE s.out_dt IS NULL AND (v.ins_exp < DATE '2026-06-10' OR v.ins_exp IS NULL);

-- Q70 haulyard | waste_log | How much antifouling scrapings have we sent away this year?
SELECT sum(qty) AS kg, sum(cost_amt) AS cost FROM haulyard.waste_log WHERE waste_cd = 'AF' AND wl_dt >= DATE '2026-01-01';

-- Q71 haulyard | lifts,vessels | Which boats over 11 metres are booked to go back in during June?
SELECT v.vsl_nm, v.loa_m, v.disp_t, l.lift_dt, l.slot_tm, l.hoist_ref FROM haulyard.lifts l JOIN haulyard.vessels v ON v.vsl_no = l.vsl_ref WHERE l.dir_cd = 'IN' AND l.status_cd = 'BKD' AND l.lift_dt >= DATE '2026-06-01' AND l.lift_dt < DATE '2026-07-01' AND v.loa_m > 11;

-- Q72 haulyard | yard_staff | Whose hoist ticket runs out this year?
SELECT emp_cd, emp_nm, hoist_cert_exp FROM haulyard.yard_staff WHERE hoist_ok_yn = 'Y' AND hoist_cert_exp <= DATE '2026-12-31' AND leave_dt IS NULL ORDER BY hoist_cert_exp;

-- Q73 glassblow | sessions,class_bookings,class_types | How many places are left on Saturday's paperweight sessions?
SELECT s.sess_no, s.start_tm, s.places - coalesce(sum(b.places), 0) AS places_left FROM glassblow.sessions s JOIN glassblow.class_types t ON t.cls_cd = s.cls_ref LEFT JOIN glassblow.class_bookings b ON b.sess_ref = s.sess_no WHERE t.cls_typ = 'PW' AND s.sess_dt = DATE '2026-06-13' AND s.status_cd <> 'CXL' GROUP BY s.sess_no, s.start_tm, s.places ORDER BY s.start_tm;

-- Q74 glassblow | vouchers | Which gift vouchers run out this summer without having been used?
SELECT vch_no, recipient_nm, value_amt, cls_ref, exp_dt FROM glassblow.vouchers WHERE redeemed_dt IS NULL AND exp_dt BETWEEN DATE '2026-06-01' AND DATE '2026-08-31' ORDER BY exp_dt;

-- Q75 glassblow | class_bookings,customers | Who didn't turn up to their class?
SELECT c.fnm, c.snm, c.email, b.sess_ref, b.places, b.notes FROM glassblow.class_bookings b JOIN glassblow.customers c ON c.cust_id = b.cust_ref WHERE b.attended_yn = 'N';

-- Q76 glassblow | sessions | Which sessions have been cancelled, and why?
SELECT sess_no, cls_ref, sess_dt, start_tm, cxl_rsn FROM glassblow.sessions WHERE status_cd = 'CXL' ORDER BY sess_dt;

-- Q77 glassblow | furnace_log | How much gas did the furnace get through in May?
SELECT sum(gas_m3) AS gas_m3 FROM glassblow.furnace_log WHERE log_dt >= DATE '2026-05-01' AND log_dt < DATE '2026-06-01';

-- Q78 glassblow | commissions,makers | Which commissions are due in the next month, and who's making them?
SELECT c.com_no, c.com_cd, c.brief, c.due_dt, c.status_cd, m.mkr_nm FROM glassblow.commissions c JOIN glassblow.makers m ON m.mkr_cd = c.lead_ref WHERE c.due_dt BETWEEN DATE '2026-06-10' AND DATE '2026-07-10' AND c.status_cd NOT IN ('DEL', 'CXL') ORDER BY c.due_dt;

-- Q79 glassblow | colours | Which colours are we running short of?
SELECT col_cd, col_nm, supplier, kg_on_hand, reorder_kg FROM glassblow.colours WHERE kg_on_hand <= reorder_kg ORDER BY kg_on_hand;

-- Q80 glassblow | shop_sales,products | What's our best seller online?
SELECT p.item_nm, sum(s.qty) AS sold FROM glassblow.shop_sales s JOIN glassblow.products p ON p.sku = s.sku_ref WHERE s.chan_cd IN ('WEB', 'ETSY') GROUP BY p.item_nm ORDER BY sold DESC LIMIT 1;

-- Q81 glassblow | kiln_loads | How many pieces came out of the annealer cracked last month?
SELECT sum(crack_cnt) AS cracked, sum(pieces) AS pieces FROM glassblow.kiln_loads WHERE load_dt >= DATE '2026-05-01' AND load_dt < DATE '2026-06-01';

-- Q82 glassblow | commissions,customers | Which wedding commissions are still waiting on a deposit?
SELECT c.com_no, cu.fnm, cu.snm, cu.tel, c.brief, c.quote_amt, c.due_dt FROM glassblow.commissions c JOIN glassblow.customers cu ON cu.cust_id = c.cust_ref WHERE c.com_cd = 'WED' AND coalesce(c.dep_amt, 0) = 0 AND c.status_cd <> 'CXL';

-- Q83 glassblow | makers | Whose first aid certificate has lapsed?
SELECT mkr_cd, mkr_nm, role_cd, fa_exp FROM glassblow.makers WHERE fa_exp < DATE '2026-06-10' AND leave_dt IS NULL;

-- Q84 glassblow | class_bookings,sessions,class_types | How much did we take from taster sessions in April and May?
SELECT sum(b.paid_amt - b.refund_amt) AS taken FROM glassblow.class_bookings b JOIN glassblow.sessions s ON s.sess_no = b.sess_ref JOIN glassblow.class_types t ON t.cls_cd = s.cls_ref WHERE t.cls_typ = 'TASTE' AND s.sess_dt >= DATE '2026-04-01' AND s.sess_dt < DATE '2026-06-01';

-- Q85 glassblow | products | How many seconds have we got in stock?
SELECT sku, item_nm, seconds_qty FROM glassblow.products WHERE seconds_qty > 0 ORDER BY seconds_qty DESC;

-- Q86 glassblow | class_bookings | Whose class pieces are still sitting on the collection shelf?
SELECT bk_no, sess_ref, cust_ref, booked_dt, notes FROM glassblow.class_bookings WHERE pieces_out_cd = 'HOLD';

-- Q87 alpacafarm | treatments,animals | Which of the girls are due their next clostridial jab?
SELECT a.ani_id, a.ani_nm, t.tx_dt AS last_jab, t.next_due_dt FROM (SELECT DISTINCT ON (ani_ref) ani_ref, tx_dt, next_due_dt FROM alpacafarm.treatments WHERE tx_cd = 'VACC' ORDER BY ani_ref, tx_dt DESC) t JOIN alpacafarm.animals a ON a.ani_id = t.ani_ref WHERE a.sex_cd = 'F' AND a.status_cd = 'HERD' AND t.next_due_dt <= DATE '2026-06-30' ORDER BY t.next_due_dt;

-- Q88 alpacafarm | animals | Which stud males have we got working, and what do we charge for them?
SELECT ani_id, ani_nm, colour_cd, stud_fee FROM alpacafarm.animals WHERE stud_yn = 'Y' AND status_cd = 'HERD' ORDER BY stud_fee DESC;

-- Q89 alpacafarm | stud_services | How many visiting females have been mated since last summer, and how many are confirmed in cria?
SELECT count(*) AS matings, count(*) FILTER (WHERE preg_yn = 'Y') AS pregnant FROM alpacafarm.stud_services WHERE fem_own_ref IS NOT NULL AND mate_dt >= DATE '2025-06-01';

-- Q90 alpacafarm | shearing,animals | What was the average micron of this year's fleeces, colour by colour?
SELECT a.colour_cd, round(avg(s.micron), 1) AS avg_micron, count(*) AS fleeces FROM alpacafarm.shearing s JOIN alpacafarm.animals a ON a.ani_id = s.ani_ref WHERE s.shr_yr = 2026 GROUP BY a.colour_cd ORDER BY avg_micron;

-- Q91 alpacafarm | stays,clients,huts | Who's staying in the huts this weekend?
SELECT h.hut_nm, c.cl_nm, c.tel, s.arr_dt, s.nights, s.adults, s.kids, s.dogs, s.notes FROM alpacafarm.stays s JOIN alpacafarm.clients c ON c.cl_no = s.guest_ref JOIN alpacafarm.huts h ON h.hut_cd = s.hut_ref WHERE s.status_cd = 'CONF' AND s.arr_dt <= DATE '2026-06-13' AND s.arr_dt + s.nights > DATE '2026-06-12';

-- Q92 alpacafarm | stays | How many nights did we sell through Airbnb last summer?
SELECT sum(nights) AS nights, count(*) AS bookings FROM alpacafarm.stays WHERE chan_cd = 'ABNB' AND status_cd <> 'CXL' AND arr_dt BETWEEN DATE '2025-06-01' AND DATE '2025-08-31';

-- Q93 alpacafarm | yarn_stock | What yarn have we got left in fawn?
SELECT lot_no, ply_cd, skein_g, skeins, price_amt FROM alpacafarm.yarn_stock WHERE colour_nm = 'fawn' AND skeins > 0;

-- Q94 alpacafarm | paddocks | Which fields are being rested, and since when?
SELECT pdk_cd, pdk_nm, acres, rested_from FROM alpacafarm.paddocks WHERE rested_from IS NOT NULL ORDER BY rested_from;

-- Q95 alpacafarm | animals | Which alpacas are up for sale at the moment?
SELECT ani_id, ani_nm, sex_cd, colour_cd, wether_yn, price_amt FROM alpacafarm.animals WHERE for_sale_yn = 'Y' AND status_cd = 'HERD';

-- Q96 alpacafarm | walks | How many alpaca walks did we run in May, and how many people came?
SELECT count(*) AS walks, sum(adults + kids) AS people FROM alpacafarm.walks WHERE status_cd = 'DONE' AND walk_dt >= DATE '2026-05-01' AND walk_dt < DATE '2026-06-01';

-- Q97 alpacafarm | stud_services,clients | Who still owes us for stud services?
SELECT c.cl_nm, c.farm_nm, s.fem_nm, s.mate_dt, s.fee_amt + s.livery_amt AS owed FROM alpacafarm.stud_services s JOIN alpacafarm.clients c ON c.cl_no = s.fem_own_ref WHERE s.paid_yn = 'N';

-- Q98 alpacafarm | animal_sales,animals,clients | Which animals have we sold to breeders in Shropshire?
SELECT a.ani_nm, a.sex_cd, c.cl_nm, c.farm_nm, s.sale_dt, s.price_amt FROM alpacafarm.animal_sales s JOIN alpacafarm.animals a ON a.ani_id = s.ani_ref JOIN alpacafarm.clients c ON c.cl_no = s.buyer_ref WHERE c.cl_cd = 'BRD' AND c.county = 'Shropshire';

-- Q99 alpacafarm | shop_orders | Which orders haven't been posted out yet?
SELECT ord_no, cl_ref, ord_dt, item_cd, qty, chan_cd FROM alpacafarm.shop_orders WHERE dispatched_dt IS NULL ORDER BY ord_dt;

-- Q100 alpacafarm | animals,paddocks,treatments | Which of the animals up in the Top Field haven't been wormed since March?
SELECT a.ani_id, a.ani_nm, max(t.tx_dt) AS last_wormed FROM alpacafarm.animals a JOIN alpacafarm.paddocks p ON p.pdk_cd = a.paddock_ref LEFT JOIN alpacafarm.treatments t ON t.ani_ref = a.ani_id AND t.tx_cd = 'WORM' WHERE p.pdk_nm = 'Top Field' AND a.status_cd = 'HERD' GROUP BY a.ani_id, a.ani_nm HAVING max(t.tx_dt) IS NULL OR max(t.tx_dt) < DATE '2026-03-01';
