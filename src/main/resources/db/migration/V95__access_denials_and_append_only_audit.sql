-- Every refused request: a 403 (a role without the right, a form without its CSRF token)
-- or a record outside the user's scope (answered as 404). Who, when, from where, what.
create table access_denial (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz  not null,
    user_id         bigint,
    username        varchar(60),
    role            varchar(30),
    client_address  varchar(64)  not null,
    method          varchar(10)  not null,
    path            varchar(500) not null,
    kind            varchar(20)  not null check (kind in ('FORBIDDEN', 'OUT_OF_SCOPE', 'CSRF'))
);
-- The admin list pages by id, newest first (the primary key's index); by address for the
-- rate check and for looking one address up.
create index access_denial_address_idx on access_denial (client_address, occurred_at desc);
create index access_denial_user_idx on access_denial (user_id, occurred_at desc);

-- Refusals seen per client address and minute: only the first few of a minute are
-- stored one by one above, the rest are only counted here, so that a flood of refused
-- requests cannot flood the audit.
create table access_denial_minute (
    client_address  varchar(64)  not null,
    minute          timestamptz  not null,
    seen            int          not null,
    constraint access_denial_minute_pk primary key (client_address, minute)
);
create index access_denial_minute_minute_idx on access_denial_minute (minute desc);

-- Audit rows are written once and never changed: no page, endpoint or bug can rewrite or
-- remove them. Deleting old rows for retention is possible only in a session that says
-- so explicitly (set local deputyaction.audit_retention = 'on'), which the application
-- never does; updates and truncation are always refused.
create function refuse_audit_row_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('deputyaction.audit_retention', true) = 'on' then
        return old;
    end if;
    raise exception 'audit rows of % are append-only (% refused)', tg_table_name, tg_op
        using errcode = 'P0001', hint = 'Only retention may delete old rows: set local deputyaction.audit_retention = ''on''';
end;
$$;

create function refuse_audit_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'audit table % is append-only (TRUNCATE refused)', tg_table_name using errcode = 'P0001';
end;
$$;

create trigger access_denial_append_only before update or delete on access_denial
    for each row execute function refuse_audit_row_change();
create trigger access_denial_no_truncate before truncate on access_denial
    for each statement execute function refuse_audit_truncate();
create trigger change_log_append_only before update or delete on change_log
    for each row execute function refuse_audit_row_change();
create trigger change_log_no_truncate before truncate on change_log
    for each statement execute function refuse_audit_truncate();
create trigger account_change_append_only before update or delete on account_change
    for each row execute function refuse_audit_row_change();
create trigger account_change_no_truncate before truncate on account_change
    for each statement execute function refuse_audit_truncate();
create trigger sign_in_event_append_only before update or delete on sign_in_event
    for each row execute function refuse_audit_row_change();
create trigger sign_in_event_no_truncate before truncate on sign_in_event
    for each statement execute function refuse_audit_truncate();
create trigger timeline_entry_append_only before update or delete on timeline_entry
    for each row execute function refuse_audit_row_change();
create trigger timeline_entry_no_truncate before truncate on timeline_entry
    for each statement execute function refuse_audit_truncate();
