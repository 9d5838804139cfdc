-- The Result JSON is stored deflated: it is most of an article's bytes.
-- Rows written before keep it in result (text); new rows leave that '' and
-- fill result_z.

ALTER TABLE articles ADD COLUMN result_z BLOB;
