-- Date dimension: a generated calendar with one row per day from the earliest to the latest
-- date the warehouse knows (event dates, first/last reported, article publication), gaps
-- included so time series can be zero-filled. date_id is the day as yyyymmdd. Events with an
-- unknown date have a NULL date_id in fct_event; there is no "unknown" row.
create or replace view dim_date as
with known_dates as (
    select event_date as day from stg_events
    union all
    select first_reported from stg_events
    union all
    select last_reported from stg_events
    union all
    select published from stg_articles
),

bounds as (
    select min(day) as first_day, max(day) as last_day
    from known_dates
),

calendar as (
    -- generate_series over NULL bounds (empty lake) yields no rows
    select cast(unnest(generate_series(first_day, last_day, interval 1 day)) as date) as date
    from bounds
),

final as (
    select
        cast(year(date) * 10000 + month(date) * 100 + day(date) as integer) as date_id,
        date,
        cast(year(date) as integer) as year,
        cast(quarter(date) as integer) as quarter,
        cast(month(date) as integer) as month,
        monthname(date) as month_name,
        cast(week(date) as integer) as iso_week,
        cast(date_trunc('week', date) as date) as week_start,
        cast(isodow(date) as integer) as day_of_week,
        dayname(date) as day_name
    from calendar
)

select * from final
