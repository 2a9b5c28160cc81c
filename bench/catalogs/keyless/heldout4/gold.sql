-- Verification SQL for heldout4/questions.tsv (held-out 4: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the six heldout4 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 schooldist | students | How many kids in the district have an IEP for special education?
SELECT count(*) FROM schooldist.students WHERE iep_flg AND withdraw_dt IS NULL;

-- Q02 schooldist | staff_absences | Which teacher absences are still waiting for a sub?
SELECT absence_id, emp_ref, absence_dt, absence_type, status FROM schooldist.staff_absences WHERE sub_needed_flg AND sub_emp_ref IS NULL;

-- Q03 schooldist | bus_routes | When do the morning runs leaving North Depot start?
SELECT route_no, bus_no, am_start_tm FROM schooldist.bus_routes WHERE depot_nm = 'North Depot' ORDER BY am_start_tm;

-- Q04 schooldist | test_scores | What percent of spring SBAC math scores were proficient?
SELECT round(100.0 * avg(CASE WHEN perf_level IN ('Standard Met', 'Standard Exceeded') THEN 1 ELSE 0 END), 1) AS pct_proficient FROM schooldist.test_scores WHERE test_nm = 'SBAC' AND admin_season = 'spring' AND subject = 'Math' AND NOT invalidated_flg;

-- Q05 schooldist | discipline_incidents | How many days of suspension were given for fighting and vaping?
SELECT offense_cd, sum(suspension_days) AS days FROM schooldist.discipline_incidents WHERE offense_cd IN ('fighting', 'vaping') GROUP BY offense_cd;

-- Q06 schooldist | meal_txns | How many free meals did the cafeterias serve in October 2025, breakfast versus lunch?
SELECT meal_type, count(*) FROM schooldist.meal_txns WHERE reimb_cat = 'free' AND txn_dt BETWEEN '2025-10-01' AND '2025-10-31' GROUP BY meal_type;

-- Q07 schooldist | students, guardians | Which parents want school messages in Spanish, and who are their children?
SELECT g.guardian_nm, g.phone_num, s.first_nm, s.last_nm, s.grade_lvl FROM schooldist.guardians g JOIN schooldist.students s ON s.guardian_ref = g.guardian_id WHERE g.preferred_lang = 'Spanish';

-- Q08 schooldist | schools, staff | Who is the principal at Central High School?
SELECT st.full_nm FROM schooldist.schools sc JOIN schooldist.staff st ON st.emp_no = sc.principal_emp WHERE sc.school_nm = 'Central High School';

-- Q09 schooldist | attendance_daily, students | List the students with unexcused full-day absences and their grade.
SELECT s.first_nm, s.last_nm, s.grade_lvl, count(*) AS unexcused_days FROM schooldist.attendance_daily a JOIN schooldist.students s ON s.stu_id = a.stu_ref WHERE a.att_cd = 'A' AND NOT a.excused_flg GROUP BY s.first_nm, s.last_nm, s.grade_lvl;

-- Q10 schooldist | course_sections, section_rosters | How many students are taking Advanced Placement classes this fall?
SELECT count(DISTINCT r.stu_ref) FROM schooldist.section_rosters r JOIN schooldist.course_sections c ON c.section_id = r.section_ref WHERE c.ap_flg AND c.term_cd = '2025-26 S1' AND r.dropped_dt IS NULL;

-- Q11 schooldist | staff_absences, staff | Which substitutes covered for James Patel, and on what dates?
SELECT sub.full_nm AS substitute, a.absence_dt, a.absence_type FROM schooldist.staff_absences a JOIN schooldist.staff t ON t.emp_no = a.emp_ref JOIN schooldist.staff sub ON sub.emp_no = a.sub_emp_ref WHERE t.full_nm = 'James Patel';

-- Q12 schooldist | bus_routes, students | How many kids ride each bus, with the bus number and depot?
SELECT b.route_no, b.bus_no, b.depot_nm, count(s.stu_id) AS riders FROM schooldist.bus_routes b LEFT JOIN schooldist.students s ON s.bus_route_no = b.route_no AND s.withdraw_dt IS NULL GROUP BY b.route_no, b.bus_no, b.depot_nm;

-- Q13 schooldist | discipline_incidents, students, schools | By school name, how many behavior incidents involved special ed students?
SELECT sc.school_nm, count(*) FROM schooldist.discipline_incidents d JOIN schooldist.students s ON s.stu_id = d.stu_ref JOIN schooldist.schools sc ON sc.school_cd = d.school_cd WHERE s.iep_flg GROUP BY sc.school_nm;

-- Q14 schooldist | section_rosters, course_sections, staff | Which teachers gave Ds and Fs on report cards, and how many?
SELECT st.full_nm, count(*) AS d_or_f FROM schooldist.section_rosters r JOIN schooldist.course_sections c ON c.section_id = r.section_ref JOIN schooldist.staff st ON st.emp_no = c.teacher_emp WHERE r.final_mark IN ('D', 'F') GROUP BY st.full_nm;

-- Q15 schooldist | test_scores, students, schools | What is the average growth percentile of English learners on state tests at each school?
SELECT sc.school_nm, avg(t.growth_pct) FROM schooldist.test_scores t JOIN schooldist.students s ON s.stu_id = t.stu_ref JOIN schooldist.schools sc ON sc.school_cd = t.school_cd WHERE s.ell_flg GROUP BY sc.school_nm;

-- Q16 schooldist | meal_txns, students | How much has each student spent in the lunch line, by name?
SELECT s.first_nm, s.last_nm, sum(m.price_amt) AS spent FROM schooldist.meal_txns m JOIN schooldist.students s ON s.stu_id = m.stu_ref GROUP BY s.first_nm, s.last_nm;

-- Q17 schooldist | schools | Which Title I schools are in Springfield?
SELECT school_nm, grade_span FROM schooldist.schools WHERE title1_flg AND campus_city = 'Springfield';

-- Q18 filmprod | projects | Which shows and films has HBO bought, and where are they in production?
SELECT working_title, format_cd, prod_status FROM filmprod.projects WHERE buyer_nm = 'HBO';

-- Q19 filmprod | deliverables | Which delivery items failed QC and have to be redelivered?
SELECT proj_cd, ep_ref, item_type, recipient_nm, vendor_nm FROM filmprod.deliverables WHERE qc_status = 'failed';

-- Q20 filmprod | purchase_orders | What is the total of open and approved POs by department?
SELECT dept_cd, sum(po_amt) FROM filmprod.purchase_orders WHERE po_status IN ('open', 'approved') GROUP BY dept_cd;

-- Q21 filmprod | cost_report | Which budget accounts are trending over budget, and by how much?
SELECT proj_cd, acct_cd, acct_desc, variance_amt FROM filmprod.cost_report WHERE variance_amt < 0 ORDER BY variance_amt;

-- Q22 filmprod | shoot_days | How many shooting days were cancelled?
SELECT count(*) FROM filmprod.shoot_days WHERE day_status = 'cancelled';

-- Q23 filmprod | talent | Which CAA-represented actors are in SAG, and what are their quotes?
SELECT stage_nm, quote_amt FROM filmprod.talent WHERE agency_nm = 'CAA' AND sag_flg;

-- Q24 filmprod | castings, talent | Who plays Det. Sarah Hawk, and which agency represents them?
SELECT t.stage_nm, t.agency_nm FROM filmprod.castings c JOIN filmprod.talent t ON t.talent_id = c.talent_ref WHERE c.character_nm = 'Det. Sarah Hawk';

-- Q25 filmprod | timecards, crew | How many meal penalties did each department rack up?
SELECT cr.dept_cd, sum(t.meal_penalty_cnt) FROM filmprod.timecards t JOIN filmprod.crew cr ON cr.crew_id = t.crew_ref GROUP BY cr.dept_cd;

-- Q26 filmprod | shoot_days, locations | How many days did we film in Savannah, and how many pages got shot there?
SELECT count(*) AS days, sum(d.pages_shot) AS pages FROM filmprod.shoot_days d JOIN filmprod.locations l ON l.loc_id = d.loc_ref WHERE l.city = 'Savannah' AND d.day_status = 'shot';

-- Q27 filmprod | episodes, crew | Who is directing each episode of season 2?
SELECT e.ep_no, e.ep_title, c.crew_nm FROM filmprod.episodes e JOIN filmprod.crew c ON c.crew_id = e.director_crew WHERE e.season_no = 2;

-- Q28 filmprod | cost_report, projects | What's the estimated final cost of visual effects on The Lantern Keeper?
SELECT cr.period_end_dt, cr.budget_amt, cr.efc_amt FROM filmprod.cost_report cr JOIN filmprod.projects p ON p.proj_cd = cr.proj_cd WHERE p.release_title = 'The Lantern Keeper' AND cr.acct_desc = 'Visual effects';

-- Q29 filmprod | purchase_orders, crew | Who signed off on each purchase order?
SELECT po.po_no, po.vendor_nm, po.po_amt, c.crew_nm AS approver FROM filmprod.purchase_orders po JOIN filmprod.crew c ON c.crew_id = po.approved_by;

-- Q30 filmprod | deliverables, episodes | Which episode deliveries arrived after their due date?
SELECT e.season_no, e.ep_no, e.ep_title, d.item_type, d.due_dt, d.delivered_dt FROM filmprod.deliverables d JOIN filmprod.episodes e ON e.ep_id = d.ep_ref WHERE d.delivered_dt > d.due_dt;

-- Q31 filmprod | castings, talent, projects | List the cast of the A24 thriller with their agents and fees.
SELECT t.stage_nm, t.agency_nm, c.character_nm, c.fee_amt FROM filmprod.castings c JOIN filmprod.talent t ON t.talent_id = c.talent_ref JOIN filmprod.projects p ON p.proj_cd = c.proj_cd WHERE p.buyer_nm = 'A24';

-- Q32 filmprod | timecards, shoot_days, crew | Which crew members logged overtime on days when the shoot ran over?
SELECT DISTINCT cr.crew_nm, d.shoot_dt, t.ot_hours FROM filmprod.timecards t JOIN filmprod.shoot_days d ON d.shoot_day_id = t.shoot_day_ref JOIN filmprod.crew cr ON cr.crew_id = t.crew_ref WHERE d.went_over_flg AND t.ot_hours > 0;

-- Q33 filmprod | episodes, shoot_days, locations | For each episode, which locations was it filmed at?
SELECT e.ep_title, string_agg(DISTINCT l.loc_nm, ', ') FROM filmprod.episodes e JOIN filmprod.shoot_days d ON d.ep_ref = e.ep_id JOIN filmprod.locations l ON l.loc_id = d.loc_ref GROUP BY e.ep_title;

-- Q34 filmprod | timecards, shoot_days, projects, crew | How much kit rental have we paid on Hawk Season, by department?
SELECT cr.dept_cd, sum(t.kit_rental_amt) FROM filmprod.timecards t JOIN filmprod.shoot_days d ON d.shoot_day_id = t.shoot_day_ref JOIN filmprod.projects p ON p.proj_cd = d.proj_cd JOIN filmprod.crew cr ON cr.crew_id = t.crew_ref WHERE p.working_title = 'Hawk Season' GROUP BY cr.dept_cd;

-- Q35 skiresort | lifts | Which lifts are closed or on hold right now?
SELECT lift_nm, lift_status FROM skiresort.lifts WHERE lift_status <> 'open';

-- Q36 skiresort | snow_reports | How much new snow did we get overnight on January 18, and what's the base?
SELECT new_snow_24h_in, base_depth_in FROM skiresort.snow_reports WHERE report_dt = '2026-01-18';

-- Q37 skiresort | season_passes | How much did 2025-26 season pass sales bring in for each pass type?
SELECT pass_product, count(*), sum(price_amt) FROM skiresort.season_passes WHERE season_cd = '2025-26' AND pass_status <> 'refunded' GROUP BY pass_product;

-- Q38 skiresort | rental_agreements | Which rentals haven't come back yet, and which shop rented them?
SELECT rental_no, shop_cd, package_cd, due_back_dt, agreement_status FROM skiresort.rental_agreements WHERE agreement_status IN ('out', 'overdue');

-- Q39 skiresort | patrol_incidents | How many injured skiers left by ambulance or helicopter?
SELECT count(*) FROM skiresort.patrol_incidents WHERE transport_cd IN ('ambulance', 'helicopter');

-- Q40 skiresort | lift_tickets | How many day tickets were bought online with a promo code?
SELECT count(*) FROM skiresort.lift_tickets WHERE sales_channel = 'online' AND promo_cd IS NOT NULL;

-- Q41 skiresort | trails, lifts | Which expert runs can you reach from the Summit Gondola?
SELECT t.trail_nm, t.difficulty FROM skiresort.trails t JOIN skiresort.lifts l ON l.lift_cd = t.served_by_lift WHERE l.lift_nm = 'Summit Gondola' AND t.difficulty IN ('black diamond', 'double black diamond');

-- Q42 skiresort | grooming_log, trails | Which runs got groomed the night of January 17, and how many passes each?
SELECT t.trail_nm, g.passes_cnt, g.surface_after FROM skiresort.grooming_log g JOIN skiresort.trails t ON t.trail_id = g.trail_ref WHERE g.groom_dt = '2026-01-17';

-- Q43 skiresort | ski_lessons, employees | How many lessons has each instructor taught, and what certification do they hold?
SELECT e.emp_nm, e.cert_lvl, count(*) FROM skiresort.ski_lessons s JOIN skiresort.employees e ON e.emp_id = s.instructor_emp WHERE s.lesson_status = 'completed' GROUP BY e.emp_nm, e.cert_lvl;

-- Q44 skiresort | gate_scans, lifts | How many rides were scanned on each lift on January 18?
SELECT l.lift_nm, count(*) FROM skiresort.gate_scans g JOIN skiresort.lifts l ON l.lift_cd = g.lift_cd WHERE g.scan_ts::date = '2026-01-18' AND g.scan_result = 'accepted' GROUP BY l.lift_nm;

-- Q45 skiresort | season_passes, guests | Which passholders have a suspended pass, and what are their emails?
SELECT g.first_nm, g.last_nm, g.email, p.pass_no FROM skiresort.season_passes p JOIN skiresort.guests g ON g.guest_no = p.guest_ref WHERE p.pass_status = 'suspended';

-- Q46 skiresort | patrol_incidents, trails | On which runs did the accidents happen, and how hard are those runs?
SELECT t.trail_nm, t.difficulty, count(*) FROM skiresort.patrol_incidents i JOIN skiresort.trails t ON t.trail_id = i.trail_ref GROUP BY t.trail_nm, t.difficulty;

-- Q47 skiresort | lift_status_log, lifts | How many wind holds did each lift have on January 18?
SELECT l.lift_nm, count(*) FROM skiresort.lift_status_log s JOIN skiresort.lifts l ON l.lift_cd = s.lift_ref WHERE s.reason_cd = 'wind hold' AND s.status_ts::date = '2026-01-18' GROUP BY l.lift_nm;

-- Q48 skiresort | rental_agreements, guests, employees | Whose bindings did Nick Alvarez set, and at what DIN?
SELECT g.first_nm, g.last_nm, r.din_setting FROM skiresort.rental_agreements r JOIN skiresort.guests g ON g.guest_no = r.guest_ref JOIN skiresort.employees e ON e.emp_id = r.tech_emp WHERE e.emp_nm = 'Nick Alvarez' AND r.din_setting IS NOT NULL;

-- Q49 skiresort | gate_scans, season_passes, guests | Which season pass holders skied on January 18, and what loyalty tier are they?
SELECT DISTINCT g.first_nm, g.last_nm, g.loyalty_tier FROM skiresort.gate_scans s JOIN skiresort.season_passes p ON p.pass_no = s.media_no JOIN skiresort.guests g ON g.guest_no = p.guest_ref WHERE s.scan_ts::date = '2026-01-18' AND s.scan_result = 'accepted';

-- Q50 skiresort | ski_lessons, guests, employees | Which guests from Texas took lessons with Anika Shaw?
SELECT g.first_nm, g.last_nm, s.lesson_type, s.lesson_dt FROM skiresort.ski_lessons s JOIN skiresort.guests g ON g.guest_no = s.guest_ref JOIN skiresort.employees e ON e.emp_id = s.instructor_emp WHERE g.home_state = 'TX' AND e.emp_nm = 'Anika Shaw';

-- Q51 skiresort | patrol_incidents, guests, employees | Which guests did patroller Tess Larsen treat, and were they wearing helmets?
SELECT g.first_nm, g.last_nm, i.injury_type, i.helmet_worn_flg FROM skiresort.patrol_incidents i JOIN skiresort.guests g ON g.guest_no = i.guest_ref JOIN skiresort.employees e ON e.emp_id = i.patroller_emp WHERE e.emp_nm = 'Tess Larsen';

-- Q52 brewery | beers | What's the ABV and bitterness of our stout?
SELECT beer_nm, abv_pct, ibu FROM brewery.beers WHERE style_nm = 'Stout';

-- Q53 brewery | tanks | Which tanks are dirty and need a CIP?
SELECT tank_cd, tank_type, cellar_area, last_cip_dt FROM brewery.tanks WHERE tank_status = 'dirty';

-- Q54 brewery | brew_batches | Which batches got dumped, and why?
SELECT batch_no, beer_ref, brew_dt, dump_reason FROM brewery.brew_batches WHERE dumped_flg;

-- Q55 brewery | ingredients | Which hops are running below their reorder point?
SELECT ingr_nm, on_hand_qty, reorder_pt_qty, supplier_nm FROM brewery.ingredients WHERE ingr_type = 'hops' AND on_hand_qty < reorder_pt_qty;

-- Q56 brewery | taproom_sales | How much did the taproom take in for each pour size?
SELECT pour_size, sum(qty) AS pours, sum(price_amt) AS revenue FROM brewery.taproom_sales GROUP BY pour_size;

-- Q57 brewery | distributors | Which wholesalers have exclusive territories, and what margin do they take?
SELECT dist_nm, territory_state, margin_pct FROM brewery.distributors WHERE exclusive_flg;

-- Q58 brewery | brew_batches, beers | How many barrels of each beer did we package from January brews?
SELECT b.beer_nm, sum(x.packaged_bbl) FROM brewery.brew_batches x JOIN brewery.beers b ON b.beer_cd = x.beer_ref WHERE x.brew_dt BETWEEN '2026-01-01' AND '2026-01-31' GROUP BY b.beer_nm;

-- Q59 brewery | accounts, distributors | How many bars and restaurants does each distributor deliver to?
SELECT d.dist_nm, count(*) FROM brewery.accounts a JOIN brewery.distributors d ON d.dist_id = a.served_by_dist WHERE a.on_premise_flg AND a.acct_status = 'active' GROUP BY d.dist_nm;

-- Q60 brewery | recipe_ingredients, ingredients | How many pounds of Citra does each recipe call for?
SELECT ri.recipe_ref, ri.qty, ri.addition_stage FROM brewery.recipe_ingredients ri JOIN brewery.ingredients i ON i.ingr_cd = ri.ingr_cd WHERE i.ingr_nm = 'Citra';

-- Q61 brewery | shipments, distributors | How much did we invoice each distributor in January 2026?
SELECT d.dist_nm, sum(s.invoice_amt) FROM brewery.shipments s JOIN brewery.distributors d ON d.dist_id = s.dist_ref WHERE s.ship_dt BETWEEN '2026-01-01' AND '2026-01-31' AND s.ship_status <> 'returned' GROUP BY d.dist_nm;

-- Q62 brewery | taproom_sales, staff | What were the taproom sales per bartender?
SELECT st.staff_nm, sum(t.price_amt) FROM brewery.taproom_sales t JOIN brewery.staff st ON st.staff_no = t.bartender_emp GROUP BY st.staff_nm;

-- Q63 brewery | packaging_runs, brew_batches | Which packaging runs are on hold, and which fermenter did that beer come out of?
SELECT p.run_id, p.pkg_format, p.batch_ref, b.fermenter_cd FROM brewery.packaging_runs p JOIN brewery.brew_batches b ON b.batch_no = p.batch_ref WHERE p.run_status = 'on hold';

-- Q64 brewery | brew_batches, staff | How many batches has each brewer brewed, and what is their average yield?
SELECT st.staff_nm, count(*), avg(b.yield_pct) FROM brewery.brew_batches b JOIN brewery.staff st ON st.staff_no = b.brewer_emp GROUP BY st.staff_nm;

-- Q65 brewery | qc_tests, brew_batches, beers | Which beers failed a lab test, and on which test?
SELECT DISTINCT be.beer_nm, q.test_nm, q.result_val FROM brewery.qc_tests q JOIN brewery.brew_batches b ON b.batch_no = q.batch_ref JOIN brewery.beers be ON be.beer_cd = b.beer_ref WHERE NOT q.pass_flg;

-- Q66 brewery | beers, recipe_ingredients, ingredients | What hops go into Fog Lifter?
SELECT i.ingr_nm, ri.qty, ri.addition_stage FROM brewery.beers b JOIN brewery.recipe_ingredients ri ON ri.recipe_ref = b.current_recipe JOIN brewery.ingredients i ON i.ingr_cd = ri.ingr_cd WHERE b.beer_nm = 'Fog Lifter' AND i.ingr_type = 'hops';

-- Q67 brewery | shipments, distributors, beers | How many cases and kegs of each beer went to Washington?
SELECT b.beer_nm, sum(s.cases_qty), sum(s.kegs_qty) FROM brewery.shipments s JOIN brewery.distributors d ON d.dist_id = s.dist_ref JOIN brewery.beers b ON b.beer_cd = s.beer_ref WHERE d.territory_state = 'WA' GROUP BY b.beer_nm;

-- Q68 brewery | packaging_runs, brew_batches, beers | How many 4-packs of Fog Lifter did we can, and what are the best-by dates?
SELECT p.run_dt, p.units_qty, p.best_by_dt FROM brewery.packaging_runs p JOIN brewery.brew_batches b ON b.batch_no = p.batch_ref JOIN brewery.beers be ON be.beer_cd = b.beer_ref WHERE be.beer_nm = 'Fog Lifter' AND p.pkg_format = '16oz can 4-pack' AND p.run_status = 'completed';

-- Q69 dispatch | calls | How many 911 callers hung up before anyone answered?
SELECT count(*) FROM dispatch.calls WHERE abandoned_flg;

-- Q70 dispatch | events | What is the average call processing time for priority 1 incidents?
SELECT avg(call_to_dispatch_sec) FROM dispatch.events WHERE priority_cd = 1;

-- Q71 dispatch | premise_hazards | Which addresses carry an officer safety warning?
SELECT address_txt, city_nm, hazard_desc FROM dispatch.premise_hazards WHERE hazard_type = 'officer safety';

-- Q72 dispatch | units | Which ambulances have a paramedic on board?
SELECT unit_id, unit_type, home_station FROM dispatch.units WHERE unit_type IN ('medic', 'BLS ambulance') AND als_flg;

-- Q73 dispatch | shift_logs | How many hours of mandatory overtime were worked in February?
SELECT sum(overtime_hrs) FROM dispatch.shift_logs WHERE mandatory_ot_flg AND shift_dt >= '2026-02-01' AND shift_dt < '2026-03-01';

-- Q74 dispatch | telecommunicators | Which dispatchers are certified in emergency medical dispatch?
SELECT emp_nm, shift_team FROM dispatch.telecommunicators WHERE cert_lvl LIKE '%EMD%' AND active_flg;

-- Q75 dispatch | events, nature_codes | How many incidents of each type did we handle?
SELECT n.nature_desc, count(*) FROM dispatch.events e JOIN dispatch.nature_codes n ON n.nature_cd = e.nature_cd GROUP BY n.nature_desc;

-- Q76 dispatch | unit_responses, units | Which hospitals did our medic units transport patients to?
SELECT r.unit_ref, r.hospital_dest, count(*) FROM dispatch.unit_responses r JOIN dispatch.units u ON u.unit_id = r.unit_ref WHERE u.unit_type = 'medic' AND r.transporting_ts IS NOT NULL GROUP BY r.unit_ref, r.hospital_dest;

-- Q77 dispatch | calls, telecommunicators | How many calls did each call taker answer?
SELECT t.emp_nm, count(*) FROM dispatch.calls c JOIN dispatch.telecommunicators t ON t.emp_id = c.call_taker_emp GROUP BY t.emp_nm;

-- Q78 dispatch | units, stations | Which apparatus are housed at Station 1 Downtown?
SELECT u.unit_id, u.unit_type FROM dispatch.units u JOIN dispatch.stations s ON s.station_no = u.home_station WHERE s.station_nm = 'Station 1 Downtown';

-- Q79 dispatch | events, premise_hazards | Which incidents happened at addresses with a known hazard on file?
SELECT e.event_no, e.nature_cd, e.address_txt, h.hazard_type FROM dispatch.events e JOIN dispatch.premise_hazards h ON h.address_txt = e.address_txt AND h.city_nm = e.city_nm;

-- Q80 dispatch | events, beats | What is the average travel time to the first arriving unit in each precinct?
SELECT b.precinct, avg(e.dispatch_to_arrive_sec) FROM dispatch.events e JOIN dispatch.beats b ON b.beat_cd = e.beat_cd GROUP BY b.precinct;

-- Q81 dispatch | unit_status_log, units | Which units were put out of service, and which agency are they with?
SELECT DISTINCT u.unit_id, u.unit_type, u.agency_cd, s.status_ts FROM dispatch.unit_status_log s JOIN dispatch.units u ON u.unit_id = s.unit_ref WHERE s.status_cd = 'out of service';

-- Q82 dispatch | unit_responses, units, stations | How many responses did units from the Riverside firehouse make?
SELECT count(*) FROM dispatch.unit_responses r JOIN dispatch.units u ON u.unit_id = r.unit_ref JOIN dispatch.stations s ON s.station_no = u.home_station WHERE s.station_nm = 'Station 4 Riverside';

-- Q83 dispatch | events, agencies, nature_codes | What kinds of incidents led to arrests by Millbrook Police?
SELECT n.nature_desc, count(*) FROM dispatch.events e JOIN dispatch.agencies a ON a.agency_cd = e.agency_cd JOIN dispatch.nature_codes n ON n.nature_cd = e.nature_cd WHERE a.agency_nm = 'Millbrook Police Department' AND e.disposition_cd = 'ARR' GROUP BY n.nature_desc;

-- Q84 dispatch | calls, events, nature_codes | For calls where we used an interpreter, what kind of emergency was it?
SELECT c.call_id, c.received_ts, n.nature_desc FROM dispatch.calls c JOIN dispatch.events e ON e.event_no = c.event_ref JOIN dispatch.nature_codes n ON n.nature_cd = e.nature_cd WHERE c.language_line_flg;

-- Q85 solar | leads | How many leads came from door knocking versus referrals?
SELECT lead_source, count(*) FROM solar.leads WHERE lead_source IN ('door knock', 'referral') GROUP BY lead_source;

-- Q86 solar | permits | Which permits came back with corrections from the building department?
SELECT project_ref, ahj_nm, permit_kind, revision_cnt FROM solar.permits WHERE permit_status = 'corrections requested';

-- Q87 solar | projects | How many systems got permission to operate in December 2025?
SELECT count(*) FROM solar.projects WHERE pto_dt BETWEEN '2025-12-01' AND '2025-12-31';

-- Q88 solar | equipment | What is the storage capacity and cost of the Tesla Powerwall 3?
SELECT capacity_kwh, unit_cost_amt, warranty_yrs FROM solar.equipment WHERE model_nm = 'Powerwall 3';

-- Q89 solar | loan_apps | What share of loan applications did each lender decline?
SELECT lender_nm, round(100.0 * avg(CASE WHEN decision = 'declined' THEN 1 ELSE 0 END), 1) FROM solar.loan_apps GROUP BY lender_nm;

-- Q90 solar | material_orders | Which equipment orders are backordered?
SELECT order_no, project_ref, sku, qty, supplier_nm FROM solar.material_orders WHERE order_status = 'backordered';

-- Q91 solar | projects, crews | Which crews installed jobs that needed a main panel upgrade, and do they have an electrician?
SELECT p.project_no, c.crew_cd, c.crew_lead_nm, c.electrician_flg FROM solar.projects p JOIN solar.crews c ON c.crew_cd = p.crew_cd WHERE p.main_panel_upgrade_flg;

-- Q92 solar | commissions, sales_reps | How much commission is still owed to each rep?
SELECT r.rep_nm, sum(c.comm_amt) FROM solar.commissions c JOIN solar.sales_reps r ON r.rep_id = c.rep_ref WHERE c.paid_dt IS NULL AND NOT c.clawback_flg GROUP BY r.rep_nm;

-- Q93 solar | production_daily, projects | Which installed systems produced less than half of the expected energy on some day, and in which utility territory?
SELECT DISTINCT p.project_no, p.utility_nm, d.reading_dt, d.kwh_produced, d.kwh_expected FROM solar.production_daily d JOIN solar.projects p ON p.project_no = d.project_ref WHERE d.kwh_produced < 0.5 * d.kwh_expected;

-- Q94 solar | inspections, projects | Which jobs failed an inspection, and which crew installed them?
SELECT i.project_ref, i.insp_type, i.fail_reason, p.crew_cd FROM solar.inspections i JOIN solar.projects p ON p.project_no = i.project_ref WHERE i.result = 'fail';

-- Q95 solar | proposals, equipment | What is the average quoted price per watt by panel brand?
SELECT e.manufacturer, avg(p.price_per_watt) FROM solar.proposals p JOIN solar.equipment e ON e.sku = p.panel_sku WHERE p.price_per_watt IS NOT NULL GROUP BY e.manufacturer;

-- Q96 solar | leads, sales_reps | How many leads does each rep in the San Diego region have?
SELECT r.rep_nm, count(l.lead_id) FROM solar.sales_reps r JOIN solar.leads l ON l.rep_ref = r.rep_id WHERE r.region_nm = 'San Diego' GROUP BY r.rep_nm;

-- Q97 solar | service_tickets, projects, leads | Which homeowners have reported roof leaks, and where do they live?
SELECT l.first_nm, l.last_nm, l.street_addr, l.city, t.opened_dt, t.ticket_status FROM solar.service_tickets t JOIN solar.projects p ON p.project_no = t.project_ref JOIN solar.leads l ON l.lead_id = p.cust_lead WHERE t.issue_type = 'roof leak';

-- Q98 solar | projects, leads, sales_reps | Who are our signed customers in Riverside, and which rep sold each one?
SELECT l.first_nm, l.last_nm, p.project_no, r.rep_nm FROM solar.projects p JOIN solar.leads l ON l.lead_id = p.cust_lead JOIN solar.sales_reps r ON r.rep_id = l.rep_ref WHERE l.city = 'Riverside' AND p.project_stage <> 'cancelled';

-- Q99 solar | material_orders, equipment, projects | How many panels of each manufacturer were delivered to each crew's jobs?
SELECT p.crew_cd, e.manufacturer, sum(m.qty) FROM solar.material_orders m JOIN solar.equipment e ON e.sku = m.sku JOIN solar.projects p ON p.project_no = m.project_ref WHERE e.equip_type = 'module' AND m.order_status = 'delivered' GROUP BY p.crew_cd, e.manufacturer;

-- Q100 solar | commissions, projects, sales_reps | Which commissions were clawed back after cancellations, with the rep and the reason the customer cancelled?
SELECT r.rep_nm, c.milestone, c.comm_amt, p.cancel_reason FROM solar.commissions c JOIN solar.projects p ON p.project_no = c.project_ref JOIN solar.sales_reps r ON r.rep_id = c.rep_ref WHERE c.clawback_flg;
