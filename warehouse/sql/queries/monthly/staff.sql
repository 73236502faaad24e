-- grain: staff category: posts established and filled at the end of the month beginning $1, and the vacancy rate; $2 is the language
with final as (
    select
        c.sort_order,
        staging.named($2, c.name_kk, c.name_ru, c.name_en) as staff_category,
        coalesce(sum(s.posts_established), 0)::bigint as established,
        coalesce(sum(s.posts_filled), 0)::bigint      as filled,
        (sum(s.posts_established) - sum(s.posts_filled)) * 100.0 / nullif(sum(s.posts_established), 0) as vacancy_pct
    from core.dim_staff_category as c
    left join core.fact_staffing as s on s.staff_category = c.staff_category and s.month = $1::date
    group by all
)

-- the order of the seed, the same in every language
select * exclude (sort_order) from final order by sort_order
