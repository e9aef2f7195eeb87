-- Article dimension: one row per article, the attributes an analyst filters events by.
-- is_duplicate marks near-duplicates (the same wire text) of another article.
create or replace view dim_article as
with source as (
    select * from articles
),

final as (
    select
        article_id,
        source,
        url,
        title,
        published,
        status,
        duplicate_of,
        duplicate_of is not null as is_duplicate
    from source
)

select * from final
