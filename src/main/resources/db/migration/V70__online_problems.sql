-- Voters raise problems online (journey 4): the hash of the private key that opens a
-- problem's tracking page, and the spam flag staff set on abusive online problems
-- (kept, counted, hidden from the queue and the figures, reversible).
alter table problem add column tracking_key_hash varchar(64);
alter table problem add column spam boolean not null default false;
alter table problem add column spam_marked_at timestamptz;
alter table problem add column spam_marked_by_user_id bigint;
alter table problem add constraint problem_spam_is_online
    check (not spam or source = 'ONLINE');

-- The triage queue leaves spam out: its indexes follow.
drop index problem_triage_county_idx;
drop index problem_triage_idx;
create index problem_triage_county_idx on problem (county_id, found_on, id) where status = 'FOUND' and not spam;
create index problem_triage_idx on problem (found_on, id) where status = 'FOUND' and not spam;
create index problem_spam_county_idx on problem (county_id, id desc) where spam;

-- The key that signs the online form's hidden timestamp, shared by every node of one
-- database: made once here, never shown.
create table online_form_secret (
    id      int          primary key check (id = 1),
    secret  varchar(128) not null
);
insert into online_form_secret (id, secret)
values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
