-- Audit of cleaning: every line of every article, whether it was kept in body_text and,
-- when dropped, the rule that dropped it.
create or replace view article_lines as
with source as (
    select * from stg_article_lines
),

final as (
    select article_id, line_no, text, kept, rule
    from source
)

select * from final
