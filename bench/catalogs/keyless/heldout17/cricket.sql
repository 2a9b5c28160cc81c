-- A village cricket club with senior and junior sections (wide fixture and result table, adult members beside juniors, adult subs beside junior fees, batting beside bowling figures): members, juniors, subs, junior fees, fixtures, team selections, batting, bowling, net bookings, ground log, bar takings, sponsors, junior coaching sessions and injury log. No keys declared.
CREATE SCHEMA cricket;
SET search_path = cricket;
COMMENT ON SCHEMA cricket IS 'Brixworth Vale Cricket Club, a volunteer-run village cricket club outside Northampton with its own ground, pavilion and bar: two Saturday league elevens in the Northamptonshire Cricket League, a Sunday friendly side and a midweek T20 side, a junior section from All Stars (5 to 8) through under 9, 11, 13 and 15 age groups with a girls'' Dynamos group, coached on Friday evenings and Sunday mornings by ECB qualified volunteer coaches under the club safeguarding policy; income comes from adult subscriptions, junior fees, match fees, the bar, hiring the nets to outside groups and local business sponsorship of boundary boards and shirts, and the square is looked after by a volunteer groundsman';
CREATE TABLE members (mem_no integer, fname text, sname text, dob date, mem_cat text, join_dt date, tel text, email text, pcode text, pc_id text, gift_aid_yn char(1), role_cd text, coach_lvl text, dbs_dt date, safeg_trn_dt date, left_dt date);
COMMENT ON TABLE members IS 'Adult members: players, social members, vice-presidents and the club officers, coaches and volunteers';
COMMENT ON COLUMN members.mem_cat IS 'PLAY playing member, STU student or under 21 player, SOC social member, VP vice-president (annual donor), LIFE life member';
COMMENT ON COLUMN members.pc_id IS 'Play-Cricket player id used on the league scorecards';
COMMENT ON COLUMN members.role_cd IS 'Club job: CHAIR, SEC secretary, TREAS treasurer, CAPT team captain, WELF club welfare (safeguarding) officer, GRND groundsman, COACH junior coach, BAR bar manager; NULL none';
COMMENT ON COLUMN members.coach_lvl IS 'ECB coaching qualification: CSC Coach Support course, FOUND Foundation Coach, CORE Core Coach; NULL not a coach';
COMMENT ON COLUMN members.dbs_dt IS 'Date of the last enhanced DBS check done through the ECB; anyone who coaches or looks after juniors must be rechecked every three years. NULL never checked';
COMMENT ON COLUMN members.safeg_trn_dt IS 'Last ECB Safe Hands safeguarding course';
COMMENT ON COLUMN members.left_dt IS 'NULL still a member';
CREATE TABLE juniors (jnr_id integer, fname text, sname text, dob date, age_grp text, parent_nm text, parent_tel text, parent_email text, photo_ok_yn char(1), med_note text, allstars_yn char(1), girls_yn char(1), emerg_tel text, reg_dt date);
COMMENT ON TABLE juniors IS 'Children registered in the junior section, with their parent or guardian';
COMMENT ON COLUMN juniors.age_grp IS 'Age group for the 2026 season: ALL All Stars (5 to 8), U9, U11, U13, U15';
COMMENT ON COLUMN juniors.photo_ok_yn IS 'Parent consents to photos and video on the club website and social media; N means the child must not appear';
COMMENT ON COLUMN juniors.med_note IS 'Medical needs and allergies the coaches must know about';
COMMENT ON COLUMN juniors.allstars_yn IS 'Registered on the ECB All Stars Cricket programme';
COMMENT ON COLUMN juniors.girls_yn IS 'Also plays in the girls'' Dynamos group';
CREATE TABLE subs (sub_id integer, mem_ref integer, season integer, cat_cd text, amt_due numeric, amt_paid numeric, paid_dt date, pay_cd text, instal_yn char(1));
COMMENT ON TABLE subs IS 'Annual subscriptions for adult members';
COMMENT ON COLUMN subs.mem_ref IS 'members.mem_no';
COMMENT ON COLUMN subs.cat_cd IS 'Membership category charged (as members.mem_cat)';
COMMENT ON COLUMN subs.pay_cd IS 'BACS, CASH, CARD, SO monthly standing order';
COMMENT ON COLUMN subs.instal_yn IS 'Paying in instalments';
CREATE TABLE jnr_subs (js_id integer, jnr_ref integer, season integer, fee numeric, sib_disc_yn char(1), paid_amt numeric, paid_dt date, pay_cd text);
COMMENT ON TABLE jnr_subs IS 'Junior section fees paid by parents for the season';
COMMENT ON COLUMN jnr_subs.jnr_ref IS 'juniors.jnr_id';
COMMENT ON COLUMN jnr_subs.sib_disc_yn IS 'Second or later child in the family, fee reduced';
CREATE TABLE fixtures (fx_no integer, season integer, team_cd text, comp_cd text, opp_club text, home_yn char(1), ground text, match_dt date, start_tm time, overs_max integer, capt_ref integer, ump1 text, ump2 text, scorer_ref integer, toss_won_yn char(1), bat_first_yn char(1), our_runs integer, our_wkts integer, our_overs numeric, opp_runs integer, opp_wkts integer, opp_overs numeric, result_cd text, pts numeric, pitch_mark integer, teas_by text, match_fee numeric, weather_txt text, report_txt text, pc_match_id text);
COMMENT ON TABLE fixtures IS 'Every senior match: team, competition, opponents, ground, captain, umpires and scorer, toss, both teams'' scores, result, league points, the umpires'' pitch mark, teas and match fee';
COMMENT ON COLUMN fixtures.team_cd IS '1XI Saturday first eleven, 2XI Saturday second eleven, SUN Sunday friendly side, MID midweek T20 side';
COMMENT ON COLUMN fixtures.comp_cd IS 'NCL Northamptonshire Cricket League, CUP league cup, T20 midweek T20 league, FR friendly';
COMMENT ON COLUMN fixtures.capt_ref IS 'Captain on the day (members.mem_no)';
COMMENT ON COLUMN fixtures.ump1 IS 'Standing umpire: a league panel umpire''s name, or CLUB when the players umpired';
COMMENT ON COLUMN fixtures.scorer_ref IS 'Club scorer (members.mem_no)';
COMMENT ON COLUMN fixtures.our_overs IS 'Overs we batted, e.g. 41.3';
COMMENT ON COLUMN fixtures.result_cd IS 'W won, L lost, T tied, D draw, ABD abandoned after play started (rain or bad light), CXL called off before a ball was bowled, CON opponents conceded';
COMMENT ON COLUMN fixtures.pts IS 'League points earned';
COMMENT ON COLUMN fixtures.pitch_mark IS 'Umpires'' mark for the pitch, 1 poor to 6 excellent; 3 or below brings a league pitch inspection';
COMMENT ON COLUMN fixtures.teas_by IS 'Family or volunteer on the teas rota for home games';
COMMENT ON COLUMN fixtures.match_fee IS 'Match fee each player pays';
COMMENT ON COLUMN fixtures.pc_match_id IS 'Play-Cricket match id';
CREATE TABLE selections (fx_ref integer, player_ref integer, bat_pos integer, wk_yn char(1), fee_paid_yn char(1));
COMMENT ON TABLE selections IS 'Team sheets: who played in each match';
COMMENT ON COLUMN selections.fx_ref IS 'fixtures.fx_no';
COMMENT ON COLUMN selections.player_ref IS 'members.mem_no';
COMMENT ON COLUMN selections.wk_yn IS 'Kept wicket';
COMMENT ON COLUMN selections.fee_paid_yn IS 'Paid the match fee';
CREATE TABLE batting (bat_id integer, fx_ref integer, player_ref integer, runs integer, balls integer, fours integer, sixes integer, how_out text);
COMMENT ON TABLE batting IS 'Our batters'' innings from the scorebook';
COMMENT ON COLUMN batting.player_ref IS 'members.mem_no';
COMMENT ON COLUMN batting.how_out IS 'B bowled, C caught, LBW, RO run out, ST stumped, NO not out, RET retired';
CREATE TABLE bowling (bowl_id integer, fx_ref integer, player_ref integer, overs numeric, maidens integer, runs_conc integer, wkts integer, wides integer, nbs integer);
COMMENT ON TABLE bowling IS 'Our bowlers'' figures from the scorebook';
COMMENT ON COLUMN bowling.player_ref IS 'members.mem_no';
COMMENT ON COLUMN bowling.runs_conc IS 'Runs conceded';
COMMENT ON COLUMN bowling.nbs IS 'No balls';
CREATE TABLE nets (nb_no integer, lane_cd text, nb_dt date, from_tm time, to_tm time, mem_ref integer, ext_grp text, fee numeric, paid_yn char(1));
COMMENT ON TABLE nets IS 'Bookings of the practice nets; members book free, outside groups pay';
COMMENT ON COLUMN nets.lane_cd IS 'N1 and N2 artificial lanes, N3 grass lane';
COMMENT ON COLUMN nets.mem_ref IS 'Member who booked (members.mem_no); NULL for an outside group';
COMMENT ON COLUMN nets.ext_grp IS 'Outside club, school or group hiring the nets';
CREATE TABLE ground_log (gl_id integer, log_dt date, task_cd text, strip_no integer, hrs numeric, done_by integer, fuel_l numeric, note text);
COMMENT ON TABLE ground_log IS 'Groundsman''s diary of work on the square and outfield';
COMMENT ON COLUMN ground_log.task_cd IS 'MOW mowing, ROLL rolling the square, WATER watering, FEED fertiliser, SCAR scarifying, MARK marking out creases, COVER covers on or off, REPAIR end-of-match repairs and seeding';
COMMENT ON COLUMN ground_log.strip_no IS 'Strip on the square, 1 to 12; NULL outfield or whole square';
COMMENT ON COLUMN ground_log.done_by IS 'members.mem_no';
COMMENT ON COLUMN ground_log.fuel_l IS 'Petrol or diesel used by the mower or roller, litres';
CREATE TABLE bar_takings (bt_id integer, trade_dt date, event_txt text, cash_amt numeric, card_amt numeric, float_amt numeric, bar_mgr integer, stock_cost numeric);
COMMENT ON TABLE bar_takings IS 'Daily takings from the pavilion bar';
COMMENT ON COLUMN bar_takings.float_amt IS 'Cash float put in the till at the start, not part of the takings';
COMMENT ON COLUMN bar_takings.bar_mgr IS 'Member running the bar that day (members.mem_no)';
COMMENT ON COLUMN bar_takings.stock_cost IS 'Cost of the drink and food sold';
CREATE TABLE sponsors (sp_id integer, sp_nm text, contact text, pkg_cd text, amt numeric, season integer, paid_yn char(1), inv_dt date, board_up_yn char(1));
COMMENT ON TABLE sponsors IS 'Local businesses sponsoring the club';
COMMENT ON COLUMN sponsors.pkg_cd IS 'BOARD boundary advertising board, SHIRT playing shirt sponsor, BALL match ball sponsor, PLAYER player sponsorship, JNR junior section sponsor';
COMMENT ON COLUMN sponsors.board_up_yn IS 'Board painted and put up on the boundary fence (board sponsors only)';
CREATE TABLE coaching_sessions (cs_id integer, sess_dt date, age_grp text, coach integer, helpers_n integer, kids_n integer, venue_cd text, cxl_yn char(1), ratio_ok_yn char(1));
COMMENT ON TABLE coaching_sessions IS 'Junior training sessions';
COMMENT ON COLUMN coaching_sessions.coach IS 'Lead coach (members.mem_no)';
COMMENT ON COLUMN coaching_sessions.helpers_n IS 'Other adults helping';
COMMENT ON COLUMN coaching_sessions.venue_cd IS 'OUT outfield, NETS practice nets, HALL village hall indoor nets in winter';
COMMENT ON COLUMN coaching_sessions.cxl_yn IS 'Y session called off';
COMMENT ON COLUMN coaching_sessions.ratio_ok_yn IS 'ECB supervision ratio met (one adult to eight children, one to five for All Stars)';
CREATE TABLE injury_log (inj_id integer, inj_dt date, who_typ text, who_ref integer, fx_ref integer, inj_txt text, helmet_yn char(1), concuss_yn char(1), first_aider integer, hosp_yn char(1), parent_told_yn char(1));
COMMENT ON TABLE injury_log IS 'Accident and injury book for matches, training and nets';
COMMENT ON COLUMN injury_log.who_typ IS 'M adult member (who_ref is members.mem_no), J junior (who_ref is juniors.jnr_id), V visiting player (who_ref NULL)';
COMMENT ON COLUMN injury_log.fx_ref IS 'Match it happened in (fixtures.fx_no); NULL training or nets';
COMMENT ON COLUMN injury_log.helmet_yn IS 'Was wearing a helmet';
COMMENT ON COLUMN injury_log.concuss_yn IS 'Suspected concussion: no playing or training for at least 14 days and until cleared, under ECB concussion guidance';
COMMENT ON COLUMN injury_log.first_aider IS 'members.mem_no';
COMMENT ON COLUMN injury_log.parent_told_yn IS 'Parent told the same day (juniors)';
INSERT INTO members VALUES (1,'Andy','Wakelin','1968-04-12','PLAY','1990-04-01','07700 990001','andy.w@example.com','NN6 9AB','PC10001','Y','CHAIR',NULL,NULL,NULL,NULL),(2,'Jas','Sandhu','1991-07-03','PLAY','2012-04-01','07700 990002','jas@example.com','NN6 9CD','PC10002','N','CAPT','CORE','2022-09-01','2024-03-10',NULL),(3,'Mike','Tebbutt','1985-02-20','PLAY','2005-04-01','07700 990003','mike.t@example.com','NN2 8EF','PC10003','Y','CAPT',NULL,NULL,NULL,NULL),(4,'Chris','Allard','1979-11-30','PLAY','2010-04-01','07700 990004','chris.a@example.com','NN6 0GH','PC10004','Y','COACH','FOUND','2023-10-15','2025-02-01',NULL),(5,'Becky','Lomas','1988-05-09','SOC','2019-04-01','07700 990005','becky.l@example.com','NN6 9JK',NULL,'Y','WELF',NULL,'2024-01-20','2025-01-20',NULL),(6,'Ravi','Menon','2004-08-17','STU','2020-04-01','07700 990006','ravi.m@example.com','NN3 2LM','PC10006','N',NULL,NULL,NULL,NULL,NULL),(7,'Dan','Pollard','1995-01-25','PLAY','2015-04-01','07700 990007','dan.p@example.com','NN6 9NP','PC10007','N','COACH','CSC','2022-04-11','2022-05-01',NULL),(8,'Geoff','Marriott','1950-06-02','LIFE','1972-04-01','01604 990008',NULL,'NN6 9QR',NULL,'Y','GRND',NULL,NULL,NULL,NULL),(9,'Sam','Whiting','2001-03-14','PLAY','2016-04-01','07700 990009','sam.w@example.com','NN6 7ST','PC10009','N',NULL,NULL,NULL,NULL,NULL),(10,'Tariq','Aziz','1993-12-01','PLAY','2021-04-01','07700 990010','tariq.a@example.com','NN5 6UV','PC10010','N',NULL,NULL,NULL,NULL,NULL),(11,'Lorna','Pell','1972-09-19','SOC','2018-04-01','07700 990011','lorna.p@example.com','NN6 9WX',NULL,'Y','BAR',NULL,NULL,NULL,NULL),(12,'Ollie','Fenn','1999-10-10','PLAY','2017-04-01','07700 990012','ollie.f@example.com','NN6 9YZ','PC10012','N','COACH','CSC',NULL,NULL,NULL),(13,'Harry','Bland','1960-01-05','VP','2000-04-01','01604 990013',NULL,'NN6 9ZA',NULL,'Y',NULL,NULL,NULL,NULL,NULL);
INSERT INTO juniors VALUES (301,'Alfie','Sandhu','2019-05-02','ALL','Jas Sandhu','07700 990002','jas@example.com','Y',NULL,'Y','N','07700 990002','2026-03-20'),(302,'Maisie','Allard','2015-08-11','U11','Chris Allard','07700 990004','chris.a@example.com','Y','Asthma, inhaler in kit bag','N','Y','07700 990104','2026-03-22'),(303,'Noah','Allard','2013-02-27','U13','Chris Allard','07700 990004','chris.a@example.com','Y',NULL,'N','N','07700 990104','2026-03-22'),(304,'Freddie','Cox','2012-11-05','U15','Helen Cox','07700 990304','h.cox@example.com','N',NULL,'N','N','07700 990305','2026-04-01'),(305,'Isla','Maguire','2014-06-30','U13','Sean Maguire','07700 990306','s.maguire@example.com','Y','Nut allergy, EpiPen in kit bag','N','Y','07700 990307','2026-04-02'),(306,'Zayn','Hussain','2016-01-19','U11','Amina Hussain','07700 990308','amina.h@example.com','N',NULL,'N','N','07700 990309','2026-04-05'),(307,'Ella','Turner','2018-09-09','ALL','Kate Turner','07700 990310','kate.t@example.com','Y',NULL,'Y','Y','07700 990311','2026-04-10'),(308,'Jack','Gibbs','2011-04-22','U15','Paul Gibbs','07700 990312',NULL,'Y',NULL,'N','N','07700 990313','2026-04-12');
INSERT INTO subs VALUES (1,1,2026,'PLAY',150,150,'2026-04-02','BACS','N'),(2,2,2026,'PLAY',150,150,'2026-04-10','BACS','N'),(3,3,2026,'PLAY',150,75,'2026-04-15','SO','Y'),(4,4,2026,'PLAY',150,150,'2026-03-30','BACS','N'),(5,5,2026,'SOC',30,30,'2026-04-01','CASH','N'),(6,6,2026,'STU',60,0,NULL,NULL,'N'),(7,7,2026,'PLAY',150,0,NULL,NULL,'N'),(8,9,2026,'PLAY',150,150,'2026-05-01','CARD','N'),(9,10,2026,'PLAY',150,100,'2026-05-20','SO','Y'),(10,11,2026,'SOC',30,30,'2026-04-04','CASH','N'),(11,12,2026,'PLAY',150,150,'2026-04-20','BACS','N'),(12,13,2026,'VP',50,50,'2026-04-01','BACS','N'),(13,7,2025,'PLAY',140,140,'2025-05-01','BACS','N');
INSERT INTO jnr_subs VALUES (1,301,2026,40,'N',40,'2026-03-20','CARD'),(2,302,2026,70,'N',70,'2026-03-22','BACS'),(3,303,2026,60,'Y',0,NULL,NULL),(4,304,2026,70,'N',70,'2026-04-01','BACS'),(5,305,2026,70,'N',35,'2026-04-02','CASH'),(6,306,2026,70,'N',0,NULL,NULL),(7,307,2026,40,'N',40,'2026-04-10','CARD'),(8,308,2026,70,'N',70,'2026-04-12','BACS');
INSERT INTO fixtures VALUES
 (601,2026,'1XI','NCL','Ashby St Ledgers CC','Y','Brixworth Vale','2026-05-02','13:00',50,2,'R. Jolley','M. Kerr',11,'Y','Y',212,8,50,187,10,46.2,'W',25,5,'Pell family',12,'Sunny','Sandhu 74, Pollard five for 38','7012201'),
 (602,2026,'1XI','NCL','Old Northamptonians','N','Billing Road','2026-05-09','13:00',50,2,'K. Amos','P. Drake',NULL,'N','N',164,10,41.3,165,4,38.1,'L',5,4,NULL,12,'Overcast',NULL,'7012245'),
 (603,2026,'2XI','NCL','Ashby St Ledgers CC 2XI','N','Ashby St Ledgers','2026-05-02','13:00',45,3,'CLUB','CLUB',NULL,'N','N',140,9,45,141,7,40.2,'L',4,3,NULL,8,NULL,NULL,'7012311'),
 (604,2026,'SUN','FR','Moulton CC','Y','Brixworth Vale','2026-05-10','14:00',40,3,'CLUB','CLUB',11,'Y','N',198,6,40,150,9,40,'D',NULL,4,'Aziz family',5,'Sunny',NULL,NULL),
 (605,2026,'1XI','NCL','Finedon Dolben','Y','Brixworth Vale','2026-05-16','13:00',50,2,'R. Jolley','S. Varma',11,'N','N',NULL,NULL,NULL,96,3,22,'ABD',8,NULL,'Wakelin family',12,'Rain from 3pm',NULL,'7012390'),
 (606,2026,'2XI','NCL','Kettering Town 2XI','Y','Brixworth Vale','2026-05-23','13:00',45,3,'CLUB','CLUB',11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'CXL',5,NULL,NULL,0,'Waterlogged outfield after overnight rain',NULL,'7012455'),
 (607,2026,'1XI','CUP','Ashby St Ledgers CC','N','Ashby St Ledgers','2026-05-31','13:30',40,2,'K. Amos','M. Kerr',NULL,'Y','N',241,5,37.4,238,7,40,'W',NULL,3,NULL,12,NULL,'Menon 102 not out','7012480'),
 (608,2026,'SUN','FR','Pitsford Hall CC','N','Pitsford','2026-06-07','14:00',40,10,'CLUB','CLUB',NULL,'N','Y',176,9,40,177,3,31.2,'L',NULL,NULL,NULL,5,NULL,NULL,NULL),
 (609,2026,'1XI','NCL','Geddington','Y','Brixworth Vale','2026-06-13','13:00',50,2,'R. Jolley','P. Drake',11,'Y','Y',265,6,50,180,10,44.5,'W',25,6,'Sandhu family',12,'Hot',NULL,'7012533'),
 (610,2025,'1XI','NCL','Geddington','N','Geddington','2025-08-30','13:00',50,2,'K. Amos','S. Varma',NULL,'N','N',150,10,44,151,8,41,'L',5,5,NULL,10,NULL,NULL,'6900112'),
 (611,2026,'SUN','FR','Creaton CC','Y','Brixworth Vale','2026-06-14','14:00',40,3,'CLUB','CLUB',11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'CXL',NULL,NULL,NULL,0,'Fine; Creaton could not raise a side',NULL,NULL);
INSERT INTO selections VALUES (601,2,1,'N','Y'),(601,6,2,'N','Y'),(601,9,3,'N','Y'),(601,10,4,'Y','N'),(601,7,5,'N','Y'),(601,12,6,'N','Y'),(603,3,1,'N','Y'),(603,4,2,'N','N'),(603,1,3,'N','Y'),(607,2,1,'N','Y'),(607,6,2,'N','Y'),(607,9,3,'N','Y'),(607,10,4,'Y','Y'),(607,12,5,'N','N'),(609,2,1,'N','Y'),(609,6,2,'N','N'),(609,9,3,'N','Y'),(609,10,4,'Y','Y'),(609,7,5,'N','Y');
INSERT INTO batting VALUES (1,601,2,74,88,9,1,'C'),(2,601,6,31,40,4,0,'B'),(3,601,9,12,20,1,0,'LBW'),(4,601,10,45,51,5,1,'NO'),(5,607,2,28,30,4,0,'C'),(6,607,6,102,96,11,3,'NO'),(7,607,9,55,60,6,0,'RO'),(8,609,2,88,101,10,2,'ST'),(9,609,6,40,38,5,1,'C'),(10,609,9,61,70,7,0,'NO'),(11,609,10,22,19,2,1,'B'),(12,603,3,48,70,5,0,'C'),(13,610,2,30,45,3,0,'B');
INSERT INTO bowling VALUES (1,601,7,10,2,38,5,1,0),(2,601,12,9.2,0,45,3,3,1),(3,607,7,8,1,52,2,0,0),(4,607,12,8,0,48,4,2,0),(5,609,7,10,3,29,6,0,0),(6,609,9,6,0,31,1,1,2),(7,604,12,8,1,22,5,0,0),(8,603,4,9,0,41,2,2,0);
INSERT INTO nets VALUES (1,'N1','2026-04-14','18:00','19:30',2,NULL,0,NULL),(2,'N2','2026-04-21','18:00','20:00',NULL,'Brixworth Primary School',40,'Y'),(3,'N1','2026-05-05','18:00','20:00',NULL,'Northampton Saints Women',40,'Y'),(4,'N2','2026-05-12','18:00','20:00',NULL,'Northampton Saints Women',40,'N'),(5,'N3','2026-05-19','18:30','20:00',9,NULL,0,NULL),(6,'N1','2026-06-02','17:00','19:00',NULL,'Moulton College cricket academy',50,'Y'),(7,'N2','2025-08-12','18:00','20:00',NULL,'Brixworth Primary School',35,'Y');
INSERT INTO ground_log VALUES (1,'2026-03-20','SCAR',NULL,6,8,4,'Square scarified'),(2,'2026-04-02','ROLL',4,2.5,8,1.5,NULL),(3,'2026-04-09','ROLL',4,2,8,1.2,NULL),(4,'2026-04-25','MOW',NULL,3,8,6,'Outfield'),(5,'2026-04-29','ROLL',5,2.5,1,1.5,'Prep for the opening league game'),(6,'2026-04-30','MARK',5,1,8,NULL,NULL),(7,'2026-05-14','ROLL',6,3,8,1.8,NULL),(8,'2026-05-28','WATER',7,1.5,8,NULL,NULL),(9,'2026-06-10','ROLL',8,2.5,1,1.5,NULL),(10,'2026-06-11','FEED',NULL,2,8,NULL,'Outfield feed'),(11,'2026-03-12','ROLL',NULL,1.5,8,1,'First pre-season roll of the whole square');
INSERT INTO bar_takings VALUES (1,'2026-05-02','1st XI v Ashby St Ledgers',210,365,100,11,180),(2,'2026-05-10','Sunday XI v Moulton',85,140,100,11,60),(3,'2026-05-16','1st XI v Finedon (rained off)',120,190,100,11,95),(4,'2026-06-06','Charity sixes day',640,1180,150,11,520),(5,'2026-06-07','Sunday XI away, bar open for members',40,75,100,11,30),(6,'2026-06-13','1st XI v Geddington',260,410,100,11,205);
INSERT INTO sponsors VALUES (1,'Brixworth Builders Merchants','Tony Ward','BOARD',250,2026,'Y','2026-03-15','Y'),(2,'The George Inn','Landlord','BOARD',250,2026,'N','2026-03-15','Y'),(3,'Pitsford Motors','Sales manager','SHIRT',1200,2026,'Y','2026-02-20',NULL),(4,'Vale Dental Practice','Dr Shah','JNR',500,2026,'N','2026-04-01',NULL),(5,'Harlestone Farm Shop','Jo Pike','BOARD',250,2026,'N','2026-04-10','N'),(6,'Cole Accountants','Ian Cole','BALL',30,2026,'Y','2026-05-01',NULL);
INSERT INTO coaching_sessions VALUES (1,'2026-04-17','U11',4,1,12,'OUT','N','Y'),(2,'2026-04-19','ALL',7,1,14,'OUT','N','N'),(3,'2026-04-24','U13',12,1,10,'NETS','N','Y'),(4,'2026-05-01','U11',4,2,14,'OUT','N','Y'),(5,'2026-05-03','ALL',7,2,15,'OUT','N','Y'),(6,'2026-05-15','U13',12,0,11,'NETS','N','N'),(7,'2026-05-17','U15',2,1,8,'NETS','N','Y'),(8,'2026-05-29','U11',4,1,0,'OUT','Y',NULL),(9,'2026-06-12','U13',12,1,12,'NETS','N','Y');
INSERT INTO injury_log VALUES (1,'2026-05-02','M',9,601,'Split finger fielding at slip',NULL,'N',5,'N',NULL),(2,'2026-05-15','J',303,NULL,'Hit on the helmet grille by a short ball in the nets','Y','Y',4,'N','Y'),(3,'2026-05-31','V',NULL,607,'Visiting batter hit on the forearm','Y','N',5,'N',NULL),(4,'2026-06-12','J',305,NULL,'Ball to the face in a fielding drill, no helmet','N','Y',4,'Y','Y'),(5,'2026-04-24','J',306,NULL,'Twisted ankle','N','N',12,'N','Y');
