-- Event type dimension: the 25 sub-event types of the codebook (section 2, ACLED's
-- taxonomy) with their event type and ACLED disorder type, plus any pair found in the
-- events that the codebook does not list (disorder_type NULL unless its event type is known),
-- so every fct_event row finds its type. event_type_id = first 16 hex chars of
-- md5(event_type || '|' || sub_event_type): stable across rebuilds.
create or replace view dim_event_type as
with codebook(event_type, sub_event_type) as (
    values
        ('Battles', 'Armed clash'),
        ('Battles', 'Government regains territory'),
        ('Battles', 'Non-state actor overtakes territory'),
        ('Explosions/Remote violence', 'Air/drone strike'),
        ('Explosions/Remote violence', 'Shelling/artillery/missile attack'),
        ('Explosions/Remote violence', 'Remote explosive/landmine/IED'),
        ('Explosions/Remote violence', 'Suicide bomb'),
        ('Explosions/Remote violence', 'Grenade'),
        ('Explosions/Remote violence', 'Chemical weapon'),
        ('Violence against civilians', 'Attack'),
        ('Violence against civilians', 'Abduction/forced disappearance'),
        ('Violence against civilians', 'Sexual violence'),
        ('Protests', 'Peaceful protest'),
        ('Protests', 'Protest with intervention'),
        ('Protests', 'Excessive force against protesters'),
        ('Riots', 'Violent demonstration'),
        ('Riots', 'Mob violence'),
        ('Strategic developments', 'Agreement'),
        ('Strategic developments', 'Arrests'),
        ('Strategic developments', 'Change to group/activity'),
        ('Strategic developments', 'Headquarters or base established'),
        ('Strategic developments', 'Looting/property destruction'),
        ('Strategic developments', 'Non-violent transfer of territory'),
        ('Strategic developments', 'Disrupted weapons use'),
        ('Strategic developments', 'Other')
),

observed as (
    select distinct event_type, sub_event_type
    from stg_events
    where event_type is not null
),

unlisted as (
    select observed.event_type, observed.sub_event_type
    from observed
    where not exists (
        select 1 from codebook
        where codebook.event_type = observed.event_type
          and codebook.sub_event_type is not distinct from observed.sub_event_type
    )
),

all_types as (
    select event_type, sub_event_type from codebook
    union all
    select event_type, sub_event_type from unlisted
),

final as (
    select
        -- must match the key expression in fct_event
        left(md5(event_type || '|' || coalesce(sub_event_type, '')), 16) as event_type_id,
        event_type,
        sub_event_type,
        case
            when event_type in ('Battles', 'Explosions/Remote violence', 'Violence against civilians')
                then 'Political violence'
            when event_type in ('Protests', 'Riots') then 'Demonstrations'
            when event_type = 'Strategic developments' then 'Strategic developments'
        end as disorder_type
    from all_types
)

select * from final
