-- Staging: every line cleaning saw, kept or dropped, typed at the Parquet boundary.
create or replace view stg_article_lines as
with source as (
    select * from read_parquet('{lake}/article_lines/part-*.parquet', union_by_name = false)
),

renamed as (
    select
        cast(article_id as varchar) as article_id,
        cast(line_no as integer) as line_no,
        cast(text as varchar) as text,
        cast(kept as boolean) as kept,
        cast(rule as varchar) as rule
    from source
),

final as (
    select * from renamed
)

select * from final
