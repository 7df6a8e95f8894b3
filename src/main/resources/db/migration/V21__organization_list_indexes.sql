-- The staff lists of the organisation are ordered by code, within a county when county
-- staff (or a county filter) narrow them: one index per list behind that order.
create index township_county_code_idx on township (county_id, code);
create index venue_county_code_idx on venue (county_id, code);
create index venue_township_code_idx on venue (township_id, code);
create index venue_home_idx on venue (home_id);
create index deputy_group_county_code_idx on deputy_group (county_id, code);
create index deputy_county_code_idx on deputy (county_id, code);
create index handling_unit_county_code_idx on handling_unit (county_id, code);
create index handling_unit_level_code_idx on handling_unit (level, code);
create index handling_unit_township_idx on handling_unit (township_id);
