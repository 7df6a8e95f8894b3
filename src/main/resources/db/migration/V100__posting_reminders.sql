-- Posting reminders: the administrator sets how often every home and station posts its
-- three lists (every N months, 0 = no reminders); the deadline watch's daily run tells the
-- county's staff and the venue's deputies once per period when a venue's posting is due.

alter table loop_settings
    add column posting_interval_months int not null default 1 check (posting_interval_months between 0 and 12);

-- The reminders already given, one row per venue and period (the day the posting fell
-- due, or the start of the calendar period for a venue that never posted), so that the
-- daily run skips them in one statement.
create table posting_reminder (
    venue_id     bigint      not null references venue (id),
    period_start date        not null,
    given_at     timestamptz not null,
    primary key (venue_id, period_start)
);

