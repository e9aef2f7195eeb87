-- Staging: near-duplicate articles (the same wire text with small edits), typed at the
-- Parquet boundary.
create or replace view stg_article_duplicates as
with source as (
    select * from read_parquet('{lake}/article_duplicates/part-*.parquet', union_by_name = false)
),

renamed as (
    select
        cast(article_id as varchar) as article_id,
        cast(duplicate_of as varchar) as duplicate_of
    from source
),

final as (
    select * from renamed
)

select * from final
