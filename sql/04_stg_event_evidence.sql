-- Staging: the sentences that support each event, typed at the Parquet boundary.
create or replace view stg_event_evidence as
with source as (
    select * from read_parquet('{lake}/event_evidence/part-*.parquet', union_by_name = false)
),

renamed as (
    select
        cast(event_id as varchar) as event_id,
        cast(article_id as varchar) as article_id,
        cast(mention_id as varchar) as mention_id,
        cast(block_key as varchar) as block_key,
        cast(sentence as varchar) as sentence,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end
    from source
),

final as (
    select * from renamed
)

select * from final
