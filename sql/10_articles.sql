-- One row per input article (current version), processed or not, with where it came from
-- (input_path) and, for near-duplicates, the canonical article it repeats (duplicate_of,
-- NULL when it repeats nothing). body_text is exactly what extraction saw: evidence
-- offsets (bridge_event_article.char_start/char_end) index into it. An input with an
-- article id that could not be processed appears with status 'quarantined', the reason in
-- status_reason and no body; inputs without an id (unsupported files, broken JSONL lines)
-- are only in `quarantine`.
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

quarantined as (
    select
        q.article_id,
        cast(null as varchar) as source,
        cast(null as varchar) as url,
        cast(null as varchar) as title,
        cast(null as date) as published,
        cast(null as varchar) as published_from,
        cast(null as varchar) as language,
        cast(null as varchar) as body_text,
        'quarantined' as status,
        q.reason || ': ' || q.detail as status_reason,
        q.raw_sha256,
        q.quarantined_at as ingested_at,
        q.input_path,
        cast(null as varchar) as duplicate_of
    from stg_quarantine as q
    where q.article_id is not null
      and q.article_id not in (select article_id from source)
    qualify row_number() over (partition by q.article_id order by q.input_path) = 1
),

processed as (
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
),

final as (
    select * from processed
    union all
    select * from quarantined
)

select * from final
