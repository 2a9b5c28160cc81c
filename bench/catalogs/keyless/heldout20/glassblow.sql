-- A studio glassblowing workshop with classes and commissions (wide commission table, class bookers beside commission clients, class sessions beside bookings and gift vouchers, finished stock beside colour supplies, annealer loads beside furnace readings): customers, makers, class types, class sessions, class bookings, gift vouchers, commissions, products, shop sales, colour stock, kiln loads and furnace log. No keys declared.
CREATE SCHEMA glassblow;
SET search_path = glassblow;
COMMENT ON SCHEMA glassblow IS 'Molten Lane Glass, a hot glass studio in a converted foundry at Coalbrookdale, Ironbridge Gorge, Shropshire, run by two glassblowers with an assistant and a part-time shop manager: the furnace is kept at working temperature Tuesday to Saturday, the studio makes its own ranges of bowls, vases, tumblers and paperweights sold in the studio shop, online and wholesale to galleries and National Trust shops, takes commissions for lighting, corporate awards, memorial pieces with ashes and wedding gifts, and runs hot glass experiences (taster sessions, paperweight and bauble making, a four-week beginners course and private one-to-one days) whose pieces go through the annealer overnight and are collected or posted afterwards';
CREATE TABLE customers (cust_id integer, fnm text, snm text, email text, tel text, town text, pcode text, cust_cd text, src_cd text, news_yn char(1), created_dt date);
COMMENT ON TABLE customers IS 'People and businesses who book classes, buy vouchers, order commissions or buy from the shop online';
COMMENT ON COLUMN customers.cust_cd IS 'PUB member of the public, GAL gallery or shop buying wholesale, CORP company ordering awards or gifts, TRADE interior designer or lighting specifier';
COMMENT ON COLUMN customers.src_cd IS 'How they found us: GOOG search, INSTA Instagram, TA Tripadvisor, GIFT given a voucher, FAIR met at a craft fair, WORD word of mouth, IGMT Ironbridge Gorge Museums visitor leaflet';
COMMENT ON COLUMN customers.news_yn IS 'Y signed up to the monthly newsletter';
CREATE TABLE makers (mkr_cd text, mkr_nm text, role_cd text, day_rate numeric, teach_yn char(1), fa_exp date, start_dt date, leave_dt date);
COMMENT ON TABLE makers IS 'Glassblowers, assistants and shop staff';
COMMENT ON COLUMN makers.role_cd IS 'LEAD lead glassblower (gaffer), ASST assistant at the bench, TUT visiting tutor, SHOP shop and bookings';
COMMENT ON COLUMN makers.teach_yn IS 'Y can run classes';
COMMENT ON COLUMN makers.fa_exp IS 'First aid at work certificate expiry (burns training); every class needs a first aider on site';
CREATE TABLE class_types (cls_cd text, cls_nm text, cls_typ text, dur_hrs numeric, max_places integer, price_amt numeric, min_age integer, pieces integer, descr text);
COMMENT ON TABLE class_types IS 'Hot glass experiences and courses we offer';
COMMENT ON COLUMN class_types.cls_typ IS 'TASTE taster, PW paperweight, BAUB bauble or hanging heart, TUMB tumbler, COURSE four-week beginners course (Tuesday evenings), PRIV private one-to-one or couples day';
COMMENT ON COLUMN class_types.max_places IS 'Places per session (two students per glassblower at the furnace)';
COMMENT ON COLUMN class_types.price_amt IS 'Price per place';
COMMENT ON COLUMN class_types.pieces IS 'Number of pieces each student takes home';
CREATE TABLE sessions (sess_no integer, cls_ref text, sess_dt date, start_tm time, tutor_ref text, asst_ref text, places integer, status_cd text, cxl_rsn text);
COMMENT ON TABLE sessions IS 'Dated class sessions';
COMMENT ON COLUMN sessions.cls_ref IS 'Class (class_types.cls_cd)';
COMMENT ON COLUMN sessions.tutor_ref IS 'Glassblower teaching (makers.mkr_cd); asst_ref the assistant';
COMMENT ON COLUMN sessions.places IS 'Places on sale for this session (can be fewer than the class maximum)';
COMMENT ON COLUMN sessions.status_cd IS 'ON going ahead, FULL sold out, CXL cancelled, DONE happened';
COMMENT ON COLUMN sessions.cxl_rsn IS 'Why cancelled: FURN furnace down, LOWBK not enough bookings, ILL tutor ill, HEAT studio too hot in a heatwave';
CREATE TABLE class_bookings (bk_no integer, sess_ref integer, cust_ref integer, places integer, booked_dt date, chan_cd text, price_amt numeric, paid_amt numeric, vch_ref text, attended_yn char(1), pieces_out_cd text, pieces_out_dt date, refund_amt numeric, notes text);
COMMENT ON TABLE class_bookings IS 'Places booked on class sessions, and what happened to the pieces the students made';
COMMENT ON COLUMN class_bookings.sess_ref IS 'Session (sessions.sess_no)';
COMMENT ON COLUMN class_bookings.cust_ref IS 'Who booked (customers.cust_id)';
COMMENT ON COLUMN class_bookings.chan_cd IS 'WEB our booking site, PHN phone, ITG Into the Blue or other experience gift site, WALK walk-in';
COMMENT ON COLUMN class_bookings.vch_ref IS 'Gift voucher redeemed against it (vouchers.vch_no)';
COMMENT ON COLUMN class_bookings.attended_yn IS 'Y came; N did not turn up (no refund within 7 days)';
COMMENT ON COLUMN class_bookings.pieces_out_cd IS 'How the annealed pieces left us: COLL collected, POST posted (£8), HOLD still on the collection shelf';
CREATE TABLE vouchers (vch_no text, sold_dt date, buyer_ref integer, recipient_nm text, value_amt numeric, cls_ref text, exp_dt date, redeemed_dt date, ext_yn char(1));
COMMENT ON TABLE vouchers IS 'Gift vouchers, valid for 12 months, either for a money value or a named experience';
COMMENT ON COLUMN vouchers.buyer_ref IS 'Person who bought it (customers.cust_id)';
COMMENT ON COLUMN vouchers.cls_ref IS 'Experience the voucher is for (class_types.cls_cd); NULL money voucher';
COMMENT ON COLUMN vouchers.ext_yn IS 'Y expiry extended as a goodwill gesture';
CREATE TABLE commissions (com_no integer, cust_ref integer, com_cd text, brief text, qty integer, colour_ref text, ashes_yn char(1), quote_amt numeric, dep_amt numeric, dep_dt date, order_dt date, due_dt date, lead_ref text, status_cd text, made_dt date, delivered_dt date, final_amt numeric, paid_dt date);
COMMENT ON TABLE commissions IS 'One-off and made-to-order pieces: pendant lights, awards, memorial pieces, wedding and anniversary gifts, gallery exhibition pieces';
COMMENT ON COLUMN commissions.cust_ref IS 'Client (customers.cust_id)';
COMMENT ON COLUMN commissions.com_cd IS 'LIGHT pendant light shades, AWARD trophies and awards, MEM memorial piece with cremation ashes in the glass, WED wedding or anniversary gift, EXH exhibition piece, OTH other';
COMMENT ON COLUMN commissions.colour_ref IS 'Main colour agreed (colours.col_cd)';
COMMENT ON COLUMN commissions.ashes_yn IS 'Y the family has sent ashes to be encased; these must be logged in and any unused ashes returned';
COMMENT ON COLUMN commissions.dep_amt IS 'Deposit, normally 50%, taken before work starts';
COMMENT ON COLUMN commissions.lead_ref IS 'Glassblower responsible (makers.mkr_cd)';
COMMENT ON COLUMN commissions.status_cd IS 'QUOTE quoted, CONF confirmed (deposit paid), MAKE being made, COLD cold working and polishing, READY, DEL delivered, CXL cancelled';
CREATE TABLE products (sku text, item_nm text, range_cd text, colour_ref text, price_amt numeric, trade_amt numeric, cost_amt numeric, qty_on_hand integer, seconds_qty integer, active_yn char(1));
COMMENT ON TABLE products IS 'Our own ranges made for the shop, online and wholesale';
COMMENT ON COLUMN products.range_cd IS 'GORGE Gorge range of bowls and vases in river blues and greens, EMBER Ember range in amber and ruby, CLEAR clear optic tumblers and carafes, PW paperweights, XMAS baubles and hearts';
COMMENT ON COLUMN products.colour_ref IS 'Main colour (colours.col_cd)';
COMMENT ON COLUMN products.trade_amt IS 'Wholesale price to galleries';
COMMENT ON COLUMN products.seconds_qty IS 'Pieces with small flaws (bubbles, uneven base) sold at half price in the studio only';
CREATE TABLE shop_sales (sale_no integer, sale_dt date, sku_ref text, qty integer, unit_amt numeric, second_yn char(1), chan_cd text, cust_ref integer, order_ref text);
COMMENT ON TABLE shop_sales IS 'Sales of our products, one line per item sold';
COMMENT ON COLUMN shop_sales.sku_ref IS 'Product (products.sku)';
COMMENT ON COLUMN shop_sales.chan_cd IS 'STUDIO studio shop till, WEB our online shop, ETSY, FAIR craft fair, WHOLE wholesale order from a gallery';
COMMENT ON COLUMN shop_sales.cust_ref IS 'Customer, where known (customers.cust_id); NULL for till sales';
CREATE TABLE colours (col_cd text, supplier text, col_nm text, form_cd text, coe integer, kg_on_hand numeric, reorder_kg numeric, cost_per_kg numeric, opaque_yn char(1));
COMMENT ON TABLE colours IS 'Colour glass kept for making: rods, frit and powders';
COMMENT ON COLUMN colours.supplier IS 'Kugler, Reichenbach, Zimmermann, Gaffer (New Zealand)';
COMMENT ON COLUMN colours.form_cd IS 'ROD colour bar, FRIT crushed coloured glass (fine, medium, coarse), PWD powder';
COMMENT ON COLUMN colours.coe IS 'Coefficient of expansion; must match our clear furnace glass (COE 96) or pieces crack in the annealer';
CREATE TABLE kiln_loads (load_no integer, kiln_cd text, load_dt date, prog_cd text, loaded_by text, pieces integer, class_pcs integer, crack_cnt integer, out_dt date, note text);
COMMENT ON TABLE kiln_loads IS 'Loads put through the annealing kilns overnight, and how many pieces came out cracked';
COMMENT ON COLUMN kiln_loads.kiln_cd IS 'ANN1 large front-loading annealer, ANN2 small annealer used for class pieces, GAR garage kiln that keeps parts hot while a piece is being made';
COMMENT ON COLUMN kiln_loads.prog_cd IS 'Annealing programme: STD standard 12 hour, THICK 24 hour for paperweights and thick pieces, SLUMP slumping or fusing';
COMMENT ON COLUMN kiln_loads.loaded_by IS 'Who loaded it (makers.mkr_cd)';
COMMENT ON COLUMN kiln_loads.class_pcs IS 'Of the pieces, how many were made by class students';
CREATE TABLE furnace_log (log_dt date, furn_c integer, glory_c integer, gas_m3 numeric, elec_kwh numeric, batch_kg numeric, cullet_kg numeric, recorded_by text, note text);
COMMENT ON TABLE furnace_log IS 'Daily furnace and glory hole readings, gas meter and electricity use, and how much glass was charged into the furnace';
COMMENT ON COLUMN furnace_log.furn_c IS 'Furnace temperature at 9am, degrees C (working temperature about 1,120; raised to 1,180 overnight after charging)';
COMMENT ON COLUMN furnace_log.glory_c IS 'Glory hole (reheating chamber) temperature';
COMMENT ON COLUMN furnace_log.gas_m3 IS 'Gas used since the previous reading, cubic metres';
COMMENT ON COLUMN furnace_log.batch_kg IS 'Clear glass batch (Spectrum or Glasma nuggets) charged into the furnace';
COMMENT ON COLUMN furnace_log.cullet_kg IS 'Our own clean clear scrap glass remelted';
COMMENT ON COLUMN furnace_log.recorded_by IS 'Who took the readings (makers.mkr_cd)';
INSERT INTO customers VALUES
 (1,'Emma','Hughes','emma.hughes@example.com','07700 960001','Telford','TF3 4AA','PUB','INSTA','Y','2025-11-02'),
 (2,'Oliver','Grant','ol.grant@example.com','07700 960002','Shrewsbury','SY1 1AB','PUB','GOOG','N','2026-01-15'),
 (3,'Priya','Shah','priya.s@example.com','07700 960003','Telford','TF1 2CD','PUB','GIFT','Y','2026-03-01'),
 (4,'Severn Gallery','','buying@severngallery.example','01952 000004','Bridgnorth','WV16 4AA','GAL','FAIR','N','2023-05-12'),
 (5,'Coalport Engineering Ltd','','hr@coalporteng.example','01952 000005','Telford','TF7 4BB','CORP','WORD','N','2026-02-20'),
 (6,'Tom','Riley','tomriley@example.com','07700 960006','Wolverhampton','WV1 3AA','PUB','TA','N','2026-04-10'),
 (7,'Hannah','Jones','hannah.j@example.com','07700 960007','Ludlow','SY8 1AA','PUB','WORD','Y','2026-02-02'),
 (8,'Sam','Okoro','sam.okoro@example.com','07700 960008','Telford','TF2 9ZZ','PUB','IGMT','N','2026-05-05'),
 (9,'Lumen Interiors','','studio@lumeninteriors.example','0121 000009','Birmingham','B3 1AA','TRADE','INSTA','N','2025-09-09'),
 (10,'Margaret','Evans','m.evans@example.com','01952 000010','Much Wenlock','TF13 6AA','PUB','WORD','Y','2026-03-22');
INSERT INTO makers VALUES
 ('RB','Rhys Bennett','LEAD',220,'Y','2027-02-28','2012-04-01',NULL),('CA','Clara Aldridge','LEAD',220,'Y','2026-04-30','2014-09-01',NULL),
 ('JT','Jamie Turner','ASST',110,'N','2026-10-31','2023-06-12',NULL),('NK','Nell Kirby','SHOP',95,'N',NULL,'2021-03-15',NULL),
 ('SV','Sofia Varga','TUT',250,'Y','2026-08-31','2025-01-10',NULL);
INSERT INTO class_types VALUES
 ('TST','Hot glass taster','TASTE',1.5,4,75,12,1,'Gather, blow and shape a small bubble with a glassblower at your side'),
 ('PWT','Make a paperweight','PW',1,4,65,10,1,'Choose your colours and shape a solid paperweight'),
 ('BAU','Bauble and heart making','BAUB',1,4,55,8,2,'Two hanging pieces; popular from October'),
 ('TMB','Make a tumbler','TUMB',2,4,95,14,1,NULL),
 ('BEG4','Beginners glassblowing, four Tuesday evenings','COURSE',12,4,480,16,6,NULL),
 ('PRV','Private day with a glassblower','PRIV',6,2,650,16,3,'Price is for the day, up to two people');
INSERT INTO sessions VALUES
 (101,'TST','2026-05-02','10:00','RB','JT',4,'DONE',NULL),(102,'PWT','2026-05-02','13:00','RB','JT',4,'DONE',NULL),
 (103,'TST','2026-05-16','10:00','CA','JT',4,'DONE',NULL),(104,'PWT','2026-05-23','13:00','CA',NULL,4,'CXL','FURN'),
 (105,'BEG4','2026-06-02','18:00','SV','JT',4,'FULL',NULL),(106,'PWT','2026-06-13','10:00','RB','JT',4,'ON',NULL),
 (107,'PWT','2026-06-13','13:00','RB','JT',4,'ON',NULL),(108,'TST','2026-06-20','10:00','CA','JT',4,'ON',NULL),
 (109,'TMB','2026-04-18','10:00','CA','JT',4,'DONE',NULL),(110,'TST','2026-04-11','10:00','RB','JT',4,'DONE',NULL),
 (111,'TST','2026-04-25','10:00','RB',NULL,4,'CXL','LOWBK'),(112,'PRV','2026-06-27','09:30','RB','JT',2,'FULL',NULL);
INSERT INTO class_bookings VALUES
 (1001,101,1,2,'2026-04-01','WEB',150,150,NULL,'Y','COLL','2026-05-09',0,NULL),
 (1002,101,8,1,'2026-04-20','WEB',75,75,NULL,'N',NULL,NULL,0,'No show'),
 (1003,102,3,1,'2026-03-05','WEB',65,0,'GV-1022','Y','POST','2026-05-06',0,'Voucher from her sister'),
 (1004,102,2,2,'2026-04-22','PHN',130,130,NULL,'Y','HOLD',NULL,0,'Said they would collect in June'),
 (1005,103,6,2,'2026-05-01','ITG',150,150,NULL,'Y','COLL','2026-05-23',0,NULL),
 (1006,104,7,1,'2026-05-10','WEB',65,65,NULL,NULL,NULL,NULL,65,'Refunded, furnace down'),
 (1007,105,10,1,'2026-03-22','PHN',480,480,NULL,'Y',NULL,NULL,0,NULL),(1008,105,7,1,'2026-04-02','WEB',480,480,NULL,'Y',NULL,NULL,0,NULL),
 (1009,105,1,2,'2026-04-05','WEB',960,960,NULL,'Y',NULL,NULL,0,'Emma and her partner'),
 (1010,106,3,1,'2026-05-30','WEB',65,65,NULL,NULL,NULL,NULL,0,NULL),(1011,106,8,2,'2026-06-01','WEB',130,130,NULL,NULL,NULL,NULL,0,NULL),
 (1012,107,2,1,'2026-06-03','PHN',65,65,NULL,NULL,NULL,NULL,0,NULL),(1013,109,6,1,'2026-03-30','WEB',95,95,NULL,'N',NULL,NULL,0,'Rang on the day, car broke down'),
 (1014,110,1,1,'2026-03-01','WEB',75,0,'GV-1019','Y','COLL','2026-04-15',0,NULL),(1015,110,10,2,'2026-03-25','WEB',150,150,NULL,'Y','COLL','2026-04-12',0,NULL),
 (1016,112,9,2,'2026-05-14','PHN',650,650,NULL,NULL,NULL,NULL,0,'Designers trying a day before the lighting commission'),
 (1017,103,3,1,'2026-05-02','WEB',75,75,NULL,'Y','HOLD',NULL,0,NULL);
INSERT INTO vouchers VALUES
 ('GV-1019','2025-12-10',10,'Emma Hughes',75,'TST','2026-12-10','2026-03-01','N'),
 ('GV-1022','2025-12-20',7,'Priya Shah',65,'PWT','2026-12-20','2026-03-05','N'),
 ('GV-1008','2025-06-15',2,'Jack Grant',75,'TST','2026-06-15',NULL,'N'),
 ('GV-1011','2025-07-28',6,'Anne Riley',100,NULL,'2026-07-28',NULL,'N'),
 ('GV-1015','2025-08-30',10,'Ruth Evans',95,'TMB','2026-08-30',NULL,'N'),
 ('GV-0990','2025-02-14',1,'Dan Hughes',75,'TST','2026-02-14',NULL,'N'),
 ('GV-1030','2026-05-01',8,'Grace Okoro',55,'BAU','2027-05-01',NULL,'N');
INSERT INTO commissions VALUES
 (201,9,'LIGHT','Twelve pendant shades, smoky grey, for a restaurant fit-out',12,'K-GREY',NULL,3600,1800,'2026-04-10','2026-04-08','2026-06-30','RB','MAKE',NULL,NULL,NULL,NULL),
 (202,5,'AWARD','Long service awards, clear with blue base, engraved',8,'R-COBALT','N',960,480,'2026-03-01','2026-02-25','2026-05-15','CA','DEL','2026-05-08','2026-05-12',960,'2026-05-20'),
 (203,10,'MEM','Memorial paperweight with her husband''s ashes, blue swirl',2,'R-COBALT','Y',240,120,'2026-05-28','2026-05-27','2026-07-10','CA','CONF',NULL,NULL,NULL,NULL),
 (204,7,'WED','Wedding bowl in the bride''s colours, green and gold',1,'F-GREEN','N',380,0,NULL,'2026-05-30','2026-06-20','RB','QUOTE',NULL,NULL,NULL,NULL),
 (205,2,'WED','Pair of goblets for a ruby anniversary',2,'R-RUBY','N',280,0,NULL,'2026-06-02','2026-06-26','CA','QUOTE',NULL,NULL,NULL,NULL),
 (206,4,'EXH','Three large Gorge vessels for the summer exhibition',3,'F-TEAL','N',1500,750,'2026-04-20','2026-04-20','2026-06-25','RB','COLD',NULL,NULL,NULL,NULL);
INSERT INTO products VALUES
 ('GRG-BWL-L','Gorge bowl, large','GORGE','F-TEAL',145,72,38,6,2,'Y'),('GRG-VAS-M','Gorge vase, medium','GORGE','F-TEAL',95,47,24,9,1,'Y'),
 ('EMB-VAS-M','Ember vase, medium','EMBER','R-RUBY',110,55,30,4,0,'Y'),('CLR-TUM-2','Optic tumblers, pair','CLEAR',NULL,48,24,9,20,5,'Y'),
 ('PW-DOME','Dome paperweight','PW','R-COBALT',42,21,8,25,3,'Y'),('XMAS-HRT','Hanging heart','XMAS','R-RUBY',22,11,4,60,0,'Y'),
 ('EMB-BWL-S','Ember bowl, small','EMBER','R-AMBER',58,29,14,0,0,'N');
INSERT INTO shop_sales VALUES
 (1,'2026-05-02','PW-DOME',2,42,'N','STUDIO',NULL,NULL),(2,'2026-05-03','GRG-BWL-L',1,145,'N','WEB',1,'W-5521'),
 (3,'2026-05-09','CLR-TUM-2',1,48,'N','WEB',6,'W-5530'),(4,'2026-05-10','GRG-VAS-M',6,47,'N','WHOLE',4,'PO-SG-220'),
 (5,'2026-05-16','PW-DOME',1,21,'Y','STUDIO',NULL,NULL),(6,'2026-05-20','GRG-VAS-M',1,95,'N','ETSY',NULL,'E-88120'),
 (7,'2026-05-24','EMB-VAS-M',1,110,'N','WEB',10,'W-5541'),(8,'2026-05-30','PW-DOME',3,42,'N','WEB',3,'W-5550'),
 (9,'2026-06-02','CLR-TUM-2',2,48,'N','WEB',2,'W-5558'),(10,'2026-06-06','GRG-BWL-L',1,72.5,'Y','STUDIO',NULL,NULL),
 (11,'2026-06-07','PW-DOME',2,42,'N','WEB',7,'W-5562'),(12,'2026-04-18','XMAS-HRT',10,11,'N','WHOLE',4,'PO-SG-210');
INSERT INTO colours VALUES
 ('R-COBALT','Kugler','Cobalt blue','ROD',96,3.5,2,68,'N'),('R-RUBY','Reichenbach','Gold ruby','ROD',96,0.8,1.5,140,'N'),
 ('R-AMBER','Kugler','Amber','ROD',96,2.2,1.5,55,'N'),('F-TEAL','Gaffer','Teal frit, medium','FRIT',96,1.1,2,48,'N'),
 ('F-GREEN','Reichenbach','Grass green frit, coarse','FRIT',96,2.6,1,44,'N'),('K-GREY','Kugler','Smoke grey','ROD',96,4.0,2,52,'N'),
 ('P-WHITE','Zimmermann','Opal white powder','PWD',96,0.4,1,39,'Y');
INSERT INTO kiln_loads VALUES
 (501,'ANN2','2026-05-02','THICK','JT',10,10,1,'2026-05-03','One student paperweight cracked, remade free'),
 (502,'ANN1','2026-05-07','STD','RB',14,0,0,'2026-05-08',NULL),
 (503,'ANN1','2026-05-08','THICK','CA',8,0,2,'2026-05-09','Two award bases cracked, colour bar from a new batch'),
 (504,'ANN2','2026-05-16','STD','JT',5,5,0,'2026-05-17',NULL),
 (505,'ANN1','2026-05-21','STD','RB',12,0,1,'2026-05-22','Vase knocked on the shelf'),
 (506,'ANN1','2026-06-04','STD','RB',9,0,0,'2026-06-05',NULL),
 (507,'ANN2','2026-06-02','STD','JT',6,6,0,'2026-06-03',NULL);
INSERT INTO furnace_log VALUES
 ('2026-05-05',1118,1150,42.5,38,0,0,'RB',NULL),('2026-05-06',1122,1148,44.1,40,25,8,'RB','Charged overnight'),
 ('2026-05-07',1120,1152,43.0,39,0,0,'CA',NULL),('2026-05-08',1119,1155,43.8,41,0,0,'CA',NULL),
 ('2026-05-12',1121,1150,44.6,40,25,6,'RB',NULL),('2026-05-22',840,0,30.2,12,0,0,'RB','Burner fault, furnace idled; classes cancelled'),
 ('2026-05-23',860,0,18.5,10,0,0,'RB','Engineer called out'),('2026-05-26',1117,1149,52.0,44,30,10,'CA','Back up to temperature'),
 ('2026-06-02',1120,1150,43.4,40,0,0,'JT',NULL),('2026-04-28',1121,1151,44.0,40,25,5,'RB',NULL);
