-- The run log: one row per pipeline run with its counts and wall time.
create or replace view runs as
with source as (
    select * from stg_runs
),

final as (
    select run_id, started_at, finished_at, input, full_refresh, files_seen, articles_read,
           articles_skipped, articles_retracted, articles_ok, quarantined, mentions,
           events_total, seconds
    from source
)

select * from final
