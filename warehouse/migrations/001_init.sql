-- Vigie warehouse, version 1: the contract tables.
CREATE TABLE IF NOT EXISTS runs (
    run_id           VARCHAR PRIMARY KEY,
    flow_run_id      VARCHAR,
    started_at       TIMESTAMP NOT NULL,
    finished_at      TIMESTAMP,
    status           VARCHAR NOT NULL,      -- running | completed | failed_checks | failed
    articles_seen    INTEGER DEFAULT 0,
    articles_loaded  INTEGER DEFAULT 0,
    articles_quarantined INTEGER DEFAULT 0,
    events_loaded    INTEGER DEFAULT 0,
    stage_seconds    VARCHAR                -- JSON object: stage -> seconds
);

CREATE TABLE IF NOT EXISTS articles (
    article_id     VARCHAR PRIMARY KEY,
    external_id    VARCHAR NOT NULL,
    url            VARCHAR,
    title          VARCHAR,
    source         VARCHAR,
    language       VARCHAR NOT NULL,
    language_confidence DOUBLE,
    published_at   TIMESTAMP,
    content_hash   VARCHAR NOT NULL,
    run_id         VARCHAR NOT NULL,
    source_ref     VARCHAR,
    word_count     INTEGER,
    tone           DOUBLE,
    text           VARCHAR,               -- full article text, so a rerun of extraction needs no refetch
    loaded_at      TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS actors (
    actor_id      VARCHAR PRIMARY KEY,
    name          VARCHAR NOT NULL,
    actor_type    VARCHAR NOT NULL,
    country_code  VARCHAR,
    role          VARCHAR
);

CREATE TABLE IF NOT EXISTS actor_mentions (
    article_id    VARCHAR NOT NULL,
    actor_id      VARCHAR NOT NULL,
    mention_text  VARCHAR NOT NULL,
    start_char    INTEGER,
    end_char      INTEGER
);

CREATE TABLE IF NOT EXISTS events (
    event_id         VARCHAR PRIMARY KEY,
    article_id       VARCHAR NOT NULL,
    event_date       DATE,
    event_type       VARCHAR NOT NULL,
    cameo_root       VARCHAR NOT NULL,
    quad_class       INTEGER NOT NULL,
    goldstein        DOUBLE NOT NULL,
    source_actor_id  VARCHAR,
    target_actor_id  VARCHAR,
    sentence         VARCHAR NOT NULL,
    verb             VARCHAR
);

CREATE TABLE IF NOT EXISTS themes (
    theme_code  VARCHAR PRIMARY KEY,
    label       VARCHAR NOT NULL,
    label_fr    VARCHAR
);

CREATE TABLE IF NOT EXISTS article_themes (
    article_id  VARCHAR NOT NULL,
    theme_code  VARCHAR NOT NULL,
    score       DOUBLE NOT NULL,
    hits        INTEGER,
    PRIMARY KEY (article_id, theme_code)
);

CREATE TABLE IF NOT EXISTS dq_results (
    run_id       VARCHAR NOT NULL,
    suite        VARCHAR NOT NULL,
    expectation  VARCHAR NOT NULL,
    success      BOOLEAN NOT NULL,
    details      VARCHAR,
    checked_at   TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS quarantine (
    run_id      VARCHAR NOT NULL,
    stage       VARCHAR NOT NULL,
    source_ref  VARCHAR,
    reason      VARCHAR NOT NULL,
    payload     VARCHAR,
    quarantined_at TIMESTAMP DEFAULT current_timestamp
);
