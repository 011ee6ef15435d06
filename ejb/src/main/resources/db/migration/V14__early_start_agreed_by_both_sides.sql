-- A placement starts on its agreed date, or earlier only when the host and the associate both agree the same day:
-- the day asked for and who has agreed it so far wait here until the other side agrees.
alter table placement add column early_start_on date;
alter table placement add column early_start_host_by varchar(120);
alter table placement add column early_start_associate_by varchar(120);
