-- A host can save a need part-written and come back to it; the domain requires these once it is submitted.
alter table need alter column minimum_band drop not null;
alter table need alter column days_per_week drop not null;
alter table need alter column expected_weeks drop not null;
alter table need alter column earliest_start drop not null;
alter table need alter column latest_start drop not null;
alter table need alter column funding drop not null;
alter table need alter column urgency drop not null;
alter table need alter column application_deadline drop not null;
