-- Verification SQL for heldout26/questions.tsv (held-out 26: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the seven heldout26 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 gunsmith | repair_jobs,customers | Whose guns are ready to collect?
SELECT c.title, c.fnm, c.snm, c.tel, r.job_no, r.done_dt FROM gunsmith.repair_jobs r JOIN gunsmith.customers c ON c.cust_no = r.cust_ref WHERE r.status_cd = 'RDY' AND r.collected_dt IS NULL ORDER BY r.done_dt;

-- Q02 gunsmith | customers | Which customers' shotgun certificates have run out or run out in the next month?
SELECT fnm, snm, tel, sgc_no, sgc_exp FROM gunsmith.customers WHERE sgc_exp < DATE '2026-07-12' ORDER BY sgc_exp;

-- Q03 gunsmith | guns | What over-and-unders have we got in the rack for sale, and what are we asking?
SELECT gun_id, maker, model, gauge_cd, brl_in, cond_cd, ask_amt FROM gunsmith.guns WHERE action_cd = 'OU' AND status_cd = 'FS' ORDER BY ask_amt;

-- Q04 gunsmith | proof_submissions | What's away at the proof house at the moment?
SELECT sub_no, gun_ref, job_ref, house_cd, sent_dt FROM gunsmith.proof_submissions WHERE ret_dt IS NULL;

-- Q05 gunsmith | register_entries | Have we told the police about every gun we've sold?
SELECT reg_no, ent_dt, gun_ref, party_nm, party_cert, cert_force FROM gunsmith.register_entries WHERE txn_cd = 'SALE' AND police_ntf_dt IS NULL;

-- Q06 gunsmith | parts | Spares running low?
SELECT part_cd, part_desc, fits_maker, qty, min_qty FROM gunsmith.parts WHERE qty <= min_qty ORDER BY qty;

-- Q07 gunsmith | cartridges | Which fibre wad cartridges have we got, and how many boxes are left?
SELECT brand, line_nm, gauge_cd, shot_sz, load_g, boxes_held FROM gunsmith.cartridges WHERE wad_cd = 'FIB' ORDER BY boxes_held;

-- Q08 gunsmith | sales,guns | What guns have we sold this year and what did they go for?
SELECT s.sale_dt, g.maker, g.model, g.gauge_cd, s.price_amt FROM gunsmith.sales s JOIN gunsmith.guns g ON g.gun_id = s.gun_ref WHERE s.sale_dt >= DATE '2026-01-01' ORDER BY s.sale_dt;

-- Q09 gunsmith | repair_jobs,staff | How many jobs has each gunsmith got on the go?
SELECT st.emp_nm, count(*) AS open_jobs FROM gunsmith.repair_jobs r JOIN gunsmith.staff st ON st.emp_id = r.smith_ref WHERE r.status_cd <> 'COLL' GROUP BY st.emp_nm ORDER BY open_jobs DESC;

-- Q10 gunsmith | invoices,customers | Who owes us money?
SELECT c.fnm, c.snm, c.shoot_nm, i.inv_no, i.inv_dt, i.net_amt + i.vat_amt AS total, i.due_dt FROM gunsmith.invoices i JOIN gunsmith.customers c ON c.cust_no = i.cust_ref WHERE i.paid_dt IS NULL ORDER BY i.due_dt;

-- Q11 gunsmith | repair_jobs | Any estimates we're still waiting on the customer to agree?
SELECT job_no, cust_ref, fault_desc, est_amt, in_dt FROM gunsmith.repair_jobs WHERE est_ok_yn = 'N' AND status_cd <> 'COLL';

-- Q12 gunsmith | sales,guns | Which guns have we taken in part exchange and what did we allow on them?
SELECT s.sale_no, s.sale_dt, g.maker, g.model, s.px_allow_amt FROM gunsmith.sales s JOIN gunsmith.guns g ON g.gun_id = s.px_gun_ref WHERE s.px_gun_ref IS NOT NULL;

-- Q13 gunsmith | guns,customers | Which guns are we selling on consignment, and whose are they?
SELECT g.maker, g.model, g.ask_amt, g.status_cd, c.fnm, c.snm FROM gunsmith.guns g JOIN gunsmith.customers c ON c.cust_no = g.owner_ref WHERE g.own_cd = 'CON';

-- Q14 gunsmith | staff | Who's allowed to hand over guns under the RFD?
SELECT emp_nm, role_cd FROM gunsmith.staff WHERE rfd_auth_yn = 'Y' AND leave_dt IS NULL;

-- Q15 gunsmith | repair_jobs | Which workshop jobs are past the date we promised?
SELECT job_no, cust_ref, work_cd, fault_desc, promised_dt, status_cd FROM gunsmith.repair_jobs WHERE done_dt IS NULL AND promised_dt < DATE '2026-06-12' ORDER BY promised_dt;

-- Q16 nailbar | appointments | How many no-shows have we had this month?
SELECT count(*) AS no_shows FROM nailbar.appointments WHERE status_cd = 'NS' AND appt_dt >= DATE '2026-06-01';

-- Q17 nailbar | clients | Who has to pay a deposit before they can book?
SELECT fnm, snm, mob, ns_cnt FROM nailbar.clients WHERE deposit_req_yn = 'Y';

-- Q18 nailbar | appointments,clients,technicians | Who's booked in over the next week, and which tech are they with?
SELECT a.appt_dt, a.start_tm, c.fnm, c.snm, t.tech_nm, a.svc_ref FROM nailbar.appointments a LEFT JOIN nailbar.clients c ON c.client_id = a.client_ref JOIN nailbar.technicians t ON t.tech_cd = a.tech_ref WHERE a.status_cd = 'BKD' AND a.appt_dt BETWEEN DATE '2026-06-12' AND DATE '2026-06-19' ORDER BY a.appt_dt, a.start_tm;

-- Q19 nailbar | rota | Who's off on Tuesday the 16th and why?
SELECT tech_ref, abs_cd FROM nailbar.rota WHERE shift_dt = DATE '2026-06-16' AND abs_cd IS NOT NULL;

-- Q20 nailbar | gift_vouchers | Which gift vouchers still have money left on them?
SELECT vch_code, for_nm, bal_amt, exp_dt FROM nailbar.gift_vouchers WHERE bal_amt > 0 AND exp_dt >= DATE '2026-06-12' ORDER BY exp_dt;

-- Q21 nailbar | products | What do we need to reorder?
SELECT prod_cd, brand, prod_nm, shade_nm, qty, reorder_qty FROM nailbar.products WHERE qty <= reorder_qty ORDER BY qty;

-- Q22 nailbar | reactions,clients | Has anyone come back with an allergic reaction?
SELECT r.rpt_dt, c.fnm, c.snm, r.refund_amt, r.note FROM nailbar.reactions r JOIN nailbar.clients c ON c.client_id = r.client_ref WHERE r.rx_cd = 'ALG';

-- Q23 nailbar | payments | How much have we taken in tips this month?
SELECT sum(tip_amt) AS tips FROM nailbar.payments WHERE pay_dt >= DATE '2026-06-01';

-- Q24 nailbar | appointments,services,technicians | Which tech has done the most BIAB this month?
SELECT t.tech_nm, count(*) AS biab FROM nailbar.appointments a JOIN nailbar.services s ON s.svc_cd = a.svc_ref JOIN nailbar.technicians t ON t.tech_cd = a.tech_ref WHERE s.cat_cd = 'BIAB' AND a.status_cd = 'DONE' AND a.appt_dt >= DATE '2026-06-01' GROUP BY t.tech_nm ORDER BY biab DESC;

-- Q25 nailbar | services | How much is an acrylic full set?
SELECT svc_nm, price, mins FROM nailbar.services WHERE svc_nm ILIKE 'acrylic full set%';

-- Q26 nailbar | patch_tests,clients | Who reacted to a patch test?
SELECT c.fnm, c.snm, p.pt_dt, p.prod_ref FROM nailbar.patch_tests p JOIN nailbar.clients c ON c.client_id = p.client_ref WHERE p.result_cd = 'REACT';

-- Q27 nailbar | appointments | Do more bookings come through Instagram or the website?
SELECT src_cd, count(*) AS bookings FROM nailbar.appointments WHERE src_cd IN ('IG', 'WEB') GROUP BY src_cd;

-- Q28 nailbar | technicians | What commission is each girl on?
SELECT tech_nm, level_cd, comm_pct FROM nailbar.technicians WHERE leave_dt IS NULL ORDER BY comm_pct DESC;

-- Q29 nailbar | products,suppliers | What have we completely run out of, and who do we get it from?
SELECT p.brand, p.prod_nm, s.supp_nm, s.web FROM nailbar.products p JOIN nailbar.suppliers s ON s.supp_id = p.supp_ref WHERE p.qty = 0;

-- Q30 soapmaker | batches | What soap is still curing and when can it go on sale?
SELECT batch_no, sku_ref, make_dt, cure_until_dt, units_made - units_rejected AS good_units FROM soapmaker.batches WHERE status_cd = 'CURE' ORDER BY cure_until_dt;

-- Q31 soapmaker | products | What's sold out?
SELECT sku, prod_nm FROM soapmaker.products WHERE stock_qty = 0 AND active_yn = 'Y';

-- Q32 soapmaker | raw_materials,suppliers | Which oils, wax and packaging are running low, and who do we buy them from?
SELECT m.mat_nm, m.on_hand, m.uom, m.reorder_pt, s.sup_nm, s.lead_days FROM soapmaker.raw_materials m JOIN soapmaker.suppliers s ON s.sup_no = m.supp_ref WHERE m.on_hand <= m.reorder_pt ORDER BY s.sup_nm;

-- Q33 soapmaker | orders | How many orders are waiting to be posted?
SELECT count(*) AS to_post FROM soapmaker.orders WHERE status_cd IN ('PAID', 'PACK') AND ship_cd <> 'COLL';

-- Q34 soapmaker | orders,discount_codes | How much have Jo Glow's followers spent with her code?
SELECT d.code, count(*) AS orders, sum(o.tot_amt) AS spent FROM soapmaker.orders o JOIN soapmaker.discount_codes d ON d.code = o.disc_code WHERE d.infl_nm ILIKE 'Jo Glow%' AND o.status_cd NOT IN ('CXL', 'RFD') GROUP BY d.code;

-- Q35 soapmaker | returns | How much have we refunded for things broken or melted in the post?
SELECT reason_cd, count(*) AS returns, sum(refund_amt) AS refunded FROM soapmaker.returns WHERE reason_cd IN ('BRK', 'MLT') GROUP BY reason_cd;

-- Q36 soapmaker | order_items,orders,products | What were the best sellers in May?
SELECT p.prod_nm, sum(i.qty) AS units FROM soapmaker.order_items i JOIN soapmaker.orders o ON o.ord_id = i.ord_ref JOIN soapmaker.products p ON p.sku = i.sku_ref WHERE o.ord_ts >= TIMESTAMP '2026-05-01' AND o.ord_ts < TIMESTAMP '2026-06-01' AND o.status_cd NOT IN ('CXL', 'RFD') GROUP BY p.prod_nm ORDER BY units DESC;

-- Q37 soapmaker | customers | Which shops stock our stuff?
SELECT shop_nm, fnm, snm, email, pcode FROM soapmaker.customers WHERE wsale_yn = 'Y' AND acct_status = 'ACT';

-- Q38 soapmaker | scents | Which scents have linalool in them?
SELECT scent_nm, type_cd, allergens FROM soapmaker.scents WHERE allergens ILIKE '%linalool%';

-- Q39 soapmaker | batches,workers | How many bars and candles has each maker had to reject?
SELECT w.wkr_nm, sum(b.units_rejected) AS rejected, sum(b.units_made) AS made FROM soapmaker.batches b JOIN soapmaker.workers w ON w.wkr_cd = b.maker_ref GROUP BY w.wkr_nm ORDER BY rejected DESC;

-- Q40 soapmaker | shifts | How many hours has everyone worked so far in June?
SELECT wkr_ref, sum(hrs) AS hours FROM soapmaker.shifts WHERE shift_dt >= DATE '2026-06-01' GROUP BY wkr_ref ORDER BY hours DESC;

-- Q41 soapmaker | orders | Etsy versus our own shop - which brings in more?
SELECT plat_cd, count(*) AS orders, sum(tot_amt) AS takings FROM soapmaker.orders WHERE plat_cd IN ('ETSY', 'SHOP') AND status_cd NOT IN ('CXL', 'RFD') GROUP BY plat_cd;

-- Q42 soapmaker | order_items,orders,customers | Who got soap from batch S2604-01? We may need to contact them.
SELECT DISTINCT o.ord_id, o.ord_ts, c.fnm, c.snm, c.email, c.shop_nm FROM soapmaker.order_items i JOIN soapmaker.orders o ON o.ord_id = i.ord_ref LEFT JOIN soapmaker.customers c ON c.cust_id = o.cust_ref WHERE i.batch_ref = 'S2604-01';

-- Q43 soapmaker | products | Which of the soaps are vegan?
SELECT sku, prod_nm, price FROM soapmaker.products WHERE line_cd = 'SOAP' AND vegan_yn = 'Y' AND active_yn = 'Y';

-- Q44 hedgelaying | jobs | Which quotes are we still waiting to hear back on?
SELECT job_no, client_ref, job_typ, len_m, quote_amt, quote_dt FROM hedgelaying.jobs WHERE status_cd = 'QUO' ORDER BY quote_dt;

-- Q45 hedgelaying | jobs | How many metres of hedge did we lay last winter on grant-funded jobs?
SELECT sum(len_m) AS metres FROM hedgelaying.jobs WHERE job_typ = 'LAY' AND grant_yn = 'Y' AND status_cd = 'DONE' AND start_dt BETWEEN DATE '2025-10-01' AND DATE '2026-03-31';

-- Q46 hedgelaying | invoices | Which invoices haven't been paid in full?
SELECT inv_no, client_ref, net + vat AS total, paid_amt, due_dt FROM hedgelaying.invoices WHERE paid_amt < net + vat ORDER BY due_dt;

-- Q47 hedgelaying | crew | Whose first aid ticket has run out or is about to?
SELECT full_nm, first_aid_exp FROM hedgelaying.crew WHERE leave_dt IS NULL AND (first_aid_exp IS NULL OR first_aid_exp < DATE '2026-07-12') ORDER BY first_aid_exp;

-- Q48 hedgelaying | crew | Who isn't allowed on a chainsaw?
SELECT full_nm, role_cd FROM hedgelaying.crew WHERE saw_cert IS NULL AND leave_dt IS NULL;

-- Q49 hedgelaying | materials | What's running low in the yard?
SELECT mat_id, mat_desc, qty_yard, unit, reorder_at FROM hedgelaying.materials WHERE qty_yard <= reorder_at ORDER BY cat_cd;

-- Q50 hedgelaying | materials,suppliers | Who do we get our hazel stakes and binders from?
SELECT m.mat_desc, s.nm, s.tel FROM hedgelaying.materials m JOIN hedgelaying.suppliers s ON s.supplier_id = m.supplier_ref WHERE m.cat_cd IN ('STAKE', 'BIND');

-- Q51 hedgelaying | timesheets,crew | How many times has each of the crew been rained off?
SELECT c.full_nm, count(*) AS wet_days FROM hedgelaying.timesheets t JOIN hedgelaying.crew c ON c.crew_id = t.crew_ref WHERE t.wet_stop_yn = 'Y' GROUP BY c.full_nm ORDER BY wet_days DESC;

-- Q52 hedgelaying | timesheets,jobs | How many man-hours went into each hedgelaying job, against its length?
SELECT j.job_no, j.style_cd, j.len_m, sum(t.hrs) AS hours FROM hedgelaying.timesheets t JOIN hedgelaying.jobs j ON j.job_no = t.job_ref WHERE j.job_typ = 'LAY' GROUP BY j.job_no, j.style_cd, j.len_m ORDER BY j.job_no;

-- Q53 hedgelaying | competitions,crew | How did we get on at the Herefordshire match?
SELECT c.full_nm, k.class_cd, k.place_no, k.pts, k.prize_amt FROM hedgelaying.competitions k JOIN hedgelaying.crew c ON c.crew_id = k.crew_ref WHERE k.society_nm ILIKE 'Herefordshire%' ORDER BY k.class_cd;

-- Q54 hedgelaying | equipment | What kit's due a service?
SELECT kit_id, kit_desc, serv_due_dt, status_cd FROM hedgelaying.equipment WHERE serv_due_dt <= DATE '2026-07-12' AND status_cd <> 'SOLD' ORDER BY serv_due_dt;

-- Q55 hedgelaying | jobs,sites,clients | What jobs are on at the moment, where, and who for?
SELECT j.job_no, j.job_typ, s.site_nm, s.grid_ref, c.client_nm, j.start_dt FROM hedgelaying.jobs j JOIN hedgelaying.sites s ON s.site_id = j.site_ref JOIN hedgelaying.clients c ON c.client_no = j.client_ref WHERE j.status_cd IN ('SCH', 'ON');

-- Q56 hedgelaying | material_use,materials | What have the materials cost us on job 105 so far?
SELECT sum(u.qty * m.unit_cost) AS materials_cost FROM hedgelaying.material_use u JOIN hedgelaying.materials m ON m.mat_id = u.mat_ref WHERE u.job_ref = 105;

-- Q57 hedgelaying | clients | Which of our clients are in Countryside Stewardship?
SELECT client_nm, contact_nm, cs_agr_no FROM hedgelaying.clients WHERE cs_agr_no IS NOT NULL;

-- Q58 mobilecinema | screenings,venues,films | What's coming up on the tour?
SELECT s.scr_dt, v.venue_nm, v.town, f.title, s.start_tm, s.status_cd FROM mobilecinema.screenings s JOIN mobilecinema.venues v ON v.venue_id = s.venue_ref JOIN mobilecinema.films f ON f.film_id = s.film_ref WHERE s.scr_dt >= DATE '2026-06-12' AND s.status_cd IN ('ONS', 'SOLD') ORDER BY s.scr_dt;

-- Q59 mobilecinema | screenings | How many shows have we lost to the weather this season?
SELECT count(*) AS weather_cancellations FROM mobilecinema.screenings WHERE status_cd = 'WX' AND scr_dt >= DATE '2026-05-01';

-- Q60 mobilecinema | ticket_sales | How much have we had to refund?
SELECT sum(amt) AS refunded, sum(qty) AS tickets FROM mobilecinema.ticket_sales WHERE rfd_yn = 'Y';

-- Q61 mobilecinema | ticket_sales,screenings,films | How many tickets have gone for each of the shows still to come?
SELECT s.scr_id, s.scr_dt, f.title, s.tix_cap, coalesce(sum(t.qty) FILTER (WHERE t.rfd_yn = 'N'), 0) AS sold FROM mobilecinema.screenings s JOIN mobilecinema.films f ON f.film_id = s.film_ref LEFT JOIN mobilecinema.ticket_sales t ON t.scr_ref = s.scr_id WHERE s.scr_dt >= DATE '2026-06-12' AND s.status_cd IN ('ONS', 'SOLD') GROUP BY s.scr_id, s.scr_dt, f.title, s.tix_cap ORDER BY s.scr_dt;

-- Q62 mobilecinema | licence_fees,distributors | What do we still owe the distributors?
SELECT d.dist_nm, l.scr_ref, l.fee_amt FROM mobilecinema.licence_fees l JOIN mobilecinema.distributors d ON d.dist_cd = l.dist_ref WHERE l.paid_dt IS NULL AND l.fee_amt > 0;

-- Q63 mobilecinema | crew,screenings,venues | Whose DBS will have lapsed by the Kings College show?
SELECT c.crew_nm, c.role_cd, c.dbs_exp FROM mobilecinema.crew c WHERE c.active_yn = 'Y' AND (c.dbs_exp IS NULL OR c.dbs_exp < (SELECT min(s.scr_dt) FROM mobilecinema.screenings s JOIN mobilecinema.venues v ON v.venue_id = s.venue_ref WHERE v.venue_nm ILIKE 'Kings College%' AND s.status_cd IN ('ONS', 'SOLD')));

-- Q64 mobilecinema | crew | Who can drive the rig truck?
SELECT crew_nm, mob FROM mobilecinema.crew WHERE c1_lic_yn = 'Y' AND active_yn = 'Y';

-- Q65 mobilecinema | equipment | What needs PAT testing in the next month?
SELECT asset_id, asset_nm, pat_due_dt FROM mobilecinema.equipment WHERE pat_due_dt <= DATE '2026-07-12' AND status_cd <> 'RET' ORDER BY pat_due_dt;

-- Q66 mobilecinema | equipment | How many hours are on the projectors?
SELECT asset_nm, lamp_hrs, status_cd FROM mobilecinema.equipment WHERE cat_cd = 'PROJ';

-- Q67 mobilecinema | concessions | What do we need to top up before the next trip?
SELECT item_nm, stock_qty, par_lvl, par_lvl - stock_qty AS short_by FROM mobilecinema.concessions WHERE stock_qty < par_lvl ORDER BY item_nm;

-- Q68 mobilecinema | concession_sales,screenings,venues | How much did the bar take at each show?
SELECT s.scr_dt, v.venue_nm, sum(c.amt) AS bar_takings FROM mobilecinema.concession_sales c JOIN mobilecinema.screenings s ON s.scr_id = c.scr_ref JOIN mobilecinema.venues v ON v.venue_id = s.venue_ref GROUP BY s.scr_dt, v.venue_nm ORDER BY s.scr_dt;

-- Q69 mobilecinema | films | Which sing-along films have we got?
SELECT title, yr, cert_cd FROM mobilecinema.films WHERE singalong_yn = 'Y' AND active_yn = 'Y';

-- Q70 mobilecinema | venues | Which venues do we need a Temporary Event Notice for?
SELECT venue_nm, town, contact_nm FROM mobilecinema.venues WHERE lic_cd = 'TEN';

-- Q71 mobilecinema | customers | How many people are on the mailing list?
SELECT count(*) AS on_list FROM mobilecinema.customers WHERE mail_yn = 'Y';

-- Q72 mobilecinema | crew_shifts,screenings,venues | What did the crew cost us for the Dunster Castle night?
SELECT s.scr_dt, sum(w.pay_amt) AS crew_cost FROM mobilecinema.crew_shifts w JOIN mobilecinema.screenings s ON s.scr_id = w.scr_ref JOIN mobilecinema.venues v ON v.venue_id = s.venue_ref WHERE v.venue_nm ILIKE 'Dunster Castle%' AND s.status_cd = 'DONE' GROUP BY s.scr_dt;

-- Q73 fishmonger | accounts | Which accounts are on stop?
SELECT acct_no, trading_nm, town, contact_nm, tel FROM fishmonger.accounts WHERE on_stop_yn = 'Y';

-- Q74 fishmonger | invoices,accounts | Who's late paying us?
SELECT a.trading_nm, i.inv_no, i.amt, i.due_dt, i.status_cd FROM fishmonger.invoices i JOIN fishmonger.accounts a ON a.acct_no = i.acct_ref WHERE i.status_cd IN ('ISS', 'PART') AND i.due_dt < DATE '2026-06-11' ORDER BY i.due_dt;

-- Q75 fishmonger | stock | What needs using up first?
SELECT stock_id, sp_ref, prep_cd, kg_on_hand, use_by_dt, chiller_cd FROM fishmonger.stock WHERE kg_on_hand > 0 ORDER BY use_by_dt, kg_on_hand DESC;

-- Q76 fishmonger | auction_buys | How much did Kev spend at the auction on the 10th?
SELECT port_cd, sum(kg * price_kg) AS spent FROM fishmonger.auction_buys WHERE auc_dt = DATE '2026-06-10' GROUP BY port_cd;

-- Q77 fishmonger | auction_buys,species | What have we been paying a kilo for turbot this week?
SELECT a.auc_dt, a.port_cd, a.vessel_nm, a.grade_cd, a.kg, a.price_kg FROM fishmonger.auction_buys a JOIN fishmonger.species s ON s.sp_cd = a.sp_ref WHERE s.common_nm = 'Turbot' AND a.auc_dt >= DATE '2026-06-08' ORDER BY a.auc_dt;

-- Q78 fishmonger | order_lines,orders,accounts | Which restaurants got shorted, and what were they short of?
SELECT a.trading_nm, o.deliv_dt, l.sp_ref, l.prep_cd, l.kg_ord, l.kg_sent, l.sub_note FROM fishmonger.order_lines l JOIN fishmonger.orders o ON o.ord_no = l.ord_ref JOIN fishmonger.accounts a ON a.acct_no = o.acct_ref WHERE l.kg_sent < l.kg_ord AND o.status_cd <> 'CXL' ORDER BY o.deliv_dt;

-- Q79 fishmonger | chiller_checks | Have any of the chiller temperatures been out?
SELECT chiller_cd, chk_ts, temp_c, action_note FROM fishmonger.chiller_checks WHERE (chiller_cd IN ('C1', 'C2', 'C3') AND (temp_c > 4 OR temp_c < 0)) OR (chiller_cd = 'FRZ' AND temp_c > -18) ORDER BY chk_ts;

-- Q80 fishmonger | price_list | What's on this week's price list?
SELECT sp_ref, prep_cd, price_kg FROM fishmonger.price_list WHERE wk_start = DATE '2026-06-08' ORDER BY sp_ref, prep_cd;

-- Q81 fishmonger | orders,delivery_routes | How many drops has each van got on the 11th?
SELECT r.route_nm, r.van_reg, count(*) AS drops FROM fishmonger.orders o JOIN fishmonger.delivery_routes r ON r.route_cd = o.route_ref WHERE o.deliv_dt = DATE '2026-06-11' AND o.status_cd <> 'CXL' GROUP BY r.route_nm, r.van_reg;

-- Q82 fishmonger | staff | Who still hasn't got a food hygiene certificate?
SELECT staff_nm, role_cd, start_dt FROM fishmonger.staff WHERE hyg_lvl IS NULL AND leave_dt IS NULL;

-- Q83 fishmonger | species | Which fish can we get MSC certified?
SELECT common_nm, latin_nm FROM fishmonger.species WHERE msc_yn = 'Y';

-- Q84 fishmonger | payments | How much came in by BACS this month?
SELECT sum(amt) AS bacs FROM fishmonger.payments WHERE method_cd = 'BACS' AND pay_dt >= DATE '2026-06-01';

-- Q85 fishmonger | accounts,delivery_routes | Who's on the Dartmouth run?
SELECT a.trading_nm, a.addr, a.town, a.tel FROM fishmonger.accounts a JOIN fishmonger.delivery_routes r ON r.route_cd = a.route_ref WHERE r.route_nm ILIKE 'Dartmouth%';

-- Q86 fishmonger | auction_buys | What did we buy off the Barentszee?
SELECT lot_no, auc_dt, sp_ref, boxes, kg, price_kg FROM fishmonger.auction_buys WHERE vessel_nm = 'Barentszee' ORDER BY auc_dt;

-- Q87 tilefitter | quotes,customers | Which quotes haven't we heard back on?
SELECT q.quote_no, c.cust_nm, c.tel, q.room_cd, q.quote_amt, q.sent_dt FROM tilefitter.quotes q JOIN tilefitter.customers c ON c.cust_ref = q.cust_ref WHERE q.status_cd = 'SENT' ORDER BY q.sent_dt;

-- Q88 tilefitter | quotes | How many quotes have we won and lost this year?
SELECT status_cd, count(*) AS quotes FROM tilefitter.quotes WHERE sent_dt >= DATE '2026-01-01' AND status_cd IN ('WON', 'LOST') GROUP BY status_cd;

-- Q89 tilefitter | jobs,fitters,customers | What jobs are on at the moment and who's fitting them?
SELECT j.job_id, c.cust_nm, c.town, f.fnm, f.snm, j.start_dt, j.status_cd FROM tilefitter.jobs j JOIN tilefitter.fitters f ON f.fitter_id = j.fitter_ref JOIN tilefitter.customers c ON c.cust_ref = j.cust_ref WHERE j.status_cd IN ('ON', 'HOLD', 'SNAG') ORDER BY j.start_dt;

-- Q90 tilefitter | invoices,customers | Who still owes us?
SELECT c.cust_nm, i.inv_no, i.inv_typ, i.inv_dt, i.amt FROM tilefitter.invoices i JOIN tilefitter.customers c ON c.cust_ref = i.cust_ref WHERE i.paid_dt IS NULL ORDER BY i.inv_dt;

-- Q91 tilefitter | callbacks,jobs,customers | Which callbacks haven't been sorted yet?
SELECT b.cb_no, c.cust_nm, c.tel, b.issue_cd, b.rpt_dt, b.visit_dt, b.note FROM tilefitter.callbacks b JOIN tilefitter.jobs j ON j.job_id = b.job_ref JOIN tilefitter.customers c ON c.cust_ref = j.cust_ref WHERE b.fixed_yn = 'N' ORDER BY b.rpt_dt;

-- Q92 tilefitter | tile_stock,tiles | How much Calacatta have we got in, and in which shade batches?
SELECT s.shade_batch, s.loc_cd, s.boxes, s.boxes * s.m2_box AS m2 FROM tilefitter.tile_stock s JOIN tilefitter.tiles t ON t.tile_sku = s.sku_ref WHERE t.range_nm ILIKE 'Calacatta%' ORDER BY s.shade_batch;

-- Q93 tilefitter | tiles | Which tiles are safe for a wet room floor?
SELECT tile_sku, range_nm, colour, size_mm, slip_rtg, price_m2 FROM tilefitter.tiles WHERE slip_rtg IN ('R10', 'R11', 'R12') AND disc_yn = 'N';

-- Q94 tilefitter | fitters | Whose CSCS card runs out in the next month?
SELECT fnm, snm, emp_typ, cscs_exp FROM tilefitter.fitters WHERE active_yn = 'Y' AND cscs_exp < DATE '2026-07-12';

-- Q95 tilefitter | purchase_orders | What are we still waiting on from suppliers?
SELECT po_no, sup_ref, job_ref, po_dt, due_dt, status_cd FROM tilefitter.purchase_orders WHERE status_cd IN ('ORD', 'PRT', 'BO') ORDER BY due_dt;

-- Q96 tilefitter | jobs | Which jobs took longer than we allowed?
SELECT job_id, cust_ref, days_est, days_act FROM tilefitter.jobs WHERE days_act > days_est ORDER BY days_act - days_est DESC;

-- Q97 tilefitter | customers | How many customers have come through Checkatrade?
SELECT count(*) AS checkatrade FROM tilefitter.customers WHERE src_cd = 'CHK';

-- Q98 tilefitter | quotes | What's our average price for a bathroom?
SELECT avg(quote_amt) AS avg_quote, count(*) AS quotes FROM tilefitter.quotes WHERE room_cd = 'BATH';

-- Q99 tilefitter | tiles,tile_stock | Which discontinued tiles have we still got boxes of?
SELECT t.range_nm, t.colour, sum(s.boxes) AS boxes FROM tilefitter.tiles t JOIN tilefitter.tile_stock s ON s.sku_ref = t.tile_sku WHERE t.disc_yn = 'Y' AND s.boxes > 0 GROUP BY t.range_nm, t.colour;

-- Q100 tilefitter | jobs,fitters | How many days have the subbies done for us this year?
SELECT f.fnm, f.snm, sum(j.days_act) AS days FROM tilefitter.jobs j JOIN tilefitter.fitters f ON f.fitter_id = j.fitter_ref WHERE f.emp_typ = 'SUB' AND j.start_dt >= DATE '2026-01-01' GROUP BY f.fnm, f.snm;
