-- The last day of the event on its actor rows too, so that an actor and
-- date-range lookup finds exactly the overlapping events from the index.

ALTER TABLE event_actors ADD COLUMN day_to TEXT NOT NULL DEFAULT '';
UPDATE event_actors SET day_to = (SELECT e.day_to FROM events e WHERE e.id = event_actors.event);
DROP INDEX event_actors_cc_day;
DROP INDEX event_actors_code_day;
CREATE INDEX event_actors_cc_day ON event_actors(cc, role, day_from, day_to);
CREATE INDEX event_actors_code_day ON event_actors(code, role, day_from, day_to);
