-- Close-out states the days worked over the whole placement; check-ins may not have recorded every day.
alter table placement add column days_worked_at_close numeric(5,1);
