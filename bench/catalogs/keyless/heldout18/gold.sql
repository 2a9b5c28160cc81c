-- Verification SQL for heldout18/questions.tsv (held-out 18: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the six heldout18 schemas,
-- and the set of tables each query reads equals the tables listed for the question (bench/catalogs/check_gold.py).
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 housing | repairs | Which emergency jobs are past their target and still not finished?
SELECT job_no, prop_ref, raised_dt, target_dt, descr, status_cd FROM housing.repairs WHERE prio_cd = 'EM' AND status_cd NOT IN ('COMP', 'CXL') AND target_dt < DATE '2026-05-20';

-- Q02 housing | properties | Which of our homes have got asbestos in them, or might have?
SELECT prop_ref, hse_no, street, town, asb_cd FROM housing.properties WHERE asb_cd IN ('PRES', 'CONF') ORDER BY prop_ref;

-- Q03 housing | tenants | Which tenants need an interpreter when we ring them?
SELECT forename, surname, tel, interp_lang FROM housing.tenants WHERE interp_lang IS NOT NULL AND end_dt IS NULL;

-- Q04 housing | operatives | Whose Gas Safe card runs out before the end of July?
SELECT op_nm, gas_safe_id, gas_safe_exp FROM housing.operatives WHERE trade_cd = 'GAS' AND gas_safe_exp <= DATE '2026-07-31' AND leaver_dt IS NULL;

-- Q05 housing | contractors | Are we using any contractors whose insurance has lapsed?
SELECT con_cd, con_nm, trade_cd, pli_exp FROM housing.contractors WHERE pli_exp < DATE '2026-05-20';

-- Q06 housing | gas_checks | Which homes are overdue their gas safety certificate, or due one in the next month?
SELECT prop_ref, chk_dt, lgsr_ref, next_due_dt FROM (SELECT DISTINCT ON (prop_ref) prop_ref, chk_dt, lgsr_ref, next_due_dt FROM housing.gas_checks WHERE lgsr_ref IS NOT NULL ORDER BY prop_ref, chk_dt DESC) latest WHERE next_due_dt < DATE '2026-06-20' ORDER BY next_due_dt;

-- Q07 housing | repairs, operatives | How many jobs did each of our operatives finish in April?
SELECT o.op_nm, count(*) AS jobs FROM housing.repairs r JOIN housing.operatives o ON o.op_no = r.op_ref WHERE r.status_cd = 'COMP' AND r.compl_dt >= DATE '2026-04-01' AND r.compl_dt < DATE '2026-05-01' GROUP BY o.op_nm ORDER BY jobs DESC;

-- Q08 housing | repairs, properties | Are there any repairs still open on Bridge End Terrace?
SELECT r.job_no, p.hse_no, p.street, r.descr, r.status_cd, r.target_dt FROM housing.repairs r JOIN housing.properties p ON p.prop_ref = r.prop_ref WHERE p.street = 'Bridge End Terrace' AND r.status_cd NOT IN ('COMP', 'CXL');

-- Q09 housing | appointments, operatives | How many times has each operative not been able to get in since March?
SELECT o.op_nm, count(*) AS no_access FROM housing.appointments a JOIN housing.operatives o ON o.op_no = a.op_ref WHERE a.outcome_cd = 'NA' AND a.appt_dt >= DATE '2026-03-01' GROUP BY o.op_nm ORDER BY no_access DESC;

-- Q10 housing | damp_cases, properties | Which damp and mould reports didn't get inspected within the Awaab's Law deadline?
SELECT d.case_no, p.hse_no, p.street, p.town, d.opened_dt, d.invest_due_dt, d.invest_dt FROM housing.damp_cases d JOIN housing.properties p ON p.prop_ref = d.prop_ref WHERE d.invest_dt > d.invest_due_dt OR (d.invest_dt IS NULL AND d.invest_due_dt < DATE '2026-05-20');

-- Q11 housing | complaints, tenants | Which stage 2 complaints haven't been answered on time?
SELECT c.cmp_no, t.forename, t.surname, c.recv_dt, c.resp_due_dt, c.resp_dt FROM housing.complaints c JOIN housing.tenants t ON t.tnt_no = c.tnt_ref WHERE c.stage_cd = 2 AND ((c.resp_dt IS NULL AND c.resp_due_dt < DATE '2026-05-20') OR c.resp_dt > c.resp_due_dt);

-- Q12 housing | voids, properties | Which empty homes still aren't ready to let, and how long have we had the keys back?
SELECT v.void_no, p.hse_no, p.street, p.town, v.keys_in_dt, DATE '2026-05-20' - v.keys_in_dt AS days_empty, v.notes FROM housing.voids v JOIN housing.properties p ON p.prop_ref = v.prop_ref WHERE v.ready_dt IS NULL ORDER BY v.keys_in_dt;

-- Q13 housing | rent_accounts, tenants | Who's behind with their rent?
SELECT t.forename, t.surname, r.bal_amt, r.arr_stage_cd FROM housing.rent_accounts r JOIN housing.tenants t ON t.tnt_no = r.tnt_ref WHERE r.bal_amt > 0 ORDER BY r.bal_amt DESC;

-- Q14 housing | repairs, sor_codes | Which kinds of repair keep getting called back because they weren't fixed properly the first time?
SELECT s.sor_desc, count(*) AS recalls FROM housing.repairs r JOIN housing.sor_codes s ON s.sor_cd = r.sor_ref WHERE r.recall_yn = 'Y' GROUP BY s.sor_desc ORDER BY recalls DESC;

-- Q15 housing | repairs, tenants, rent_accounts | Are we recharging anyone for damage who's already in arrears with their rent?
SELECT t.forename, t.surname, r.job_no, r.rechg_amt, a.bal_amt FROM housing.repairs r JOIN housing.tenants t ON t.tnt_no = r.tnt_ref JOIN housing.rent_accounts a ON a.tnt_ref = r.tnt_ref WHERE r.rechg_yn = 'Y' AND a.bal_amt > 0;

-- Q16 housing | damp_cases, tenants, properties | Which vulnerable tenants have a damp case still open, and where do they live?
SELECT t.forename, t.surname, t.vuln_cd, p.hse_no, p.street, p.town, d.case_no, d.sev_cd FROM housing.damp_cases d JOIN housing.tenants t ON t.tnt_no = d.tnt_ref JOIN housing.properties p ON p.prop_ref = d.prop_ref WHERE d.closed_dt IS NULL AND d.vuln_yn = 'Y';

-- Q17 housing | repairs, desk_staff | How many repairs has each of the call centre team logged this month?
SELECT s.stf_nm, count(*) AS jobs_logged FROM housing.repairs r JOIN housing.desk_staff s ON s.usr_cd = r.raised_by WHERE s.team_cd = 'CC' AND r.raised_dt >= DATE '2026-05-01' GROUP BY s.stf_nm ORDER BY jobs_logged DESC;

-- Q18 circuit | events | What race meetings have we got coming up, and which club is running each one?
SELECT evt_nm, evt_dt, end_dt, organiser, layout_cd FROM circuit.events WHERE evt_typ = 'RACE' AND evt_dt >= DATE '2026-07-15' ORDER BY evt_dt;

-- Q19 circuit | drivers | Which racers have let their competition licence or medical run out?
SELECT fnm, snm, lic_cd, lic_exp, med_exp FROM circuit.drivers WHERE lic_cd <> 'NONE' AND (lic_exp < DATE '2026-07-15' OR med_exp < DATE '2026-07-15');

-- Q20 circuit | marshals | Which marshals' registrations have lapsed?
SELECT mar_nm, reg_no, reg_exp, tel FROM circuit.marshals WHERE reg_exp < DATE '2026-07-15';

-- Q21 circuit | trackday_bookings | Whose cars failed the noise test at signing-on this year?
SELECT bk_ref, evt_ref, veh_make, veh_model, static_db, excl_rsn FROM circuit.trackday_bookings WHERE noise_pass_yn = 'N' AND sign_on_ts >= TIMESTAMP '2026-01-01 00:00';

-- Q22 circuit | vouchers | Which gift vouchers ran out without ever being used?
SELECT vch_no, prod_cd, buyer_nm, recip_nm, exp_dt FROM circuit.vouchers WHERE redeemed_dt IS NULL AND exp_dt < DATE '2026-07-15';

-- Q23 circuit | trackday_bookings, drivers | Has anyone we've banned booked onto another track day?
SELECT d.fnm, d.snm, d.banned_until, b.bk_ref, b.evt_ref FROM circuit.trackday_bookings b JOIN circuit.drivers d ON d.drv_no = b.drv_ref WHERE d.banned_until >= DATE '2026-07-15' AND b.status_cd = 'BKD';

-- Q24 circuit | trackday_bookings, events | How much did each of this year's track days bring in?
SELECT e.evt_nm, e.evt_dt, sum(b.paid_amt) AS takings FROM circuit.trackday_bookings b JOIN circuit.events e ON e.evt_cd = b.evt_ref WHERE e.evt_dt >= DATE '2026-01-01' AND e.evt_dt < DATE '2026-07-15' GROUP BY e.evt_nm, e.evt_dt ORDER BY e.evt_dt;

-- Q25 circuit | race_entries, drivers, events | Who won their races at the PDRC Summer Cup?
SELECT d.fnm, d.snm, r.champ_nm, r.car_desc FROM circuit.race_entries r JOIN circuit.drivers d ON d.drv_no = r.drv_ref JOIN circuit.events e ON e.evt_cd = r.evt_ref WHERE e.evt_nm = 'PDRC Summer Cup' AND r.fin_pos = 1;

-- Q26 circuit | marshal_rota, marshals | How many meetings has each marshal turned up to this season?
SELECT m.mar_nm, count(*) AS meetings FROM circuit.marshal_rota r JOIN circuit.marshals m ON m.mar_id = r.mar_ref WHERE r.signed_on_yn = 'Y' GROUP BY m.mar_nm ORDER BY meetings DESC;

-- Q27 circuit | incidents, posts | Which corners see the most incidents?
SELECT p.corner_nm, count(*) AS incidents FROM circuit.incidents i JOIN circuit.posts p ON p.post_cd = i.post_ref GROUP BY p.corner_nm ORDER BY incidents DESC;

-- Q28 circuit | noise_readings, events | On which days did the village boundary noise meter go over the limit?
SELECT e.evt_nm, e.evt_dt, n.rd_ts, n.db_a, n.limit_db FROM circuit.noise_readings n JOIN circuit.events e ON e.evt_cd = n.evt_ref WHERE n.meter_cd = 'BND' AND n.over_yn = 'Y';

-- Q29 circuit | hospitality | Which hospitality clients still owe us their balance?
SELECT hb_no, co_nm, contact_nm, evt_ref, total_amt - dep_amt AS balance FROM circuit.hospitality WHERE bal_paid_yn = 'N';

-- Q30 circuit | trackday_bookings, instructors | How many tuition bookings has each instructor had?
SELECT i.inst_nm, count(*) AS tuition_bookings FROM circuit.trackday_bookings b JOIN circuit.instructors i ON i.inst_id = b.inst_ref WHERE b.tuition_cd <> 'NONE' AND b.status_cd <> 'CXL' GROUP BY i.inst_nm ORDER BY tuition_bookings DESC;

-- Q31 circuit | incidents, drivers, events | Which drivers or riders needed the medics after an incident, and at which event?
SELECT d.fnm, d.snm, e.evt_nm, i.inc_ts, i.notes FROM circuit.incidents i JOIN circuit.drivers d ON d.drv_no = i.drv_ref JOIN circuit.events e ON e.evt_cd = i.evt_ref WHERE i.med_yn = 'Y';

-- Q32 circuit | race_entries, drivers | Which racers still haven't paid their entry fee?
SELECT d.fnm, d.snm, r.evt_ref, r.champ_nm, r.entry_fee FROM circuit.race_entries r JOIN circuit.drivers d ON d.drv_no = r.drv_ref WHERE r.paid_yn = 'N';

-- Q33 circuit | garage_lets | Which pit garage keys haven't come back?
SELECT gl_no, evt_ref, garage_no, hirer_nm FROM circuit.garage_lets WHERE keys_back_yn = 'N';

-- Q34 circuit | marshal_rota, marshals, posts, events | Who was marshalling at Hollow at the July race meeting?
SELECT m.mar_nm, r.role_cd, r.signed_on_yn FROM circuit.marshal_rota r JOIN circuit.marshals m ON m.mar_id = r.mar_ref JOIN circuit.posts p ON p.post_cd = r.post_ref JOIN circuit.events e ON e.evt_cd = r.evt_ref WHERE p.corner_nm = 'Hollow' AND e.evt_typ = 'RACE' AND e.evt_dt >= DATE '2026-07-01' AND e.evt_dt < DATE '2026-08-01';

-- Q35 lifeboat | services | How many shouts have we had this year on each boat?
SELECT boat_ref, count(*) AS launches FROM lifeboat.services WHERE launch_ts >= TIMESTAMP '2026-01-01 00:00' GROUP BY boat_ref ORDER BY boat_ref;

-- Q36 lifeboat | crew | Whose crew medical is overdue?
SELECT crew_nm, role_cd, medical_due_dt FROM lifeboat.crew WHERE medical_due_dt < DATE '2026-08-20' AND left_dt IS NULL;

-- Q37 lifeboat | boats | Which boats are off service or away at the moment, and why?
SELECT boat_cd, off_no, boat_nm, status_cd, off_rsn FROM lifeboat.boats WHERE status_cd <> 'OPS' AND off_stn_dt IS NULL;

-- Q38 lifeboat | kit | Which lifejackets and drysuits are overdue their inspection?
SELECT kit_no, kit_typ, serial_no, issued_to, next_insp_dt FROM lifeboat.kit WHERE kit_typ IN ('LJ', 'DRY') AND next_insp_dt < DATE '2026-08-20' AND cond_cd <> 'COND';

-- Q39 lifeboat | services | Which shouts haven't had their return of service form sent off yet?
SELECT svc_no, launch_ts, boat_ref, incident_cd FROM lifeboat.services WHERE rtn_sub_dt IS NULL ORDER BY launch_ts;

-- Q40 lifeboat | services, crew | How many shouts has each helm and coxswain been in charge of this year?
SELECT c.crew_nm, count(*) AS shouts FROM lifeboat.services s JOIN lifeboat.crew c ON c.crew_no = s.helm_ref WHERE s.launch_ts >= TIMESTAMP '2026-01-01 00:00' GROUP BY c.crew_nm ORDER BY shouts DESC;

-- Q41 lifeboat | service_crew, crew | Has anybody gone to sea on a shout without doing their sea survival course?
SELECT DISTINCT c.crew_nm, sc.svc_ref FROM lifeboat.service_crew sc JOIN lifeboat.crew c ON c.crew_no = sc.crew_ref WHERE c.sea_surv_dt IS NULL AND sc.pos_cd <> 'SHORE' ORDER BY sc.svc_ref;

-- Q42 lifeboat | services, boats | How many hours at sea has each boat done this year?
SELECT b.boat_nm, sum(s.hrs_at_sea) AS hours_at_sea FROM lifeboat.services s JOIN lifeboat.boats b ON b.boat_cd = s.boat_ref WHERE s.launch_ts >= TIMESTAMP '2026-01-01 00:00' GROUP BY b.boat_nm ORDER BY hours_at_sea DESC;

-- Q43 lifeboat | competences, crew | Whose competences need re-assessing before the end of October?
SELECT c.crew_nm, k.comp_cd, k.exp_dt FROM lifeboat.competences k JOIN lifeboat.crew c ON c.crew_no = k.crew_ref WHERE k.exp_dt <= DATE '2026-10-31' AND c.left_dt IS NULL ORDER BY k.exp_dt;

-- Q44 lifeboat | crew, exercise_attendance, exercises | Which of the sea-going crew haven't been to a single exercise since May?
SELECT c.crew_nm, c.role_cd FROM lifeboat.crew c WHERE c.left_dt IS NULL AND c.role_cd IN ('COX', 'MECH', 'HELM', 'CREW') AND NOT EXISTS (SELECT 1 FROM lifeboat.exercise_attendance a JOIN lifeboat.exercises e ON e.ex_no = a.ex_ref WHERE a.crew_ref = c.crew_no AND a.att_cd = 'P' AND e.ex_dt >= DATE '2026-05-01');

-- Q45 lifeboat | boat_checks, boats | Are there any defects from the weekly checks that still haven't been put right?
SELECT b.boat_nm, k.chk_dt, k.defect_desc FROM lifeboat.boat_checks k JOIN lifeboat.boats b ON b.boat_cd = k.boat_ref WHERE k.defect_yn = 'Y' AND k.defect_cleared_dt IS NULL;

-- Q46 lifeboat | donations | How much have the collection boxes brought in since March?
SELECT box_loc, sum(amt) AS total FROM lifeboat.donations WHERE src_cd = 'BOX' AND don_dt >= DATE '2026-03-01' GROUP BY box_loc ORDER BY total DESC;

-- Q47 lifeboat | shop_sales, volunteers | What did each of the shop volunteers take on the till in July?
SELECT v.vol_nm, sum(s.amt) AS takings FROM lifeboat.shop_sales s JOIN lifeboat.volunteers v ON v.vol_no = s.vol_ref WHERE s.sale_dt >= DATE '2026-07-01' AND s.sale_dt < DATE '2026-08-01' GROUP BY v.vol_nm ORDER BY takings DESC;

-- Q48 lifeboat | donations, fundraisers | How much did Lifeboat Day raise against what we were hoping for?
SELECT f.evt_nm, f.target_amt, sum(d.amt) AS raised, sum(d.amt) - f.costs_amt AS net FROM lifeboat.fundraisers f JOIN lifeboat.donations d ON d.event_ref = f.evt_id WHERE f.evt_nm = 'Hollinsea Lifeboat Day' GROUP BY f.evt_nm, f.target_amt, f.costs_amt;

-- Q49 lifeboat | service_crew, services, crew | Who went out on the shout to the Northern Lass?
SELECT c.crew_nm, sc.pos_cd FROM lifeboat.service_crew sc JOIN lifeboat.services s ON s.svc_no = sc.svc_ref JOIN lifeboat.crew c ON c.crew_no = sc.crew_ref WHERE s.cas_vessel = 'Northern Lass';

-- Q50 lifeboat | volunteers | Which shop volunteers haven't done their health and safety induction?
SELECT vol_nm, role_cd, start_dt FROM lifeboat.volunteers WHERE hs_ind_yn = 'N' AND left_dt IS NULL;

-- Q51 lifeboat | services | How many lives have we saved this year, and how many people have we helped?
SELECT sum(lives_saved) AS lives_saved, sum(people_aided) AS people_aided FROM lifeboat.services WHERE launch_ts >= TIMESTAMP '2026-01-01 00:00';

-- Q52 parish | hall_bookings | What's booked in the main hall this Saturday?
SELECT bk_no, start_tm, end_tm, event_desc, status_cd FROM parish.hall_bookings WHERE room_ref = 'MAIN' AND bk_dt = DATE '2026-09-19' AND status_cd <> 'CXL' ORDER BY start_tm;

-- Q53 parish | hirers | Which of the groups that hire the hall have let their insurance lapse?
SELECT hirer_no, org_nm, contact_nm, pli_exp FROM parish.hirers WHERE own_pli_yn = 'Y' AND pli_exp < DATE '2026-09-15';

-- Q54 parish | officers | Whose DBS check is more than three years old?
SELECT off_nm, role_cd, dbs_lvl, dbs_dt FROM parish.officers WHERE dbs_lvl <> 'NONE' AND dbs_dt < DATE '2023-09-15';

-- Q55 parish | electoral_roll | How many people are on the electoral roll at the moment?
SELECT count(*) AS on_roll FROM parish.electoral_roll WHERE removed_dt IS NULL;

-- Q56 parish | graves | How many grave spaces have we got left in the churchyard extension?
SELECT grave_typ, count(*) AS free_plots FROM parish.graves WHERE section_cd = 'EXT' AND status_cd = 'FREE' GROUP BY grave_typ;

-- Q57 parish | hall_bookings, hirers | Which private parties still haven't paid for the hall?
SELECT h.contact_nm, b.bk_dt, b.event_desc, b.hire_fee FROM parish.hall_bookings b JOIN parish.hirers h ON h.hirer_no = b.hirer_ref WHERE h.hirer_typ = 'PRIV' AND b.paid_yn = 'N' AND b.status_cd <> 'CXL' ORDER BY b.bk_dt;

-- Q58 parish | hall_bookings, hirers | Has anyone we said we'd never let the hall to again got a booking?
SELECT h.contact_nm, h.notes, b.bk_dt, b.event_desc, b.status_cd FROM parish.hall_bookings b JOIN parish.hirers h ON h.hirer_no = b.hirer_ref WHERE h.blk_yn = 'Y';

-- Q59 parish | hall_bookings, hall_rooms | How much did each room bring in over the summer, June to August?
SELECT r.room_nm, sum(b.hire_fee) AS income FROM parish.hall_bookings b JOIN parish.hall_rooms r ON r.room_cd = b.room_ref WHERE b.bk_dt >= DATE '2026-06-01' AND b.bk_dt < DATE '2026-09-01' AND b.status_cd <> 'CXL' GROUP BY r.room_nm ORDER BY income DESC;

-- Q60 parish | weddings | Which of the weddings coming up still haven't had all three banns read?
SELECT party1_nm, party2_nm, wed_dt, banns_1, banns_2, banns_3 FROM parish.weddings WHERE wed_dt > DATE '2026-09-15' AND qual_cd IN ('RES', 'QC') AND banns_3 IS NULL AND status_cd <> 'CXL';

-- Q61 parish | funerals | Which funeral fees are we still waiting on from the undertakers?
SELECT deceased_nm, fun_dt, fd_nm, fee_amt FROM parish.funerals WHERE fee_paid_yn = 'N' ORDER BY fun_dt;

-- Q62 parish | services | How did the numbers in church at Easter compare with Christmas?
SELECT svc_dt, svc_tm, notes, adults, children, communicants FROM parish.services WHERE svc_dt IN (DATE '2025-12-24', DATE '2025-12-25', DATE '2026-04-05') ORDER BY svc_dt, svc_tm;

-- Q63 parish | gifts, givers | How much Gift Aid have we still got to claim back?
SELECT sum(g.amt) AS gifts_unclaimed, sum(g.amt) * 0.25 AS gift_aid_due FROM parish.gifts g JOIN parish.givers v ON v.giver_no = g.giver_ref WHERE v.gift_aid_yn = 'Y' AND g.ga_claim_ref IS NULL;

-- Q64 parish | baptisms, officers | How many christenings has each of the clergy taken this year?
SELECT o.off_nm, count(*) AS baptisms FROM parish.baptisms b JOIN parish.officers o ON o.off_no = b.minister WHERE b.bap_dt >= DATE '2026-01-01' AND b.bap_dt <= DATE '2026-09-15' GROUP BY o.off_nm;

-- Q65 parish | rota, services | Who's reading at the ten o'clock this Sunday?
SELECT r.person_nm, r.confirmed_yn FROM parish.rota r JOIN parish.services s ON s.svc_no = r.svc_ref WHERE s.svc_dt = DATE '2026-09-20' AND s.svc_tm = TIME '10:00' AND r.duty_cd = 'READ';

-- Q66 parish | fabric_log | What did the quinquennial flag as urgent that still hasn't been done?
SELECT qi_ref, location, descr, est_cost FROM parish.fabric_log WHERE prio_cd = 'A' AND status_cd = 'OPEN' AND qi_ref IS NOT NULL;

-- Q67 parish | hall_bookings, hirers, officers | Which bookings with a bar haven't got a temporary event notice, and who took the booking?
SELECT b.bk_no, b.bk_dt, h.contact_nm, h.org_nm, b.event_desc, o.off_nm AS booked_by FROM parish.hall_bookings b JOIN parish.hirers h ON h.hirer_no = b.hirer_ref JOIN parish.officers o ON o.off_no = b.booked_by WHERE b.alcohol_cd = 'BAR' AND b.ten_ref IS NULL AND b.status_cd <> 'CXL';

-- Q68 parish | graves, funerals | Which headstones have gone up without permission, and who's buried there?
SELECT g.plot_ref, f.deceased_nm, f.fun_dt, f.fd_nm FROM parish.graves g JOIN parish.funerals f ON f.plot_ref = g.plot_ref WHERE g.memorial_cd = 'UNAUTH';

-- Q69 carpark | bookings | Which cars are still here after their owners should have picked them up?
SELECT bk_ref, veh_reg, veh_make, veh_model, ret_ts, bay_ref FROM carpark.bookings WHERE status_cd = 'IN' AND ret_ts < TIMESTAMP '2026-08-10 09:00';

-- Q70 carpark | customers | Who have we blocked from booking?
SELECT fnm, snm, email, block_rsn FROM carpark.customers WHERE blocked_yn = 'Y';

-- Q71 carpark | drivers | Which drivers are overdue their six-monthly licence check?
SELECT drv_nm, role_cd, lic_chk_dt FROM carpark.drivers WHERE lic_chk_dt < DATE '2026-02-10' AND leaver_dt IS NULL;

-- Q72 carpark | buses | Is any of the shuttle buses out of MOT or overdue its safety inspection?
SELECT bus_no, reg_no, mot_exp, next_insp_dt, status_cd FROM carpark.buses WHERE mot_exp < DATE '2026-08-10' OR next_insp_dt < DATE '2026-08-10';

-- Q73 carpark | anpr_reads | Which number plates have come in through the barrier this month without a booking?
SELECT plate, read_ts, conf_pct FROM carpark.anpr_reads WHERE dir_cd = 'IN' AND bk_match IS NULL AND read_ts >= TIMESTAMP '2026-08-01 00:00' ORDER BY read_ts;

-- Q74 carpark | tariffs | What do we charge for a fortnight's meet and greet in the peak season?
SELECT price, extra_day FROM carpark.tariffs WHERE prod_cd = 'MG' AND season_cd = 'PEAK' AND days = 14;

-- Q75 carpark | bookings, customers | Has anybody we've blocked managed to book again?
SELECT c.fnm, c.snm, b.bk_ref, b.chan_cd, b.drop_ts FROM carpark.bookings b JOIN carpark.customers c ON c.cust_no = b.cust_ref WHERE c.blocked_yn = 'Y' AND b.status_cd = 'BKD';

-- Q76 carpark | bookings, corp_accounts | How much has each company account spent with us since June?
SELECT a.co_nm, sum(b.price + b.extra_chg) AS spend FROM carpark.bookings b JOIN carpark.corp_accounts a ON a.corp_cd = b.corp_ref WHERE b.drop_ts >= TIMESTAMP '2026-06-01 00:00' AND b.status_cd NOT IN ('CXL', 'NS') GROUP BY a.co_nm ORDER BY spend DESC;

-- Q77 carpark | car_moves, drivers | Have any of the meet and greet drivers put more than a few miles on a customer's car?
SELECT d.drv_nm, m.bk_ref, m.mv_cd, m.odo_end - m.odo_start AS miles FROM carpark.car_moves m JOIN carpark.drivers d ON d.drv_no = m.drv_ref WHERE m.odo_end - m.odo_start > 6 ORDER BY miles DESC;

-- Q78 carpark | shuttle_runs, drivers | Which bus drivers have been running late this month, and by how much on average?
SELECT d.drv_nm, count(*) AS runs, avg(r.late_min) AS avg_late_min FROM carpark.shuttle_runs r JOIN carpark.drivers d ON d.drv_no = r.drv_ref WHERE r.dep_ts >= TIMESTAMP '2026-08-01 00:00' GROUP BY d.drv_nm HAVING avg(r.late_min) > 0 ORDER BY avg_late_min DESC;

-- Q79 carpark | shuttle_runs, buses | Has any bus been out on the terminal run after its MOT ran out?
SELECT b.bus_no, b.reg_no, b.mot_exp, r.dep_ts FROM carpark.shuttle_runs r JOIN carpark.buses b ON b.bus_no = r.bus_ref WHERE CAST(r.dep_ts AS date) > b.mot_exp;

-- Q80 carpark | damage_claims, bookings, customers | Which damage claims are still open, and whose cars are they?
SELECT d.clm_no, c.fnm, c.snm, b.veh_reg, d.dmg_desc, d.recv_dt FROM carpark.damage_claims d JOIN carpark.bookings b ON b.bk_ref = d.bk_ref JOIN carpark.customers c ON c.cust_no = b.cust_ref WHERE d.status_cd = 'OPEN';

-- Q81 carpark | bookings | How much commission did Holiday Extras take off us for July?
SELECT sum(comm_amt) AS commission FROM carpark.bookings WHERE chan_cd = 'HX' AND drop_ts >= TIMESTAMP '2026-07-01 00:00' AND drop_ts < TIMESTAMP '2026-08-01 00:00';

-- Q82 carpark | valet_jobs, bookings, customers | Which valets failed the quality check, and whose car was it?
SELECT v.vj_no, v.pkg_cd, v.valeter_nm, v.done_ts, c.fnm, c.snm, b.veh_reg FROM carpark.valet_jobs v JOIN carpark.bookings b ON b.bk_ref = v.bk_ref JOIN carpark.customers c ON c.cust_no = b.cust_ref WHERE v.qc_pass_yn = 'N';

-- Q83 carpark | key_log, bookings, customers | Whose keys are still hanging in the key cabinet?
SELECT k.tag_no, k.cabinet_cd, k.slot_no, c.fnm, c.snm, b.veh_reg FROM carpark.key_log k JOIN carpark.bookings b ON b.bk_ref = k.bk_ref JOIN carpark.customers c ON c.cust_no = b.cust_ref WHERE k.out_ts IS NULL;

-- Q84 carpark | complaints | How many complaints about people being kept waiting have we had this summer?
SELECT count(*) AS waiting_complaints FROM carpark.complaints WHERE cat_cd = 'LATE' AND recv_dt >= DATE '2026-06-01';

-- Q85 rowing | members | Whose British Rowing membership has run out, or was never set up?
SELECT fnm, snm, cat_cd, br_no, br_exp FROM rowing.members WHERE left_dt IS NULL AND cat_cd <> 'SOC' AND (br_exp IS NULL OR br_exp < DATE '2026-05-18');

-- Q86 rowing | boats | Which boats are out of action at the moment?
SELECT hull_no, boat_nm, cls_cd FROM rowing.boats WHERE oou_yn = 'Y';

-- Q87 rowing | coaches | Which coaches are out of date on their DBS or safeguarding?
SELECT coach_nm, dbs_exp, sg_exp FROM rowing.coaches WHERE dbs_exp < DATE '2026-05-18' OR sg_exp < DATE '2026-05-18';

-- Q88 rowing | launches | Are any of the launches overdue their monthly safety checks?
SELECT launch_cd, launch_nm, kill_cord_chk_dt, kit_chk_dt FROM rowing.launches WHERE oou_yn = 'N' AND (kill_cord_chk_dt < DATE '2026-04-18' OR kit_chk_dt < DATE '2026-04-18');

-- Q89 rowing | subs, members | Who hasn't paid their subs for this season yet?
SELECT m.fnm, m.snm, s.amt, s.paid_amt, s.amt - s.paid_amt AS owed FROM rowing.subs s JOIN rowing.members m ON m.mem_no = s.mem_ref WHERE s.season_cd = '2026/27' AND s.paid_amt < s.amt AND m.left_dt IS NULL ORDER BY owed DESC;

-- Q90 rowing | outings | Has anybody been out on the river after dark without lights?
SELECT out_no, out_dt, out_tm, back_tm, hull_ref, squad_cd FROM rowing.outings WHERE vis_cd = 'DARK' AND lights_yn = 'N';

-- Q91 rowing | outing_crew, members | Has anyone been on the water who hasn't passed the swim test?
SELECT DISTINCT m.fnm, m.snm, m.squad_cd FROM rowing.outing_crew c JOIN rowing.members m ON m.mem_no = c.mem_ref WHERE m.swim_yn = 'N';

-- Q92 rowing | outings, coaches | Has a coach been driving a launch without their powerboat ticket?
SELECT c.coach_nm, o.out_dt, o.launch_ref FROM rowing.outings o JOIN rowing.coaches c ON c.coach_no = o.coach_ref WHERE o.launch_ref IS NOT NULL AND c.pb2_yn = 'N' ORDER BY o.out_dt;

-- Q93 rowing | erg_tests, members | What are the best 2k erg times in the men's senior squad?
SELECT m.fnm, m.snm, min(e.time_s) AS best_2k_s FROM rowing.erg_tests e JOIN rowing.members m ON m.mem_no = e.mem_ref WHERE e.dist_m = 2000 AND m.squad_cd = 'MSEN' GROUP BY m.fnm, m.snm ORDER BY best_2k_s;

-- Q94 rowing | race_entries, regattas | Which of our Hereford Regatta entries haven't been paid for?
SELECT r.evt_cd, r.crew_nm, r.entry_fee, g.closes_dt FROM rowing.race_entries r JOIN rowing.regattas g ON g.reg_cd = r.reg_ref WHERE g.reg_nm = 'Hereford Regatta' AND r.paid_yn = 'N';

-- Q95 rowing | incidents, members | Who's ended up in the water this spring?
SELECT m.fnm, m.snm, i.inc_dt, i.actions FROM rowing.incidents i JOIN rowing.members m ON m.mem_no = i.mem_ref WHERE i.inc_cd = 'CAPS' AND i.inc_dt >= DATE '2026-03-01';

-- Q96 rowing | boat_repairs, boats | What's still waiting to be fixed in the boathouse?
SELECT b.boat_nm, b.cls_cd, r.descr, r.reported_dt, r.repairer FROM rowing.boat_repairs r JOIN rowing.boats b ON b.hull_no = r.hull_ref WHERE r.fixed_dt IS NULL;

-- Q97 rowing | race_entries, boats | Have we entered any crew in a boat that's out of action?
SELECT r.reg_ref, r.evt_cd, r.crew_nm, b.boat_nm FROM rowing.race_entries r JOIN rowing.boats b ON b.hull_no = r.hull_ref WHERE b.oou_yn = 'Y' AND r.result_cd IS NULL;

-- Q98 rowing | ltr_signups | How many people from the April learn to row course went on to join?
SELECT count(*) AS on_course, count(mem_ref) AS joined FROM rowing.ltr_signups WHERE course_cd = 'LTR-APR26';

-- Q99 rowing | outing_crew, outings, members | Who's been rowing since their British Rowing membership lapsed?
SELECT DISTINCT m.fnm, m.snm, m.br_exp, o.out_dt FROM rowing.outing_crew c JOIN rowing.outings o ON o.out_no = c.out_ref JOIN rowing.members m ON m.mem_no = c.mem_ref WHERE o.out_dt > m.br_exp ORDER BY o.out_dt;

-- Q100 rowing | race_entries, regattas, members | Which of our crews won at Ross, and who was stroking them?
SELECT r.evt_cd, r.crew_nm, m.fnm, m.snm FROM rowing.race_entries r JOIN rowing.regattas g ON g.reg_cd = r.reg_ref JOIN rowing.members m ON m.mem_no = r.stroke_ref WHERE g.reg_nm = 'Ross Regatta' AND r.result_cd = 'WIN';
