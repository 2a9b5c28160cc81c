-- Verification SQL for heldout12/questions.tsv (held-out 12: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the six heldout12 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 locksmith | jobs | Which emergencies did we get to late?
SELECT job_ref, job_type_cd, logged_ts, arrive_ts, round(extract(epoch FROM arrive_ts - logged_ts) / 60) AS mins_to_arrive, sla_mins FROM locksmith.jobs WHERE priority_cd = 'P1' AND arrive_ts > logged_ts + sla_mins * interval '1 minute';

-- Q02 locksmith | jobs | How many times did we have to break a lock to get someone back into their home?
SELECT count(*) AS destructive_entries FROM locksmith.jobs WHERE job_type_cd = 'LOCKOUT' AND entry_method_cd IN ('SNAP', 'DRILL');

-- Q03 locksmith | jobs | Which jobs are stuck waiting for parts?
SELECT job_ref, logged_ts, job_type_cd, notes_txt FROM locksmith.jobs WHERE status_cd = 'PARTS';

-- Q04 locksmith | jobs, technicians | Did anyone let a caller into a property without seeing proof they lived there, and who was the locksmith?
SELECT j.job_ref, j.logged_ts, j.id_doc_cd, t.tech_nm FROM locksmith.jobs j JOIN locksmith.technicians t ON t.tech_no = j.attended_by WHERE j.job_type_cd = 'LOCKOUT' AND NOT j.id_verified_flg;

-- Q05 locksmith | jobs, customers | How much do the police and the insurance companies still owe us?
SELECT c.cust_nm, sum(j.total_amt) AS owed FROM locksmith.jobs j JOIN locksmith.customers c ON c.cust_id = j.cust_ref WHERE c.cust_type_cd IN ('POL', 'INS') AND j.pay_status_cd = 'DUE' GROUP BY c.cust_nm;

-- Q06 locksmith | technicians | Which of our locksmiths are licensed by the Master Locksmiths Association?
SELECT tech_nm, grade_cd FROM locksmith.technicians WHERE mla_lic_flg AND NOT leaver_flg;

-- Q07 locksmith | technicians | Whose criminal record check is more than three years old?
SELECT tech_nm, dbs_chk_dt FROM locksmith.technicians WHERE NOT leaver_flg AND dbs_chk_dt < DATE '2026-03-05' - interval '3 years';

-- Q08 locksmith | jobs, technicians | Which apprentices went out to a lockout on their own?
SELECT t.tech_nm, j.job_ref, j.logged_ts FROM locksmith.jobs j JOIN locksmith.technicians t ON t.tech_no = j.attended_by WHERE t.grade_cd = 'APP' AND j.job_type_cd = 'LOCKOUT';

-- Q09 locksmith | key_cut_log, key_systems, customers | Which restricted keys were copied without checking the person asking was allowed to, and for which customer?
SELECT c.cust_nm, s.system_nm, k.key_no_txt, k.qty, k.cut_dt, k.requested_by_nm FROM locksmith.key_cut_log k JOIN locksmith.key_systems s ON s.system_no = k.system_ref JOIN locksmith.customers c ON c.cust_id = s.cust_no WHERE s.restricted_flg AND NOT k.auth_checked_flg;

-- Q10 locksmith | key_systems | Which master-key suites lose their patent protection soonest?
SELECT system_nm, key_profile_cd, patent_expiry_dt FROM locksmith.key_systems WHERE restricted_flg ORDER BY patent_expiry_dt;

-- Q11 locksmith | door_installs, door_products | Which fire doors have we fitted without handing over the certificate?
SELECT i.install_no, i.fit_dt, p.prod_nm, p.fire_rating_cd, i.snag_txt FROM locksmith.door_installs i JOIN locksmith.door_products p ON p.prod_cd = i.door_prod WHERE p.fire_rating_cd <> 'NONE' AND NOT i.cert_issued_flg;

-- Q12 locksmith | door_installs, technicians | How many doors has each fitter hung?
SELECT t.tech_nm, count(*) AS doors_fitted FROM locksmith.door_installs i JOIN locksmith.technicians t ON t.tech_no = i.lead_fitter WHERE i.fit_dt IS NOT NULL GROUP BY t.tech_nm;

-- Q13 locksmith | quotes, technicians, customers | Which quotes are still waiting for an answer, who priced them and for whom?
SELECT q.quote_no, c.cust_nm, t.tech_nm, q.quote_amt, q.valid_until_dt FROM locksmith.quotes q JOIN locksmith.technicians t ON t.tech_no = q.quoted_by JOIN locksmith.customers c ON c.cust_id = q.cust_ref WHERE q.status_cd = 'OPEN';

-- Q14 locksmith | stock_items | Which of our euro cylinders resist snapping without needing special handles?
SELECT item_cd, item_desc, brand_nm, shop_qty FROM locksmith.stock_items WHERE cat_cd = 'CYL' AND ts007_stars = 3;

-- Q15 locksmith | job_parts, stock_items, jobs, sites | What parts went into the burglary repairs, and at which addresses?
SELECT s.site_addr_txt, j.job_ref, i.item_desc, p.qty FROM locksmith.job_parts p JOIN locksmith.stock_items i ON i.item_cd = p.part_cd JOIN locksmith.jobs j ON j.job_ref = p.job_ref JOIN locksmith.sites s ON s.site_no = j.site_ref WHERE j.job_type_cd = 'BURG';

-- Q16 locksmith | door_products, suppliers | Who supplies our high-security steel doors and how long do they take to arrive?
SELECT p.prod_nm, p.sec_rating_cd, s.supp_nm, p.lead_wks FROM locksmith.door_products p JOIN locksmith.suppliers s ON s.supp_cd = p.supp_ref WHERE p.material_cd = 'STEEL';

-- Q17 locksmith | jobs, customers, technicians | Which supervisor checked the paperwork on the jobs we did for the police?
SELECT j.job_ref, j.police_ref, t.tech_nm AS checked_by FROM locksmith.jobs j JOIN locksmith.customers c ON c.cust_id = j.cust_ref JOIN locksmith.technicians t ON t.tech_no = j.signed_off_by WHERE c.cust_type_cd = 'POL';

-- Q18 livery | horses | Which of our ponies are safe for little ones on the lead rein?
SELECT horse_nm, breed_txt, height_hh, max_lessons_day FROM livery.horses WHERE yard_owned_flg AND level_cd = 'LR' AND NOT retired_flg;

-- Q19 livery | horses, feed_charts, feed_stock | What are the horses that have had laminitis being fed?
SELECT h.horse_nm, s.feed_nm, f.am_scoops, f.pm_scoops, f.supplement_txt FROM livery.horses h JOIN livery.feed_charts f ON f.horse_ref = h.horse_id JOIN livery.feed_stock s ON s.feed_cd = f.feed_ref WHERE h.laminitic_flg;

-- Q20 livery | horses, clients | Which owners have a horse that crib-bites, weaves or box-walks?
SELECT c.client_nm, h.horse_nm, h.vices_txt FROM livery.horses h JOIN livery.clients c ON c.client_no = h.owner_ref WHERE h.vices_txt IS NOT NULL;

-- Q21 livery | vaccinations, horses | Which horses are overdue their flu jab?
SELECT h.horse_nm, max(v.next_due_dt) AS due_dt FROM livery.vaccinations v JOIN livery.horses h ON h.horse_id = v.horse_ref WHERE v.vacc_type_cd IN ('FLU', 'FT') AND h.left_dt IS NULL GROUP BY h.horse_nm HAVING max(v.next_due_dt) < DATE '2026-03-05';

-- Q22 livery | livery_contracts, horses, clients | Which horses are on full livery, who owns them and what do they pay a week?
SELECT h.horse_nm, c.client_nm, l.weekly_amt FROM livery.livery_contracts l JOIN livery.horses h ON h.horse_id = l.horse_ref JOIN livery.clients c ON c.client_no = l.payer_no WHERE l.pkg_cd = 'FULL' AND l.end_dt IS NULL;

-- Q23 livery | livery_contracts, horses | Which horses are leaving the yard?
SELECT h.horse_nm, l.pkg_cd, l.notice_given_dt, l.notice_given_dt + interval '1 month' AS leaving_by FROM livery.livery_contracts l JOIN livery.horses h ON h.horse_id = l.horse_ref WHERE l.notice_given_dt IS NOT NULL AND l.end_dt IS NULL;

-- Q24 livery | clients | Who owes us money?
SELECT client_nm, acct_bal_amt FROM livery.clients WHERE acct_bal_amt > 0 ORDER BY acct_bal_amt DESC;

-- Q25 livery | invoices, clients | Which bills were still unpaid on 20 March after their due date, and whose are they?
SELECT i.inv_no, c.client_nm, i.period_txt, i.total_amt, i.due_dt FROM livery.invoices i JOIN livery.clients c ON c.client_no = i.client_ref WHERE i.paid_dt IS NULL AND i.due_dt < DATE '2026-03-20';

-- Q26 livery | vet_farrier_visits, horses | Which horses are still on box rest on 5 March?
SELECT h.horse_nm, v.visit_dt, v.treatment_txt, v.visit_dt + v.box_rest_days AS rest_until FROM livery.vet_farrier_visits v JOIN livery.horses h ON h.horse_id = v.horse_no WHERE v.box_rest_days > 0 AND v.visit_dt + v.box_rest_days >= DATE '2026-03-05';

-- Q27 livery | vet_farrier_visits | What did the vets charge us in February?
SELECT sum(cost_amt) AS vet_fees FROM livery.vet_farrier_visits WHERE prof_type_cd = 'VET' AND visit_dt >= DATE '2026-02-01' AND visit_dt < DATE '2026-03-01';

-- Q28 livery | vet_farrier_visits, horses, clients | How much vet and farrier cost do we need to pass on to each owner?
SELECT c.client_nm, sum(v.cost_amt) AS to_recharge FROM livery.vet_farrier_visits v JOIN livery.horses h ON h.horse_id = v.horse_no JOIN livery.clients c ON c.client_no = h.owner_ref WHERE v.recharge_flg GROUP BY c.client_nm;

-- Q29 livery | lessons, staff | Which lessons were called off because of the weather or frozen ground, and who was meant to teach them?
SELECT l.lesson_dt, l.start_tm, l.lesson_type_cd, l.cancel_rsn_cd, s.emp_nm FROM livery.lessons l JOIN livery.staff s ON s.emp_id = l.instructor_emp WHERE l.cancelled_flg AND l.cancel_rsn_cd IN ('WX', 'FROST');

-- Q30 livery | lesson_bookings, lessons, clients, horses | Which horse did each rider get in the group lesson on 7 February?
SELECT c.client_nm, h.horse_nm FROM livery.lesson_bookings b JOIN livery.lessons l ON l.lesson_no = b.lesson_ref JOIN livery.clients c ON c.client_no = b.rider_no JOIN livery.horses h ON h.horse_id = b.horse_allocated WHERE l.lesson_dt = DATE '2026-02-07' AND l.lesson_type_cd = 'GRP';

-- Q31 livery | lesson_bookings, clients, horses | Has anyone been put on a horse that is meant for lighter riders?
SELECT c.client_nm, c.rider_wt_kg, h.horse_nm, h.max_rider_kg, b.lesson_ref FROM livery.lesson_bookings b JOIN livery.clients c ON c.client_no = b.rider_no JOIN livery.horses h ON h.horse_id = b.horse_allocated WHERE c.rider_wt_kg > h.max_rider_kg;

-- Q32 livery | lesson_bookings, clients | Who didn't turn up for their lesson?
SELECT c.client_nm, c.phone_txt, b.lesson_ref FROM livery.lesson_bookings b JOIN livery.clients c ON c.client_no = b.rider_no WHERE b.no_show_flg;

-- Q33 livery | feed_stock | What feed and bedding do we need to order?
SELECT feed_nm, on_hand_qty, reorder_qty, supplier_nm FROM livery.feed_stock WHERE on_hand_qty <= reorder_qty;

-- Q34 livery | staff | Who on the team needs to renew their first aid before the summer?
SELECT emp_nm, role_cd, first_aid_exp_dt FROM livery.staff WHERE active_flg AND first_aid_exp_dt < DATE '2026-06-30';

-- Q35 laundry | wash_loads | Which loads of infected or foul linen didn't reach disinfection temperature?
SELECT load_id, load_dt, machine_ref, acct_cd, temp_max_c, hold_min_at_temp, notes_txt FROM laundry.wash_loads WHERE soil_cat_cd IN ('INF', 'FOUL') AND NOT thermal_disinf_flg;

-- Q36 laundry | wash_loads | Which loads had to be washed again, and why?
SELECT load_id, load_dt, item_cat_cd, rewash_rsn_cd, notes_txt FROM laundry.wash_loads WHERE rewash_flg;

-- Q37 laundry | wash_loads | Which loads finished with a last rinse that could irritate guests' skin?
SELECT load_id, load_dt, program_cd, ph_final FROM laundry.wash_loads WHERE ph_final < 5.5 OR ph_final > 7.0;

-- Q38 laundry | wash_loads, employees | Who on the clean side has been failing loads at the quality check, and how many?
SELECT e.emp_nm, count(*) AS failed_loads FROM laundry.wash_loads w JOIN laundry.employees e ON e.emp_id = w.qc_by WHERE NOT w.qc_pass_flg GROUP BY e.emp_nm;

-- Q39 laundry | wash_loads, machines | How many kilos did each washing machine get through in the first week of March?
SELECT m.machine_cd, m.machine_type_cd, sum(w.load_kg) AS kg_washed FROM laundry.wash_loads w JOIN laundry.machines m ON m.machine_cd = w.machine_ref WHERE w.load_dt BETWEEN DATE '2026-03-02' AND DATE '2026-03-08' GROUP BY m.machine_cd, m.machine_type_cd;

-- Q40 laundry | machines | What's broken down in the plant?
SELECT machine_cd, machine_type_cd, make_nm, last_service_dt FROM laundry.machines WHERE status_cd = 'DOWN';

-- Q41 laundry | deliveries, customers | Which customers got their clean linen late?
SELECT c.acct_nm, d.docket_no, d.deliv_dt, d.drop_ts, d.complaint_txt FROM laundry.deliveries d JOIN laundry.customers c ON c.acct_cd = d.cust_acct WHERE d.late_flg;

-- Q42 laundry | delivery_lines, deliveries, customers, linen_items | Which customers were sent fewer towels than they ordered?
SELECT c.acct_nm, d.deliv_dt, i.item_desc, l.qty_ordered, l.qty_sent FROM laundry.delivery_lines l JOIN laundry.deliveries d ON d.docket_no = l.docket_ref JOIN laundry.customers c ON c.acct_cd = d.cust_acct JOIN laundry.linen_items i ON i.item_cd = l.item_code WHERE i.cat_cd = 'TERRY' AND l.qty_sent < l.qty_ordered;

-- Q43 laundry | soiled_collections, customers | Which care homes have sent us infected linen bags this month?
SELECT c.acct_nm, s.coll_dt, s.red_bag_cnt, s.notes_txt FROM laundry.soiled_collections s JOIN laundry.customers c ON c.acct_cd = s.acct_ref WHERE c.cust_seg_cd = 'CARE' AND s.red_bag_cnt > 0 AND s.coll_dt >= DATE '2026-03-01';

-- Q44 laundry | soiled_collections | How much dirty linen did we weigh in on 2 March?
SELECT sum(gross_kg) AS kg_in FROM laundry.soiled_collections WHERE coll_dt = DATE '2026-03-02';

-- Q45 laundry | linen_audits, customers, linen_items | How much should we bill each customer for lost linen we haven't charged for yet?
SELECT c.acct_nm, sum(a.loss_qty * i.replace_cost_amt) AS loss_charge FROM laundry.linen_audits a JOIN laundry.customers c ON c.acct_cd = a.acct_cd JOIN laundry.linen_items i ON i.item_cd = a.item_cd WHERE NOT a.charged_flg AND a.loss_qty > 0 GROUP BY c.acct_nm;

-- Q46 laundry | customers, employees | Which accounts does each account manager look after?
SELECT e.emp_nm, c.acct_nm, c.cust_seg_cd FROM laundry.customers c JOIN laundry.employees e ON e.emp_id = c.acct_mgr ORDER BY e.emp_nm, c.acct_nm;

-- Q47 laundry | customers | Whose contracts come up for renewal in the next three months?
SELECT acct_nm, cust_seg_cd, contract_end_dt FROM laundry.customers WHERE contract_end_dt BETWEEN DATE '2026-03-05' AND DATE '2026-06-05' ORDER BY contract_end_dt;

-- Q48 laundry | customers | Which customers are we refusing to deliver to until they pay up?
SELECT acct_cd, acct_nm FROM laundry.customers WHERE credit_hold_flg;

-- Q49 laundry | invoices, customers | Who hasn't paid their January bill yet?
SELECT c.acct_nm, i.inv_no, i.total_amt, i.due_dt FROM laundry.invoices i JOIN laundry.customers c ON c.acct_cd = i.acct_cd WHERE i.period_start_dt = DATE '2026-01-01' AND i.paid_dt IS NULL;

-- Q50 laundry | routes, vans, employees | Which delivery round's van is off the road, and who drives that round?
SELECT r.route_nm, v.reg_no, e.emp_nm AS driver FROM laundry.routes r JOIN laundry.vans v ON v.fleet_no = r.van_cd JOIN laundry.employees e ON e.emp_id = r.driver_ref WHERE v.off_road_flg;

-- Q51 laundry | employees | How many agency workers do we have, and from which agencies?
SELECT agency_nm, count(*) AS workers FROM laundry.employees WHERE agency_flg AND active_flg GROUP BY agency_nm;

-- Q52 bridal | orders, clients | Which brides are still waiting for their dress to arrive, and when is the wedding?
SELECT c.bride_nm, c.wedding_dt, o.order_no, o.ship_eta_dt FROM bridal.orders o JOIN bridal.clients c ON c.client_id = o.client_no WHERE o.status_cd = 'ORD' ORDER BY c.wedding_dt;

-- Q53 bridal | supplier_orders, orders, clients | Whose gowns are held up at the factory, and how soon are they getting married?
SELECT c.bride_nm, c.wedding_dt, s.po_no, s.due_dt FROM bridal.supplier_orders s JOIN bridal.orders o ON o.po_ref = s.po_no JOIN bridal.clients c ON c.client_id = o.client_no WHERE s.status_cd = 'DELAY';

-- Q54 bridal | orders | Whose dress balance is overdue?
SELECT order_no, client_no, dress_px_amt - discount_amt + rush_fee_amt - deposit_amt AS balance, balance_due_dt FROM bridal.orders WHERE balance_paid_dt IS NULL AND status_cd <> 'CANC' AND balance_due_dt < DATE '2026-03-05';

-- Q55 bridal | orders, staff | How much has each stylist sold in dresses, and what commission have they earned?
SELECT s.staff_nm, sum(o.dress_px_amt - o.discount_amt) AS sales, round(sum(o.dress_px_amt - o.discount_amt) * max(s.commission_pct) / 100, 2) AS commission FROM bridal.orders o JOIN bridal.staff s ON s.staff_no = o.sold_by WHERE o.status_cd <> 'CANC' GROUP BY s.staff_nm;

-- Q56 bridal | appointments | How many brides didn't turn up for their appointment?
SELECT count(*) AS no_shows FROM bridal.appointments WHERE outcome_cd = 'DNA';

-- Q57 bridal | appointments, clients, staff | Which brides are still making up their minds, and which stylist should chase them?
SELECT DISTINCT c.bride_nm, c.phone_txt, s.staff_nm FROM bridal.appointments a JOIN bridal.clients c ON c.client_id = a.client_ref JOIN bridal.staff s ON s.staff_no = a.stylist_no WHERE a.outcome_cd = 'THINK' AND NOT EXISTS (SELECT 1 FROM bridal.appointments y WHERE y.client_ref = a.client_ref AND y.outcome_cd = 'YES');

-- Q58 bridal | clients | How did our brides hear about us?
SELECT referral_src_cd, count(*) AS brides FROM bridal.clients GROUP BY referral_src_cd ORDER BY brides DESC;

-- Q59 bridal | clients | Which of our brides are getting married in April?
SELECT bride_nm, partner_nm, wedding_dt, venue_nm FROM bridal.clients WHERE wedding_dt >= DATE '2026-04-01' AND wedding_dt < DATE '2026-05-01';

-- Q60 bridal | gowns, designers | Which mermaid dresses can brides try on in the shop, and who designs them?
SELECT g.gown_nm, d.designer_nm, g.fabric_txt, g.rrp_amt FROM bridal.gowns g JOIN bridal.designers d ON d.designer_cd = g.designer_ref WHERE g.silhouette_cd = 'MERM' AND g.in_store_flg;

-- Q61 bridal | gowns | What do we make on each dress in the new spring/summer collection?
SELECT style_no, gown_nm, cost_amt, rrp_amt, rrp_amt - cost_amt AS margin FROM bridal.gowns WHERE season_cd = 'SS26';

-- Q62 bridal | alteration_jobs, staff | How far over their estimated hours has each seamstress gone?
SELECT s.staff_nm, sum(a.hrs_act - a.hrs_est) AS hours_over FROM bridal.alteration_jobs a JOIN bridal.staff s ON s.staff_no = a.seamstress WHERE a.hrs_act IS NOT NULL GROUP BY s.staff_nm;

-- Q63 bridal | fittings, alteration_jobs, clients | Which brides weren't happy at a fitting, and what was wrong?
SELECT DISTINCT c.bride_nm, f.fit_dt, f.fitting_no, f.issue_txt FROM bridal.fittings f JOIN bridal.alteration_jobs a ON a.alt_id = f.alt_ref JOIN bridal.clients c ON c.client_id = a.client_id WHERE NOT f.happy_flg;

-- Q64 bridal | alteration_jobs, clients | Which dresses bought somewhere else are we altering, and for whom?
SELECT c.bride_nm, a.work_cd, a.work_desc, a.quoted_amt, a.due_dt FROM bridal.alteration_jobs a JOIN bridal.clients c ON c.client_id = a.client_id WHERE a.order_ref IS NULL;

-- Q65 bridal | accessories | What have we run out of?
SELECT acc_cd, acc_desc, supplier_nm FROM bridal.accessories WHERE on_hand_qty = 0;

-- Q66 bridal | acc_sales, accessories, clients | Which brides bought a veil from us?
SELECT c.bride_nm, a.acc_desc, s.sale_dt, s.px_amt FROM bridal.acc_sales s JOIN bridal.accessories a ON a.acc_cd = s.acc_code JOIN bridal.clients c ON c.client_id = s.client_ref WHERE a.acc_type_cd = 'VEIL';

-- Q67 bridal | payments, orders, gowns, designers | How much have brides paid in deposits for each designer's gowns?
SELECT d.designer_nm, sum(p.amt) AS deposits FROM bridal.payments p JOIN bridal.orders o ON o.order_no = p.order_no JOIN bridal.gowns g ON g.style_no = o.style_ref JOIN bridal.designers d ON d.designer_cd = g.designer_ref WHERE p.pay_type_cd = 'DEP' GROUP BY d.designer_nm;

-- Q68 chimney | sweeps | Which chimneys had the dangerous tar build-up that could start a chimney fire?
SELECT sweep_no, prop_no, sweep_dt, fuel_used_cd, advisory_txt FROM chimney.sweeps WHERE deposit_cd = 'GLAZE';

-- Q69 chimney | sweeps, properties | Which houses failed a smoke or draw test, and where are they?
SELECT p.addr_txt, p.village_nm, s.sweep_dt, s.draw_test_cd, s.smoke_test_cd, s.defects_txt FROM chimney.sweeps s JOIN chimney.properties p ON p.prop_id = s.prop_no WHERE s.draw_test_cd = 'FAIL' OR s.smoke_test_cd = 'FAIL';

-- Q70 chimney | sweeps, properties, customers | Which rented properties were left without a sweeping certificate, and which landlord owns them?
SELECT c.cust_nm, p.addr_txt, s.sweep_dt, s.defects_txt FROM chimney.sweeps s JOIN chimney.properties p ON p.prop_id = s.prop_no JOIN chimney.customers c ON c.cust_no = p.occupier_ref WHERE c.landlord_flg AND NOT s.cert_issued_flg;

-- Q71 chimney | sweeps, employees | How many chimneys has each sweep done since September?
SELECT e.emp_nm, count(*) AS flues_swept FROM chimney.sweeps s JOIN chimney.employees e ON e.emp_id = s.swept_by WHERE s.sweep_dt >= DATE '2025-09-01' AND NOT s.cancelled_flg GROUP BY e.emp_nm;

-- Q72 chimney | sweeps | On which visits was there no carbon monoxide alarm in the room?
SELECT sweep_no, prop_no, sweep_dt, advisory_txt FROM chimney.sweeps WHERE NOT co_alarm_present_flg;

-- Q73 chimney | flues, properties | Which fireplaces have we condemned as unsafe to use?
SELECT p.addr_txt, p.village_nm, f.room_txt, f.appliance_cd FROM chimney.flues f JOIN chimney.properties p ON p.prop_id = f.prop_ref WHERE f.condition_cd = 'U';

-- Q74 chimney | properties | Which of the houses we look after are listed buildings?
SELECT addr_txt, village_nm, prop_age_cd FROM chimney.properties WHERE listed_bldg_flg;

-- Q75 chimney | properties, sweeps | When are the thatched cottages next due a sweep?
SELECT p.addr_txt, p.village_nm, max(s.next_due_dt) AS next_due FROM chimney.properties p JOIN chimney.sweeps s ON s.prop_no = p.prop_id WHERE p.thatched_flg GROUP BY p.addr_txt, p.village_nm;

-- Q76 chimney | employees | Which of our people can sign off their own stove installations?
SELECT emp_nm, role_cd, hetas_reg_no FROM chimney.employees WHERE hetas_reg_no IS NOT NULL AND active_flg;

-- Q77 chimney | installs, stove_models, properties | Which stoves have we put in this year, and where?
SELECT p.addr_txt, p.village_nm, m.maker_nm, m.model_nm, i.fitted_dt FROM chimney.installs i JOIN chimney.stove_models m ON m.model_cd = i.model_ref JOIN chimney.properties p ON p.prop_id = i.prop_ref WHERE i.fitted_dt >= DATE '2026-01-01';

-- Q78 chimney | installs | Which fitted stoves haven't been reported to building control?
SELECT install_id, prop_ref, fitted_dt, hetas_cert_no FROM chimney.installs WHERE fitted_dt IS NOT NULL AND bco_notified_dt IS NULL;

-- Q79 chimney | installs, employees | Who is leading each stove job that is booked but not yet fitted?
SELECT i.install_id, i.prop_ref, i.quote_amt, e.emp_nm AS lead_fitter FROM chimney.installs i JOIN chimney.employees e ON e.emp_id = i.lead_fitter WHERE i.status_cd = 'BOOKED';

-- Q80 chimney | stove_models | Which stoves could we sell to someone in a smoke control zone who wants to burn logs?
SELECT maker_nm, model_nm, output_kw, rrp_amt FROM chimney.stove_models WHERE defra_exempt_flg;

-- Q81 chimney | bookings, employees | What's in each sweep's diary for the week of 9 March?
SELECT e.emp_nm, b.slot_dt, b.slot_cd, b.job_type_cd, b.prop_ref FROM chimney.bookings b JOIN chimney.employees e ON e.emp_id = b.assigned_emp WHERE b.slot_dt BETWEEN DATE '2026-03-09' AND DATE '2026-03-15' AND b.status_cd = 'BKD' ORDER BY e.emp_nm, b.slot_dt;

-- Q82 chimney | bookings, customers | Where did we turn up and couldn't get in?
SELECT c.cust_nm, c.phone_txt, b.slot_dt, b.job_type_cd FROM chimney.bookings b JOIN chimney.customers c ON c.cust_no = b.cust_ref WHERE b.status_cd = 'NA';

-- Q83 chimney | reminders, customers | Which customers never answered their sweep reminder?
SELECT c.cust_nm, c.phone_txt, r.due_dt, r.channel_cd FROM chimney.reminders r JOIN chimney.customers c ON c.cust_no = r.cust_ref WHERE r.response_cd = 'NORESP' AND NOT c.do_not_contact_flg;

-- Q84 chimney | sweep_parts, parts, sweeps, properties | What spare parts did we fit on sweep visits, and at which addresses?
SELECT p.addr_txt, s.sweep_dt, pt.part_desc, sp.qty, sp.px_amt FROM chimney.sweep_parts sp JOIN chimney.parts pt ON pt.part_cd = sp.part_no JOIN chimney.sweeps s ON s.sweep_no = sp.sweep_ref JOIN chimney.properties p ON p.prop_id = s.prop_no;

-- Q85 tyrefit | job_cards | Which vehicles came in on tyres below the legal limit?
SELECT job_no, branch_cd, vehicle_ref, tread_fl_mm, tread_fr_mm, tread_rl_mm, tread_rr_mm FROM tyrefit.job_cards WHERE least(tread_fl_mm, tread_fr_mm, tread_rl_mm, tread_rr_mm) < 1.6;

-- Q86 tyrefit | job_cards, staff | Which tyre jobs went out without anyone double-checking the wheel nuts, and who did the fitting?
SELECT j.job_no, j.branch_cd, j.finished_ts, s.staff_nm AS fitter FROM tyrefit.job_cards j JOIN tyrefit.staff s ON s.staff_id = j.fitter_ref WHERE j.job_type_cd = 'TYRE' AND j.checked_by IS NULL AND j.status_cd = 'DONE';

-- Q87 tyrefit | job_cards, customers, fleet_accounts | Which account jobs did we do without the purchase order the fleet insists on?
SELECT j.job_no, f.fleet_nm, j.total_amt FROM tyrefit.job_cards j JOIN tyrefit.customers c ON c.cust_id = j.cust_no JOIN tyrefit.fleet_accounts f ON f.fleet_cd = c.fleet_ref WHERE f.po_required_flg AND j.fleet_po_no IS NULL AND j.pay_method_cd = 'ACC';

-- Q88 tyrefit | job_cards | What's stuck waiting for tyres to come in?
SELECT job_no, branch_cd, created_ts, notes_txt FROM tyrefit.job_cards WHERE status_cd = 'WAIT';

-- Q89 tyrefit | job_cards, branches | How much did each branch take in the first week of March?
SELECT b.branch_nm, sum(j.total_amt) AS takings FROM tyrefit.job_cards j JOIN tyrefit.branches b ON b.branch_cd = j.branch_cd WHERE j.status_cd = 'DONE' AND j.finished_ts >= DATE '2026-03-02' AND j.finished_ts < DATE '2026-03-09' GROUP BY b.branch_nm;

-- Q90 tyrefit | job_cards, vehicles | Which cars came back with a problem after we'd worked on them?
SELECT v.vrm, v.make_nm, v.model_nm, j.job_no, j.notes_txt FROM tyrefit.job_cards j JOIN tyrefit.vehicles v ON v.veh_id = j.vehicle_ref WHERE j.comeback_flg;

-- Q91 tyrefit | job_lines, tyres | How many premium, mid-range and budget tyres have we sold?
SELECT t.tier_cd, sum(l.qty) AS tyres_sold FROM tyrefit.job_lines l JOIN tyrefit.tyres t ON t.sku = l.sku_code GROUP BY t.tier_cd;

-- Q92 tyrefit | tyres | Which tyres do we carry that are made for electric cars?
SELECT sku, brand_nm, pattern_nm, size_txt, retail_amt FROM tyrefit.tyres WHERE ev_flg;

-- Q93 tyrefit | tyres | Which of our tyres stop best in the wet?
SELECT sku, brand_nm, pattern_nm, size_txt FROM tyrefit.tyres WHERE wet_grip_cd = 'A';

-- Q94 tyrefit | stock_levels, tyres, branches | Which branches are running low on which tyres?
SELECT b.branch_nm, t.brand_nm, t.pattern_nm, t.size_txt, s.on_hand_qty, s.min_qty FROM tyrefit.stock_levels s JOIN tyrefit.tyres t ON t.sku = s.tyre_sku JOIN tyrefit.branches b ON b.branch_cd = s.branch_ref WHERE s.on_hand_qty < s.min_qty;

-- Q95 tyrefit | branches, staff | Who runs each branch?
SELECT b.branch_nm, s.staff_nm FROM tyrefit.branches b JOIN tyrefit.staff s ON s.staff_id = b.mgr_emp;

-- Q96 tyrefit | staff | Which of our fitters haven't got their fitting accreditation yet?
SELECT staff_nm, branch_ref, role_cd, start_dt FROM tyrefit.staff WHERE role_cd IN ('FIT', 'SFIT', 'MTECH') AND ntta_lvl IS NULL AND active_flg;

-- Q97 tyrefit | tyre_hotel, customers, vehicles | Whose spare sets of wheels are we storing at the moment, and for which car?
SELECT c.cust_nm, v.vrm, h.branch_cd, h.set_desc, h.rack_loc FROM tyrefit.tyre_hotel h JOIN tyrefit.customers c ON c.cust_id = h.cust_ref JOIN tyrefit.vehicles v ON v.veh_id = h.veh_no WHERE h.out_dt IS NULL;

-- Q98 tyrefit | warranty_claims, tyres | Which warranty claims did the manufacturer turn down, and on which tyres?
SELECT w.claim_no, w.claim_dt, t.brand_nm, t.pattern_nm, w.defect_cd FROM tyrefit.warranty_claims w JOIN tyrefit.tyres t ON t.sku = w.tyre_ref WHERE w.decision_cd = 'REJ';

-- Q99 tyrefit | waste_collections, branches | Which old-tyre collections are missing their paperwork?
SELECT b.branch_nm, w.coll_dt, w.carrier_nm, w.casings_cnt FROM tyrefit.waste_collections w JOIN tyrefit.branches b ON b.branch_cd = w.branch_ref WHERE w.waste_note_ref IS NULL;

-- Q100 tyrefit | job_lines, job_cards, vehicles, tyres | Which run-flat tyres have we fitted, and on which cars?
SELECT v.vrm, v.make_nm, t.brand_nm, t.pattern_nm, l.position_cd FROM tyrefit.job_lines l JOIN tyrefit.job_cards j ON j.job_no = l.job_ref JOIN tyrefit.vehicles v ON v.veh_id = j.vehicle_ref JOIN tyrefit.tyres t ON t.sku = l.sku_code WHERE t.runflat_flg;
