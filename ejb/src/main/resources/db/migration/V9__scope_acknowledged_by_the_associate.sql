-- A live placement moves to a new version of its scope agreed while it runs, and the associate acknowledges each
-- version; signing the placement acknowledged the version it was proposed on.
alter table placement add column scope_acknowledged_number integer;
update placement set scope_acknowledged_number = (select v.number from scoping_version v where v.id = placement.scoping_version_id)
 where exists (select 1 from placement_sign_off s where s.placement_id = placement.id and s.party = 'ASSOCIATE');
