-- The county rows of the precomputed report counts (venue_id = 0), read whole-prefecture by
-- the office's work queue counts and reports without naming the counties.
create index report_month_county_rows_idx on report_month (month) where venue_id = 0;
create index report_due_county_rows_idx on report_due (due_on) where venue_id = 0;
