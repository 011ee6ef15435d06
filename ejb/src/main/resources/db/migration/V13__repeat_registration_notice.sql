-- Someone registering with an address that already has an account tells its owner, but at most once a day, so the
-- form cannot be used to fill a person's inbox.
alter table user_account add column repeat_registration_noticed_at timestamp;
