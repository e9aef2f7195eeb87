-- Staging: one row per event as one article reports it, before merging across articles.
-- Typed at the Parquet boundary; small codes widen to INTEGER so arithmetic cannot overflow,
-- and empty strings in text attributes become NULL (the warehouse-wide convention).
create or replace view stg_mentions as
with source as (
    select * from read_parquet('{lake}/mentions/part-*.parquet', union_by_name = false)
),

renamed as (
    select
        cast(mention_id as varchar) as mention_id,
        cast(article_id as varchar) as article_id,
        cast(block_key as varchar) as block_key,
        nullif(cast(event_type as varchar), '') as event_type,
        nullif(cast(sub_event_type as varchar), '') as sub_event_type,
        nullif(cast(actor1 as varchar), '') as actor1,
        nullif(cast(assoc_actor_1 as varchar), '') as assoc_actor_1,
        cast(inter1 as integer) as inter1,
        nullif(cast(actor2 as varchar), '') as actor2,
        nullif(cast(assoc_actor_2 as varchar), '') as assoc_actor_2,
        cast(inter2 as integer) as inter2,
        nullif(cast(location_name as varchar), '') as location_name,
        nullif(cast(location_kind as varchar), '') as location_kind,
        nullif(cast(location_parent as varchar), '') as location_parent,
        cast(location_near as boolean) as location_near,
        cast(location_count as integer) as location_count,
        nullif(cast(country_hint as varchar), '') as country_hint,
        cast(event_date as date) as event_date,
        cast(date_start as date) as date_start,
        cast(time_precision as integer) as time_precision,
        cast(fatalities as integer) as fatalities,
        cast(fatalities_low as integer) as fatalities_low,
        cast(fatalities_high as integer) as fatalities_high,
        cast(fatalities_known as boolean) as fatalities_known,
        nullif(cast(notes as varchar), '') as notes,
        cast(sentence as varchar) as sentence,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end,
        cast(confidence as double) as confidence,
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
        nullif(cast(admin2_code as varchar), '') as admin2_code
    from source
),

final as (
    select * from renamed
)

select * from final
