-- The public figures are the precomputed counts (V87) less those of the suggestions kept
-- out of the public lists: these indexes find those few without reading the others.
create index suggestion_hidden_venue_idx on suggestion (venue_id) where not public_visible;
create index suggestion_hidden_county_idx on suggestion (county_id) where not public_visible;
