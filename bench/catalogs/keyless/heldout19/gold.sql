-- Verification SQL for heldout19/questions.tsv (held-out 19: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the seven heldout19 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 lighthouse | tour_slots | Which tower tours did we have to call off because of the weather this month?
SELECT slot_no, slot_dt, start_tm, tour_cd FROM lighthouse.tour_slots WHERE status_cd = 'CXL' AND cxl_rsn = 'WX' AND slot_dt >= DATE '2026-06-01' ORDER BY slot_dt;

-- Q02 lighthouse | tour_bookings,tour_slots | How many people actually went up the tower in May?
SELECT sum(b.adults + b.kids + b.concs) AS visitors FROM lighthouse.tour_bookings b JOIN lighthouse.tour_slots s ON s.slot_no = b.slot_ref WHERE b.arrived_yn = 'Y' AND s.slot_dt >= DATE '2026-05-01' AND s.slot_dt < DATE '2026-06-01';

-- Q03 lighthouse | guides | Which of our volunteers have let their first aid certificate lapse?
SELECT gd_nm, role_cd, fa_exp FROM lighthouse.guides WHERE end_dt IS NULL AND fa_exp < DATE '2026-06-15' ORDER BY fa_exp;

-- Q04 lighthouse | cottage_stays,cottage_guests | Who's next into the cottage, and how many are coming?
SELECT g.gst_nm, g.tel, s.arr_dt, s.dep_dt, s.adults, s.kids, s.dogs FROM lighthouse.cottage_stays s JOIN lighthouse.cottage_guests g ON g.gst_no = s.gst_ref WHERE s.arr_dt >= DATE '2026-06-15' AND s.status_cd IN ('CONF', 'PROV') ORDER BY s.arr_dt LIMIT 1;

-- Q05 lighthouse | cottage_stays,cottage_guests | Which holiday let guests are late paying the rest of what they owe?
SELECT g.gst_nm, g.email, s.stay_ref, s.arr_dt, s.bal_amt, s.bal_due_dt FROM lighthouse.cottage_stays s JOIN lighthouse.cottage_guests g ON g.gst_no = s.gst_ref WHERE s.bal_paid_dt IS NULL AND s.bal_due_dt < DATE '2026-06-15' AND s.status_cd <> 'CXL' ORDER BY s.bal_due_dt;

-- Q06 lighthouse | shop_items | What's running low in the shop?
SELECT sku, item_desc, on_hand, reorder_lvl, supp_nm FROM lighthouse.shop_items WHERE on_hand <= reorder_lvl ORDER BY supp_nm;

-- Q07 lighthouse | shop_sales,shop_items | What sold best in the shop over the Easter weekend?
SELECT i.item_desc, sum(s.qty) AS sold, sum(s.qty * s.unit_pr - s.disc_amt) AS takings FROM lighthouse.shop_sales s JOIN lighthouse.shop_items i ON i.sku = s.sku_ref WHERE s.sale_ts >= TIMESTAMP '2026-04-03 00:00' AND s.sale_ts < TIMESTAMP '2026-04-07 00:00' GROUP BY i.item_desc ORDER BY sold DESC;

-- Q08 lighthouse | friends | How many of the Friends pay by direct debit?
SELECT count(*) AS by_dd FROM lighthouse.friends WHERE dd_yn = 'Y';

-- Q09 lighthouse | fabric_log | Which building repairs are still waiting on listed building consent?
SELECT log_no, area_cd, rep_dt, descr, contr_nm, quote_amt FROM lighthouse.fabric_log WHERE lbc_req_yn = 'Y' AND done_dt IS NULL ORDER BY rep_dt;

-- Q10 lighthouse | gifts | How much Gift Aid have we still got to claim back?
SELECT count(*) AS gifts, sum(amt) AS eligible, sum(amt) * 0.25 AS gift_aid_due FROM lighthouse.gifts WHERE ga_yn = 'Y' AND ga_claimed_dt IS NULL;

-- Q11 lighthouse | tour_bookings,friends | Which members have booked tours on their membership this year?
SELECT f.fnm, f.snm, f.mem_typ, b.bkg_ref, b.bkd_dt, b.tot_amt FROM lighthouse.tour_bookings b JOIN lighthouse.friends f ON f.frd_no = b.frd_ref WHERE b.bkd_dt >= DATE '2026-01-01' ORDER BY b.bkd_dt;

-- Q12 lighthouse | changeovers,cottage_stays,cottage_guests | When the cleaners found breakages after a stay, who had been staying?
SELECT c.chg_dt, c.issue_note, g.gst_nm, g.email, s.src_cd FROM lighthouse.changeovers c JOIN lighthouse.cottage_stays s ON s.stay_ref = c.out_stay JOIN lighthouse.cottage_guests g ON g.gst_no = s.gst_ref WHERE c.dmg_found_yn = 'Y' ORDER BY c.chg_dt;

-- Q13 lighthouse | changeovers,housekeepers | How many hours has each cleaner done at the cottage this year, and what does that come to?
SELECT h.hk_nm, sum(c.hrs) AS hours, sum(c.hrs * h.rate_hr) AS pay FROM lighthouse.changeovers c JOIN lighthouse.housekeepers h ON h.hk_cd = c.hk_ref WHERE c.chg_dt >= DATE '2026-01-01' GROUP BY h.hk_nm ORDER BY hours DESC;

-- Q14 lighthouse | tour_slots | Are any of the after-dark lantern tours nearly sold out?
SELECT slot_no, slot_dt, start_tm, cap, booked, cap - booked AS left_to_sell FROM lighthouse.tour_slots WHERE tour_cd = 'NGT' AND status_cd IN ('OPEN', 'FULL') AND booked >= cap - 2 ORDER BY slot_dt;

-- Q15 lighthouse | cottage_guests | Have we had anyone from Edinburgh staying?
SELECT gst_nm, email, repeat_yn FROM lighthouse.cottage_guests WHERE town = 'Edinburgh';

-- Q16 velodrome | riders | Whose British Cycling licence has run out?
SELECT fnm, snm, bc_lic_no, bc_lic_exp FROM velodrome.riders WHERE bc_lic_exp < DATE '2026-06-15' ORDER BY bc_lic_exp;

-- Q17 velodrome | accreditations,riders | Who passed level 2 in May?
SELECT r.fnm, r.snm, a.assess_dt FROM velodrome.accreditations a JOIN velodrome.riders r ON r.rdr_no = a.rdr_ref WHERE a.lvl_cd = 2 AND a.result_cd = 'P' AND a.assess_dt >= DATE '2026-05-01' AND a.assess_dt < DATE '2026-06-01';

-- Q18 velodrome | sessions,session_bookings | How many places are left on next weekend's taster sessions?
SELECT s.sess_no, s.sess_dt, s.start_tm, s.max_riders - count(b.bk_no) AS places_left FROM velodrome.sessions s LEFT JOIN velodrome.session_bookings b ON b.sess_ref = s.sess_no WHERE s.sess_typ = 'TST' AND s.status_cd = 'SCH' AND s.sess_dt BETWEEN DATE '2026-06-20' AND DATE '2026-06-21' GROUP BY s.sess_no, s.sess_dt, s.start_tm, s.max_riders ORDER BY s.sess_dt;

-- Q19 velodrome | hire_bikes | How many hire bikes are off the road right now?
SELECT count(*) AS off_road FROM velodrome.hire_bikes WHERE status_cd IN ('WKS', 'DMG');

-- Q20 velodrome | bike_hires,riders | Which hire bikes came back damaged in May, and who had them?
SELECT h.bike_ref, h.out_ts, h.dmg_note, h.chg_amt, r.fnm, r.snm FROM velodrome.bike_hires h JOIN velodrome.riders r ON r.rdr_no = h.rdr_ref WHERE h.dmg_yn = 'Y' AND h.out_ts >= TIMESTAMP '2026-05-01 00:00' AND h.out_ts < TIMESTAMP '2026-06-01 00:00';

-- Q21 velodrome | incidents | Have we had to call an ambulance for anyone this year?
SELECT inc_ts, inc_typ, injury_cd, descr FROM velodrome.incidents WHERE amb_yn = 'Y' AND inc_ts >= TIMESTAMP '2026-01-01 00:00' ORDER BY inc_ts;

-- Q22 velodrome | sessions,coaches | What do we owe the freelance coaches for May?
SELECT c.coach_nm, sum(EXTRACT(EPOCH FROM (s.end_tm - s.start_tm)) / 3600) AS hours, sum(EXTRACT(EPOCH FROM (s.end_tm - s.start_tm)) / 3600 * c.rate_hr) AS owed FROM velodrome.sessions s JOIN velodrome.coaches c ON c.coach_no = s.coach_ref WHERE c.emp_typ = 'FRL' AND s.status_cd = 'DONE' AND s.sess_dt >= DATE '2026-05-01' AND s.sess_dt < DATE '2026-06-01' GROUP BY c.coach_nm ORDER BY owed DESC;

-- Q23 velodrome | session_bookings,sessions,riders,clubs | Which Stoke Wheelers riders are booked on open track this Saturday?
SELECT r.fnm, r.snm, s.start_tm FROM velodrome.session_bookings b JOIN velodrome.sessions s ON s.sess_no = b.sess_ref JOIN velodrome.riders r ON r.rdr_no = b.rdr_ref JOIN velodrome.clubs c ON c.club_cd = r.club_ref WHERE c.club_nm = 'Stoke Wheelers CC' AND s.sess_typ = 'OPEN' AND s.sess_dt = DATE '2026-06-20';

-- Q24 velodrome | incidents | How long was the track shut because of accidents in May?
SELECT count(*) AS incidents, sum(track_closed_min) AS minutes_closed FROM velodrome.incidents WHERE inc_ts >= TIMESTAMP '2026-05-01 00:00' AND inc_ts < TIMESTAMP '2026-06-01 00:00';

-- Q25 velodrome | race_results,riders | Who's top of the Thursday league on points?
SELECT r.fnm, r.snm, res.cat_cd, sum(res.pts) AS points FROM velodrome.race_results res JOIN velodrome.riders r ON r.rdr_no = res.rdr_ref GROUP BY r.fnm, r.snm, res.cat_cd ORDER BY points DESC;

-- Q26 velodrome | coaches | Which coaches need their DBS redoing before the end of the year?
SELECT coach_nm, dbs_exp FROM velodrome.coaches WHERE active_yn = 'Y' AND dbs_exp <= DATE '2026-12-31' ORDER BY dbs_exp;

-- Q27 velodrome | bike_services | When was bike 14 last serviced, and what was done?
SELECT svc_dt, work_cd, mech_nm, parts_cost, notes FROM velodrome.bike_services WHERE bike_ref = 14 ORDER BY svc_dt DESC LIMIT 1;

-- Q28 velodrome | track_passes | Which ten-session cards are down to their last few rides?
SELECT pass_no, rdr_ref, sessions_left, end_dt FROM velodrome.track_passes WHERE pass_typ = 'TEN' AND sessions_left <= 4 AND end_dt >= DATE '2026-06-15';

-- Q29 velodrome | clubs | Which clubs do we invoice for track hire rather than taking payment up front?
SELECT club_nm, town, contact_nm, hire_rate FROM velodrome.clubs WHERE acct_yn = 'Y';

-- Q30 cidermill | trade_invoices,trade_customers | Who hasn't paid yet?
SELECT c.cust_nm, i.inv_no, i.inv_dt, i.due_dt, i.gross_amt - i.paid_amt AS owing FROM cidermill.trade_invoices i JOIN cidermill.trade_customers c ON c.cust_no = i.cust_ref WHERE i.paid_dt IS NULL AND i.due_dt < DATE '2026-06-15' ORDER BY i.due_dt;

-- Q31 cidermill | fruit_deliveries,varieties | How much Dabinett did we take in last autumn?
SELECT sum(d.net_kg - d.rej_kg) / 1000 AS tonnes FROM cidermill.fruit_deliveries d JOIN cidermill.varieties v ON v.var_cd = d.var_cd WHERE v.var_nm = 'Dabinett' AND d.del_dt >= DATE '2025-08-01' AND d.del_dt < DATE '2026-02-01';

-- Q32 cidermill | fruit_contracts,fruit_deliveries,growers | Which growers didn't supply as much as they signed up for last season?
WITH got AS (SELECT grw_ref, var_cd, sum(net_kg - rej_kg) / 1000 AS tonnes FROM cidermill.fruit_deliveries WHERE del_dt >= DATE '2025-08-01' AND del_dt < DATE '2026-02-01' GROUP BY grw_ref, var_cd) SELECT g.grw_nm, c.var_cd, c.tonnes_agreed, coalesce(got.tonnes, 0) AS tonnes_delivered FROM cidermill.fruit_contracts c JOIN cidermill.growers g ON g.grw_no = c.grw_ref LEFT JOIN got ON got.grw_ref = c.grw_ref AND got.var_cd = c.var_cd WHERE c.season_yr = 2025 AND coalesce(got.tonnes, 0) < c.tonnes_agreed;

-- Q33 cidermill | batches | Which batches are still fermenting?
SELECT batch_no, vsl_ref, start_dt, sg_last, sg_last_dt, tasting_note FROM cidermill.batches WHERE status_cd = 'FERM';

-- Q34 cidermill | duty_returns | How much duty have we paid the taxman so far this year?
SELECT sum(duty_due) AS duty_paid FROM cidermill.duty_returns WHERE paid_dt >= DATE '2026-01-01';

-- Q35 cidermill | trade_customers | Which pubs in Hereford do we supply?
SELECT cust_nm, contact_nm, tel FROM cidermill.trade_customers WHERE cust_typ = 'PUB' AND town = 'Hereford';

-- Q36 cidermill | trade_customers | Is anyone on stop at the moment?
SELECT cust_nm, town, contact_nm, tel FROM cidermill.trade_customers WHERE on_stop_yn = 'Y';

-- Q37 cidermill | invoice_lines,products,trade_invoices | What were our best sellers in May by the litre?
SELECT p.prod_nm, p.fmt_cd, sum(l.qty * p.vol_l) AS litres FROM cidermill.invoice_lines l JOIN cidermill.products p ON p.sku = l.sku_ref JOIN cidermill.trade_invoices i ON i.inv_no = l.inv_ref WHERE i.inv_dt >= DATE '2026-05-01' AND i.inv_dt < DATE '2026-06-01' GROUP BY p.prod_nm, p.fmt_cd ORDER BY litres DESC;

-- Q38 cidermill | keg_loans,trade_customers | Who's had our kegs for more than two months?
SELECT c.cust_nm, k.keg_no, k.out_dt FROM cidermill.keg_loans k JOIN cidermill.trade_customers c ON c.cust_no = k.cust_ref WHERE k.ret_dt IS NULL AND k.lost_yn = 'N' AND k.out_dt < DATE '2026-04-15' ORDER BY k.out_dt;

-- Q39 cidermill | orchards | Which orchards are organic, and has anyone's certificate lapsed?
SELECT orch_nm, parish, org_cert_exp, org_cert_exp < DATE '2026-06-15' AS lapsed FROM cidermill.orchards WHERE organic_yn = 'Y';

-- Q40 cidermill | fruit_deliveries | How much fruit did we turn away last season, and why?
SELECT rej_rsn_cd, sum(rej_kg) AS kg_rejected FROM cidermill.fruit_deliveries WHERE rej_kg > 0 AND del_dt >= DATE '2025-08-01' AND del_dt < DATE '2026-02-01' GROUP BY rej_rsn_cd ORDER BY kg_rejected DESC;

-- Q41 cidermill | vessels | Which oak barrels are empty and ready to fill?
SELECT vsl_cd, cap_l, material, last_clean_dt FROM cidermill.vessels WHERE vsl_typ = 'BRL' AND in_use_yn = 'N';

-- Q42 cidermill | pressings | What did we get in juice per tonne of apples from each pressing in October?
SELECT press_no, press_dt, fruit_desc, round(juice_l / (fruit_kg / 1000), 0) AS litres_per_tonne FROM cidermill.pressings WHERE press_dt >= DATE '2025-10-01' AND press_dt < DATE '2025-11-01' ORDER BY press_dt;

-- Q43 cidermill | growers,fruit_deliveries | Which farmers are still waiting to be paid for their apples?
SELECT g.grw_nm, g.farm_nm, d.del_no, d.del_dt, d.pay_amt, g.bank_ok_yn FROM cidermill.fruit_deliveries d JOIN cidermill.growers g ON g.grw_no = d.grw_ref WHERE d.paid_dt IS NULL ORDER BY d.del_dt;

-- Q44 bellfoundry | jobs,churches | Which jobs are stuck waiting for the diocese to give permission?
SELECT j.job_no, c.ch_nm, j.job_typ, j.acc_dt FROM bellfoundry.jobs j JOIN bellfoundry.churches c ON c.ch_cd = j.ch_ref WHERE c.faculty_yn = 'Y' AND j.acc_dt IS NOT NULL AND j.faculty_dt IS NULL AND j.status_cd NOT IN ('DONE', 'LOST') ORDER BY j.acc_dt;

-- Q45 bellfoundry | churches | How heavy is the tenor at Ledbury?
SELECT ch_nm, bells_cnt, tenor_cwt FROM bellfoundry.churches WHERE town = 'Ledbury';

-- Q46 bellfoundry | bells | Which cracked bells are still waiting to be dealt with?
SELECT bell_id, ch_ref, pos_no, wt_cwt, cast_yr, founder FROM bellfoundry.bells WHERE crack_yn = 'Y' AND cond_cd = 'CRK';

-- Q47 bellfoundry | castings | Which pours went wrong this year, and what was the problem?
SELECT cast_no, pour_dt, mould_cd, metal_kg, defect_note FROM bellfoundry.castings WHERE result_cd = 'SCRAP' AND pour_dt >= DATE '2026-01-01';

-- Q48 bellfoundry | staff | Whose working at height ticket runs out in the next couple of months?
SELECT emp_nm, trade_cd, height_exp FROM bellfoundry.staff WHERE leave_dt IS NULL AND height_exp <= DATE '2026-08-15' ORDER BY height_exp;

-- Q49 bellfoundry | metal_stock | How much tin have we got left?
SELECT sum(kg_left) AS tin_kg FROM bellfoundry.metal_stock WHERE metal_cd = 'SN';

-- Q50 bellfoundry | job_invoices,jobs,churches | What's still owed to us for the Oakham job?
SELECT i.inv_no, i.stage_cd, i.inv_dt, i.net_amt + i.vat_amt AS gross FROM bellfoundry.job_invoices i JOIN bellfoundry.jobs j ON j.job_no = i.job_ref JOIN bellfoundry.churches c ON c.ch_cd = j.ch_ref WHERE c.town = 'Oakham' AND i.paid_dt IS NULL;

-- Q51 bellfoundry | site_visits,staff | How many days has each of the bell hangers spent out at towers since April?
SELECT s.emp_nm, count(DISTINCT v.visit_dt) AS days_on_site FROM bellfoundry.site_visits v JOIN bellfoundry.staff s ON s.emp_no = v.emp_ref WHERE s.trade_cd = 'HNG' AND v.visit_dt >= DATE '2026-04-01' GROUP BY s.emp_nm ORDER BY days_on_site DESC;

-- Q52 bellfoundry | grants | Which grant applications haven't heard back yet?
SELECT job_ref, funder, applied_dt, amt_req FROM bellfoundry.grants WHERE status_cd = 'PEND' ORDER BY applied_dt;

-- Q53 bellfoundry | handbell_orders | Which handbell sets haven't been sent out yet?
SELECT ord_no, cust_nm, town, cntry, set_sz, ord_dt, dep_paid_yn FROM bellfoundry.handbell_orders WHERE dispatched_dt IS NULL ORDER BY ord_dt;

-- Q54 bellfoundry | frames,churches | Which towers have a bell frame in poor or unsafe condition?
SELECT c.ch_nm, f.frame_mat, f.built_yr, f.cond_cd, f.insp_dt, f.insp_note FROM bellfoundry.frames f JOIN bellfoundry.churches c ON c.ch_cd = f.ch_ref WHERE f.cond_cd IN ('C', 'D') ORDER BY f.cond_cd DESC;

-- Q55 bellfoundry | tunings,bells,churches | How much metal did we skim off the Oakham bells when we tuned them?
SELECT b.pos_no, t.tun_dt, t.metal_off_kg, t.nominal_hz FROM bellfoundry.tunings t JOIN bellfoundry.bells b ON b.bell_id = t.bell_ref JOIN bellfoundry.churches c ON c.ch_cd = b.ch_ref WHERE c.town = 'Oakham' ORDER BY b.pos_no;

-- Q56 bellfoundry | jobs | What's the total value of quotes we've sent out that nobody has accepted yet?
SELECT count(*) AS quotes, sum(quote_amt) AS value FROM bellfoundry.jobs WHERE status_cd = 'QTD';

-- Q57 bellfoundry | bells,churches | Which of the bells we look after are on the historic list and mustn't be recast?
SELECT c.ch_nm, b.pos_no, b.cast_yr, b.founder, b.inscr FROM bellfoundry.bells b JOIN bellfoundry.churches c ON c.ch_cd = b.ch_ref WHERE b.listed_yn = 'Y' ORDER BY b.cast_yr;

-- Q58 ropeworks | sales_orders,customers | Which theatre orders haven't gone out yet?
SELECT o.so_no, c.cust_nm, o.ord_dt, o.req_dt, o.status_cd FROM ropeworks.sales_orders o JOIN ropeworks.customers c ON c.cust_id = o.cust_ref WHERE c.seg_cd = 'THTR' AND o.status_cd NOT IN ('DESP', 'CXL') ORDER BY o.req_dt;

-- Q59 ropeworks | rope_lines | Which of our ropes can be used over a stage?
SELECT line_cd, line_desc, dia_mm, stock_m FROM ropeworks.rope_lines WHERE fr_yn = 'Y';

-- Q60 ropeworks | rope_lines | How much 24mm manila have we got in stock?
SELECT line_desc, stock_m FROM ropeworks.rope_lines WHERE fibre_cd = 'MAN' AND dia_mm = 24;

-- Q61 ropeworks | invoices,customers | Who's late paying us?
SELECT c.cust_nm, i.inv_id, i.due_dt, i.cur_cd, i.net_amt + i.vat_amt - i.paid_amt AS owing FROM ropeworks.invoices i JOIN ropeworks.customers c ON c.cust_id = i.cust_ref WHERE i.paid_dt IS NULL AND i.due_dt < DATE '2026-06-15' ORDER BY i.due_dt;

-- Q62 ropeworks | sales_orders,order_lines,rope_lines,customers | What rope has the Morwenna Sailing Trust ordered from us this year?
SELECT o.so_no, o.ord_dt, r.line_desc, l.pieces, l.len_m, l.splice_cd FROM ropeworks.sales_orders o JOIN ropeworks.customers c ON c.cust_id = o.cust_ref JOIN ropeworks.order_lines l ON l.so_ref = o.so_no JOIN ropeworks.rope_lines r ON r.line_cd = l.line_ref WHERE c.cust_nm = 'Morwenna Sailing Trust' AND o.ord_dt >= DATE '2026-01-01' ORDER BY o.so_no, l.ln_no;

-- Q63 ropeworks | walk_runs | Which runs on the walk failed their checks this year, and why?
SELECT run_no, run_dt, line_ref, len_m, notes FROM ropeworks.walk_runs WHERE qc_cd = 'FAIL' AND run_dt >= DATE '2026-01-01' ORDER BY run_dt;

-- Q64 ropeworks | yarn_lots | Which yarn is getting low?
SELECT lot_no, fibre_cd, sup_ref, kg, kg_left FROM ropeworks.yarn_lots WHERE kg_left < 150 ORDER BY kg_left;

-- Q65 ropeworks | suppliers | How long does it take to get manila in?
SELECT sup_nm, cntry, lead_wks FROM ropeworks.suppliers WHERE fibre_cd = 'MAN';

-- Q66 ropeworks | rigging_jobs | Which theatre flying systems are due their next thorough examination in the next month, or overdue?
SELECT site_nm, site_town, job_dt, loler_due_dt FROM (SELECT DISTINCT ON (site_nm) site_nm, site_town, job_dt, loler_due_dt FROM ropeworks.rigging_jobs WHERE loler_due_dt IS NOT NULL AND status_cd IN ('DONE', 'INV') ORDER BY site_nm, job_dt DESC) latest WHERE loler_due_dt < DATE '2026-07-15';

-- Q67 ropeworks | rigging_jobs,staff | How many hours has each rigger put in on jobs this year?
SELECT s.stf_nm, count(*) AS jobs, sum(r.hrs) AS hours FROM ropeworks.rigging_jobs r JOIN ropeworks.staff s ON s.stf_id = r.rigger_ref WHERE r.job_dt >= DATE '2026-01-01' AND r.status_cd IN ('DONE', 'INV') GROUP BY s.stf_nm ORDER BY hours DESC;

-- Q68 ropeworks | load_tests,walk_runs,rope_lines | Which ropes failed a break test, and from which run?
SELECT t.test_no, t.test_dt, r.line_desc, w.run_no, w.run_dt, t.break_kn, r.brk_kn AS rated_kn FROM ropeworks.load_tests t JOIN ropeworks.walk_runs w ON w.run_no = t.run_ref JOIN ropeworks.rope_lines r ON r.line_cd = w.line_ref WHERE t.pass_yn = 'N' ORDER BY t.test_dt;

-- Q69 ropeworks | visits | How many school parties have come round this year, and how many children?
SELECT count(*) AS school_visits, sum(pax) AS children FROM ropeworks.visits WHERE grp_typ = 'SCH' AND vis_dt >= DATE '2026-01-01' AND vis_dt <= DATE '2026-06-15';

-- Q70 ropeworks | customers | Which of our customers are in France?
SELECT cust_nm, seg_cd, town, email FROM ropeworks.customers WHERE cntry = 'FR';

-- Q71 ropeworks | invoices,customers | How much have we invoiced yacht owners and tall ship trusts this year?
SELECT i.cur_cd, sum(i.net_amt) AS net_invoiced FROM ropeworks.invoices i JOIN ropeworks.customers c ON c.cust_id = i.cust_ref WHERE c.seg_cd IN ('YACHT', 'SHIP') AND i.inv_dt >= DATE '2026-01-01' GROUP BY i.cur_cd;

-- Q72 seedbank | seed_lots,varieties | Which seeds are we nearly out of?
SELECT v.var_nm, s.lot_id, s.harvest_yr, s.pkts_left FROM seedbank.seed_lots s JOIN seedbank.varieties v ON v.var_id = s.var_ref WHERE s.pkts_left <= 5 AND s.quar_yn = 'N' ORDER BY s.pkts_left;

-- Q73 seedbank | borrowings,members | Who took seed last year, said they'd bring some back, and hasn't?
SELECT m.mbr_nm, m.email, b.lot_ref, b.brw_dt FROM seedbank.borrowings b JOIN seedbank.members m ON m.mbr_no = b.mbr_ref WHERE b.brw_dt >= DATE '2025-01-01' AND b.brw_dt < DATE '2026-01-01' AND b.ret_promise_yn = 'Y' AND b.returned_yn = 'N';

-- Q74 seedbank | swap_events | When's the next seed swap?
SELECT evt_nm, evt_dt, venue, town FROM seedbank.swap_events WHERE evt_dt >= DATE '2026-06-15' ORDER BY evt_dt LIMIT 1;

-- Q75 seedbank | seed_lots | Which lots haven't had a germination test for over two years?
SELECT lot_id, harvest_yr, germ_pct, germ_dt, pkts_left FROM seedbank.seed_lots WHERE (germ_dt < DATE '2024-06-15' OR germ_dt IS NULL) AND pkts_left > 0 ORDER BY germ_dt;

-- Q76 seedbank | varieties | Which varieties need growing well away from others so they don't cross?
SELECT var_nm, poll_cd, isol_m, min_plants FROM seedbank.varieties WHERE isol_m >= 300 ORDER BY isol_m DESC;

-- Q77 seedbank | borrowings,branches | How many packets has each branch given out this spring?
SELECT r.br_nm, sum(b.pkts) AS packets FROM seedbank.borrowings b JOIN seedbank.branches r ON r.br_cd = b.br_ref WHERE b.brw_dt >= DATE '2026-03-01' AND b.brw_dt < DATE '2026-06-01' GROUP BY r.br_nm ORDER BY packets DESC;

-- Q78 seedbank | varieties,crops | Which tomato varieties have we got?
SELECT v.var_nm, v.heritage_yn, v.days_mat FROM seedbank.varieties v JOIN seedbank.crops c ON c.crop_cd = v.crop_ref WHERE c.crop_nm = 'Tomato' ORDER BY v.var_nm;

-- Q79 seedbank | members | Who are our seed guardians?
SELECT mbr_nm, town, email FROM seedbank.members WHERE grower_lvl = 'GRD';

-- Q80 seedbank | seed_returns | What saved seed have we had to turn down, and why?
SELECT ret_no, mbr_ref, ret_dt, grams, rej_rsn FROM seedbank.seed_returns WHERE accepted_yn = 'N' ORDER BY ret_dt;

-- Q81 seedbank | germ_tests,seed_lots,varieties,crops | What's the average germination on our peas and beans?
SELECT c.crop_nm, round(avg(g.germinated * 100.0 / g.sown), 1) AS avg_germ_pct FROM seedbank.germ_tests g JOIN seedbank.seed_lots s ON s.lot_id = g.lot_ref JOIN seedbank.varieties v ON v.var_id = s.var_ref JOIN seedbank.crops c ON c.crop_cd = v.crop_ref WHERE c.family_cd = 'FAB' GROUP BY c.crop_nm;

-- Q82 seedbank | branches,volunteers | Who looks after each of the seed drawers?
SELECT b.br_nm, b.town, v.vol_nm, v.tel FROM seedbank.branches b JOIN seedbank.volunteers v ON v.vol_no = b.keeper_ref WHERE b.active_yn = 'Y' ORDER BY b.br_nm;

-- Q83 seedbank | swap_events | How many packets changed hands at this year's Otley Seedy Sunday?
SELECT evt_dt, attendees, pkts_out, pkts_in, new_mbrs FROM seedbank.swap_events WHERE evt_nm = 'Otley Seedy Sunday' AND evt_dt >= DATE '2026-01-01';

-- Q84 seedbank | grow_reports,seed_lots,varieties | How did people get on with the Bere barley?
SELECT r.mbr_ref, r.season_yr, r.outcome_cd, r.pests, r.notes FROM seedbank.grow_reports r JOIN seedbank.seed_lots s ON s.lot_id = r.lot_ref JOIN seedbank.varieties v ON v.var_id = s.var_ref WHERE v.var_nm = 'Bere';

-- Q85 seedbank | donations | Which seed companies have given us seed, and have we thanked them?
SELECT donor_nm, don_dt, grams, thanked_yn FROM seedbank.donations WHERE donor_cd = 'CO' ORDER BY don_dt;

-- Q86 cheesecave | room_readings,rooms | What's the temperature been doing in the blue room this week?
SELECT d.rdg_ts, d.temp_c, d.rh_pct, d.alarm_yn, r.tgt_temp_c FROM cheesecave.room_readings d JOIN cheesecave.rooms r ON r.room_cd = d.room_ref WHERE r.style_cd = 'BLUE' AND d.rdg_ts >= TIMESTAMP '2026-06-08 00:00' ORDER BY d.rdg_ts;

-- Q87 cheesecave | cheese_lots | Which lots are ready to go?
SELECT lot_no, chz_ref, own_cd, wheels_now, room_ref FROM cheesecave.cheese_lots WHERE status_cd = 'RDY' AND wheels_now > 0;

-- Q88 cheesecave | lab_tests | Have we had any listeria positives?
SELECT lot_ref, sample_dt, lab_nm, result_dt FROM cheesecave.lab_tests WHERE listeria_cd = 'DET';

-- Q89 cheesecave | cheese_lots,cheeses,dairies | How many wheels are we maturing on behalf of each dairy right now?
SELECT d.dairy_nm, sum(l.wheels_now) AS wheels FROM cheesecave.cheese_lots l JOIN cheesecave.cheeses c ON c.chz_cd = l.chz_ref JOIN cheesecave.dairies d ON d.dairy_cd = c.dairy_ref WHERE l.own_cd = 'TOLL' AND l.status_cd NOT IN ('SOLD', 'DEST') GROUP BY d.dairy_nm ORDER BY wheels DESC;

-- Q90 cheesecave | care_log,cheese_lots | Which cheeses haven't been turned in the last week?
SELECT l.lot_no, l.chz_ref, l.room_ref, max(c.care_dt) AS last_turned FROM cheesecave.cheese_lots l LEFT JOIN cheesecave.care_log c ON c.lot_ref = l.lot_no AND c.task_cd = 'TURN' WHERE l.status_cd IN ('MAT', 'RDY', 'HOLD') AND l.wheels_now > 0 GROUP BY l.lot_no, l.chz_ref, l.room_ref HAVING max(c.care_dt) IS NULL OR max(c.care_dt) < DATE '2026-06-08';

-- Q91 cheesecave | fee_invoices | Which maturing fee invoices haven't been paid?
SELECT fee_inv, dairy_ref, period_mth, fee_amt + extra_amt AS total, issued_dt FROM cheesecave.fee_invoices WHERE paid_dt IS NULL ORDER BY issued_dt;

-- Q92 cheesecave | room_readings | Have any of the rooms gone into alarm this month?
SELECT room_ref, rdg_ts, temp_c, rh_pct FROM cheesecave.room_readings WHERE alarm_yn = 'Y' AND rdg_ts >= TIMESTAMP '2026-06-01 00:00' ORDER BY rdg_ts;

-- Q93 cheesecave | dairies | Which of our dairies make goat's cheese?
SELECT dairy_nm, farm_town, county, contact_nm FROM cheesecave.dairies WHERE milk_cd = 'GOAT';

-- Q94 cheesecave | customers | Who do we sell to abroad?
SELECT cust_nm, town, cntry, email FROM cheesecave.customers WHERE cntry <> 'GB';

-- Q95 cheesecave | sales,cheese_lots,cheeses | How much Tregarth Tomme did we sell in May, and what did it bring in?
SELECT sum(s.wheels) AS wheels, sum(s.kg) AS kg, sum(s.net_amt) AS sales FROM cheesecave.sales s JOIN cheesecave.cheese_lots l ON l.lot_no = s.lot_ref JOIN cheesecave.cheeses c ON c.chz_cd = l.chz_ref WHERE c.chz_nm = 'Tregarth Tomme' AND s.sale_dt >= DATE '2026-05-01' AND s.sale_dt < DATE '2026-06-01';

-- Q96 cheesecave | staff | Whose food hygiene certificate needs renewing?
SELECT stf_nm, role_cd, hyg_lvl, hyg_exp FROM cheesecave.staff WHERE hyg_exp < DATE '2026-06-15' ORDER BY hyg_exp;

-- Q97 cheesecave | cheese_lots | Which deliveries turned up too warm?
SELECT lot_no, chz_ref, recv_dt, arr_temp_c FROM cheesecave.cheese_lots WHERE arr_temp_c > 8 ORDER BY recv_dt;

-- Q98 cheesecave | grading,staff | Who's done the most grading this year?
SELECT s.stf_nm, count(*) AS gradings FROM cheesecave.grading g JOIN cheesecave.staff s ON s.stf_cd = g.grader_ref WHERE g.grd_dt >= DATE '2026-01-01' GROUP BY s.stf_nm ORDER BY gradings DESC;

-- Q99 cheesecave | cheese_lots,cheeses | Which cheeses have been with us longer than they're meant to mature for?
SELECT l.lot_no, c.chz_nm, l.make_dt, (DATE '2026-06-15' - l.make_dt) / 7 AS age_wks, c.tgt_wks, l.wheels_now FROM cheesecave.cheese_lots l JOIN cheesecave.cheeses c ON c.chz_cd = l.chz_ref WHERE l.status_cd NOT IN ('SOLD', 'DEST') AND l.wheels_now > 0 AND (DATE '2026-06-15' - l.make_dt) / 7 > c.tgt_wks ORDER BY age_wks DESC;

-- Q100 cheesecave | sales,customers | Who still owes us for cheese?
SELECT c.cust_nm, s.sale_no, s.sale_dt, s.net_amt, c.terms_days FROM cheesecave.sales s JOIN cheesecave.customers c ON c.cust_cd = s.cust_ref WHERE s.paid_dt IS NULL ORDER BY s.sale_dt;
