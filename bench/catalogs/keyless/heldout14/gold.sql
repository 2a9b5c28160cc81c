-- Verification SQL for heldout14/questions.tsv (held-out 14: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the six heldout14 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 surfschool | sessions | Which lessons did we have to call off because of the sea or the weather?
SELECT sess_id, sess_dt, start_tm, beach_ref, lsn_cd, cxl_rsn_cd, swell_ft, wind_cd FROM surfschool.sessions WHERE status_cd = 'CXL' AND cxl_rsn_cd IN ('FLAT', 'BIG', 'WIND', 'LTN');

-- Q02 surfschool | sessions, staff | Did any lesson go ahead without a qualified lifeguard watching?
SELECT s.sess_id, s.sess_dt, s.beach_ref, g.staff_nm AS lifeguard, g.lifeguard_qual_cd, g.lg_exp_dt FROM surfschool.sessions s LEFT JOIN surfschool.staff g ON g.staff_id = s.lifeguard_ref WHERE s.status_cd = 'RUN' AND (g.staff_id IS NULL OR g.lifeguard_qual_cd = 'NONE' OR g.lg_exp_dt < s.sess_dt);

-- Q03 surfschool | staff | Whose beach lifeguard award runs out before the end of the season?
SELECT staff_nm, lifeguard_qual_cd, lg_exp_dt FROM surfschool.staff WHERE active_flg AND lifeguard_qual_cd <> 'NONE' AND lg_exp_dt <= DATE '2026-10-31' ORDER BY lg_exp_dt;

-- Q04 surfschool | sessions, beaches | Have we been teaching on a beach after our licence there ran out?
SELECT b.beach_nm, b.concession_no, b.concession_exp_dt, s.sess_id, s.sess_dt FROM surfschool.sessions s JOIN surfschool.beaches b ON b.beach_cd = s.beach_ref WHERE s.status_cd = 'RUN' AND s.sess_dt > b.concession_exp_dt;

-- Q05 surfschool | bookings, customers, sessions, lesson_types | Is anyone who can't swim booked onto a group lesson?
SELECT c.first_nm, c.surname, s.sess_dt, l.lsn_desc, b.attended_cd FROM surfschool.bookings b JOIN surfschool.customers c ON c.cust_no = b.cust_ref JOIN surfschool.sessions s ON s.sess_id = b.sess_no JOIN surfschool.lesson_types l ON l.lsn_cd = s.lsn_cd WHERE c.swim_cd = 'NONE' AND NOT l.private_flg AND (b.attended_cd IS NULL OR b.attended_cd = 'Y');

-- Q06 surfschool | bookings, customers | Who went in the water without signing the waiver?
SELECT c.first_nm, c.surname, b.bkg_ref, b.sess_no FROM surfschool.bookings b JOIN surfschool.customers c ON c.cust_no = b.cust_ref WHERE b.attended_cd = 'Y' AND NOT b.waiver_flg;

-- Q07 surfschool | bookings, sessions | How many people didn't turn up for their lesson this month?
SELECT count(*) AS no_shows FROM surfschool.bookings b JOIN surfschool.sessions s ON s.sess_id = b.sess_no WHERE b.attended_cd = 'NS' AND s.sess_dt >= DATE '2026-07-01' AND s.sess_dt < DATE '2026-08-01';

-- Q08 surfschool | bookings, sessions, lesson_types | How much did we take for each kind of lesson in July?
SELECT l.lsn_desc, sum(b.paid_amt - coalesce(b.refund_amt, 0)) AS taken FROM surfschool.bookings b JOIN surfschool.sessions s ON s.sess_id = b.sess_no JOIN surfschool.lesson_types l ON l.lsn_cd = s.lsn_cd WHERE s.sess_dt >= DATE '2026-07-01' AND s.sess_dt < DATE '2026-08-01' GROUP BY l.lsn_desc;

-- Q09 surfschool | bookings | Are more people booking through the gift experience websites or through our own site?
SELECT chan_cd, count(*) AS bookings FROM surfschool.bookings WHERE chan_cd IN ('AGG', 'WEB') GROUP BY chan_cd;

-- Q10 surfschool | hire_agreements, customers | Who's still got hire kit out that should have been back by now?
SELECT h.hire_no, c.first_nm, c.surname, c.mobile_no, h.board_no, h.due_ts FROM surfschool.hire_agreements h JOIN surfschool.customers c ON c.cust_no = h.cust_ref WHERE h.back_ts IS NULL AND h.due_ts < TIMESTAMP '2026-07-20 09:00';

-- Q11 surfschool | hire_agreements | How much have we charged for damaged boards and late returns this summer?
SELECT sum(dmg_chg_amt) AS damage_charged, sum(late_fee_amt) AS late_fees FROM surfschool.hire_agreements WHERE out_ts >= DATE '2026-06-01';

-- Q12 surfschool | hire_agreements, boards | Which hire boards are earning their keep?
SELECT b.board_no, b.board_type_cd, b.brand_nm, count(*) AS hires, sum(h.hire_amt) AS income FROM surfschool.hire_agreements h JOIN surfschool.boards b ON b.board_no = h.board_no GROUP BY b.board_no, b.board_type_cd, b.brand_nm ORDER BY income DESC;

-- Q13 surfschool | board_repairs, boards | Which boards are still away at the ding repairer?
SELECT r.board_ref, b.board_type_cd, b.use_cd, r.ding_cd, r.repairer_nm, r.sent_dt FROM surfschool.board_repairs r JOIN surfschool.boards b ON b.board_no = r.board_ref WHERE r.sent_dt IS NOT NULL AND r.back_dt IS NULL;

-- Q14 surfschool | boards | What state are the softboards we teach on in?
SELECT cond_cd, count(*) AS boards FROM surfschool.boards WHERE use_cd = 'LSN' AND board_type_cd = 'SFT' AND retired_dt IS NULL GROUP BY cond_cd;

-- Q15 surfschool | products, suppliers | Which wetsuits have we sold out of, and who do we get them from?
SELECT p.sku, p.descr_txt, s.supp_nm, s.phone_txt FROM surfschool.products p JOIN surfschool.suppliers s ON s.supp_cd = p.supp_cd WHERE p.cat_cd = 'WS' AND p.on_hand_qty <= 0;

-- Q16 surfschool | till_lines, products | What are the shop's best sellers?
SELECT p.descr_txt, sum(l.qty) AS sold, sum(l.line_amt) AS takings FROM surfschool.till_lines l JOIN surfschool.products p ON p.sku = l.sku GROUP BY p.descr_txt ORDER BY sold DESC;

-- Q17 surfschool | till_sales, staff | How much has each person on the tills taken, and how much have they knocked off in discounts?
SELECT st.staff_nm, sum(t.gross_amt) AS taken, sum(t.disc_amt) AS discount_given FROM surfschool.till_sales t JOIN surfschool.staff st ON st.staff_id = t.served_by GROUP BY st.staff_nm;

-- Q18 framing | frame_orders, clients | Which finished frames are still waiting to be picked up, and whose are they?
SELECT o.fo_no, c.cl_name, c.cl_phone, o.fo_art_desc, o.fo_made_dt, o.fo_quote_amt - o.fo_disc_amt - o.fo_paid_amt AS balance_due FROM framing.frame_orders o JOIN framing.clients c ON c.cl_id = o.fo_client WHERE o.fo_status_cd = 'RDY';

-- Q19 framing | frame_orders | Which framing jobs are running late?
SELECT fo_no, fo_art_desc, fo_promised_dt, fo_status_cd FROM framing.frame_orders WHERE fo_status_cd IN ('ORD', 'AWM', 'WIP') AND fo_promised_dt < DATE '2026-05-20';

-- Q20 framing | frame_orders, staff | Were any conservation jobs made by a framer who isn't Guild Commended?
SELECT o.fo_no, o.fo_art_desc, s.emp_name, s.emp_role FROM framing.frame_orders o JOIN framing.staff s ON s.emp_no = o.fo_framer WHERE o.fo_cons_flg AND NOT s.gcf_flg;

-- Q21 framing | frame_orders, mountboards, glazing | Which conservation jobs are using a mount or glass that isn't up to conservation standard?
SELECT o.fo_no, o.fo_art_desc, m.mb_colour, m.mb_grade_cd, g.glz_desc, g.uv_filter_pct FROM framing.frame_orders o LEFT JOIN framing.mountboards m ON m.mb_code = o.fo_mb LEFT JOIN framing.glazing g ON g.glz_code = o.fo_glz WHERE o.fo_cons_flg AND (m.mb_grade_cd = 'STD' OR g.uv_filter_pct < 99);

-- Q22 framing | frame_orders | How many frames have we had to make again, and why?
SELECT fo_no, fo_art_desc, fo_made_dt, fo_remake_rsn FROM framing.frame_orders WHERE fo_remake_flg;

-- Q23 framing | frame_orders, clients | How much do the designers and hotels still owe us for framing?
SELECT c.cl_name, sum(o.fo_quote_amt - o.fo_disc_amt - o.fo_paid_amt) AS owed FROM framing.frame_orders o JOIN framing.clients c ON c.cl_id = o.fo_client WHERE c.cl_type_cd IN ('TRADE', 'CORP') AND o.fo_status_cd NOT IN ('QUO', 'CXL') GROUP BY c.cl_name HAVING sum(o.fo_quote_amt - o.fo_disc_amt - o.fo_paid_amt) > 0;

-- Q24 framing | mouldings, suppliers | Which mouldings are running low, and who do we order them from?
SELECT m.mld_code, m.mld_desc, m.mld_stock_m, m.mld_min_m, s.sup_name, s.sup_lead_days FROM framing.mouldings m JOIN framing.suppliers s ON s.sup_code = m.mld_supplier WHERE m.mld_stock_m <= m.mld_min_m AND NOT m.mld_discont_flg;

-- Q25 framing | mouldings | Which frames make us the most money per metre?
SELECT mld_code, mld_desc, mld_sell_m - mld_cost_m AS margin_per_m FROM framing.mouldings ORDER BY margin_per_m DESC;

-- Q26 framing | mountboards | Which mount colours have we run out of?
SELECT mb_code, mb_colour, mb_grade_cd FROM framing.mountboards WHERE mb_sheets_qty = 0;

-- Q27 framing | glazing | What glass can we offer that gets rid of reflections and stops a picture fading?
SELECT glz_code, glz_desc, glz_material_cd, glz_sell_sqm FROM framing.glazing WHERE anti_refl_flg AND uv_filter_pct >= 99;

-- Q28 framing | artworks, artists | What's been in the gallery for more than a year without selling, and whose is it?
SELECT a.stock_no, a.title, r.artist_nm, a.consigned_dt, a.price_amt FROM framing.artworks a JOIN framing.artists r ON r.artist_id = a.artist_ref WHERE a.status_cd = 'AVL' AND a.consigned_dt < DATE '2025-05-20';

-- Q29 framing | gallery_sales, artworks, artists | How much do we still owe each artist for work we've sold?
SELECT r.artist_nm, sum(s.gs_artist_due) AS owed FROM framing.gallery_sales s JOIN framing.artworks a ON a.stock_no = s.gs_stock JOIN framing.artists r ON r.artist_id = a.artist_ref WHERE s.gs_artist_paid_dt IS NULL GROUP BY r.artist_nm;

-- Q30 framing | gallery_sales, exhibitions | How did each exhibition do for sales?
SELECT e.exh_title, count(s.gs_id) AS works_sold, coalesce(sum(s.gs_price - s.gs_disc), 0) AS takings FROM framing.exhibitions e LEFT JOIN framing.gallery_sales s ON s.gs_exh = e.exh_no GROUP BY e.exh_title;

-- Q31 framing | exh_hangs, artworks, exhibitions | What's hanging in the Somerset Makers show, and what are the prices?
SELECT a.stock_no, a.title, a.price_amt, a.status_cd, h.wall_cd FROM framing.exh_hangs h JOIN framing.exhibitions e ON e.exh_no = h.exh_no JOIN framing.artworks a ON a.stock_no = h.stock_ref WHERE e.exh_title = 'Somerset Makers';

-- Q32 framing | gallery_sales, staff | How much art has each of the team sold this year?
SELECT st.emp_name, count(*) AS sales, sum(g.gs_price - g.gs_disc) AS value FROM framing.gallery_sales g JOIN framing.staff st ON st.emp_no = g.gs_sold_by WHERE g.gs_dt >= DATE '2026-01-01' GROUP BY st.emp_name;

-- Q33 framing | gallery_sales | How many pieces have people bought with an Own Art loan?
SELECT count(*) AS own_art_sales, sum(gs_price) AS value FROM framing.gallery_sales WHERE gs_own_art_flg;

-- Q34 framing | gallery_sales, artworks, artists, clients | Who has bought Rosa Quinlan's paintings, and what did they pay?
SELECT c.cl_name, a.title, s.gs_dt, s.gs_price - s.gs_disc AS paid FROM framing.gallery_sales s JOIN framing.artworks a ON a.stock_no = s.gs_stock JOIN framing.artists r ON r.artist_id = a.artist_ref JOIN framing.clients c ON c.cl_id = s.gs_buyer WHERE r.artist_nm = 'Rosa Quinlan';

-- Q35 roofing | jobs | Which jobs still have scaffolding up, and for how many weeks now?
SELECT jobno, propno, scaff_firm, scaff_up, (DATE '2026-04-15' - scaff_up) / 7 AS weeks_up FROM roofing.jobs WHERE scaff_up IS NOT NULL AND scaff_down IS NULL;

-- Q36 roofing | jobs, properties | Are we booked onto any roofs that might have asbestos without an asbestos survey?
SELECT j.jobno, p.addr1, p.town, j.booked_start, j.status FROM roofing.jobs j JOIN roofing.properties p ON p.propno = j.propno WHERE p.asbestos_yn = 'Y' AND j.asb_survey_ref IS NULL AND j.status <> 'CXL';

-- Q37 roofing | jobs | Which re-roofs haven't been registered with building control?
SELECT jobno, propno, actual_start, completed, status FROM roofing.jobs WHERE job_type = 'REROOF' AND bc_notified_yn = 'N' AND status <> 'CXL';

-- Q38 roofing | jobs, operatives | Which jobs went ahead without a risk assessment and method statement, and who was the foreman?
SELECT j.jobno, j.job_type, j.actual_start, o.opname AS foreman FROM roofing.jobs j JOIN roofing.operatives o ON o.opno = j.foreman WHERE j.rams_issued_yn = 'N' AND j.actual_start IS NOT NULL;

-- Q39 roofing | jobs | Which jobs overran, and how much of that was down to the weather?
SELECT jobno, job_type, plan_days, actual_days, wet_days FROM roofing.jobs WHERE actual_days > plan_days;

-- Q40 roofing | timesheets, operatives | Has anyone been up on a roof without in-date working at height training?
SELECT DISTINCT o.opname, o.trade, o.wah_trained FROM roofing.timesheets t JOIN roofing.operatives o ON o.opno = t.opno WHERE o.wah_trained IS NULL OR o.wah_trained < t.work_date - interval '3 years';

-- Q41 roofing | operatives | Whose CSCS card has run out, or runs out in the next six months?
SELECT opname, trade, cscs_card, cscs_exp FROM roofing.operatives WHERE leaver_yn = 'N' AND cscs_exp < DATE '2026-10-15' ORDER BY cscs_exp;

-- Q42 roofing | timesheets, operatives | What do we owe each of the subbies for March once the CIS tax is taken off?
SELECT o.opname, sum(t.hours) AS hours, round(sum(t.hours) / 8 * o.day_rate * (1 - o.cis_pct / 100), 2) AS net_pay FROM roofing.timesheets t JOIN roofing.operatives o ON o.opno = t.opno WHERE o.emp_type = 'CIS' AND t.work_date >= DATE '2026-03-01' AND t.work_date < DATE '2026-04-01' GROUP BY o.opname, o.day_rate, o.cis_pct;

-- Q43 roofing | estimates | How are we doing on winning the quotes we've sent out this year?
SELECT outcome, count(*) AS quotes, sum(net_total) AS value FROM roofing.estimates WHERE est_date >= DATE '2026-01-01' GROUP BY outcome;

-- Q44 roofing | estimates, customers | Which quotes are still waiting for an answer, and who are they for?
SELECT e.estno, c.cname, e.scope, e.net_total, e.valid_until FROM roofing.estimates e JOIN roofing.customers c ON c.custno = e.custno WHERE e.outcome = 'PEND';

-- Q45 roofing | surveys, estimates, properties | Which leaking roofs did we survey but never send a price for, and where are they?
SELECT p.addr1, p.town, s.svy_date, s.findings FROM roofing.surveys s JOIN roofing.properties p ON p.propno = s.propno LEFT JOIN roofing.estimates e ON e.svy_ref = s.svy_id WHERE s.active_leak_yn = 'Y' AND e.estno IS NULL;

-- Q46 roofing | invoices, jobs, customers | Who owes us money, and how overdue is it?
SELECT c.cname, i.invno, i.net + i.vat - i.cis_deducted - i.paid AS outstanding, DATE '2026-04-15' - i.due_date AS days_overdue FROM roofing.invoices i JOIN roofing.jobs j ON j.jobno = i.jobno JOIN roofing.customers c ON c.custno = j.custno WHERE i.paid_date IS NULL AND i.due_date < DATE '2026-04-15';

-- Q47 roofing | invoices | How much CIS tax have the builders knocked off our invoices this year?
SELECT sum(cis_deducted) AS cis_deducted FROM roofing.invoices WHERE inv_date >= DATE '2026-01-01';

-- Q48 roofing | mat_issues, materials | How much slate and lead has gone out to each job?
SELECT i.jobno, m.mat_grp, sum(i.qty - coalesce(i.returned_qty, 0)) AS used, sum((i.qty - coalesce(i.returned_qty, 0)) * i.price_each) AS cost FROM roofing.mat_issues i JOIN roofing.materials m ON m.matcode = i.matcode WHERE m.mat_grp IN ('SLATE', 'LEAD') GROUP BY i.jobno, m.mat_grp;

-- Q49 roofing | materials, merchants | What do we need to reorder for the yard, and from which merchant?
SELECT m.matcode, m.descr, m.stock_qty, m.reorder_at, r.merch_name, r.branch FROM roofing.materials m JOIN roofing.merchants r ON r.merch_id = m.merchant WHERE m.stock_qty <= m.reorder_at;

-- Q50 roofing | callbacks, properties, customers | Which guarantee call-backs are still open, and whose roof is it?
SELECT cb.cbno, cb.reported, cb.issue, p.addr1, c.cname, c.tel FROM roofing.callbacks cb JOIN roofing.properties p ON p.propno = cb.propno JOIN roofing.customers c ON c.custno = p.owner_custno WHERE cb.under_gtee_yn = 'Y' AND cb.resolved_yn = 'N';

-- Q51 roofing | callbacks, jobs, customers, operatives | Which jobs we did for insurance companies have had a call-back, and who was the foreman?
SELECT j.jobno, c.cname, cb.reported, cb.issue, o.opname AS foreman FROM roofing.callbacks cb JOIN roofing.jobs j ON j.jobno = cb.jobno JOIN roofing.customers c ON c.custno = j.custno JOIN roofing.operatives o ON o.opno = j.foreman WHERE c.cclass = 'INS';

-- Q52 sheepfarm | ewes | How many ewes have we got on each heft?
SELECT heft_cd, count(*) AS ewes FROM sheepfarm.ewes WHERE status_cd IN ('LIVE', 'CULL') GROUP BY heft_cd;

-- Q53 sheepfarm | ewes | Which ewes are broken-mouthed or thin and should go as culls?
SELECT eid, mgmt_no, breed_cd, yob, teeth_cd, bcs FROM sheepfarm.ewes WHERE status_cd = 'LIVE' AND (teeth_cd = 'BM' OR bcs <= 2);

-- Q54 sheepfarm | scans, ewes | Which ewes scanned empty this year, and how old are they?
SELECT e.mgmt_no, e.eid, e.yob, 2026 - e.yob AS age_yrs, e.heft_cd FROM sheepfarm.scans s JOIN sheepfarm.ewes e ON e.eid = s.eid WHERE s.result_no = 0 AND s.scan_dt >= DATE '2026-01-01';

-- Q55 sheepfarm | scans | What did the ewes scan at this year, how many singles, twins and triplets?
SELECT result_no, count(*) AS ewes FROM sheepfarm.scans WHERE scan_dt >= DATE '2026-01-01' GROUP BY result_no ORDER BY result_no;

-- Q56 sheepfarm | lambs | How many lambs have we lost this spring, and what killed them?
SELECT death_cd, count(*) AS lambs FROM sheepfarm.lambs WHERE died_dt >= DATE '2026-03-01' GROUP BY death_cd;

-- Q57 sheepfarm | lambs, ewes | Which ewes needed a hand lambing this year, and what breed are they?
SELECT DISTINCT e.mgmt_no, e.breed_cd, e.yob FROM sheepfarm.lambs l JOIN sheepfarm.ewes e ON e.eid = l.dam WHERE l.assist_flg AND l.born_dt >= DATE '2026-01-01';

-- Q58 sheepfarm | lambs | How many pet lambs are we bottle-feeding?
SELECT count(*) AS pet_lambs FROM sheepfarm.lambs WHERE reared_cd = 'P' AND died_dt IS NULL AND sold_dt IS NULL;

-- Q59 sheepfarm | lambs, tups | Which tup is leaving the heaviest lambs at eight weeks?
SELECT t.tup_nm, t.breed_cd, round(avg(l.wt_8wk_kg), 1) AS avg_8wk_kg, count(*) AS lambs FROM sheepfarm.lambs l JOIN sheepfarm.tups t ON t.tup_no = l.sire WHERE l.wt_8wk_kg IS NOT NULL GROUP BY t.tup_nm, t.breed_cd ORDER BY avg_8wk_kg DESC;

-- Q60 sheepfarm | lambs, scans | How many lambs were born this spring against what the scanner told us?
SELECT (SELECT sum(result_no) FROM sheepfarm.scans WHERE scan_dt >= DATE '2026-01-01') AS lambs_scanned, (SELECT count(*) FROM sheepfarm.lambs WHERE born_dt >= DATE '2026-01-01') AS lambs_born;

-- Q61 sheepfarm | tupping, tups, ewes | Which ewes were caught late at tupping, and which tup were they with?
SELECT e.mgmt_no, e.heft_cd, t.tup_nm, p.raddle_cd, p.grp_field FROM sheepfarm.tupping p JOIN sheepfarm.tups t ON t.tup_no = p.tup_no JOIN sheepfarm.ewes e ON e.eid = p.ewe_eid WHERE p.raddle_cd = 'B' AND p.in_dt >= DATE '2025-09-01';

-- Q62 sheepfarm | treatments, medicines | Which wormers have we used in the last twelve months, and from which groups?
SELECT t.tx_dt, t.grp_desc, t.head_cnt, m.med_nm, m.active_txt FROM sheepfarm.treatments t JOIN sheepfarm.medicines m ON m.med_cd = t.med_cd WHERE m.type_cd = 'WORM' AND t.tx_dt >= DATE '2025-05-20' ORDER BY t.tx_dt;

-- Q63 sheepfarm | treatments, people, medicines | Has anyone given a prescription medicine who isn't trained to?
SELECT t.tx_dt, p.name, m.med_nm, t.eid, t.grp_desc FROM sheepfarm.treatments t JOIN sheepfarm.people p ON p.person_id = t.given_by JOIN sheepfarm.medicines m ON m.med_cd = t.med_cd WHERE m.pom_flg AND NOT p.med_admin_trained_flg;

-- Q64 sheepfarm | lambs, treatments | Did we sell any lambs that were still inside their meat withdrawal period?
SELECT l.tag_eid, l.sold_dt, t.tx_dt, t.med_cd, t.wd_end_dt FROM sheepfarm.lambs l JOIN sheepfarm.treatments t ON t.eid = l.tag_eid WHERE l.sold_dt BETWEEN t.tx_dt AND t.wd_end_dt;

-- Q65 sheepfarm | movements | Which sheep movements did we forget to report, or report late?
SELECT mv_no, mv_dt, dir_cd, head_cnt, dest_txt, reported_dt FROM sheepfarm.movements WHERE reported_dt IS NULL OR reported_dt > mv_dt + 3;

-- Q66 sheepfarm | sales | What did our lambs make at the mart last year, after commission and haulage?
SELECT class_cd, sum(head_cnt) AS head, sum(gross_amt) AS gross, sum(net_amt) AS net, round(sum(net_amt) / sum(head_cnt), 2) AS net_per_head FROM sheepfarm.sales WHERE class_cd IN ('PRIME', 'STORE') AND sale_dt >= DATE '2025-01-01' AND sale_dt < DATE '2026-01-01' GROUP BY class_cd;

-- Q67 sheepfarm | grazing, fields | Have we had sheep on any of the wildflower meadows this year while they're meant to be shut up?
SELECT f.field_nm, g.grp_desc, g.head_cnt, g.on_dt, g.off_dt FROM sheepfarm.grazing g JOIN sheepfarm.fields f ON f.field_no = g.field_no WHERE f.aes_option_cd = 'GS6' AND g.on_dt <= DATE '2026-07-15' AND coalesce(g.off_dt, DATE '2026-05-20') >= DATE '2026-04-01';

-- Q68 sheepfarm | shearing | Is the wool cheque going up or down?
SELECT clip_yr, sum(fleece_kg) AS wool_kg, sum(bwmb_amt) AS wool_cheque, sum(shorn_cnt * rate_per_head) AS shearing_cost FROM sheepfarm.shearing GROUP BY clip_yr ORDER BY clip_yr;

-- Q69 coworking | offices, sites | How full are our private offices at each site?
SELECT s.site_name, count(*) FILTER (WHERE o.status = 'LET') AS offices_let, count(*) AS offices, sum(o.desks) FILTER (WHERE o.status = 'LET') AS desks_let, sum(o.desks) AS desks FROM coworking.offices o JOIN coworking.sites s ON s.site_code = o.site_code GROUP BY s.site_name;

-- Q70 coworking | offices | Which offices are empty right now, and what are we asking for them?
SELECT office_id, site_code, office_name, desks, list_price_pm FROM coworking.offices WHERE status = 'FREE';

-- Q71 coworking | agreements, companies | Which companies' agreements end in the next three months, and have they given notice?
SELECT c.company_name, a.agreement_no, a.end_date, a.notice_served_on, a.auto_renew FROM coworking.agreements a JOIN coworking.companies c ON c.company_id = a.company_id WHERE a.status IN ('LIVE', 'NOTICE') AND a.end_date BETWEEN DATE '2026-06-10' AND DATE '2026-09-10';

-- Q72 coworking | agreements | How much a month are we losing from members who've handed in their notice?
SELECT count(*) AS agreements, sum(net_pm) AS monthly_income_lost FROM coworking.agreements WHERE status = 'NOTICE';

-- Q73 coworking | agreements, staff | How much discount is each salesperson giving away on average?
SELECT s.full_name, count(*) AS deals, round(avg(a.discount_pct), 1) AS avg_discount_pct, sum(a.rent_free_months) AS rent_free_months FROM coworking.agreements a JOIN coworking.staff s ON s.staff_id = a.sales_rep WHERE a.status <> 'DRAFT' GROUP BY s.full_name;

-- Q74 coworking | agreements | Which signed agreements still haven't paid their deposit?
SELECT agreement_no, signed_by_name, deposit_amt, start_date FROM coworking.agreements WHERE status IN ('LIVE', 'NOTICE') AND NOT deposit_paid AND deposit_amt > 0;

-- Q75 coworking | agreements, companies | Which deals came to us through office brokers, and for which companies?
SELECT a.agreement_no, c.company_name, a.net_pm, a.term_months FROM coworking.agreements a JOIN coworking.companies c ON c.company_id = a.company_id WHERE a.lead_source = 'BROKER';

-- Q76 coworking | agreements | Why are people leaving us?
SELECT end_reason, count(*) AS agreements FROM coworking.agreements WHERE status IN ('NOTICE', 'ENDED') GROUP BY end_reason;

-- Q77 coworking | invoices, companies | Which companies owe us money, and how late are they paying?
SELECT c.company_name, c.credit_status, i.invoice_no, i.net_amount + i.vat_amount AS owed, DATE '2026-06-10' - i.due_on AS days_late FROM coworking.invoices i JOIN coworking.companies c ON c.company_id = i.company_id WHERE i.paid_on IS NULL AND i.status <> 'VOID' AND i.due_on < DATE '2026-06-10';

-- Q78 coworking | companies, members | Which members work for companies we've cut off for not paying?
SELECT m.first_name, m.last_name, m.key_fob, c.company_name FROM coworking.members m JOIN coworking.companies c ON c.company_id = m.org_id WHERE c.credit_status = 'STOP' AND m.member_status <> 'LEFT';

-- Q79 coworking | door_swipes, members | Who got turned away at the door this week?
SELECT m.first_name, m.last_name, d.site_code, d.swiped_at FROM coworking.door_swipes d JOIN coworking.members m ON m.key_fob = d.fob_no WHERE d.result = 'DENY' AND d.swiped_at >= DATE '2026-06-08';

-- Q80 coworking | door_swipes, members, sites | Which members have been working from buildings other than their own, and which ones?
SELECT DISTINCT m.first_name, m.last_name, m.home_site, s.site_name AS visited FROM coworking.door_swipes d JOIN coworking.members m ON m.key_fob = d.fob_no JOIN coworking.sites s ON s.site_code = d.site_code WHERE d.result = 'OK' AND d.site_code <> m.home_site;

-- Q81 coworking | room_bookings, meeting_rooms | How much have we made from outside companies hiring our meeting rooms, room by room?
SELECT r.room_name, r.site_code, count(*) AS hires, sum(b.charged_amt) AS income FROM coworking.room_bookings b JOIN coworking.meeting_rooms r ON r.room_id = b.room_id WHERE b.booked_by IS NULL AND b.cancelled_at IS NULL GROUP BY r.room_name, r.site_code;

-- Q82 coworking | room_bookings, members | Who booked a meeting room and then didn't show up?
SELECT m.first_name, m.last_name, b.room_id, b.starts_at FROM coworking.room_bookings b JOIN coworking.members m ON m.member_id = b.booked_by WHERE b.no_show;

-- Q83 coworking | tickets, staff | Are any open problems still sitting with someone who's left?
SELECT t.ticket_no, t.site_code, t.category, t.summary, s.full_name, s.left_on FROM coworking.tickets t JOIN coworking.staff s ON s.staff_id = t.assigned_to WHERE t.resolved_at IS NULL AND s.left_on IS NOT NULL;

-- Q84 coworking | agreements, plans | How many seats have we got on each kind of membership?
SELECT p.plan_kind, sum(a.seats) AS seats, count(*) AS agreements FROM coworking.agreements a JOIN coworking.plans p ON p.plan_code = a.plan_code WHERE a.status IN ('LIVE', 'NOTICE') GROUP BY p.plan_kind;

-- Q85 foodbank | vouchers | How many people did our food vouchers feed in January, and how many of them were children?
SELECT count(*) AS vouchers, sum(adults_no + kids_0_4 + kids_5_11 + kids_12_17) AS people, sum(kids_0_4 + kids_5_11 + kids_12_17) AS children FROM foodbank.vouchers WHERE redeemed_dt >= DATE '2026-01-01' AND redeemed_dt < DATE '2026-02-01';

-- Q86 foodbank | vouchers | What are the main reasons people are coming to us at the moment?
SELECT crisis_cd, count(*) AS vouchers FROM foodbank.vouchers WHERE issued_dt >= DATE '2025-11-16' GROUP BY crisis_cd ORDER BY vouchers DESC;

-- Q87 foodbank | vouchers, agencies | Which agencies send us the most people?
SELECT a.agency_nm, count(*) AS vouchers FROM foodbank.vouchers v JOIN foodbank.agencies a ON a.agency_id = v.agency_ref GROUP BY a.agency_nm ORDER BY vouchers DESC;

-- Q88 foodbank | vouchers, agencies | Has any agency gone over the number of referrals it agreed to in a month?
SELECT a.agency_nm, date_trunc('month', v.issued_dt) AS month, count(*) AS issued, a.voucher_cap_mth FROM foodbank.vouchers v JOIN foodbank.agencies a ON a.agency_id = v.agency_ref GROUP BY a.agency_nm, date_trunc('month', v.issued_dt), a.voucher_cap_mth HAVING count(*) > a.voucher_cap_mth;

-- Q89 foodbank | vouchers | Has anyone had more than their share of vouchers without a manager signing it off?
SELECT voucher_no, hh_ref, issued_dt, vouchers_6m FROM foodbank.vouchers WHERE over_limit_flg AND approved_by IS NULL;

-- Q90 foodbank | vouchers, households | How many of the households we helped in January were in temporary housing or had nowhere to live?
SELECT h.housing_cd, count(DISTINCT h.hh_no) AS households FROM foodbank.vouchers v JOIN foodbank.households h ON h.hh_no = v.hh_ref WHERE v.issued_dt >= DATE '2026-01-01' AND v.issued_dt < DATE '2026-02-01' AND h.housing_cd IN ('TEMP', 'NFA') GROUP BY h.housing_cd;

-- Q91 foodbank | vouchers, parcel_lines, items | Did anyone who can only use a kettle get food that needs cooking?
SELECT v.voucher_no, v.redeemed_dt, i.item_nm, pl.qty FROM foodbank.vouchers v JOIN foodbank.parcel_lines pl ON pl.parcel_no = v.parcel_ref JOIN foodbank.items i ON i.item_cd = pl.item_cd WHERE (v.kettle_only_flg OR v.no_kitchen_flg) AND NOT i.no_cook_flg;

-- Q92 foodbank | vouchers, parcel_lines, items, agencies | Did any family who asked for halal food get something that isn't halal, and who referred them?
SELECT v.voucher_no, a.agency_nm, i.item_nm, pl.qty FROM foodbank.vouchers v JOIN foodbank.agencies a ON a.agency_id = v.agency_ref JOIN foodbank.parcel_lines pl ON pl.parcel_no = v.parcel_ref JOIN foodbank.items i ON i.item_cd = pl.item_cd WHERE v.halal_flg AND i.halal_ok_flg = false;

-- Q93 foodbank | stock, items | What's running low at Hexham?
SELECT i.item_nm, s.qty, i.min_qty FROM foodbank.stock s JOIN foodbank.items i ON i.item_cd = s.item_cd WHERE s.centre_cd = 'HEX' AND s.qty < i.min_qty;

-- Q94 foodbank | stock, items, centres | What's going out of date in the next month, and at which centre?
SELECT c.centre_nm, i.item_nm, s.qty, s.bbe_dt FROM foodbank.stock s JOIN foodbank.items i ON i.item_cd = s.item_cd JOIN foodbank.centres c ON c.centre_cd = s.centre_cd WHERE s.bbe_dt <= DATE '2026-03-16' ORDER BY s.bbe_dt;

-- Q95 foodbank | food_in, donors | How much food have the supermarkets given us since Christmas?
SELECT d.donor_nm, sum(f.kg) AS kg FROM foodbank.food_in f JOIN foodbank.donors d ON d.donor_id = f.donor_ref WHERE d.donor_type = 'SUPM' AND f.recv_dt >= DATE '2025-12-25' GROUP BY d.donor_nm;

-- Q96 foodbank | money_in | How much Gift Aid have we still got to claim?
SELECT sum(amt) AS eligible_gifts, sum(amt) * 0.25 AS gift_aid_due FROM foodbank.money_in WHERE gift_aid_flg AND ga_claimed_dt IS NULL;

-- Q97 foodbank | money_in, donors | Who gives to us every month by standing order, and how much?
SELECT d.donor_nm, max(m.amt) AS monthly_amt, count(*) AS gifts FROM foodbank.money_in m JOIN foodbank.donors d ON d.donor_id = m.donor_ref WHERE m.method_cd = 'SO' GROUP BY d.donor_nm;

-- Q98 foodbank | volunteers | Which volunteers' DBS checks are more than three years old, or missing?
SELECT first_nm, last_nm, role_txt, dbs_dt FROM foodbank.volunteers WHERE status_cd = 'A' AND (dbs_dt IS NULL OR dbs_dt < DATE '2023-02-16');

-- Q99 foodbank | shifts, volunteers | Has anyone been doing deliveries in their own car without us checking their insurance?
SELECT DISTINCT v.first_nm, v.last_nm, v.own_car_ins_ok FROM foodbank.shifts s JOIN foodbank.volunteers v ON v.vol_no = s.vol_no WHERE s.task_cd = 'DRV' AND NOT coalesce(v.own_car_ins_ok, false);

-- Q100 foodbank | agencies | Which partner agencies are overdue for their review?
SELECT agency_nm, agency_type, review_due FROM foodbank.agencies WHERE active_flg AND review_due < DATE '2026-02-16';
