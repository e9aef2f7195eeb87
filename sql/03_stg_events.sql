-- Staging: one row per real-world event (merged across articles and runs), typed at the
-- Parquet boundary. Small codes widen to INTEGER so arithmetic cannot overflow; empty
-- strings in text attributes (actors, admin units, location, codes, notes) become NULL,
-- the warehouse-wide convention for "not known / not applicable".
create or replace view stg_events as
with source as (
    select * from read_parquet('{lake}/events/part-*.parquet', union_by_name = false)
),

renamed as (
    select
        cast(event_id as varchar) as event_id,
        cast(block_key as varchar) as block_key,
        cast(event_date as date) as event_date,
        cast(time_precision as integer) as time_precision,
        nullif(cast(event_type as varchar), '') as event_type,
        nullif(cast(sub_event_type as varchar), '') as sub_event_type,
        nullif(cast(actor1 as varchar), '') as actor1,
        nullif(cast(assoc_actor_1 as varchar), '') as assoc_actor_1,
        cast(inter1 as integer) as inter1,
        nullif(cast(actor2 as varchar), '') as actor2,
        nullif(cast(assoc_actor_2 as varchar), '') as assoc_actor_2,
        cast(inter2 as integer) as inter2,
        cast(interaction as integer) as interaction,
        nullif(cast(iso3 as varchar), '') as iso3,
        nullif(cast(country as varchar), '') as country,
        nullif(cast(admin1 as varchar), '') as admin1,
        nullif(cast(admin2 as varchar), '') as admin2,
        nullif(cast(location as varchar), '') as location,
        cast(latitude as double) as latitude,
        cast(longitude as double) as longitude,
        cast(geo_precision as integer) as geo_precision,
        cast(geonameid as bigint) as geonameid,
        nullif(cast(admin1_code as varchar), '') as admin1_code,
        nullif(cast(admin2_code as varchar), '') as admin2_code,
        cast(fatalities as integer) as fatalities,
        cast(fatalities_low as integer) as fatalities_low,
        cast(fatalities_high as integer) as fatalities_high,
        cast(fatalities_known as boolean) as fatalities_known,
        nullif(cast(notes as varchar), '') as notes,
        cast(confidence as double) as confidence,
        cast(sources as varchar[]) as sources,
        cast(article_ids as varchar[]) as article_ids,
        cast(mention_ids as varchar[]) as mention_ids,
        cast(first_reported as date) as first_reported,
        cast(last_reported as date) as last_reported
    from source
),

final as (
    select * from renamed
)

select * from final
