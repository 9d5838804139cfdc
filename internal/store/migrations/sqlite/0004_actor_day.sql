-- Actor lookups by country or code together with a date range: each
-- actor row carries its event's first day and the country part of its
-- code, and an index serves "this actor, these days" in one range scan.

ALTER TABLE event_actors ADD COLUMN cc TEXT NOT NULL DEFAULT '';
ALTER TABLE event_actors ADD COLUMN day_from TEXT NOT NULL DEFAULT '';
UPDATE event_actors SET cc = substr(code, 1, 3),
	day_from = (SELECT e.day_from FROM events e WHERE e.id = event_actors.event);
CREATE INDEX event_actors_cc_day ON event_actors(cc, role, day_from);
CREATE INDEX event_actors_code_day ON event_actors(code, role, day_from);
DROP INDEX event_actors_code;
