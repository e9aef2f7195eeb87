-- One row per input article (current version), processed or not, with where it came from
-- (input_path) and, for near-duplicates, the canonical article it repeats (duplicate_of,
-- NULL when it repeats nothing). body_text is exactly what extraction saw: evidence
-- offsets (bridge_event_article.char_start/char_end) index into it.
create or replace view articles as
with source as (
    select * from stg_articles
),

duplicates as (
    -- one canonical article per duplicate, so the join below keeps the article grain
    select article_id, min(duplicate_of) as duplicate_of
    from stg_article_duplicates
    group by article_id
),

final as (
    select
        source.article_id,
        source.source,
        source.url,
        source.title,
        source.published,
        source.published_from,
        source.language,
        source.body_text,
        source.status,
        source.status_reason,
        source.raw_sha256,
        source.ingested_at,
        source.input_path,
        duplicates.duplicate_of
    from source
    left join duplicates on duplicates.article_id = source.article_id
)

select * from final
