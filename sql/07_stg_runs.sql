-- Staging: one row per pipeline run (append-only, one file per run), typed at the
-- Parquet boundary.
create or replace view stg_runs as
with source as (
    select * from read_parquet('{lake}/runs/part-*.parquet', union_by_name = false)
),

renamed as (
    select
        cast(run_id as varchar) as run_id,
        cast(started_at as timestamptz) as started_at,
        cast(finished_at as timestamptz) as finished_at,
        cast(input as varchar) as input,
        cast(full_refresh as boolean) as full_refresh,
        cast(files_seen as bigint) as files_seen,
        cast(articles_read as bigint) as articles_read,
        cast(articles_skipped as bigint) as articles_skipped,
        cast(articles_retracted as bigint) as articles_retracted,
        cast(articles_ok as bigint) as articles_ok,
        cast(quarantined as bigint) as quarantined,
        cast(mentions as bigint) as mentions,
        cast(events_total as bigint) as events_total,
        cast(seconds as double) as seconds
    from source
),

final as (
    select * from renamed
)

select * from final
