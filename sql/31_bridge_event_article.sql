-- Bridge between fct_event and dim_article: the evidence. One row per supporting sentence
-- (mention) of an event, with its character offsets into articles.body_text
-- (substring(body_text, char_start + 1, char_end - char_start) is the sentence). An article
-- listed on an event without an evidence row still gets one row, with NULL mention and
-- offsets, so the bridge lists every article of every event. Evidence of events that are
-- no longer in the lake is left out.
create or replace view bridge_event_article as
with evidence as (
    select event_id, article_id, mention_id, sentence, char_start, char_end
    from stg_event_evidence
    where event_id in (select event_id from stg_events)
),

listed as (
    select distinct event_id, unnest(article_ids) as article_id
    from stg_events
),

listed_without_evidence as (
    select
        listed.event_id,
        listed.article_id,
        cast(null as varchar) as mention_id,
        cast(null as varchar) as sentence,
        cast(null as integer) as char_start,
        cast(null as integer) as char_end
    from listed
    where listed.article_id is not null
      and not exists (
        select 1 from evidence
        where evidence.event_id = listed.event_id and evidence.article_id = listed.article_id
    )
),

final as (
    select * from evidence
    union all
    select * from listed_without_evidence
)

select * from final
