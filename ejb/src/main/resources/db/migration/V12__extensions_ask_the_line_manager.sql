-- An extension changes the secondment's terms: once the host sponsor and a coordinator have agreed it, the line
-- manager is asked to release the associate for it, and it takes effect only when they approve.
alter table placement add column extension_awaiting_release boolean default false not null;
