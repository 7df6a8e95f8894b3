-- The report's items lists page by (day proposed, id) from a cursor: these indexes let
-- PostgreSQL start reading at the cursor, for the whole prefecture and within a county.
create index suggestion_proposed_id_idx on suggestion (proposed_on, id);
create index suggestion_county_proposed_id_idx on suggestion (county_id, proposed_on, id);
