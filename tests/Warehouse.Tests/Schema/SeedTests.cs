using CorrAnalytics.Warehouse.Tests.Support;

namespace CorrAnalytics.Warehouse.Tests.Schema;

public class SeedTests
{
    [Theory]
    [InlineData("core.dim_region", 20)]
    [InlineData("core.region_population", 20 * 12)]
    [InlineData("core.dim_department", 19)]
    [InlineData("core.dim_facility_type", 5)]
    [InlineData("core.dim_security_level", 7)]
    [InlineData("core.dim_movement", 8)]
    [InlineData("core.dim_incident_type", 9)]
    [InlineData("core.dim_staff_category", 6)]
    [InlineData("core.dim_budget_specific", 21)]
    [InlineData("core.dim_budget_specific_group", 6)]
    [InlineData("core.dim_funding_source", 2)]
    [InlineData("core.dim_product_category", 6)]
    [InlineData("core.dim_product", 60)]
    public void Seeds_load_their_expected_row_counts(string table, long expected)
    {
        using var warehouse = new TempWarehouse();
        Assert.Equal(expected, warehouse.Count(table));
    }

    [Fact]
    public void Ulytau_reports_to_the_Karaganda_department()
    {
        using var warehouse = new TempWarehouse();
        Assert.Equal("D-35", warehouse.Session.Scalar<string>("select department_code from core.dim_region where region_code = 'KZ-62'"));
    }

    [Fact]
    public void Every_product_category_holds_products_and_every_specific_has_a_group()
    {
        using var warehouse = new TempWarehouse();
        Assert.Equal(6L, warehouse.Session.Scalar<long>("select count(distinct category) from core.dim_product"));
        Assert.Equal(0L, warehouse.Session.Scalar<long>(
            "select count(*) from core.dim_budget_specific where group_code not in (select group_code from core.dim_budget_specific_group)"));
        Assert.Equal(["414", "415", "416", "421", "431"], warehouse.Session.Query(
            "select specific::varchar from core.dim_budget_specific where group_code = '4xx' order by specific", r => r.GetString(0)));
    }

    [Fact]
    public void Region_population_covers_2015_to_2026_for_every_region()
    {
        using var warehouse = new TempWarehouse();
        var years = warehouse.Session.Query(
            "select region_code, min(year), max(year), count(*) from core.region_population group by region_code",
            r => (Min: r.GetInt32(1), Max: r.GetInt32(2), Count: r.GetInt64(3)));
        Assert.Equal(20, years.Count);
        Assert.All(years, y => Assert.Equal((2015, 2026, 12L), (y.Min, y.Max, y.Count)));
    }
}
