-- Payroll and time tracking (look-alike of the hr schema): staff, payslips, timesheets, leave. No keys declared.
CREATE SCHEMA payroll;
SET search_path = payroll;
COMMENT ON SCHEMA payroll IS 'Payroll and time tracking: staff members, cost centres, pay grades, monthly payslips, timesheets, leave requests and benefit enrolments.';
CREATE TABLE cost_centres (cost_centre_code text, cost_centre_name text, site text, budget_owner text);
CREATE TABLE pay_grades (grade_code text, min_salary numeric, max_salary numeric, overtime_eligible boolean);
CREATE TABLE staff (staff_no integer, full_name text, cost_centre_code text, grade_code text, contract_type text, start_dt date, leave_dt date, line_manager_staff_no integer);
COMMENT ON COLUMN staff.contract_type IS 'Employment contract: permanent, fixed term, zero hours or contractor; contractors are paid through invoices and have no payslips';
CREATE TABLE payslips (payslip_id integer, staff_no integer, period_month date, gross_pay numeric, tax_amt numeric, pension_amt numeric, net_pay numeric);
COMMENT ON COLUMN payslips.gross_pay IS 'Gross pay for the month before tax and pension deductions, including overtime and bonuses paid in that month';
CREATE TABLE timesheets (timesheet_id integer, staff_no integer, work_dt date, hours_worked numeric, overtime_hours numeric, approved_by_staff_no integer);
CREATE TABLE leave_requests (request_id integer, staff_no integer, leave_type text, from_dt date, to_dt date, status text);
COMMENT ON COLUMN leave_requests.leave_type IS 'Kind of absence: annual leave, sick leave, parental leave, unpaid leave or compassionate leave';
CREATE TABLE benefit_enrolments (enrolment_id integer, staff_no integer, benefit_name text, monthly_cost numeric, enrolled_dt date);
INSERT INTO cost_centres VALUES ('CC10','Warehouse','Leeds','J. Bloggs'),('CC20','Head Office','London','A. Smith'),('CC30','Field Sales','Remote','K. Jones');
INSERT INTO pay_grades VALUES ('G1',20000,26000,true),('G2',26000,35000,true),('G3',35000,60000,false);
INSERT INTO staff VALUES (1,'Ann Ode','CC10','G1','zero hours','2024-01-01',NULL,2),(2,'Ben Ray','CC20','G3','permanent','2020-01-01',NULL,NULL);
INSERT INTO leave_requests VALUES (1,1,'sick leave','2026-01-05','2026-01-06','approved'),(2,2,'parental leave','2026-03-01','2026-06-01','pending');
INSERT INTO benefit_enrolments VALUES (1,2,'Cycle to work',25,'2025-01-01'),(2,2,'Private medical',60,'2025-01-01');
