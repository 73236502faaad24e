using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Common;
using CorrAnalytics.Warehouse.Tests.Support;

namespace CorrAnalytics.Warehouse.Tests.Queries;

/// <summary>A report's lineage names every batch whose rows feed one of its figures, and no other.</summary>
public class DataVersionTests
{
    [Fact]
    public void Batches_used_by_a_month_are_its_13_months_its_plans_and_the_registers()
    {
        using var warehouse = new TempWarehouse();
        (long Id, string Kind, string Slice, string Status)[] batches =
        [
            (1, "facilities", "2024-01-01", "loaded"),
            (2, "population", "2026-10", "loaded"),        // the month
            (3, "population", "2026-09", "loaded"),        // month over month
            (4, "movements", "2025-10", "loaded"),         // same month last year, and the trend's first month
            (5, "incidents", "2025-09", "loaded"),         // before the 13 months: not used
            (6, "budget_plan", "2026", "loaded"),          // year to date
            (7, "budget_plan", "2025", "loaded"),          // year to date a year earlier
            (8, "budget_plan", "2027", "loaded"),          // next year's plan: not used
            (9, "production", "ЕЦ-166/1@2026-03", "loaded"),
            (10, "population", "2026-08", "replaced"),     // replaced: its rows are gone
            (11, "population", "2026-11", "loaded"),       // after the month: not used
        ];
        foreach (var b in batches)
            warehouse.Session.Execute(
                "insert into etl.batches (batch_id, file_name, sha256, kind, slice, status, started_at) values ($1, 'f', 'x', $2, $3, $4, timestamp '2026-11-01 00:00:00')",
                b.Id, b.Kind, b.Slice, b.Status);

        var row = ReportQueries.Single<DataVersionRow>(warehouse.Session, new DateTime(2026, 10, 1));

        Assert.Equal("1,2,3,4,6,7,9", row.BatchesUsed);
        Assert.Equal(11, row.LastBatch);
    }
}
