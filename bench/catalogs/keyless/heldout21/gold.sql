-- Verification SQL for heldout21/questions.tsv (held-out 21: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the seven heldout21 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 thatcher | roofs | Which of the roofs we look after are listed, and what grade?
SELECT roof_id, prop_nm, village, lb_grade FROM thatcher.roofs WHERE lb_grade IS NOT NULL ORDER BY lb_grade, prop_nm;

-- Q02 thatcher | materials | What are we running low on in the yard?
SELECT mat_cd, mat_desc, stock_qty, reorder_lvl FROM thatcher.materials WHERE stock_qty <= reorder_lvl ORDER BY mat_cd;

-- Q03 thatcher | invoices,customers | Who hasn't paid yet?
SELECT c.fnm, c.snm, i.inv_no, i.stage_cd, i.net_amt + i.vat_amt AS gross_amt, i.paid_amt, i.due_dt FROM thatcher.invoices i JOIN thatcher.customers c ON c.cust_no = i.cust_ref WHERE i.paid_dt IS NULL ORDER BY i.due_dt;

-- Q04 thatcher | day_sheets | How many hours went in on each job in May?
SELECT job_ref, sum(hrs) AS hours, count(DISTINCT work_dt) AS days FROM thatcher.day_sheets WHERE work_dt >= DATE '2026-05-01' AND work_dt < DATE '2026-06-01' GROUP BY job_ref ORDER BY job_ref;

-- Q05 thatcher | quotes | Which quotes are we still waiting to hear back on?
SELECT qt_no, roof_ref, qt_dt, work_cd, net_amt, valid_to FROM thatcher.quotes WHERE status_cd = 'SENT' ORDER BY qt_dt;

-- Q06 thatcher | lb_consents,roofs | Has the council made its mind up on the listed building consent for Church Farm House?
SELECT l.lbc_ref, l.council, l.applied_dt, l.decision_cd, l.decision_dt FROM thatcher.lb_consents l JOIN thatcher.roofs r ON r.roof_id = l.roof_ref WHERE r.prop_nm = 'Church Farm House';

-- Q07 thatcher | materials_used,materials | How many bundles of water reed went out onto jobs in May?
SELECT sum(u.qty) AS bundles FROM thatcher.materials_used u JOIN thatcher.materials m ON m.mat_cd = u.mat_ref WHERE m.mat_typ = 'REED' AND u.used_dt >= DATE '2026-05-01' AND u.used_dt < DATE '2026-06-01';

-- Q08 thatcher | roof_inspections | Which inspections turned up bird or rat damage?
SELECT insp_no, roof_ref, insp_dt, bird_dmg_yn, rodent_yn, recommend_cd FROM thatcher.roof_inspections WHERE bird_dmg_yn = 'Y' OR rodent_yn = 'Y' ORDER BY insp_dt;

-- Q09 thatcher | jobs | Which jobs lost the most days to the weather?
SELECT job_no, roof_ref, start_dt, end_dt, wx_days_lost FROM thatcher.jobs WHERE wx_days_lost > 0 ORDER BY wx_days_lost DESC;

-- Q10 thatcher | invoices | How much have we billed so far this year, split into deposits, interims and final bills?
SELECT stage_cd, count(*) AS invoices, sum(net_amt) AS net_billed FROM thatcher.invoices WHERE inv_dt >= DATE '2026-01-01' GROUP BY stage_cd ORDER BY stage_cd;

-- Q11 thatcher | suppliers | Which of our suppliers are abroad, and how long do they take to deliver?
SELECT sup_nm, country, lead_wks, min_order_amt FROM thatcher.suppliers WHERE country <> 'England';

-- Q12 thatcher | roofs,customers | Give me the phone numbers of everyone we've got a thatched roof for in Cerne Abbas.
SELECT c.fnm, c.snm, c.tel, r.prop_nm FROM thatcher.roofs r JOIN thatcher.customers c ON c.cust_no = r.cust_ref WHERE r.village = 'Cerne Abbas' ORDER BY r.prop_nm;

-- Q13 thatcher | jobs,thatchers,invoices | How much has been invoiced on each of the jobs Beth has run?
SELECT j.job_no, j.roof_ref, sum(i.net_amt) AS net_invoiced FROM thatcher.jobs j JOIN thatcher.thatchers t ON t.thr_cd = j.lead_thr JOIN thatcher.invoices i ON i.job_ref = j.job_no WHERE t.thr_nm = 'Beth Hollis' GROUP BY j.job_no, j.roof_ref ORDER BY j.job_no;

-- Q14 thatcher | thatchers | Has anybody's CSCS card run out?
SELECT thr_nm, grade_cd, cscs_exp FROM thatcher.thatchers WHERE cscs_exp < DATE '2026-06-15' AND leaver_dt IS NULL;

-- Q15 thatcher | roof_inspections,roofs,customers | Which roofs did we say need a new coat or a full rethatch when we inspected them, and who owns them?
SELECT r.prop_nm, r.village, c.fnm, c.snm, i.insp_dt, i.recommend_cd FROM thatcher.roof_inspections i JOIN thatcher.roofs r ON r.roof_id = i.roof_ref JOIN thatcher.customers c ON c.cust_no = r.cust_ref WHERE i.recommend_cd IN ('FULL', 'RECOAT') ORDER BY i.insp_dt;

-- Q16 planetarium | shows | Which film licences run out before the end of the year?
SELECT show_cd, show_ttl, distrib_nm, lic_exp_dt FROM planetarium.shows WHERE fmt_cd IN ('FD', 'HYB') AND lic_exp_dt <= DATE '2026-12-31' ORDER BY lic_exp_dt;

-- Q17 planetarium | screenings | Did any shows get cancelled or go wrong partway through in the last couple of months?
SELECT scr_id, show_ref, scr_dt, start_tm, cxl_yn, cxl_rsn, fault_yn FROM planetarium.screenings WHERE (cxl_yn = 'Y' OR fault_yn = 'Y') AND scr_dt >= DATE '2026-04-15' ORDER BY scr_dt;

-- Q18 planetarium | screenings,shows | What were our best attended shows in May?
SELECT sh.show_ttl, sum(s.seats_sold + s.seats_comp) AS audience FROM planetarium.screenings s JOIN planetarium.shows sh ON sh.show_cd = s.show_ref WHERE s.scr_dt >= DATE '2026-05-01' AND s.scr_dt < DATE '2026-06-01' AND s.cxl_yn = 'N' GROUP BY sh.show_ttl ORDER BY audience DESC;

-- Q19 planetarium | bookings,patrons | Is anyone still using free Friends passes after their membership ran out?
SELECT p.fnm, p.snm, p.friend_cd, p.friend_exp, b.bk_ref, b.bk_dt FROM planetarium.bookings b JOIN planetarium.patrons p ON p.pat_no = b.pat_ref WHERE b.pay_cd = 'FRD' AND p.friend_exp IS NOT NULL AND b.bk_dt > p.friend_exp;

-- Q20 planetarium | school_visits,schools | Which schools are coming in over the next few weeks, and how many children are they bringing?
SELECT s.sch_nm, v.visit_dt, v.year_grp, v.pupils, v.adults, v.status_cd FROM planetarium.school_visits v JOIN planetarium.schools s ON s.sch_urn = v.sch_ref WHERE v.visit_dt >= DATE '2026-06-15' AND v.visit_dt < DATE '2026-07-31' AND v.status_cd <> 'CXL' ORDER BY v.visit_dt;

-- Q21 planetarium | sch_invoices,schools | Which schools still owe us money?
SELECT s.sch_nm, i.inv_no, i.issue_dt, i.amt, i.due_dt, i.po_no FROM planetarium.sch_invoices i JOIN planetarium.schools s ON s.sch_urn = i.sch_ref WHERE i.paid_dt IS NULL ORDER BY i.due_dt;

-- Q22 planetarium | shop_items | What's sold out in the shop?
SELECT sku, item_nm, supp_nm FROM planetarium.shop_items WHERE stock_qty = 0;

-- Q23 planetarium | shop_sales,shop_items | What were the shop's best sellers in May by takings?
SELECT i.item_nm, sum(s.qty) AS units, sum(s.qty * s.unit_px * (1 - s.disc_pct / 100)) AS takings FROM planetarium.shop_sales s JOIN planetarium.shop_items i ON i.sku = s.sku_ref WHERE s.sale_ts >= TIMESTAMP '2026-05-01' AND s.sale_ts < TIMESTAMP '2026-06-01' GROUP BY i.item_nm ORDER BY takings DESC;

-- Q24 planetarium | staff | Whose DBS check is out of date or due in the next few months?
SELECT stf_nm, role_cd, dbs_exp FROM planetarium.staff WHERE dbs_exp < DATE '2026-09-30' AND end_dt IS NULL ORDER BY dbs_exp;

-- Q25 planetarium | proj_log | Is there anything wrong with the dome kit that hasn't been fixed yet?
SELECT log_id, log_dt, equip_cd, fault_cd, descr, eng_nm FROM planetarium.proj_log WHERE fixed_dt IS NULL ORDER BY log_dt;

-- Q26 planetarium | private_hires | How many birthday parties have we got booked for July?
SELECT count(*) AS parties FROM planetarium.private_hires WHERE purpose_cd = 'BDAY' AND hire_dt >= DATE '2026-07-01' AND hire_dt < DATE '2026-08-01';

-- Q27 planetarium | screenings,staff | How many shows did each presenter do in May?
SELECT st.stf_nm, count(*) AS shows FROM planetarium.screenings s JOIN planetarium.staff st ON st.stf_id = s.pres_ref WHERE s.scr_dt >= DATE '2026-05-01' AND s.scr_dt < DATE '2026-06-01' AND s.cxl_yn = 'N' GROUP BY st.stf_nm ORDER BY shows DESC;

-- Q28 planetarium | school_visits,screenings,shows | Which shows have the school groups been watching this term?
SELECT sh.show_ttl, count(*) AS groups, sum(v.pupils) AS pupils FROM planetarium.school_visits v JOIN planetarium.screenings s ON s.scr_id = v.scr_ref JOIN planetarium.shows sh ON sh.show_cd = s.show_ref WHERE v.visit_dt >= DATE '2026-04-13' AND v.status_cd IN ('DONE', 'CONF') GROUP BY sh.show_ttl ORDER BY pupils DESC;

-- Q29 planetarium | bookings | How much did we take online compared with on the door in May?
SELECT chan_cd, count(*) AS bookings, sum(tot_amt) AS takings FROM planetarium.bookings WHERE bk_dt >= DATE '2026-05-01' AND bk_dt < DATE '2026-06-01' AND refund_yn = 'N' GROUP BY chan_cd ORDER BY chan_cd;

-- Q30 bonsai | trees,species | How many Japanese maples have we got for sale, and what's the cheapest?
SELECT count(*) AS trees, min(t.price_amt) AS cheapest FROM bonsai.trees t JOIN bonsai.species s ON s.sp_cd = t.sp_ref WHERE s.common_nm = 'Japanese maple' AND t.status_cd = 'SALE';

-- Q31 bonsai | species | Which kinds need bringing indoors for the winter?
SELECT common_nm, latin_nm, hardy_cd FROM bonsai.species WHERE hardy_cd IN ('IND', 'SHEL') ORDER BY hardy_cd, common_nm;

-- Q32 bonsai | boarding | Which trees are in with us for boarding right now, and when are they going home?
SELECT brd_no, tree_desc, in_dt, due_out_dt, water_cd, care_note FROM bonsai.boarding WHERE status_cd = 'IN' ORDER BY due_out_dt;

-- Q33 bonsai | care_jobs | Which repaired trees are ready but haven't been picked up?
SELECT job_no, tree_desc, work_cd, done_dt, final_amt FROM bonsai.care_jobs WHERE done_dt IS NOT NULL AND coll_dt IS NULL ORDER BY done_dt;

-- Q34 bonsai | orders | How much did we sell at shows compared with in the nursery this spring?
SELECT chan_cd, count(*) AS orders, sum(net_amt - disc_amt) AS sales FROM bonsai.orders WHERE ord_dt >= DATE '2026-03-01' AND ord_dt < DATE '2026-06-01' AND status_cd <> 'CXL' GROUP BY chan_cd ORDER BY sales DESC;

-- Q35 bonsai | order_lines,sundries | Which pots have sold best this year?
SELECT s.item_desc, s.maker, sum(l.qty) AS sold FROM bonsai.order_lines l JOIN bonsai.sundries s ON s.item_cd = l.item_ref WHERE l.item_typ = 'SUN' AND s.cat_cd = 'POT' GROUP BY s.item_desc, s.maker ORDER BY sold DESC;

-- Q36 bonsai | workshops,ws_bookings | How many places are still free on the workshops coming up?
SELECT w.ws_dt, w.title, w.places - count(b.cust_ref) AS free_places FROM bonsai.workshops w LEFT JOIN bonsai.ws_bookings b ON b.ws_ref = w.ws_id WHERE w.ws_dt >= DATE '2026-06-15' GROUP BY w.ws_id, w.ws_dt, w.title, w.places ORDER BY w.ws_dt;

-- Q37 bonsai | ws_bookings,customers,workshops | Who didn't turn up to the juniper masterclass?
SELECT c.cust_nm, c.tel, b.paid_amt FROM bonsai.ws_bookings b JOIN bonsai.customers c ON c.cust_id = b.cust_ref JOIN bonsai.workshops w ON w.ws_id = b.ws_ref WHERE w.topic_cd = 'JUN' AND b.attended_yn = 'N';

-- Q38 bonsai | trees | Which trees have been sitting on the benches unsold for more than three years?
SELECT tree_no, sp_ref, style_cd, acq_dt, price_amt FROM bonsai.trees WHERE status_cd = 'SALE' AND acq_dt < DATE '2023-06-15' ORDER BY acq_dt;

-- Q39 bonsai | care_log,growers | How much wiring did each of the team do in May?
SELECT g.gr_nm, count(*) AS trees_wired, sum(l.mins) AS minutes FROM bonsai.care_log l JOIN bonsai.growers g ON g.gr_cd = l.gr_ref WHERE l.act_cd = 'WIRE' AND l.log_dt >= DATE '2026-05-01' AND l.log_dt < DATE '2026-06-01' GROUP BY g.gr_nm ORDER BY minutes DESC;

-- Q40 bonsai | sundries | How many Tokoname pots have we got left?
SELECT item_cd, item_desc, stock_qty FROM bonsai.sundries WHERE maker = 'Tokoname';

-- Q41 bonsai | customers | Which of our customers are in a bonsai club?
SELECT cust_nm, town, club_nm FROM bonsai.customers WHERE club_nm IS NOT NULL ORDER BY club_nm, cust_nm;

-- Q42 bonsai | care_jobs,customers,growers | What repair jobs did Hiro do in May, and whose trees were they?
SELECT j.job_no, c.cust_nm, j.tree_desc, j.work_cd, j.done_dt FROM bonsai.care_jobs j JOIN bonsai.customers c ON c.cust_id = j.cust_ref JOIN bonsai.growers g ON g.gr_cd = j.art_ref WHERE g.gr_nm = 'Hiro Tanaka' AND j.done_dt >= DATE '2026-05-01' AND j.done_dt < DATE '2026-06-01';

-- Q43 bonsai | trees,care_log | Which of the trees for sale haven't been repotted in the last two years?
SELECT t.tree_no, t.sp_ref, t.price_amt, max(l.log_dt) AS last_repot FROM bonsai.trees t LEFT JOIN bonsai.care_log l ON l.tree_ref = t.tree_no AND l.act_cd = 'REPOT' WHERE t.status_cd = 'SALE' GROUP BY t.tree_no, t.sp_ref, t.price_amt HAVING max(l.log_dt) IS NULL OR max(l.log_dt) < DATE '2024-06-15' ORDER BY t.tree_no;

-- Q44 microbrewpub | beers | What's the strongest beer we make?
SELECT beer_nm, style_cd, abv FROM microbrewpub.beers WHERE retired_dt IS NULL ORDER BY abv DESC LIMIT 1;

-- Q45 microbrewpub | brews | How many brews did we do in May, and how many litres was that all told?
SELECT count(*) AS brews, sum(vol_l) AS litres FROM microbrewpub.brews WHERE brew_dt >= DATE '2026-05-01' AND brew_dt < DATE '2026-06-01';

-- Q46 microbrewpub | casks | How many of our casks are sat in other pubs right now?
SELECT size_cd, count(*) AS casks_out FROM microbrewpub.casks WHERE loc_cd = 'OUT' GROUP BY size_cd;

-- Q47 microbrewpub | casks,trade_accounts | Which pubs have had our casks for more than six weeks without sending them back?
SELECT t.pub_nm, t.tel, c.cask_no, c.sent_dt FROM microbrewpub.casks c JOIN microbrewpub.trade_accounts t ON t.acct_cd = c.acct_ref WHERE c.loc_cd = 'OUT' AND c.ret_dt IS NULL AND c.sent_dt < DATE '2026-05-04' ORDER BY c.sent_dt;

-- Q48 microbrewpub | trade_invoices,trade_accounts | Which pubs owe us for beer, and how overdue are they?
SELECT t.pub_nm, i.tinv_no, i.net_amt + i.vat_amt AS owed, i.due_dt, DATE '2026-06-15' - i.due_dt AS days_overdue FROM microbrewpub.trade_invoices i JOIN microbrewpub.trade_accounts t ON t.acct_cd = i.acct_ref WHERE i.paid_dt IS NULL ORDER BY i.due_dt;

-- Q49 microbrewpub | ingredients | Are any of the hops past their best before?
SELECT ing_nm, stock_kg, bb_dt FROM microbrewpub.ingredients WHERE ing_typ = 'HOP' AND bb_dt < DATE '2026-06-15';

-- Q50 microbrewpub | brew_ingredients,ingredients,brews | How much Maris Otter did we get through in April?
SELECT sum(bi.qty_kg) AS kg FROM microbrewpub.brew_ingredients bi JOIN microbrewpub.ingredients i ON i.ing_cd = bi.ing_ref JOIN microbrewpub.brews b ON b.brew_no = bi.brew_ref WHERE i.ing_nm LIKE 'Maris Otter%' AND b.brew_dt >= DATE '2026-04-01' AND b.brew_dt < DATE '2026-05-01';

-- Q51 microbrewpub | menu | What can we offer someone who's vegan?
SELECT dish_nm, course_cd, price, allergens FROM microbrewpub.menu WHERE diet_cd = 'VE' AND active_yn = 'Y';

-- Q52 microbrewpub | tabs | What was the average food spend per head last month?
SELECT round(sum(food_amt) / sum(covers), 2) AS food_per_head FROM microbrewpub.tabs WHERE tab_dt >= DATE '2026-05-01' AND tab_dt < DATE '2026-06-01' AND covers > 0;

-- Q53 microbrewpub | tab_lines,menu,tabs | Which dishes sold best in May?
SELECT m.dish_nm, sum(l.qty) AS sold FROM microbrewpub.tab_lines l JOIN microbrewpub.menu m ON m.dish_cd = l.item_ref JOIN microbrewpub.tabs t ON t.tab_no = l.tab_ref WHERE l.item_typ = 'FOOD' AND t.tab_dt >= DATE '2026-05-01' AND t.tab_dt < DATE '2026-06-01' GROUP BY m.dish_nm ORDER BY sold DESC;

-- Q54 microbrewpub | team | Who's got a personal licence?
SELECT emp_nm, role_cd FROM microbrewpub.team WHERE pers_lic_yn = 'Y' AND end_dt IS NULL;

-- Q55 microbrewpub | events | How are ticket sales going for the events coming up?
SELECT evt_dt, title, sold, cap, cap - sold AS left_to_sell FROM microbrewpub.events WHERE evt_dt >= DATE '2026-06-15' AND cap IS NOT NULL ORDER BY evt_dt;

-- Q56 microbrewpub | duty_returns | Have we done the duty return for May yet?
SELECT period_cd, duty_net, submitted_dt, paid_dt FROM microbrewpub.duty_returns WHERE prd_start = DATE '2026-05-01';

-- Q57 microbrewpub | brews,team | Have we had to tip any batches away this year, and who brewed them?
SELECT b.brew_no, b.beer_ref, b.brew_dt, b.vol_l, b.dump_rsn, t.emp_nm FROM microbrewpub.brews b JOIN microbrewpub.team t ON t.emp_no = b.brewer_ref WHERE b.dump_yn = 'Y' AND b.brew_dt >= DATE '2026-01-01';

-- Q58 microbrewpub | tab_lines,beers,tabs | How many pints of the stout did we sell over the bar in May?
SELECT sum(l.qty) AS pints FROM microbrewpub.tab_lines l JOIN microbrewpub.beers b ON b.beer_cd = l.item_ref JOIN microbrewpub.tabs t ON t.tab_no = l.tab_ref WHERE l.item_typ = 'BEER' AND b.style_cd = 'STT' AND t.tab_dt >= DATE '2026-05-01' AND t.tab_dt < DATE '2026-06-01';

-- Q59 canoehire | craft | How many open canoes are fit to go out?
SELECT craft_typ, count(*) AS boats FROM canoehire.craft WHERE craft_typ IN ('OC2', 'OC3') AND status_cd = 'AVL' GROUP BY craft_typ;

-- Q60 canoehire | hires,hirers | Who's booked for this Saturday?
SELECT r.hirer_nm, r.tel, h.hire_ref, h.route_ref, h.craft_qty, h.adults, h.kids FROM canoehire.hires h JOIN canoehire.hirers r ON r.hirer_no = h.hirer_ref WHERE h.hire_dt = DATE '2026-06-20' AND h.status_cd = 'BKD';

-- Q61 canoehire | routes | Which trips can we put a five-year-old on?
SELECT route_nm, dist_km, hrs_est, grade_cd, min_age FROM canoehire.routes WHERE min_age <= 5;

-- Q62 canoehire | shuttles | How many shuttle runs did we do in May, and how many miles was that?
SELECT count(*) AS runs, sum(miles) AS miles FROM canoehire.shuttles WHERE shut_dt >= DATE '2026-05-01' AND shut_dt < DATE '2026-06-01';

-- Q63 canoehire | hires | Which bookings still have the balance to pay?
SELECT hire_ref, hire_dt, tot_amt, dep_amt, tot_amt - dep_amt AS balance FROM canoehire.hires WHERE bal_pd_yn = 'N' AND status_cd = 'BKD' ORDER BY hire_dt;

-- Q64 canoehire | instructors | Whose first aid ticket has run out?
SELECT inst_nm, role_cd, fa_exp FROM canoehire.instructors WHERE fa_exp < DATE '2026-06-15' AND end_dt IS NULL;

-- Q65 canoehire | guided_trips | Which guided trips have been called off, and why?
SELECT trip_no, trip_dt, trip_typ, cxl_rsn FROM canoehire.guided_trips WHERE status_cd = 'CXL';

-- Q66 canoehire | trip_bookings,guided_trips | How many people are booked on the wild camping trips this summer?
SELECT g.trip_no, g.trip_dt, g.max_pax, sum(b.places) AS booked FROM canoehire.trip_bookings b JOIN canoehire.guided_trips g ON g.trip_no = b.trip_ref WHERE g.trip_typ = 'WILD' AND g.trip_dt >= DATE '2026-06-15' GROUP BY g.trip_no, g.trip_dt, g.max_pax ORDER BY g.trip_dt;

-- Q67 canoehire | river_levels | Which days did we have to stop hiring because of the river?
SELECT rdg_dt, gauge_nm, lvl_m, trend_cd FROM canoehire.river_levels WHERE decision_cd = 'STOP' ORDER BY rdg_dt;

-- Q68 canoehire | incidents | How many capsizes have we had this season?
SELECT count(*) AS capsizes FROM canoehire.incidents WHERE inc_typ = 'CAPS' AND inc_dt >= DATE '2026-03-28';

-- Q69 canoehire | hire_craft,craft | Which boats came back damaged in May?
SELECT c.craft_id, c.make_model, hc.hire_ref, hc.dmg_note, hc.dmg_chg FROM canoehire.hire_craft hc JOIN canoehire.craft c ON c.craft_id = hc.craft_ref WHERE hc.dmg_yn = 'Y' AND hc.out_ts >= TIMESTAMP '2026-05-01' AND hc.out_ts < TIMESTAMP '2026-06-01';

-- Q70 canoehire | hires,routes | Which stretches of river are the most popular with people hiring?
SELECT r.route_nm, count(*) AS hires FROM canoehire.hires h JOIN canoehire.routes r ON r.route_cd = h.route_ref WHERE h.status_cd <> 'CXL' GROUP BY r.route_nm ORDER BY hires DESC;

-- Q71 canoehire | incidents,hires,hirers | Which groups had something go wrong on their hire, and what happened?
SELECT r.hirer_nm, r.grp_typ, i.inc_dt, i.inc_typ, i.descr FROM canoehire.incidents i JOIN canoehire.hires h ON h.hire_ref = i.hire_ref JOIN canoehire.hirers r ON r.hirer_no = h.hirer_ref ORDER BY i.inc_dt;

-- Q72 canoehire | hires,bases | How many hires set off from each base in May?
SELECT b.base_nm, count(*) AS hires FROM canoehire.hires h JOIN canoehire.bases b ON b.base_cd = h.start_base WHERE h.hire_dt >= DATE '2026-05-01' AND h.hire_dt < DATE '2026-06-01' AND h.status_cd NOT IN ('CXL', 'RIV') GROUP BY b.base_nm ORDER BY hires DESC;

-- Q73 piano_tuner | pianos | How many Steinways do we look after?
SELECT count(*) AS steinways FROM piano_tuner.pianos WHERE maker = 'Steinway';

-- Q74 piano_tuner | visits,tuners | How many tunings did each tuner do in May?
SELECT t.tuner_nm, count(*) AS tunings FROM piano_tuner.visits v JOIN piano_tuner.tuners t ON t.tuner_cd = v.tuner_ref WHERE v.work_cd IN ('TUNE', 'PR', 'CON') AND v.no_access_yn = 'N' AND v.visit_dt >= DATE '2026-05-01' AND v.visit_dt < DATE '2026-06-01' GROUP BY t.tuner_nm ORDER BY tunings DESC;

-- Q75 piano_tuner | pianos,clients | Which school pianos are overdue a tune?
SELECT c.cli_nm, p.maker, p.model, p.room_loc, p.last_tuned_dt, p.tune_int_mths FROM piano_tuner.pianos p JOIN piano_tuner.clients c ON c.cli_id = p.cli_ref WHERE c.cli_typ = 'SCH' AND p.last_tuned_dt + make_interval(months => p.tune_int_mths) < DATE '2026-06-15' ORDER BY p.last_tuned_dt;

-- Q76 piano_tuner | moves | What removals have we got coming up in the next couple of weeks?
SELECT move_no, move_dt, from_addr, to_addr, crew_cnt, status_cd FROM piano_tuner.moves WHERE move_dt BETWEEN DATE '2026-06-15' AND DATE '2026-06-30' AND status_cd IN ('BKD', 'QTD') ORDER BY move_dt;

-- Q77 piano_tuner | moves,move_crew,porters | Who's on the crew for the move from the Old Rectory?
SELECT p.porter_nm, c.role_cd, m.move_dt FROM piano_tuner.moves m JOIN piano_tuner.move_crew c ON c.move_ref = m.move_no JOIN piano_tuner.porters p ON p.porter_no = c.porter_ref WHERE m.from_addr LIKE 'The Old Rectory%';

-- Q78 piano_tuner | vans | When's the tail lift on the Luton next due its inspection?
SELECT van_reg, loler_due_dt FROM piano_tuner.vans WHERE van_typ = 'LUT';

-- Q79 piano_tuner | storage,clients | Whose pianos are in the store at the moment?
SELECT s.bay_no, c.cli_nm, s.in_dt, s.billed_to_dt FROM piano_tuner.storage s JOIN piano_tuner.clients c ON c.cli_id = s.cli_ref WHERE s.in_dt IS NOT NULL AND s.out_dt IS NULL;

-- Q80 piano_tuner | bills | How much are we owed altogether?
SELECT count(*) AS unpaid_bills, sum(net_amt + vat_amt) AS owed FROM piano_tuner.bills WHERE paid_dt IS NULL;

-- Q81 piano_tuner | parts | Have we got any bass strings in?
SELECT part_cd, part_desc, stock_qty FROM piano_tuner.parts WHERE part_typ = 'BSS';

-- Q82 piano_tuner | parts_used,parts,visits | What parts did we fit on jobs in May, and what did they cost us?
SELECT p.part_desc, sum(u.qty) AS qty, sum(u.qty * p.unit_cost) AS cost FROM piano_tuner.parts_used u JOIN piano_tuner.parts p ON p.part_cd = u.part_ref JOIN piano_tuner.visits v ON v.visit_no = u.visit_ref WHERE v.visit_dt >= DATE '2026-05-01' AND v.visit_dt < DATE '2026-06-01' GROUP BY p.part_desc ORDER BY cost DESC;

-- Q83 piano_tuner | reminders | Which tuning reminders never got a reply?
SELECT rem_id, piano_ref, due_dt, sent_dt, chan_cd FROM piano_tuner.reminders WHERE resp_cd IS NULL ORDER BY sent_dt;

-- Q84 piano_tuner | visits | How many pitch raises have we done this year?
SELECT count(*) AS pitch_raises FROM piano_tuner.visits WHERE work_cd = 'PR' AND visit_dt >= DATE '2026-01-01';

-- Q85 piano_tuner | porters | Is anybody's manual handling training more than three years old?
SELECT porter_nm, mh_trn_dt FROM piano_tuner.porters WHERE mh_trn_dt < DATE '2023-06-15' AND end_dt IS NULL;

-- Q86 piano_tuner | moves,clients | Which removals ended up with something getting damaged, and whose were they?
SELECT m.move_no, m.move_dt, c.cli_nm, m.dmg_note FROM piano_tuner.moves m JOIN piano_tuner.clients c ON c.cli_id = m.cli_ref WHERE m.dmg_yn = 'Y' ORDER BY m.move_dt;

-- Q87 falconry | birds,species | How many barn owls have we got?
SELECT count(*) AS barn_owls FROM falconry.birds b JOIN falconry.species s ON s.sp_cd = b.sp_ref WHERE s.common_nm = 'Barn owl' AND b.status_cd <> 'DEC';

-- Q88 falconry | weigh_log,birds | What did Willow weigh this morning, and is that near her flying weight?
SELECT b.bird_nm, w.wgh_dt, w.wgh_g, b.fly_wt_g, w.wgh_g - b.fly_wt_g AS over_by_g FROM falconry.weigh_log w JOIN falconry.birds b ON b.ring_no = w.bird_ref WHERE b.bird_nm = 'Willow' AND w.wgh_dt = DATE '2026-06-15';

-- Q89 falconry | vet_records | How much have we spent at the vets so far this year?
SELECT sum(cost_amt) AS vet_spend FROM falconry.vet_records WHERE visit_dt >= DATE '2026-01-01';

-- Q90 falconry | vet_records,birds | Which birds has the vet grounded at the moment?
SELECT b.bird_nm, v.visit_dt, v.diagnosis, v.follow_up_dt FROM falconry.vet_records v JOIN falconry.birds b ON b.ring_no = v.bird_ref WHERE v.grounded_yn = 'Y' AND v.cleared_dt IS NULL;

-- Q91 falconry | displays | How many displays have been called off because of the weather this month?
SELECT disp_dt, start_tm, wx_cd, note FROM falconry.displays WHERE cxl_yn = 'Y' AND disp_dt >= DATE '2026-06-01' ORDER BY disp_dt, start_tm;

-- Q92 falconry | display_birds,birds | Which birds have flown in the most displays?
SELECT b.bird_nm, count(*) AS displays FROM falconry.display_birds d JOIN falconry.birds b ON b.ring_no = d.bird_ref GROUP BY b.bird_nm ORDER BY displays DESC;

-- Q93 falconry | exp_bookings | How many hawk walks are booked for next week?
SELECT count(*) AS hawk_walks, sum(guests) AS people FROM falconry.exp_bookings WHERE exp_cd = 'HAWK' AND status_cd = 'BKD' AND exp_dt BETWEEN DATE '2026-06-22' AND DATE '2026-06-28';

-- Q94 falconry | exp_bookings,customers,keepers | Who's coming for falconer for a day on Saturday, and which of us is taking them?
SELECT c.cust_nm, c.tel, k.kpr_nm FROM falconry.exp_bookings e JOIN falconry.customers c ON c.cust_no = e.cust_ref JOIN falconry.keepers k ON k.kpr_no = e.kpr_ref WHERE e.exp_cd = 'FDAY' AND e.exp_dt = DATE '2026-06-20' AND e.status_cd = 'BKD';

-- Q95 falconry | vouchers | Which gift vouchers are about to run out without being used?
SELECT voucher_no, buyer_nm, exp_cd, value_amt, expiry_dt FROM falconry.vouchers WHERE redeemed_dt IS NULL AND expiry_dt BETWEEN DATE '2026-06-15' AND DATE '2026-08-15' ORDER BY expiry_dt;

-- Q96 falconry | food_stock | Are we getting low on chicks?
SELECT food_desc, stock_kg, reorder_kg, supplier FROM falconry.food_stock WHERE food_cd = 'CHK';

-- Q97 falconry | adoptions,birds | Which bird has the most people adopting it?
SELECT b.bird_nm, count(*) AS adopters FROM falconry.adoptions a JOIN falconry.birds b ON b.ring_no = a.bird_ref WHERE a.end_dt >= DATE '2026-06-15' GROUP BY b.bird_nm ORDER BY adopters DESC LIMIT 1;

-- Q98 falconry | keepers | Who hasn't done their Lantra handling award yet?
SELECT kpr_nm, role_cd, start_dt FROM falconry.keepers WHERE lantra_yn = 'N' AND end_dt IS NULL;

-- Q99 falconry | birds,species | Which birds are we still missing the Article 10 paperwork for?
SELECT b.ring_no, b.bird_nm, s.common_nm, b.notes FROM falconry.birds b JOIN falconry.species s ON s.sp_cd = b.sp_ref WHERE s.cites_annex = 'A' AND b.a10_no IS NULL AND b.status_cd <> 'DEC';

-- Q100 falconry | aviaries | Which aviaries are overdue a clean-out?
SELECT aviary_cd, aviary_nm, last_clean_dt FROM falconry.aviaries WHERE last_clean_dt < DATE '2026-06-01' ORDER BY last_clean_dt;
