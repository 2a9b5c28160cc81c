-- Verification SQL for heldout23/questions.tsv (held-out 23: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the seven heldout23 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 vegbox | payments,subscribers | Whose direct debit bounced this month?
SELECT s.fnm, s.snm, s.email, s.tel, p.amt, p.pay_dt FROM vegbox.payments p JOIN vegbox.subscribers s ON s.sub_no = p.sub_ref WHERE p.status_cd = 'FAIL' AND p.method_cd = 'DD' AND p.pay_dt >= DATE '2026-07-01';

-- Q02 vegbox | subscribers | Who's on a holiday pause at the moment, and when do they start again?
SELECT fnm, snm, village, paused_until FROM vegbox.subscribers WHERE status_cd = 'PAU' AND paused_until >= DATE '2026-07-14' ORDER BY paused_until;

-- Q03 vegbox | drop_points | Which of the drop points keep the boxes in a fridge?
SELECT drop_nm, village, host_nm, tel FROM vegbox.drop_points WHERE chill_yn = 'Y';

-- Q04 vegbox | subscribers | How many of our active customers pick their box up from a drop point instead of having it delivered?
SELECT count(*) AS at_drop_points FROM vegbox.subscribers WHERE drop_ref IS NOT NULL AND status_cd IN ('ACT', 'TRI');

-- Q05 vegbox | deliveries | How many boxes got missed off the rounds in the last month?
SELECT count(*) AS missed FROM vegbox.deliveries WHERE status_cd = 'MISS' AND dlv_dt >= DATE '2026-06-14';

-- Q06 vegbox | box_contents,produce,box_types | What's going in the medium veg box this week?
SELECT p.prod_nm, c.qty, p.unit FROM vegbox.box_contents c JOIN vegbox.produce p ON p.prod_cd = c.prod_ref JOIN vegbox.box_types b ON b.box_cd = c.box_ref WHERE b.box_nm = 'Medium veg box' AND c.wk_start = DATE '2026-07-13';

-- Q07 vegbox | growers | Whose organic certificate runs out in the next couple of months?
SELECT grw_nm, farm, sa_cert_no, cert_exp FROM vegbox.growers WHERE cert_exp BETWEEN DATE '2026-07-14' AND DATE '2026-09-14' ORDER BY cert_exp;

-- Q08 vegbox | produce | What have we run out of?
SELECT prod_cd, prod_nm, grw_ref FROM vegbox.produce WHERE stock_qty <= 0;

-- Q09 vegbox | shifts,workers | Who's packing on Wednesday night?
SELECT w.wkr_nm, s.start_tm, s.end_tm FROM vegbox.shifts s JOIN vegbox.workers w ON w.wkr_no = s.wkr_ref WHERE s.task_cd = 'PACK' AND s.shft_dt = DATE '2026-07-15';

-- Q10 vegbox | subscribers | Which customers have told us they don't want beetroot?
SELECT fnm, snm, dislikes, status_cd FROM vegbox.subscribers WHERE dislikes ILIKE '%beetroot%';

-- Q11 vegbox | produce,growers | What are we getting from the Evesham co-op at the moment?
SELECT p.prod_nm, p.stock_qty, p.unit, p.cost FROM vegbox.produce p JOIN vegbox.growers g ON g.grw_cd = p.grw_ref WHERE g.grw_nm ILIKE '%Evesham%';

-- Q12 vegbox | deliveries,subscribers,rounds | Whose boxes went out on the Tuesday valleys round today?
SELECT s.fnm, s.snm, s.village, d.box_ref, d.status_cd FROM vegbox.deliveries d JOIN vegbox.subscribers s ON s.sub_no = d.sub_ref JOIN vegbox.rounds r ON r.rnd_cd = d.rnd_ref WHERE r.rnd_nm = 'Tuesday valleys' AND d.dlv_dt = DATE '2026-07-14';

-- Q13 vegbox | box_types | What do we charge for each box now?
SELECT box_nm, price FROM vegbox.box_types WHERE active_yn = 'Y' ORDER BY price;

-- Q14 vegbox | deliveries | How much did we take in extras like eggs and bread last week?
SELECT sum(extras_amt) AS extras FROM vegbox.deliveries WHERE dlv_dt BETWEEN DATE '2026-07-06' AND DATE '2026-07-12' AND status_cd <> 'SKIP';

-- Q15 modelrail | pre_orders,customers,products | Who's put a deposit down on the new Class 92?
SELECT c.fnm, c.snm, c.email, o.qty, o.dep_amt, o.exp_qtr FROM modelrail.pre_orders o JOIN modelrail.customers c ON c.cust_no = o.cust_ref JOIN modelrail.products p ON p.cat_no = o.cat_ref WHERE p.descr ILIKE '%Class 92%' AND o.status_cd = 'WAIT';

-- Q16 modelrail | products | Which locos have we sold out of?
SELECT cat_no, descr, scale_cd, disc_yn FROM modelrail.products WHERE cat_cd = 'LOCO' AND qty_on_hand = 0 AND preowned_yn = 'N';

-- Q17 modelrail | products | Have we got anything in BR blue?
SELECT cat_no, descr, livery, our_price, qty_on_hand FROM modelrail.products WHERE livery ILIKE '%BR%blue%' AND qty_on_hand > 0;

-- Q18 modelrail | stock_orders,manufacturers | Which of our stock orders are overdue, and who from?
SELECT m.mfr_nm, m.rep_tel, s.so_no, s.so_dt, s.due_dt FROM modelrail.stock_orders s JOIN modelrail.manufacturers m ON m.mfr_cd = s.mfr_ref WHERE s.status_cd IN ('OPEN', 'PART') AND s.recv_dt IS NULL AND s.due_dt < DATE '2026-07-14';

-- Q19 modelrail | dcc_jobs | How many DCC jobs are still on the bench?
SELECT count(*) AS on_bench FROM modelrail.dcc_jobs WHERE status_cd IN ('IN', 'WIP', 'TEST');

-- Q20 modelrail | dcc_jobs,customers | Whose locos are ready to go back after their decoder fitting?
SELECT c.fnm, c.snm, c.tel, d.loco_desc, d.labour_amt + d.parts_amt AS to_pay FROM modelrail.dcc_jobs d JOIN modelrail.customers c ON c.cust_no = d.cust_ref WHERE d.status_cd = 'RDY';

-- Q21 modelrail | orders | How much have we done on eBay this month?
SELECT sum(tot_amt) AS ebay_sales FROM modelrail.orders WHERE chan_cd = 'EBAY' AND ord_dt >= DATE '2026-07-01' AND status_cd NOT IN ('CXL', 'RTN');

-- Q22 modelrail | orders | Which orders are stuck waiting for stock?
SELECT ord_no, cust_ref, ord_dt, tot_amt FROM modelrail.orders WHERE status_cd = 'HOLD';

-- Q23 modelrail | customers,clubs | How many of our customers come from each of the clubs?
SELECT k.club_nm, count(c.cust_no) AS customers FROM modelrail.clubs k LEFT JOIN modelrail.customers c ON c.club_ref = k.club_cd GROUP BY k.club_nm ORDER BY customers DESC;

-- Q24 modelrail | exhibitions | What shows have we got coming up, and what's the stand costing us?
SELECT exh_nm, town, exh_dt, stand_fee FROM modelrail.exhibitions WHERE status_cd = 'BKD' AND exh_dt >= DATE '2026-07-14' ORDER BY exh_dt;

-- Q25 modelrail | trade_ins | What second-hand stuff have people brought in that we haven't made our minds up about?
SELECT ti_no, cust_ref, descr, cond_cd, offer_amt FROM modelrail.trade_ins WHERE accepted_yn IS NULL;

-- Q26 modelrail | order_items,orders,products | What have been our best sellers this month?
SELECT p.descr, sum(i.qty) AS sold FROM modelrail.order_items i JOIN modelrail.orders o ON o.ord_no = i.ord_ref JOIN modelrail.products p ON p.cat_no = i.cat_ref WHERE o.ord_dt >= DATE '2026-07-01' AND o.status_cd NOT IN ('CXL', 'RTN') GROUP BY p.descr ORDER BY sold DESC;

-- Q27 modelrail | staff | Who in the shop can fit a sound chip?
SELECT stf_nm, role_cd, tel FROM modelrail.staff WHERE dcc_yn = 'Y' AND leave_dt IS NULL;

-- Q28 modelrail | manufacturers | Who's our Bachmann rep and what's their number?
SELECT rep_nm, rep_tel, acct_no FROM modelrail.manufacturers WHERE mfr_nm ILIKE 'Bachmann%';

-- Q29 modelrail | customers | Which customers have got enough points for a voucher?
SELECT fnm, snm, email, loyalty_pts FROM modelrail.customers WHERE loyalty_pts >= 500 ORDER BY loyalty_pts DESC;

-- Q30 drivingrange | bays | Which bays are out of use, and what's wrong with them?
SELECT bay_no, tier_cd, note FROM drivingrange.bays WHERE out_of_use_yn = 'Y';

-- Q31 drivingrange | lessons,staff | What lessons has Gemma got this week?
SELECT l.les_dt, l.start_tm, l.mins, l.les_typ, l.pupil_nm FROM drivingrange.lessons l JOIN drivingrange.staff s ON s.emp_no = l.pro_ref WHERE s.emp_nm ILIKE 'Gemma%' AND l.les_dt BETWEEN DATE '2026-07-13' AND DATE '2026-07-19' AND l.status_cd = 'BKD' ORDER BY l.les_dt, l.start_tm;

-- Q32 drivingrange | members | Whose membership has lapsed?
SELECT fnm, snm, email, renew_dt FROM drivingrange.members WHERE status_cd = 'LAP' OR renew_dt < DATE '2026-07-14';

-- Q33 drivingrange | shop_items | Have we got any left-handed drivers in stock?
SELECT sku, item_nm, price, qty FROM drivingrange.shop_items WHERE cat_cd = 'DRV' AND hand_cd = 'L' AND qty > 0;

-- Q34 drivingrange | shop_items,suppliers | What do we need to reorder from Titleist?
SELECT i.sku, i.item_nm, i.qty, i.reorder_lvl FROM drivingrange.shop_items i JOIN drivingrange.suppliers s ON s.supp_cd = i.supp_ref WHERE s.supp_nm ILIKE '%Titleist%' AND i.qty <= i.reorder_lvl;

-- Q35 drivingrange | club_repairs | What's ready for collection in the workshop?
SELECT rep_no, cust_nm, tel, item_desc, price, done_dt FROM drivingrange.club_repairs WHERE status_cd = 'RDY';

-- Q36 drivingrange | bay_sessions | How many balls did we get through last weekend?
SELECT sum(balls) AS balls FROM drivingrange.bay_sessions WHERE start_ts >= TIMESTAMP '2026-07-11' AND start_ts < TIMESTAMP '2026-07-13';

-- Q37 drivingrange | bay_sessions,bays | Do the Toptracer bays take more money than the ordinary ones?
SELECT b.tracer_yn, count(*) AS sessions, sum(s.amt) AS takings, avg(s.amt) AS avg_per_session FROM drivingrange.bay_sessions s JOIN drivingrange.bays b ON b.bay_no = s.bay_ref GROUP BY b.tracer_yn;

-- Q38 drivingrange | rota,staff | Who's in on Saturday, and where are they working?
SELECT s.emp_nm, r.start_tm, r.end_tm, r.area_cd FROM drivingrange.rota r JOIN drivingrange.staff s ON s.emp_no = r.emp_ref WHERE r.wk_dt = DATE '2026-07-18' ORDER BY r.start_tm;

-- Q39 drivingrange | gift_vouchers | Which gift vouchers run out soon with money still left on them?
SELECT vch_no, buyer_nm, bal_amt, exp_dt FROM drivingrange.gift_vouchers WHERE bal_amt > 0 AND exp_dt BETWEEN DATE '2026-07-14' AND DATE '2026-09-14' ORDER BY exp_dt;

-- Q40 drivingrange | ball_pickups | How many balls are we losing a night?
SELECT avg(balls_lost) AS avg_lost_per_night, sum(balls_lost) AS total_lost FROM drivingrange.ball_pickups;

-- Q41 drivingrange | shop_sales,shop_items | What sold best in the pro shop last weekend?
SELECT i.item_nm, sum(s.qty) AS qty, sum(s.amt) AS takings FROM drivingrange.shop_sales s JOIN drivingrange.shop_items i ON i.sku = s.sku_ref WHERE s.sale_ts >= TIMESTAMP '2026-07-11' AND s.sale_ts < TIMESTAMP '2026-07-13' GROUP BY i.item_nm ORDER BY qty DESC;

-- Q42 drivingrange | lessons | How many lessons have people not turned up for this month?
SELECT count(*) AS no_shows FROM drivingrange.lessons WHERE status_cd = 'NS' AND les_dt >= DATE '2026-07-01';

-- Q43 drivingrange | shop_sales | How much did the shop take last weekend?
SELECT sum(amt) AS takings FROM drivingrange.shop_sales WHERE sale_ts >= TIMESTAMP '2026-07-11' AND sale_ts < TIMESTAMP '2026-07-13';

-- Q44 upholstery | invoices,clients | Who still owes us?
SELECT coalesce(c.co_nm, c.fnm || ' ' || c.snm) AS client, c.tel, i.inv_no, i.inv_dt, i.due_dt, i.net_amt + i.vat_amt - i.dep_paid AS balance FROM upholstery.invoices i JOIN upholstery.clients c ON c.cli_no = i.cli_ref WHERE i.paid_dt IS NULL ORDER BY i.due_dt;

-- Q45 upholstery | jobs | Which jobs are held up waiting for fabric?
SELECT job_no, descr, fab_ref, due_dt FROM upholstery.jobs WHERE status_cd = 'WAITF';

-- Q46 upholstery | fabric_orders,mills | Which fabric orders are late from the mills?
SELECT m.mill_nm, m.tel, f.fo_no, f.fab_ref, f.metres, f.exp_dt, f.status_cd FROM upholstery.fabric_orders f JOIN upholstery.mills m ON m.mill_cd = f.mill_ref WHERE f.recv_dt IS NULL AND f.status_cd IN ('ORD', 'BO') AND f.exp_dt < DATE '2026-07-14';

-- Q47 upholstery | consumables | What are we getting low on?
SELECT item_nm, qty, unit, reorder_lvl, supp_nm FROM upholstery.consumables WHERE qty <= reorder_lvl;

-- Q48 upholstery | fabrics | Which of our fabrics are hard-wearing enough for a hotel or pub?
SELECT fab_nm, colourway, rubs, fr_yn, price_m FROM upholstery.fabrics WHERE rubs >= 40000;

-- Q49 upholstery | jobs,upholsterers | How many jobs has each upholsterer got on at the moment?
SELECT u.uph_nm, count(*) AS jobs FROM upholstery.jobs j JOIN upholstery.upholsterers u ON u.uph_cd = j.uph_ref WHERE j.status_cd IN ('WAITF', 'QUE', 'WIP') GROUP BY u.uph_nm ORDER BY jobs DESC;

-- Q50 upholstery | timesheets,jobs | How many hours have gone into the Howard sofa so far?
SELECT sum(t.hrs) AS hours FROM upholstery.timesheets t JOIN upholstery.jobs j ON j.job_no = t.job_ref WHERE j.descr ILIKE '%Howard%';

-- Q51 upholstery | jobs | Which jobs have gone past the date we promised them?
SELECT job_no, cli_ref, descr, due_dt, status_cd FROM upholstery.jobs WHERE due_dt < DATE '2026-07-14' AND done_dt IS NULL AND status_cd NOT IN ('QTE', 'DEC');

-- Q52 upholstery | make_ups,clients | What curtains and blinds are we fitting in the next fortnight, and for whom?
SELECT m.fit_dt, m.typ_cd, m.room, coalesce(c.co_nm, c.fnm || ' ' || c.snm) AS client, c.town FROM upholstery.make_ups m JOIN upholstery.clients c ON c.cli_no = m.cli_ref WHERE m.fit_dt BETWEEN DATE '2026-07-14' AND DATE '2026-07-28' AND m.status_cd NOT IN ('FIT', 'CXL') ORDER BY m.fit_dt;

-- Q53 upholstery | collections,jobs,clients | What's the van picking up or dropping off this week?
SELECT v.sched_dt, v.coll_typ, j.descr, coalesce(c.co_nm, c.fnm || ' ' || c.snm) AS client, v.town, v.two_man_yn FROM upholstery.collections v JOIN upholstery.jobs j ON j.job_no = v.job_ref JOIN upholstery.clients c ON c.cli_no = j.cli_ref WHERE v.sched_dt BETWEEN DATE '2026-07-13' AND DATE '2026-07-19' AND v.done_yn = 'N' ORDER BY v.sched_dt;

-- Q54 upholstery | jobs | Which quotes are we still waiting to hear back on?
SELECT job_no, cli_ref, descr, quote_amt, quote_dt FROM upholstery.jobs WHERE status_cd = 'QTE';

-- Q55 upholstery | clients | Which interior designers do we work with?
SELECT co_nm, fnm, snm, tel, email, trade_disc_pct FROM upholstery.clients WHERE cli_typ = 'DES';

-- Q56 upholstery | jobs | Which jobs are being done in the customer's own fabric?
SELECT job_no, descr, fab_m, status_cd FROM upholstery.jobs WHERE cof_yn = 'Y';

-- Q57 upholstery | upholsterers | Who here is a member of the master upholsterers' association?
SELECT uph_nm, grade_cd FROM upholstery.upholsterers WHERE amuc_yn = 'Y' AND leave_dt IS NULL;

-- Q58 treenursery | stock_lots,species | How much hawthorn have we got that isn't already spoken for?
SELECT s.lot_no, s.grade_cd, s.form_cd, s.qty_avail - s.qty_alloc AS free_qty FROM treenursery.stock_lots s JOIN treenursery.species p ON p.sp_cd = s.sp_ref WHERE p.common_nm = 'Hawthorn' AND s.qty_avail > s.qty_alloc;

-- Q59 treenursery | customers | Which accounts are on stop?
SELECT acct_no, acct_nm, contact, tel FROM treenursery.customers WHERE on_stop_yn = 'Y';

-- Q60 treenursery | invoices,customers | Which invoices are overdue, and who owes them?
SELECT c.acct_nm, c.tel, i.inv_no, i.inv_dt, i.due_dt, i.net_amt + i.vat_amt AS gross FROM treenursery.invoices i JOIN treenursery.customers c ON c.acct_no = i.acct_ref WHERE i.paid_dt IS NULL AND i.due_dt < DATE '2026-07-14' ORDER BY i.due_dt;

-- Q61 treenursery | orders | How many of this season's orders are paid for by Countryside Stewardship grants?
SELECT count(*) AS cs_orders, sum(tot_amt) AS value FROM treenursery.orders WHERE grant_ref LIKE 'CS-%' AND status_cd <> 'CXL';

-- Q62 treenursery | health_checks | Has the APHA inspector served us with any notices?
SELECT chk_dt, field_ref, lot_ref, pest_cd, action_txt FROM treenursery.health_checks WHERE inspector = 'APHA' AND result_cd = 'SNH';

-- Q63 treenursery | health_checks,stock_lots,species | What's had to be sprayed or stopped for pests or disease this summer, and what trees were they?
SELECT h.chk_dt, p.common_nm, h.lot_ref, h.pest_cd, h.result_cd, h.action_txt FROM treenursery.health_checks h JOIN treenursery.stock_lots s ON s.lot_no = h.lot_ref JOIN treenursery.species p ON p.sp_cd = s.sp_ref WHERE h.result_cd IN ('TRT', 'DES', 'SNH') AND h.chk_dt >= DATE '2026-05-01';

-- Q64 treenursery | orders | What orders have we got going out in November?
SELECT ord_no, acct_ref, lift_wk, dlv_dt, dlv_mtd, tot_amt FROM treenursery.orders WHERE dlv_dt >= DATE '2026-11-01' AND dlv_dt < DATE '2026-12-01' AND status_cd NOT IN ('CXL', 'QTE') ORDER BY dlv_dt;

-- Q65 treenursery | order_lines,orders,stock_lots,species | How many of each kind of tree have we promised on confirmed orders?
SELECT p.common_nm, sum(l.qty) AS promised FROM treenursery.order_lines l JOIN treenursery.orders o ON o.ord_no = l.ord_ref JOIN treenursery.stock_lots s ON s.lot_no = l.lot_ref JOIN treenursery.species p ON p.sp_cd = s.sp_ref WHERE o.status_cd = 'CONF' GROUP BY p.common_nm ORDER BY promised DESC;

-- Q66 treenursery | buy_ins,suppliers | What have we bought in from nurseries abroad?
SELECT s.supp_nm, s.country, b.sp_ref, b.grade_cd, b.qty, b.arr_dt FROM treenursery.buy_ins b JOIN treenursery.suppliers s ON s.supp_cd = b.supp_ref WHERE s.country <> 'UK';

-- Q67 treenursery | buy_ins | Is anything still in quarantine?
SELECT bi_no, sp_ref, qty, arr_dt, quar_end FROM treenursery.buy_ins WHERE quar_yn = 'Y' AND quar_end > DATE '2026-07-14';

-- Q68 treenursery | lifting_log | How many plants did we throw out at grading last winter?
SELECT sum(culls) AS culled, sum(qty) AS lifted FROM treenursery.lifting_log WHERE lift_dt BETWEEN DATE '2025-11-01' AND DATE '2026-03-31';

-- Q69 treenursery | workers | Who can drive the tractor?
SELECT wkr_nm, role_cd, tel FROM treenursery.workers WHERE tractor_yn = 'Y' AND (end_dt IS NULL OR end_dt > DATE '2026-07-14');

-- Q70 treenursery | stock_lots,fields | What's growing in Brook Field?
SELECT s.lot_no, s.sp_ref, s.grade_cd, s.qty_avail FROM treenursery.stock_lots s JOIN treenursery.fields f ON f.field_cd = s.field_ref WHERE f.field_nm = 'Brook Field';

-- Q71 treenursery | species | Which evergreens do we grow for hedging?
SELECT common_nm, latin_nm FROM treenursery.species WHERE evergreen_yn = 'Y' AND hedging_yn = 'Y';

-- Q72 treenursery | stock_lots | How many root-balled trees have we got available?
SELECT sum(qty_avail - qty_alloc) AS rootballed_free FROM treenursery.stock_lots WHERE form_cd = 'RB';

-- Q73 doggroom | appointments,dogs,owners | Who's booked in for tomorrow?
SELECT a.start_tm, d.dog_nm, d.breed, o.fnm, o.snm, o.addr1, o.parking_note, a.svc_ref, a.grm_ref FROM doggroom.appointments a JOIN doggroom.dogs d ON d.dog_no = a.dog_ref JOIN doggroom.owners o ON o.own_no = d.own_ref WHERE a.appt_dt = DATE '2026-07-15' AND a.status_cd = 'BKD' ORDER BY a.start_tm;

-- Q74 doggroom | products | What's running low?
SELECT prod_nm, qty, reorder_lvl, supp_ref FROM doggroom.products WHERE qty <= reorder_lvl;

-- Q75 doggroom | owners | Who owes us money?
SELECT fnm, snm, tel, acct_bal FROM doggroom.owners WHERE acct_bal > 0 ORDER BY acct_bal DESC;

-- Q76 doggroom | dogs | Which dogs have to be muzzled?
SELECT dog_nm, breed, temper_cd FROM doggroom.dogs WHERE muzzle_yn = 'Y' AND active_yn = 'Y';

-- Q77 doggroom | vans | When are the vans due their MOTs?
SELECT van_reg, van_nm, mot_due FROM doggroom.vans ORDER BY mot_due;

-- Q78 doggroom | groomers | Whose canine first aid is out of date or about to run out?
SELECT grm_nm, first_aid_exp FROM doggroom.groomers WHERE leave_dt IS NULL AND first_aid_exp < DATE '2026-08-14' ORDER BY first_aid_exp;

-- Q79 doggroom | incidents,appointments,dogs | Have any dogs reacted badly to the shampoo?
SELECT i.inc_dt, d.dog_nm, d.breed, i.descr, i.vet_yn, i.cost_amt FROM doggroom.incidents i JOIN doggroom.appointments a ON a.appt_no = i.appt_ref JOIN doggroom.dogs d ON d.dog_no = a.dog_ref WHERE i.inc_typ = 'SKIN';

-- Q80 doggroom | payments | How much did we get in tips in June?
SELECT sum(tip_amt) AS tips FROM doggroom.payments WHERE pay_dt >= DATE '2026-06-01' AND pay_dt < DATE '2026-07-01';

-- Q81 doggroom | appointments,groomers | How many grooms did each groomer do in June?
SELECT g.grm_nm, count(*) AS grooms FROM doggroom.appointments a JOIN doggroom.groomers g ON g.grm_cd = a.grm_ref WHERE a.status_cd = 'DONE' AND a.appt_dt >= DATE '2026-06-01' AND a.appt_dt < DATE '2026-07-01' GROUP BY g.grm_nm ORDER BY grooms DESC;

-- Q82 doggroom | rota,groomers | Who's out on Saturday, in which van and where?
SELECT g.grm_nm, r.van_ref, r.area_cd, r.start_tm, r.end_tm FROM doggroom.rota r JOIN doggroom.groomers g ON g.grm_cd = r.grm_ref WHERE r.rota_dt = DATE '2026-07-18';

-- Q83 doggroom | dogs,owners | Which dogs haven't been groomed for over two months, and how do I get hold of their owners?
SELECT d.dog_nm, d.breed, d.last_groom_dt, o.fnm, o.snm, o.tel FROM doggroom.dogs d JOIN doggroom.owners o ON o.own_no = d.own_ref WHERE d.active_yn = 'Y' AND d.last_groom_dt < DATE '2026-05-14' ORDER BY d.last_groom_dt;

-- Q84 doggroom | services | How much is a full groom for a big dog?
SELECT size_cd, price, mins FROM doggroom.services WHERE svc_cd = 'FULL' AND size_cd IN ('L', 'XL');

-- Q85 doggroom | appointments | How many no-shows and late cancellations have we had since May?
SELECT status_cd, count(*) AS n FROM doggroom.appointments WHERE status_cd IN ('NS', 'LATE') AND appt_dt >= DATE '2026-05-01' GROUP BY status_cd;

-- Q86 doggroom | products,suppliers | What do we buy from Groomers Pro?
SELECT p.prod_nm, p.unit_cost, p.qty FROM doggroom.products p JOIN doggroom.suppliers s ON s.supp_cd = p.supp_ref WHERE s.supp_nm ILIKE 'Groomers Pro%';

-- Q87 sauna | shifts,staff | Who's working Saturday?
SELECT s.stf_nm, h.duty_cd, h.start_tm, h.end_tm FROM sauna.shifts h JOIN sauna.staff s ON s.stf_no = h.stf_ref WHERE h.shift_dt = DATE '2026-07-18' ORDER BY h.start_tm;

-- Q88 sauna | members | Who still hasn't signed the health waiver?
SELECT fnm, snm, email, join_dt FROM sauna.members WHERE waiver_dt IS NULL AND status_cd = 'ACT';

-- Q89 sauna | sessions,saunas | What aufguss sessions are coming up, and in which sauna?
SELECT x.sess_dt, x.start_tm, s.sauna_nm, x.host_ref, x.cap FROM sauna.sessions x JOIN sauna.saunas s ON s.sauna_cd = x.sauna_ref WHERE x.sess_typ = 'AUF' AND x.status_cd = 'SCH' AND x.sess_dt >= DATE '2026-07-14' ORDER BY x.sess_dt, x.start_tm;

-- Q90 sauna | bookings,sessions | How many places are left on Saturday evening's aufguss?
SELECT x.sess_no, x.cap, x.cap - count(b.bkg_no) AS places_left FROM sauna.sessions x LEFT JOIN sauna.bookings b ON b.sess_ref = x.sess_no AND b.status_cd IN ('BKD', 'ATT') WHERE x.sess_typ = 'AUF' AND x.sess_dt = DATE '2026-07-18' GROUP BY x.sess_no, x.cap;

-- Q91 sauna | water_tests | Did the plunge tubs fail any water tests this week?
SELECT test_ts, pool_cd, temp_c, chlor_ppm, ph, action_txt FROM sauna.water_tests WHERE pass_yn = 'N' AND pool_cd <> 'SEA' AND test_ts >= TIMESTAMP '2026-07-13' ORDER BY test_ts;

-- Q92 sauna | staff | Whose lifeguard ticket runs out this summer?
SELECT stf_nm, lifeguard_exp FROM sauna.staff WHERE leave_dt IS NULL AND lifeguard_exp BETWEEN DATE '2026-07-14' AND DATE '2026-09-30' ORDER BY lifeguard_exp;

-- Q93 sauna | payments,members | Any failed payments this month?
SELECT m.fnm, m.snm, m.email, p.amt, p.typ_cd, p.pay_dt FROM sauna.payments p JOIN sauna.members m ON m.mbr_no = p.mbr_ref WHERE p.status_cd = 'FAIL' AND p.pay_dt >= DATE '2026-07-01';

-- Q94 sauna | firewood | How much have we spent on logs over the last three months?
SELECT sum(cost) AS spent, sum(m3) AS cubic_metres FROM sauna.firewood WHERE del_dt >= DATE '2026-04-14';

-- Q95 sauna | firewood | Have we had any wood delivered that was too wet to burn?
SELECT del_no, supp_ref, del_dt, species, moist_pct FROM sauna.firewood WHERE moist_pct > 20;

-- Q96 sauna | gift_cards | Are there any gift cards about to expire that nobody's used?
SELECT card_no, buyer_nm, recip_nm, bal, exp_dt FROM sauna.gift_cards WHERE bal > 0 AND exp_dt BETWEEN DATE '2026-07-14' AND DATE '2026-10-14' ORDER BY exp_dt;

-- Q97 sauna | members | How many members are on each plan?
SELECT plan_ref, count(*) AS members FROM sauna.members WHERE status_cd IN ('ACT', 'FRZ') GROUP BY plan_ref ORDER BY members DESC;

-- Q98 sauna | bookings,members,sessions | Who didn't turn up to their session last weekend?
SELECT m.fnm, m.snm, m.tel, x.sess_dt, x.start_tm, x.sess_typ FROM sauna.bookings b JOIN sauna.members m ON m.mbr_no = b.mbr_ref JOIN sauna.sessions x ON x.sess_no = b.sess_ref WHERE b.status_cd = 'NS' AND x.sess_dt BETWEEN DATE '2026-07-11' AND DATE '2026-07-12';

-- Q99 sauna | saunas | Is any sauna closed at the moment?
SELECT sauna_nm, heat_cd, last_svc_dt FROM sauna.saunas WHERE status_cd = 'CLSD';

-- Q100 sauna | members | Which members have told us they've got a heart condition or blood pressure problems?
SELECT fnm, snm, health_flag, status_cd FROM sauna.members WHERE health_flag IN ('HEART', 'BP');
