-- Verification SQL for heldout22/questions.tsv (held-out 22: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the seven heldout22 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 clockrepair | repair_jobs,customers | Who do I need to ring because their repair is ready to collect?
SELECT c.title, c.fnm, c.snm, c.co_nm, c.tel, r.job_no, r.compl_dt FROM clockrepair.repair_jobs r JOIN clockrepair.customers c ON c.cust_no = r.cust_ref WHERE r.status_cd = 'RDY' AND r.collect_dt IS NULL ORDER BY r.compl_dt;

-- Q02 clockrepair | repair_jobs | How many jobs are sitting waiting for the customer to OK the estimate?
SELECT count(*) AS waiting FROM clockrepair.repair_jobs WHERE status_cd = 'EST' OR (est_sent_dt IS NOT NULL AND est_acc_dt IS NULL AND status_cd NOT IN ('DCL', 'COL'));

-- Q03 clockrepair | parts_stock | What parts are we running low on?
SELECT part_cd, part_desc, fits, qty, reorder_lvl FROM clockrepair.parts_stock WHERE qty <= reorder_lvl ORDER BY qty;

-- Q04 clockrepair | horologists | Who on the team has BHI letters after their name?
SELECT hor_nm, bhi_cd, grade_cd FROM clockrepair.horologists WHERE bhi_cd IN ('FBHI', 'MBHI') AND leave_dt IS NULL;

-- Q05 clockrepair | pieces | What grandfather clocks have we had in, and who made them?
SELECT pc_no, maker, est_yr, case_mat, descr FROM clockrepair.pieces WHERE pc_typ = 'LC' ORDER BY est_yr;

-- Q06 clockrepair | invoices,customers | Who hasn't paid yet?
SELECT i.inv_no, c.fnm, c.snm, c.co_nm, i.inv_dt, i.due_dt, i.gross_amt - coalesce(i.paid_amt, 0) AS owed FROM clockrepair.invoices i JOIN clockrepair.customers c ON c.cust_no = i.cust_ref WHERE coalesce(i.paid_amt, 0) < i.gross_amt ORDER BY i.due_dt;

-- Q07 clockrepair | repair_jobs,horologists | How many jobs has each horologist got on at the moment?
SELECT h.hor_nm, count(*) AS open_jobs FROM clockrepair.repair_jobs r JOIN clockrepair.horologists h ON h.hor_cd = r.hor_ref WHERE r.status_cd IN ('IN', 'EST', 'BEN', 'PRT', 'TST') GROUP BY h.hor_nm ORDER BY open_jobs DESC;

-- Q08 clockrepair | timing_tests,repair_jobs,pieces | Which watches failed on the timegrapher, and what make were they?
SELECT DISTINCT p.maker, p.model, r.job_no, t.tst_dt FROM clockrepair.timing_tests t JOIN clockrepair.repair_jobs r ON r.job_no = t.job_ref JOIN clockrepair.pieces p ON p.pc_no = r.pc_ref WHERE t.pass_yn = 'N';

-- Q09 clockrepair | restoration_stages,repair_jobs,pieces | How many hours have gone into the Lister longcase restoration so far, stage by stage?
SELECT s.stage_cd, sum(s.hrs) AS hrs FROM clockrepair.restoration_stages s JOIN clockrepair.repair_jobs r ON r.job_no = s.job_ref JOIN clockrepair.pieces p ON p.pc_no = r.pc_ref WHERE p.maker ILIKE '%Lister%' GROUP BY s.stage_cd ORDER BY min(s.start_dt);

-- Q10 clockrepair | uncollected_notices,repair_jobs,customers | Whose clocks have we sent a formal notice that we'll sell them, and has anyone got back to us?
SELECT c.fnm, c.snm, c.tel, r.job_no, n.ntc_typ, n.sent_dt, n.resp_dt FROM clockrepair.uncollected_notices n JOIN clockrepair.repair_jobs r ON r.job_no = n.job_ref JOIN clockrepair.customers c ON c.cust_no = r.cust_ref WHERE n.ntc_typ IN ('INT', 'FIN') ORDER BY n.sent_dt;

-- Q11 clockrepair | house_calls | How many clocks did we wind on visits in May?
SELECT sum(clock_cnt) AS clocks FROM clockrepair.house_calls WHERE purpose_cd = 'WIND' AND visit_dt >= DATE '2026-05-01' AND visit_dt < DATE '2026-06-01';

-- Q12 clockrepair | repair_jobs | How many comebacks under guarantee have we had this year?
SELECT count(*) AS comebacks FROM clockrepair.repair_jobs WHERE wty_claim_yn = 'Y' AND recv_dt >= DATE '2026-01-01';

-- Q13 clockrepair | parts_used | How many parts have we had to make ourselves on the lathe this year?
SELECT count(*) AS made_in_house FROM clockrepair.parts_used WHERE made_yn = 'Y' AND used_dt >= DATE '2026-01-01';

-- Q14 clockrepair | suppliers | Which suppliers take more than a week to send things?
SELECT supp_nm, country, lead_days FROM clockrepair.suppliers WHERE lead_days > 7 ORDER BY lead_days DESC;

-- Q15 clockrepair | repair_jobs | Are any jobs late past the date we promised?
SELECT job_no, pc_ref, promised_dt, status_cd FROM clockrepair.repair_jobs WHERE promised_dt < DATE '2026-06-10' AND compl_dt IS NULL AND status_cd NOT IN ('COL', 'DCL', 'UNC') ORDER BY promised_dt;

-- Q16 hovercraft | crossings | How many crossings have we cancelled because of the wind this month?
SELECT count(*) AS cancelled FROM hovercraft.crossings WHERE status_cd = 'CXL' AND cxl_cd = 'WIND' AND xing_dt >= DATE '2026-06-01';

-- Q17 hovercraft | craft | When does each hovercraft's passenger certificate run out?
SELECT craft_nm, craft_cd, pax_cert_exp FROM hovercraft.craft ORDER BY pax_cert_exp;

-- Q18 hovercraft | crew | Which commanders have a rating or medical expiring in the next month?
SELECT crew_nm, type_rtg_exp, med_exp FROM hovercraft.crew WHERE role_cd = 'CMD' AND leave_dt IS NULL AND (type_rtg_exp < DATE '2026-07-10' OR med_exp < DATE '2026-07-10');

-- Q19 hovercraft | tickets | How much have we had to refund for cancelled sailings?
SELECT sum(refund_amt) AS refunded, count(*) FILTER (WHERE refund_amt > 0) AS tickets FROM hovercraft.tickets WHERE refund_amt > 0;

-- Q20 hovercraft | season_passes,passengers | Whose season ticket is about to run out?
SELECT p.fnm, p.snm, p.email, s.pass_no, s.pass_typ, s.end_dt FROM hovercraft.season_passes s JOIN hovercraft.passengers p ON p.pax_no = s.pax_ref WHERE s.status_cd = 'ACT' AND s.end_dt BETWEEN DATE '2026-06-10' AND DATE '2026-07-10' ORDER BY s.end_dt;

-- Q21 hovercraft | crossings,crew | How many crossings has each commander driven so far in June?
SELECT c.crew_nm, count(*) AS crossings FROM hovercraft.crossings x JOIN hovercraft.crew c ON c.crew_no = x.cmdr_ref WHERE x.status_cd IN ('RAN', 'DLY') AND x.xing_dt >= DATE '2026-06-01' GROUP BY c.crew_nm ORDER BY crossings DESC;

-- Q22 hovercraft | work_orders,craft | What defects are still open on Severn Swift?
SELECT w.wo_no, w.sys_cd, w.defect_desc, w.prio_cd, w.status_cd FROM hovercraft.work_orders w JOIN hovercraft.craft c ON c.craft_cd = w.craft_ref WHERE c.craft_nm = 'Severn Swift' AND w.status_cd <> 'DONE';

-- Q23 hovercraft | incidents | Have we had anything serious enough to report to the MAIB?
SELECT inc_no, inc_dt, inc_typ, descr, action_taken FROM hovercraft.incidents WHERE maib_yn = 'Y';

-- Q24 hovercraft | lost_property | Is there any lost property nobody has claimed yet?
SELECT lp_no, found_dt, term_cd, item_desc FROM hovercraft.lost_property WHERE claimed_yn = 'N' AND disposed_dt IS NULL ORDER BY found_dt;

-- Q25 hovercraft | tickets,passengers,crossings,craft | Did any wheelchair users get booked onto a craft that can't take a wheelchair?
SELECT p.fnm, p.snm, t.tkt_no, x.xing_dt, x.sched_tm, c.craft_nm FROM hovercraft.tickets t JOIN hovercraft.passengers p ON p.pax_no = t.pax_ref JOIN hovercraft.crossings x ON x.xing_no = t.xing_ref JOIN hovercraft.craft c ON c.craft_cd = x.craft_ref WHERE p.assist_cd = 'WCH' AND c.wchair_spc = 0;

-- Q26 hovercraft | crossings,terminals | How many passengers did we carry out of each town in the first week of June?
SELECT t.town, sum(x.pax_cnt) AS passengers FROM hovercraft.crossings x JOIN hovercraft.terminals t ON t.term_cd = x.dep_term WHERE x.xing_dt BETWEEN DATE '2026-06-01' AND DATE '2026-06-07' GROUP BY t.town;

-- Q27 hovercraft | fares | What does a family return cost these days?
SELECT fare_desc, price FROM hovercraft.fares WHERE fare_cd = 'FAM' AND valid_to IS NULL;

-- Q28 hovercraft | crossing_crew,crew | Who's done the safety briefing as lead deck crew most often?
SELECT c.crew_nm, count(*) AS times_lead FROM hovercraft.crossing_crew x JOIN hovercraft.crew c ON c.crew_no = x.crew_ref WHERE x.duty_cd = 'LEAD' GROUP BY c.crew_nm ORDER BY times_lead DESC;

-- Q29 hovercraft | tickets | How many tickets did we sell through the app compared with the kiosks this month?
SELECT chan_cd, sum(qty) AS tickets FROM hovercraft.tickets WHERE chan_cd IN ('APP', 'KSK') AND bk_ts >= TIMESTAMP '2026-06-01' GROUP BY chan_cd;

-- Q30 hovercraft | crossings | Which crossings left more than ten minutes late?
SELECT xing_no, xing_dt, sched_tm, act_dep_tm, cxl_cd, ops_note FROM hovercraft.crossings WHERE act_dep_tm - sched_tm > INTERVAL '10 minutes' ORDER BY xing_dt, sched_tm;

-- Q31 wigmaker | wig_orders | Which wigs are due to be finished in the next fortnight?
SELECT ord_no, char_nm, item_typ, due_dt, status_cd FROM wigmaker.wig_orders WHERE due_dt BETWEEN DATE '2026-06-10' AND DATE '2026-06-24' AND status_cd NOT IN ('DLV', 'CXL') ORDER BY due_dt;

-- Q32 wigmaker | nhs_vouchers | Which NHS vouchers haven't we claimed back yet?
SELECT vch_no, health_board, issue_dt, exp_dt, vch_amt FROM wigmaker.nhs_vouchers WHERE claim_dt IS NULL ORDER BY exp_dt;

-- Q33 wigmaker | hire_agreements,clients | Which societies or schools are hanging on to hire wigs past the return date?
SELECT c.org_nm, c.tel, h.hw_ref, h.due_back_dt FROM wigmaker.hire_agreements h JOIN wigmaker.clients c ON c.cli_id = h.cli_ref WHERE h.ret_dt IS NULL AND h.due_back_dt < DATE '2026-06-10';

-- Q34 wigmaker | fittings | How many fittings did people not turn up to this year?
SELECT count(*) AS no_shows FROM wigmaker.fittings WHERE outcome_cd = 'DNA' AND fit_dt >= DATE '2026-01-01';

-- Q35 wigmaker | hair_stock,colour_ring | How much strawberry blonde hair have we got left in stock?
SELECT h.lot_no, h.src_cd, h.len_cm, h.wt_g FROM wigmaker.hair_stock h JOIN wigmaker.colour_ring c ON c.col_cd = h.col_ref WHERE c.col_nm = 'Strawberry blonde';

-- Q36 wigmaker | wig_orders,productions | What are we making for The Importance of Being Earnest, and for which characters?
SELECT w.ord_no, w.char_nm, w.artiste, w.item_typ, w.status_cd FROM wigmaker.wig_orders w JOIN wigmaker.productions p ON p.prod_cd = w.prod_ref WHERE p.prod_nm = 'The Importance of Being Earnest';

-- Q37 wigmaker | makers | Which of the makers are freelance, and what do we pay them a day?
SELECT mkr_nm, role_cd, day_rate FROM wigmaker.makers WHERE emp_typ = 'FRL' AND leave_dt IS NULL;

-- Q38 wigmaker | invoices,clients | Which invoices are still outstanding, and who owes them?
SELECT i.inv_no, coalesce(c.org_nm, c.fnm || ' ' || c.snm) AS client, i.inv_dt, i.due_dt, i.gross_amt FROM wigmaker.invoices i JOIN wigmaker.clients c ON c.cli_id = i.cli_ref WHERE i.paid_dt IS NULL ORDER BY i.due_dt;

-- Q39 wigmaker | dressing_jobs | How many wigs are in for washing or re-dressing that aren't done yet?
SELECT count(*) AS in_progress FROM wigmaker.dressing_jobs WHERE done_dt IS NULL;

-- Q40 wigmaker | hair_suppliers | Which of our hair suppliers can't show the hair was ethically sourced?
SELECT supp_nm, country, hair_src FROM wigmaker.hair_suppliers WHERE ethical_yn = 'N';

-- Q41 wigmaker | clients | How many of our medical clients came to us through the oncology nurses?
SELECT count(*) AS from_oncology FROM wigmaker.clients WHERE cli_typ = 'MED' AND ref_src = 'ONC';

-- Q42 wigmaker | wig_orders,makers | How many orders is each knotter working on right now?
SELECT m.mkr_nm, count(*) AS orders FROM wigmaker.wig_orders w JOIN wigmaker.makers m ON m.mkr_cd = w.knotter_ref WHERE w.status_cd IN ('MEAS', 'KNOT', 'DRS', 'FIT') GROUP BY m.mkr_nm ORDER BY orders DESC;

-- Q43 wigmaker | hire_wigs | Have we got a Victorian wig free to hire?
SELECT hw_no, descr, gender_cd, cond_cd, hire_fee FROM wigmaker.hire_wigs WHERE period_cd = 'VIC' AND avail_yn = 'Y';

-- Q44 wigmaker | fittings,wig_orders,clients | Who's got a fitting coming up?
SELECT f.fit_dt, f.fit_tm, f.fit_typ, coalesce(c.fnm || ' ' || c.snm, c.org_nm) AS client, w.artiste FROM wigmaker.fittings f JOIN wigmaker.wig_orders w ON w.ord_no = f.ord_ref JOIN wigmaker.clients c ON c.cli_id = w.cli_ref WHERE f.outcome_cd IS NULL AND f.fit_dt >= DATE '2026-06-10' ORDER BY f.fit_dt, f.fit_tm;

-- Q45 beekeeping_sup | products | Which Varroa treatments do we sell, and how many have we got?
SELECT sku, prod_nm, brand, price, stock_qty FROM beekeeping_sup.products WHERE cat_cd = 'VAR' AND active_yn = 'Y';

-- Q46 beekeeping_sup | products | What do we need to reorder?
SELECT sku, prod_nm, stock_qty, reorder_lvl, supp_ref FROM beekeeping_sup.products WHERE active_yn = 'Y' AND stock_qty <= reorder_lvl ORDER BY stock_qty;

-- Q47 beekeeping_sup | nucs,customers | Who has reserved a nuc and not picked it up yet?
SELECT c.fnm, c.snm, c.tel, n.nuc_no, n.breed_cd, n.ready_dt, n.dep_paid FROM beekeeping_sup.nucs n JOIN beekeeping_sup.customers c ON c.cust_no = n.res_cust WHERE n.status_cd = 'RES' AND n.coll_dt IS NULL;

-- Q48 beekeeping_sup | swarm_calls | How many swarms did we actually manage to collect in May?
SELECT count(*) AS collected FROM beekeeping_sup.swarm_calls WHERE outcome_cd = 'COLL' AND att_dt >= DATE '2026-05-01' AND att_dt < DATE '2026-06-01';

-- Q49 beekeeping_sup | swarm_calls,staff | Who's been out to the most swarm calls this year?
SELECT s.stf_nm, count(*) AS callouts FROM beekeeping_sup.swarm_calls w JOIN beekeeping_sup.staff s ON s.stf_cd = w.collector WHERE w.call_ts >= TIMESTAMP '2026-01-01' GROUP BY s.stf_nm ORDER BY callouts DESC;

-- Q50 beekeeping_sup | courses | Which courses are still taking bookings?
SELECT crs_nm, start_dt, venue, fee FROM beekeeping_sup.courses WHERE status_cd = 'OPEN' ORDER BY start_dt;

-- Q51 beekeeping_sup | course_bookings,customers,courses | Who's on the improvers course and needs to borrow a suit?
SELECT c.fnm, c.snm, c.tel FROM beekeeping_sup.course_bookings b JOIN beekeeping_sup.customers c ON c.cust_no = b.cust_ref JOIN beekeeping_sup.courses k ON k.crs_cd = b.crs_ref WHERE k.lvl_cd = 'IMP' AND b.suit_hire_yn = 'Y' AND b.cxl_dt IS NULL;

-- Q52 beekeeping_sup | order_lines,orders,customers,products | Which customers are waiting on back-ordered items, and what are they?
SELECT c.fnm, c.snm, o.ord_no, o.ord_dt, p.prod_nm, l.bo_qty FROM beekeeping_sup.order_lines l JOIN beekeeping_sup.orders o ON o.ord_no = l.ord_ref JOIN beekeeping_sup.customers c ON c.cust_no = o.cust_ref JOIN beekeeping_sup.products p ON p.sku = l.sku_ref WHERE l.bo_qty > 0 AND o.status_cd NOT IN ('CXL', 'RTN');

-- Q53 beekeeping_sup | purchase_orders,suppliers | Which deliveries from suppliers are late?
SELECT s.supp_nm, s.tel, p.po_no, p.po_dt, p.exp_dt, p.status_cd FROM beekeeping_sup.purchase_orders p JOIN beekeeping_sup.suppliers s ON s.supp_cd = p.supp_ref WHERE p.status_cd IN ('SENT', 'PART') AND p.recv_dt IS NULL AND p.exp_dt < DATE '2026-06-10';

-- Q54 beekeeping_sup | honey_buyback | How much heather honey did we buy in last year, and what did it cost us?
SELECT sum(kg) AS kg, sum(kg * price_kg) AS cost FROM beekeeping_sup.honey_buyback WHERE honey_cd = 'HTH' AND accepted_yn = 'Y' AND recv_dt >= DATE '2025-01-01' AND recv_dt < DATE '2026-01-01';

-- Q55 beekeeping_sup | honey_buyback,customers | Which beekeepers are we still owing for their honey?
SELECT c.fnm, c.snm, h.lot_no, h.recv_dt, h.kg, h.kg * h.price_kg AS owed FROM beekeeping_sup.honey_buyback h JOIN beekeeping_sup.customers c ON c.cust_no = h.cust_ref WHERE h.accepted_yn = 'Y' AND h.paid_dt IS NULL ORDER BY h.recv_dt;

-- Q56 beekeeping_sup | orders | How much did we take at the BBKA Spring Convention?
SELECT count(*) AS orders, sum(tot_amt) AS takings FROM beekeeping_sup.orders WHERE show_cd = 'BEE' AND status_cd <> 'CXL';

-- Q57 beekeeping_sup | orders | How much have website orders brought in since March?
SELECT sum(tot_amt) AS web_sales FROM beekeeping_sup.orders WHERE chan_cd = 'WEB' AND status_cd NOT IN ('CXL', 'RTN') AND ord_dt >= DATE '2026-03-01';

-- Q58 beekeeping_sup | customers | How many of our customers belong to the Ryedale association?
SELECT count(*) AS members FROM beekeeping_sup.customers WHERE assoc_cd = 'RYBA';

-- Q59 bowling | lanes | Which lanes are out of action right now, and why?
SELECT lane_no, zone_cd, oou_rsn FROM bowling.lanes WHERE oou_yn = 'Y' ORDER BY lane_no;

-- Q60 bowling | lane_faults,lanes | Do the string pinsetters break down more than the free-fall ones?
SELECT l.pinsetter_cd, count(*) AS faults, sum(f.down_min) AS minutes_down FROM bowling.lane_faults f JOIN bowling.lanes l ON l.lane_no = f.lane_ref GROUP BY l.pinsetter_cd;

-- Q61 bowling | parties,customers,party_packages | What birthday parties have we got coming up, who booked them and which package are they having?
SELECT p.pty_dt, p.start_tm, p.child_nm, p.child_age, c.fnm, c.snm, c.tel, k.pkg_nm, p.kids FROM bowling.parties p JOIN bowling.customers c ON c.cust_no = p.cust_ref JOIN bowling.party_packages k ON k.pkg_cd = p.pkg_ref WHERE p.status_cd = 'BKD' AND p.pty_dt >= DATE '2026-06-10' ORDER BY p.pty_dt;

-- Q62 bowling | parties | Have any of the upcoming parties got food allergies we need to tell the kitchen about?
SELECT pty_dt, child_nm, kids, allergy_note FROM bowling.parties WHERE status_cd = 'BKD' AND pty_dt >= DATE '2026-06-10' AND allergy_note IS NOT NULL ORDER BY pty_dt;

-- Q63 bowling | league_bowlers | Whose BTBA licence has lapsed?
SELECT bwl_nm, btba_lic, lic_exp FROM bowling.league_bowlers WHERE active_yn = 'Y' AND lic_exp < DATE '2026-06-10';

-- Q64 bowling | league_scores,league_bowlers,leagues | Who bowled the highest single game in the Monday league this season?
SELECT b.bwl_nm, s.bowl_dt, greatest(s.g1, s.g2, s.g3) AS best_game FROM bowling.league_scores s JOIN bowling.league_bowlers b ON b.bwl_no = s.bwl_ref JOIN bowling.leagues l ON l.lg_cd = s.lg_ref WHERE l.night_cd = 'MON' AND s.bowl_dt >= l.season_start AND s.absent_yn = 'N' ORDER BY best_game DESC LIMIT 1;

-- Q65 bowling | league_bowlers,league_teams | Which league bowlers still owe their fees, and which team are they in?
SELECT b.bwl_nm, t.tm_nm, t.lg_ref, b.fees_owed FROM bowling.league_bowlers b JOIN bowling.league_teams t ON t.tm_no = b.tm_ref WHERE b.fees_owed > 0 ORDER BY b.fees_owed DESC;

-- Q66 bowling | bar_sales,bar_items | What were the best-selling drinks last weekend?
SELECT i.item_nm, sum(s.qty) AS sold, sum(s.amt) AS takings FROM bowling.bar_sales s JOIN bowling.bar_items i ON i.item_cd = s.item_ref WHERE i.cat_cd IN ('DRAFT', 'BTL', 'SPI', 'SOFT', 'HOT') AND s.void_yn = 'N' AND s.sale_ts >= TIMESTAMP '2026-06-05 00:00' AND s.sale_ts < TIMESTAMP '2026-06-08 00:00' GROUP BY i.item_nm ORDER BY sold DESC;

-- Q67 bowling | bar_sales | Were any till lines voided last weekend?
SELECT sale_no, sale_ts, till_cd, item_ref, amt, emp_ref FROM bowling.bar_sales WHERE void_yn = 'Y' AND sale_ts >= TIMESTAMP '2026-06-05 00:00' AND sale_ts < TIMESTAMP '2026-06-08 00:00';

-- Q68 bowling | lane_bookings | How many no-shows have we had this month?
SELECT count(*) AS no_shows FROM bowling.lane_bookings WHERE status_cd = 'NS' AND bk_dt >= DATE '2026-06-01';

-- Q69 bowling | lane_bookings,customers | Which company bookings haven't been paid for yet?
SELECT b.bk_no, b.corp_nm, b.bk_dt, b.price, b.paid_amt, c.fnm, c.snm, c.tel FROM bowling.lane_bookings b JOIN bowling.customers c ON c.cust_no = b.cust_ref WHERE b.corp_nm IS NOT NULL AND b.status_cd <> 'CXL' AND coalesce(b.paid_amt, 0) < b.price;

-- Q70 bowling | customers | Which club members have got enough points for a free game?
SELECT fnm, snm, email, pts_bal FROM bowling.customers WHERE club_yn = 'Y' AND pts_bal >= 500 ORDER BY pts_bal DESC;

-- Q71 bowling | staff | Who holds a personal licence, so they can be in charge of the bar?
SELECT emp_nm, role_cd FROM bowling.staff WHERE pers_lic_yn = 'Y' AND leave_dt IS NULL;

-- Q72 bowling | leagues | Which league bowls on a Wednesday and how much is it a week?
SELECT lg_nm, start_tm, fee_wk, secretary, sec_tel FROM bowling.leagues WHERE night_cd = 'WED';

-- Q73 taxidermy | commissions | Which jobs are due in the next month and still not ready?
SELECT com_no, mount_typ, due_dt, status_cd, tx_ref FROM taxidermy.commissions WHERE due_dt <= DATE '2026-07-10' AND status_cd NOT IN ('RDY', 'COL', 'CXL') ORDER BY due_dt;

-- Q74 taxidermy | specimens,freezers | What's in the bird freezer at the moment?
SELECT s.spec_no, s.common_nm, s.recv_dt, s.cond_cd FROM taxidermy.specimens s JOIN taxidermy.freezers f ON f.frz_cd = s.frz_ref WHERE f.frz_loc ILIKE '%birds%' ORDER BY s.recv_dt;

-- Q75 taxidermy | freezers | Which freezers haven't been defrosted for more than a year?
SELECT frz_cd, frz_loc, last_defrost_dt, full_pct FROM taxidermy.freezers WHERE last_defrost_dt < DATE '2025-06-10';

-- Q76 taxidermy | specimens,licences | Have we got any Annex A specimens without an Article 10 certificate?
SELECT s.spec_no, s.common_nm, s.recv_dt, s.owner_cd FROM taxidermy.specimens s LEFT JOIN taxidermy.licences l ON l.spec_ref = s.spec_no AND l.lic_typ = 'A10' WHERE s.sched_cd = 'A1' AND l.lic_no IS NULL;

-- Q77 taxidermy | museum_loans,collection,museums | What's out on loan at the moment, and who's got it?
SELECT c.descr, m.mus_nm, l.purpose, l.out_dt, l.due_back_dt FROM taxidermy.museum_loans l JOIN taxidermy.collection c ON c.mount_no = l.mount_ref JOIN taxidermy.museums m ON m.mus_cd = l.mus_ref WHERE l.ret_dt IS NULL ORDER BY l.due_back_dt;

-- Q78 taxidermy | museum_loans,museums | Which loans should have come back by now?
SELECT l.loan_no, l.mount_ref, m.mus_nm, m.contact_nm, m.tel, l.due_back_dt FROM taxidermy.museum_loans l JOIN taxidermy.museums m ON m.mus_cd = l.mus_ref WHERE l.ret_dt IS NULL AND l.due_back_dt < DATE '2026-06-10';

-- Q79 taxidermy | invoices | Which invoices haven't been paid?
SELECT inv_no, cli_ref, mus_ref, inv_dt, due_dt, net_amt + vat_amt AS gross FROM taxidermy.invoices WHERE paid_dt IS NULL ORDER BY due_dt;

-- Q80 taxidermy | collection | Which pieces in our collection can't be lent out?
SELECT mount_no, descr, cond_cd, loc_cd FROM taxidermy.collection WHERE loanable_yn = 'N';

-- Q81 taxidermy | commissions,clients,taxidermists | What's Rosa working on at the moment, and who for?
SELECT m.com_no, m.mount_typ, m.pose_desc, m.status_cd, m.due_dt, coalesce(c.org_nm, c.fnm || ' ' || c.snm) AS client FROM taxidermy.commissions m JOIN taxidermy.clients c ON c.cli_no = m.cli_ref JOIN taxidermy.taxidermists t ON t.tx_cd = m.tx_ref WHERE t.tx_nm ILIKE 'Rosa%' AND m.status_cd NOT IN ('COL', 'CXL');

-- Q82 taxidermy | provenance_docs,specimens | Which specimens have paperwork we still haven't checked?
SELECT s.spec_no, s.common_nm, d.doc_typ, d.issuer, d.recv_dt FROM taxidermy.provenance_docs d JOIN taxidermy.specimens s ON s.spec_no = d.spec_ref WHERE d.verified_yn = 'N';

-- Q83 taxidermy | materials | Are we short of any glass eyes or body forms?
SELECT mat_cd, mat_desc, qty, reorder_lvl, supp_nm FROM taxidermy.materials WHERE cat_cd IN ('EYE', 'FORM') AND qty <= reorder_lvl;

-- Q84 taxidermy | specimens | How many road kills have come in so far this year?
SELECT count(*) AS road_casualties FROM taxidermy.specimens WHERE src_cd = 'RTA' AND recv_dt >= DATE '2026-01-01';

-- Q85 taxidermy | museum_loans | Has anything come back from a loan in worse condition than it went out?
SELECT loan_no, mount_ref, mus_ref, ret_dt, cond_out, cond_ret FROM taxidermy.museum_loans WHERE ret_dt IS NOT NULL AND cond_ret NOT ILIKE '%no change%' AND cond_ret <> cond_out;

-- Q86 taxidermy | commissions | What's finished and waiting to be picked up?
SELECT com_no, cli_ref, mount_typ, compl_dt, final_amt FROM taxidermy.commissions WHERE status_cd = 'RDY' AND collect_dt IS NULL;

-- Q87 mobilelibrary | vans | Which vans are off the road?
SELECT van_nm, reg_no, status_cd FROM mobilelibrary.vans WHERE status_cd IN ('VOR', 'WSH');

-- Q88 mobilelibrary | visits | How many stops did we miss in the last month, and why?
SELECT cxl_rsn_cd, count(*) AS missed FROM mobilelibrary.visits WHERE cxl_yn = 'Y' AND visit_dt >= DATE '2026-05-10' GROUP BY cxl_rsn_cd ORDER BY missed DESC;

-- Q89 mobilelibrary | stops,routes | Where does the van stop on the Sledmere run, and what time?
SELECT s.seq, s.village, s.stop_loc, s.arr_tm, s.dep_tm FROM mobilelibrary.stops s JOIN mobilelibrary.routes r ON r.rte_cd = s.rte_ref WHERE r.rte_nm ILIKE '%Sledmere%' AND s.active_yn = 'Y' ORDER BY s.seq;

-- Q90 mobilelibrary | loans,borrowers | Who's got books overdue?
SELECT b.fnm, b.snm, b.village, l.barcode_ref, l.due_dt FROM mobilelibrary.loans l JOIN mobilelibrary.borrowers b ON b.bor_no = l.bor_ref WHERE l.ret_dt IS NULL AND l.due_dt < DATE '2026-06-10' ORDER BY l.due_dt;

-- Q91 mobilelibrary | reservations,titles | Which requests are still waiting for a copy to turn up?
SELECT r.res_no, t.title, t.author, t.fmt_cd, r.placed_dt FROM mobilelibrary.reservations r JOIN mobilelibrary.titles t ON t.isbn = r.isbn_ref WHERE r.status_cd = 'WAIT' ORDER BY r.placed_dt;

-- Q92 mobilelibrary | reservations,borrowers,stops | Whose reserved books are on the van ready to collect, and at which stop?
SELECT b.fnm, b.snm, s.village, s.stop_loc, r.expiry_dt FROM mobilelibrary.reservations r JOIN mobilelibrary.borrowers b ON b.bor_no = r.bor_ref JOIN mobilelibrary.stops s ON s.stop_no = r.pickup_stop WHERE r.status_cd = 'AVL';

-- Q93 mobilelibrary | staff | Whose driver CPC runs out this summer?
SELECT stf_nm, role_cd, dcpc_exp FROM mobilelibrary.staff WHERE leave_dt IS NULL AND dcpc_exp BETWEEN DATE '2026-06-10' AND DATE '2026-09-30';

-- Q94 mobilelibrary | van_defects,vans | What's wrong with Vale Explorer?
SELECT d.rep_dt, d.sys_cd, d.defect_desc, d.vor_yn, d.wsh_job FROM mobilelibrary.van_defects d JOIN mobilelibrary.vans v ON v.van_cd = d.van_ref WHERE v.van_nm = 'Vale Explorer' AND d.fixed_dt IS NULL;

-- Q95 mobilelibrary | borrowers | Which housebound readers are on the home service?
SELECT fnm, snm, addr1, village, tel, lp_yn FROM mobilelibrary.borrowers WHERE hls_yn = 'Y';

-- Q96 mobilelibrary | visits | What's the average number of people coming on board per visit?
SELECT round(avg(visitors), 1) AS avg_visitors FROM mobilelibrary.visits WHERE cxl_yn = 'N';

-- Q97 mobilelibrary | loans,copies,titles | What's been the most borrowed book since the spring?
SELECT t.title, t.author, count(*) AS issues FROM mobilelibrary.loans l JOIN mobilelibrary.copies c ON c.barcode = l.barcode_ref JOIN mobilelibrary.titles t ON t.isbn = c.isbn_ref WHERE l.issue_dt >= DATE '2026-03-01' GROUP BY t.title, t.author ORDER BY issues DESC;

-- Q98 mobilelibrary | fuel_log | How much did we spend on diesel in May?
SELECT sum(cost) AS fuel_cost, sum(litres) AS litres FROM mobilelibrary.fuel_log WHERE fill_dt >= DATE '2026-05-01' AND fill_dt < DATE '2026-06-01';

-- Q99 mobilelibrary | borrowers | Who's been stopped from borrowing because of fines?
SELECT fnm, snm, card_no, fines_owed FROM mobilelibrary.borrowers WHERE blocked_yn = 'Y';

-- Q100 mobilelibrary | copies,titles | Which books have gone missing, and what did they cost us?
SELECT c.barcode, t.title, t.author, c.cost FROM mobilelibrary.copies c JOIN mobilelibrary.titles t ON t.isbn = c.isbn_ref WHERE c.status_cd = 'LOST';
