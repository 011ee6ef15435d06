-- Calendar invitations: an email may carry one (iCalendar text, sent as a text/calendar part) so interviews and
-- first-day meetings land in people's calendars.
alter table email add column calendar varchar(20000);

-- Each time an interview is arranged again it is a new version of the same calendar event (its SEQUENCE), so
-- calendars move it rather than add a second one.
alter table application add column interview_sequence int default 0 not null;

-- A coordinator subscribes to their interviews with a secret address of their own; only a hash of its secret is
-- kept, and making a new address replaces it (the old one stops working).
alter table user_account add column calendar_feed_hash varchar(64);
create unique index ux_user_account_calendar_feed on user_account (calendar_feed_hash);
