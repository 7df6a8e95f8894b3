-- Precomputed counts for the closure-rate reports (docs/reporting.md, "How it is computed"),
-- so that the dashboard of a prefecture with a million items reads a few thousand small rows
-- instead of every suggestion of the year.
--
-- report_month: per county and month proposed (venue_id = 0, township_id = 0) and per venue
-- and month (venue_id, township_id set), the count of every time-independent bucket of the
-- suggestions proposed in that month with their voters' on-site ratings (V73), and of the
-- problems found in it by status (online problems marked as spam, V70, left out).
-- report_due: per county / venue, month proposed and due date, how many suggestions are
-- being handled (ASSIGNED or SUPERVISED), from which the overdue and near-due counts of any
-- day are summed. Both are kept by triggers on suggestion, suggestion_measure and problem on
-- every insert, update or delete, whoever writes them.

create table report_month (
    county_id                    bigint not null,
    township_id                  bigint not null,
    venue_id                     bigint not null,
    month                        date   not null,
    proposed                     bigint not null default 0,
    to_assign                    bigint not null default 0,
    assigned                     bigint not null default 0,
    being_handled                bigint not null default 0,
    replied                      bigint not null default 0,
    replied_on_time              bigint not null default 0,
    closed                       bigint not null default 0,
    key_supervision              bigint not null default 0,
    leader_led                   bigint not null default 0,
    rated                        bigint not null default 0,
    satisfied_or_basic           bigint not null default 0,
    satisfied                    bigint not null default 0,
    first_satisfied_or_basic     bigint not null default 0,
    first_satisfied              bigint not null default 0,
    rehandled_rated              bigint not null default 0,
    rehandled_satisfied_or_basic bigint not null default 0,
    rehandled_satisfied          bigint not null default 0,
    class_a                      bigint not null default 0,
    class_ab                     bigint not null default 0,
    voter_satisfied              bigint not null default 0,
    voter_basically              bigint not null default 0,
    voter_unsatisfied            bigint not null default 0,
    problems                     bigint not null default 0,
    problems_proposed            bigint not null default 0,
    problems_resolved            bigint not null default 0,
    problems_merged              bigint not null default 0,
    problems_declined            bigint not null default 0,
    problems_found               bigint not null default 0,
    primary key (county_id, venue_id, month)
);
create index report_month_township_idx on report_month (township_id, month) where venue_id <> 0;
create index report_month_venue_idx on report_month (venue_id, month) where venue_id <> 0;

create table report_due (
    county_id   bigint not null,
    township_id bigint not null,
    venue_id    bigint not null,
    month       date   not null,
    due_on      date   not null,
    open        bigint not null,
    primary key (county_id, venue_id, month, due_on)
);
create index report_due_township_idx on report_due (township_id, month) where venue_id <> 0;
create index report_due_venue_idx on report_due (venue_id, month) where venue_id <> 0;

-- Adds (sign 1) or removes (sign -1) one suggestion's contribution, with its measure row
-- (null fields when it has none); with_due false leaves report_due alone.
create function report_suggestion_apply(s suggestion, m suggestion_measure, sign int, with_due boolean)
    returns void language plpgsql as $$
declare
    t       bigint;
    mon     date    := date_trunc('month', s.proposed_on)::date;
    replied boolean := s.status in ('FED_BACK', 'CLOSED');
begin
    select v.township_id into t from venue v where v.id = s.venue_id;
    insert into report_month as r (county_id, township_id, venue_id, month, proposed, to_assign, assigned,
           being_handled, replied, replied_on_time, closed, key_supervision, leader_led, rated,
           satisfied_or_basic, satisfied, first_satisfied_or_basic, first_satisfied, rehandled_rated,
           rehandled_satisfied_or_basic, rehandled_satisfied, class_a, class_ab, voter_satisfied,
           voter_basically, voter_unsatisfied)
    select k.county_id, k.township_id, k.venue_id, mon, sign,
           sign * (s.status = 'PROPOSED')::int,
           sign * (s.assigned_on is not null)::int,
           sign * (s.status in ('ASSIGNED', 'SUPERVISED'))::int,
           sign * replied::int,
           sign * (replied and coalesce(m.current_reply_on_time, false))::int,
           sign * (s.status = 'CLOSED')::int,
           sign * s.key_supervision::int,
           sign * (s.supervision_level = 'LEADER_LED')::int,
           sign * (m.last_rating is not null)::int,
           sign * coalesce(m.last_rating in ('S', 'B'), false)::int,
           sign * coalesce(m.last_rating = 'S', false)::int,
           sign * coalesce(m.first_rating in ('S', 'B'), false)::int,
           sign * coalesce(m.first_rating = 'S', false)::int,
           sign * (m.rehandled_rating is not null)::int,
           sign * coalesce(m.rehandled_rating in ('S', 'B'), false)::int,
           sign * coalesce(m.rehandled_rating = 'S', false)::int,
           sign * (replied and coalesce(s.result_class = 'A', false))::int,
           sign * (replied and coalesce(s.result_class in ('A', 'B'), false))::int,
           sign * coalesce(m.voter_satisfied, 0),
           sign * coalesce(m.voter_basically, 0),
           sign * coalesce(m.voter_unsatisfied, 0)
      from (values (s.county_id, 0::bigint, 0::bigint), (s.county_id, t, s.venue_id))
           as k (county_id, township_id, venue_id)
    on conflict (county_id, venue_id, month) do update set
           proposed = r.proposed + excluded.proposed,
           to_assign = r.to_assign + excluded.to_assign,
           assigned = r.assigned + excluded.assigned,
           being_handled = r.being_handled + excluded.being_handled,
           replied = r.replied + excluded.replied,
           replied_on_time = r.replied_on_time + excluded.replied_on_time,
           closed = r.closed + excluded.closed,
           key_supervision = r.key_supervision + excluded.key_supervision,
           leader_led = r.leader_led + excluded.leader_led,
           rated = r.rated + excluded.rated,
           satisfied_or_basic = r.satisfied_or_basic + excluded.satisfied_or_basic,
           satisfied = r.satisfied + excluded.satisfied,
           first_satisfied_or_basic = r.first_satisfied_or_basic + excluded.first_satisfied_or_basic,
           first_satisfied = r.first_satisfied + excluded.first_satisfied,
           rehandled_rated = r.rehandled_rated + excluded.rehandled_rated,
           rehandled_satisfied_or_basic = r.rehandled_satisfied_or_basic + excluded.rehandled_satisfied_or_basic,
           rehandled_satisfied = r.rehandled_satisfied + excluded.rehandled_satisfied,
           class_a = r.class_a + excluded.class_a,
           class_ab = r.class_ab + excluded.class_ab,
           voter_satisfied = r.voter_satisfied + excluded.voter_satisfied,
           voter_basically = r.voter_basically + excluded.voter_basically,
           voter_unsatisfied = r.voter_unsatisfied + excluded.voter_unsatisfied;
    if with_due and s.status in ('ASSIGNED', 'SUPERVISED') and s.due_on is not null then
        insert into report_due as r (county_id, township_id, venue_id, month, due_on, open)
        values (s.county_id, 0, 0, mon, s.due_on, sign), (s.county_id, t, s.venue_id, mon, s.due_on, sign)
        on conflict (county_id, venue_id, month, due_on) do update set open = r.open + excluded.open;
        if sign < 0 then
            delete from report_due
             where county_id = s.county_id and venue_id in (0, s.venue_id) and month = mon
               and due_on = s.due_on and open = 0;
        end if;
    end if;
end
$$;

create function report_suggestion_trigger() returns trigger
    language plpgsql as $$
declare
    m suggestion_measure;
begin
    if tg_op = 'UPDATE' and (old.county_id, old.venue_id, old.proposed_on, old.status, old.assigned_on,
            old.due_on, old.key_supervision, old.supervision_level, old.result_class)
            is not distinct from (new.county_id, new.venue_id, new.proposed_on, new.status, new.assigned_on,
            new.due_on, new.key_supervision, new.supervision_level, new.result_class) then
        return null;
    end if;
    if tg_op = 'INSERT' then
        select * into m from suggestion_measure where suggestion_id = new.id;
        perform report_suggestion_apply(new, m, 1, true);
        return null;
    end if;
    select * into m from suggestion_measure where suggestion_id = old.id;
    perform report_suggestion_apply(old, m, -1, true);
    if tg_op = 'UPDATE' then
        perform report_suggestion_apply(new, m, 1, true);
        return null;
    end if;
    return old;
end
$$;

-- Insert and update after the row is written; delete before, while its measure row is
-- still there to say what to take away.
create trigger suggestion_report after insert or update on suggestion
    for each row execute function report_suggestion_trigger();
create trigger suggestion_report_delete before delete on suggestion
    for each row execute function report_suggestion_trigger();

create function report_measure_trigger() returns trigger
    language plpgsql as $$
declare
    s    suggestion;
    none suggestion_measure;
begin
    if tg_op = 'UPDATE' and (old.current_reply_on_time, old.first_rating, old.last_rating, old.rehandled_rating,
            old.voter_satisfied, old.voter_basically, old.voter_unsatisfied)
            is not distinct from (new.current_reply_on_time, new.first_rating, new.last_rating,
            new.rehandled_rating, new.voter_satisfied, new.voter_basically, new.voter_unsatisfied) then
        return null;
    end if;
    select * into s from suggestion where id = coalesce(new.suggestion_id, old.suggestion_id);
    if not found then
        return null;
    end if;
    perform report_suggestion_apply(s, case when tg_op = 'INSERT' then none else old end, -1, false);
    perform report_suggestion_apply(s, case when tg_op = 'DELETE' then none else new end, 1, false);
    return null;
end
$$;

create trigger suggestion_measure_report after insert or update or delete on suggestion_measure
    for each row execute function report_measure_trigger();

create function report_problem_apply(p problem, sign int) returns void
    language plpgsql as $$
declare
    t bigint;
begin
    if p.spam then
        return;
    end if;
    select v.township_id into t from venue v where v.id = p.venue_id;
    insert into report_month as r (county_id, township_id, venue_id, month, problems, problems_proposed,
           problems_resolved, problems_merged, problems_declined, problems_found)
    select k.county_id, k.township_id, k.venue_id, date_trunc('month', p.found_on)::date, sign,
           sign * (p.status = 'PROPOSED')::int, sign * (p.status = 'RESOLVED_DIRECTLY')::int,
           sign * (p.status = 'MERGED')::int, sign * (p.status = 'DECLINED')::int, sign * (p.status = 'FOUND')::int
      from (values (p.county_id, 0::bigint, 0::bigint), (p.county_id, t, p.venue_id))
           as k (county_id, township_id, venue_id)
    on conflict (county_id, venue_id, month) do update set
           problems = r.problems + excluded.problems,
           problems_proposed = r.problems_proposed + excluded.problems_proposed,
           problems_resolved = r.problems_resolved + excluded.problems_resolved,
           problems_merged = r.problems_merged + excluded.problems_merged,
           problems_declined = r.problems_declined + excluded.problems_declined,
           problems_found = r.problems_found + excluded.problems_found;
end
$$;

create function report_problem_trigger() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'UPDATE' and (old.county_id, old.venue_id, old.found_on, old.status, old.spam)
            is not distinct from (new.county_id, new.venue_id, new.found_on, new.status, new.spam) then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform report_problem_apply(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform report_problem_apply(new, 1);
    end if;
    return null;
end
$$;

create trigger problem_report after insert or update or delete on problem
    for each row execute function report_problem_trigger();

-- The counts of the data already there.
insert into report_month (county_id, township_id, venue_id, month, proposed, to_assign, assigned, being_handled,
       replied, replied_on_time, closed, key_supervision, leader_led, rated, satisfied_or_basic, satisfied,
       first_satisfied_or_basic, first_satisfied, rehandled_rated, rehandled_satisfied_or_basic,
       rehandled_satisfied, class_a, class_ab, voter_satisfied, voter_basically, voter_unsatisfied)
select f.county_id, coalesce(f.township_id, 0), coalesce(f.venue_id, 0), f.month, count(*),
       count(*) filter (where f.status = 'PROPOSED'),
       count(*) filter (where f.assigned_on is not null),
       count(*) filter (where f.status in ('ASSIGNED', 'SUPERVISED')),
       count(*) filter (where f.replied),
       count(*) filter (where f.replied and f.on_time),
       count(*) filter (where f.status = 'CLOSED'),
       count(*) filter (where f.key_supervision),
       count(*) filter (where f.supervision_level = 'LEADER_LED'),
       count(*) filter (where f.last_rating is not null),
       count(*) filter (where f.last_rating in ('S', 'B')),
       count(*) filter (where f.last_rating = 'S'),
       count(*) filter (where f.first_rating in ('S', 'B')),
       count(*) filter (where f.first_rating = 'S'),
       count(*) filter (where f.rehandled_rating is not null),
       count(*) filter (where f.rehandled_rating in ('S', 'B')),
       count(*) filter (where f.rehandled_rating = 'S'),
       count(*) filter (where f.replied and f.result_class = 'A'),
       count(*) filter (where f.replied and f.result_class in ('A', 'B')),
       coalesce(sum(f.voter_satisfied), 0), coalesce(sum(f.voter_basically), 0),
       coalesce(sum(f.voter_unsatisfied), 0)
  from (select s.county_id, v.township_id, s.venue_id, date_trunc('month', s.proposed_on)::date as month,
               s.status, s.assigned_on, s.key_supervision, s.supervision_level, s.result_class,
               s.status in ('FED_BACK', 'CLOSED') as replied, coalesce(m.current_reply_on_time, false) as on_time,
               m.first_rating, m.last_rating, m.rehandled_rating, m.voter_satisfied, m.voter_basically,
               m.voter_unsatisfied
          from suggestion s
          join venue v on v.id = s.venue_id
          left join suggestion_measure m on m.suggestion_id = s.id) f
 group by grouping sets ((f.county_id, f.month), (f.county_id, f.township_id, f.venue_id, f.month));

insert into report_due (county_id, township_id, venue_id, month, due_on, open)
select s.county_id, coalesce(v.township_id, 0), coalesce(s.venue_id, 0), date_trunc('month', s.proposed_on)::date,
       s.due_on, count(*)
  from suggestion s
  join venue v on v.id = s.venue_id
 where s.status in ('ASSIGNED', 'SUPERVISED') and s.due_on is not null
 group by grouping sets ((s.county_id, date_trunc('month', s.proposed_on)::date, s.due_on),
                         (s.county_id, v.township_id, s.venue_id, date_trunc('month', s.proposed_on)::date, s.due_on));

insert into report_month as r (county_id, township_id, venue_id, month, problems, problems_proposed,
       problems_resolved, problems_merged, problems_declined, problems_found)
select p.county_id, coalesce(v.township_id, 0), coalesce(p.venue_id, 0), date_trunc('month', p.found_on)::date,
       count(*), count(*) filter (where p.status = 'PROPOSED'),
       count(*) filter (where p.status = 'RESOLVED_DIRECTLY'), count(*) filter (where p.status = 'MERGED'),
       count(*) filter (where p.status = 'DECLINED'), count(*) filter (where p.status = 'FOUND')
  from problem p
  join venue v on v.id = p.venue_id
 where not p.spam
 group by grouping sets ((p.county_id, date_trunc('month', p.found_on)::date),
                         (p.county_id, v.township_id, p.venue_id, date_trunc('month', p.found_on)::date))
on conflict (county_id, venue_id, month) do update set
       problems = excluded.problems,
       problems_proposed = excluded.problems_proposed,
       problems_resolved = excluded.problems_resolved,
       problems_merged = excluded.problems_merged,
       problems_declined = excluded.problems_declined,
       problems_found = excluded.problems_found;
