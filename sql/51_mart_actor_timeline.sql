-- What each actor did, in date order: one row per (actor, event) with the role the actor
-- played (actor1 = the side that acts, actor2 = the side acted upon). Associated actors are
-- not listed. Events with an unknown date come last for each actor.
create or replace view mart_actor_timeline as
with roles as (
    select fct_event.*, actor1_id as actor_id, 'actor1' as role from fct_event
    where actor1_id is not null
    union all
    select fct_event.*, actor2_id as actor_id, 'actor2' as role from fct_event
    where actor2_id is not null
),

final as (
    select
        dim_actor.actor_name as actor,
        dim_date.date as event_date,
        roles.role,
        dim_event_type.event_type,
        dim_event_type.sub_event_type,
        dim_location.admin1,
        dim_location.admin2,
        dim_location.location,
        roles.fatalities,
        roles.event_id
    from roles
    join dim_actor on dim_actor.actor_id = roles.actor_id
    left join dim_date on dim_date.date_id = roles.date_id
    left join dim_event_type on dim_event_type.event_type_id = roles.event_type_id
    left join dim_location on dim_location.location_id = roles.location_id
)

select * from final
order by actor, event_date nulls last, event_id, role
