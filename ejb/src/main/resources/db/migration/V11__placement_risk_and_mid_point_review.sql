-- "At risk" as a coordinator means it, found in the database: each placement keeps when its next check-in is due
-- (14 days after the last, or the start), whether its latest check-in reports a deliverable at risk, and the day
-- from which its days worked are less than half the days due (never in the first two weeks). A close-out can be
-- planned, and the mid-point review is recorded and agreed by both sides, not only reminded.
alter table placement add column check_in_due_on date;
alter table placement add column behind_from date;
alter table placement add column deliverable_at_risk boolean default false not null;
alter table placement add column close_out_planned_on date;
alter table placement add column mid_point_on_track varchar(4000);
alter table placement add column mid_point_changes varchar(4000);
alter table placement add column mid_point_recorded_by varchar(120);
alter table placement add column mid_point_recorded_at timestamp;
alter table placement add column mid_point_host_agreed_by varchar(120);
alter table placement add column mid_point_associate_agreed_by varchar(120);

-- The same as the placement works out for itself (Placement.refreshProgress), for placements that have started.
update placement
   set check_in_due_on = cast(coalesce((select max(c.check_in_date) from check_in c where c.placement_id = placement.id), start_date)
                              + 14 * interval '1' day as date),
       behind_from = cast(start_date + greatest(14, floor(14 * coalesce((select sum(c.days_worked) from check_in c
                                                                         where c.placement_id = placement.id), 0) / days_per_week) + 1)
                          * interval '1' day as date)
 where state in ('ACTIVE', 'COMPLETED', 'ENDED_EARLY');
update placement set deliverable_at_risk = true
 where exists (select 1 from check_in c join check_in_progress r on r.check_in_id = c.id
                where c.placement_id = placement.id and r.status = 'AT_RISK'
                  and c.check_in_date = (select max(l.check_in_date) from check_in l where l.placement_id = placement.id));
create index ix_placement_state_start on placement (state, start_date);
