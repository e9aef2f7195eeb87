-- Who controls which place: for every place (country, admin1, admin2, location) that changed
-- hands, the latest territorial change (Non-state actor overtakes territory, Government
-- regains territory, Non-violent transfer of territory) and who holds the place since then.
-- The holder is the change's actor1 (the side that takes the place; ACLED codes the taker
-- as actor1 in all three), taken_from its actor2. Latest = the latest event_date (undated
-- changes count as oldest), then the latest report. Only as good as the coverage: a place
-- retaken without a report still shows the old holder.
create or replace view mart_territory_control as
with changes as (
    select
        dim_location.country,
        dim_location.admin1,
        dim_location.admin2,
        dim_location.location,
        dim_event_type.sub_event_type,
        dim_date.date as event_date,
        fct_event.last_reported,
        fct_event.event_id,
        fct_event.actor1_id,
        fct_event.actor2_id
    from fct_event
    join dim_event_type on dim_event_type.event_type_id = fct_event.event_type_id
    left join dim_location on dim_location.location_id = fct_event.location_id
    left join dim_date on dim_date.date_id = fct_event.date_id
    where dim_event_type.sub_event_type in (
        'Non-state actor overtakes territory',
        'Government regains territory',
        'Non-violent transfer of territory'
    )
),

ranked as (
    select
        changes.*,
        count(*) over places as territorial_changes,
        row_number() over (
            places order by event_date desc nulls last, last_reported desc nulls last, event_id desc
        ) as recency
    from changes
    window places as (partition by country, admin1, admin2, location)
),

final as (
    select
        ranked.country,
        ranked.admin1,
        ranked.admin2,
        ranked.location,
        holder.actor_name as controlled_by,
        holder.actor_class as controlled_by_class,
        ranked.event_date as control_since,
        ranked.sub_event_type as latest_change,
        previous.actor_name as taken_from,
        cast(ranked.territorial_changes as bigint) as territorial_changes,
        ranked.event_id
    from ranked
    left join dim_actor as holder on holder.actor_id = ranked.actor1_id
    left join dim_actor as previous on previous.actor_id = ranked.actor2_id
    where ranked.recency = 1
)

select * from final
order by country, admin1 nulls first, admin2 nulls first, location nulls first
