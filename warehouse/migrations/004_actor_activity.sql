-- Actor activity per day: who acts and who is acted on, the actor-centred question
-- analysts ask first ("what did Russia do this week, and what was done to it?").
-- One row per actor and day with at least one event where the actor is source or
-- target; the day falls back to publication like v_daily_events. An event whose
-- source and target are the same actor counts once on each side.
CREATE OR REPLACE VIEW v_actor_activity AS
WITH roles AS (
    SELECT source_actor_id AS actor_id, 'source' AS role,
           coalesce(event_date, CAST(published_at AS DATE)) AS day, goldstein, quad_class
    FROM v_events WHERE source_actor_id IS NOT NULL
    UNION ALL
    SELECT target_actor_id AS actor_id, 'target' AS role,
           coalesce(event_date, CAST(published_at AS DATE)) AS day, goldstein, quad_class
    FROM v_events WHERE target_actor_id IS NOT NULL
)
SELECT
    r.actor_id,
    d.name,
    d.actor_type,
    d.country_code,
    r.day,
    count(*) FILTER (WHERE r.role = 'source')                      AS events_as_source,
    count(*) FILTER (WHERE r.role = 'target')                      AS events_as_target,
    count(*) FILTER (WHERE r.quad_class IN (3, 4))                 AS conflict_events,
    avg(r.goldstein) FILTER (WHERE r.role = 'source')              AS mean_goldstein_as_source,
    avg(r.goldstein) FILTER (WHERE r.role = 'target')              AS mean_goldstein_as_target
FROM roles r
JOIN dim_actors d ON d.actor_id = r.actor_id
GROUP BY r.actor_id, d.name, d.actor_type, d.country_code, r.day;
