-- One row per event with ACLED-compatible column names: the star (fct_event and its
-- dimensions) joined back into one wide table. Missing text attributes (actor2, associated
-- actors, admin1, admin2, location, notes) are NULL, never '' (ACLED exports leave them
-- empty; NULL is what SQL filters expect). event_date is NULL when unknown. source lists the
-- distinct outlets of the event's articles joined with '; ' as ACLED does; article_ids lists
-- the event's articles (from bridge_event_article), sorted.
create or replace view events_flat as
with events as (
    select * from fct_event
),

event_articles as (
    select
        bridge.event_id,
        list(distinct bridge.article_id order by bridge.article_id) as article_ids,
        string_agg(distinct dim_article.source, '; ' order by dim_article.source) as source
    from bridge_event_article as bridge
    left join dim_article on dim_article.article_id = bridge.article_id
    group by bridge.event_id
),

final as (
    select
        events.event_id,
        dim_date.date as event_date,
        dim_date.year,
        events.time_precision,
        dim_event_type.event_type,
        dim_event_type.sub_event_type,
        actor1.actor_name as actor1,
        events.assoc_actor_1,
        events.inter1,
        actor2.actor_name as actor2,
        events.assoc_actor_2,
        events.inter2,
        events.interaction,
        dim_location.iso3,
        dim_location.country,
        dim_location.admin1,
        dim_location.admin2,
        dim_location.location,
        dim_location.latitude,
        dim_location.longitude,
        dim_location.geo_precision,
        event_articles.source,
        events.source_count,
        events.notes,
        events.fatalities,
        events.fatalities_low,
        events.fatalities_high,
        events.fatalities_known,
        coalesce(event_articles.article_ids, cast([] as varchar[])) as article_ids,
        events.confidence
    from events
    left join dim_date on dim_date.date_id = events.date_id
    left join dim_event_type on dim_event_type.event_type_id = events.event_type_id
    left join dim_actor as actor1 on actor1.actor_id = events.actor1_id
    left join dim_actor as actor2 on actor2.actor_id = events.actor2_id
    left join dim_location on dim_location.location_id = events.location_id
    left join event_articles on event_articles.event_id = events.event_id
)

select * from final
