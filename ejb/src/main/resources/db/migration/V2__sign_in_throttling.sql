-- Brute-force protection: failed sign-ins since the last success, and the time before which the account
-- refuses sign-in (growing with each failure after the fifth); an admin can clear both.
alter table user_account add column failed_sign_ins int not null default 0;
alter table user_account add column throttled_until timestamp;
alter table user_account add column last_signed_in_at timestamp;
