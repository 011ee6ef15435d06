-- When a closed placement's personal detail was removed after the retention period; empty until then, so the nightly
-- run finds the ones still to do by this and closed_at.
alter table placement add column personal_detail_removed_at timestamp;
create index ix_placement_closed_at on placement (closed_at);
