-- sitrep store schema v1 (PostgreSQL). Offsets are byte offsets into articles.text.

CREATE TABLE articles (
	seq          BIGSERIAL PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,         -- content hash: the article's identity
	title        TEXT NOT NULL,
	published    TEXT NOT NULL,
	dateline_place TEXT NOT NULL,
	dateline_date  TEXT NOT NULL,
	publisher    TEXT NOT NULL,
	author       TEXT NOT NULL,
	url          TEXT NOT NULL,
	language     TEXT NOT NULL,
	origin       TEXT NOT NULL,
	day          TEXT NOT NULL,                -- anchor day, '' when the article has none
	text         TEXT NOT NULL,
	fingerprint  BIGINT NOT NULL,             -- SimHash of the body, 0 when too short
	fp0 BIGINT NOT NULL, fp1 BIGINT NOT NULL, fp2 BIGINT NOT NULL, fp3 BIGINT NOT NULL, -- MinHashes of the body
	canonical    TEXT NOT NULL,                -- first stored article this one is a copy of (itself when original)
	result       TEXT NOT NULL,                -- the Result JSON (contract v1), without text
	ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_fp0 ON articles(fp0, fingerprint) WHERE fingerprint <> 0 AND canonical = id;
CREATE INDEX articles_fp1 ON articles(fp1, fingerprint) WHERE fingerprint <> 0 AND canonical = id;
CREATE INDEX articles_fp2 ON articles(fp2, fingerprint) WHERE fingerprint <> 0 AND canonical = id;
CREATE INDEX articles_fp3 ON articles(fp3, fingerprint) WHERE fingerprint <> 0 AND canonical = id;
CREATE INDEX articles_publisher ON articles(publisher);

ALTER TABLE articles ADD COLUMN fts tsvector
	GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || text)) STORED;
CREATE INDEX articles_fts ON articles USING gin(fts);

CREATE TABLE entities (
	article_id TEXT NOT NULL REFERENCES articles(id),
	eid        TEXT NOT NULL,
	name       TEXT NOT NULL,
	kind       TEXT NOT NULL,
	country    TEXT NOT NULL,
	sector     TEXT NOT NULL,
	sectors    TEXT NOT NULL,                  -- space-separated
	role       TEXT NOT NULL,
	code       TEXT NOT NULL,
	PRIMARY KEY (article_id, eid)
);
CREATE INDEX entities_code ON entities(code);

CREATE TABLE mentions (
	article_id TEXT NOT NULL,
	eid        TEXT NOT NULL,
	seq        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	start_off  INTEGER NOT NULL,
	end_off    INTEGER NOT NULL,
	PRIMARY KEY (article_id, eid, seq),
	FOREIGN KEY (article_id, eid) REFERENCES entities(article_id, eid)
);

CREATE TABLE clusters (
	id          BIGSERIAL PRIMARY KEY,
	key         TEXT NOT NULL,                 -- event|actors|recipients|precision
	day         TEXT NOT NULL,
	event       TEXT NOT NULL,
	actors      TEXT NOT NULL,
	recipients  TEXT NOT NULL,
	place       TEXT NOT NULL,
	country     TEXT NOT NULL,
	first_seen  TEXT NOT NULL,                 -- earliest anchor day of a report, '' when none
	reports     INTEGER NOT NULL DEFAULT 0,    -- distinct reports, syndicated copies counted once
	sources     INTEGER NOT NULL DEFAULT 0,    -- distinct publishers
	pro         INTEGER NOT NULL DEFAULT 0,    -- reports asserting the claim
	con         INTEGER NOT NULL DEFAULT 0,    -- reports denying or not confirming it
	contested   INTEGER NOT NULL DEFAULT 0     -- reports disputed within their own article
);
CREATE INDEX clusters_key ON clusters(key, day);

CREATE TABLE events (
	id          BIGSERIAL PRIMARY KEY,
	article_id  TEXT NOT NULL REFERENCES articles(id),
	vid         TEXT NOT NULL,
	event       TEXT NOT NULL,
	mode        TEXT NOT NULL,
	contexts    TEXT NOT NULL,                 -- ' a b ' with surrounding spaces, for LIKE '% a %'
	cameo       TEXT NOT NULL,
	goldstein   DOUBLE PRECISION NOT NULL,
	actors      TEXT NOT NULL,                 -- sorted actor codes
	recipients  TEXT NOT NULL,
	date_value  TEXT NOT NULL,
	date_text   TEXT NOT NULL,
	precision   TEXT NOT NULL,
	day_from    TEXT NOT NULL,                 -- first and last day the date covers; the article day when undated
	day_to      TEXT NOT NULL,
	place       TEXT NOT NULL,
	country     TEXT NOT NULL,
	lat         DOUBLE PRECISION,
	lon         DOUBLE PRECISION,
	geonameid   INTEGER NOT NULL,
	modality    TEXT NOT NULL,
	attribution TEXT NOT NULL,
	source      TEXT NOT NULL,                 -- source entity
	source_text TEXT NOT NULL,
	cue         TEXT NOT NULL,
	stance      TEXT NOT NULL,
	quantity    DOUBLE PRECISION,
	unit        TEXT NOT NULL,
	qualifier   TEXT NOT NULL,
	quantity_text TEXT NOT NULL,
	sentence    INTEGER NOT NULL,
	start_off   INTEGER NOT NULL,
	end_off     INTEGER NOT NULL,
	evidence    TEXT NOT NULL,
	rule        TEXT NOT NULL,
	confidence  DOUBLE PRECISION NOT NULL,
	disputed    INTEGER NOT NULL,              -- 1 when the article itself disputes it
	cluster     BIGINT NOT NULL REFERENCES clusters(id),
	json        TEXT NOT NULL,                 -- the event as in the Result
	UNIQUE (article_id, vid)
);
CREATE INDEX events_day ON events(day_from);
CREATE INDEX events_type ON events(event, day_from);
CREATE INDEX events_cluster ON events(cluster);
CREATE INDEX events_country ON events(country);

CREATE TABLE event_actors (
	event     BIGINT NOT NULL REFERENCES events(id),
	role      TEXT NOT NULL,                   -- actor | recipient
	seq       INTEGER NOT NULL,
	entity    TEXT NOT NULL,
	name      TEXT NOT NULL,                   -- the entity's name, lower-cased, for lookups
	code      TEXT NOT NULL,
	country   TEXT NOT NULL,
	sector    TEXT NOT NULL,
	sectors   TEXT NOT NULL,
	text      TEXT NOT NULL,
	PRIMARY KEY (event, role, seq)
);
CREATE INDEX event_actors_code ON event_actors(code, role);
CREATE INDEX event_actors_name ON event_actors(name, role);

CREATE TABLE attributions (
	article_id  TEXT NOT NULL REFERENCES articles(id),
	aid         TEXT NOT NULL,
	source      TEXT NOT NULL,
	source_text TEXT NOT NULL,
	source_start INTEGER NOT NULL,
	source_end  INTEGER NOT NULL,
	cue         TEXT NOT NULL,
	cue_start   INTEGER NOT NULL,
	cue_end     INTEGER NOT NULL,
	content_start INTEGER NOT NULL,
	content_end INTEGER NOT NULL,
	stance      TEXT NOT NULL,
	parent      TEXT NOT NULL,                 -- '' at the top
	PRIMARY KEY (article_id, aid)
);

CREATE TABLE dispute_sides (
	article_id  TEXT NOT NULL REFERENCES articles(id),
	claim       TEXT NOT NULL,                 -- event vid
	seq         INTEGER NOT NULL,
	attribution TEXT NOT NULL,
	stance      TEXT NOT NULL,
	source      TEXT NOT NULL,
	PRIMARY KEY (article_id, claim, seq)
);

CREATE TABLE quotes (
	article_id TEXT NOT NULL REFERENCES articles(id),
	seq        INTEGER NOT NULL,
	speaker    TEXT NOT NULL,
	text       TEXT NOT NULL,
	start_off  INTEGER NOT NULL,
	end_off    INTEGER NOT NULL,
	cue        TEXT NOT NULL,
	PRIMARY KEY (article_id, seq)
);

CREATE TABLE times (
	article_id TEXT NOT NULL REFERENCES articles(id),
	seq        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	value      TEXT NOT NULL,
	type       TEXT NOT NULL,
	mod        TEXT NOT NULL,
	start_off  INTEGER NOT NULL,
	end_off    INTEGER NOT NULL,
	PRIMARY KEY (article_id, seq)
);

CREATE TABLE places (
	article_id TEXT NOT NULL REFERENCES articles(id),
	seq        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	name       TEXT NOT NULL,
	country    TEXT NOT NULL,
	lat        DOUBLE PRECISION NOT NULL,
	lon        DOUBLE PRECISION NOT NULL,
	geonameid  INTEGER NOT NULL,
	feature    TEXT NOT NULL,
	start_off  INTEGER NOT NULL,
	end_off    INTEGER NOT NULL,
	PRIMARY KEY (article_id, seq)
);
