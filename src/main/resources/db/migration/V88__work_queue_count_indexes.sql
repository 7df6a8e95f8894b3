-- The staff work queues count objections waiting for a decision through this partial
-- index (the other queues' counts come from the precomputed report counts of V87; items on
-- the follow-up list use suggestion_follow_up_idx, extensions waiting
-- extension_request_one_pending_idx).
create index unit_assignment_objected_idx on unit_assignment (suggestion_id) where status = 'OBJECTED';
