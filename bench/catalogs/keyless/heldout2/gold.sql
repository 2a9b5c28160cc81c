-- Verification SQL for heldout2/questions.tsv (held-out 2: written without reading the selection code).
-- One block per question, numbered in the order of questions.tsv: "-- Qnn schema | tables needed | question".
-- Every table is schema-qualified; each query was run on a scratch database holding only the six heldout2 schemas,
-- and the set of tables each query reads equals the tables listed for the question.
-- This file is not a catalog file: keep it out of any glob that loads keyless/*/*.sql.

-- Q01 utility | meters | How many smart meters are in service?
SELECT count(*) FROM utility.meters WHERE ami_flg AND meter_status = 'in service';

-- Q02 utility | outages | How many outages were caused by vegetation?
SELECT count(*) FROM utility.outages WHERE cause_cd = 'vegetation';

-- Q03 utility | outages,feeders | Customers affected by storm outages per operating district
SELECT f.district, sum(o.customers_out) FROM utility.outages o JOIN utility.feeders f ON f.feeder_cd = o.feeder_cd WHERE o.cause_cd = 'storm' GROUP BY f.district;

-- Q04 utility | bills,service_points,rate_plans | Average billed kWh per rate plan name
SELECT r.plan_nm, avg(b.billed_kwh) FROM utility.bills b JOIN utility.service_points s ON s.acct_no = b.acct_ref JOIN utility.rate_plans r ON r.rate_cd = s.rate_cd GROUP BY r.plan_nm;

-- Q05 utility | service_points,rate_plans | How many accounts are on the EV Saver plan?
SELECT count(DISTINCT s.acct_no) FROM utility.service_points s JOIN utility.rate_plans r ON r.rate_cd = s.rate_cd WHERE r.plan_nm = 'EV Saver';

-- Q06 utility | meters,service_points,premises | List the meters installed at premises in Springfield
SELECT m.meter_no FROM utility.meters m JOIN utility.service_points s ON s.sp_id = m.sp_ref JOIN utility.premises p ON p.premise_id = s.premise_id WHERE p.city = 'Springfield';

-- Q07 utility | payments | Total amount paid per payment method in February 2026
SELECT pmt_method, sum(pmt_amt) FROM utility.payments WHERE pmt_dt >= '2026-02-01' AND pmt_dt < '2026-03-01' GROUP BY pmt_method;

-- Q08 utility | payments,bills,accounts | Energy assistance pledges received per customer class
SELECT a.cust_class, sum(p.pmt_amt) FROM utility.payments p JOIN utility.bills b ON b.bill_num = p.bill_no JOIN utility.accounts a ON a.acct_no = b.acct_ref WHERE p.pmt_method = 'energy assistance pledge' GROUP BY a.cust_class;

-- Q09 utility | bills | how many bills are past due
SELECT count(*) FROM utility.bills WHERE bill_status = 'past due';

-- Q10 utility | bills,accounts | Total amount due on bills of industrial customers
SELECT sum(b.total_due_amt) FROM utility.bills b JOIN utility.accounts a ON a.acct_no = b.acct_ref WHERE a.cust_class = 'industrial';

-- Q11 utility | meter_reads,meters | Number of estimated meter reads per meter manufacturer
SELECT m.manufacturer, count(*) FROM utility.meter_reads r JOIN utility.meters m ON m.meter_no = r.meter_id WHERE r.read_type = 'estimated' GROUP BY m.manufacturer;

-- Q12 utility | outages,feeders | Total outage hours on the feeders of Evergreen Substation
SELECT sum(extract(epoch FROM o.restored_ts - o.began_ts) / 3600) FROM utility.outages o JOIN utility.feeders f ON f.feeder_cd = o.feeder_cd WHERE f.substation_nm = 'Evergreen Substation';

-- Q13 utility | field_orders,premises | Which technicians worked orders at premises in Shelbyville?
SELECT DISTINCT o.technician_nm FROM utility.field_orders o JOIN utility.premises p ON p.premise_id = o.premise_ref WHERE p.city = 'Shelbyville';

-- Q14 utility | bills,service_points,premises,feeders | Billed revenue per substation
SELECT f.substation_nm, sum(b.total_due_amt - coalesce(b.prior_balance_amt, 0)) FROM utility.bills b JOIN utility.service_points s ON s.acct_no = b.acct_ref JOIN utility.premises p ON p.premise_id = s.premise_id JOIN utility.feeders f ON f.feeder_cd = p.feeder_ref GROUP BY f.substation_nm;

-- Q15 utility | accounts,service_points,premises | Names of customers who have solar panels at their premises
SELECT DISTINCT a.cust_name FROM utility.accounts a JOIN utility.service_points s ON s.acct_no = a.acct_no JOIN utility.premises p ON p.premise_id = s.premise_id WHERE p.has_solar;

-- Q16 utility | field_orders,meters | Field orders for Itron meters
SELECT o.* FROM utility.field_orders o JOIN utility.meters m ON m.meter_no = o.meter_serial WHERE m.manufacturer = 'Itron';

-- Q17 utility | meters,service_points,accounts | Customers whose meter reported tampering
SELECT DISTINCT a.cust_name FROM utility.meters m JOIN utility.service_points s ON s.sp_id = m.sp_ref JOIN utility.accounts a ON a.acct_no = s.acct_no WHERE m.tamper_flg;

-- Q18 farmcoop | members | How many voting members does the co-op have?
SELECT count(*) FROM farmcoop.members WHERE member_class = 'voting';

-- Q19 farmcoop | grain_tickets,members | Settled bushels delivered per farm
SELECT m.farm_nm, sum(t.dry_bu) FROM farmcoop.grain_tickets t JOIN farmcoop.members m ON m.member_no = t.mbr_id WHERE NOT t.void_flg GROUP BY m.farm_nm;

-- Q20 farmcoop | grain_tickets,crops,elevators | Bushels of soybeans delivered at Huxley Station
SELECT sum(t.dry_bu) FROM farmcoop.grain_tickets t JOIN farmcoop.crops c ON c.crop_cd = t.commodity_cd JOIN farmcoop.elevators e ON e.elevator_cd = t.elevator_cd WHERE c.crop_nm = 'soybeans' AND e.elevator_nm = 'Huxley Station';

-- Q21 farmcoop | grain_tickets,crops | Average moisture of corn loads
SELECT avg(t.moisture_pct) FROM farmcoop.grain_tickets t JOIN farmcoop.crops c ON c.crop_cd = t.commodity_cd WHERE c.crop_nm = 'corn';

-- Q22 farmcoop | grain_tickets | How many scale tickets were voided?
SELECT count(*) FROM farmcoop.grain_tickets WHERE void_flg;

-- Q23 farmcoop | supply_sales,supply_items,branches | Fertilizer sales per branch town
SELECT b.town, sum(s.ext_amt) FROM farmcoop.supply_sales s JOIN farmcoop.supply_items i ON i.sku = s.item_sku JOIN farmcoop.branches b ON b.branch_cd = s.branch_cd WHERE i.category = 'fertilizer' GROUP BY b.town;

-- Q24 farmcoop | fields | Irrigated acreage per county
SELECT county, sum(acres) FROM farmcoop.fields WHERE irrigated GROUP BY county;

-- Q25 farmcoop | plantings,fields,members | Which members planted Pioneer P1185?
SELECT DISTINCT m.farm_nm, m.owner_nm FROM farmcoop.plantings p JOIN farmcoop.fields f ON f.field_id = p.field_ref JOIN farmcoop.members m ON m.member_no = f.member_no WHERE p.seed_variety = 'Pioneer P1185';

-- Q26 farmcoop | plantings,crops | Average expected yield per crop
SELECT c.crop_nm, avg(p.expected_yield_bu_ac) FROM farmcoop.plantings p JOIN farmcoop.crops c ON c.crop_cd = p.crop_cd GROUP BY c.crop_nm;

-- Q27 farmcoop | grain_contracts,members | Open hedge-to-arrive contracts per farm name
SELECT m.farm_nm, count(*) FROM farmcoop.grain_contracts g JOIN farmcoop.members m ON m.member_no = g.member_no WHERE g.contract_type = 'hedge-to-arrive' AND g.status = 'open' GROUP BY m.farm_nm;

-- Q28 farmcoop | grain_contracts,crops,elevators | Contracted bushels per crop and delivery elevator town
SELECT c.crop_nm, e.town, sum(g.contracted_bu) FROM farmcoop.grain_contracts g JOIN farmcoop.crops c ON c.crop_cd = g.crop_cd JOIN farmcoop.elevators e ON e.elevator_cd = g.elevator_cd GROUP BY c.crop_nm, e.town;

-- Q29 farmcoop | supply_sales,members | Purchases put on charge accounts per farm name
SELECT m.farm_nm, sum(s.ext_amt) FROM farmcoop.supply_sales s JOIN farmcoop.members m ON m.member_no = s.member_ref WHERE s.pay_type = 'charge account' GROUP BY m.farm_nm;

-- Q30 farmcoop | grain_tickets,grain_contracts | Bushels delivered against each grain contract compared with the contracted bushels
SELECT g.contract_no, g.contracted_bu, coalesce(sum(t.dry_bu), 0) FROM farmcoop.grain_contracts g LEFT JOIN farmcoop.grain_tickets t ON t.contract_ref = g.contract_no AND NOT t.void_flg GROUP BY g.contract_no, g.contracted_bu;

-- Q31 farmcoop | elevators | Which elevators can load trains?
SELECT elevator_nm FROM farmcoop.elevators WHERE rail_spur;

-- Q32 farmcoop | grain_tickets,members,crops | Grain settlement revenue from Story county members per crop
SELECT c.crop_nm, sum(t.net_settle_amt) FROM farmcoop.grain_tickets t JOIN farmcoop.members m ON m.member_no = t.mbr_id JOIN farmcoop.crops c ON c.crop_cd = t.commodity_cd WHERE m.county = 'Story' AND NOT t.void_flg GROUP BY c.crop_nm;

-- Q33 farmcoop | supply_sales,supply_items | Farm supply sales per product category
SELECT i.category, sum(s.ext_amt) FROM farmcoop.supply_sales s JOIN farmcoop.supply_items i ON i.sku = s.item_sku GROUP BY i.category;

-- Q34 farmcoop | supply_sales,supply_items,branches | Restricted-use pesticides sold at Boone Supply
SELECT i.item_desc, sum(s.qty) FROM farmcoop.supply_sales s JOIN farmcoop.supply_items i ON i.sku = s.item_sku JOIN farmcoop.branches b ON b.branch_cd = s.branch_cd WHERE i.restricted_use AND b.branch_nm = 'Boone Supply' GROUP BY i.item_desc;

-- Q35 farmcoop | fields,members | How many acres does Hillside Acres rent?
SELECT sum(f.acres) FROM farmcoop.fields f JOIN farmcoop.members m ON m.member_no = f.member_no WHERE f.rented AND m.farm_nm = 'Hillside Acres';

-- Q36 pharmacy | prescriptions | How many prescriptions are on hold?
SELECT count(*) FROM pharmacy.prescriptions WHERE rx_status = 'on hold';

-- Q37 pharmacy | fills,pharmacists | How many fills did Omar Haddad verify?
SELECT count(*) FROM pharmacy.fills f JOIN pharmacy.pharmacists r ON r.rph_id = f.rph_id WHERE r.rph_nm = 'Omar Haddad';

-- Q38 pharmacy | prescriptions,drugs,prescribers | Opioid prescriptions written per prescriber specialty
SELECT p.specialty, count(*) FROM pharmacy.prescriptions x JOIN pharmacy.drugs d ON d.ndc = x.ndc_cd JOIN pharmacy.prescribers p ON p.npi = x.prescriber_npi WHERE d.therapeutic_class = 'opioid analgesics' GROUP BY p.specialty;

-- Q39 pharmacy | fills,prescriptions,stores | Total copays collected per store name
SELECT s.store_nm, sum(f.copay_amt) FROM pharmacy.fills f JOIN pharmacy.prescriptions x ON x.rx_num = f.rx_no JOIN pharmacy.stores s ON s.store_num = x.store_no GROUP BY s.store_nm;

-- Q40 pharmacy | fills,insurance_plans | Amount reimbursed by insurers per plan type
SELECT i.plan_type, sum(f.plan_paid_amt) FROM pharmacy.fills f JOIN pharmacy.insurance_plans i ON i.plan_id = f.plan_id GROUP BY i.plan_type;

-- Q41 pharmacy | drugs | Which drugs must be refrigerated?
SELECT drug_nm, strength FROM pharmacy.drugs WHERE refrigerate;

-- Q42 pharmacy | patients,insurance_plans | Patients whose primary insurance is BlueShield PPO
SELECT p.first_nm, p.last_nm FROM pharmacy.patients p JOIN pharmacy.insurance_plans i ON i.plan_id = p.primary_plan_id WHERE i.plan_nm = 'BlueShield PPO';

-- Q43 pharmacy | fills,prescriptions,drugs,stores | Generic dispensing rate per district
SELECT s.district_nm, avg(CASE WHEN d.brand_generic = 'generic' THEN 1.0 ELSE 0 END) FROM pharmacy.fills f JOIN pharmacy.prescriptions x ON x.rx_num = f.rx_no JOIN pharmacy.drugs d ON d.ndc = x.ndc_cd JOIN pharmacy.stores s ON s.store_num = x.store_no GROUP BY s.district_nm;

-- Q44 pharmacy | pos_lines,products | Front-store sales per merchandise category
SELECT p.category, sum(l.line_amt) FROM pharmacy.pos_lines l JOIN pharmacy.products p ON p.upc = l.upc_cd GROUP BY p.category;

-- Q45 pharmacy | pos_transactions,stores | Register sales per store city
SELECT s.city, sum(t.total_amt) FROM pharmacy.pos_transactions t JOIN pharmacy.stores s ON s.store_num = t.store_num GROUP BY s.city;

-- Q46 pharmacy | pos_transactions,loyalty_members | What do Gold tier loyalty members spend at the register?
SELECT sum(t.total_amt) FROM pharmacy.pos_transactions t JOIN pharmacy.loyalty_members m ON m.loyalty_no = t.loyalty_card WHERE m.tier = 'Gold';

-- Q47 pharmacy | pos_transactions | How many register transactions were paid with an HSA card?
SELECT count(*) FROM pharmacy.pos_transactions WHERE tender_type = 'HSA card';

-- Q48 pharmacy | pos_lines,products,pos_transactions | Units of DayQuil sold per store number
SELECT t.store_num, sum(l.qty) FROM pharmacy.pos_lines l JOIN pharmacy.products p ON p.upc = l.upc_cd JOIN pharmacy.pos_transactions t ON t.txn_id = l.txn_id WHERE p.item_desc LIKE 'DayQuil%' GROUP BY t.store_num;

-- Q49 pharmacy | fills,prescriptions,drugs | Drug names of fills returned to stock
SELECT d.drug_nm, count(*) FROM pharmacy.fills f JOIN pharmacy.prescriptions x ON x.rx_num = f.rx_no JOIN pharmacy.drugs d ON d.ndc = x.ndc_cd WHERE f.fill_status = 'returned to stock' GROUP BY d.drug_nm;

-- Q50 pharmacy | pharmacists | immunizing pharmacists per state
SELECT license_state, count(*) FROM pharmacy.pharmacists WHERE immunizer_certified GROUP BY license_state;

-- Q51 pharmacy | prescriptions,prescribers | Prescribers with prior authorizations still pending
SELECT DISTINCT p.prescriber_nm FROM pharmacy.prescriptions x JOIN pharmacy.prescribers p ON p.npi = x.prescriber_npi WHERE x.prior_auth_status = 'pending';

-- Q52 pharmacy | prescriptions,prescribers,patients,loyalty_members | Gold tier loyalty members among Dr. Ruth Abara's patients
SELECT DISTINCT pa.first_nm, pa.last_nm FROM pharmacy.prescriptions x JOIN pharmacy.prescribers p ON p.npi = x.prescriber_npi JOIN pharmacy.patients pa ON pa.patient_id = x.patient_ref JOIN pharmacy.loyalty_members m ON m.loyalty_no = pa.loyalty_no WHERE p.prescriber_nm = 'Dr. Ruth Abara' AND m.tier = 'Gold';

-- Q53 pharmacy | stores | Which stores are open 24 hours with a drive-thru?
SELECT store_nm FROM pharmacy.stores WHERE open_24h AND drive_thru;

-- Q54 permits | permits | How many permits are in review?
SELECT count(*) FROM permits.permits WHERE permit_status = 'in review';

-- Q55 permits | inspections,inspectors | Failed inspections per inspector
SELECT i.inspector_nm, count(*) FROM permits.inspections x JOIN permits.inspectors i ON i.inspector_id = x.inspector_no WHERE x.result = 'fail' GROUP BY i.inspector_nm;

-- Q56 permits | permits,parcels | Permits issued in Old Town
SELECT p.permit_num FROM permits.permits p JOIN permits.parcels a ON a.apn = p.parcel_apn WHERE a.neighborhood_nm = 'Old Town' AND p.issued_dt IS NOT NULL;

-- Q57 permits | fee_payments,fees,permits | Fees paid by check on building permits
SELECT sum(fp.paid_amt) FROM permits.fee_payments fp JOIN permits.fees f ON f.fee_id = fp.fee_ref JOIN permits.permits p ON p.permit_num = f.permit_num WHERE fp.pay_method = 'check' AND p.permit_type = 'building';

-- Q58 permits | fees,fee_payments | Outstanding (unpaid) fee amount per permit
SELECT f.permit_num, sum(f.fee_amt - coalesce((SELECT sum(p.paid_amt) FROM permits.fee_payments p WHERE p.fee_ref = f.fee_id), 0)) FROM permits.fees f WHERE NOT f.waived GROUP BY f.permit_num;

-- Q59 permits | contractors,applicants,permits | Permits applied for by contractors whose insurance has expired
SELECT p.permit_num, c.business_nm FROM permits.permits p JOIN permits.applicants a ON a.applicant_id = p.applicant_ref JOIN permits.contractors c ON c.license_no = a.contractor_lic WHERE c.insurance_exp_dt < current_date;

-- Q60 permits | violation_cases,parcels | Open code violation cases per council ward
SELECT a.council_ward, count(*) FROM permits.violation_cases v JOIN permits.parcels a ON a.apn = v.apn_ref WHERE v.closed_dt IS NULL GROUP BY a.council_ward;

-- Q61 permits | plan_reviews | Average plan review time in days per discipline
SELECT discipline, avg(completed_dt - started_dt) FROM permits.plan_reviews GROUP BY discipline;

-- Q62 permits | inspections,permits | Inspection results on electrical permits
SELECT x.result, count(*) FROM permits.inspections x JOIN permits.permits p ON p.permit_num = x.permit_ref WHERE p.permit_type = 'electrical' GROUP BY x.result;

-- Q63 permits | fee_payments,fees,permits,parcels | Permit fees collected per zoning code
SELECT a.zoning_cd, sum(fp.paid_amt) FROM permits.fee_payments fp JOIN permits.fees f ON f.fee_id = fp.fee_ref JOIN permits.permits p ON p.permit_num = f.permit_num JOIN permits.parcels a ON a.apn = p.parcel_apn GROUP BY a.zoning_cd;

-- Q64 permits | permits,parcels | New housing units from finaled permits per council ward
SELECT a.council_ward, sum(p.dwelling_units_added) FROM permits.permits p JOIN permits.parcels a ON a.apn = p.parcel_apn WHERE p.permit_status = 'finaled' GROUP BY a.council_ward;

-- Q65 permits | permits | Total declared valuation of new construction permits
SELECT sum(valuation_amt) FROM permits.permits WHERE work_class = 'new construction';

-- Q66 permits | inspections,inspectors,permits,applicants | Which inspectors inspected work on permits filed by homeowners?
SELECT DISTINCT i.inspector_nm FROM permits.inspections x JOIN permits.inspectors i ON i.inspector_id = x.inspector_no JOIN permits.permits p ON p.permit_num = x.permit_ref JOIN permits.applicants a ON a.applicant_id = p.applicant_ref WHERE a.applicant_type = 'homeowner';

-- Q67 permits | violation_cases,inspectors | Code enforcement cases assigned to Lou Perez
SELECT v.case_no, v.case_status FROM permits.violation_cases v JOIN permits.inspectors i ON i.inspector_id = v.assigned_inspector WHERE i.inspector_nm = 'Lou Perez';

-- Q68 permits | plan_reviews,permits,applicants | Plan review cycles that came back with corrections, per applicant
SELECT a.applicant_nm, count(*) FROM permits.plan_reviews r JOIN permits.permits p ON p.permit_num = r.permit_no JOIN permits.applicants a ON a.applicant_id = p.applicant_ref WHERE r.outcome = 'corrections required' GROUP BY a.applicant_nm;

-- Q69 permits | contractors | contractor licences expiring before July 2026
SELECT business_nm, license_exp_dt FROM permits.contractors WHERE license_exp_dt < '2026-07-01';

-- Q70 permits | violation_cases | Total fines on illegal dwelling unit cases
SELECT sum(fine_amt) FROM permits.violation_cases WHERE violation_type = 'illegal dwelling unit';

-- Q71 gamestudio | players | Number of players per country
SELECT country_cd, count(*) FROM gamestudio.players GROUP BY country_cd;

-- Q72 gamestudio | iap_purchases,titles | In-app purchase revenue per game, excluding refunds
SELECT t.title_nm, sum(p.net_usd) FROM gamestudio.iap_purchases p JOIN gamestudio.titles t ON t.title_id = p.title_ref WHERE NOT p.refunded GROUP BY t.title_nm;

-- Q73 gamestudio | sessions,titles | Average session length per game
SELECT t.title_nm, avg(s.duration_sec) FROM gamestudio.sessions s JOIN gamestudio.titles t ON t.title_id = s.title_id GROUP BY t.title_nm;

-- Q74 gamestudio | ua_campaigns,installs | Cost per install per ad network
SELECT c.ad_network, sum(c.spend_usd) / nullif(sum((SELECT count(*) FROM gamestudio.installs i WHERE i.campaign_ref = c.campaign_id)), 0) FROM gamestudio.ua_campaigns c GROUP BY c.ad_network;

-- Q75 gamestudio | crash_reports | How many crashes were OutOfMemory?
SELECT count(*) FROM gamestudio.crash_reports WHERE exception_type = 'OutOfMemory';

-- Q76 gamestudio | crash_reports,sessions,titles | Crashes per game title
SELECT t.title_nm, count(*) FROM gamestudio.crash_reports c JOIN gamestudio.sessions s ON s.session_id = c.session_no JOIN gamestudio.titles t ON t.title_id = s.title_id GROUP BY t.title_nm;

-- Q77 gamestudio | events,sessions,levels,titles | Names of the levels where players fail most often in Skyforge Legends
SELECT l.level_nm, count(*) FROM gamestudio.events e JOIN gamestudio.sessions s ON s.session_id = e.session_ref JOIN gamestudio.titles t ON t.title_id = s.title_id JOIN gamestudio.levels l ON l.title_id = s.title_id AND l.level_no = e.level_no WHERE e.event_nm = 'level_fail' AND t.title_nm = 'Skyforge Legends' GROUP BY l.level_nm ORDER BY 2 DESC;

-- Q78 gamestudio | iap_purchases,store_skus | How many battle passes were sold?
SELECT count(*) FROM gamestudio.iap_purchases p JOIN gamestudio.store_skus k ON k.sku_cd = p.sku WHERE k.item_type = 'battle pass' AND NOT p.refunded;

-- Q79 gamestudio | players | What share of players are payers?
SELECT avg(CASE WHEN is_payer THEN 1.0 ELSE 0 END) FROM gamestudio.players;

-- Q80 gamestudio | installs,ua_campaigns | Installs driven by TikTok campaigns
SELECT count(*) FROM gamestudio.installs i JOIN gamestudio.ua_campaigns c ON c.campaign_id = i.campaign_ref WHERE c.ad_network = 'TikTok';

-- Q81 gamestudio | players | churned players by acquisition source
SELECT acquisition_src, count(*) FROM gamestudio.players WHERE last_seen_dt < current_date - 30 GROUP BY acquisition_src;

-- Q82 gamestudio | sessions,players | Gems spent in sessions of banned players
SELECT sum(s.hard_currency_spent) FROM gamestudio.sessions s JOIN gamestudio.players p ON p.player_uid = s.player_ref WHERE p.banned;

-- Q83 gamestudio | events,sessions,titles | Tutorial skips per game
SELECT t.title_nm, count(*) FROM gamestudio.events e JOIN gamestudio.sessions s ON s.session_id = e.session_ref JOIN gamestudio.titles t ON t.title_id = s.title_id WHERE e.event_nm = 'tutorial_skip' GROUP BY t.title_nm;

-- Q84 gamestudio | ua_campaigns,titles | User acquisition spend per ad network for Pocket Pets
SELECT c.ad_network, sum(c.spend_usd) FROM gamestudio.ua_campaigns c JOIN gamestudio.titles t ON t.title_id = c.title_id WHERE t.title_nm = 'Pocket Pets' GROUP BY c.ad_network;

-- Q85 gamestudio | sessions | Average frame rate per device platform
SELECT platform, avg(fps_avg) FROM gamestudio.sessions GROUP BY platform;

-- Q86 adcampaigns | campaigns | How many campaigns are paused?
SELECT count(*) FROM adcampaigns.campaigns WHERE campaign_status = 'paused';

-- Q87 adcampaigns | daily_stats,creatives,ad_groups,campaigns | Media spend per campaign name
SELECT c.campaign_nm, sum(d.spend_amt) FROM adcampaigns.daily_stats d JOIN adcampaigns.creatives k ON k.creative_id = d.creative_ref JOIN adcampaigns.ad_groups g ON g.adgroup_id = k.adgroup_ref JOIN adcampaigns.campaigns c ON c.cmp_id = g.cmp_id GROUP BY c.campaign_nm;

-- Q88 adcampaigns | daily_stats,creatives | Click-through rate per ad format
SELECT k.ad_format, sum(d.clicks)::numeric / nullif(sum(d.impressions), 0) FROM adcampaigns.daily_stats d JOIN adcampaigns.creatives k ON k.creative_id = d.creative_ref GROUP BY k.ad_format;

-- Q89 adcampaigns | conversions,creatives | Conversion value per ad headline
SELECT k.headline, sum(c.conv_value_amt) FROM adcampaigns.conversions c JOIN adcampaigns.creatives k ON k.creative_id = c.creative_id GROUP BY k.headline;

-- Q90 adcampaigns | conversions | Purchase conversion value by attribution model
SELECT attribution_model, sum(conv_value_amt) FROM adcampaigns.conversions WHERE conv_type = 'purchase' GROUP BY attribution_model;

-- Q91 adcampaigns | campaigns,advertisers | Campaigns run for automotive advertisers
SELECT c.campaign_nm FROM adcampaigns.campaigns c JOIN adcampaigns.advertisers a ON a.advertiser_id = c.advertiser_ref WHERE a.industry = 'automotive';

-- Q92 adcampaigns | adgroup_audiences,audiences,ad_groups | Names of the ad groups that target Cart Abandoners 30d
SELECT g.adgroup_nm FROM adcampaigns.adgroup_audiences x JOIN adcampaigns.audiences a ON a.audience_id = x.audience_ref JOIN adcampaigns.ad_groups g ON g.adgroup_id = x.adgroup_id WHERE a.audience_nm = 'Cart Abandoners 30d' AND x.targeting_mode = 'include';

-- Q93 adcampaigns | creative_placements,placements | How many impressions have we booked with StreamHub?
SELECT sum(cp.booked_impressions) FROM adcampaigns.creative_placements cp JOIN adcampaigns.placements p ON p.placement_id = cp.placement_ref WHERE p.publisher_nm = 'StreamHub';

-- Q94 adcampaigns | creatives | which ads got disapproved
SELECT creative_id, headline FROM adcampaigns.creatives WHERE approval_status = 'disapproved';

-- Q95 adcampaigns | daily_stats,creatives,ad_groups | Cost per click per ad group name
SELECT g.adgroup_nm, sum(d.spend_amt) / nullif(sum(d.clicks), 0) FROM adcampaigns.daily_stats d JOIN adcampaigns.creatives k ON k.creative_id = d.creative_ref JOIN adcampaigns.ad_groups g ON g.adgroup_id = k.adgroup_ref GROUP BY g.adgroup_nm;

-- Q96 adcampaigns | campaigns | Average lifetime budget per campaign objective
SELECT objective, avg(lifetime_budget_amt) FROM adcampaigns.campaigns GROUP BY objective;

-- Q97 adcampaigns | daily_stats,creatives,ad_groups,campaigns | Video completion rate of connected TV campaigns
SELECT sum(d.video_completions)::numeric / nullif(sum(d.video_views), 0) FROM adcampaigns.daily_stats d JOIN adcampaigns.creatives k ON k.creative_id = d.creative_ref JOIN adcampaigns.ad_groups g ON g.adgroup_id = k.adgroup_ref JOIN adcampaigns.campaigns c ON c.cmp_id = g.cmp_id WHERE c.channel = 'connected TV';

-- Q98 adcampaigns | campaigns,advertisers | Campaigns of the clients Jess Moreau manages
SELECT c.campaign_nm FROM adcampaigns.campaigns c JOIN adcampaigns.advertisers a ON a.advertiser_id = c.advertiser_ref WHERE a.account_manager = 'Jess Moreau';

-- Q99 adcampaigns | creative_placements,placements | Average negotiated CPM per inventory type
SELECT p.inventory_type, avg(cp.cpm_rate_amt) FROM adcampaigns.creative_placements cp JOIN adcampaigns.placements p ON p.placement_id = cp.placement_ref GROUP BY p.inventory_type;

-- Q100 adcampaigns | conversions,creatives | Leads generated per ad format
SELECT k.ad_format, count(*) FROM adcampaigns.conversions c JOIN adcampaigns.creatives k ON k.creative_id = c.creative_id WHERE c.conv_type = 'lead form' GROUP BY k.ad_format;
