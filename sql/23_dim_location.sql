-- Location dimension: one row per distinct resolved place of an event (country, admin
-- units, named place, coordinates, precision and GeoNames codes). Missing admin units or
-- place names are NULL. location_id = first 16 hex chars of md5 over every column (NULLs
-- as ''), stable across rebuilds. Events with no country at all have a NULL location_id.
create or replace view dim_location as
with source as (
    select distinct
        iso3, country, admin1, admin2, location, latitude, longitude, geo_precision,
        geonameid, admin1_code, admin2_code
    from stg_events
    where iso3 is not null or country is not null
),

final as (
    select
        -- must match the key expression in fct_event
        left(md5(concat_ws('|',
            coalesce(iso3, ''), coalesce(country, ''), coalesce(admin1, ''),
            coalesce(admin2, ''), coalesce(location, ''),
            coalesce(cast(latitude as varchar), ''), coalesce(cast(longitude as varchar), ''),
            coalesce(cast(geo_precision as varchar), ''), coalesce(cast(geonameid as varchar), ''),
            coalesce(admin1_code, ''), coalesce(admin2_code, '')
        )), 16) as location_id,
        iso3, country, admin1, admin2, location, latitude, longitude, geo_precision,
        geonameid, admin1_code, admin2_code
    from source
)

select * from final
