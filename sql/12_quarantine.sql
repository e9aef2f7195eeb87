-- Every input that could not be processed, with a machine-readable reason and a
-- human-readable detail.
create or replace view quarantine as
with source as (
    select * from stg_quarantine
),

final as (
    select input_root, input_path, article_id, reason, detail, raw_sha256, size_bytes,
           quarantined_at, run_id
    from source
)

select * from final
