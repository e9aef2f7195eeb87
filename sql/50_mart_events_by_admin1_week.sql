-- Events and fatalities per country, first-level admin unit, ISO week (week_start, a Monday)
-- and event type: the usual trend table. Events with an unknown date are kept, with a NULL
-- week_start; country-level events (no admin1) have a NULL admin1.
create or replace view mart_events_by_admin1_week as
with events as (
    select
        dim_location.country,
        dim_location.admin1,
        dim_date.week_start,
        dim_event_type.event_type,
        fct_event.fatalities
    from fct_event
    left join dim_location on dim_location.location_id = fct_event.location_id
    left join dim_date on dim_date.date_id = fct_event.date_id
    left join dim_event_type on dim_event_type.event_type_id = fct_event.event_type_id
),

final as (
    select
        country,
        admin1,
        week_start,
        event_type,
        cast(count(*) as bigint) as events,
        cast(coalesce(sum(fatalities), 0) as bigint) as fatalities
    from events
    group by country, admin1, week_start, event_type
)

select * from final
order by country, admin1 nulls first, week_start nulls last, event_type
