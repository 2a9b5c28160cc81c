-- Verification SQL for heldout16/questions.tsv (held-out 16: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the six heldout16 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 bikerepair | work_orders | Which bikes are stuck waiting on parts at the moment?
SELECT wo_no, bike_ref, drop_off_dt, promised_dt, mech_note FROM bikerepair.work_orders WHERE status_cd = 'WFP';

-- Q02 bikerepair | parts | What's running low on the shelves and needs reordering?
SELECT sku, part_desc, qty_on_hand, min_qty FROM bikerepair.parts WHERE qty_on_hand < min_qty ORDER BY sku;

-- Q03 bikerepair | mechanics | Who in the workshop is certified to work on Bosch e-bike motors?
SELECT mech_nm, grade_cd FROM bikerepair.mechanics WHERE bosch_cert_yn = 'Y' AND leaver_dt IS NULL;

-- Q04 bikerepair | work_orders, mechanics | How many hours of labour did each mechanic put through in April?
SELECT m.mech_nm, sum(w.labour_hrs) AS hours FROM bikerepair.work_orders w JOIN bikerepair.mechanics m ON m.mech_no = w.mech WHERE w.drop_off_dt >= DATE '2026-04-01' AND w.drop_off_dt < DATE '2026-05-01' GROUP BY m.mech_nm ORDER BY hours DESC;

-- Q05 bikerepair | work_orders, customers | Whose bikes have been sitting ready for more than a fortnight without being picked up?
SELECT c.fname, c.sname, c.tel, w.wo_no, w.rdy_dt, w.total_amt FROM bikerepair.work_orders w JOIN bikerepair.customers c ON c.cust_no = w.cust_ref WHERE w.status_cd = 'RDY' AND w.rdy_dt < DATE '2026-05-01';

-- Q06 bikerepair | bikes, customers | Which of our customers ride bikes with a Bosch motor?
SELECT DISTINCT c.fname, c.sname, b.make, b.model FROM bikerepair.bikes b JOIN bikerepair.customers c ON c.cust_no = b.owner_ref WHERE b.motor_cd = 'BOSCH';

-- Q07 bikerepair | wo_parts, parts, work_orders | Which Shimano bits did we fit on customers' bikes in April?
SELECT w.wo_no, p.part_desc, wp.qty FROM bikerepair.wo_parts wp JOIN bikerepair.parts p ON p.sku = wp.sku_ref JOIN bikerepair.work_orders w ON w.wo_no = wp.wo_ref WHERE p.brand = 'Shimano' AND w.drop_off_dt >= DATE '2026-04-01' AND w.drop_off_dt < DATE '2026-05-01';

-- Q08 bikerepair | till_sales | What did the shop take over the counter last Saturday?
SELECT sum(amt) AS takings FROM bikerepair.till_sales WHERE sale_ts >= TIMESTAMP '2026-05-09 00:00' AND sale_ts < TIMESTAMP '2026-05-10 00:00';

-- Q09 bikerepair | till_sales, shop_staff | Who on the shop floor has been giving refunds this month?
SELECT s.stf_nm, t.sale_ts, t.item_desc, t.amt FROM bikerepair.till_sales t JOIN bikerepair.shop_staff s ON s.till_login = t.till_usr WHERE t.refund_yn = 'Y' AND t.sale_ts >= TIMESTAMP '2026-05-01 00:00';

-- Q10 bikerepair | bookings | How many people booked a service slot and then never turned up with the bike?
SELECT count(*) AS no_shows FROM bikerepair.bookings WHERE no_show_yn = 'Y';

-- Q11 bikerepair | bookings, service_menu | Which services do people book online the most?
SELECT m.svc_desc, count(*) AS web_bookings FROM bikerepair.bookings b JOIN bikerepair.service_menu m ON m.svc_code = b.svc_req WHERE b.src_cd = 'WEB' GROUP BY m.svc_desc ORDER BY web_bookings DESC;

-- Q12 bikerepair | warranty_claims, suppliers | Which distributors have knocked back our warranty returns?
SELECT s.sup_nm, w.claim_no, w.sku_ref, w.fault_desc FROM bikerepair.warranty_claims w JOIN bikerepair.suppliers s ON s.sup_cd = w.sup_ref WHERE w.outcome_cd = 'REJ';

-- Q13 bikerepair | purchase_orders | Are any of our trade orders late arriving?
SELECT po_no, sup_ref, po_dt, exp_dt, po_amt FROM bikerepair.purchase_orders WHERE rcvd_dt IS NULL AND status_cd <> 'CXL' AND exp_dt < DATE '2026-05-15';

-- Q14 bikerepair | po_lines, parts | Did anything come in short in the boxes we've had delivered?
SELECT l.po_ref, p.part_desc, l.qty_ord, l.qty_rcvd FROM bikerepair.po_lines l JOIN bikerepair.parts p ON p.sku = l.sku WHERE l.line_rcvd_dt IS NOT NULL AND l.qty_rcvd < l.qty_ord;

-- Q15 bikerepair | work_orders, bikes, customers | Which customers' e-bikes came in with chains worn past 0.75?
SELECT c.fname, c.sname, b.make, b.model, w.chain_wear_pct, w.drop_off_dt FROM bikerepair.work_orders w JOIN bikerepair.bikes b ON b.bike_id = w.bike_ref JOIN bikerepair.customers c ON c.cust_no = b.owner_ref WHERE b.motor_cd IS NOT NULL AND w.chain_wear_pct >= 0.75;

-- Q16 bikerepair | work_orders | How many repairs have been paid for with cycle to work vouchers?
SELECT count(*) AS voucher_jobs, sum(total_amt) AS value FROM bikerepair.work_orders WHERE c2w_ref IS NOT NULL;

-- Q17 bikerepair | wo_parts, mechanics, parts | What's the cost price of the parts each mechanic has fitted?
SELECT m.mech_nm, sum(wp.qty * p.cost_pr) AS parts_cost FROM bikerepair.wo_parts wp JOIN bikerepair.mechanics m ON m.mech_no = wp.fitted_by JOIN bikerepair.parts p ON p.sku = wp.sku_ref GROUP BY m.mech_nm ORDER BY parts_cost DESC;

-- Q18 campsite | pitches | Which pitches can't be let at the moment, and why not?
SELECT pitch_cd, field_cd, oou_rsn FROM campsite.pitches WHERE out_of_use_yn = 'Y';

-- Q19 campsite | glamp_units | Have we got a hut or tent with a hot tub where people can bring their dog?
SELECT unit_cd, unit_nm, unit_typ, sleeps FROM campsite.glamp_units WHERE hot_tub_yn = 'Y' AND dog_ok_yn = 'Y';

-- Q20 campsite | pitch_bookings | How many pitch nights have we sold through Pitchup this season?
SELECT sum(nights) AS nights, count(*) AS bookings FROM campsite.pitch_bookings WHERE src_cd = 'PITCHUP' AND status_cd NOT IN ('CXL', 'NS') AND arr_dt >= DATE '2026-03-01';

-- Q21 campsite | pitch_bookings, guests | Has anyone we've banned managed to book a pitch again?
SELECT g.gname, g.surname, g.notes, b.pb_ref, b.arr_dt, b.pitch_ref FROM campsite.pitch_bookings b JOIN campsite.guests g ON g.guest_no = b.guest_ref WHERE g.banned_yn = 'Y' AND b.status_cd IN ('PROV', 'CNF', 'ARR');

-- Q22 campsite | pitch_bookings, pitches | Is anybody bringing a caravan or motorhome that's too long for the pitch we've given them?
SELECT b.pb_ref, b.pitch_ref, b.outfit_cd, b.outfit_len_m, p.max_len_m, b.arr_dt FROM campsite.pitch_bookings b JOIN campsite.pitches p ON p.pitch_cd = b.pitch_ref WHERE b.outfit_len_m > p.max_len_m AND b.status_cd NOT IN ('CXL', 'NS');

-- Q23 campsite | glamp_bookings, glamp_units | How much did each of the shepherd's huts bring in during July?
SELECT u.unit_nm, sum(b.price) AS takings FROM campsite.glamp_bookings b JOIN campsite.glamp_units u ON u.unit_cd = b.unit_ref WHERE u.unit_typ = 'SHEP' AND b.status_cd <> 'CXL' AND b.chk_in >= DATE '2026-07-01' AND b.chk_in < DATE '2026-08-01' GROUP BY u.unit_nm;

-- Q24 campsite | glamp_bookings | Which glamping guests still owe us the balance of their stay?
SELECT gb_no, unit_ref, chk_in, chk_out, price, deposit, price - deposit AS balance FROM campsite.glamp_bookings WHERE paid_yn = 'N' AND status_cd <> 'CXL';

-- Q25 campsite | shop_items | What local produce are we selling in the shop?
SELECT item_desc, supplier_nm, price FROM campsite.shop_items WHERE local_yn = 'Y';

-- Q26 campsite | shop_sales, shop_items | How much firewood and kindling has gone out of the shop this week?
SELECT i.item_desc, sum(s.qty) AS sold FROM campsite.shop_sales s JOIN campsite.shop_items i ON i.item_cd = s.item_ref WHERE i.cat_cd = 'FIRE' AND s.sale_ts >= TIMESTAMP '2026-08-10 00:00' GROUP BY i.item_desc;

-- Q27 campsite | cleaning_log, glamp_units | Were any of the hot tubs left with the wrong chlorine or pH after a clean?
SELECT u.unit_nm, c.cln_dt, c.cl_ppm, c.ph, c.issues FROM campsite.cleaning_log c JOIN campsite.glamp_units u ON u.unit_cd = c.unit_ref WHERE u.hot_tub_yn = 'Y' AND (c.cl_ppm NOT BETWEEN 3 AND 5 OR c.ph NOT BETWEEN 7.2 AND 7.8);

-- Q28 campsite | staff | Whose first aid certificate runs out before we close for the winter?
SELECT emp_nm, role_cd, first_aid_exp FROM campsite.staff WHERE first_aid_exp <= DATE '2026-10-31' ORDER BY first_aid_exp;

-- Q29 campsite | seasonal_workers, pitches | Which pitches have we lost to seasonal workers living on site?
SELECT p.pitch_cd, p.field_cd, p.pitch_typ, w.sw_nm FROM campsite.seasonal_workers w JOIN campsite.pitches p ON p.pitch_cd = w.accom_pitch;

-- Q30 campsite | maint_jobs, facilities | What's still broken in the toilet and shower blocks?
SELECT f.fac_nm, m.reported_dt, m.prio_cd, m.descr FROM campsite.maint_jobs m JOIN campsite.facilities f ON f.fac_cd = m.loc_ref WHERE f.fac_typ = 'WC' AND m.fixed_dt IS NULL;

-- Q31 campsite | facilities | Which blocks are overdue their legionella check?
SELECT fac_nm, legion_chk_dt FROM campsite.facilities WHERE fac_typ IN ('WC', 'LAUN', 'WASH') AND (legion_chk_dt IS NULL OR legion_chk_dt < DATE '2026-05-14');

-- Q32 campsite | incidents, pitch_bookings, guests | Which campers have been warned about their dogs this summer?
SELECT g.gname, g.surname, b.pitch_ref, i.inc_ts, i.notes FROM campsite.incidents i JOIN campsite.pitch_bookings b ON b.pb_ref = i.pb_ref JOIN campsite.guests g ON g.guest_no = b.guest_ref WHERE i.inc_cd = 'DOG' AND i.warn_yn = 'Y';

-- Q33 campsite | shop_sales, glamp_bookings, guests | How much have the glamping guests put on their bill in the shop, guest by guest?
SELECT g.gname, g.surname, b.gb_no, sum(s.amt) AS charged FROM campsite.shop_sales s JOIN campsite.glamp_bookings b ON b.gb_no = s.chg_to JOIN campsite.guests g ON g.guest_no = b.guest_no_ref WHERE s.pay_cd = 'ACC' GROUP BY g.gname, g.surname, b.gb_no;

-- Q34 campsite | cleaning_log, seasonal_workers, glamp_units | Which of the cleaners turned round a hot tub hut without draining the tub?
SELECT w.sw_nm, u.unit_nm, c.cln_dt, c.issues FROM campsite.cleaning_log c JOIN campsite.seasonal_workers w ON w.sw_id = c.cleaner JOIN campsite.glamp_units u ON u.unit_cd = c.unit_ref WHERE c.cln_typ = 'TURN' AND u.hot_tub_yn = 'Y' AND c.tub_drained_yn = 'N';

-- Q35 translib | loans | How many books are overdue back to the vans right now?
SELECT count(*) AS overdue FROM translib.loans WHERE ret_dt IS NULL AND lost_yn = 'N' AND due_dt < DATE '2026-03-16';

-- Q36 translib | vans | Which of the vans have their MOT coming up in the next month, or already missed it?
SELECT van_reg, van_nm, mot_due FROM translib.vans WHERE mot_due <= DATE '2026-04-16' ORDER BY mot_due;

-- Q37 translib | staff | Which of our drivers haven't had their licence checked in the last year?
SELECT stf_nm, post_cd, lic_chk_dt FROM translib.staff WHERE c1_lic_yn = 'Y' AND leaver_dt IS NULL AND lic_chk_dt < DATE '2025-03-16';

-- Q38 translib | volunteers | Which volunteers who take books out to people's homes are due a new DBS check?
SELECT vol_nm, dbs_dt FROM translib.volunteers WHERE role_cd = 'HL' AND active_yn = 'Y' AND dbs_dt < DATE '2023-03-16';

-- Q39 translib | trip_log | How many people have come aboard the mobiles so far in March?
SELECT sum(visitors) AS visitors, sum(issues) AS books_issued FROM translib.trip_log WHERE trip_dt >= DATE '2026-03-01' AND trip_dt < DATE '2026-04-01';

-- Q40 translib | borrowers | Which members owe us more than a couple of pounds in fines?
SELECT card_no, fname, sname, village, fines_owed, blocked_yn FROM translib.borrowers WHERE fines_owed > 2 ORDER BY fines_owed DESC;

-- Q41 translib | trip_log, routes | On which routes have we had to miss stops, and why?
SELECT r.route_nm, t.trip_dt, t.stops_missed, t.miss_rsn_cd FROM translib.trip_log t JOIN translib.routes r ON r.route_cd = t.route_ref WHERE t.stops_missed > 0 ORDER BY t.trip_dt;

-- Q42 translib | stop_visits, stops | Which stops is hardly anybody using?
SELECT s.stop_nm, s.village, avg(v.visitors) AS avg_visitors FROM translib.stop_visits v JOIN translib.stops s ON s.stop_id = v.stop_ref WHERE v.skipped_yn = 'N' GROUP BY s.stop_nm, s.village HAVING avg(v.visitors) < 10 ORDER BY avg_visitors;

-- Q43 translib | reservations, stops | Are there reserved books sitting on a van for a stop we're not calling at at the moment?
SELECT r.res_no, r.bor_ref, r.isbn_ref, s.stop_nm, s.village, s.susp_rsn FROM translib.reservations r JOIN translib.stops s ON s.stop_id = r.coll_stop WHERE r.status_cd = 'READY' AND s.susp_yn = 'Y';

-- Q44 translib | van_defects, vans | Which vans are off the road with a fault that still isn't fixed?
SELECT v.van_nm, v.van_reg, d.def_cd, d.found_dt, d.garage_nm FROM translib.van_defects d JOIN translib.vans v ON v.van_reg = d.van_ref WHERE d.vor_yn = 'Y' AND d.fixed_dt IS NULL;

-- Q45 translib | home_deliveries, volunteers | How many home library visits has each volunteer made this year?
SELECT v.vol_nm, count(*) AS visits FROM translib.home_deliveries h JOIN translib.volunteers v ON v.vol_id = h.vol_ref WHERE h.dlv_dt >= DATE '2026-01-01' GROUP BY v.vol_nm;

-- Q46 translib | loans, borrowers | Who has lost a book and still not paid for it?
SELECT b.fname, b.sname, b.card_no, l.copy_bc, l.fine_amt FROM translib.loans l JOIN translib.borrowers b ON b.bor_no = l.bor_ref WHERE l.lost_yn = 'Y' AND l.fine_paid_yn = 'N';

-- Q47 translib | copies, titles | Which large print books are falling apart and need replacing?
SELECT c.barcode, t.title, t.author, c.home_van FROM translib.copies c JOIN translib.titles t ON t.isbn = c.isbn_ref WHERE t.fmt_cd = 'LP' AND c.cond_cd = 'P' AND c.withdrawn_yn = 'N';

-- Q48 translib | trip_log, staff | Has anybody taken a van out without doing the walk-round check first?
SELECT t.trip_dt, t.van_ref, s.stf_nm FROM translib.trip_log t JOIN translib.staff s ON s.stf_no = t.driver_ref WHERE t.walkround_yn = 'N';

-- Q49 translib | loans, copies, titles | Which Peter Lanyon books are out on loan at the moment?
SELECT t.title, t.fmt_cd, c.barcode, l.due_dt FROM translib.loans l JOIN translib.copies c ON c.barcode = l.copy_bc JOIN translib.titles t ON t.isbn = c.isbn_ref WHERE t.author = 'Peter Lanyon' AND l.ret_dt IS NULL;

-- Q50 translib | home_deliveries, borrowers, volunteers | Have any of the volunteers raised worries about a housebound reader's welfare?
SELECT b.fname, b.sname, b.village, h.dlv_dt, v.vol_nm, h.notes FROM translib.home_deliveries h JOIN translib.borrowers b ON b.bor_no = h.bor_ref JOIN translib.volunteers v ON v.vol_id = h.vol_ref WHERE h.welfare_yn = 'Y';

-- Q51 translib | reservations, borrowers, titles, stops | Who's got a reserved book waiting for them on the van, and where do they pick it up?
SELECT b.fname, b.sname, t.title, s.stop_nm, s.village, r.notif_dt FROM translib.reservations r JOIN translib.borrowers b ON b.bor_no = r.bor_ref JOIN translib.titles t ON t.isbn = r.isbn_ref JOIN translib.stops s ON s.stop_id = r.coll_stop WHERE r.status_cd = 'READY';

-- Q52 signmaker | jobs | Which jobs are we still waiting on the customer to approve the proof for?
SELECT job_no, descr, proof_sent_dt, proof_ver, due_dt FROM signmaker.jobs WHERE status_cd = 'PRF' AND proof_ok_dt IS NULL;

-- Q53 signmaker | quotes | What quotes did we lose in May, and what reasons were given?
SELECT qt_no, job_typ, descr, net_amt, lost_rsn FROM signmaker.quotes WHERE status_cd = 'LOST' AND qt_dt >= DATE '2026-05-01' AND qt_dt < DATE '2026-06-01';

-- Q54 signmaker | materials | Which wrap films, vinyls and laminates are getting low?
SELECT mat_cd, mat_desc, stock_qty, reorder_qty FROM signmaker.materials WHERE mat_typ IN ('VCAST', 'VCAL', 'LAM') AND stock_qty < reorder_qty;

-- Q55 signmaker | staff | Whose cherry picker ticket has run out or runs out in the next month?
SELECT emp_nm, ipaf_exp FROM signmaker.staff WHERE ipaf_yn = 'Y' AND ipaf_exp <= DATE '2026-07-12' ORDER BY ipaf_exp;

-- Q56 signmaker | print_runs | How much ink has the latex printer got through so far this month?
SELECT sum(ink_ml) AS ink_ml, sum(lin_m) AS metres FROM signmaker.print_runs WHERE printer_cd = 'LTX' AND run_dt >= DATE '2026-06-01';

-- Q57 signmaker | subcontractors | Which of the outside firms we use have let their liability insurance lapse?
SELECT sub_nm, trade_cd, pli_exp FROM signmaker.subcontractors WHERE pli_exp < DATE '2026-06-12';

-- Q58 signmaker | jobs | Are we making any signs before the advert consent has come through?
SELECT job_no, descr, plan_ref, status_cd FROM signmaker.jobs WHERE plan_req_yn = 'Y' AND plan_ok_dt IS NULL AND status_cd IN ('APP', 'PRD', 'INST');

-- Q59 signmaker | jobs, clients | Which customers have jobs that are past their due date and still not finished?
SELECT c.co_nm, j.job_no, j.descr, j.due_dt, j.status_cd FROM signmaker.jobs j JOIN signmaker.clients c ON c.cl_no = j.cl_ref WHERE j.due_dt < DATE '2026-06-12' AND j.done_dt IS NULL AND j.status_cd <> 'CXL';

-- Q60 signmaker | invoices, clients | Who owes us money on invoices that are past due?
SELECT c.co_nm, i.inv_no, i.inv_dt, i.due_dt, i.net_amt + i.vat_amt - i.paid_amt AS owed FROM signmaker.invoices i JOIN signmaker.clients c ON c.cl_no = i.cl_ref WHERE i.paid_dt IS NULL AND i.due_dt < DATE '2026-06-12';

-- Q61 signmaker | vehicle_bookings, vehicles | Which vans came into the wrap bay already damaged?
SELECT v.reg_no, v.make, v.model, b.drop_dt, b.chkin_dmg_note FROM signmaker.vehicle_bookings b JOIN signmaker.vehicles v ON v.veh_id = b.veh_ref WHERE b.chkin_dmg_note IS NOT NULL;

-- Q62 signmaker | install_bookings, jobs | Which fitting visits have been called off because of the weather?
SELECT i.inst_dt, j.job_no, j.descr, i.site_addr FROM signmaker.install_bookings i JOIN signmaker.jobs j ON j.job_no = i.job_ref WHERE i.wx_postp_yn = 'Y';

-- Q63 signmaker | remakes, jobs | What have remakes that were our own fault cost us, by type of work?
SELECT j.job_typ, count(*) AS remakes, sum(r.cost) AS cost FROM signmaker.remakes r JOIN signmaker.jobs j ON j.job_no = r.job_ref WHERE r.our_fault_yn = 'Y' GROUP BY j.job_typ;

-- Q64 signmaker | print_runs, staff | Who's had to run reprints on the printers, and what went wrong?
SELECT s.emp_nm, p.run_dt, p.printer_cd, p.job_ref, p.fault_cd FROM signmaker.print_runs p JOIN signmaker.staff s ON s.emp_no = p.operator WHERE p.reprint_yn = 'Y';

-- Q65 signmaker | mat_usage, materials | How much wrap film have we wasted this month?
SELECT m.mat_desc, sum(u.waste_qty) AS wasted_m, sum(u.waste_qty * m.cost_uom) AS cost FROM signmaker.mat_usage u JOIN signmaker.materials m ON m.mat_cd = u.mat_ref WHERE m.mat_typ = 'VCAST' AND u.used_dt >= DATE '2026-06-01' GROUP BY m.mat_desc;

-- Q66 signmaker | vehicle_bookings, vehicles, clients | Whose vehicles are booked in for wrapping next week?
SELECT c.co_nm, v.reg_no, v.model, b.drop_dt, b.coll_dt, b.bay_cd FROM signmaker.vehicle_bookings b JOIN signmaker.vehicles v ON v.veh_id = b.veh_ref JOIN signmaker.clients c ON c.cl_no = v.cl_ref WHERE b.drop_dt >= DATE '2026-06-15' AND b.drop_dt <= DATE '2026-06-19';

-- Q67 signmaker | install_bookings, subcontractors, jobs | When have we got an electrician coming to connect an illuminated sign?
SELECT i.inst_dt, s.sub_nm, j.descr, i.site_addr FROM signmaker.install_bookings i JOIN signmaker.subcontractors s ON s.sub_id = i.sub_ref JOIN signmaker.jobs j ON j.job_no = i.job_ref WHERE s.trade_cd = 'ELEC' AND j.illum_yn = 'Y';

-- Q68 signmaker | mat_usage, materials, jobs, clients | Which customers' jobs have used 3M film, and how many metres?
SELECT c.co_nm, j.job_no, m.mat_desc, sum(u.qty_used) AS metres FROM signmaker.mat_usage u JOIN signmaker.materials m ON m.mat_cd = u.mat_ref JOIN signmaker.jobs j ON j.job_no = u.job_ref JOIN signmaker.clients c ON c.cl_no = j.cl_ref WHERE m.brand = '3M' GROUP BY c.co_nm, j.job_no, m.mat_desc;

-- Q69 oysterfarm | sites | Which of our areas are clean enough to sell from without purifying first?
SELECT site_cd, site_nm, water_body, classif_cd FROM oysterfarm.sites WHERE classif_cd = 'A';

-- Q70 oysterfarm | closures | Which areas are shut to harvesting right now?
SELECT site_ref, closed_dt, rsn_cd, issued_by FROM oysterfarm.closures WHERE reopen_dt IS NULL;

-- Q71 oysterfarm | water_samples | Has anything come back from the lab over the limit in the last month?
SELECT site_ref, samp_dt, ecoli_mpn, biotox_cd, biotox_val, lab_ref FROM oysterfarm.water_samples WHERE over_lim_yn = 'Y' AND samp_dt >= DATE '2026-09-16';

-- Q72 oysterfarm | stock_batches | Which batches have we lost more than a third of?
SELECT batch_no, species_cd, site_ref, mort_pct_est FROM oysterfarm.stock_batches WHERE mort_pct_est > 33 ORDER BY mort_pct_est DESC;

-- Q73 oysterfarm | boats | Has either workboat's coding certificate run out?
SELECT boat_nm, mca_cert_exp FROM oysterfarm.boats WHERE mca_cert_exp < DATE '2026-10-16';

-- Q74 oysterfarm | depuration_runs | Did we release any lots from the purification tanks before they'd had their full 42 hours?
SELECT dep_run_id, tank_no, lot_ref, hrs, start_ts, end_ts FROM oysterfarm.depuration_runs WHERE released_yn = 'Y' AND hrs < 42;

-- Q75 oysterfarm | harvests, closures | Have we lifted anything from an area while it was closed?
SELECT h.hv_no, h.hv_dt, h.site_ref, h.lot_cd, h.qty_kg, c.rsn_cd, c.closed_dt FROM oysterfarm.harvests h JOIN oysterfarm.closures c ON c.site_ref = h.site_ref WHERE h.hv_dt >= c.closed_dt AND (c.reopen_dt IS NULL OR h.hv_dt < c.reopen_dt);

-- Q76 oysterfarm | depuration_runs, packhouse_staff | Has anyone run a purification tank who hasn't been trained on it?
SELECT p.pk_nm, p.agency_yn, d.dep_run_id, d.tank_no, d.lot_ref, d.start_ts FROM oysterfarm.depuration_runs d JOIN oysterfarm.packhouse_staff p ON p.pk_id = d.operator WHERE p.depur_trained_yn = 'N';

-- Q77 oysterfarm | orders, customers | Are any orders going abroad without an export health certificate?
SELECT o.ord_no, c.trading_nm, c.country, o.deliv_dt, o.status_cd FROM oysterfarm.orders o JOIN oysterfarm.customers c ON c.cust_cd = o.cust_ref WHERE c.country <> 'UK' AND o.ehc_ref IS NULL AND o.status_cd <> 'CXL';

-- Q78 oysterfarm | harvests, crew | How many kilos did each skipper bring ashore in September?
SELECT c.crew_nm, sum(h.qty_kg) AS kg FROM oysterfarm.harvests h JOIN oysterfarm.crew c ON c.crew_id = h.skipper WHERE h.hv_dt >= DATE '2026-09-01' AND h.hv_dt < DATE '2026-10-01' GROUP BY c.crew_nm;

-- Q79 oysterfarm | grading_log, stock_batches | How many dead shells have we picked out at grading, for each kind of shellfish?
SELECT b.species_cd, sum(g.dead_cnt) AS dead FROM oysterfarm.grading_log g JOIN oysterfarm.stock_batches b ON b.batch_no = g.batch_ref GROUP BY b.species_cd;

-- Q80 oysterfarm | water_samples, sites | What was the latest E. coli result for each growing area?
SELECT s.site_nm, w.samp_dt, w.ecoli_mpn, s.classif_cd FROM oysterfarm.water_samples w JOIN oysterfarm.sites s ON s.site_cd = w.site_ref WHERE w.samp_dt = (SELECT max(w2.samp_dt) FROM oysterfarm.water_samples w2 WHERE w2.site_ref = w.site_ref);

-- Q81 oysterfarm | harvests, boats | Have we been out harvesting on a boat after its certificate expired?
SELECT b.boat_nm, b.mca_cert_exp, h.hv_no, h.hv_dt, h.site_ref FROM oysterfarm.harvests h JOIN oysterfarm.boats b ON b.boat_cd = h.boat_ref WHERE h.hv_dt > b.mca_cert_exp;

-- Q82 oysterfarm | complaints, customers, harvests | Has any restaurant had diners fall ill, and which harvest did those oysters come from?
SELECT c.trading_nm, k.cmp_dt, h.hv_dt, h.site_ref, h.lot_cd, k.eho_notified_yn FROM oysterfarm.complaints k JOIN oysterfarm.customers c ON c.cust_cd = k.cust_ref JOIN oysterfarm.harvests h ON h.lot_cd = k.lot_ref WHERE k.type_cd = 'ILL';

-- Q83 oysterfarm | order_lines, orders, customers | How many dozen natives has each customer ordered this month?
SELECT c.trading_nm, sum(l.qty_doz) AS dozen FROM oysterfarm.order_lines l JOIN oysterfarm.orders o ON o.ord_no = l.ord_ref JOIN oysterfarm.customers c ON c.cust_cd = o.cust_ref WHERE l.species_cd = 'NAT' AND o.ord_dt >= DATE '2026-10-01' AND o.status_cd <> 'CXL' GROUP BY c.trading_nm;

-- Q84 oysterfarm | order_lines, harvests, orders, customers | Who did we sell oysters from the 16 September harvest to?
SELECT c.trading_nm, o.ord_no, o.deliv_dt, l.qty_doz FROM oysterfarm.order_lines l JOIN oysterfarm.harvests h ON h.lot_cd = l.lot_ref JOIN oysterfarm.orders o ON o.ord_no = l.ord_ref JOIN oysterfarm.customers c ON c.cust_cd = o.cust_ref WHERE h.hv_dt = DATE '2026-09-16';

-- Q85 recording | bookings | Which dates coming up are only pencilled in and not confirmed yet?
SELECT bk_no, cli_ref, room_ref, bk_dt, dep_amt FROM recording.bookings WHERE hold_cd = 'PEN' AND bk_dt >= DATE '2026-11-20' ORDER BY bk_dt;

-- Q86 recording | gear | What kit is away being fixed at the moment?
SELECT gear_nm, serial_no, loc_room FROM recording.gear WHERE status_cd = 'REP';

-- Q87 recording | engineers | Which of our engineers can do an Atmos mix?
SELECT eng_nm, grade_cd, freelance_yn, day_rate FROM recording.engineers WHERE atmos_yn = 'Y';

-- Q88 recording | sessions | Have any sessions not been backed up off the studio machine?
SELECT sess_id, sess_dt, room_ref, proj_ref, notes FROM recording.sessions WHERE backup_yn = 'N';

-- Q89 recording | tracks | Which songs haven't had any mixing done on them yet?
SELECT proj_ref, trk_title, bpm, key_sig FROM recording.tracks WHERE mix_status = 'NS';

-- Q90 recording | gear_hires | Is any hired-out equipment late coming back?
SELECT hire_no, gear_ref, cli_ref, out_dt, due_back_dt, dep_amt FROM recording.gear_hires WHERE back_dt IS NULL AND due_back_dt < DATE '2026-11-20';

-- Q91 recording | bookings, clients | Have we got anyone on the do-not-book list in the diary?
SELECT c.act_nm, b.bk_no, b.bk_dt, b.room_ref, b.hold_cd FROM recording.bookings b JOIN recording.clients c ON c.cli_id = b.cli_ref WHERE c.blacklist_yn = 'Y' AND b.hold_cd <> 'CXL' AND b.bk_dt >= DATE '2026-11-20';

-- Q92 recording | sessions, engineers | How much overtime has each engineer run this month?
SELECT e.eng_nm, sum(s.ot_hrs) AS overtime_hrs FROM recording.sessions s JOIN recording.engineers e ON e.eng_no = s.engineer WHERE s.sess_dt >= DATE '2026-11-01' AND s.sess_dt < DATE '2026-12-01' GROUP BY e.eng_nm ORDER BY overtime_hrs DESC;

-- Q93 recording | gear_hires, gear | Which pieces of kit have come back damaged from a hire, and what did we charge for it?
SELECT g.gear_nm, h.hire_no, h.cli_ref, h.back_dt, h.dmg_chg FROM recording.gear_hires h JOIN recording.gear g ON g.gear_id = h.gear_ref WHERE h.dmg_yn = 'Y';

-- Q94 recording | invoices, clients | Who hasn't paid us and is past the due date?
SELECT c.act_nm, i.inv_no, i.inv_dt, i.due_dt, i.net_amt + i.vat_amt - i.paid_amt AS owed FROM recording.invoices i JOIN recording.clients c ON c.cli_id = i.cli_ref WHERE i.paid_dt IS NULL AND i.due_dt < DATE '2026-11-20' ORDER BY i.due_dt;

-- Q95 recording | musician_calls, session_musicians | Which session players still haven't signed their union consent forms?
SELECT DISTINCT m.mus_nm, m.instr_cd, m.tel FROM recording.musician_calls c JOIN recording.session_musicians m ON m.mus_id = c.mus_ref WHERE c.mu_form_yn = 'N';

-- Q96 recording | projects, engineers | Who's mixing each of the jobs we've promised to deliver before Christmas?
SELECT p.proj_nm, p.deliver_by, e.eng_nm FROM recording.projects p JOIN recording.engineers e ON e.eng_no = p.mix_eng WHERE p.deliver_by <= DATE '2026-12-24' AND p.status_cd NOT IN ('DLV', 'HOLD');

-- Q97 recording | gear_repairs, gear | What have microphone repairs cost us this year?
SELECT g.gear_nm, r.sent_dt, r.repairer, r.cost FROM recording.gear_repairs r JOIN recording.gear g ON g.gear_id = r.gear_ref WHERE g.cat_cd = 'MIC' AND r.sent_dt >= DATE '2026-01-01';

-- Q98 recording | sessions, bookings, clients | Which acts' sessions have had the neighbours complaining about noise?
SELECT c.act_nm, s.sess_dt, s.room_ref, s.notes FROM recording.sessions s JOIN recording.bookings b ON b.bk_no = s.bk_ref JOIN recording.clients c ON c.cli_id = b.cli_ref WHERE s.noise_cmpl_yn = 'Y';

-- Q99 recording | musician_calls, sessions, projects | How much have we spent on session players for the Low Tide album?
SELECT sum(c.fee) AS players_cost FROM recording.musician_calls c JOIN recording.sessions s ON s.sess_id = c.sess_ref JOIN recording.projects p ON p.proj_ref = s.proj_ref WHERE p.proj_nm LIKE '%Low Tide%';

-- Q100 recording | bookings, clients, studio_staff | Which confirmed bookings are still waiting on a deposit, and who took them?
SELECT c.act_nm, b.bk_dt, b.room_ref, b.dep_amt, s.stf_nm FROM recording.bookings b JOIN recording.clients c ON c.cli_id = b.cli_ref JOIN recording.studio_staff s ON s.stf_no = b.booked_by WHERE b.hold_cd = 'CNF' AND b.dep_amt > 0 AND b.dep_paid_dt IS NULL;
