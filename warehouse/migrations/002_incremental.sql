-- Vigie warehouse, version 2: what incremental nightly runs need to remember.

-- Every input reference (file path, feed entry, URL) seen so far and the content it
-- carried: the next night skips refs whose content is unchanged, and the same text
-- under another URL is loaded once while both URLs stay recorded here.
CREATE TABLE IF NOT EXISTS source_index (
    source_ref      VARCHAR PRIMARY KEY,
    url             VARCHAR,
    content_hash    VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    first_seen_run  VARCHAR,
    last_seen_run   VARCHAR
);

-- HTTP validators per feed, for conditional GETs (If-None-Match / If-Modified-Since).
CREATE TABLE IF NOT EXISTS feed_state (
    feed_url       VARCHAR PRIMARY KEY,
    etag           VARCHAR,
    last_modified  VARCHAR,
    updated_at     TIMESTAMP DEFAULT current_timestamp
);
