-- The events in ACLED's export column order, for tools built on ACLED files. Differences:
-- event_id_cnty holds our event_id; iso holds the ISO 3166-1 alpha-3 code (ACLED: numeric);
-- region, admin3, source_scale and tags are NULL (not extracted); civilian_targeting is
-- 'Civilian targeting' when civilians are the target (event type Violence against civilians
-- or actor2 of class 7), NULL otherwise; timestamp is the Unix epoch of the event's
-- last_reported date, or of the view build when unknown. Empty fields are NULL, not ''.
create or replace view mart_acled_export as
with events as (
    select * from events_flat
),

final as (
    select
        events.event_id as event_id_cnty,
        events.event_date,
        events.year,
        events.time_precision,
        dim_event_type.disorder_type,
        events.event_type,
        events.sub_event_type,
        events.actor1,
        events.assoc_actor_1,
        events.inter1,
        events.actor2,
        events.assoc_actor_2,
        events.inter2,
        events.interaction,
        case
            when events.event_type = 'Violence against civilians' or events.inter2 = 7
                then 'Civilian targeting'
        end as civilian_targeting,
        events.iso3 as iso,
        cast(null as varchar) as region,
        events.country,
        events.admin1,
        events.admin2,
        cast(null as varchar) as admin3,
        events.location,
        events.latitude,
        events.longitude,
        events.geo_precision,
        events.source,
        cast(null as varchar) as source_scale,
        events.notes,
        events.fatalities,
        cast(null as varchar) as tags,
        coalesce(cast(epoch(fct_event.last_reported) as bigint), cast({built_epoch} as bigint)) as "timestamp"
    from events
    join fct_event on fct_event.event_id = events.event_id
    left join dim_event_type on dim_event_type.event_type_id = fct_event.event_type_id
)

select * from final
order by event_date desc nulls last, event_id_cnty
