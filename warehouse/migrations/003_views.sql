-- Vigie warehouse, version 3: the analytics views of the contract, in three layers
-- (staging -> dimensions -> facts) so each view stays one simple SELECT.

-- Staging: article columns renamed the way the facts expose them.
CREATE OR REPLACE VIEW stg_articles AS
SELECT
    article_id,
    url                        AS article_url,
    title                      AS article_title,
    source,
    language,
    published_at,
    CAST(published_at AS DATE) AS published_day
FROM articles;

-- Dimension: one row per canonical actor.
CREATE OR REPLACE VIEW dim_actors AS
SELECT actor_id, name, actor_type, country_code
FROM actors;

-- Fact: one row per event, flat like a GDELT event row.
CREATE OR REPLACE VIEW v_events AS
SELECT
    e.event_id,
    e.event_date,
    e.event_type,
    e.cameo_root,
    e.quad_class,
    e.goldstein,
    e.source_actor_id,
    src.name          AS source_name,
    src.country_code  AS source_country,
    src.actor_type    AS source_type,
    e.target_actor_id,
    tgt.name          AS target_name,
    tgt.country_code  AS target_country,
    tgt.actor_type    AS target_type,
    e.verb,
    e.article_id,
    a.article_url,
    a.article_title,
    a.source,
    a.language,
    a.published_at,
    e.sentence
FROM events e
LEFT JOIN stg_articles a  ON a.article_id = e.article_id
LEFT JOIN dim_actors  src ON src.actor_id = e.source_actor_id
LEFT JOIN dim_actors  tgt ON tgt.actor_id = e.target_actor_id;

-- Country dyads. Events whose source or target has no country keep NULL there rather
-- than being dropped, so the counts add up to v_events; filter them out when needed.
CREATE OR REPLACE VIEW v_dyads AS
SELECT
    source_country,
    target_country,
    quad_class,
    count(*)       AS event_count,
    avg(goldstein) AS mean_goldstein,
    avg(goldstein) AS avg_goldstein
FROM v_events
GROUP BY source_country, target_country, quad_class;

-- The day is when the event happened; an event with no resolvable date falls back to
-- the day its article was published.
CREATE OR REPLACE VIEW v_daily_events AS
SELECT
    coalesce(event_date, CAST(published_at AS DATE)) AS day,
    event_type,
    count(*)       AS event_count,
    avg(goldstein) AS mean_goldstein,
    avg(goldstein) AS avg_goldstein
FROM v_events
GROUP BY 1, event_type;

-- Themes per publication day of the articles that carry them.
CREATE OR REPLACE VIEW v_theme_trends AS
SELECT
    a.published_day  AS day,
    t.theme_code,
    th.label,
    th.label_fr,
    count(DISTINCT t.article_id) AS article_count,
    avg(t.score)                 AS mean_score
FROM article_themes t
JOIN stg_articles a ON a.article_id = t.article_id
LEFT JOIN themes th ON th.theme_code = t.theme_code
GROUP BY a.published_day, t.theme_code, th.label, th.label_fr;
