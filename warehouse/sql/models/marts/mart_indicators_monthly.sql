-- grain: month: every calendar month of core.dim_date, with the national indicators of DESIGN §5
-- materialized: view
-- Every headline ratio of DESIGN §5 computed once, for every month: the reports' tiles, tables,
-- findings and revisions read it through queries/common/indicators.sql. Sources are summed by month
-- first; the year-to-date and 12-month windows then add up at most twelve monthly rows.
with months as (
    select distinct
        month_start                          as month,
        last_day(month_start)                as month_last,
        staging.rate_window_first(month_start) as window_first,
        make_date(year(month_start), 1, 1)   as year_first
    from core.dim_date
),

month_end as (
    select
        month,
        sum(stock)                            as stock,
        sum(held_pretrial)                    as pretrial,
        sum(women)                            as women,
        sum(juveniles)                        as juveniles,
        sum(foreigners)                       as foreigners,
        sum(capacity) filter (where is_open)  as capacity
    from marts.mart_facility_monthly
    group by month
),

monthly_adp as (
    select month, adp, inmate_days
    from marts.mart_national_monthly
    where adp is not null
),

-- A 12-month rate needs 12 months of population: with fewer it is not available (null, shown ".."),
-- never a rate over fewer months (DESIGN §5, PUBLICATION §4).
rate_base as (
    select
        m.month,
        count(a.month)::bigint                                    as months,
        case when count(a.month) = 12 then avg(a.adp) end         as mean_adp
    from months as m
    left join monthly_adp as a on a.month between m.window_first and m.month
    group by m.month
),

population as (
    select year, sum(population) as population
    from core.region_population
    group by year
),

-- A month without a movements file has no admissions figure (null, shown "—"), not zero.
movements as (
    select
        date_trunc('month', m.date)::date                                        as month,
        coalesce(sum(m.count) filter (where d.direction = 'admission'), 0)        as admissions,
        coalesce(sum(m.count) filter (where d.direction = 'release'), 0)          as releases,
        coalesce(sum(m.count) filter (where m.movement = 'release_parole'), 0)    as parole
    from core.fact_movement as m
    join core.dim_movement as d using (movement)
    group by all
),

incidents_by_month as (
    select
        date_trunc('month', date)::date                                                     as month,
        sum(persons) filter (where incident_type like 'death\_%' escape '\')                 as deaths,
        sum(persons) filter (where incident_type = 'death_suicide')                         as suicides,
        sum(persons) filter (where incident_type = 'escape')                                as escapes
    from core.fact_incident
    group by all
),

incidents_12m as (
    select
        m.month,
        coalesce(sum(i.deaths), 0)   as deaths,
        coalesce(sum(i.suicides), 0) as suicides,
        coalesce(sum(i.escapes), 0)  as escapes
    from months as m
    left join incidents_by_month as i on i.month between m.window_first and m.month
    group by m.month
),

staff as (
    select
        month,
        sum(posts_established) as established,
        sum(posts_filled)      as filled,
        sum(posts_filled) filter (where staff_category = 'custodial') as custodial_filled
    from core.fact_staffing
    group by month
),

plan_by_month as (
    select month, sum(amount) as plan
    from core.fact_budget_plan
    group by month
),

paid_by_month as (
    select
        date_trunc('month', date)::date                                  as month,
        sum(amount)                                                      as paid,
        sum(amount) filter (where source = 'РБ' and specific < 400)      as current_republican,
        sum(amount) filter (where specific = 141)                        as food
    from core.fact_payment
    group by all
),

year_to_date as (
    select
        m.month,
        (select sum(b.plan) from plan_by_month as b where b.month between m.year_first and m.month) as plan,
        (select sum(p.paid) from paid_by_month as p where p.month between m.year_first and m.month) as paid
    from months as m
),

production as (
    select
        month,
        sum(plan_value) as plan_value, sum(output_value) as output_value,
        sum(sold_value) as sold_value, sum(internal_value) as internal_value
    from core.fact_production
    group by month
),

labour as (
    select month, sum(able_bodied) as able_bodied, sum(employed_total) as employed, sum(wage_fund) as wage_fund, sum(deductions) as deductions
    from core.fact_labour
    group by month
),

final as (
    select
        m.month,
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
        mv.admissions::bigint                                             as admissions,
        mv.releases::bigint                                               as releases,
        mv.parole * 100.0 / nullif(mv.releases, 0)                        as parole_pct,
        i.deaths * 10000.0 / nullif(r.mean_adp, 0)                        as deaths_per_10k,
        i.suicides * 10000.0 / nullif(r.mean_adp, 0)                      as suicides_per_10k,
        i.escapes * 10000.0 / nullif(r.mean_adp, 0)                       as escapes_per_10k,
        (s.established - s.filled) * 100.0 / nullif(s.established, 0)     as vacancy_pct,
        e.stock * 1.0 / nullif(s.custodial_filled, 0)                     as inmates_per_officer,
        y.paid * 100.0 / nullif(y.plan, 0)                                as execution_ytd_pct,
        pd.current_republican / nullif(t.inmate_days, 0)                  as cost_per_inmate_day,
        pd.food / nullif(t.inmate_days, 0)                                as food_per_inmate_day,
        pr.output_value * 100.0 / nullif(pr.plan_value, 0)                as plan_fulfilment_pct,
        pr.internal_value * 100.0 / nullif(pr.sold_value, 0)              as internal_share_pct,
        l.employed * 100.0 / nullif(l.able_bodied, 0)                     as employment_pct,
        pr.output_value / nullif(l.employed, 0)                           as output_per_employed,
        l.wage_fund / nullif(l.employed, 0)                               as average_wage,
        l.deductions                                                      as deductions,
        r.months                                                          as rate_months  -- months of population in the 12-month window
    from months as m
    left join month_end as e using (month)
    left join monthly_adp as t using (month)
    left join population as pop on pop.year = year(m.month_last)
    left join movements as mv using (month)
    left join incidents_12m as i using (month)
    left join rate_base as r using (month)
    left join staff as s using (month)
    left join year_to_date as y using (month)
    left join paid_by_month as pd using (month)
    left join production as pr using (month)
    left join labour as l using (month)
)

select * from final
