using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Monthly;
using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Warehouse.Tests.Support;

namespace CorrAnalytics.Warehouse.Tests.Queries;

/// <summary>Each query file has one record, and the record's parameters are the query's columns in order.</summary>
public class QueryContractTests
{
    private static readonly Type[] Records = typeof(ReportQueries).Assembly.GetTypes()
        .Where(t => t.GetCustomAttributes(typeof(QueryAttribute), false).Length > 0)
        .ToArray();

    private static IReadOnlyList<string> Columns(TempWarehouse warehouse, string query)
    {
        // Parameters of the right types; the rows do not matter, the columns do.
        object?[] parameters = query switch
        {
            "etl/batches" => [30, null, null, null, null],
            "etl/rejects" => [null, 100, false, null, null, null],
            "etl/reject_count" => [null, false, null, null, null],
            "etl/batch_exists" => [1L],
            _ when query.StartsWith("budget/", StringComparison.Ordinal) => [2025, "en"],
            _ when query.StartsWith("status/", StringComparison.Ordinal) || query.StartsWith("etl/", StringComparison.Ordinal) => [],
            _ => [new DateTime(2024, 1, 1), "en"],
        };
        return ReportQueries.Columns(warehouse.Session, query, parameters);
    }

    [Fact]
    public void Every_query_file_has_exactly_one_record()
    {
        var files = SqlResources.List("queries/").Select(name => name["queries/".Length..^".sql".Length]).Order().ToList();
        var records = Records.Select(r => ReportQueries.Contract(r).Query).Order().ToList();
        Assert.Equal(files, records);
    }

    [Fact]
    public void Every_record_names_its_query_columns_in_order()
    {
        using var warehouse = new TempWarehouse();
        var disagreements = new List<string>();
        foreach (var record in Records)
        {
            var (query, parameters) = ReportQueries.Contract(record);
            var columns = Columns(warehouse, query);
            if (columns.Count != parameters.Count || columns.Where((c, i) => !ReportQueries.Matches(c, parameters[i])).Any())
                disagreements.Add($"{query}: columns [{string.Join(", ", columns)}], {record.Name} has [{string.Join(", ", parameters)}]");
        }
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    [Query("monthly/trend")]
    public sealed record TrendWithRenamedColumn(DateOnly? Month, long? StockTotal, long? Capacity);

    [Fact]
    public void A_record_that_disagrees_with_its_query_fails_naming_both_sides()
    {
        using var warehouse = new TempWarehouse();
        var error = Assert.Throws<InvalidOperationException>(() => ReportQueries.Rows<TrendWithRenamedColumn>(warehouse.Session, new DateTime(2024, 1, 1)));
        Assert.Contains("StockTotal", error.Message);
        Assert.Contains("stock", error.Message);
    }

    [Fact]
    public void Columns_fill_parameters_by_name_whatever_the_order()
    {
        using var warehouse = new TempWarehouse();
        var rows = ReportQueries.Rows<TrendRow>(warehouse.Session, new DateTime(2024, 3, 1));
        var month = Assert.Single(rows);   // no population yet: the trend starts (and ends) at the month
        Assert.Equal((new DateOnly(2024, 3, 1), (long?)null, (long?)null), (month.Month, month.Stock, month.Capacity));
        Assert.True(ReportQueries.Matches("rate_per_100k", "RatePer100k"));
    }

    [Fact]
    public void No_query_restates_which_facility_version_counts_for_a_month()
    {
        // The rule (version valid on the month's last day, facility open then) is written once, in marts.mart_facility_monthly.
        var restating = SqlResources.List("queries/")
            .Where(file => System.Text.RegularExpressions.Regex.IsMatch(SqlResources.Read(file), @"\b(valid_from|valid_to|opened_on|closed_on)\b"))
            .ToList();
        Assert.Empty(restating);
        Assert.Contains("closed_on", SqlResources.Read("models/marts/mart_facility_monthly.sql"));
    }
}
