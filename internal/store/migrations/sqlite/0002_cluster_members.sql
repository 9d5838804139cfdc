-- The distinct originals and sources of each cluster, so that counting a new
-- report is one indexed insert however large the cluster grows.

CREATE TABLE cluster_reports (
	cluster   INTEGER NOT NULL REFERENCES clusters(id),
	canonical TEXT NOT NULL,
	PRIMARY KEY (cluster, canonical)
) WITHOUT ROWID;

CREATE TABLE cluster_sources (
	cluster   INTEGER NOT NULL REFERENCES clusters(id),
	source    TEXT NOT NULL,                 -- 'p:' publisher, or 'a:' original article when no publisher
	PRIMARY KEY (cluster, source)
) WITHOUT ROWID;

INSERT INTO cluster_reports (cluster, canonical)
	SELECT DISTINCT e.cluster, a.canonical FROM events e JOIN articles a ON a.id = e.article_id;
INSERT INTO cluster_sources (cluster, source)
	SELECT DISTINCT e.cluster, CASE WHEN a.publisher <> '' THEN 'p:' || a.publisher ELSE 'a:' || a.canonical END
	FROM events e JOIN articles a ON a.id = e.article_id;
