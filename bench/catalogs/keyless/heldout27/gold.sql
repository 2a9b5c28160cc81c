-- Verification SQL for heldout27/questions.tsv (held-out 27: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the seven heldout27 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 knifegrind | visits,accounts | Which kitchens did we miss on the rounds in May because nobody was there?
SELECT a.acct_nm, v.vst_dt, v.note FROM knifegrind.visits v JOIN knifegrind.accounts a ON a.acct_no = v.acct_ref WHERE v.status_cd = 'MISS' AND v.vst_dt >= DATE '2026-05-01' AND v.vst_dt < DATE '2026-06-01' ORDER BY v.vst_dt;

-- Q02 knifegrind | invoices,accounts | Which trade accounts still haven't paid their April invoice?
SELECT a.acct_nm, i.inv_no, i.net_amt + i.vat_amt - coalesce(i.paid_amt, 0) AS owed, i.due_dt FROM knifegrind.invoices i JOIN knifegrind.accounts a ON a.acct_no = i.acct_ref WHERE i.inv_dt >= DATE '2026-04-01' AND i.inv_dt < DATE '2026-05-01' AND coalesce(i.paid_amt, 0) < i.net_amt + i.vat_amt;

-- Q03 knifegrind | items_done | How many knives have needed a regrind because they were chipped or had a broken tip?
SELECT sum(qty) AS reground FROM knifegrind.items_done WHERE edge_cd = 'RGR';

-- Q04 knifegrind | consumables | Which belts and whetstones do I need to reorder?
SELECT cons_cd, cons_desc, supp_nm, qty, reorder_lvl FROM knifegrind.consumables WHERE qty < reorder_lvl ORDER BY supp_nm;

-- Q05 knifegrind | vans | When's the MOT due on each of the vans?
SELECT reg_no, make_mdl, mot_due, status_cd FROM knifegrind.vans ORDER BY mot_due;

-- Q06 knifegrind | exchange_sets,accounts | Which restaurants have got one of our exchange knife rolls at the moment?
SELECT a.acct_nm, x.set_no, x.roll_cd, x.knives, x.wk_rate FROM knifegrind.exchange_sets x JOIN knifegrind.accounts a ON a.acct_no = x.acct_ref WHERE x.status_cd = 'OUT';

-- Q07 knifegrind | postal_jobs | Any posted-in knives still waiting to go back to the customer?
SELECT pj_no, cust_nm, recv_dt, items, status_cd FROM knifegrind.postal_jobs WHERE status_cd IN ('RECV', 'DONE') ORDER BY recv_dt;

-- Q08 knifegrind | sharpeners | Who can do Japanese single-bevel knives on the whetstones?
SELECT shp_nm, skill_cd FROM knifegrind.sharpeners WHERE skill_cd IN ('JPN', 'ALL') AND leave_dt IS NULL;

-- Q09 knifegrind | visits,rounds,sharpeners | How many calls did each round get through in May, and who drives it?
SELECT r.rnd_nm, s.shp_nm, count(*) FILTER (WHERE v.status_cd = 'DONE') AS calls_done, count(*) AS calls_booked FROM knifegrind.rounds r JOIN knifegrind.sharpeners s ON s.shp_cd = r.shp_ref JOIN knifegrind.visits v ON v.rnd_ref = r.rnd_cd WHERE v.vst_dt >= DATE '2026-05-01' AND v.vst_dt < DATE '2026-06-01' GROUP BY r.rnd_nm, s.shp_nm ORDER BY r.rnd_nm;

-- Q10 knifegrind | items_done | How many bread knives have we done and what did we charge for them?
SELECT sum(qty) AS knives, sum(qty * unit_price) AS charged FROM knifegrind.items_done WHERE itm_cd = 'BRD';

-- Q11 knifegrind | accounts | List the hair salons and barbers we look after.
SELECT acct_nm, contact_nm, tel, town, freq_cd FROM knifegrind.accounts WHERE acct_typ = 'SAL' AND closed_dt IS NULL;

-- Q12 knifegrind | items_done,visits,accounts | Which customers handed over damaged knives that we had to warn them about?
SELECT a.acct_nm, v.vst_dt, d.itm_cd, d.qty, d.note FROM knifegrind.items_done d JOIN knifegrind.visits v ON v.vst_no = d.vst_ref JOIN knifegrind.accounts a ON a.acct_no = v.acct_ref WHERE d.dmg_yn = 'Y' ORDER BY v.vst_dt;

-- Q13 knifegrind | invoices | What did we invoice in total for May?
SELECT sum(net_amt) AS net, sum(vat_amt) AS vat, sum(net_amt + vat_amt) AS gross FROM knifegrind.invoices WHERE inv_dt >= DATE '2026-05-01' AND inv_dt < DATE '2026-06-01';

-- Q14 knifegrind | accounts | Who's left us?
SELECT acct_nm, acct_typ, open_dt, closed_dt FROM knifegrind.accounts WHERE closed_dt IS NOT NULL;

-- Q15 bouncycastle | bookings,customers | What have we got going out on the weekend of 13 June, and who's hiring?
SELECT b.bkg_no, b.evt_dt, coalesce(c.org_nm, c.fnm || ' ' || c.snm) AS hirer, b.venue_addr, b.drop_tm FROM bouncycastle.bookings b JOIN bouncycastle.customers c ON c.cust_id = b.cust_ref WHERE b.evt_dt BETWEEN DATE '2026-06-13' AND DATE '2026-06-14' AND b.status_cd = 'CONF';

-- Q16 bouncycastle | pipa_tests,hire_items | Which inflatables failed their PIPA test?
SELECT h.item_cd, h.item_nm, p.tst_dt, p.note, h.status_cd FROM bouncycastle.pipa_tests p JOIN bouncycastle.hire_items h ON h.item_cd = p.item_ref WHERE p.result_cd = 'FAIL';

-- Q17 bouncycastle | pipa_tests | Which PIPA tags run out before the end of June?
SELECT item_ref, tag_no, next_due FROM bouncycastle.pipa_tests WHERE next_due < DATE '2026-07-01' ORDER BY next_due;

-- Q18 bouncycastle | bookings | How many parties have we had to call off because of wind or rain this year?
SELECT count(*) AS weather_cancellations FROM bouncycastle.bookings WHERE wx_cxl_yn = 'Y' AND evt_dt >= DATE '2026-01-01';

-- Q19 bouncycastle | bookings,payments | Which confirmed bookings still have money owing?
SELECT b.bkg_no, b.evt_dt, b.tot_amt, coalesce(sum(p.amt), 0) AS paid, b.tot_amt - coalesce(sum(p.amt), 0) AS owing FROM bouncycastle.bookings b LEFT JOIN bouncycastle.payments p ON p.bkg_ref = b.bkg_no WHERE b.status_cd = 'CONF' GROUP BY b.bkg_no, b.evt_dt, b.tot_amt HAVING b.tot_amt > coalesce(sum(p.amt), 0) ORDER BY b.evt_dt;

-- Q20 bouncycastle | hire_items | Which inflatables are low enough to go inside a school or village hall?
SELECT item_cd, item_nm, cat_cd, day_rate FROM bouncycastle.hire_items WHERE indoor_ok_yn = 'Y' AND cat_cd IN ('CAS', 'SLD', 'ASC', 'GAM', 'SPL') AND status_cd = 'AVL';

-- Q21 bouncycastle | booking_items,hire_items,bookings | How many times has each bouncy castle gone out this year?
SELECT h.item_nm, count(*) AS hires FROM bouncycastle.booking_items bi JOIN bouncycastle.hire_items h ON h.item_cd = bi.item_ref JOIN bouncycastle.bookings b ON b.bkg_no = bi.bkg_ref WHERE h.cat_cd = 'CAS' AND b.status_cd IN ('CONF', 'DONE') AND b.evt_dt >= DATE '2026-01-01' GROUP BY h.item_nm ORDER BY hires DESC;

-- Q22 bouncycastle | damage_reports,bookings,customers | Who have we charged for damage or cleaning, and how much?
SELECT coalesce(c.org_nm, c.fnm || ' ' || c.snm) AS hirer, d.item_ref, d.dmg_cd, d.descr, d.charged_amt FROM bouncycastle.damage_reports d JOIN bouncycastle.bookings b ON b.bkg_no = d.bkg_ref JOIN bouncycastle.customers c ON c.cust_id = b.cust_ref WHERE d.charged_amt > 0;

-- Q23 bouncycastle | crew | Which of the crew can drive the 7.5 tonne lorry?
SELECT crew_nm, role_cd FROM bouncycastle.crew WHERE lic_cd = 'C1' AND leave_dt IS NULL;

-- Q24 bouncycastle | crew | Who hasn't got a DBS? They can't work the school fair.
SELECT crew_nm, role_cd FROM bouncycastle.crew WHERE dbs_yn = 'N' AND leave_dt IS NULL;

-- Q25 bouncycastle | delivery_runs | How many miles did we do on deliveries in May?
SELECT sum(miles) AS miles, count(*) AS runs FROM bouncycastle.delivery_runs WHERE run_dt >= DATE '2026-05-01' AND run_dt < DATE '2026-06-01';

-- Q26 bouncycastle | customers | Who's on the do-not-hire list?
SELECT fnm, snm, org_nm, tel, town FROM bouncycastle.customers WHERE do_not_hire_yn = 'Y';

-- Q27 bouncycastle | vans | Has any van's MOT or tax run out?
SELECT van_no, reg, descr, mot_exp, tax_exp, status_cd FROM bouncycastle.vans WHERE mot_exp < DATE '2026-06-05' OR tax_exp < DATE '2026-06-05';

-- Q28 bouncycastle | payments | How much have we taken in deposits so far this year?
SELECT sum(amt) AS deposits FROM bouncycastle.payments WHERE typ_cd = 'DEP' AND pay_dt >= DATE '2026-01-01';

-- Q29 aquarium | water_tests,tanks,livestock | Which tanks showed ammonia or nitrite on this week's water tests, and what fish are in them?
SELECT w.tank_ref, w.tst_dt, w.nh3, w.no2, l.common_nm, t.qty FROM aquarium.water_tests w JOIN aquarium.tanks t ON t.tank_no = w.tank_ref LEFT JOIN aquarium.livestock l ON l.ls_cd = t.ls_ref WHERE w.tst_dt >= DATE '2026-06-01' AND (w.nh3 > 0 OR w.no2 > 0) ORDER BY w.tank_ref, w.tst_dt;

-- Q30 aquarium | tanks | Which quarantine tanks can go on sale by the end of next week?
SELECT tank_no, ls_ref, qty, quar_end_dt FROM aquarium.tanks WHERE quar_yn = 'Y' AND quar_end_dt <= DATE '2026-06-14';

-- Q31 aquarium | losses | What have we lost in the shop over the last month, and why?
SELECT loss_dt, tank_ref, ls_ref, qty, cause_cd, note FROM aquarium.losses WHERE loss_dt >= DATE '2026-05-05' ORDER BY loss_dt;

-- Q32 aquarium | consignments,suppliers | How many dead on arrival have we had from each wholesaler?
SELECT s.supp_nm, sum(c.qty_doa) AS doa, sum(c.qty_recv) AS received FROM aquarium.consignments c JOIN aquarium.suppliers s ON s.supp_no = c.supp_ref GROUP BY s.supp_nm ORDER BY doa DESC;

-- Q33 aquarium | consignments | Have we claimed credit for all the DOAs?
SELECT cons_no, recv_dt, ls_ref, qty_doa FROM aquarium.consignments WHERE qty_doa > 0 AND claim_yn = 'N';

-- Q34 aquarium | dry_goods | What dry goods need reordering?
SELECT sku, descr, brand, qty, reorder_lvl FROM aquarium.dry_goods WHERE qty < reorder_lvl ORDER BY cat_cd;

-- Q35 aquarium | livestock | Which fish should only be sold in groups of six or more?
SELECT common_nm, latin_nm, min_grp FROM aquarium.livestock WHERE grp_cd = 'FISH' AND min_grp >= 6;

-- Q36 aquarium | livestock | What marine fish and corals do we sell, and at what price?
SELECT common_nm, grp_cd, price FROM aquarium.livestock WHERE water_cd = 'MAR' ORDER BY price;

-- Q37 aquarium | maint_visits | How many maintenance visits in May found an equipment failure or dead fish?
SELECT issue_cd, count(*) AS visits FROM aquarium.maint_visits WHERE issue_cd IN ('EQP', 'DEATH') AND vst_dt >= DATE '2026-05-01' AND vst_dt < DATE '2026-06-01' GROUP BY issue_cd;

-- Q38 aquarium | maint_contracts | What do the live maintenance contracts bring in each month?
SELECT site_nm, freq_cd, mthly_fee, sum(mthly_fee) OVER () AS total_monthly FROM aquarium.maint_contracts WHERE end_dt IS NULL ORDER BY mthly_fee DESC;

-- Q39 aquarium | sale_lines,sales | What did we take on fish versus dry goods last week?
SELECT CASE WHEN l.ls_ref IS NOT NULL THEN 'livestock' ELSE 'dry goods' END AS kind, sum(l.qty * l.price) AS taken FROM aquarium.sale_lines l JOIN aquarium.sales s ON s.sale_no = l.sale_ref WHERE s.sale_ts >= TIMESTAMP '2026-05-29 00:00' AND s.sale_ts < TIMESTAMP '2026-06-05 00:00' GROUP BY 1;

-- Q40 aquarium | clients | Which customers are in the aquarist society?
SELECT fnm, snm, tel, pts FROM aquarium.clients WHERE club_yn = 'Y';

-- Q41 aquarium | staff | Who's trained to look after the marine side?
SELECT emp_nm, role_cd FROM aquarium.staff WHERE mar_yn = 'Y' AND leave_dt IS NULL;

-- Q42 aquarium | maint_visits,staff | How many hours did each technician spend on maintenance visits in May?
SELECT st.emp_nm, count(*) AS visits, round(sum(v.mins) / 60.0, 1) AS hours FROM aquarium.maint_visits v JOIN aquarium.staff st ON st.emp_cd = v.emp_ref WHERE v.vst_dt >= DATE '2026-05-01' AND v.vst_dt < DATE '2026-06-01' GROUP BY st.emp_nm;

-- Q43 aquarium | sale_lines,livestock | Which fish and shrimps are selling best?
SELECT lv.common_nm, sum(l.qty) AS sold, sum(l.qty * l.price) AS taken FROM aquarium.sale_lines l JOIN aquarium.livestock lv ON lv.ls_cd = l.ls_ref GROUP BY lv.common_nm ORDER BY sold DESC;

-- Q44 tailor | fittings,commissions,clients | What fittings have we got next week, and for whom?
SELECT f.fit_dt, f.fit_tm, f.fit_typ, c.title, c.fnm, c.snm, m.garment_cd FROM tailor.fittings f JOIN tailor.commissions m ON m.comm_no = f.comm_ref JOIN tailor.clients c ON c.cl_no = m.cl_ref WHERE f.fit_dt BETWEEN DATE '2026-06-08' AND DATE '2026-06-14' ORDER BY f.fit_dt, f.fit_tm;

-- Q45 tailor | commissions | What's promised in the next three weeks that isn't finished yet?
SELECT comm_no, garment_cd, promise_dt, status_cd, occasion FROM tailor.commissions WHERE promise_dt BETWEEN DATE '2026-06-05' AND DATE '2026-06-26' AND status_cd NOT IN ('RDY', 'COLL', 'CXL') ORDER BY promise_dt;

-- Q46 tailor | commissions,clients | Whose suits are ready to be collected?
SELECT c.title, c.fnm, c.snm, c.tel, m.comm_no, m.garment_cd FROM tailor.commissions m JOIN tailor.clients c ON c.cl_no = m.cl_ref WHERE m.status_cd = 'RDY';

-- Q47 tailor | alterations | Which alterations are still waiting to be done?
SELECT alt_no, garment_desc, alt_cd, stf_ref, due_dt FROM tailor.alterations WHERE done_dt IS NULL ORDER BY due_dt;

-- Q48 tailor | alterations,clients | Who's got finished alterations they haven't picked up?
SELECT c.fnm, c.snm, c.tel, a.garment_desc, a.done_dt FROM tailor.alterations a JOIN tailor.clients c ON c.cl_no = a.cl_ref WHERE a.done_dt IS NOT NULL AND a.coll_dt IS NULL;

-- Q49 tailor | cloths | What cloth have we actually got on the shelf?
SELECT cloth_cd, descr, colour, wt_g, stock_m FROM tailor.cloths WHERE stock_m > 0 ORDER BY stock_m DESC;

-- Q50 tailor | trimmings | Which linings and buttons are running low?
SELECT trim_cd, descr, qty, reorder_lvl FROM tailor.trimmings WHERE typ_cd IN ('LIN', 'BTN') AND qty < reorder_lvl;

-- Q51 tailor | outwork | What's out with the outworkers at the moment, and when is it due back?
SELECT comm_ref, sup_ref, piece_cd, sent_dt, due_dt FROM tailor.outwork WHERE back_dt IS NULL ORDER BY due_dt;

-- Q52 tailor | measurements,clients | What are Frank Hargreaves's latest measurements?
SELECT m.meas_dt, m.chest_cm, m.waist_cm, m.seat_cm, m.inleg_cm, m.sleeve_cm, m.neck_cm, m.posture_cd, m.shldr_cd FROM tailor.measurements m JOIN tailor.clients c ON c.cl_no = m.cl_ref WHERE c.fnm = 'Frank' AND c.snm = 'Hargreaves' ORDER BY m.meas_dt DESC LIMIT 1;

-- Q53 tailor | fittings | How many fittings have clients not turned up to this year?
SELECT count(*) AS no_shows FROM tailor.fittings WHERE attended_yn = 'N' AND fit_dt >= DATE '2026-01-01';

-- Q54 tailor | invoices,clients | Who owes us money?
SELECT c.fnm, c.snm, i.inv_no, i.inv_dt, i.amt - coalesce(i.paid_amt, 0) AS owed FROM tailor.invoices i JOIN tailor.clients c ON c.cl_no = i.cl_ref WHERE coalesce(i.paid_amt, 0) < i.amt ORDER BY i.inv_dt;

-- Q55 tailor | commissions | Is the dinner suit for the charity ball on track?
SELECT comm_no, garment_cd, status_cd, promise_dt, note FROM tailor.commissions WHERE garment_cd = 'DJ' AND occasion = 'Charity ball';

-- Q56 tailor | staff | Who does the alterations in the workroom?
SELECT stf_nm, mobile FROM tailor.staff WHERE role_cd = 'ALT' AND leave_dt IS NULL;

-- Q57 tailor | commissions,staff | How many bespoke pieces has each coatmaker got on?
SELECT s.stf_nm, count(*) AS pieces FROM tailor.commissions m JOIN tailor.staff s ON s.stf_cd = m.maker_ref WHERE m.status_cd NOT IN ('COLL', 'CXL') GROUP BY s.stf_nm;

-- Q58 kartrack | lap_times,drivers | What's the fastest clean lap this season, and who set it?
SELECT d.fnm, d.snm, l.lap_ms / 1000.0 AS lap_secs, l.sess_ref FROM kartrack.lap_times l JOIN kartrack.drivers d ON d.drv_no = l.drv_ref WHERE l.pen_cd IS NULL ORDER BY l.lap_ms LIMIT 1;

-- Q59 kartrack | drivers | Whose waiver has run out?
SELECT fnm, snm, waiver_dt FROM kartrack.drivers WHERE waiver_dt < DATE '2025-06-05' ORDER BY waiver_dt;

-- Q60 kartrack | karts | Which karts are due their 25 hour service?
SELECT kart_no, model, hrs_run, last_svc_hrs, hrs_run - last_svc_hrs AS hrs_since FROM kartrack.karts WHERE status_cd = 'OK' AND hrs_run - last_svc_hrs >= 25;

-- Q61 kartrack | incidents | Have we had anything RIDDOR reportable this year?
SELECT inc_no, inc_ts, inc_cd, injury_cd, descr FROM kartrack.incidents WHERE riddor_yn = 'Y' AND inc_ts >= TIMESTAMP '2026-01-01 00:00';

-- Q62 kartrack | incidents,drivers | Which accidents in May left a driver hurt, and who was it?
SELECT i.inc_ts, d.fnm, d.snm, i.inc_cd, i.injury_cd, i.descr FROM kartrack.incidents i JOIN kartrack.drivers d ON d.drv_no = i.drv_ref WHERE i.injury_cd <> 'NONE' AND i.inc_ts >= TIMESTAMP '2026-05-01 00:00' AND i.inc_ts < TIMESTAMP '2026-06-01 00:00';

-- Q63 kartrack | group_events | Any stag or hen parties coming up?
SELECT grp_nm, grp_typ, evt_dt, headcount, pkg_cd, status_cd FROM kartrack.group_events WHERE grp_typ IN ('STAG', 'HEN') AND evt_dt >= DATE '2026-06-05' AND status_cd <> 'CXL';

-- Q64 kartrack | group_events | Which group bookings still owe us money?
SELECT grp_nm, evt_dt, quote_amt, quote_amt - coalesce(dep_paid, 0) - coalesce(bal_paid, 0) AS owed FROM kartrack.group_events WHERE status_cd <> 'CXL' AND quote_amt > coalesce(dep_paid, 0) + coalesce(bal_paid, 0) ORDER BY evt_dt;

-- Q65 kartrack | vouchers | Which unused gift vouchers expire this month?
SELECT vch_cd, buyer_nm, vch_typ, value_amt, exp_dt FROM kartrack.vouchers WHERE redeemed_dt IS NULL AND exp_dt >= DATE '2026-06-01' AND exp_dt < DATE '2026-07-01';

-- Q66 kartrack | vouchers | How much have we got out there in vouchers nobody has used yet?
SELECT count(*) AS vouchers, sum(value_amt) AS value FROM kartrack.vouchers WHERE redeemed_dt IS NULL AND exp_dt >= DATE '2026-06-05';

-- Q67 kartrack | league_entries,drivers | Show me the 2026 league table.
SELECT d.fnm, d.snm, e.class_cd, e.pts, e.rounds_done FROM kartrack.league_entries e JOIN kartrack.drivers d ON d.drv_no = e.drv_ref WHERE e.season_cd = 'S2026' ORDER BY e.pts DESC;

-- Q68 kartrack | team | Whose first aid certificate needs renewing in the next month?
SELECT tm_nm, role_cd, first_aid_exp FROM kartrack.team WHERE first_aid_exp < DATE '2026-07-05' AND leave_dt IS NULL ORDER BY first_aid_exp;

-- Q69 kartrack | kart_maint | How much have we spent on parts for the karts this year?
SELECT work_cd, sum(parts_cost) AS parts, sum(labour_hrs) AS labour_hrs FROM kartrack.kart_maint WHERE mnt_dt >= DATE '2026-01-01' GROUP BY work_cd ORDER BY parts DESC;

-- Q70 kartrack | session_bookings,sessions | How many no-shows did we have in May?
SELECT count(*) AS no_shows FROM kartrack.session_bookings b JOIN kartrack.sessions s ON s.sess_no = b.sess_ref WHERE b.chk_in_yn = 'N' AND s.sess_dt >= DATE '2026-05-01' AND s.sess_dt < DATE '2026-06-01';

-- Q71 kartrack | parts | Which spares are we short of?
SELECT part_no, descr, qty, min_qty, supplier FROM kartrack.parts WHERE qty < min_qty;

-- Q72 kartrack | sessions,session_bookings,drivers | Who's booked in for Saturday's arrive and drive?
SELECT s.start_tm, d.fnm, d.snm, d.waiver_dt FROM kartrack.sessions s JOIN kartrack.session_bookings b ON b.sess_ref = s.sess_no JOIN kartrack.drivers d ON d.drv_no = b.drv_ref WHERE s.sess_dt = DATE '2026-06-06' AND s.sess_typ = 'AAD';

-- Q73 dogwalker | walks,walk_dogs,dogs | Which dogs were on the group walk in Middleton Park on 1 June?
SELECT d.pet_nm, d.breed, wd.pick_tm, wd.drop_tm, wd.note FROM dogwalker.walks w JOIN dogwalker.walk_dogs wd ON wd.walk_ref = w.walk_no JOIN dogwalker.dogs d ON d.pet_no = wd.pet_ref WHERE w.walk_dt = DATE '2026-06-01' AND w.loc_cd = 'MID' AND w.walk_typ = 'GRP';

-- Q74 dogwalker | dogs | Which dogs are reactive and have to go out on their own?
SELECT pet_nm, breed, med_note FROM dogwalker.dogs WHERE species_cd = 'DOG' AND reactive_yn = 'Y' AND rip_dt IS NULL;

-- Q75 dogwalker | walkers | Whose pet first aid has expired?
SELECT wlk_nm, pfa_exp FROM dogwalker.walkers WHERE pfa_exp < DATE '2026-06-05' AND leave_dt IS NULL;

-- Q76 dogwalker | sits | What house sits and boarding have we got booked this summer?
SELECT sit_no, sit_typ, start_dt, end_dt, wlk_ref, status_cd FROM dogwalker.sits WHERE sit_typ IN ('HOUSE', 'BOARD') AND start_dt BETWEEN DATE '2026-06-01' AND DATE '2026-08-31' AND status_cd IN ('REQ', 'CONF') ORDER BY start_dt;

-- Q77 dogwalker | bundles,owners | Who's nearly used up their bundle of walks?
SELECT o.fnm, o.snm, o.tel, b.walks_bought - b.walks_used AS walks_left, b.exp_dt FROM dogwalker.bundles b JOIN dogwalker.owners o ON o.own_no = b.own_ref WHERE b.walks_bought - b.walks_used <= 2 AND b.exp_dt >= DATE '2026-06-05';

-- Q78 dogwalker | invoices | Which May invoices haven't been paid?
SELECT inv_no, own_ref, amt, sent_dt FROM dogwalker.invoices WHERE per_from = DATE '2026-05-01' AND paid_dt IS NULL;

-- Q79 dogwalker | incident_log | How many incidents have we logged since March, by type?
SELECT inc_cd, count(*) AS incidents FROM dogwalker.incident_log WHERE inc_dt >= DATE '2026-03-01' GROUP BY inc_cd ORDER BY incidents DESC;

-- Q80 dogwalker | incident_log,dogs,owners | Which incidents didn't we tell the owner about?
SELECT i.inc_dt, d.pet_nm, o.fnm, o.snm, o.tel, i.inc_cd, i.descr FROM dogwalker.incident_log i JOIN dogwalker.dogs d ON d.pet_no = i.pet_ref JOIN dogwalker.owners o ON o.own_no = d.own_ref WHERE i.owner_told_yn = 'N';

-- Q81 dogwalker | dogs,owners,vets | Which vet does Major go to?
SELECT d.pet_nm, v.practice_nm, v.tel, v.ooh_yn FROM dogwalker.dogs d JOIN dogwalker.owners o ON o.own_no = d.own_ref JOIN dogwalker.vets v ON v.vet_cd = o.vet_ref WHERE d.pet_nm = 'Major';

-- Q82 dogwalker | walks | How many walks got cancelled because of the weather?
SELECT count(*) AS weather_cancelled FROM dogwalker.walks WHERE status_cd = 'WX';

-- Q83 dogwalker | walk_dogs,walks | What did the walks bring in during the first week of June?
SELECT sum(wd.price) AS takings, count(*) AS dog_walks FROM dogwalker.walk_dogs wd JOIN dogwalker.walks w ON w.walk_no = wd.walk_ref WHERE w.status_cd = 'DONE' AND w.walk_dt BETWEEN DATE '2026-06-01' AND DATE '2026-06-07';

-- Q84 dogwalker | walks,walkers | How many walks has each walker done this month?
SELECT k.wlk_nm, count(*) AS walks FROM dogwalker.walks w JOIN dogwalker.walkers k ON k.wlk_cd = w.wlk_ref WHERE w.status_cd = 'DONE' AND w.walk_dt >= DATE '2026-06-01' GROUP BY k.wlk_nm ORDER BY walks DESC;

-- Q85 dogwalker | dogs | Any dogs on medication or with allergies?
SELECT pet_nm, breed, med_note FROM dogwalker.dogs WHERE species_cd = 'DOG' AND med_note IS NOT NULL AND rip_dt IS NULL;

-- Q86 dogwalker | owners | Which clients have we got a house key for?
SELECT fnm, snm, addr1, pcode FROM dogwalker.owners WHERE key_cd = 'KEY' AND left_dt IS NULL;

-- Q87 recordshop | web_orders | Which online orders still need posting?
SELECT wo_no, site_cd, ship_cd, ord_ts, status_cd FROM recordshop.web_orders WHERE status_cd IN ('PAID', 'PACK') AND ship_cd <> 'COLL' ORDER BY ord_ts;

-- Q88 recordshop | web_orders | How much did Discogs and eBay take in fees last month?
SELECT site_cd, sum(fee_amt) AS fees FROM recordshop.web_orders WHERE site_cd IN ('DSC', 'EBY') AND ord_ts >= TIMESTAMP '2026-05-01 00:00' AND ord_ts < TIMESTAMP '2026-06-01 00:00' GROUP BY site_cd;

-- Q89 recordshop | releases | What's up on the wall priced over a hundred quid?
SELECT artist, title, label, yr, rec_grd, slv_grd, price FROM recordshop.releases WHERE loc_cd = 'WALL' AND price > 100 AND qty > 0;

-- Q90 recordshop | wantlist,buyers,releases | Whose wants have we found a copy of but not told them yet?
SELECT b.fnm, b.snm, b.email, r.artist, r.title, r.price, w.max_price FROM recordshop.wantlist w JOIN recordshop.buyers b ON b.byr_no = w.byr_ref JOIN recordshop.releases r ON r.rel_id = w.found_rel WHERE w.notified_dt IS NULL;

-- Q91 recordshop | preorders,buyers,releases | Who's pre-ordered the new Sabrina Carpenter?
SELECT b.fnm, b.snm, b.email, p.dep_amt, p.street_dt, p.status_cd FROM recordshop.preorders p JOIN recordshop.buyers b ON b.byr_no = p.byr_ref JOIN recordshop.releases r ON r.rel_id = p.rel_ref WHERE r.artist = 'Sabrina Carpenter' AND p.status_cd <> 'CXL';

-- Q92 recordshop | till_sales | What did we take over the counter on Saturday?
SELECT sum(qty * price - coalesce(disc_amt, 0)) AS takings, count(*) AS lines FROM recordshop.till_sales WHERE sale_ts >= TIMESTAMP '2026-05-30 00:00' AND sale_ts < TIMESTAMP '2026-05-31 00:00';

-- Q93 recordshop | till_sales,releases | What were the best sellers in the shop last week?
SELECT r.artist, r.title, r.fmt_cd, sum(t.qty) AS sold FROM recordshop.till_sales t JOIN recordshop.releases r ON r.rel_id = t.rel_ref WHERE t.sale_ts >= TIMESTAMP '2026-05-29 00:00' AND t.sale_ts < TIMESTAMP '2026-06-05 00:00' GROUP BY r.artist, r.title, r.fmt_cd ORDER BY sold DESC;

-- Q94 recordshop | buy_ins | How much have we spent buying in collections this year?
SELECT sum(paid_amt) AS spent, sum(items) AS records FROM recordshop.buy_ins WHERE bi_dt >= DATE '2026-01-01';

-- Q95 recordshop | stock_orders | Which distributor orders haven't turned up yet?
SELECT so_no, dist_ref, ord_dt, exp_dt, tot_cost, status_cd FROM recordshop.stock_orders WHERE recv_dt IS NULL AND status_cd IN ('SENT', 'PART') ORDER BY exp_dt;

-- Q96 recordshop | stock_order_lines,releases | How many of the Cure RSD picture discs are still to come from our allocation?
SELECT r.title, l.qty_ord, l.qty_recv, l.qty_ord - l.qty_recv AS to_come FROM recordshop.stock_order_lines l JOIN recordshop.releases r ON r.rel_id = l.rel_ref WHERE r.artist = 'The Cure' AND r.rsd_yn = 'Y';

-- Q97 recordshop | releases | Which new titles have we sold out of?
SELECT artist, title, fmt_cd, label FROM recordshop.releases WHERE cond_cd = 'N' AND qty = 0;

-- Q98 recordshop | buyers | How many of our online customers are overseas?
SELECT ctry_cd, count(*) AS customers FROM recordshop.buyers WHERE ctry_cd <> 'GB' GROUP BY ctry_cd;

-- Q99 recordshop | web_orders,buyers | Which orders came back as returns, and who sent them?
SELECT o.wo_no, o.site_cd, o.ord_ts, b.fnm, b.snm, b.ctry_cd, o.tot_amt FROM recordshop.web_orders o JOIN recordshop.buyers b ON b.byr_no = o.byr_ref WHERE o.status_cd = 'RTN';

-- Q100 recordshop | releases | What second-hand jazz have we got in?
SELECT artist, title, label, yr, rec_grd, slv_grd, price FROM recordshop.releases WHERE genre_cd = 'JAZZ' AND cond_cd = 'U' AND qty > 0;
