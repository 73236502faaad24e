-- grain: one row: the national indicators of DESIGN §5 for the month beginning $1
with params as (
    select
        $1::date                                 as month_first,
        last_day($1::date)                       as month_last,
        staging.rate_window_first($1)   as window_first,
        make_date(year($1::date), 1, 1)          as year_first
),

facility_months as (
    select * from marts.mart_facility_monthly
    where month = $1::date
),

month_end as (
    select
        sum(stock)                            as stock,
        sum(held_pretrial)                    as pretrial,
        sum(women)                            as women,
        sum(juveniles)                        as juveniles,
        sum(foreigners)                       as foreigners,
        sum(capacity) filter (where is_open)  as capacity
    from facility_months
),

monthly_adp as (
    select n.month, n.adp, n.inmate_days
    from marts.mart_national_monthly as n, params
    where n.month between params.window_first and params.month_first and n.adp is not null
),

this_month as (
    select m.adp, m.inmate_days
    from monthly_adp as m, params
    where m.month = params.month_first
),

population as (
    select sum(r.population) as population
    from core.region_population as r, params
    where r.year = year(params.month_last)
),

-- A month without a movements file has no admissions figure (null, shown "—"), not zero.
movements as (
    select
        case when count(*) > 0 then coalesce(sum(m.count) filter (where d.direction = 'admission'), 0) end     as admissions,
        case when count(*) > 0 then coalesce(sum(m.count) filter (where d.direction = 'release'), 0) end       as releases,
        case when count(*) > 0 then coalesce(sum(m.count) filter (where m.movement = 'release_parole'), 0) end as parole
    from core.fact_movement as m
    join core.dim_movement as d using (movement), params
    where m.date between params.month_first and params.month_last
),

incidents_12m as (
    select
        coalesce(sum(i.persons) filter (where i.incident_type like 'death\_%' escape '\'), 0) as deaths,
        coalesce(sum(i.persons) filter (where i.incident_type = 'death_suicide'), 0)     as suicides,
        coalesce(sum(i.persons) filter (where i.incident_type = 'escape'), 0)            as escapes
    from core.fact_incident as i, params
    where i.date between params.window_first and params.month_last
),

-- A 12-month rate needs 12 months of population: with fewer it is not available (null, shown ".."),
-- never a rate over fewer months (DESIGN §5, PUBLICATION §4).
rate_base as (
    select count(*)::bigint as months, case when count(*) = 12 then avg(adp) end as mean_adp
    from monthly_adp
),

staff as (
    select
        sum(s.posts_established) as established,
        sum(s.posts_filled)      as filled,
        sum(s.posts_filled) filter (where s.staff_category = 'custodial') as custodial_filled
    from core.fact_staffing as s, params
    where s.month = params.month_first
),

plan_ytd as (
    select sum(b.amount) as plan
    from core.fact_budget_plan as b, params
    where b.month between params.year_first and params.month_first
),

paid as (
    select
        sum(p.amount) filter (where p.date between params.year_first and params.month_last) as paid_ytd,
        sum(p.amount) filter (where p.date >= params.month_first and p.source = 'РБ' and p.specific < 400) as current_republican,
        sum(p.amount) filter (where p.date >= params.month_first and p.specific = 141) as food
    from core.fact_payment as p, params
    where p.date between params.year_first and params.month_last
),

production as (
    select
        sum(p.plan_value) as plan_value, sum(p.output_value) as output_value,
        sum(p.sold_value) as sold_value, sum(p.internal_value) as internal_value
    from core.fact_production as p, params
    where p.month = params.month_first
),

labour as (
    select sum(l.able_bodied) as able_bodied, sum(l.employed_total) as employed, sum(l.wage_fund) as wage_fund, sum(l.deductions) as deductions
    from core.fact_labour as l, params
    where l.month = params.month_first
),

final as (
    select
        e.stock::bigint                                                   as stock,
        t.adp::double                                                     as adp,
        t.inmate_days::bigint                                             as inmate_days,
        e.capacity::bigint                                                as capacity,
        staging.density_pct(e.stock, e.capacity)                          as density_pct,
        e.stock * 100000.0 / nullif(pop.population, 0)                    as rate_per_100k,
        e.pretrial * 100.0 / nullif(e.stock, 0)                           as pretrial_pct,
        e.women * 100.0 / nullif(e.stock, 0)                              as women_pct,
        e.foreigners * 100.0 / nullif(e.stock, 0)                         as foreigners_pct,
        e.juveniles::bigint                                               as juveniles,
        m.admissions::bigint                                              as admissions,
        m.releases::bigint                                                as releases,
        m.parole * 100.0 / nullif(m.releases, 0)                          as parole_pct,
        i.deaths * 10000.0 / nullif(r.mean_adp, 0)                        as deaths_per_10k,
        i.suicides * 10000.0 / nullif(r.mean_adp, 0)                      as suicides_per_10k,
        i.escapes * 10000.0 / nullif(r.mean_adp, 0)                       as escapes_per_10k,
        (s.established - s.filled) * 100.0 / nullif(s.established, 0)     as vacancy_pct,
        e.stock * 1.0 / nullif(s.custodial_filled, 0)                     as inmates_per_officer,
        pd.paid_ytd * 100.0 / nullif(pl.plan, 0)                          as execution_ytd_pct,
        pd.current_republican / nullif(t.inmate_days, 0)                  as cost_per_inmate_day,
        pd.food / nullif(t.inmate_days, 0)                                as food_per_inmate_day,
        pr.output_value * 100.0 / nullif(pr.plan_value, 0)                as plan_fulfilment_pct,
        pr.internal_value * 100.0 / nullif(pr.sold_value, 0)              as internal_share_pct,
        l.employed * 100.0 / nullif(l.able_bodied, 0)                     as employment_pct,
        pr.output_value / nullif(l.employed, 0)                           as output_per_employed,
        l.wage_fund / nullif(l.employed, 0)                               as average_wage,
        l.deductions                                                      as deductions,
        r.months                                                          as rate_months  -- months of population in the 12-month window
    from month_end as e
    cross join population as pop
    left join this_month as t on true
    cross join movements as m
    cross join incidents_12m as i
    cross join rate_base as r
    cross join staff as s
    cross join plan_ytd as pl
    cross join paid as pd
    cross join production as pr
    cross join labour as l
)

select * from final
