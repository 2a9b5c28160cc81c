-- Verification SQL for heldout13/questions.tsv (held-out 13: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the six heldout13 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 tattoo | tattoo_appts | How many no-shows have we had this year, and how much have we kept in deposits from them?
SELECT count(*) AS no_shows, sum(deposit_amt) FILTER (WHERE deposit_forfeit_flg) AS deposits_kept FROM tattoo.tattoo_appts WHERE status_cd = 'NS' AND appt_dt >= date_trunc('year', current_date);

-- Q02 tattoo | tattoo_appts, clients | Which clients have a big piece on the go that still needs more sessions booking in?
SELECT c.full_nm, c.phone, a.placement_txt, a.session_no, a.sessions_est, a.appt_dt FROM tattoo.tattoo_appts a JOIN tattoo.clients c ON c.client_no = a.client_id WHERE a.status_cd = 'WIP' ORDER BY a.appt_dt;

-- Q03 tattoo | artists | Whose infection control certificate runs out in the next couple of months?
SELECT artist_nm, role_cd, bbp_cert_exp_dt FROM tattoo.artists WHERE active_flg AND bbp_cert_exp_dt < current_date + interval '2 months' ORDER BY bbp_cert_exp_dt;

-- Q04 tattoo | tattoo_appts, artists | How much did each artist take in tattoos last month, and what's their cut?
SELECT ar.artist_nm, sum(a.price_amt) AS taken, sum(a.price_amt * ar.commission_pct / 100) AS artist_share FROM tattoo.tattoo_appts a JOIN tattoo.artists ar ON ar.artist_id = a.artist_no WHERE a.status_cd IN ('DONE', 'WIP') AND a.appt_dt >= date_trunc('month', current_date) - interval '1 month' AND a.appt_dt < date_trunc('month', current_date) GROUP BY ar.artist_nm ORDER BY taken DESC;

-- Q05 tattoo | tattoo_appts, clients | Have we ever tattooed anyone who was under eighteen on the day?
SELECT c.full_nm, c.dob, a.appt_ref, a.appt_dt FROM tattoo.tattoo_appts a JOIN tattoo.clients c ON c.client_no = a.client_id WHERE a.status_cd IN ('DONE', 'WIP') AND a.appt_dt < c.dob + interval '18 years';

-- Q06 tattoo | consent_forms, clients | Who told us on their form that they'd had a drink in the last day?
SELECT c.full_nm, f.signed_ts, f.appt_ref, f.pierce_ref FROM tattoo.consent_forms f JOIN tattoo.clients c ON c.client_no = f.client_ref WHERE f.alcohol_24h_flg ORDER BY f.signed_ts DESC;

-- Q07 tattoo | piercings, clients | Whose piercings are due a shorter bar and haven't been back to have it swapped?
SELECT c.full_nm, c.phone, p.site_cd, p.pierce_ts, p.downsize_due_dt FROM tattoo.piercings p JOIN tattoo.clients c ON c.client_no = p.client_id WHERE NOT p.downsized_flg AND p.downsize_due_dt <= current_date ORDER BY p.downsize_due_dt;

-- Q08 tattoo | piercings, jewellery | Have any fresh piercings gone in with jewellery that isn't meant for a new piercing?
SELECT p.pierce_id, p.pierce_ts, p.site_cd, j.sku, j.descr, j.material_cd FROM tattoo.piercings p JOIN tattoo.jewellery j ON j.sku = p.jewel_sku WHERE NOT j.initial_pierce_ok_flg;

-- Q09 tattoo | jewellery, vendors | What body jewellery do we need to reorder, and who do we get it from?
SELECT j.sku, j.descr, j.on_hand_qty, j.reorder_qty, v.vendor_nm, v.phone, v.lead_days FROM tattoo.jewellery j JOIN tattoo.vendors v ON v.vendor_cd = j.vendor_cd WHERE j.on_hand_qty <= j.reorder_qty;

-- Q10 tattoo | autoclave_cycles | Has the autoclave failed any runs or spore tests this year?
SELECT cycle_no, unit_cd, run_ts, load_cd, pass_flg, indicator_ok_flg, spore_result_cd FROM tattoo.autoclave_cycles WHERE run_ts >= date_trunc('year', current_date) AND (NOT pass_flg OR NOT indicator_ok_flg OR spore_result_cd = 'POS');

-- Q11 tattoo | consumables | Which inks are out of date or about to go out of date?
SELECT item_nm, brand_nm, batch_no, expiry_dt, qty_on_hand FROM tattoo.consumables WHERE cat_cd = 'INK' AND expiry_dt < current_date + interval '30 days' ORDER BY expiry_dt;

-- Q12 tattoo | healing_reports, tattoo_appts, artists | Which artists have had clients come back with an infected tattoo?
SELECT ar.artist_nm, count(*) AS infections FROM tattoo.healing_reports h JOIN tattoo.tattoo_appts a ON a.appt_ref = h.appt_ref JOIN tattoo.artists ar ON ar.artist_id = a.artist_no WHERE h.issue_cd = 'INF' GROUP BY ar.artist_nm ORDER BY infections DESC;

-- Q13 tattoo | healing_reports, piercings, jewellery | What jewellery were people wearing when their piercings started rejecting?
SELECT h.report_no, h.reported_dt, p.site_cd, j.descr, j.material_cd, j.gauge_mm FROM tattoo.healing_reports h JOIN tattoo.piercings p ON p.pierce_id = h.pierce_ref JOIN tattoo.jewellery j ON j.sku = p.jewel_sku WHERE h.issue_cd = 'REJ';

-- Q14 tattoo | flash_designs, artists | Which flash on the wall gets done most often, and who drew it?
SELECT f.title_txt, f.times_tattooed, f.flat_px_amt, a.artist_nm FROM tattoo.flash_designs f JOIN tattoo.artists a ON a.artist_id = f.drawn_by WHERE f.on_wall_flg ORDER BY f.times_tattooed DESC LIMIT 10;

-- Q15 tattoo | gift_vouchers | How much is still outstanding on gift vouchers that haven't been used up?
SELECT count(*) AS vouchers, sum(value_amt - coalesce(used_amt, 0)) AS outstanding FROM tattoo.gift_vouchers WHERE NOT void_flg AND expiry_dt >= current_date AND coalesce(used_amt, 0) < value_amt;

-- Q16 tattoo | clients | How are new clients finding us these days?
SELECT heard_via_cd, count(*) AS new_clients FROM tattoo.clients WHERE first_visit_dt >= current_date - interval '12 months' GROUP BY heard_via_cd ORDER BY new_clients DESC;

-- Q17 tattoo | piercings, clients, jewellery, artists | Did anyone with a nickel allergy get pierced with something other than titanium, and who pierced them?
SELECT c.full_nm, c.allergy_txt, p.pierce_ts, p.site_cd, j.descr, j.material_cd, a.artist_nm FROM tattoo.piercings p JOIN tattoo.clients c ON c.client_no = p.client_id JOIN tattoo.jewellery j ON j.sku = p.jewel_sku JOIN tattoo.artists a ON a.artist_id = p.piercer_no WHERE c.allergy_txt ILIKE '%nickel%' AND j.material_cd <> 'TI';

-- Q18 winery | harvest_loads, vineyard_blocks | What did each block yield per hectare at the 2025 harvest?
SELECT b.block_name, b.grape_variety, sum(h.weight_kg) / 1000 AS tonnes, round(sum(h.weight_kg) / 1000 / b.hectares, 2) AS tonnes_per_ha, b.expected_yield_t_ha FROM winery.harvest_loads h JOIN winery.vineyard_blocks b ON b.block_code = h.block_code WHERE h.pick_date BETWEEN DATE '2025-08-01' AND DATE '2025-11-30' GROUP BY b.block_name, b.grape_variety, b.hectares, b.expected_yield_t_ha ORDER BY tonnes_per_ha DESC;

-- Q19 winery | harvest_loads | Which loads came in with a lot of rot in them?
SELECT load_no, pick_date, block_code, weight_kg, rot_pct FROM winery.harvest_loads WHERE rot_pct > 10 ORDER BY rot_pct DESC;

-- Q20 winery | spray_diary, harvest_loads | Did we pick any grapes too soon after spraying them?
SELECT h.load_no, h.pick_date, h.block_code, s.spray_date, s.product_name, s.harvest_interval_days FROM winery.harvest_loads h JOIN winery.spray_diary s ON s.block_ref = h.block_code WHERE h.pick_date >= s.spray_date AND h.pick_date < s.spray_date + s.harvest_interval_days;

-- Q21 winery | spray_diary, vineyard_blocks | Has anything gone on the blocks we're converting to organic that isn't allowed?
SELECT b.block_name, s.spray_date, s.product_name, s.active_ingredient FROM winery.spray_diary s JOIN winery.vineyard_blocks b ON b.block_code = s.block_ref WHERE b.organic_conversion_flg AND NOT s.organic_approved_flg ORDER BY s.spray_date;

-- Q22 winery | spray_diary, staff | Has anyone been spraying the vines without their spraying certificate?
SELECT st.full_name, s.spray_date, s.block_ref, s.product_name FROM winery.spray_diary s JOIN winery.staff st ON st.staff_id = s.applied_by WHERE NOT st.spray_cert_flg ORDER BY s.spray_date;

-- Q23 winery | lab_analyses, wine_lots | Which wines ageing in the cellar are getting low on sulphur?
SELECT w.lot_code, w.vintage, w.wine_style, w.current_vessel, a.sampled_on, a.free_so2_mg_l FROM winery.wine_lots w JOIN LATERAL (SELECT sampled_on, free_so2_mg_l FROM winery.lab_analyses x WHERE x.lot_code = w.lot_code ORDER BY x.sampled_on DESC LIMIT 1) a ON true WHERE w.stage_cd IN ('AGE', 'READY') AND a.free_so2_mg_l < 25;

-- Q24 winery | lab_analyses | Have any samples shown signs of the wine turning to vinegar?
SELECT lot_code, sampled_on, volatile_acidity_g_l, lab_name FROM winery.lab_analyses WHERE volatile_acidity_g_l > 0.8 ORDER BY volatile_acidity_g_l DESC;

-- Q25 winery | wine_lots | Which sparkling wines have had long enough on their lees to be disgorged?
SELECT lot_code, vintage, wine_style, tirage_date, disgorge_due_date, volume_litres FROM winery.wine_lots WHERE stage_cd = 'TIRAGE' AND disgorge_due_date <= current_date ORDER BY disgorge_due_date;

-- Q26 winery | wine_lots, vessels | How much wine have we got sitting in French oak at the moment?
SELECT sum(w.volume_litres) AS litres_in_french_oak, count(*) AS lots FROM winery.wine_lots w JOIN winery.vessels v ON v.vessel_id = w.current_vessel WHERE v.oak_origin = 'FR' AND w.stage_cd NOT IN ('BTLD', 'DUMP');

-- Q27 winery | vessels | Which barrels are worn out and due for replacing?
SELECT vessel_id, vessel_type, cooperage, oak_origin, year_bought, fills_count FROM winery.vessels WHERE vessel_type IN ('BRL', 'PUN') AND fills_count >= 4 AND NOT out_of_use_flg ORDER BY fills_count DESC;

-- Q28 winery | bottling_runs, products, harvest_loads, vineyard_blocks | Which vineyard blocks did the grapes come from for each wine we've bottled this year?
SELECT DISTINCT p.wine_name, p.vintage, b.block_name, b.grape_variety FROM winery.bottling_runs r JOIN winery.products p ON p.sku = r.product_sku JOIN winery.harvest_loads h ON h.destined_lot = r.lot_code JOIN winery.vineyard_blocks b ON b.block_code = h.block_code WHERE r.run_date >= date_trunc('year', current_date) ORDER BY p.wine_name, b.block_name;

-- Q29 winery | products | Which wines are we close to selling out of?
SELECT sku, wine_name, vintage, bottles_in_stock FROM winery.products WHERE NOT sold_out_flg AND bottles_in_stock < 120 ORDER BY bottles_in_stock;

-- Q30 winery | cellar_door_sales, products | What sold best in the shop last month?
SELECT p.wine_name, p.vintage, sum(s.qty) AS bottles, sum(s.qty * s.unit_price - coalesce(s.discount_amt, 0)) AS takings FROM winery.cellar_door_sales s JOIN winery.products p ON p.sku = s.sku WHERE s.sold_at >= date_trunc('month', current_date) - interval '1 month' AND s.sold_at < date_trunc('month', current_date) GROUP BY p.wine_name, p.vintage ORDER BY bottles DESC;

-- Q31 winery | cellar_door_sales, tasting_bookings | Do people on the tours spend more in the shop afterwards than people who just come for a tasting?
SELECT t.experience_cd, count(DISTINCT t.booking_id) AS bookings_that_bought, sum(s.qty * s.unit_price - coalesce(s.discount_amt, 0)) AS spend, sum(s.qty * s.unit_price - coalesce(s.discount_amt, 0)) / count(DISTINCT t.booking_id) AS spend_per_booking FROM winery.cellar_door_sales s JOIN winery.tasting_bookings t ON t.booking_id = s.tasting_ref GROUP BY t.experience_cd;

-- Q32 winery | club_members | How many club members have left us in the last year, and why?
SELECT cancel_reason, count(*) AS members_lost FROM winery.club_members WHERE cancelled_date >= current_date - interval '1 year' GROUP BY cancel_reason ORDER BY members_lost DESC;

-- Q33 winery | club_shipments, club_members | Whose card was declined for the spring club release?
SELECT m.first_name, m.surname, m.email, m.card_expiry_mmyy, s.charge_amount FROM winery.club_shipments s JOIN winery.club_members m ON m.member_no = s.member_ref WHERE s.release_code = 'SPR26' AND s.charge_status = 'DECL';

-- Q34 winery | club_members, cellar_door_sales, products | Which club members have bought the members-only wines at the cellar door?
SELECT m.first_name, m.surname, p.wine_name, sum(s.qty) AS bottles FROM winery.cellar_door_sales s JOIN winery.products p ON p.sku = s.sku JOIN winery.club_members m ON m.member_no = s.member_no WHERE p.allocation_only_flg GROUP BY m.first_name, m.surname, p.wine_name;

-- Q35 drivingschool | tests | How many of our pupils pass first time?
WITH firsts AS (SELECT DISTINCT ON (pupilid) pupilid, result FROM drivingschool.tests WHERE result IN ('P', 'F') ORDER BY pupilid, test_date) SELECT count(*) FILTER (WHERE result = 'P') AS first_time_passes, count(*) AS pupils_tested, round(100.0 * count(*) FILTER (WHERE result = 'P') / nullif(count(*), 0), 1) AS first_time_pass_pct FROM firsts;

-- Q36 drivingschool | tests, instructors | What's each instructor's pass rate this year?
SELECT i.instrname, count(*) AS tests, count(*) FILTER (WHERE t.result = 'P') AS passes, round(100.0 * count(*) FILTER (WHERE t.result = 'P') / count(*), 1) AS pass_pct FROM drivingschool.tests t JOIN drivingschool.instructors i ON i.instrid = t.instrid WHERE t.result IN ('P', 'F') AND t.test_date >= date_trunc('year', current_date) GROUP BY i.instrname ORDER BY pass_pct DESC;

-- Q37 drivingschool | tests, test_centres | How do our pass rates at each test centre compare with the national average there?
SELECT c.centre_name, count(*) AS tests, round(100.0 * count(*) FILTER (WHERE t.result = 'P') / count(*), 1) AS our_pass_pct, c.national_pass_pct FROM drivingschool.tests t JOIN drivingschool.test_centres c ON c.centre_cd = t.centre WHERE t.result IN ('P', 'F') GROUP BY c.centre_name, c.national_pass_pct;

-- Q38 drivingschool | test_faults | What are our pupils failing their tests on most?
SELECT fault_area, sum(fault_cnt) AS faults FROM drivingschool.test_faults WHERE severity IN ('S', 'X') GROUP BY fault_area ORDER BY faults DESC;

-- Q39 drivingschool | test_faults, tests, instructors | Whose pupils keep picking up serious faults at roundabouts?
SELECT i.instrname, count(DISTINCT f.test_ref) AS tests_with_roundabout_faults FROM drivingschool.test_faults f JOIN drivingschool.tests t ON t.test_ref = f.test_ref JOIN drivingschool.instructors i ON i.instrid = t.instrid WHERE f.fault_area = 'ROUNDAB' AND f.severity IN ('S', 'X') GROUP BY i.instrname ORDER BY tests_with_roundabout_faults DESC;

-- Q40 drivingschool | instructors | Whose instructor badge is running out soon?
SELECT instrname, adi_no, status_cd, badge_exp FROM drivingschool.instructors WHERE left_dt IS NULL AND badge_exp < current_date + interval '60 days' ORDER BY badge_exp;

-- Q41 drivingschool | pupils | Which learners are going to lose their theory pass before they've passed the practical?
SELECT firstname, surname, mobile, theory_pass, theory_pass + interval '2 years' AS theory_expires FROM drivingschool.pupils WHERE pupil_status IN ('ACT', 'PAUSE') AND theory_pass + interval '2 years' < current_date + interval '3 months' ORDER BY theory_pass;

-- Q42 drivingschool | pkg_purchases, pupils, lessons | Who's paid up front for hours they haven't used and hasn't been out in the car for a couple of months?
SELECT p.firstname, p.surname, p.mobile, sum(b.hrs_left) AS hours_left FROM drivingschool.pkg_purchases b JOIN drivingschool.pupils p ON p.pupilid = b.pupilid WHERE b.hrs_left > 0 AND NOT EXISTS (SELECT 1 FROM drivingschool.lessons l WHERE l.pupilid = b.pupilid AND l.lesson_status = 'DONE' AND l.lessondate >= current_date - interval '60 days') GROUP BY p.firstname, p.surname, p.mobile ORDER BY hours_left DESC;

-- Q43 drivingschool | pkg_purchases, packages | How many crash courses did we sell last year, and what did they bring in?
SELECT k.pkg_desc, count(*) AS sold, sum(b.paid_amt - coalesce(b.refund_amt, 0)) AS income FROM drivingschool.pkg_purchases b JOIN drivingschool.packages k ON k.pkg_cd = b.pkg_cd WHERE k.intensive AND b.purch_date >= date_trunc('year', current_date) - interval '1 year' AND b.purch_date < date_trunc('year', current_date) GROUP BY k.pkg_desc;

-- Q44 drivingschool | lessons | How many lessons got cancelled at the last minute last month, and did we charge for them?
SELECT cancelled_by, charged, count(*) AS lessons FROM drivingschool.lessons WHERE lesson_status IN ('CXL', 'NS') AND coalesce(notice_hrs, 0) < 48 AND lessondate >= date_trunc('month', current_date) - interval '1 month' AND lessondate < date_trunc('month', current_date) GROUP BY cancelled_by, charged;

-- Q45 drivingschool | lessons, instructors | How many hours did each instructor teach last week?
SELECT i.instrname, sum(l.duration_mins) / 60.0 AS hours_taught FROM drivingschool.lessons l JOIN drivingschool.instructors i ON i.instrid = l.instrid WHERE l.lesson_status = 'DONE' AND l.lessondate >= date_trunc('week', current_date) - interval '7 days' AND l.lessondate < date_trunc('week', current_date) GROUP BY i.instrname ORDER BY hours_taught DESC;

-- Q46 drivingschool | lessons, pupils | Which pupils have passed a mock and are ready to be put in for their test?
SELECT DISTINCT p.firstname, p.surname, p.mobile, p.theory_pass FROM drivingschool.lessons l JOIN drivingschool.pupils p ON p.pupilid = l.pupilid WHERE l.lesson_type = 'MOCK' AND l.mock_result = 'P' AND p.pupil_status = 'ACT';

-- Q47 drivingschool | franchise_fees, instructors | Which instructors are behind with their franchise fees?
SELECT i.instrname, count(*) AS weeks_unpaid, sum(f.fee_amt + coalesce(f.car_hire_amt, 0) - coalesce(f.paid_amt, 0)) AS owed FROM drivingschool.franchise_fees f JOIN drivingschool.instructors i ON i.instrid = f.instrid WHERE f.due_date < current_date AND coalesce(f.paid_amt, 0) < f.fee_amt + coalesce(f.car_hire_amt, 0) GROUP BY i.instrname ORDER BY owed DESC;

-- Q48 drivingschool | cars | Which cars need their MOT, insurance or tax sorting this month?
SELECT reg, make_model, mot_due, ins_exp, tax_due FROM drivingschool.cars WHERE mot_due < date_trunc('month', current_date) + interval '1 month' OR ins_exp < date_trunc('month', current_date) + interval '1 month' OR tax_due < date_trunc('month', current_date) + interval '1 month';

-- Q49 drivingschool | car_defects, instructors | Which instructors lost lessons because their car was off the road, and how many?
SELECT i.instrname, count(*) AS breakdowns, sum(d.lessons_lost) AS lessons_lost FROM drivingschool.car_defects d JOIN drivingschool.instructors i ON i.car_reg = d.car_reg WHERE d.off_road GROUP BY i.instrname ORDER BY lessons_lost DESC;

-- Q50 drivingschool | enquiries | Why are we losing people who ring up about lessons?
SELECT lost_reason, count(*) AS enquiries FROM drivingschool.enquiries WHERE became_pupil IS NULL AND lost_reason IS NOT NULL GROUP BY lost_reason ORDER BY enquiries DESC;

-- Q51 drivingschool | tests, pupils, test_centres, lessons | Who's got a test in the next fortnight but hasn't done a mock yet, and where is it?
SELECT p.firstname, p.surname, t.test_date, t.test_time, c.centre_name FROM drivingschool.tests t JOIN drivingschool.pupils p ON p.pupilid = t.pupilid JOIN drivingschool.test_centres c ON c.centre_cd = t.centre WHERE t.result IS NULL AND t.cancelled_by IS NULL AND t.test_date BETWEEN current_date AND current_date + 14 AND NOT EXISTS (SELECT 1 FROM drivingschool.lessons l WHERE l.pupilid = t.pupilid AND l.lesson_type = 'MOCK' AND l.lesson_status = 'DONE') ORDER BY t.test_date;

-- Q52 allotments | plots, sites | How many empty plots have we got on each site?
SELECT s.site_nm, count(*) FILTER (WHERE p.plt_status_cd = 'VAC') AS ready_to_let, count(*) FILTER (WHERE p.plt_status_cd = 'CLR') AS need_clearing FROM allotments.plots p JOIN allotments.sites s ON s.site_id = p.plt_site WHERE p.plt_status_cd IN ('VAC', 'CLR') GROUP BY s.site_nm ORDER BY s.site_nm;

-- Q53 allotments | plots | Which plots have been standing empty for more than a year?
SELECT plt_site, plt_label, plt_size_cd, plt_status_cd, plt_vacant_since_dt FROM allotments.plots WHERE plt_status_cd IN ('VAC', 'CLR') AND plt_vacant_since_dt < current_date - interval '1 year' ORDER BY plt_vacant_since_dt;

-- Q54 allotments | waitlist | How long is the waiting list, and how long has the person at the top been waiting?
SELECT count(*) AS waiting, min(wl_applied_dt) AS longest_waiting_since, current_date - min(wl_applied_dt) AS days_waited FROM allotments.waitlist WHERE wl_removed_dt IS NULL AND coalesce(wl_offer_result_cd, '') <> 'ACC';

-- Q55 allotments | waitlist, sites | How many people are waiting for a plot at each site?
SELECT s.site_nm, count(*) AS waiting FROM allotments.waitlist w JOIN allotments.sites s ON s.site_id = w.wl_pref_site WHERE w.wl_removed_dt IS NULL AND coalesce(w.wl_offer_result_cd, '') <> 'ACC' GROUP BY s.site_nm ORDER BY waiting DESC;

-- Q56 allotments | waitlist, plots | Is there anyone on the list who needs an accessible plot that we could offer one to right now?
SELECT w.wl_name, w.wl_applied_dt, p.plt_site, p.plt_label FROM allotments.waitlist w JOIN allotments.plots p ON p.plt_accessible_flg AND p.plt_status_cd = 'VAC' AND (p.plt_site = w.wl_pref_site OR w.wl_any_site_flg) WHERE w.wl_needs_accessible_flg AND w.wl_removed_dt IS NULL AND w.wl_offered_dt IS NULL ORDER BY w.wl_applied_dt;

-- Q57 allotments | inspections, plots, tenancies, plot_holders | Who got a warning letter after the summer walk-round, and for which plot?
SELECT h.tnt_forename, h.tnt_surname, p.plt_site, p.plt_label, i.insp_grade, i.letter_cd, i.reinspect_dt FROM allotments.inspections i JOIN allotments.plots p ON p.plt_id = i.insp_plot JOIN allotments.tenancies t ON t.tcy_plot = i.insp_plot AND t.tcy_start_dt <= i.insp_dt AND (t.tcy_end_dt IS NULL OR t.tcy_end_dt >= i.insp_dt) JOIN allotments.plot_holders h ON h.tnt_id = t.tcy_holder WHERE i.insp_round_cd = 'SUM' AND i.letter_cd IS NOT NULL AND i.insp_dt >= DATE '2025-07-01';

-- Q58 allotments | inspections | How did the plots do at the spring inspection?
SELECT insp_grade, count(*) AS plots FROM allotments.inspections WHERE insp_round_cd = 'SPR' AND insp_dt >= DATE '2025-04-01' AND insp_dt < DATE '2025-07-01' GROUP BY insp_grade ORDER BY insp_grade;

-- Q59 allotments | tenancies, plot_holders | Who's allowed to keep bees on their plot?
SELECT h.tnt_forename, h.tnt_surname, h.tnt_phone, t.tcy_plot FROM allotments.tenancies t JOIN allotments.plot_holders h ON h.tnt_id = t.tcy_holder WHERE t.tcy_bees_flg AND t.tcy_end_dt IS NULL;

-- Q60 allotments | tenancies | How many people gave up or lost their plot last year, and why?
SELECT tcy_end_rsn_cd, count(*) AS tenancies_ended FROM allotments.tenancies WHERE tcy_end_dt >= DATE '2025-01-01' AND tcy_end_dt < DATE '2026-01-01' GROUP BY tcy_end_rsn_cd ORDER BY tenancies_ended DESC;

-- Q61 allotments | rent_invoices, tenancies, plot_holders | Who still hasn't paid their 2025-26 rent?
SELECT h.tnt_forename, h.tnt_surname, h.tnt_phone, r.inv_no, r.total_amt, coalesce(r.paid_amt, 0) AS paid, r.reminders_sent FROM allotments.rent_invoices r JOIN allotments.tenancies t ON t.tcy_no = r.inv_tenancy JOIN allotments.plot_holders h ON h.tnt_id = t.tcy_holder WHERE r.rent_yr = 2025 AND coalesce(r.paid_amt, 0) < r.total_amt ORDER BY r.reminders_sent DESC;

-- Q62 allotments | rent_invoices | How much rent and water money have we brought in for this allotment year so far?
SELECT sum(total_amt) AS invoiced, sum(paid_amt) AS collected, sum(total_amt) - sum(coalesce(paid_amt, 0)) AS still_to_collect FROM allotments.rent_invoices WHERE rent_yr = 2025;

-- Q63 allotments | plot_holders | How many of our plot holders get a concession on their rent?
SELECT tnt_concession_cd, count(*) AS plot_holders FROM allotments.plot_holders WHERE tnt_concession_cd IS NOT NULL AND NOT tnt_deceased_flg GROUP BY tnt_concession_cd ORDER BY plot_holders DESC;

-- Q64 allotments | hut_stock | What do we need to order in for the trading hut?
SELECT hut_item, item_descr, item_cat, qty_in_hut, reorder_at FROM allotments.hut_stock WHERE qty_in_hut <= reorder_at ORDER BY item_cat, hut_item;

-- Q65 allotments | hut_sales, hut_stock | What's been selling best at the hut this spring?
SELECT k.item_descr, sum(s.qty) AS sold, sum(s.amt) AS takings FROM allotments.hut_sales s JOIN allotments.hut_stock k ON k.hut_item = s.hut_item WHERE s.sale_dt >= DATE '2026-03-01' GROUP BY k.item_descr ORDER BY sold DESC;

-- Q66 allotments | plot_holders, tenancies, work_hours | Which plot holders haven't done their six volunteer hours since October?
SELECT h.tnt_forename, h.tnt_surname, coalesce(sum(w.hrs), 0) AS hours_done FROM allotments.plot_holders h JOIN allotments.tenancies t ON t.tcy_holder = h.tnt_id AND t.tcy_end_dt IS NULL LEFT JOIN allotments.work_hours w ON w.volunteer_tnt = h.tnt_id AND w.wh_dt >= DATE '2025-10-01' GROUP BY h.tnt_id, h.tnt_forename, h.tnt_surname HAVING coalesce(sum(w.hrs), 0) < 6 ORDER BY hours_done;

-- Q67 allotments | water_readings, sites | Which sites used the most water last year, and do any look like they've got a leak?
SELECT s.site_nm, max(r.reading_m3) - min(r.reading_m3) AS cubic_metres_used, sum(r.bill_amt) AS billed, bool_or(r.leak_suspected_flg) AS possible_leak FROM allotments.water_readings r JOIN allotments.sites s ON s.site_id = r.site_ref WHERE r.read_dt >= DATE '2025-01-01' AND r.read_dt < DATE '2026-01-01' GROUP BY s.site_nm ORDER BY cubic_metres_used DESC;

-- Q68 allotments | incidents, sites | How many break-ins and thefts has each site had this year?
SELECT s.site_nm, count(*) AS incidents, sum(i.est_loss_amt) AS est_loss FROM allotments.incidents i JOIN allotments.sites s ON s.site_id = i.inc_site WHERE i.inc_type_cd IN ('THEFT', 'BREAK') AND i.inc_dt >= date_trunc('year', current_date) GROUP BY s.site_nm ORDER BY incidents DESC;

-- Q69 scaffold | jobs | Have we got any scaffolds up on the pavement where the council licence has run out?
SELECT jobno, siteaddr1, sitepc, licence_ref, licence_exp, jobstatus FROM scaffold.jobs WHERE licence_ref IS NOT NULL AND licence_exp < current_date AND jobstatus IN ('E', 'U', 'D') ORDER BY licence_exp;

-- Q70 scaffold | jobs, cust | Which customers have scaffolds past their included hire weeks that we haven't billed hire on?
SELECT c.custname, j.jobno, j.siteaddr1, j.handover, j.incl_wks, j.hire_billed_to, j.wkly_hire FROM scaffold.jobs j JOIN scaffold.cust c ON c.custno = j.custno WHERE j.jobstatus IN ('U', 'D') AND j.handover + j.incl_wks * 7 < current_date AND coalesce(j.hire_billed_to, j.handover + j.incl_wks * 7) < current_date - 7 ORDER BY j.hire_billed_to NULLS FIRST;

-- Q71 scaffold | insp, jobs | Which scaffolds that are up haven't had their weekly inspection?
SELECT j.jobno, j.siteaddr1, j.sitepc, max(i.inspdate) AS last_inspected FROM scaffold.jobs j LEFT JOIN scaffold.insp i ON i.jobno = j.jobno WHERE j.jobstatus = 'U' GROUP BY j.jobno, j.siteaddr1, j.sitepc HAVING max(i.inspdate) IS NULL OR max(i.inspdate) < current_date - 7 ORDER BY last_inspected NULLS FIRST;

-- Q72 scaffold | insp, jobs, cust | Which scaffolds were last left with a red tag on them, and whose are they?
WITH last_insp AS (SELECT DISTINCT ON (jobno) jobno, inspdate, tag, defects FROM scaffold.insp ORDER BY jobno, inspdate DESC, inspno DESC) SELECT c.custname, j.jobno, j.siteaddr1, l.inspdate, l.defects FROM last_insp l JOIN scaffold.jobs j ON j.jobno = l.jobno JOIN scaffold.cust c ON c.custno = j.custno WHERE l.tag = 'R' AND j.jobstatus IN ('E', 'U', 'D');

-- Q73 scaffold | ops | Whose scaffolding cards run out in the next three months?
SELECT opname, cisrs, cisrs_exp, gang FROM scaffold.ops WHERE active AND cisrs_exp < current_date + interval '3 months' ORDER BY cisrs_exp;

-- Q74 scaffold | ops | Who's overdue having their harness checked?
SELECT opname, gang, harness_chk FROM scaffold.ops WHERE active AND (harness_chk IS NULL OR harness_chk < current_date - interval '6 months') ORDER BY harness_chk NULLS FIRST;

-- Q75 scaffold | tsheets, ops | How many hours did each of the lads put in last week, overtime included?
SELECT o.opname, sum(t.hrs) AS hours, sum(t.ot_hrs) AS overtime FROM scaffold.tsheets t JOIN scaffold.ops o ON o.opno = t.opno WHERE t.workdate >= date_trunc('week', current_date) - interval '7 days' AND t.workdate < date_trunc('week', current_date) GROUP BY o.opname ORDER BY hours DESC;

-- Q76 scaffold | tsheets, jobs | On the jobs we've struck this year, how long did putting them up take compared with taking them down?
SELECT j.jobno, j.siteaddr1, sum(t.hrs) FILTER (WHERE t.act = 'E') AS erect_hours, sum(t.hrs) FILTER (WHERE t.act = 'D') AS dismantle_hours FROM scaffold.tsheets t JOIN scaffold.jobs j ON j.jobno = t.jobno WHERE j.jobstatus = 'S' AND j.strike_date >= date_trunc('year', current_date) GROUP BY j.jobno, j.siteaddr1;

-- Q77 scaffold | kitmoves, kit | How much kit has gone missing off sites this year, and what's it worth?
SELECT k.kitdesc, sum(m.lostqty) AS lost, sum(m.lostqty * k.replcost) AS replacement_value FROM scaffold.kitmoves m JOIN scaffold.kit k ON k.kitcode = m.kitcode WHERE m.lostqty > 0 AND m.mvdate >= date_trunc('year', current_date) GROUP BY k.kitdesc ORDER BY replacement_value DESC;

-- Q78 scaffold | kitmoves, kit, jobs, cust | How much lost and damaged kit can we charge back to each customer?
SELECT c.custname, sum((coalesce(m.lostqty, 0) + coalesce(m.dmgqty, 0)) * k.replcost) AS chargeable FROM scaffold.kitmoves m JOIN scaffold.kit k ON k.kitcode = m.kitcode JOIN scaffold.jobs j ON j.jobno = m.jobno JOIN scaffold.cust c ON c.custno = j.custno WHERE coalesce(m.lostqty, 0) + coalesce(m.dmgqty, 0) > 0 GROUP BY c.custname ORDER BY chargeable DESC;

-- Q79 scaffold | lorries | Which wagons are off the road or due their crane examination?
SELECT reg, make, hiab, vor, loler_due, mot_due FROM scaffold.lorries WHERE vor OR (hiab AND loler_due < current_date + interval '1 month');

-- Q80 scaffold | invoices, jobs, cust | Who owes us money that's gone past its due date?
SELECT c.custname, count(*) AS invoices, sum(i.net + i.vat - coalesce(i.cisded, 0) - coalesce(i.paidamt, 0)) AS overdue FROM scaffold.invoices i JOIN scaffold.jobs j ON j.jobno = i.jobno JOIN scaffold.cust c ON c.custno = j.custno WHERE i.duedate < current_date AND coalesce(i.paidamt, 0) < i.net + i.vat - coalesce(i.cisded, 0) GROUP BY c.custname ORDER BY overdue DESC;

-- Q81 scaffold | invoices | How much did we bill in hire last month compared with erection work?
SELECT invtype, sum(net) AS net_billed FROM scaffold.invoices WHERE invdate >= date_trunc('month', current_date) - interval '1 month' AND invdate < date_trunc('month', current_date) AND invtype IN ('ED', 'HIRE') GROUP BY invtype;

-- Q82 scaffold | quotes, cust | Which quotes did we lose this year, who to, and for which customer?
SELECT c.custname, q.quoteno, q.qdate, q.siteaddr, q.estvalue, q.lostto FROM scaffold.quotes q JOIN scaffold.cust c ON c.custno = q.custno WHERE q.qstatus = 'L' AND q.qdate >= date_trunc('year', current_date) ORDER BY q.estvalue DESC;

-- Q83 scaffold | alterations | Has anything been altered and then not inspected again before it was used?
SELECT altno, jobno, reqdate, reqdesc, donedate, doneby_gang FROM scaffold.alterations WHERE donedate IS NOT NULL AND NOT reinspected ORDER BY donedate;

-- Q84 scaffold | jobs, gangs, ops | Which chargehand is on each of the jobs going up at the moment?
SELECT j.jobno, j.siteaddr1, j.erect_start, g.gang, o.opname AS chargehand FROM scaffold.jobs j JOIN scaffold.gangs g ON g.gang = j.gang JOIN scaffold.ops o ON o.opno = g.chargehand WHERE j.jobstatus = 'E' ORDER BY j.erect_start;

-- Q85 cinema | screenings, films, screens | What's on this Saturday, and in which screen?
SELECT s.scn_start_ts, f.flm_title, f.flm_cert, sc.scr_name, s.scn_type_cd FROM cinema.screenings s JOIN cinema.films f ON f.flm_id = s.scn_film JOIN cinema.screens sc ON sc.scr_no = s.scn_screen WHERE s.scn_start_ts::date = current_date + (6 - extract(isodow FROM current_date)::int) AND NOT s.scn_cancelled_flg ORDER BY s.scn_start_ts;

-- Q86 cinema | screenings, films | Which films are pulling in the biggest audiences this month?
SELECT f.flm_title, count(*) AS screenings, sum(s.scn_admits) AS admissions, round(avg(s.scn_admits), 1) AS avg_per_show FROM cinema.screenings s JOIN cinema.films f ON f.flm_id = s.scn_film WHERE s.scn_start_ts >= date_trunc('month', current_date) AND NOT s.scn_cancelled_flg GROUP BY f.flm_title ORDER BY admissions DESC;

-- Q87 cinema | screenings, screens, films | Which showings last week were practically empty?
SELECT s.scn_start_ts, f.flm_title, sc.scr_name, s.scn_admits, sc.scr_seats FROM cinema.screenings s JOIN cinema.screens sc ON sc.scr_no = s.scn_screen JOIN cinema.films f ON f.flm_id = s.scn_film WHERE NOT s.scn_cancelled_flg AND s.scn_start_ts >= date_trunc('week', current_date) - interval '7 days' AND s.scn_start_ts < date_trunc('week', current_date) AND s.scn_admits < 0.1 * sc.scr_seats ORDER BY s.scn_admits;

-- Q88 cinema | film_bookings, films | Which films opening in the next fortnight are we still waiting on the digital key for?
SELECT f.flm_title, b.fbk_from_dt, b.fbk_dcp_recv_dt FROM cinema.film_bookings b JOIN cinema.films f ON f.flm_id = b.fbk_film WHERE NOT b.fbk_kdm_recv_flg AND b.fbk_from_dt BETWEEN current_date AND current_date + 14 ORDER BY b.fbk_from_dt;

-- Q89 cinema | film_bookings, distributors | Which distributors are we yet to settle up with for runs that have finished?
SELECT d.dst_name, count(*) AS runs, sum(b.fbk_boxoffice_amt) AS box_office, min(b.fbk_to_dt) AS oldest_run_ended FROM cinema.film_bookings b JOIN cinema.distributors d ON d.dst_cd = b.fbk_dist WHERE b.fbk_to_dt < current_date AND b.fbk_settled_dt IS NULL GROUP BY d.dst_name ORDER BY oldest_run_ended;

-- Q90 cinema | ticket_orders | How much did we make from online booking fees last month?
SELECT ord_channel, sum(ord_fee_amt) AS booking_fees FROM cinema.ticket_orders WHERE ord_ts >= date_trunc('month', current_date) - interval '1 month' AND ord_ts < date_trunc('month', current_date) AND ord_channel IN ('WEB', 'APP') GROUP BY ord_channel;

-- Q91 cinema | ticket_orders, screenings | How many free carer tickets did we give out at the relaxed screenings?
SELECT count(DISTINCT s.scn_id) AS relaxed_screenings, sum(o.ord_carer_qty) AS carer_tickets FROM cinema.ticket_orders o JOIN cinema.screenings s ON s.scn_id = o.ord_screening WHERE s.scn_type_cd = 'REL';

-- Q92 cinema | ticket_orders | How much have we refunded because of technical problems?
SELECT count(*) AS orders_refunded, sum(ord_refund_amt) AS refunded FROM cinema.ticket_orders WHERE ord_refund_flg AND ord_refund_rsn = 'TECH';

-- Q93 cinema | members | Which memberships are up for renewal next month that won't renew by themselves?
SELECT mbr_no, mbr_name, mbr_email, mbr_tier, mbr_renew_dt FROM cinema.members WHERE NOT mbr_auto_renew_flg AND NOT mbr_lapsed_flg AND mbr_renew_dt >= date_trunc('month', current_date) + interval '1 month' AND mbr_renew_dt < date_trunc('month', current_date) + interval '2 months' ORDER BY mbr_renew_dt;

-- Q94 cinema | kiosk_sales, kiosk_items | What sold best at the bar and kiosk last weekend?
SELECT i.itm_desc, i.itm_cat, sum(k.ksl_qty) AS sold, sum(k.ksl_amt) AS takings FROM cinema.kiosk_sales k JOIN cinema.kiosk_items i ON i.itm_cd = k.ksl_item WHERE k.ksl_ts >= date_trunc('week', current_date) - interval '2 days' AND k.ksl_ts < date_trunc('week', current_date) GROUP BY i.itm_desc, i.itm_cat ORDER BY takings DESC;

-- Q95 cinema | kiosk_sales, kiosk_items, staff | Has anyone been serving drink without checking ID?
SELECT st.stf_name, count(*) AS unchecked_sales, max(k.ksl_ts) AS latest FROM cinema.kiosk_sales k JOIN cinema.kiosk_items i ON i.itm_cd = k.ksl_item JOIN cinema.staff st ON st.stf_id = k.ksl_staff WHERE i.itm_alcohol_flg AND NOT k.ksl_age_chk_flg GROUP BY st.stf_name ORDER BY unchecked_sales DESC;

-- Q96 cinema | kiosk_items | What do we need to top up at the kiosk?
SELECT itm_cd, itm_desc, itm_stock, itm_par, itm_par - itm_stock AS to_fill FROM cinema.kiosk_items WHERE itm_stock < itm_par ORDER BY to_fill DESC;

-- Q97 cinema | rota, staff | Who didn't turn up for their shifts this month?
SELECT st.stf_name, st.stf_role, r.rot_date, r.rot_start FROM cinema.rota r JOIN cinema.staff st ON st.stf_id = r.rot_staff WHERE r.rot_no_show_flg AND r.rot_date >= date_trunc('month', current_date) ORDER BY r.rot_date;

-- Q98 cinema | screen_faults, screens | Which screen has given us the most trouble this year, and how many shows did we lose?
SELECT sc.scr_name, count(*) AS faults, sum(f.flt_shows_lost) AS shows_lost, sum(f.flt_cost) AS repair_cost FROM cinema.screen_faults f JOIN cinema.screens sc ON sc.scr_no = f.flt_screen WHERE f.flt_ts >= date_trunc('year', current_date) GROUP BY sc.scr_name ORDER BY faults DESC;

-- Q99 cinema | screen_faults, screenings, films, ticket_orders | Which films got stopped by a breakdown, and how much did we refund the audience?
SELECT f.flm_title, s.scn_start_ts, sf.flt_cd, sum(o.ord_refund_amt) AS refunded FROM cinema.screen_faults sf JOIN cinema.screenings s ON s.scn_id = sf.flt_screening JOIN cinema.films f ON f.flm_id = s.scn_film LEFT JOIN cinema.ticket_orders o ON o.ord_screening = s.scn_id AND o.ord_refund_flg GROUP BY f.flm_title, s.scn_start_ts, sf.flt_cd ORDER BY s.scn_start_ts;

-- Q100 cinema | ticket_orders, screenings, films | How many tickets has each film sold online compared with over the counter?
SELECT f.flm_title, sum(coalesce(o.ord_adult_qty, 0) + coalesce(o.ord_child_qty, 0) + coalesce(o.ord_conc_qty, 0) + coalesce(o.ord_student_qty, 0) + coalesce(o.ord_member_qty, 0) + coalesce(o.ord_carer_qty, 0) + coalesce(o.ord_comp_qty, 0)) FILTER (WHERE o.ord_channel IN ('WEB', 'APP')) AS online, sum(coalesce(o.ord_adult_qty, 0) + coalesce(o.ord_child_qty, 0) + coalesce(o.ord_conc_qty, 0) + coalesce(o.ord_student_qty, 0) + coalesce(o.ord_member_qty, 0) + coalesce(o.ord_carer_qty, 0) + coalesce(o.ord_comp_qty, 0)) FILTER (WHERE o.ord_channel IN ('BOX', 'PHN')) AS box_office FROM cinema.ticket_orders o JOIN cinema.screenings s ON s.scn_id = o.ord_screening JOIN cinema.films f ON f.flm_id = s.scn_film GROUP BY f.flm_title ORDER BY f.flm_title;
