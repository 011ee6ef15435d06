-- A person downloading their own data reads what they did: the audit trail by who acted.
create index ix_audit_event_actor on audit_event (actor);
