-- Staging: the articles dataset as landed, typed at the Parquet boundary.
-- One row per input article (current version). Analysts should use `articles`.
create or replace view stg_articles as
with source as (
    select * from read_parquet('{lake}/articles/part-*.parquet', union_by_name = false)
),

renamed as (
    select
        cast(article_id as varchar) as article_id,
        cast(input_root as varchar) as input_root,
        cast(input_path as varchar) as input_path,
        cast(content_type as varchar) as content_type,
        cast(source as varchar) as source,
        cast(url as varchar) as url,
        cast(title as varchar) as title,
        cast(published as date) as published,
        cast(published_from as varchar) as published_from,
        cast(language as varchar) as language,
        cast(body_text as varchar) as body_text,
        cast(status as varchar) as status,
        cast(status_reason as varchar) as status_reason,
        cast(raw_sha256 as varchar) as raw_sha256,
        cast(ingested_at as timestamptz) as ingested_at,
        cast(run_id as varchar) as run_id
    from source
),

final as (
    select * from renamed
)

select * from final
