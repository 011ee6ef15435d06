-- An applicant made unsuccessful only because someone else accepted the assignment can be brought back if that
-- placement falls through. Those turned away before this change are recognised by the message they were sent.
alter table application add column turned_away_when_filled boolean default false not null;
update application set turned_away_when_filled = true
 where state = 'UNSUCCESSFUL' and feedback like '%has now been offered to, and accepted by, another applicant%';
