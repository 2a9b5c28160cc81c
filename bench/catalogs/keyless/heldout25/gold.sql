-- Verification SQL for heldout25/questions.tsv (held-out 25: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the seven heldout25 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 farrier | horses | Which horses have to be sedated before we shoe them?
SELECT h.hrs_nm, h.breed, h.cl_ref, h.notes FROM farrier.horses h WHERE h.temper_cd = 'KICK';

-- Q02 farrier | rounds | How many miles have the vans done on rounds so far in June?
SELECT frr_ref, sum(miles) AS miles FROM farrier.rounds WHERE status_cd = 'DONE' AND rnd_dt >= '2026-06-01' GROUP BY frr_ref;

-- Q03 farrier | visits,horses,clients | Who wasn't there when we turned up, so we can charge them a wasted visit?
SELECT c.fnm, c.snm, c.yard_nm, h.hrs_nm, v.vis_no FROM farrier.visits v JOIN farrier.horses h ON h.hrs_no = v.hrs_ref JOIN farrier.clients c ON c.cl_no = h.cl_ref WHERE v.outcome_cd = 'NS';

-- Q04 farrier | remedial_cases,horses | Which horses are we still shoeing for laminitis?
SELECT h.hrs_nm, r.vet_nm, r.vet_pract, r.shoe_typ, r.opened_dt FROM farrier.remedial_cases r JOIN farrier.horses h ON h.hrs_no = r.hrs_ref WHERE r.diag_cd = 'LAM' AND r.closed_dt IS NULL;

-- Q05 farrier | invoices,clients | Which of the account yards owe us money?
SELECT c.yard_nm, c.fnm, c.snm, sum(i.gross_amt - coalesce(i.paid_amt, 0)) AS owed FROM farrier.invoices i JOIN farrier.clients c ON c.cl_no = i.cl_ref WHERE c.pay_terms_cd = 'M30' AND coalesce(i.paid_amt, 0) < i.gross_amt GROUP BY c.yard_nm, c.fnm, c.snm;

-- Q06 farrier | shoe_stock | What do I need to reorder?
SELECT item_cd, item_desc, sz, qty, reorder_lvl, supp_ref FROM farrier.shoe_stock WHERE qty <= reorder_lvl;

-- Q07 farrier | farriers | Who's still serving their apprenticeship?
SELECT frr_nm, frc_reg_no, start_dt FROM farrier.farriers WHERE grade_cd = 'APP' AND leave_dt IS NULL;

-- Q08 farrier | cpd_log | How many CPD hours has each of us logged in the last twelve months?
SELECT frr_ref, sum(hrs) AS cpd_hrs FROM farrier.cpd_log WHERE cpd_dt >= '2025-06-12' GROUP BY frr_ref;

-- Q09 farrier | rounds | Which rounds did we have to cancel, and why?
SELECT rnd_no, rnd_dt, frr_ref, area_cd, wx_note FROM farrier.rounds WHERE status_cd = 'CXL';

-- Q10 farrier | clients | Who have we struck off?
SELECT fnm, snm, village, tel FROM farrier.clients WHERE status_cd = 'BAR';

-- Q11 farrier | visits,rounds | How much did we charge on the Vale of Pewsey rounds in June?
SELECT sum(v.charge_amt) AS charged FROM farrier.visits v JOIN farrier.rounds r ON r.rnd_no = v.rnd_ref WHERE r.area_cd = 'VOP' AND r.rnd_dt >= '2026-06-01' AND r.status_cd = 'DONE';

-- Q12 farrier | shoe_stock,suppliers | What do we buy from Hoofcare Specialists, and how much of it is on the shelf?
SELECT s.item_cd, s.item_desc, s.qty FROM farrier.shoe_stock s JOIN farrier.suppliers p ON p.sup_cd = s.supp_ref WHERE p.sup_nm = 'Hoofcare Specialists Ltd';

-- Q13 farrier | remedial_cases | Which remedial cases are going through the owner's insurance?
SELECT case_no, hrs_ref, diag_cd, insurer FROM farrier.remedial_cases WHERE ins_claim_yn = 'Y';

-- Q14 farrier | visits,horses | How often has Dancing Queen pulled a shoe off?
SELECT count(*) AS lost_shoes FROM farrier.visits v JOIN farrier.horses h ON h.hrs_no = v.hrs_ref WHERE h.hrs_nm = 'Dancing Queen' AND v.work_cd = 'LOST';

-- Q15 bookbinder | commissions,customers | Whose books are ready to be collected?
SELECT c.fnm, c.snm, c.org_nm, c.tel, m.comm_no, m.item_desc FROM bookbinder.commissions m JOIN bookbinder.customers c ON c.cust_no = m.cust_ref WHERE m.status_cd = 'RDY';

-- Q16 bookbinder | commissions | Which quotes haven't we heard back on?
SELECT comm_no, cust_ref, item_desc, quote_amt, recv_dt FROM bookbinder.commissions WHERE status_cd = 'QTD';

-- Q17 bookbinder | books | Which books came in fragile or mouldy?
SELECT bk_no, comm_ref, title, pub_yr FROM bookbinder.books WHERE cond_cd = 'FRAG';

-- Q18 bookbinder | treatments,books | How many hours have we put into the college admissions register so far?
SELECT sum(t.hrs) AS hrs FROM bookbinder.treatments t JOIN bookbinder.books b ON b.bk_no = t.bk_ref WHERE b.title LIKE 'Register of admissions%';

-- Q19 bookbinder | materials | What leather are we short of?
SELECT mat_cd, mat_desc, colour, qty, reorder_lvl FROM bookbinder.materials WHERE cat_cd = 'LEA' AND qty <= reorder_lvl;

-- Q20 bookbinder | binders | Who here is Icon accredited?
SELECT bnd_nm, role_cd FROM bookbinder.binders WHERE icon_accr_yn = 'Y' AND leave_dt IS NULL;

-- Q21 bookbinder | invoices,commissions,customers | Who still owes us money?
SELECT c.fnm, c.snm, c.org_nm, i.inv_no, i.tot_amt - coalesce(i.paid_amt, 0) AS owed FROM bookbinder.invoices i JOIN bookbinder.commissions m ON m.comm_no = i.comm_ref JOIN bookbinder.customers c ON c.cust_no = m.cust_ref WHERE i.status_cd IN ('ISS', 'PART');

-- Q22 bookbinder | classes | Which classes still have places left?
SELECT cls_cd, cls_nm, cls_dt, fee FROM bookbinder.classes WHERE status_cd = 'OPEN';

-- Q23 bookbinder | class_bookings,customers,classes | Who's coming on the leather binding and paring course?
SELECT c.fnm, c.snm, b.paid_amt, k.fee FROM bookbinder.class_bookings b JOIN bookbinder.customers c ON c.cust_no = b.cust_ref JOIN bookbinder.classes k ON k.cls_cd = b.cls_ref WHERE k.cls_nm = 'Leather binding and paring';

-- Q24 bookbinder | material_use,materials | How much gold leaf have we got through this year?
SELECT sum(u.qty) AS books_used FROM bookbinder.material_use u JOIN bookbinder.materials m ON m.mat_cd = u.mat_ref WHERE m.cat_cd = 'GLD' AND u.use_dt >= '2026-01-01';

-- Q25 bookbinder | customers | Which dealers get the trade discount?
SELECT org_nm, fnm, snm, trade_disc_pct FROM bookbinder.customers WHERE cust_typ_cd = 'DEAL';

-- Q26 bookbinder | commissions | How many jobs are on the bench right now?
SELECT count(*) AS on_bench FROM bookbinder.commissions WHERE status_cd IN ('WIP', 'PRS');

-- Q27 bookbinder | commissions | Which jobs are late?
SELECT comm_no, item_desc, due_dt, status_cd FROM bookbinder.commissions WHERE due_dt < '2026-06-12' AND status_cd IN ('ACC', 'WIP', 'PRS');

-- Q28 bookbinder | suppliers | Who do we get Japanese tissue from?
SELECT supp_nm, email, lead_days FROM bookbinder.suppliers WHERE speciality ILIKE '%Japanese tissue%';

-- Q29 kiteschool | lessons | How many lessons have we lost to the weather this season?
SELECT count(*) AS weather_cxl FROM kiteschool.lessons WHERE status_cd = 'WX' AND lsn_dt >= '2026-04-01';

-- Q30 kiteschool | lesson_bookings,students,lessons | Who's booked in this weekend?
SELECT l.lsn_dt, l.start_tm, l.lsn_typ_cd, s.fnm, s.snm FROM kiteschool.lesson_bookings b JOIN kiteschool.lessons l ON l.lsn_no = b.lsn_ref JOIN kiteschool.students s ON s.stu_no = b.stu_ref WHERE l.lsn_dt BETWEEN '2026-06-13' AND '2026-06-14';

-- Q31 kiteschool | instructors | Whose first aid is about to run out?
SELECT ins_nm, first_aid_exp FROM kiteschool.instructors WHERE first_aid_exp <= '2026-07-31' AND leave_dt IS NULL;

-- Q32 kiteschool | vouchers | Have any gift vouchers expired without being used?
SELECT vch_cd, buyer_nm, amt, exp_dt FROM kiteschool.vouchers WHERE exp_dt < '2026-06-12' AND redeemed_dt IS NULL;

-- Q33 kiteschool | kit | What kit's away being repaired?
SELECT kit_no, kit_typ_cd, make, model, size_cd FROM kiteschool.kit WHERE cond_cd = 'REP';

-- Q34 kiteschool | kit_hires,kit,students | Who's got hire kit out at the moment?
SELECT s.fnm, s.snm, k.kit_typ_cd, k.make, k.model, h.due_ts FROM kiteschool.kit_hires h JOIN kiteschool.kit k ON k.kit_no = h.kit_ref JOIN kiteschool.students s ON s.stu_no = h.stu_ref WHERE h.ret_ts IS NULL;

-- Q35 kiteschool | kit_repairs,kit | How much have we spent fixing kites this year?
SELECT sum(r.cost) AS spent FROM kiteschool.kit_repairs r JOIN kiteschool.kit k ON k.kit_no = r.kit_ref WHERE k.kit_typ_cd = 'KITE' AND r.rep_dt >= '2026-01-01';

-- Q36 kiteschool | incidents | How many times has the RIB had to go and pick someone up this year?
SELECT count(*) AS rescues FROM kiteschool.incidents WHERE typ_cd = 'RESC' AND inc_dt >= '2026-01-01';

-- Q37 kiteschool | students | Who's reached independent level?
SELECT fnm, snm, iko_card_no FROM kiteschool.students WHERE lvl_cd = 'L3';

-- Q38 kiteschool | lesson_bookings,students | Who hasn't paid for their lesson in full?
SELECT s.fnm, s.snm, b.lsn_ref, b.price, b.paid_amt FROM kiteschool.lesson_bookings b JOIN kiteschool.students s ON s.stu_no = b.stu_ref WHERE b.paid_amt < b.price AND b.vch_ref IS NULL;

-- Q39 kiteschool | staff_rota,instructors | Who's on the rescue boat on Sunday?
SELECT i.ins_nm, i.mobile FROM kiteschool.staff_rota r JOIN kiteschool.instructors i ON i.ins_cd = r.ins_ref WHERE r.rota_dt = '2026-06-14' AND r.duty_cd = 'RIB';

-- Q40 kiteschool | shop_sales | What did the shop take in May?
SELECT sum(amt) AS takings FROM kiteschool.shop_sales WHERE sale_dt BETWEEN '2026-05-01' AND '2026-05-31';

-- Q41 kiteschool | lessons,instructors | How many lessons has each instructor actually taught?
SELECT i.ins_nm, count(*) AS taught FROM kiteschool.lessons l JOIN kiteschool.instructors i ON i.ins_cd = l.ins_ref WHERE l.status_cd = 'DONE' GROUP BY i.ins_nm;

-- Q42 kiteschool | students | Which students haven't ticked that they can swim?
SELECT fnm, snm, tel FROM kiteschool.students WHERE swim_ok_yn = 'N';

-- Q43 hotsauce | batches | Which batches are waiting on a pH test?
SELECT batch_no, prod_ref, btl_dt, btl_qty FROM hotsauce.batches WHERE status_cd = 'QA';

-- Q44 hotsauce | batches,products | Have we had to bin any batches, and which sauce was it?
SELECT b.batch_no, p.prod_nm, b.ph, b.btl_qty FROM hotsauce.batches b JOIN hotsauce.products p ON p.prod_cd = b.prod_ref WHERE b.status_cd = 'DST';

-- Q45 hotsauce | accounts | Who's on stop?
SELECT acct_nm, contact_nm, tel FROM hotsauce.accounts WHERE status_cd = 'STOP';

-- Q46 hotsauce | invoices,accounts | Which shops are late paying us?
SELECT a.acct_nm, i.inv_no, i.due_dt, i.amt - coalesce(i.paid_amt, 0) AS owed FROM hotsauce.invoices i JOIN hotsauce.accounts a ON a.acct_no = i.acct_ref WHERE coalesce(i.paid_amt, 0) < i.amt AND i.due_dt < '2026-06-12';

-- Q47 hotsauce | ingredients | Are we running low on bottles or caps?
SELECT ing_cd, ing_nm, qty_on_hand, reorder_lvl FROM hotsauce.ingredients WHERE cat_cd = 'PACK' AND qty_on_hand <= reorder_lvl;

-- Q48 hotsauce | ingredients,suppliers | Where do we get our Carolina Reapers from?
SELECT s.sup_nm, s.email, s.lead_days FROM hotsauce.ingredients i JOIN hotsauce.suppliers s ON s.sup_no = i.sup_ref WHERE i.ing_nm ILIKE '%Carolina Reaper%';

-- Q49 hotsauce | market_days,markets | Which market makes us the most money once the pitch is paid?
SELECT m.mkt_nm, sum(d.takings_cash + d.takings_card - m.pitch_fee) AS net FROM hotsauce.market_days d JOIN hotsauce.markets m ON m.mkt_cd = d.mkt_ref GROUP BY m.mkt_nm ORDER BY net DESC;

-- Q50 hotsauce | so_lines,products | What's our best seller to the trade?
SELECT p.prod_nm, sum(l.cases * p.per_case) AS bottles FROM hotsauce.so_lines l JOIN hotsauce.products p ON p.prod_cd = l.prod_ref GROUP BY p.prod_nm ORDER BY bottles DESC;

-- Q51 hotsauce | sales_orders,accounts | What orders still need to go out?
SELECT o.so_no, a.acct_nm, o.req_dt, o.courier_cd, o.status_cd FROM hotsauce.sales_orders o JOIN hotsauce.accounts a ON a.acct_no = o.acct_ref WHERE o.status_cd IN ('NEW', 'PACK') ORDER BY o.req_dt;

-- Q52 hotsauce | products | What's the hottest sauce we make?
SELECT prod_nm, heat_lvl, shu_est FROM hotsauce.products WHERE active_yn = 'Y' ORDER BY shu_est DESC LIMIT 1;

-- Q53 hotsauce | crew | Who still needs their food hygiene certificate?
SELECT crew_nm, role_cd, start_dt FROM hotsauce.crew WHERE hyg_lvl IS NULL AND leave_dt IS NULL;

-- Q54 hotsauce | batches | What's fermenting at the moment?
SELECT batch_no, prod_ref, brew_dt FROM hotsauce.batches WHERE status_cd = 'FERM';

-- Q55 hotsauce | market_days | How much did we take on the stalls in May?
SELECT sum(takings_cash + takings_card) AS takings FROM hotsauce.market_days WHERE mkt_dt BETWEEN '2026-05-01' AND '2026-05-31';

-- Q56 hotsauce | sales_orders,accounts | How much has West Country Fine Foods ordered from us this year?
SELECT sum(o.net_amt) AS ordered FROM hotsauce.sales_orders o JOIN hotsauce.accounts a ON a.acct_no = o.acct_ref WHERE a.acct_nm = 'West Country Fine Foods' AND o.ord_dt >= '2026-01-01' AND o.status_cd <> 'CXL';

-- Q57 hotsauce | ingredients | Which of our ingredients have mustard in them?
SELECT ing_cd, ing_nm FROM hotsauce.ingredients WHERE allergen_cd = 'MUS';

-- Q58 chandlery | items | Which antifoulings are getting low?
SELECT sku, descr, on_hand, min_qty FROM chandlery.items WHERE dept_cd = 'PAINT' AND descr ILIKE '%antifoul%' AND on_hand <= min_qty;

-- Q59 chandlery | items | Have we got any offshore flares in?
SELECT sku, descr, on_hand, bin_loc FROM chandlery.items WHERE descr ILIKE '%flare%';

-- Q60 chandlery | rigging_jobs,customers | Which rigging jobs are held up waiting for parts?
SELECT r.job_no, r.boat_nm, c.fnm, c.snm, c.tel, r.due_dt FROM chandlery.rigging_jobs r JOIN chandlery.customers c ON c.cust_id = r.cust_ref WHERE r.status_cd = 'WAIT';

-- Q61 chandlery | liferaft_services,customers | Whose liferafts are away being serviced?
SELECT c.fnm, c.snm, c.boat_nm, l.raft_make, l.sent_dt, l.svc_agent FROM chandlery.liferaft_services l JOIN chandlery.customers c ON c.cust_id = l.cust_ref WHERE l.sent_dt IS NOT NULL AND l.back_dt IS NULL;

-- Q62 chandlery | liferaft_services | Which liferafts are due a service in the next month and haven't gone off yet?
SELECT svc_no, cust_ref, raft_make, raft_serial, svc_due_dt FROM chandlery.liferaft_services WHERE svc_due_dt <= '2026-07-12' AND sent_dt IS NULL;

-- Q63 chandlery | account_ledger,customers | What's the balance on each trade account?
SELECT c.fnm, c.snm, sum(l.amt) AS balance FROM chandlery.account_ledger l JOIN chandlery.customers c ON c.cust_id = l.cust_ref GROUP BY c.fnm, c.snm ORDER BY balance DESC;

-- Q64 chandlery | purchase_orders,suppliers | Which deliveries from suppliers are overdue?
SELECT p.po_no, s.supp_nm, p.po_dt, p.due_dt FROM chandlery.purchase_orders p JOIN chandlery.suppliers s ON s.supp_id = p.supp_ref WHERE p.recv_dt IS NULL AND p.status_cd = 'OPEN' AND p.due_dt < '2026-06-12';

-- Q65 chandlery | po_lines,items | What are we still waiting to come in on orders?
SELECT l.po_ref, i.sku, i.descr, l.qty_ord - l.qty_recv AS to_come FROM chandlery.po_lines l JOIN chandlery.items i ON i.sku = l.sku_ref WHERE l.qty_recv < l.qty_ord;

-- Q66 chandlery | sales | What did the tills take on Saturday 6 June?
SELECT till_cd, sum(tot_amt) AS takings FROM chandlery.sales WHERE sale_ts >= '2026-06-06' AND sale_ts < '2026-06-07' AND status_cd = 'OK' GROUP BY till_cd;

-- Q67 chandlery | sale_lines,sales,items | Which department has sold the most this year?
SELECT i.dept_cd, sum(l.qty * l.unit_price - l.disc_amt) AS sold FROM chandlery.sale_lines l JOIN chandlery.sales s ON s.sale_no = l.sale_ref JOIN chandlery.items i ON i.sku = l.sku_ref WHERE s.status_cd = 'OK' AND s.sale_ts >= '2026-01-01' GROUP BY i.dept_cd ORDER BY sold DESC;

-- Q68 chandlery | staff | Which of the staff are Yachtmasters?
SELECT emp_nm, rya_qual FROM chandlery.staff WHERE rya_qual ILIKE 'Yachtmaster%' AND leave_dt IS NULL;

-- Q69 chandlery | customers | How many of our customers are in the Royal Cornwall?
SELECT count(*) AS members FROM chandlery.customers WHERE club_cd = 'RCYC';

-- Q70 chandlery | sales | Any refunds or voids last month?
SELECT sale_no, sale_ts, till_cd, tot_amt, status_cd FROM chandlery.sales WHERE status_cd IN ('VOID', 'RTN') AND sale_ts >= '2026-05-01' AND sale_ts < '2026-06-01';

-- Q71 chandlery | rigging_jobs,staff | How much rigging work has Rick finished this year?
SELECT count(*) AS jobs, sum(r.final_amt) AS value FROM chandlery.rigging_jobs r JOIN chandlery.staff s ON s.emp_no = r.rigger_ref WHERE s.emp_nm = 'Rick Jago' AND r.done_dt >= '2026-01-01';

-- Q72 mobilevet | farms | Which farms are under TB restrictions?
SELECT farm_nm, owner_nm, tb_status_cd FROM mobilevet.farms WHERE tb_status_cd IN ('OTFS', 'OTFW');

-- Q73 mobilevet | tb_tests,farms | Which TB tests still need reading?
SELECT f.farm_nm, t.test_typ_cd, t.inject_dt, t.vet_ref FROM mobilevet.tb_tests t JOIN mobilevet.farms f ON f.farm_no = t.farm_ref WHERE t.read_dt IS NULL;

-- Q74 mobilevet | tb_tests | Have we read any TB tests and not sent the results to APHA?
SELECT test_no, farm_ref, read_dt, result_cd FROM mobilevet.tb_tests WHERE read_dt IS NOT NULL AND apha_sub_dt IS NULL;

-- Q75 mobilevet | visits | How many out-of-hours calls have we had this month?
SELECT count(*) AS ooh_calls FROM mobilevet.visits WHERE ooh_yn = 'Y' AND visit_dt >= '2026-06-01' AND status_cd = 'DONE';

-- Q76 mobilevet | visits,farms,vets | Who went out to the calving at Bleathwood?
SELECT v.visit_dt, v.arr_tm, e.vet_nm, v.notes FROM mobilevet.visits v JOIN mobilevet.farms f ON f.farm_no = v.farm_ref JOIN mobilevet.vets e ON e.vet_cd = v.vet_ref WHERE f.farm_nm = 'Bleathwood Manor' AND v.visit_cd = 'CALV';

-- Q77 mobilevet | treatments,visits,farms | Which animals are still within their meat withdrawal, and on which farms?
SELECT f.farm_nm, t.animal_id, t.med_ref, t.meat_wd_dt FROM mobilevet.treatments t JOIN mobilevet.visits v ON v.visit_no = t.visit_ref JOIN mobilevet.farms f ON f.farm_no = v.farm_ref WHERE t.meat_wd_dt > '2026-06-12';

-- Q78 mobilevet | medicines | What do we need to order from the wholesaler?
SELECT med_cd, med_nm, on_hand, reorder_lvl, whs_ref FROM mobilevet.medicines WHERE on_hand <= reorder_lvl;

-- Q79 mobilevet | car_stock | Is anything out of date in the cars?
SELECT car_reg, med_ref, qty, exp_dt FROM mobilevet.car_stock WHERE exp_dt < '2026-06-12';

-- Q80 mobilevet | medicines | Which controlled drugs do we keep?
SELECT med_cd, med_nm, on_hand FROM mobilevet.medicines WHERE cd_yn = 'Y';

-- Q81 mobilevet | invoices,farms | Which farms haven't paid their April bill?
SELECT f.farm_nm, i.inv_no, i.tot_amt, i.status_cd FROM mobilevet.invoices i JOIN mobilevet.farms f ON f.farm_no = i.farm_ref WHERE i.inv_dt BETWEEN '2026-04-01' AND '2026-04-30' AND i.status_cd <> 'PAID';

-- Q82 mobilevet | payments | How much have we had in by BACS since the start of May?
SELECT sum(amt) AS bacs FROM mobilevet.payments WHERE method_cd = 'BACS' AND pay_dt >= '2026-05-01';

-- Q83 mobilevet | oncall_rota,vets | Who's first on call this weekend?
SELECT r.rota_dt, v.vet_nm, v.mobile FROM mobilevet.oncall_rota r JOIN mobilevet.vets v ON v.vet_cd = r.vet_ref WHERE r.shift_cd = 'OC1' AND r.rota_dt BETWEEN '2026-06-13' AND '2026-06-14';

-- Q84 mobilevet | lab_samples | Which lab results haven't come back yet?
SELECT smp_no, visit_ref, lab_cd, smp_typ_cd, sent_dt FROM mobilevet.lab_samples WHERE result_dt IS NULL;

-- Q85 mobilevet | vets | Which of the vets can do TB testing?
SELECT vet_nm, rcvs_no FROM mobilevet.vets WHERE ov_tb_yn = 'Y' AND leave_dt IS NULL;

-- Q86 mobilevet | invoices,payments | What's still owed on each unpaid invoice?
SELECT i.inv_no, i.farm_ref, i.tot_amt - coalesce(sum(p.amt), 0) AS owed FROM mobilevet.invoices i LEFT JOIN mobilevet.payments p ON p.inv_ref = i.inv_no WHERE i.status_cd IN ('OPEN', 'PART', 'DISP') GROUP BY i.inv_no, i.farm_ref, i.tot_amt;

-- Q87 soundhire | equipment | What's overdue its PAT test?
SELECT asset_no, make, model, pat_due_dt, status_cd FROM soundhire.equipment WHERE pat_due_dt < '2026-06-12' AND status_cd NOT IN ('LOST', 'SOLD');

-- Q88 soundhire | hires,clients | What's going out in the next week, and who to?
SELECT h.hire_no, h.event_nm, c.client_nm, h.out_dt, h.deliv_yn FROM soundhire.hires h JOIN soundhire.clients c ON c.client_id = h.client_ref WHERE h.out_dt BETWEEN '2026-06-12' AND '2026-06-19' AND h.status_cd IN ('CONF', 'OUT');

-- Q89 soundhire | hires | Which hires came back late?
SELECT hire_no, event_nm, ret_dt, ret_actual_dt FROM soundhire.hires WHERE ret_actual_dt > ret_dt;

-- Q90 soundhire | damage_reports | How much damage have we swallowed rather than charged?
SELECT sum(repair_cost) AS not_charged FROM soundhire.damage_reports WHERE charged_yn = 'N';

-- Q91 soundhire | hire_items,equipment,hires | What kit is out at St Chad's?
SELECT e.asset_no, e.make, e.model FROM soundhire.hire_items i JOIN soundhire.equipment e ON e.asset_no = i.asset_ref JOIN soundhire.hires h ON h.hire_no = i.hire_ref WHERE h.venue_txt ILIKE '%St Chad%';

-- Q92 soundhire | clients | Who are we not hiring to any more?
SELECT client_nm, contact, tel FROM soundhire.clients WHERE blacklist_yn = 'Y';

-- Q93 soundhire | vans | When are the vans due their MOT?
SELECT van_reg, make_model, mot_due_dt FROM soundhire.vans WHERE status_cd <> 'SORN' ORDER BY mot_due_dt;

-- Q94 soundhire | crew_calls,engineers,hires | How much will the freelancers cost us on the Tech Summit?
SELECT e.eng_nm, c.fee FROM soundhire.crew_calls c JOIN soundhire.engineers e ON e.eng_cd = c.eng_ref JOIN soundhire.hires h ON h.hire_no = c.hire_ref WHERE h.event_nm ILIKE '%Tech Summit%' AND e.freelance_yn = 'Y';

-- Q95 soundhire | invoices,clients | Who hasn't paid?
SELECT c.client_nm, i.inv_no, i.due_dt, i.hire_amt + i.dmg_chg_amt - coalesce(i.paid_amt, 0) AS owed FROM soundhire.invoices i JOIN soundhire.clients c ON c.client_id = i.client_ref WHERE coalesce(i.paid_amt, 0) < i.hire_amt + i.dmg_chg_amt;

-- Q96 soundhire | equipment | How many radio mic kits have we got free?
SELECT count(*) AS rf_free FROM soundhire.equipment WHERE cat_cd = 'RF' AND status_cd = 'AVL';

-- Q97 soundhire | hire_items,equipment | Which bits of kit go out on hire the most?
SELECT e.asset_no, e.make, e.model, count(*) AS hires FROM soundhire.hire_items i JOIN soundhire.equipment e ON e.asset_no = i.asset_ref GROUP BY e.asset_no, e.make, e.model ORDER BY hires DESC;

-- Q98 soundhire | engineers | Which of the crew can drive the 7.5 tonne truck?
SELECT eng_nm, mobile FROM soundhire.engineers WHERE lic_cd = 'C1' AND leave_dt IS NULL;

-- Q99 soundhire | deliveries | How many delivery miles have we done this month?
SELECT sum(miles) AS miles FROM soundhire.deliveries WHERE del_dt >= '2026-06-01';

-- Q100 soundhire | hires | Any quotes still waiting for a yes?
SELECT hire_no, client_ref, event_nm, out_dt, quote_amt FROM soundhire.hires WHERE status_cd = 'QUOTE';
