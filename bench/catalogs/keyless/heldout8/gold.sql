-- Verification SQL for heldout8/questions.tsv (held-out 8: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the six heldout8 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 orchard | pack_runs | Which pack-outs came in under 70 percent?
SELECT run_id, run_dt, lot_no, var_cd, packout_pct, cull_pct FROM orchard.pack_runs WHERE packout_pct < 70;

-- Q02 orchard | pack_runs | Which runs has QC got on hold at the moment?
SELECT run_id, run_dt, lot_no, line_cd, qc_notes_txt FROM orchard.pack_runs WHERE qc_hold_flg;

-- Q03 orchard | spray_records | What have we been spraying for codling moth, and where?
SELECT appl_dt, blk_ref, product_nm, active_ingr, rate_per_acre, rate_uom FROM orchard.spray_records WHERE target_pest = 'codling moth' ORDER BY appl_dt;

-- Q04 orchard | spray_records, blocks | List every application made on the certified organic blocks.
SELECT s.appl_dt, s.blk_ref, s.product_nm, s.target_pest FROM orchard.spray_records s JOIN orchard.blocks b ON b.blk_cd = s.blk_ref WHERE b.organic_flg;

-- Q05 orchard | harvest_tickets, employees | How many bins did each of the guest-worker pickers fill this harvest?
SELECT e.first_nm, e.last_nm, sum(t.bins_qty) AS bins FROM orchard.harvest_tickets t JOIN orchard.employees e ON e.emp_no = t.picker_emp WHERE e.h2a_flg GROUP BY e.first_nm, e.last_nm ORDER BY bins DESC;

-- Q06 orchard | frost_log | Which frost nights got colder than the kill temperature for the buds?
SELECT log_dt, ranch_nm, low_temp_f, crit_temp_f, bud_stage, damage_note FROM orchard.frost_log WHERE low_temp_f < crit_temp_f;

-- Q07 orchard | storage_rooms | Which controlled-atmosphere rooms are still sealed up?
SELECT room_cd, capacity_bins, o2_target_pct, sealed_dt FROM orchard.storage_rooms WHERE room_kind = 'CA' AND room_status = 'sealed';

-- Q08 orchard | receiving_lots, storage_rooms | Which Honeycrisp lots went into rooms that got the 1-MCP treatment?
SELECT l.lot_no, l.blk_cd, l.storage_room, l.lot_status FROM orchard.receiving_lots l JOIN orchard.storage_rooms r ON r.room_cd = l.storage_room WHERE l.var_cd = 'HC' AND r.smartfresh_flg;

-- Q09 orchard | pack_runs, receiving_lots, blocks | Which block and ranch did the run with the worst bitter pit come from?
SELECT p.run_id, p.cull_bitter_pit_pct, b.blk_cd, b.ranch_nm FROM orchard.pack_runs p JOIN orchard.receiving_lots l ON l.lot_no = p.lot_no JOIN orchard.blocks b ON b.blk_cd = l.blk_cd ORDER BY p.cull_bitter_pit_pct DESC LIMIT 1;

-- Q10 orchard | pallets | Which packed pallets are sitting in the cooler with no buyer yet?
SELECT pallet_tag, run_id, grade_cd, size_cd, cartons_cnt, cooler_cd FROM orchard.pallets WHERE so_ref IS NULL;

-- Q11 orchard | sales_orders, customers | What open orders do we have for overseas buyers?
SELECT o.so_no, c.cust_nm, c.country_nm, o.ship_by_dt, o.so_status FROM orchard.sales_orders o JOIN orchard.customers c ON c.cust_no = o.buyer_no WHERE o.so_status = 'open' AND c.country_nm <> 'USA';

-- Q12 orchard | sales_order_lines, varieties | How many boxes of Cosmic Crisp have we sold, and at what average FOB?
SELECT sum(l.cartons_ord) AS cartons, avg(l.fob_px_ctn) AS avg_fob FROM orchard.sales_order_lines l JOIN orchard.varieties v ON v.var_cd = l.var_cd WHERE v.var_nm = 'Cosmic Crisp';

-- Q13 orchard | supply_pos | What have we been paying for tray-pack cartons?
SELECT po_no, vendor_nm, po_dt, qty, unit_cost_amt FROM orchard.supply_pos WHERE item_txt ILIKE '%tray-pack carton%' ORDER BY po_dt;

-- Q14 orchard | blocks, varieties | How many acres of pears are we farming?
SELECT sum(b.acres) AS pear_acres FROM orchard.blocks b JOIN orchard.varieties v ON v.var_cd = b.var_cd WHERE v.fruit_kind = 'pear';

-- Q15 orchard | varieties | Which of our apples are licensed club varieties, and what is the royalty per bin?
SELECT var_nm, strain_txt, royalty_per_bin_amt FROM orchard.varieties WHERE club_flg;

-- Q16 orchard | employees | Who is licensed to run the airblast sprayer for us?
SELECT emp_no, first_nm, last_nm, hire_dt FROM orchard.employees WHERE job_title = 'spray applicator';

-- Q17 orchard | customers | Which accounts pay us by letter of credit?
SELECT cust_no, cust_nm, cust_type, country_nm FROM orchard.customers WHERE pay_terms = 'letter of credit';

-- Q18 ferry | sailings | Which runs did the skipper cancel for weather?
SELECT sailing_no, sail_dt, route_cd, vsl_cd, cxl_rsn_txt, wind_bft FROM ferry.sailings WHERE cxl_flg AND delay_rsn_cd = 'WX';

-- Q19 ferry | sailings | Which sailings went out with the car deck full?
SELECT sailing_no, sail_dt, route_cd, cars_cnt, hgv_cnt, deck_util_pct FROM ferry.sailings WHERE deck_util_pct > 95;

-- Q20 ferry | sailings, vessels | Which departures did a stand-in boat cover, and which boat was it?
SELECT s.sailing_no, s.sail_dt, s.route_cd, v.vsl_nm FROM ferry.sailings s JOIN ferry.vessels v ON v.vsl_cd = s.vsl_cd WHERE s.relief_vsl_flg;

-- Q21 ferry | crew | Whose STCW tickets run out before April?
SELECT crew_nm, rank_cd, stcw_expiry_dt FROM ferry.crew WHERE active_flg AND stcw_expiry_dt < DATE '2026-04-01' ORDER BY stcw_expiry_dt;

-- Q22 ferry | vessels | Which ship is next due on the slip for her bottom survey?
SELECT vsl_nm, drydock_due_dt, vsl_status FROM ferry.vessels ORDER BY drydock_due_dt LIMIT 1;

-- Q23 ferry | terminals | Which piers have no linkspan, so cars can't load near low tide?
SELECT term_cd, term_nm, island_nm FROM ferry.terminals WHERE NOT linkspan_flg;

-- Q24 ferry | bookings, accounts | Show me the bookings made by island residents.
SELECT b.bkg_ref, a.acct_nm, b.sailing_no, b.veh_cat, b.fare_amt, b.bkg_status FROM ferry.bookings b JOIN ferry.accounts a ON a.acct_no = b.acct_ref WHERE a.islander_flg;

-- Q25 ferry | freight_manifest | Which trailers crossed without a driver?
SELECT manifest_no, sailing_no, trailer_no, cargo_txt, gross_kg FROM ferry.freight_manifest WHERE NOT accomp_flg;

-- Q26 ferry | freight_manifest, accounts | How many tonnes of freight has each haulier shipped with us?
SELECT a.acct_nm, sum(f.gross_kg) / 1000 AS tonnes, count(*) AS units FROM ferry.freight_manifest f JOIN ferry.accounts a ON a.acct_no = f.haulier_acct GROUP BY a.acct_nm ORDER BY tonnes DESC;

-- Q27 ferry | tariff | What's the islander fare for a car on OB-CR in the off season?
SELECT single_amt, return_amt, islander_amt FROM ferry.tariff WHERE route_cd = 'OB-CR' AND veh_cat = 'CAR' AND season_cd = 'OFF';

-- Q28 ferry | defects, vessels | Which open faults are under a condition of class, and on which ships?
SELECT d.defect_no, v.vsl_nm, d.system_txt, d.defect_txt, d.raised_dt FROM ferry.defects d JOIN ferry.vessels v ON v.vsl_cd = d.vsl_cd WHERE d.class_cond_flg AND d.closed_dt IS NULL;

-- Q29 ferry | bunkers, terminals | What did we pay per litre for gasoil taken on at Castlebay?
SELECT b.bunker_dt, b.vsl_cd, b.litres_qty, b.px_per_l FROM ferry.bunkers b JOIN ferry.terminals t ON t.term_cd = b.term_cd WHERE t.term_nm = 'Castlebay';

-- Q30 ferry | incidents | Which accidents did we have to report to the marine accident investigators?
SELECT inc_no, inc_dt, sailing_ref, inc_type, inc_desc FROM ferry.incidents WHERE maib_flg;

-- Q31 ferry | sailings, routes, terminals | How late on average were departures on the Barra run?
SELECT avg(s.delay_min) AS avg_delay_min FROM ferry.sailings s JOIN ferry.routes r ON r.route_cd = s.route_cd JOIN ferry.terminals t ON t.term_cd = r.to_term WHERE t.island_nm = 'Barra' AND NOT s.cxl_flg;

-- Q32 ferry | watch_roster, crew | Who was on overtime on 5 February, and on which boat?
SELECT c.crew_nm, c.rank_cd, w.vsl_cd, w.duty_start_tm, w.duty_end_tm FROM ferry.watch_roster w JOIN ferry.crew c ON c.crew_no = w.crew_ref WHERE w.roster_dt = DATE '2026-02-05' AND w.overtime_flg;

-- Q33 ferry | bookings | How many no-shows have we had?
SELECT count(*) AS no_shows FROM ferry.bookings WHERE bkg_status = 'no-show';

-- Q34 ferry | sailings | How many foot passengers and concession travellers have we carried in total?
SELECT sum(foot_pax_cnt) AS foot_passengers, sum(pax_conc_cnt) AS concession_passengers FROM ferry.sailings WHERE NOT cxl_flg;

-- Q35 pestctl | service_visits | Which service reports came back red?
SELECT visit_no, visit_dt, site_ref, pest_cd, activity_lvl, tech_notes FROM pestctl.service_visits WHERE risk_rating = 'red';

-- Q36 pestctl | service_visits | Where have the techs been finding takes on the bait boxes, and how many?
SELECT visit_no, visit_dt, site_ref, stations_chk, stations_taken FROM pestctl.service_visits WHERE stations_taken > 0 ORDER BY stations_taken DESC;

-- Q37 pestctl | service_visits, sites | Which audited sites had moths or beetles in the pheromone monitors?
SELECT s.site_nm, s.audit_std, v.visit_dt, v.spi_cnt FROM pestctl.service_visits v JOIN pestctl.sites s ON s.site_no = v.site_ref WHERE v.spi_cnt > 0 AND s.audit_std IS NOT NULL;

-- Q38 pestctl | technicians | Whose CRRU card has lapsed or lapses before the end of March?
SELECT tech_no, tech_nm, br_cd, cert_expiry_dt FROM pestctl.technicians WHERE active_flg AND cert_expiry_dt < DATE '2026-04-01' ORDER BY cert_expiry_dt;

-- Q39 pestctl | technicians, branches | Who can we send on a fumigation job, and which branch are they out of?
SELECT t.tech_nm, b.br_nm FROM pestctl.technicians t JOIN pestctl.branches b ON b.br_cd = t.br_cd WHERE t.fumigation_flg AND t.active_flg;

-- Q40 pestctl | clients | Which accounts are on stop?
SELECT client_no, client_nm, sector_cd, bill_city FROM pestctl.clients WHERE credit_hold_flg;

-- Q41 pestctl | sites, clients | Which food factories do we look after, and how many bait points does each have?
SELECT c.client_nm, s.site_nm, s.bait_pts_cnt FROM pestctl.sites s JOIN pestctl.clients c ON c.client_no = s.owner_no WHERE c.sector_cd = 'FOOD';

-- Q42 pestctl | contracts | Which contracts end before July and won't roll over on their own?
SELECT contract_no, site_ref, end_dt, annual_fee_amt FROM pestctl.contracts WHERE end_dt < DATE '2026-07-01' AND NOT auto_renew_flg;

-- Q43 pestctl | callouts | Which P1 emergencies are still open?
SELECT callout_no, rcvd_dt, site_ref, pest_cd, assigned_tech FROM pestctl.callouts WHERE urgency_cd = 'P1' AND callout_status = 'open';

-- Q44 pestctl | callouts, pests | How many call-outs have we had for each kind of pest?
SELECT p.pest_nm, count(*) AS callouts FROM pestctl.callouts c JOIN pestctl.pests p ON p.pest_cd = c.pest_cd GROUP BY p.pest_nm ORDER BY callouts DESC;

-- Q45 pestctl | treatments, products | How much rodenticide have we actually laid on jobs, by product?
SELECT p.prod_nm, sum(t.qty_used) AS qty, t.qty_uom FROM pestctl.treatments t JOIN pestctl.products p ON p.prod_cd = t.prod_cd WHERE p.prod_type = 'rodenticide' GROUP BY p.prod_nm, t.qty_uom;

-- Q46 pestctl | van_stock_issues, technicians, products | How much rat and mouse bait has each tech booked out of the stores?
SELECT t.tech_nm, p.prod_nm, sum(i.qty_issued) AS qty FROM pestctl.van_stock_issues i JOIN pestctl.technicians t ON t.tech_no = i.tech_no JOIN pestctl.products p ON p.prod_cd = i.prod_cd WHERE p.prod_type = 'rodenticide' GROUP BY t.tech_nm, p.prod_nm;

-- Q47 pestctl | invoices, clients | Who owes us money, and how much?
SELECT c.client_nm, sum(i.net_amt + i.vat_amt) AS owed FROM pestctl.invoices i JOIN pestctl.clients c ON c.client_no = i.client_ref WHERE i.paid_dt IS NULL GROUP BY c.client_nm ORDER BY owed DESC;

-- Q48 pestctl | products | Which products can only be used by a qualified technician?
SELECT prod_cd, prod_nm, active_ingr FROM pestctl.products WHERE pro_use_only_flg;

-- Q49 pestctl | service_visits | Where did we tell the client to do proofing, and what did we recommend?
SELECT visit_no, visit_dt, site_ref, proofing_txt FROM pestctl.service_visits WHERE proofing_rec_flg;

-- Q50 pestctl | service_visits, technicians | How many routine inspections has each technician done?
SELECT t.tech_nm, count(*) AS routine_visits FROM pestctl.service_visits v JOIN pestctl.technicians t ON t.tech_no = v.tech_emp WHERE v.visit_type = 'routine' GROUP BY t.tech_nm;

-- Q51 pestctl | contracts | Which contracts include bird control?
SELECT contract_no, site_ref, scope_txt, annual_fee_amt FROM pestctl.contracts WHERE scope_txt ILIKE '%birds%';

-- Q52 quarry | blasts | Which shots had a misfire?
SELECT blast_no, blast_dt, pit_cd, bench_lvl, blast_notes FROM quarry.blasts WHERE misfire_flg;

-- Q53 quarry | blasts | Have any blasts thrown flyrock?
SELECT blast_no, blast_dt, pit_cd, blast_notes FROM quarry.blasts WHERE flyrock_flg;

-- Q54 quarry | blasts, pits | Which blasts shook the neighbours harder than the planning limit allows?
SELECT b.blast_no, b.blast_dt, b.pit_cd, b.ppv_mm_s, p.max_ppv_mm_s, b.monitor_loc FROM quarry.blasts b JOIN quarry.pits p ON p.pit_cd = b.pit_cd WHERE b.ppv_mm_s > p.max_ppv_mm_s;

-- Q55 quarry | blasts | Which blasts went over 120 dB on the air blast?
SELECT blast_no, blast_dt, aop_db, monitor_loc FROM quarry.blasts WHERE aop_db > 120;

-- Q56 quarry | blasts, staff | How many shots has each shotfirer fired?
SELECT s.emp_nm, count(*) AS blasts FROM quarry.blasts b JOIN quarry.staff s ON s.emp_no = b.shotfirer_emp GROUP BY s.emp_nm;

-- Q57 quarry | wb_tickets | Which wagons left overloaded?
SELECT ticket_no, ticket_dt, veh_reg, haulier_nm, gross_t FROM quarry.wb_tickets WHERE overload_flg;

-- Q58 quarry | wb_tickets, customers | How many tonnes has each customer taken over the weighbridge?
SELECT c.cust_nm, sum(w.net_t) AS tonnes FROM quarry.wb_tickets w JOIN quarry.customers c ON c.acct_no = w.acct_no GROUP BY c.cust_nm ORDER BY tonnes DESC;

-- Q59 quarry | wb_tickets, products | How much Type 1 have we sold so far?
SELECT sum(w.net_t) AS tonnes FROM quarry.wb_tickets w JOIN quarry.products p ON p.prod_cd = w.prod_cd WHERE p.prod_nm ILIKE '%Type 1%';

-- Q60 quarry | stockpiles, products | How much 20 mm is on the ground according to the last drone survey?
SELECT s.pile_cd, s.loc_txt, s.survey_t, s.survey_dt FROM quarry.stockpiles s JOIN quarry.products p ON p.prod_cd = s.prod_cd WHERE p.prod_nm = '20 mm single size';

-- Q61 quarry | lab_tests | Which lab results are out of spec?
SELECT sample_no, sample_dt, prod_cd, test_nm, result_val, spec_min, spec_max FROM quarry.lab_tests WHERE NOT pass_flg;

-- Q62 quarry | lab_tests, products | Which products failed on flakiness?
SELECT p.prod_nm, l.sample_dt, l.result_val, l.spec_max FROM quarry.lab_tests l JOIN quarry.products p ON p.prod_cd = l.prod_cd WHERE l.test_nm = 'flakiness index' AND NOT l.pass_flg;

-- Q63 quarry | haul_cycles | How many tonnes did the dump trucks feed the crusher each day?
SELECT cycle_dt, sum(est_t) AS tonnes FROM quarry.haul_cycles WHERE dest_txt = 'primary crusher' GROUP BY cycle_dt ORDER BY cycle_dt;

-- Q64 quarry | breakdowns, plant | Which machines have broken down, and what have the repairs cost?
SELECT p.unit_no, p.make_nm, p.model_nm, sum(b.repair_cost_amt) AS cost FROM quarry.breakdowns b JOIN quarry.plant p ON p.unit_no = b.unit_no GROUP BY p.unit_no, p.make_nm, p.model_nm ORDER BY cost DESC;

-- Q65 quarry | plant | Which kit is broken down right now?
SELECT unit_no, unit_type, make_nm, model_nm FROM quarry.plant WHERE plant_status = 'broken down';

-- Q66 quarry | dust_gauges | Which Frisbee gauges went over the limit last month?
SELECT gauge_cd, gauge_loc, dep_mg_m2_day, limit_mg_m2_day FROM quarry.dust_gauges WHERE read_dt = DATE '2026-01-31' AND dep_mg_m2_day > limit_mg_m2_day;

-- Q67 quarry | wb_tickets, lab_tests, customers | Which customers were loaded from a stockpile that failed a lab test?
SELECT DISTINCT c.cust_nm, w.ticket_no, w.pile_ref, l.test_nm FROM quarry.wb_tickets w JOIN quarry.lab_tests l ON l.pile_ref = w.pile_ref JOIN quarry.customers c ON c.acct_no = w.acct_no WHERE NOT l.pass_flg;

-- Q68 quarry | staff | Who has a loading shovel ticket?
SELECT emp_no, emp_nm, role_txt, cpcs_card_txt FROM quarry.staff WHERE active_flg AND cpcs_card_txt ILIKE '%A40%';

-- Q69 xlate | projects | Which jobs did we deliver late to the client?
SELECT proj_no, proj_nm, due_dt, delivered_dt FROM xlate.projects WHERE delivered_dt > due_dt;

-- Q70 xlate | projects | What margin did we make on each project that's been billed?
SELECT proj_no, proj_nm, quote_amt, cost_amt, margin_pct FROM xlate.projects WHERE proj_status = 'invoiced';

-- Q71 xlate | projects, clients | How many source words has each client sent us?
SELECT c.client_nm, sum(p.src_words) AS words FROM xlate.projects p JOIN xlate.clients c ON c.client_id = p.client_ref GROUP BY c.client_nm ORDER BY words DESC;

-- Q72 xlate | linguists | Which sworn translators have we got?
SELECT ling_no, ling_nm, native_lang, country_cd FROM xlate.linguists WHERE sworn_flg AND status_cd = 'active';

-- Q73 xlate | linguists | Which translators are on probation?
SELECT ling_no, ling_nm, avg_lqa FROM xlate.linguists WHERE status_cd = 'probation';

-- Q74 xlate | ling_pairs, linguists | Who can we use for English into German pharma work?
SELECT l.ling_nm, l.rate_per_word, l.avg_lqa FROM xlate.ling_pairs p JOIN xlate.linguists l ON l.ling_no = p.ling_ref WHERE p.src_lang = 'en' AND p.tgt_lang = 'de' AND p.specialism = 'pharma';

-- Q75 xlate | jobs | Which tasks are still waiting for someone to be assigned?
SELECT job_no, proj_ref, tgt_lang, task_cd, due_dt FROM xlate.jobs WHERE ling_ref IS NULL;

-- Q76 xlate | lqa_reviews, jobs, linguists | Which translators failed a quality review, and on which project?
SELECT l.ling_nm, j.proj_ref, j.job_no, r.lqa_score, r.crit_errs FROM xlate.lqa_reviews r JOIN xlate.jobs j ON j.job_no = r.job_ref JOIN xlate.linguists l ON l.ling_no = j.ling_ref WHERE NOT r.pass_flg;

-- Q77 xlate | client_invoices, clients | Which clients haven't paid us yet?
SELECT c.client_nm, i.inv_no, i.inv_dt, i.inv_amt, i.currency_cd FROM xlate.client_invoices i JOIN xlate.clients c ON c.client_id = i.client_ref WHERE NOT i.paid_flg;

-- Q78 xlate | vendor_bills, linguists | How much do we owe each freelancer for January?
SELECT l.ling_nm, sum(b.bill_amt) AS owed FROM xlate.vendor_bills b JOIN xlate.linguists l ON l.ling_no = b.ling_ref WHERE b.paid_dt IS NULL AND b.bill_dt BETWEEN DATE '2026-01-01' AND DATE '2026-01-31' GROUP BY l.ling_nm;

-- Q79 xlate | interp_assignments | Which booth jobs are coming up?
SELECT asg_no, event_dt, lang_txt, venue_txt, hrs_qty FROM xlate.interp_assignments WHERE mode_cd = 'SIM' AND asg_status = 'confirmed';

-- Q80 xlate | interp_assignments, linguists | Which interpreters have done court work for us?
SELECT DISTINCT l.ling_nm, a.event_dt, a.venue_txt FROM xlate.interp_assignments a JOIN xlate.linguists l ON l.ling_no = a.interp_ling WHERE a.venue_txt ILIKE '%court%';

-- Q81 xlate | tms | Which translation memories belong to the client rather than to us?
SELECT tm_cd, client_ref, lang_pair_txt, tu_cnt FROM xlate.tms WHERE owner_txt = 'client-owned';

-- Q82 xlate | projects | Which orders need a certified translation?
SELECT proj_no, proj_nm, src_lang, proj_status FROM xlate.projects WHERE cert_req_flg;

-- Q83 xlate | projects, pm_staff | How many projects has each PM got on the go?
SELECT s.full_nm, count(*) AS open_projects FROM xlate.projects p JOIN xlate.pm_staff s ON s.emp_no = p.pm_emp WHERE p.proj_status = 'in progress' GROUP BY s.full_nm;

-- Q84 xlate | jobs, projects, clients | How much have we paid linguists for Novaris work?
SELECT sum(j.fee_amt) AS linguist_fees FROM xlate.jobs j JOIN xlate.projects p ON p.proj_no = j.proj_ref JOIN xlate.clients c ON c.client_id = p.client_ref WHERE c.client_nm LIKE 'Novaris%';

-- Q85 bikeshare | trips | Which hires are still out?
SELECT trip_id, rider_ref, bike_no, start_stn, start_ts FROM bikeshare.trips WHERE trip_status = 'open';

-- Q86 bikeshare | trips | Which rides ran into extra-time charges?
SELECT trip_id, rider_ref, dur_sec / 60 AS minutes, overtime_amt FROM bikeshare.trips WHERE overtime_amt > 0;

-- Q87 bikeshare | trips | Which bikes were left parked outside a dock at the end of a ride?
SELECT trip_id, bike_no, end_ts, end_lat, end_lon FROM bikeshare.trips WHERE out_of_dock_flg;

-- Q88 bikeshare | trips, stations | Which docks do most rides start from?
SELECT s.stn_nm, count(*) AS rides FROM bikeshare.trips t JOIN bikeshare.stations s ON s.stn_id = t.start_stn GROUP BY s.stn_nm ORDER BY rides DESC;

-- Q89 bikeshare | station_snapshots, stations | Which stations had no bikes at all at the 8am check?
SELECT s.stn_nm, n.snap_ts FROM bikeshare.station_snapshots n JOIN bikeshare.stations s ON s.stn_id = n.stn_ref WHERE n.bikes_avail = 0 AND n.ebikes_avail = 0 AND n.snap_ts::time = TIME '08:00';

-- Q90 bikeshare | bikes | Which bikes have gone missing?
SELECT bike_no, bike_type, frame_serial, last_svc_dt FROM bikeshare.bikes WHERE bike_status = 'missing';

-- Q91 bikeshare | repairs | What have we spent on parts for e-bike battery faults?
SELECT sum(parts_amt) AS parts_spend FROM bikeshare.repairs WHERE fault_cd = 'BAT';

-- Q92 bikeshare | repairs, staff | How many repairs has each mechanic done, and how long did they take?
SELECT s.emp_nm, count(*) AS repairs, sum(r.labour_min) AS minutes FROM bikeshare.repairs r JOIN bikeshare.staff s ON s.emp_id = r.mech_emp GROUP BY s.emp_nm;

-- Q93 bikeshare | riders, plans | How many riders are on each membership?
SELECT p.plan_nm, count(*) AS riders FROM bikeshare.riders r JOIN bikeshare.plans p ON p.plan_cd = r.plan_cd GROUP BY p.plan_nm;

-- Q94 bikeshare | riders | How many concession members joined since September?
SELECT count(*) AS new_concession_members FROM bikeshare.riders WHERE concession_flg AND signup_dt >= DATE '2025-09-01';

-- Q95 bikeshare | rebal_moves | How many bikes did the vans shift each night?
SELECT move_dt, sum(bikes_moved) AS bikes FROM bikeshare.rebal_moves GROUP BY move_dt ORDER BY move_dt;

-- Q96 bikeshare | fault_reports, bikes | What problems have riders flagged on the e-bikes?
SELECT f.reported_ts, f.bike_no, f.category_txt, f.rider_comment FROM bikeshare.fault_reports f JOIN bikeshare.bikes b ON b.bike_no = f.bike_no WHERE b.bike_type = 'ebike';

-- Q97 bikeshare | payments | How much have we taken in penalty charges?
SELECT sum(amt) AS fines FROM bikeshare.payments WHERE pay_type = 'fine';

-- Q98 bikeshare | trips | What is the total carbon saving we can report to the council?
SELECT sum(co2_saved_g) / 1000 AS kg_co2_saved FROM bikeshare.trips WHERE trip_status = 'completed';

-- Q99 bikeshare | stations | Which docking stations have a sponsor, and who?
SELECT stn_id, stn_nm, sponsor_nm FROM bikeshare.stations WHERE sponsor_nm IS NOT NULL;

-- Q100 bikeshare | trips, riders, plans | How many rides did annual members take?
SELECT count(*) AS rides FROM bikeshare.trips t JOIN bikeshare.riders r ON r.rider_id = t.rider_ref JOIN bikeshare.plans p ON p.plan_cd = r.plan_cd WHERE p.plan_nm = 'Annual member';
