-- What the library shows is frozen when a lesson is published: for an anonymised lesson, the text with the host
-- and the placement's people taken out. The library is searched on this text, so a name removed from a lesson
-- does not find it. Lessons published before this change keep their text; anonymised ones among them are
-- redacted as they are read and are not searched until published again.
alter table lesson add column published_title varchar(200);
alter table lesson add column published_context varchar(4000);
alter table lesson add column published_what_happened varchar(4000);
alter table lesson add column published_lesson varchar(4000);
update lesson set published_title = title, published_context = context, published_what_happened = what_happened,
                  published_lesson = lesson_text
 where state = 'PUBLISHED' and anonymised = false;
