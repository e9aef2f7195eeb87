-- Event fact: one row per real-world event (codebook section 1), keyed to dim_date (NULL
-- when the date is unknown), dim_event_type, dim_actor (actor2_id NULL when the event has no
-- target) and dim_location. Associated actors, actor classes as coded for this event, counts
-- and notes stay on the fact. Evidence and source articles: bridge_event_article.
create or replace view fct_event as
with source as (
    select * from stg_events
),

keyed as (
    select
        event_id,
        -- the key expressions must match those of the dimensions
        cast(year(event_date) * 10000 + month(event_date) * 100 + day(event_date) as integer) as date_id,
        case when event_type is not null
            then left(md5(event_type || '|' || coalesce(sub_event_type, '')), 16)
        end as event_type_id,
        case when actor1 is not null then left(md5(actor1), 16) end as actor1_id,
        case when actor2 is not null then left(md5(actor2), 16) end as actor2_id,
        case when iso3 is not null or country is not null then left(md5(concat_ws('|',
            coalesce(iso3, ''), coalesce(country, ''), coalesce(admin1, ''),
            coalesce(admin2, ''), coalesce(location, ''),
            coalesce(cast(latitude as varchar), ''), coalesce(cast(longitude as varchar), ''),
            coalesce(cast(geo_precision as varchar), ''), coalesce(cast(geonameid as varchar), ''),
            coalesce(admin1_code, ''), coalesce(admin2_code, '')
        )), 16) end as location_id,
        time_precision,
        assoc_actor_1,
        assoc_actor_2,
        inter1,
        inter2,
        interaction,
        fatalities,
        fatalities_low,
        fatalities_high,
        fatalities_known,
        cast(len(list_distinct(coalesce(article_ids, []))) as integer) as source_count,
        confidence,
        notes,
        first_reported,
        last_reported
    from source
),

final as (
    select * from keyed
)

select * from final
