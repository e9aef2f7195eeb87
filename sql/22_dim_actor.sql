-- Actor dimension: one row per canonical actor name found as actor1 or actor2 of an event
-- (associated actors stay on the fact as text). inter is the actor class code the actor
-- carries most often (ties: the smaller code), actor_class its label. country is parsed
-- from the canonical name: "<...> Forces of <Country>", "Government of <Country>",
-- "<...> Guards of <Country>" (an ACLED period such as "(2004-2021)" is ignored) or
-- "<Name> (<Country>)"; NULL for other names (Taliban, Al Shabaab, ...). Narrow on purpose:
-- "Islamic State of Iraq and the Levant" is not a state actor of "Iraq and the Levant".
-- actor_id = first 16 hex chars of md5(actor_name): stable across rebuilds.
create or replace view dim_actor as
with appearances as (
    select actor1 as actor_name, inter1 as inter from stg_events where actor1 is not null
    union all
    select actor2 as actor_name, inter2 as inter from stg_events where actor2 is not null
),

inter_counts as (
    select actor_name, inter, count(*) as appearances
    from appearances
    group by actor_name, inter
),

most_frequent_inter as (
    select actor_name, inter
    from inter_counts
    qualify row_number() over (
        partition by actor_name
        order by inter is null, appearances desc, inter
    ) = 1
),

final as (
    select
        -- must match the key expressions in fct_event
        left(md5(actor_name), 16) as actor_id,
        actor_name,
        inter,
        case inter
            when 1 then 'State Forces'
            when 2 then 'Rebel Groups'
            when 3 then 'Political Militias'
            when 4 then 'Identity Militias'
            when 5 then 'Rioters'
            when 6 then 'Protesters'
            when 7 then 'Civilians'
            when 8 then 'External/Other Forces'
        end as actor_class,
        coalesce(
            nullif(regexp_extract(actor_name, '(?:Forces|Government|Guards) of ([^()]+?)(?:\s*\([^()]*\))?$', 1), ''),
            nullif(regexp_extract(actor_name, '\(([^()0-9]+)\)$', 1), '')
        ) as country
    from most_frequent_inter
)

select * from final
