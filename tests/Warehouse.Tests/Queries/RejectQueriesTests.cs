using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Etl;
using CorrAnalytics.Warehouse.Queries.Monthly;
using CorrAnalytics.Warehouse.Tests.Support;

namespace CorrAnalytics.Warehouse.Tests.Queries;

/// <summary>Rejects are counted once, from current files; a replaced file's rejects are history, shown on request.</summary>
public class RejectQueriesTests
{
    private static TempWarehouse WithAResubmittedMonth()
    {
        var warehouse = new TempWarehouse();
        // March was loaded with two bad rows, then re-submitted (batch 2) with one.
        foreach (var (id, status) in new[] { (1L, "replaced"), (2L, "loaded") })
            warehouse.Session.Execute(
                "insert into etl.batches (batch_id, file_name, sha256, kind, slice, status, started_at) values ($1, 'population_202403.csv', $2, 'population', '2024-03', $3, timestamp '2024-04-02 00:00:00')",
                id, $"sha{id}", status);
        warehouse.Session.Execute("""
            insert into etl.rejects (batch_id, file_name, line, rule_code, message) values
                (1, 'population_202403.csv', 5, 'BAD_NUMBER', 'x'),
                (1, 'population_202403.csv', 9, 'UNKNOWN_FACILITY', 'x'),
                (2, 'population_202403.csv', 9, 'UNKNOWN_FACILITY', 'x')
            """);
        return warehouse;
    }

    [Fact]
    public void By_default_only_the_current_files_rejects_count_and_all_shows_the_history()
    {
        using var warehouse = WithAResubmittedMonth();

        var current = ReportQueries.Rows<RejectsRow>(warehouse.Session, null, 100, false, null, null, null);
        var history = ReportQueries.Rows<RejectsRow>(warehouse.Session, null, 100, true, null, null, null);

        Assert.Equal([(2L, "UNKNOWN_FACILITY")], current.Select(r => (r.BatchId!.Value, r.RuleCode!)));
        Assert.Equal(1, ReportQueries.Single<RejectCountRow>(warehouse.Session, null, false, null, null, null).Rejects);
        Assert.Equal(3, history.Count);
        Assert.Equal(3, ReportQueries.Single<RejectCountRow>(warehouse.Session, null, true, null, null, null).Rejects);
    }

    [Fact]
    public void The_reports_annex_counts_the_current_files_rejects_once()
    {
        using var warehouse = WithAResubmittedMonth();

        var annex = ReportQueries.Rows<RejectsByRuleRow>(warehouse.Session, new DateTime(2024, 3, 1));

        Assert.Equal([("UNKNOWN_FACILITY", 1L, 1L)], annex.Select(r => (r.RuleCode!, r.Rows!.Value, r.Files!.Value)));
    }
}
