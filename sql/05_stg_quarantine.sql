-- Staging: every input that could not be processed, typed at the Parquet boundary.
create or replace view stg_quarantine as
with source as (
    select * from read_parquet('{lake}/quarantine/part-*.parquet', union_by_name = false)
),

renamed as (
    select
        cast(input_root as varchar) as input_root,
        cast(input_path as varchar) as input_path,
        cast(article_id as varchar) as article_id,
        cast(reason as varchar) as reason,
        cast(detail as varchar) as detail,
        cast(raw_sha256 as varchar) as raw_sha256,
        cast(size_bytes as bigint) as size_bytes,
        cast(quarantined_at as timestamptz) as quarantined_at,
        cast(run_id as varchar) as run_id
    from source
),

final as (
    select * from renamed
)

select * from final
