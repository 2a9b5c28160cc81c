-- Verification SQL for heldout28/questions.tsv (held-out 28: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the seven heldout28 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 windowclean | customers | Which customers pay by direct debit?
SELECT cust_no, title, fnm, snm, addr1, street, price FROM windowclean.customers WHERE pay_cd = 'DD' AND status_cd = 'ACT';

-- Q02 windowclean | cleans | How many places couldn't we get into last month because the gate was locked or the dog was out?
SELECT count(*) AS no_access FROM windowclean.cleans WHERE done_cd = 'NA' AND cln_dt >= DATE '2026-06-01' AND cln_dt < DATE '2026-07-01';

-- Q03 windowclean | cleans | How many cleans got rained off this month?
SELECT count(*) AS rained_off FROM windowclean.cleans WHERE done_cd = 'RAIN' AND cln_dt >= DATE '2026-07-01';

-- Q04 windowclean | rounds,cleaners | Who works which round, and on what day?
SELECT r.rnd_nm, r.day_cd, c.nm FROM windowclean.rounds r LEFT JOIN windowclean.cleaners c ON c.clnr_id = r.clnr_ref ORDER BY r.wk_cycle, r.day_cd;

-- Q05 windowclean | invoices,customers | Which shops and offices are behind paying their invoices?
SELECT i.inv_no, c.addr1, i.net_amt + i.vat_amt AS owed, i.due_dt FROM windowclean.invoices i JOIN windowclean.customers c ON c.cust_no = i.cust_ref WHERE i.paid_dt IS NULL AND (i.status_cd = 'OD' OR i.due_dt < DATE '2026-07-14') ORDER BY i.due_dt;

-- Q06 windowclean | extra_jobs | How much gutter work have we got booked in that isn't done yet?
SELECT count(*) AS jobs, sum(qt_amt) AS value FROM windowclean.extra_jobs WHERE work_cd = 'GUT' AND accepted_yn = 'Y' AND done_dt IS NULL;

-- Q07 windowclean | complaints,cleaners | Which of the lads has had the most complaints?
SELECT cl.nm, count(*) AS complaints FROM windowclean.complaints c JOIN windowclean.cleaners cl ON cl.clnr_id = c.clnr_ref GROUP BY cl.nm ORDER BY complaints DESC;

-- Q08 windowclean | purity_log | Has the water in any of the vans gone over 10 ppm lately?
SELECT log_dt, van_reg, tds_ppm, resin_chg_yn FROM windowclean.purity_log WHERE tds_ppm > 10 ORDER BY log_dt DESC;

-- Q09 windowclean | equipment | What kit needs replacing?
SELECT eq_no, eq_desc, eq_typ, cond_cd, purch_dt FROM windowclean.equipment WHERE cond_cd IN ('WORN', 'U/S');

-- Q10 windowclean | cleans,cleaners | How much did each cleaner bring in from the round in June?
SELECT cl.nm, count(*) AS cleans, sum(c.amt) AS takings FROM windowclean.cleans c JOIN windowclean.cleaners cl ON cl.clnr_id = c.clnr_ref WHERE c.done_cd = 'DONE' AND c.cln_dt >= DATE '2026-06-01' AND c.cln_dt < DATE '2026-07-01' GROUP BY cl.nm ORDER BY takings DESC;

-- Q11 windowclean | customers | How many customers are on each round?
SELECT rnd_ref, count(*) AS customers, sum(price) AS round_value FROM windowclean.customers WHERE status_cd = 'ACT' GROUP BY rnd_ref ORDER BY rnd_ref;

-- Q12 windowclean | payments | How much cash have we taken so far this month?
SELECT coalesce(sum(amt), 0) AS cash FROM windowclean.payments WHERE method_cd = 'CASH' AND pay_dt >= DATE '2026-07-01';

-- Q13 windowclean | extra_jobs,customers | Who turned down a quote for cleaning their solar panels?
SELECT c.title, c.fnm, c.snm, c.addr1, c.street, x.qt_amt, x.qt_dt FROM windowclean.extra_jobs x JOIN windowclean.customers c ON c.cust_no = x.cust_ref WHERE x.work_cd = 'SOL' AND x.accepted_yn = 'N';

-- Q14 windowclean | customers,cleans | Whose windows are overdue?
SELECT c.cust_no, c.addr1, c.street, c.freq_wk, max(k.cln_dt) AS last_clean FROM windowclean.customers c LEFT JOIN windowclean.cleans k ON k.cust_ref = c.cust_no AND k.done_cd = 'DONE' WHERE c.status_cd = 'ACT' GROUP BY c.cust_no, c.addr1, c.street, c.freq_wk HAVING max(k.cln_dt) IS NULL OR max(k.cln_dt) + c.freq_wk * 7 < DATE '2026-07-14' ORDER BY last_clean;

-- Q15 windowclean | customers | Who has asked us to stop coming for a while?
SELECT cust_no, title, fnm, snm, addr1, street, tel FROM windowclean.customers WHERE status_cd = 'PAU';

-- Q16 minicab | drivers | Whose badge runs out in the next couple of months?
SELECT drv_no, fnm, snm, badge_no, badge_exp FROM minicab.drivers WHERE status_cd <> 'LEFT' AND badge_exp < DATE '2026-09-14' ORDER BY badge_exp;

-- Q17 minicab | vehicles | Which cars have a plate or insurance running out before the end of August?
SELECT reg, make_model, plate_exp, ins_exp FROM minicab.vehicles WHERE plate_exp <= DATE '2026-08-31' OR ins_exp <= DATE '2026-08-31';

-- Q18 minicab | vehicles | How many wheelchair accessible cars have we got?
SELECT count(*) AS wavs FROM minicab.vehicles WHERE wav_yn = 'Y';

-- Q19 minicab | bookings | How many no-shows did we have last week?
SELECT count(*) AS no_shows FROM minicab.bookings WHERE status_cd = 'NS' AND pickup_ts >= TIMESTAMP '2026-07-06 00:00' AND pickup_ts < TIMESTAMP '2026-07-13 00:00';

-- Q20 minicab | bookings,accounts | How much work have we done for the university this month?
SELECT a.acct_nm, count(*) AS jobs, sum(b.fare) AS fares FROM minicab.bookings b JOIN minicab.accounts a ON a.acct_cd = b.acct_ref WHERE a.acct_nm ILIKE '%university%' AND b.status_cd = 'DONE' AND b.pickup_ts >= TIMESTAMP '2026-07-01 00:00' GROUP BY a.acct_nm;

-- Q21 minicab | account_invoices,accounts | Which accounts owe us money, and how much?
SELECT a.acct_nm, a.status_cd, sum(i.net_amt + i.vat_amt - coalesce(i.paid_amt, 0)) AS owed FROM minicab.account_invoices i JOIN minicab.accounts a ON a.acct_cd = i.acct_ref WHERE coalesce(i.paid_amt, 0) < i.net_amt + i.vat_amt GROUP BY a.acct_nm, a.status_cd ORDER BY owed DESC;

-- Q22 minicab | accounts | Which accounts have we put on stop?
SELECT acct_cd, acct_nm, contact, tel FROM minicab.accounts WHERE status_cd = 'HOLD';

-- Q23 minicab | complaints,drivers | Which drivers have had a complaint upheld against them?
SELECT d.fnm, d.snm, c.cmp_dt, c.cat_cd, c.detail, c.outcome_cd FROM minicab.complaints c JOIN minicab.drivers d ON d.drv_no = c.drv_ref WHERE c.outcome_cd IN ('UPH', 'REF') ORDER BY c.cmp_dt;

-- Q24 minicab | settlements,drivers | Which drivers still owe us rent from last week?
SELECT d.fnm, d.snm, d.call_sign, -s.net_amt AS owes FROM minicab.settlements s JOIN minicab.drivers d ON d.drv_no = s.drv_ref WHERE s.wk_start = DATE '2026-07-06' AND s.net_amt < 0 AND s.paid_dt IS NULL ORDER BY owes DESC;

-- Q25 minicab | bookings | How many jobs did we have to turn away because there was no car?
SELECT count(*) AS turned_away FROM minicab.bookings WHERE status_cd = 'NC';

-- Q26 minicab | shifts | How many driver hours were logged on up at the university last week?
SELECT sum(extract(epoch FROM off_ts - on_ts) / 3600) AS hours FROM minicab.shifts WHERE zone_cd = 'UNI' AND on_ts >= TIMESTAMP '2026-07-06 00:00' AND on_ts < TIMESTAMP '2026-07-13 00:00';

-- Q27 minicab | airport_fares | What do we charge for a Manchester Airport run in an MPV?
SELECT fare_cd, price, meet_greet_amt, from_dt FROM minicab.airport_fares WHERE dest = 'MAN' AND veh_typ_cd = 'MPV' ORDER BY from_dt DESC LIMIT 1;

-- Q28 minicab | bookings,drivers,vehicles | Did any wheelchair bookings go out in a car that can't take a wheelchair?
SELECT b.bk_no, b.pickup_ts, d.fnm, d.snm, v.reg, v.make_model FROM minicab.bookings b JOIN minicab.drivers d ON d.drv_no = b.drv_ref JOIN minicab.vehicles v ON v.reg = d.veh_ref WHERE b.veh_typ_cd = 'WAV' AND v.wav_yn = 'N';

-- Q29 minicab | complaints | Has anything gone to the council licensing office?
SELECT cmp_no, cmp_dt, cat_cd, detail, outcome_cd FROM minicab.complaints WHERE council_yn = 'Y';

-- Q30 tearoom | menu_items | What gluten free cakes do we do?
SELECT item_cd, item_nm, price FROM tearoom.menu_items WHERE cat_cd = 'CAKE' AND diet_cd IN ('GF', 'VGF') AND avail_yn = 'Y';

-- Q31 tearoom | ingredients | What do I need to order?
SELECT ingr_cd, ingr_nm, unit, qty_on_hand, par_lvl FROM tearoom.ingredients WHERE qty_on_hand < par_lvl ORDER BY ingr_nm;

-- Q32 tearoom | ingredients,suppliers | What's running low, and who do I get it from?
SELECT i.ingr_nm, i.qty_on_hand, i.par_lvl, s.supp_nm, s.tel, s.order_day FROM tearoom.ingredients i LEFT JOIN tearoom.suppliers s ON s.supp_no = i.supp_ref WHERE i.qty_on_hand < i.par_lvl ORDER BY s.supp_nm;

-- Q33 tearoom | aft_tea_bookings | How many are booked in for afternoon tea this weekend?
SELECT bk_dt, count(*) AS bookings, sum(guests) AS guests FROM tearoom.aft_tea_bookings WHERE status_cd = 'CONF' AND bk_dt BETWEEN DATE '2026-07-18' AND DATE '2026-07-19' GROUP BY bk_dt ORDER BY bk_dt;

-- Q34 tearoom | receipt_lines,till_receipts,menu_items | What were the best sellers on Saturday?
SELECT m.item_nm, sum(l.qty) AS sold, sum(l.amt) AS takings FROM tearoom.receipt_lines l JOIN tearoom.till_receipts r ON r.rcpt_no = l.rcpt_ref JOIN tearoom.menu_items m ON m.item_cd = l.item_ref WHERE r.rcpt_ts >= TIMESTAMP '2026-07-11 00:00' AND r.rcpt_ts < TIMESTAMP '2026-07-12 00:00' GROUP BY m.item_nm ORDER BY sold DESC;

-- Q35 tearoom | till_receipts | What did we take on Sunday?
SELECT sum(tot_amt) AS takings, sum(covers) AS covers FROM tearoom.till_receipts WHERE rcpt_ts >= TIMESTAMP '2026-07-12 00:00' AND rcpt_ts < TIMESTAMP '2026-07-13 00:00';

-- Q36 tearoom | cake_orders | What cakes have to be ready this week?
SELECT ord_no, cust_nm, cake_desc, collect_dt, status_cd FROM tearoom.cake_orders WHERE collect_dt BETWEEN DATE '2026-07-13' AND DATE '2026-07-19' AND status_cd NOT IN ('COLL', 'CXL') ORDER BY collect_dt;

-- Q37 tearoom | gift_vouchers | Which vouchers ran out without being used?
SELECT vch_cd, buyer_nm, recip_nm, val, exp_dt FROM tearoom.gift_vouchers WHERE redeemed_dt IS NULL AND exp_dt < DATE '2026-07-14' ORDER BY exp_dt;

-- Q38 tearoom | staff | Whose food hygiene certificate needs doing?
SELECT nm, job_cd, hyg_lvl, hyg_exp FROM tearoom.staff WHERE leave_dt IS NULL AND (hyg_exp IS NULL OR hyg_exp < DATE '2026-08-14') ORDER BY hyg_exp;

-- Q39 tearoom | rota,staff | How many hours did everyone work last week?
SELECT s.nm, sum(r.worked_hrs) AS hours FROM tearoom.rota r JOIN tearoom.staff s ON s.emp_no = r.emp_ref WHERE r.wk_dt BETWEEN DATE '2026-07-06' AND DATE '2026-07-12' GROUP BY s.nm ORDER BY hours DESC;

-- Q40 tearoom | deliveries,suppliers | Which deliveries have we had to send back or were short?
SELECT d.del_dt, s.supp_nm, d.inv_ref, d.temp_c, d.note FROM tearoom.deliveries d JOIN tearoom.suppliers s ON s.supp_no = d.supp_ref WHERE d.ok_yn = 'N' ORDER BY d.del_dt DESC;

-- Q41 tearoom | fridge_temps | Any fridge readings out of range in the last week?
SELECT chk_ts, unit_cd, temp_c, action_txt FROM tearoom.fridge_temps WHERE chk_ts >= TIMESTAMP '2026-07-07 00:00' AND ((unit_cd = 'FZ' AND temp_c > -18) OR (unit_cd <> 'FZ' AND temp_c > 5)) ORDER BY chk_ts;

-- Q42 tearoom | till_receipts | How much have we had in tips this month?
SELECT sum(tip_amt) AS tips FROM tearoom.till_receipts WHERE rcpt_ts >= TIMESTAMP '2026-07-01 00:00';

-- Q43 tearoom | aft_tea_bookings | How many afternoon tea no-shows have we had this month?
SELECT count(*) AS no_shows, sum(guests) AS guests FROM tearoom.aft_tea_bookings WHERE status_cd = 'NS' AND bk_dt >= DATE '2026-07-01';

-- Q44 tearoom | menu_items | Which things on the menu have nuts in?
SELECT item_cd, item_nm, allergens FROM tearoom.menu_items WHERE allergens LIKE '%NUT%' AND avail_yn = 'Y';

-- Q45 glazier | jobs | How many emergency board-ups have we had this month?
SELECT count(*) AS board_ups FROM glazier.jobs WHERE job_typ = 'BRD' AND rcvd_dt >= DATE '2026-07-01';

-- Q46 glazier | jobs,fitters | What has each glazier got booked in for fitting?
SELECT f.ftr_nm, j.job_ref, j.job_typ, j.site_addr, j.fit_dt FROM glazier.jobs j JOIN glazier.fitters f ON f.ftr_no = j.ftr_ref WHERE j.status_cd IN ('BKD', 'ORD') AND j.fit_dt >= DATE '2026-07-14' ORDER BY f.ftr_nm, j.fit_dt;

-- Q47 glazier | glass_orders,suppliers | What glass are we still waiting on, and who from?
SELECT g.job_ref, g.glass_cd, g.w_mm, g.h_mm, g.qty, g.exp_dt, s.supp_nm, s.tel FROM glazier.glass_orders g JOIN glazier.suppliers s ON s.supp_cd = g.supp_ref WHERE g.recv_dt IS NULL ORDER BY g.exp_dt;

-- Q48 glazier | glass_orders | Has any glass turned up broken?
SELECT go_no, job_ref, supp_ref, glass_cd, recv_dt, cost FROM glazier.glass_orders WHERE dmg_yn = 'Y';

-- Q49 glazier | stock_sheets | Which glass are we low on in the racks?
SELECT sheet_cd, glass_cd, thick_mm, qty, min_qty, rack FROM glazier.stock_sheets WHERE qty <= min_qty;

-- Q50 glazier | quotes,jobs,clients | Which quotes are still waiting for an answer?
SELECT q.qt_no, c.client_nm, j.job_typ, j.site_addr, q.net_amt + q.vat_amt AS total, q.valid_to FROM glazier.quotes q JOIN glazier.jobs j ON j.job_ref = q.job_ref JOIN glazier.clients c ON c.client_id = j.client_ref WHERE q.accepted_dt IS NULL AND q.declined_yn = 'N' ORDER BY q.valid_to;

-- Q51 glazier | invoices,clients | Who owes me money?
SELECT c.client_nm, i.inv_no, i.net_amt + i.vat_amt - i.paid_amt AS owed, i.due_dt FROM glazier.invoices i JOIN glazier.clients c ON c.client_id = i.client_ref WHERE i.paid_amt < i.net_amt + i.vat_amt ORDER BY i.due_dt;

-- Q52 glazier | callouts,fitters | How many out-of-hours callouts has each glazier been out on?
SELECT f.ftr_nm, count(*) AS callouts, sum(c.fee) AS fees FROM glazier.callouts c JOIN glazier.fitters f ON f.ftr_no = c.ftr_ref GROUP BY f.ftr_nm ORDER BY callouts DESC;

-- Q53 glazier | aftercare | Have any misted units come back under guarantee that we haven't sorted yet?
SELECT ac_no, job_ref, rep_dt, descr, status_cd FROM glazier.aftercare WHERE fault_cd = 'MIST' AND in_wty_yn = 'Y' AND status_cd IN ('OPEN', 'VISIT');

-- Q54 glazier | fitters | Who's on the emergency rota?
SELECT ftr_nm, grade_cd, tel FROM glazier.fitters WHERE oncall_yn = 'Y' AND leave_dt IS NULL;

-- Q55 glazier | clients | Which of our clients are letting agents or landlords?
SELECT client_nm, contact, tel, email, disc_pct FROM glazier.clients WHERE client_typ = 'LL';

-- Q56 glazier | jobs,clients | What insurance work have we got on at the moment?
SELECT j.job_ref, c.client_nm, j.ins_claim_no, j.job_typ, j.site_addr, j.status_cd FROM glazier.jobs j JOIN glazier.clients c ON c.client_id = j.client_ref WHERE (c.client_typ = 'INS' OR j.ins_claim_no IS NOT NULL) AND j.status_cd NOT IN ('DONE', 'CXL');

-- Q57 glazier | glass_orders,jobs | Which jobs are held up because the glass is late?
SELECT j.job_ref, j.site_addr, j.fit_dt, g.glass_cd, g.exp_dt FROM glazier.glass_orders g JOIN glazier.jobs j ON j.job_ref = g.job_ref WHERE g.recv_dt IS NULL AND g.exp_dt < DATE '2026-07-14';

-- Q58 glazier | callouts | How long does it take us to get to an emergency on average?
SELECT avg(arr_ts - call_ts) AS avg_response FROM glazier.callouts WHERE arr_ts IS NOT NULL;

-- Q59 physio | appointments | How many DNAs did we have last week?
SELECT count(*) AS dnas FROM physio.appointments WHERE status_cd = 'DNA' AND appt_dt BETWEEN DATE '2026-07-06' AND DATE '2026-07-12';

-- Q60 physio | appointments,patients | Who's coming in tomorrow?
SELECT a.appt_tm, p.fnm, p.snm, a.appt_typ, a.room_cd, a.clin_ref FROM physio.appointments a JOIN physio.patients p ON p.pat_no = a.pat_ref WHERE a.appt_dt = DATE '2026-07-15' AND a.status_cd = 'BKD' ORDER BY a.appt_tm;

-- Q61 physio | claims,insurers | Which insurance claims haven't been paid yet?
SELECT c.clm_no, i.ins_nm, c.pat_ref, c.sub_dt, c.amt, c.status_cd FROM physio.claims c JOIN physio.insurers i ON i.ins_cd = c.ins_ref WHERE c.status_cd IN ('SUB', 'QRY') ORDER BY c.sub_dt;

-- Q62 physio | claims | How much has Bupa turned down?
SELECT count(*) AS rejected, sum(amt) AS value FROM physio.claims WHERE ins_ref = 'BUPA' AND status_cd = 'REJ';

-- Q63 physio | clinicians | When is Marcus's HCPC registration up for renewal?
SELECT clin_nm, hcpc_no, hcpc_exp FROM physio.clinicians WHERE clin_nm LIKE 'Marcus%';

-- Q64 physio | episodes | How many back patients are we treating at the moment?
SELECT count(*) AS open_back_cases FROM physio.episodes WHERE body_cd = 'LBP' AND close_dt IS NULL;

-- Q65 physio | outcome_scores,episodes,patients | Show me each patient's pain scores from first to latest
SELECT p.fnm, p.snm, e.cond_desc, s.sc_dt, s.score FROM physio.outcome_scores s JOIN physio.episodes e ON e.ep_no = s.ep_ref JOIN physio.patients p ON p.pat_no = e.pat_ref WHERE s.tool_cd = 'NPRS' ORDER BY p.snm, s.sc_dt;

-- Q66 physio | class_attendance | How many turned up to each class last week?
SELECT cls_ref, count(*) FILTER (WHERE attended_yn = 'Y') AS came, count(*) AS booked FROM physio.class_attendance WHERE cls_dt BETWEEN DATE '2026-07-06' AND DATE '2026-07-12' GROUP BY cls_ref ORDER BY cls_ref;

-- Q67 physio | equipment_stock | What do we need to reorder?
SELECT item_cd, item_nm, qty, reorder_qty, supp_nm FROM physio.equipment_stock WHERE qty < reorder_qty ORDER BY supp_nm;

-- Q68 physio | episodes,clinicians | How many open cases has each physio got?
SELECT c.clin_nm, count(*) AS open_cases FROM physio.episodes e JOIN physio.clinicians c ON c.clin_id = e.clin_ref WHERE e.close_dt IS NULL GROUP BY c.clin_nm ORDER BY open_cases DESC;

-- Q69 physio | patients | How many of our patients are with each insurer?
SELECT ins_ref, count(*) AS patients FROM physio.patients WHERE payer_cd = 'INS' GROUP BY ins_ref ORDER BY patients DESC;

-- Q70 physio | pat_payments | How much have we taken from patients this month?
SELECT sum(amt) AS taken FROM physio.pat_payments WHERE pmt_dt >= DATE '2026-07-01';

-- Q71 physio | episodes,appointments | How many sessions has each insured case used out of what the insurer authorised?
SELECT e.ep_no, e.pat_ref, e.sess_auth, count(a.appt_no) AS used FROM physio.episodes e LEFT JOIN physio.appointments a ON a.ep_ref = e.ep_no AND a.status_cd IN ('ATT', 'DNA') WHERE e.sess_auth IS NOT NULL AND e.close_dt IS NULL GROUP BY e.ep_no, e.pat_ref, e.sess_auth ORDER BY e.sess_auth - count(a.appt_no);

-- Q72 physio | appointments,clinicians | Which clinician has had the most no-shows and late cancellations?
SELECT c.clin_nm, count(*) AS missed FROM physio.appointments a JOIN physio.clinicians c ON c.clin_id = a.clin_ref WHERE a.status_cd IN ('DNA', 'LC') GROUP BY c.clin_nm ORDER BY missed DESC;

-- Q73 bikecourier | consignments | How many urgent jobs did we do last week?
SELECT count(*) AS urgent FROM bikecourier.consignments WHERE svc_cd = 'URG' AND status_cd = 'DLV' AND bk_ts >= TIMESTAMP '2026-07-06 00:00' AND bk_ts < TIMESTAMP '2026-07-13 00:00';

-- Q74 bikecourier | consignments,riders | How many drops did each rider make last week?
SELECT r.nick, r.full_nm, count(*) AS drops FROM bikecourier.consignments c JOIN bikecourier.riders r ON r.rider_id = c.rider_ref WHERE c.status_cd = 'DLV' AND c.dl_ts >= TIMESTAMP '2026-07-06 00:00' AND c.dl_ts < TIMESTAMP '2026-07-13 00:00' GROUP BY r.nick, r.full_nm ORDER BY drops DESC;

-- Q75 bikecourier | riders | Whose insurance is about to run out?
SELECT nick, full_nm, ins_exp FROM bikecourier.riders WHERE status_cd <> 'LEFT' AND ins_exp < DATE '2026-08-14' ORDER BY ins_exp;

-- Q76 bikecourier | invoices,client_accounts | Which clients haven't paid their invoices?
SELECT a.co_nm, i.inv_no, i.net_amt + i.vat_amt AS owed, i.due_dt FROM bikecourier.invoices i JOIN bikecourier.client_accounts a ON a.ac_no = i.ac_ref WHERE i.paid_dt IS NULL ORDER BY i.due_dt;

-- Q77 bikecourier | incidents | How many crashes have we had this year?
SELECT count(*) AS crashes FROM bikecourier.incidents WHERE inc_typ = 'CRASH' AND inc_dt >= DATE '2026-01-01';

-- Q78 bikecourier | bikes | Which cargo bikes are off the road?
SELECT bike_no, make_model, status_cd, last_svc_dt FROM bikecourier.bikes WHERE bike_typ IN ('CGO', 'ECG') AND status_cd <> 'OK';

-- Q79 bikecourier | servicing | How much have we spent on bike repairs this year?
SELECT sum(parts_amt + labour_amt) AS spent FROM bikecourier.servicing WHERE svc_dt >= DATE '2026-01-01';

-- Q80 bikecourier | consignments | Any deliveries that failed?
SELECT cons_no, ac_ref, dl_addr, bk_ts, status_cd FROM bikecourier.consignments WHERE status_cd IN ('FAIL', 'RTS') ORDER BY bk_ts DESC;

-- Q81 bikecourier | client_accounts,rate_cards | What are the labs being charged?
SELECT a.co_nm, r.rc_nm, r.base_amt, r.per_km, r.urgent_amt FROM bikecourier.client_accounts a JOIN bikecourier.rate_cards r ON r.rc_cd = a.rc_ref WHERE a.sector_cd = 'LAB' AND a.closed_dt IS NULL;

-- Q82 bikecourier | incidents,consignments,client_accounts | Have any samples leaked or got too warm, and whose were they?
SELECT i.inc_dt, i.descr, c.cons_no, a.co_nm FROM bikecourier.incidents i JOIN bikecourier.consignments c ON c.cons_no = i.cons_ref JOIN bikecourier.client_accounts a ON a.ac_no = c.ac_ref WHERE i.inc_typ = 'SAMP';

-- Q83 bikecourier | rider_pay | What's the pay bill for last week?
SELECT sum(gross_amt) AS gross, sum(deduct_amt) AS deductions, sum(gross_amt - deduct_amt) AS net FROM bikecourier.rider_pay WHERE wk_end_dt = DATE '2026-07-12';

-- Q84 bikecourier | shifts,riders | How many hours has each of the employed riders done this month?
SELECT r.nick, r.full_nm, sum(s.hrs) AS hours FROM bikecourier.shifts s JOIN bikecourier.riders r ON r.rider_id = s.rider_ref WHERE r.pay_cd = 'EMP' AND s.shift_dt >= DATE '2026-07-01' GROUP BY r.nick, r.full_nm ORDER BY hours DESC;

-- Q85 bikecourier | consignments | What's out on the road right now?
SELECT cons_no, svc_cd, pu_addr, dl_addr, rider_ref, status_cd FROM bikecourier.consignments WHERE status_cd IN ('ALL', 'POB') ORDER BY bk_ts;

-- Q86 bikecourier | client_accounts | Which accounts have we lost?
SELECT co_nm, sector_cd, opened_dt, closed_dt FROM bikecourier.client_accounts WHERE closed_dt IS NOT NULL;

-- Q87 campervan | vans | Which vans can people take dogs in?
SELECT van_cd, nick, make_model, berths FROM campervan.vans WHERE pets_yn = 'Y' AND status_cd <> 'SOLD';

-- Q88 campervan | bookings,hirers | Who's picking up this week?
SELECT b.bkg_ref, h.fnm, h.snm, h.tel, b.van_ref, b.start_dt FROM campervan.bookings b JOIN campervan.hirers h ON h.hirer_no = b.hirer_ref WHERE b.start_dt BETWEEN DATE '2026-07-13' AND DATE '2026-07-19' AND b.status_cd IN ('CONF', 'PROV', 'OUT') ORDER BY b.start_dt;

-- Q89 campervan | bookings,vans | Which vans are out right now, and when are they due back?
SELECT v.nick, v.reg, b.bkg_ref, b.end_dt FROM campervan.bookings b JOIN campervan.vans v ON v.van_cd = b.van_ref WHERE b.status_cd = 'OUT' ORDER BY b.end_dt;

-- Q90 campervan | bookings | How many bookings have come through Goboony and Camplify this year?
SELECT chan_cd, count(*) AS bookings, sum(hire_amt) AS hire FROM campervan.bookings WHERE chan_cd IN ('GOB', 'CMF') AND book_dt >= DATE '2026-01-01' GROUP BY chan_cd;

-- Q91 campervan | bookings,payments | Which confirmed bookings still haven't paid the balance?
SELECT b.bkg_ref, b.hirer_ref, b.start_dt, b.hire_amt + b.extras_amt - b.dep_amt AS balance_due FROM campervan.bookings b WHERE b.status_cd = 'CONF' AND NOT EXISTS (SELECT 1 FROM campervan.payments p WHERE p.bkg_ref = b.bkg_ref AND p.pay_typ = 'BAL') ORDER BY b.start_dt;

-- Q92 campervan | payments | How much have we kept back from bonds for damage this year?
SELECT sum(amt) AS kept FROM campervan.payments WHERE pay_typ = 'DMG' AND pay_dt >= DATE '2026-01-01';

-- Q93 campervan | damage_reports,vans | What damage has each van had this year, and what has it cost us?
SELECT v.nick, count(*) AS reports, sum(d.repair_cost) AS repair_cost, sum(d.charged_amt) AS recovered FROM campervan.damage_reports d JOIN campervan.vans v ON v.van_cd = d.van_ref WHERE d.rep_dt >= DATE '2026-01-01' GROUP BY v.nick ORDER BY repair_cost DESC;

-- Q94 campervan | vans | Which vans have an MOT due in the next month?
SELECT nick, reg, mot_due FROM campervan.vans WHERE status_cd <> 'SOLD' AND mot_due < DATE '2026-08-14' ORDER BY mot_due;

-- Q95 campervan | booking_extras,extras | Which extras do people add most?
SELECT e.ext_nm, count(*) AS times, sum(x.amt) AS income FROM campervan.booking_extras x JOIN campervan.extras e ON e.ext_cd = x.ext_ref GROUP BY e.ext_nm ORDER BY times DESC;

-- Q96 campervan | handovers,bookings,hirers | Who brought a van back without emptying the toilet?
SELECT h.fnm, h.snm, b.bkg_ref, b.van_ref, o.ho_ts FROM campervan.handovers o JOIN campervan.bookings b ON b.bkg_ref = o.bkg_ref JOIN campervan.hirers h ON h.hirer_no = b.hirer_ref WHERE o.ho_typ = 'IN' AND o.cassette_yn = 'N';

-- Q97 campervan | hirers | Have we got any hirers with six points or more?
SELECT hirer_no, fnm, snm, lic_pts FROM campervan.hirers WHERE lic_pts >= 6;

-- Q98 campervan | bookings | What's the average hire length in high season?
SELECT avg(nights) AS avg_nights FROM campervan.bookings WHERE season_cd = 'HIGH' AND status_cd <> 'CXL';

-- Q99 campervan | maintenance | When was each van last serviced?
SELECT van_ref, max(mnt_dt) AS last_service FROM campervan.maintenance WHERE work_cd = 'SVC' GROUP BY van_ref ORDER BY last_service;

-- Q100 campervan | handovers,staff | How many handovers has each of the team done this month?
SELECT s.stf_nm, count(*) AS handovers FROM campervan.handovers o JOIN campervan.staff s ON s.stf_no = o.stf_ref WHERE o.ho_ts >= TIMESTAMP '2026-07-01 00:00' GROUP BY s.stf_nm ORDER BY handovers DESC;
