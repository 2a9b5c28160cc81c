-- Verification SQL for heldout11/questions.tsv (held-out 11: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the six heldout11 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 stenoagency | jobs | Which depositions needed an interpreter, and for what language?
SELECT job_no, job_dt, witness_nm, interp_lang FROM stenoagency.jobs WHERE interpreter_flg AND proceeding_cd = 'DEPO';

-- Q02 stenoagency | jobs | Which bookings still don't have anyone assigned to cover them?
SELECT job_no, job_dt, location_txt, witness_nm FROM stenoagency.jobs WHERE job_status_cd = 'UNC' OR (rptr_ref IS NULL AND job_status_cd NOT IN ('CXL'));

-- Q03 stenoagency | jobs | Which doctors kept our reporters waiting, and for how long?
SELECT job_no, job_dt, witness_nm, wait_min FROM stenoagency.jobs WHERE witness_type_cd = 'DR' AND wait_min > 0;

-- Q04 stenoagency | jobs, reporters | Which stenographers have done daily copy at a trial?
SELECT DISTINCT r.full_nm, j.job_dt, j.location_txt FROM stenoagency.jobs j JOIN stenoagency.reporters r ON r.rptr_no = j.rptr_ref WHERE j.expedite_cd = 'DLY' AND j.proceeding_cd = 'TRL';

-- Q05 stenoagency | jobs, matters | How many transcript pages have we produced in each personal injury and malpractice case?
SELECT m.caption_txt, m.case_type_cd, SUM(j.pages_cnt) AS pages FROM stenoagency.jobs j JOIN stenoagency.matters m ON m.matter_cd = j.matter_ref WHERE m.case_type_cd IN ('PI', 'MM') GROUP BY m.caption_txt, m.case_type_cd;

-- Q06 stenoagency | jobs, attorneys, clients | Which firms cancelled too late and got charged for it?
SELECT c.firm_nm, a.atty_nm, j.job_no, j.job_dt, j.cancel_dt FROM stenoagency.jobs j JOIN stenoagency.attorneys a ON a.atty_id = j.ordered_by JOIN stenoagency.clients c ON c.client_no = a.client_ref WHERE j.late_cxl_flg;

-- Q07 stenoagency | jobs, reporters, matters, attorneys | In the ladder case, who reported each session, which lawyer booked it and who was on the stand?
SELECT j.job_no, j.job_dt, r.full_nm AS reporter, a.atty_nm AS booked_by, j.witness_nm, j.job_status_cd FROM stenoagency.jobs j JOIN stenoagency.matters m ON m.matter_cd = j.matter_ref JOIN stenoagency.reporters r ON r.rptr_no = j.rptr_ref JOIN stenoagency.attorneys a ON a.atty_id = j.ordered_by WHERE m.caption_txt ILIKE '%ladder%';

-- Q08 stenoagency | reporters | Which reporters can't swear in a witness because their notary commission ran out before February?
SELECT rptr_no, full_nm, notary_exp_dt FROM stenoagency.reporters WHERE notary_exp_dt < '2026-02-01' AND status_cd <> 'T';

-- Q09 stenoagency | invoices, clients | Who still owes us?
SELECT c.firm_nm, SUM(i.total_amt - COALESCE(i.paid_amt, 0)) AS owed FROM stenoagency.invoices i JOIN stenoagency.clients c ON c.client_no = i.client_ref WHERE i.status_cd IN ('OPN', 'PRT', 'DSP', 'COL') GROUP BY c.firm_nm ORDER BY owed DESC;

-- Q10 stenoagency | invoices, clients | Which accounts have we handed over to a debt collector?
SELECT c.firm_nm, i.inv_no, i.inv_dt, i.total_amt FROM stenoagency.invoices i JOIN stenoagency.clients c ON c.client_no = i.client_ref WHERE i.status_cd = 'COL';

-- Q11 stenoagency | transcript_orders, clients | How much has each firm spent on copies of transcripts, as opposed to originals?
SELECT c.firm_nm, SUM(o.pages_billed * o.page_rate_amt) AS copy_spend FROM stenoagency.transcript_orders o JOIN stenoagency.clients c ON c.client_no = o.ordering_client WHERE o.copy_type_cd IN ('C', 'CC') GROUP BY c.firm_nm;

-- Q12 stenoagency | proofreads, office_staff | How many mistakes has each proofreader caught?
SELECT s.emp_nm, SUM(p.errors_cnt) AS errors_found, SUM(p.pages_read) AS pages FROM stenoagency.proofreads p JOIN stenoagency.office_staff s ON s.emp_no = p.proofer_emp GROUP BY s.emp_nm;

-- Q13 stenoagency | reporter_pay, reporters | Which reporters are still waiting to be paid, and how much are we holding for them?
SELECT r.full_nm, SUM(p.page_pay_amt + p.appear_pay_amt + p.expedite_pay_amt + p.mileage_amt) AS owed FROM stenoagency.reporter_pay p JOIN stenoagency.reporters r ON r.rptr_no = p.rptr_ref WHERE NOT p.paid_flg GROUP BY r.full_nm;

-- Q14 stenoagency | exhibits, jobs, matters | In the hospital malpractice suit, which exhibits went back to the witness instead of staying with the transcript?
SELECT e.exh_lbl, e.descr_txt, j.witness_nm FROM stenoagency.exhibits e JOIN stenoagency.jobs j ON j.job_no = e.job_ref JOIN stenoagency.matters m ON m.matter_cd = j.matter_ref WHERE m.case_type_cd = 'MM' AND e.custody_cd = 'WIT';

-- Q15 stenoagency | jobs, office_staff | How many jobs has each person on the scheduling desk booked?
SELECT s.emp_nm, s.office_cd, COUNT(*) AS jobs_booked FROM stenoagency.jobs j JOIN stenoagency.office_staff s ON s.emp_no = j.scheduler_emp GROUP BY s.emp_nm, s.office_cd;

-- Q16 stenoagency | clients, office_staff | Which account managers look after the firms we've put on credit hold?
SELECT c.firm_nm, s.emp_nm AS account_manager FROM stenoagency.clients c JOIN stenoagency.office_staff s ON s.emp_no = c.acct_mgr_emp WHERE c.credit_hold_flg;

-- Q17 stenoagency | rate_card | What's our standard per-page price for an insurer's original on normal turnaround?
SELECT rate_cd, orig_page_amt, copy_page_amt, eff_dt FROM stenoagency.rate_card WHERE client_type_cd = 'INS' AND expedite_cd = 'STD';

-- Q18 balloonride | flight_log | Which flights did we have to scrub because of the weather, and what was wrong?
SELECT flight_no, flight_dt, slot_cd, scrub_txt, wind_sfc_kt, gust_kt FROM balloonride.flight_log WHERE go_cd = 'WX';

-- Q19 balloonride | flight_log | Which landings ended up in a hedge or tree, or with the basket dragged on its side?
SELECT flight_no, flight_dt, landing_place_txt, landing_cd FROM balloonride.flight_log WHERE landing_cd IN ('TRE', 'DRG');

-- Q20 balloonride | flight_log | Which balloons came down with less than a quarter of their gas left?
SELECT flight_no, flight_dt, env_ref, fuel_end_pct FROM balloonride.flight_log WHERE fuel_end_pct < 25;

-- Q21 balloonride | flight_log, pilots | How many hours in the air has each pilot clocked with us?
SELECT p.pilot_nm, COUNT(*) AS flights, SUM(f.airborne_min) / 60.0 AS hours FROM balloonride.flight_log f JOIN balloonride.pilots p ON p.pilot_no = f.pic_ref WHERE f.go_cd = 'GO' GROUP BY p.pilot_nm;

-- Q22 balloonride | flight_log, balloons, launch_sites | Which balloons have taken off from the Blenheim field, and where did they land?
SELECT f.flight_dt, b.env_reg, b.model_nm, f.landing_place_txt FROM balloonride.flight_log f JOIN balloonride.balloons b ON b.env_reg = f.env_ref JOIN balloonride.launch_sites s ON s.site_cd = f.site_ref WHERE s.site_nm ILIKE '%Blenheim%' AND f.go_cd = 'GO';

-- Q23 balloonride | balloons | Which balloons are grounded right now?
SELECT env_reg, model_nm, envelope_hrs FROM balloonride.balloons WHERE status_cd = 'AOG';

-- Q24 balloonride | balloons | Which balloons had an expired airworthiness certificate at the start of February 2026?
SELECT env_reg, model_nm, arc_exp_dt, status_cd FROM balloonride.balloons WHERE arc_exp_dt < '2026-02-01' AND status_cd <> 'RET';

-- Q25 balloonride | maintenance, balloons | Which envelopes failed the fabric strength test?
SELECT b.env_reg, b.model_nm, m.mx_dt, m.grab_test_lbs, m.findings_txt FROM balloonride.maintenance m JOIN balloonride.balloons b ON b.env_reg = m.env_ref WHERE m.grab_test_lbs < 40;

-- Q26 balloonride | pilots | Which of our pilots aren't allowed to carry paying passengers?
SELECT pilot_no, pilot_nm, licence_cls, medical_cls FROM balloonride.pilots WHERE licence_cls = 'BPL' OR medical_cls = 'LAPL';

-- Q27 balloonride | vouchers | How many vouchers have the experience-gift resellers sold for us, and for how much?
SELECT channel_cd, COUNT(*) AS vouchers, SUM(price_paid_amt) AS takings FROM balloonride.vouchers WHERE channel_cd IN ('RLD', 'IWL') GROUP BY channel_cd;

-- Q28 balloonride | vouchers, customers | Which customers are sitting on tickets they've never booked?
SELECT c.cust_nm, c.phone_txt, v.voucher_no, v.expiry_dt FROM balloonride.vouchers v JOIN balloonride.customers c ON c.cust_no = v.buyer_ref WHERE v.status_cd = 'OPN';

-- Q29 balloonride | pax_bookings, vouchers, products | Which passengers weigh over 110 kilos, and what kind of ticket were they flying on?
SELECT b.pax_nm, b.pax_wt_kg, p.product_nm FROM balloonride.pax_bookings b JOIN balloonride.vouchers v ON v.voucher_no = b.voucher_ref JOIN balloonride.products p ON p.product_cd = v.product_cd WHERE b.pax_wt_kg > 110;

-- Q30 balloonride | pax_bookings, flight_log, pilots | Who is booked on the sunrise flight on 18 April, who is their pilot, and does anyone have a health issue to flag?
SELECT b.pax_nm, b.age_yrs, b.mobility_txt, p.pilot_nm FROM balloonride.pax_bookings b JOIN balloonride.flight_log f ON f.flight_no = b.flight_ref JOIN balloonride.pilots p ON p.pilot_no = f.pic_ref WHERE f.flight_dt = '2026-04-18' AND f.slot_cd = 'AM';

-- Q31 balloonride | landowner_pmts | How much have we paid farmers for flattening their crops?
SELECT farm_nm, SUM(amt) AS paid FROM balloonride.landowner_pmts WHERE reason_cd = 'CRP' GROUP BY farm_nm;

-- Q32 balloonride | landowner_pmts, crew | Which of the crew have been handing farmers the thank-you bottle, and how many times?
SELECT c.crew_nm, COUNT(*) AS bottles FROM balloonride.landowner_pmts l JOIN balloonride.crew c ON c.crew_id = l.paid_by WHERE l.reason_cd = 'GW' GROUP BY c.crew_nm;

-- Q33 balloonride | fuel_fills, crew | How much propane has each person on the crew filled, and what did it cost us?
SELECT c.crew_nm, SUM(f.litres) AS litres, SUM(f.cost_amt) AS cost FROM balloonride.fuel_fills f JOIN balloonride.crew c ON c.crew_id = f.filled_by GROUP BY c.crew_nm;

-- Q34 balloonride | flight_log, crew, landowner_pmts | When we spooked a farmer's animals, who did the retrieve and what did we end up paying?
SELECT f.flight_dt, f.landing_place_txt, c.crew_nm AS retrieve_driver, l.farm_nm, l.amt, l.reason_cd FROM balloonride.flight_log f JOIN balloonride.crew c ON c.crew_id = f.retrieve_crew LEFT JOIN balloonride.landowner_pmts l ON l.flight_ref = f.flight_no WHERE f.stock_disturb_flg;

-- Q35 hatchery | daily_log | When did the low oxygen alarm go off, and how many fish did we lose that day?
SELECT log_dt, lot_ref, unit_ref, do_mgl, morts_cnt, notes_txt FROM hatchery.daily_log WHERE alarm_flg;

-- Q36 hatchery | daily_log | Which raceways or ponds have been too crowded?
SELECT log_dt, unit_ref, lot_ref, density_idx FROM hatchery.daily_log WHERE density_idx > 0.5;

-- Q37 hatchery | daily_log, staff | How many dead fish has each culturist pulled out on the morning rounds?
SELECT s.emp_nm, SUM(d.morts_cnt) AS morts FROM hatchery.daily_log d JOIN hatchery.staff s ON s.emp_no = d.tech_emp GROUP BY s.emp_nm;

-- Q38 hatchery | daily_log, fish_lots, rearing_units | Which lots held on creek water have been dying from low oxygen or disease?
SELECT d.log_dt, f.lot_no, f.species_cd, u.unit_cd, d.morts_cnt, d.mort_cause_cd FROM hatchery.daily_log d JOIN hatchery.fish_lots f ON f.lot_no = d.lot_ref JOIN hatchery.rearing_units u ON u.unit_cd = f.unit_ref WHERE u.water_src_cd = 'CRK' AND d.mort_cause_cd IN ('LDO', 'DIS');

-- Q39 hatchery | health_exams | Which batches of fish has the pathologist refused to clear for stocking?
SELECT exam_dt, lot_ref, pathologist_nm, diagnosis_txt FROM hatchery.health_exams WHERE NOT release_ok_flg;

-- Q40 hatchery | health_exams, fish_lots | Which species and strains have turned up with whirling disease?
SELECT DISTINCT f.species_cd, f.strain_nm, f.lot_no, h.exam_dt FROM hatchery.health_exams h JOIN hatchery.fish_lots f ON f.lot_no = h.lot_ref WHERE h.whirling_flg;

-- Q41 hatchery | treatments, fish_lots | Which fish were given medicated feed, and how long do we have to wait before they can be stocked for anglers?
SELECT f.lot_no, f.species_cd, t.chem_nm, t.trt_dt, t.withdrawal_days, t.trt_dt + t.withdrawal_days AS clear_after FROM hatchery.treatments t JOIN hatchery.fish_lots f ON f.lot_no = t.lot_ref WHERE t.chem_nm IN ('Aquaflor', 'Terramycin 200');

-- Q42 hatchery | spawn_events, broodstock | Which hens had their eggs destroyed because of kidney disease?
SELECT b.fish_tag, b.species_cd, b.strain_nm, s.spawn_dt, s.bkd_elisa_od FROM hatchery.spawn_events s JOIN hatchery.broodstock b ON b.fish_tag = s.female_tag WHERE s.bkd_elisa_od > 0.25 OR s.culled_flg;

-- Q43 hatchery | broodstock | How many wild fish trapped at the weir do we have, by species and what happened to them?
SELECT species_cd, status_cd, COUNT(*) AS fish FROM hatchery.broodstock WHERE origin_cd = 'W' GROUP BY species_cd, status_cd;

-- Q44 hatchery | egg_lots | Which egg batches lost more than ten percent of their eggs?
SELECT lot_cd, species_cd, source_txt, green_eggs_cnt, eyed_cnt, loss_pct FROM hatchery.egg_lots WHERE loss_pct > 10;

-- Q45 hatchery | egg_lots, fish_lots | How many steelhead eggs did we start with, and how many fish made it to the raceway?
SELECT e.lot_cd, e.green_eggs_cnt, e.eyed_cnt, f.lot_no, f.fish_cnt FROM hatchery.egg_lots e JOIN hatchery.fish_lots f ON f.egg_lot_ref = e.lot_cd WHERE e.species_cd = 'STH';

-- Q46 hatchery | stocking_trips, waters | How many pounds of fish have gone into each lake and stream?
SELECT w.water_nm, w.water_type_cd, SUM(s.lbs_stocked) AS lbs, SUM(s.fish_cnt) AS fish FROM hatchery.stocking_trips s JOIN hatchery.waters w ON w.water_cd = s.water_ref GROUP BY w.water_nm, w.water_type_cd;

-- Q47 hatchery | stocking_trips, staff, waters, fish_lots | Which drivers hauled sterile trout to a kids' fishing derby, and where?
SELECT st.emp_nm AS driver, s.trip_dt, w.water_nm, s.fish_cnt FROM hatchery.stocking_trips s JOIN hatchery.staff st ON st.emp_no = s.driver_emp JOIN hatchery.waters w ON w.water_cd = s.water_ref JOIN hatchery.fish_lots f ON f.lot_no = s.lot_ref WHERE f.triploid_flg AND s.derby_flg;

-- Q48 hatchery | stocking_trips | Which loads were dropped from a plane?
SELECT trip_no, trip_dt, water_ref, fish_cnt, morts_on_arrival FROM hatchery.stocking_trips WHERE release_cd = 'AIR';

-- Q49 hatchery | fish_lots, rearing_units | What's in each of the outdoor raceways at the moment?
SELECT u.unit_cd, u.bldg_nm, f.lot_no, f.species_cd, f.fish_cnt, f.fish_per_lb FROM hatchery.fish_lots f JOIN hatchery.rearing_units u ON u.unit_cd = f.unit_ref WHERE u.unit_type_cd = 'RW' AND f.status_cd IN ('REAR', 'PART');

-- Q50 hatchery | feed_recv, staff | Who signed for the deliveries of medicated feed?
SELECT r.recv_dt, r.feed_brand, r.mfg_lot_no, s.emp_nm FROM hatchery.feed_recv r JOIN hatchery.staff s ON s.emp_no = r.recv_by WHERE r.medicated_flg;

-- Q51 hatchery | staff | Who's licensed to drive the big stocking trucks?
SELECT emp_nm, title_cd FROM hatchery.staff WHERE cdl_flg AND active_flg;

-- Q52 stainedglass | windows | Which windows need urgent work?
SELECT win_id, bldg_ref, position_cd, subject_txt, last_survey_dt FROM stainedglass.windows WHERE cond_grade = 'D';

-- Q53 stainedglass | windows | Which of the windows we look after are by Morris or by Kempe?
SELECT win_id, bldg_ref, subject_txt, maker_nm, circa_yr FROM stainedglass.windows WHERE maker_nm ILIKE '%Morris%' OR maker_nm ILIKE '%Kempe%';

-- Q54 stainedglass | cond_surveys, windows, buildings | Which churches have panels bulging so much they could fall out?
SELECT b.bldg_nm, b.town_nm, w.position_cd, s.bowing_max_mm, s.survey_dt FROM stainedglass.cond_surveys s JOIN stainedglass.windows w ON w.win_id = s.win_ref JOIN stainedglass.buildings b ON b.bldg_ref = w.bldg_ref WHERE s.bowing_max_mm > 25;

-- Q55 stainedglass | cond_surveys, craftsmen | How many surveys has each conservator done, and how much repair work did they price up?
SELECT c.emp_nm, COUNT(*) AS surveys, SUM(s.est_cost_amt) AS estimated FROM stainedglass.cond_surveys s JOIN stainedglass.craftsmen c ON c.emp_no = s.surveyor_emp GROUP BY c.emp_nm;

-- Q56 stainedglass | cond_surveys, windows | Where are there bats we'll have to work around?
SELECT w.bldg_ref, w.position_cd, w.subject_txt, s.survey_dt, s.recommend_txt FROM stainedglass.cond_surveys s JOIN stainedglass.windows w ON w.win_id = s.win_ref WHERE s.bat_flg;

-- Q57 stainedglass | projects | Which jobs are stuck waiting for permission or money?
SELECT proj_no, proj_nm, faculty_status_cd, quote_amt FROM stainedglass.projects WHERE status_cd = 'HLD' OR faculty_status_cd = 'APP';

-- Q58 stainedglass | projects, clients | How much grant funding have our clients won, and from whom?
SELECT c.client_nm, p.proj_nm, p.grant_body_txt, p.grant_amt FROM stainedglass.projects p JOIN stainedglass.clients c ON c.client_no = p.client_ref WHERE p.grant_amt > 0;

-- Q59 stainedglass | projects, craftsmen | Which conservator is in charge of each job we have on the go?
SELECT p.proj_no, p.proj_nm, c.emp_nm AS lead, c.icon_accred_flg FROM stainedglass.projects p JOIN stainedglass.craftsmen c ON c.emp_no = p.lead_conservator WHERE p.status_cd = 'WIP';

-- Q60 stainedglass | panel_work, projects, buildings | Which panels are still out of their windows, and which churches are they from?
SELECT b.bldg_nm, w.panel_lbl, w.work_cd, w.removed_dt, w.stage_cd FROM stainedglass.panel_work w JOIN stainedglass.projects p ON p.proj_no = w.proj_ref JOIN stainedglass.buildings b ON b.bldg_ref = p.bldg_ref WHERE w.removed_dt IS NOT NULL AND w.reinstated_dt IS NULL;

-- Q61 stainedglass | panel_work, craftsmen | Which panels took longer than we allowed for, and who worked on them?
SELECT w.proj_ref, w.panel_lbl, w.work_cd, w.est_hrs, w.act_hrs, c.emp_nm FROM stainedglass.panel_work w JOIN stainedglass.craftsmen c ON c.emp_no = w.craftsman_emp WHERE w.act_hrs > w.est_hrs;

-- Q62 stainedglass | timesheets, craftsmen | How many hours has each person spent working on site rather than in the studio?
SELECT c.emp_nm, SUM(t.hrs) AS site_hours FROM stainedglass.timesheets t JOIN stainedglass.craftsmen c ON c.emp_no = t.emp_ref WHERE t.on_site_flg GROUP BY c.emp_nm;

-- Q63 stainedglass | timesheets, panel_work, projects, clients | How many miles have we driven for each client?
SELECT c.client_nm, SUM(t.mileage) AS miles FROM stainedglass.timesheets t JOIN stainedglass.panel_work w ON w.work_id = t.work_ref JOIN stainedglass.projects p ON p.proj_no = w.proj_ref JOIN stainedglass.clients c ON c.client_no = p.client_ref GROUP BY c.client_nm;

-- Q64 stainedglass | materials | What glass, lead or paint do we need to reorder?
SELECT mat_cd, mat_nm, supplier_nm, stock_qty, reorder_lvl FROM stainedglass.materials WHERE stock_qty < reorder_lvl;

-- Q65 stainedglass | mat_issues, materials, panel_work | How much lead came has gone into each re-leading job?
SELECT w.proj_ref, w.panel_lbl, SUM(i.qty) AS lengths FROM stainedglass.mat_issues i JOIN stainedglass.materials m ON m.mat_cd = i.mat_ref JOIN stainedglass.panel_work w ON w.work_id = i.work_ref WHERE m.mat_type_cd = 'LED' AND w.work_cd = 'RL' GROUP BY w.proj_ref, w.panel_lbl;

-- Q66 stainedglass | kiln_firings, craftsmen | Which firings went wrong, and whose painting was in the kiln?
SELECT k.fire_dt, k.kiln_cd, k.program_cd, k.result_cd, c.emp_nm FROM stainedglass.kiln_firings k JOIN stainedglass.craftsmen c ON c.emp_no = k.painter_emp WHERE k.result_cd <> 'OK';

-- Q67 stainedglass | invoices, projects, clients | Which parishes are late paying us?
SELECT c.client_nm, i.inv_no, i.inv_dt, i.net_amt + i.vat_amt AS gross FROM stainedglass.invoices i JOIN stainedglass.projects p ON p.proj_no = i.proj_ref JOIN stainedglass.clients c ON c.client_no = p.client_ref WHERE i.status_cd = 'OVD';

-- Q68 stainedglass | clients, buildings | Which grade I listed buildings do we work on, and who is our contact there?
SELECT b.bldg_nm, b.town_nm, c.contact_nm, c.contact_role_txt FROM stainedglass.buildings b JOIN stainedglass.clients c ON c.client_no = b.client_ref WHERE b.listed_grade = 'I';

-- Q69 parkenforce | pcns | How many tickets came from the cameras rather than from a warden on the street?
SELECT COUNT(*) AS camera_pcns FROM parkenforce.pcns WHERE issue_mth_cd = 'CCTV';

-- Q70 parkenforce | pcns | Which drivers drove off before the warden could put the ticket on the car?
SELECT pcn_no, issue_dt, vrm, make_txt, ceo_notes_txt FROM parkenforce.pcns WHERE served_cd = 'DA';

-- Q71 parkenforce | pcns, officers | How many tickets has each traffic warden written?
SELECT o.ceo_no, o.ceo_nm, COUNT(*) AS pcns_issued FROM parkenforce.pcns p JOIN parkenforce.officers o ON o.ceo_no = p.ceo_ref WHERE p.issue_mth_cd = 'HH' GROUP BY o.ceo_no, o.ceo_nm;

-- Q72 parkenforce | pcns, contraventions | How many tickets have we given out for each kind of offence?
SELECT c.contr_cd, c.descr_txt, COUNT(*) AS pcns FROM parkenforce.pcns p JOIN parkenforce.contraventions c ON c.contr_cd = p.contr_ref GROUP BY c.contr_cd, c.descr_txt;

-- Q73 parkenforce | pcns, keepers | Who are the repeat offenders that never pay, and how much do they owe?
SELECT k.keeper_nm, COUNT(*) AS unpaid_pcns, SUM(p.amt_due - p.amt_paid) AS owed FROM parkenforce.pcns p JOIN parkenforce.keepers k ON k.keeper_id = p.keeper_ref WHERE k.persist_evader_flg AND p.status_cd NOT IN ('PDD', 'PDF', 'CXL', 'WO') GROUP BY k.keeper_nm;

-- Q74 parkenforce | pcns, keepers, contraventions, locations | Which lease or hire companies' cars got tickets, for what, and on which street?
SELECT k.keeper_nm, p.vrm, c.descr_txt, l.street_nm, p.issue_dt FROM parkenforce.pcns p JOIN parkenforce.keepers k ON k.keeper_id = p.keeper_ref JOIN parkenforce.contraventions c ON c.contr_cd = p.contr_ref JOIN parkenforce.locations l ON l.loc_cd = p.loc_ref WHERE k.keeper_type_cd IN ('LSE', 'HIR');

-- Q75 parkenforce | challenges | Which appeals are still waiting for the tribunal to decide?
SELECT pcn_ref, recv_dt, grounds_txt, adjudicator_nm FROM parkenforce.challenges WHERE stage_cd = 'TPT' AND decision_cd = 'PND';

-- Q76 parkenforce | challenges, office_staff | How many disputes has each appeals officer turned down?
SELECT s.staff_nm, COUNT(*) AS rejected FROM parkenforce.challenges c JOIN parkenforce.office_staff s ON s.staff_no = c.decided_by WHERE c.decision_cd = 'REJ' GROUP BY s.staff_nm;

-- Q77 parkenforce | challenges, pcns, contraventions | Which disabled-bay tickets have been fought on blue badge grounds, and how did each round go?
SELECT p.pcn_no, p.vrm, ch.stage_cd, ch.decision_cd, ch.grounds_txt FROM parkenforce.challenges ch JOIN parkenforce.pcns p ON p.pcn_no = ch.pcn_ref JOIN parkenforce.contraventions c ON c.contr_cd = p.contr_ref WHERE ch.grounds_cd = 'BB' AND c.descr_txt ILIKE '%disabled%';

-- Q78 parkenforce | payments | How much have we taken through each way of paying, not counting refunds?
SELECT channel_cd, COUNT(*) AS payments, SUM(amt) AS taken FROM parkenforce.payments WHERE NOT refunded_flg GROUP BY channel_cd;

-- Q79 parkenforce | pcns | Which tickets have we given up on?
SELECT pcn_no, issue_dt, vrm, amt_due, foreign_flg, ceo_notes_txt FROM parkenforce.pcns WHERE status_cd = 'WO';

-- Q80 parkenforce | permits | Which residents are getting the cheaper permit for an electric car?
SELECT permit_no, holder_nm, vrm, fee_amt, end_dt FROM parkenforce.permits WHERE ev_flg AND permit_type_cd = 'RES';

-- Q81 parkenforce | permits, pcns | Which cars got a ticket after their resident's permit had run out?
SELECT p.pcn_no, p.issue_dt, p.vrm, m.permit_no, m.end_dt, p.status_cd FROM parkenforce.pcns p JOIN parkenforce.permits m ON m.vrm = p.vrm WHERE m.permit_type_cd = 'RES' AND m.end_dt < p.issue_dt;

-- Q82 parkenforce | removals, pcns, keepers | Whose vehicles did we tow to the pound, and did anyone come and collect them?
SELECT k.keeper_nm, p.vrm, r.tow_dt, r.released_dt, r.release_fee_amt, r.disposed_flg FROM parkenforce.removals r JOIN parkenforce.pcns p ON p.pcn_no = r.pcn_ref JOIN parkenforce.keepers k ON k.keeper_id = p.keeper_ref;

-- Q83 parkenforce | suspensions, locations | Which streets have bays coned off for filming or roadworks, and for how long?
SELECT l.street_nm, s.reason_txt, s.from_dt, s.to_dt, s.bays_cnt FROM parkenforce.suspensions s JOIN parkenforce.locations l ON l.loc_cd = s.loc_ref WHERE s.reason_txt ILIKE '%film%' OR s.reason_txt ILIKE '%gas%' OR s.reason_txt ILIKE '%roadwork%';

-- Q84 parkenforce | ea_cases | How much have the bailiffs actually recovered for us?
SELECT agency_nm, COUNT(*) AS warrants, SUM(recovered_amt) AS recovered FROM parkenforce.ea_cases GROUP BY agency_nm;

-- Q85 climbgym | incidents | Which accidents ended with someone leaving in an ambulance?
SELECT inc_no, inc_ts, site_ref, body_part_txt, injury_cd, riddor_flg FROM climbgym.incidents WHERE ambulance_flg;

-- Q86 climbgym | incidents | How often have people started climbing on the auto-belays without clipping in?
SELECT site_ref, COUNT(*) AS times FROM climbgym.incidents WHERE mechanism_cd = 'ABN' GROUP BY site_ref;

-- Q87 climbgym | incidents, members | Which members were holding the rope when someone got hurt?
SELECT m.first_nm, m.last_nm, m.banned_flg, i.inc_ts, i.mechanism_cd, i.injury_cd FROM climbgym.incidents i JOIN climbgym.members m ON m.mbr_no = i.belayer_mbr;

-- Q88 climbgym | incidents, routes, staff | Whose setting was to blame when a hold spun or broke and someone got hurt?
SELECT s.emp_nm AS setter, r.wall_cd, r.grade_txt, r.hold_colour, i.inc_ts, i.injury_cd FROM climbgym.incidents i JOIN climbgym.routes r ON r.route_id = i.route_ref JOIN climbgym.staff s ON s.emp_no = r.setter_emp WHERE i.mechanism_cd = 'SPN';

-- Q89 climbgym | incidents, staff | How many injuries has each first aider dealt with?
SELECT s.emp_nm, COUNT(*) AS incidents FROM climbgym.incidents i JOIN climbgym.staff s ON s.emp_no = i.first_aider_emp GROUP BY s.emp_nm;

-- Q90 climbgym | equipment | What kit is still in use even though it's past the maker's retirement date?
SELECT equip_id, item_type_cd, make_model, retire_by_dt FROM climbgym.equipment WHERE retire_by_dt < '2026-02-01' AND status_cd = 'SVC';

-- Q91 climbgym | equipment | Which gear is quarantined or away being serviced?
SELECT equip_id, item_type_cd, make_model, site_ref, status_cd FROM climbgym.equipment WHERE status_cd IN ('QUA', 'SRV');

-- Q92 climbgym | equip_checks, equipment, staff | Which safety checks failed or raised a concern, on what gear, and who did the check?
SELECT c.chk_dt, e.equip_id, e.make_model, c.result_cd, c.notes_txt, s.emp_nm FROM climbgym.equip_checks c JOIN climbgym.equipment e ON e.equip_id = c.equip_ref JOIN climbgym.staff s ON s.emp_no = c.inspector_emp WHERE c.result_cd IN ('ADV', 'FAIL', 'QUA');

-- Q93 climbgym | members | Which climbers haven't signed a waiver since before February 2025?
SELECT mbr_no, first_nm, last_nm, home_site, waiver_dt FROM climbgym.members WHERE waiver_dt < '2025-02-01';

-- Q94 climbgym | members, staff | Who checked each of our lead climbers off?
SELECT m.first_nm, m.last_nm, m.belay_chk_dt, s.emp_nm AS checked_by FROM climbgym.members m JOIN climbgym.staff s ON s.emp_no = m.belay_chk_by WHERE m.belay_cd = 'LD';

-- Q95 climbgym | memberships, members, plans | Whose payments have bounced so they're blocked at the desk, and what are they signed up for?
SELECT m.first_nm, m.last_nm, p.plan_nm, ms.dd_failures FROM climbgym.memberships ms JOIN climbgym.members m ON m.mbr_no = ms.mbr_ref JOIN climbgym.plans p ON p.plan_code = ms.plan_ref WHERE ms.status_cd = 'PDU';

-- Q96 climbgym | memberships, members | Who has put their membership on hold, and until when?
SELECT m.first_nm, m.last_nm, ms.freeze_from_dt, ms.freeze_to_dt FROM climbgym.memberships ms JOIN climbgym.members m ON m.mbr_no = ms.mbr_ref WHERE ms.status_cd = 'FRZ';

-- Q97 climbgym | checkins, sites | How many visits did each gym get in January, and how many of them paid on the door?
SELECT s.site_nm, COUNT(*) AS visits, COUNT(*) FILTER (WHERE c.entry_cd = 'DAY') AS day_entries FROM climbgym.checkins c JOIN climbgym.sites s ON s.site_cd = c.site_ref WHERE c.chk_ts >= '2026-01-01' AND c.chk_ts < '2026-02-01' GROUP BY s.site_nm;

-- Q98 climbgym | class_enrol, classes, members, staff | Who passed a course with us, which course was it, and who taught it?
SELECT m.first_nm, m.last_nm, c.class_nm, s.emp_nm AS instructor FROM climbgym.class_enrol e JOIN climbgym.classes c ON c.class_cd = e.class_ref JOIN climbgym.members m ON m.mbr_no = e.mbr_ref JOIN climbgym.staff s ON s.emp_no = c.instructor_emp WHERE e.passed_flg;

-- Q99 climbgym | routes, sites | How many boulder problems are up on the walls at each gym right now?
SELECT s.site_nm, COUNT(*) AS problems FROM climbgym.routes r JOIN climbgym.sites s ON s.site_cd = r.site_ref WHERE r.route_type_cd = 'BLD' AND r.strip_dt IS NULL GROUP BY s.site_nm;

-- Q100 climbgym | sales | How much have we made renting out shoes and harnesses?
SELECT item_cd, SUM(qty) AS rentals, SUM(amt) AS takings FROM climbgym.sales WHERE item_cd IN ('SHOE', 'HARN') GROUP BY item_cd;
