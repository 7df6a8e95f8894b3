-- The same refresh of a suggestion's reporting measures as V67, written in PL/pgSQL so
-- that PostgreSQL keeps its plan for the session instead of planning six statements on
-- every reply or rating written. Bulk writers (the register import writes thousands of
-- replies and ratings in one statement) spend most of their time in this function.

create or replace function suggestion_measure_refresh(target bigint) returns void
    language plpgsql as $$
begin
    insert into suggestion_measure (suggestion_id, current_reply_on_time, first_rating, last_rating,
                                    last_rating_round, rehandled_rating)
    select target,
           (select r.on_time from reply r where r.suggestion_id = target
             order by r.replied_on desc, r.id desc limit 1),
           (select rating_grade(g.handling_work, g.result) from rating g
             where g.suggestion_id = target and g.round_number = 1 order by g.id limit 1),
           (select rating_grade(g.handling_work, g.result) from rating g
             where g.suggestion_id = target order by g.round_number desc, g.id desc limit 1),
           (select max(g.round_number) from rating g where g.suggestion_id = target),
           (select rating_grade(g.handling_work, g.result) from rating g
             where g.suggestion_id = target and g.round_number >= 2 order by g.round_number desc, g.id desc limit 1)
    on conflict (suggestion_id) do update set
           current_reply_on_time = excluded.current_reply_on_time,
           first_rating = excluded.first_rating,
           last_rating = excluded.last_rating,
           last_rating_round = excluded.last_rating_round,
           rehandled_rating = excluded.rehandled_rating;
end
$$;

-- Every rating look-up of the refresh is one backward or forward step of this index, so
-- that the plan kept for the session stays right however the table grows.
create index rating_suggestion_round_id_idx on rating (suggestion_id, round_number, id);
create index reply_suggestion_replied_id_idx on reply (suggestion_id, replied_on, id);
