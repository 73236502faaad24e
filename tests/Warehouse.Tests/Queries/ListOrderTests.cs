using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Monthly;
using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Warehouse.Tests.Support;

namespace CorrAnalytics.Warehouse.Tests.Queries;

/// <summary>Staff categories and incident types are listed in the order their seed defines, whatever the language.</summary>
public class ListOrderTests
{
    /// <summary>A seed's names in a language, in the order of its sort_order column.</summary>
    private static List<string> SeedOrder(string seed, string language) =>
        CsvText.Parse(SqlResources.Read($"seeds/{seed}.csv"))
            .OrderBy(r => int.Parse(r["sort_order"], System.Globalization.CultureInfo.InvariantCulture))
            .Select(r => r[$"name_{language}"]).ToList();

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public void Incident_types_and_staff_categories_follow_the_seed_order_in_every_language(string language)
    {
        using var warehouse = new TempWarehouse();

        var incidents = ReportQueries.Rows<IncidentsRow>(warehouse.Session, new DateTime(2024, 6, 1), language).Select(r => r.IncidentType!).ToList();
        var staff = ReportQueries.Rows<StaffRow>(warehouse.Session, new DateTime(2024, 6, 1), language).Select(r => r.StaffCategory!).ToList();

        Assert.Equal(SeedOrder("incident_types", language), incidents);
        Assert.Equal(SeedOrder("staff_categories", language), staff);
    }

    [Fact]
    public void The_three_kinds_of_death_come_first_and_together()
    {
        var codes = CsvText.Parse(SqlResources.Read("seeds/incident_types.csv"))
            .OrderBy(r => int.Parse(r["sort_order"], System.Globalization.CultureInfo.InvariantCulture)).Select(r => r["category"]).ToList();
        Assert.Equal(["death", "death", "death"], codes.Take(3));
        Assert.DoesNotContain("death", codes.Skip(3));
    }
}
