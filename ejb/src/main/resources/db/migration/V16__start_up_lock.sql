-- The row each node locks while it loads reference (or demo) data at start-up, so nodes starting together take
-- turns instead of both inserting the same organisations.
insert into data_load (name, loaded_at) values ('start-up', current_timestamp);
