-- What the closure-rate reports need of each suggestion beyond its own row: whether its
-- current reply was on time, and how its deputy rated it in the first round, in the latest
-- round and in the latest re-handling round. One row per suggestion that has a reply or a
-- rating, kept by triggers on every reply and rating however they are written (services,
-- imports, manual repairs), so that the reports never read the reply and rating tables.
--
-- A rating's overall grade is the lower of its two axes (handling work, result):
-- 'S' = 满意 on both, 'B' = no 不满意 but not 满意 on both, 'U' = any 不满意. This is the
-- grade the loop acts on: any 不满意 sends the item back for re-handling.

create table suggestion_measure (
    suggestion_id           bigint      primary key references suggestion (id),
    current_reply_on_time   boolean,
    first_rating            varchar(1)  check (first_rating in ('S', 'B', 'U')),
    last_rating             varchar(1)  check (last_rating in ('S', 'B', 'U')),
    last_rating_round       int,
    rehandled_rating        varchar(1)  check (rehandled_rating in ('S', 'B', 'U'))
);

create function rating_grade(handling_work varchar, result varchar) returns varchar
    language sql immutable as $$
    select case
        when handling_work = 'UNSATISFIED' or result = 'UNSATISFIED' then 'U'
        when handling_work = 'SATISFIED' and result = 'SATISFIED' then 'S'
        else 'B' end
$$;

create function suggestion_measure_refresh(target bigint) returns void
    language sql as $$
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
           rehandled_rating = excluded.rehandled_rating
$$;

create function suggestion_measure_trigger() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform suggestion_measure_refresh(old.suggestion_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform suggestion_measure_refresh(new.suggestion_id);
    end if;
    return null;
end
$$;

create trigger reply_measure after insert or update or delete on reply
    for each row execute function suggestion_measure_trigger();
create trigger rating_measure after insert or update or delete on rating
    for each row execute function suggestion_measure_trigger();

select suggestion_measure_refresh(id) from suggestion
 where exists (select 1 from reply r where r.suggestion_id = suggestion.id);

-- The reports select suggestions by the day they were proposed, within a county or a venue.
create index suggestion_proposed_idx on suggestion (proposed_on);
create index suggestion_county_proposed_idx on suggestion (county_id, proposed_on);
create index suggestion_venue_proposed_idx on suggestion (venue_id, proposed_on);
create index problem_found_idx on problem (found_on);
create index problem_county_found_idx on problem (county_id, found_on);
