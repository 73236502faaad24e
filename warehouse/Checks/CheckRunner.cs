using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Warehouse.Checks;

/// <summary>
/// Runs each warehouse/checks/*.sql (a query that returns the offending rows) and records the
/// outcome of the whole run in etl.check_runs under one run id.
/// </summary>
public sealed class CheckRunner(WarehouseSession session, ProductClock clock)
{
    private const int SampleRows = 5;

    public static IReadOnlyList<DataCheck> LoadChecks() =>
        SqlResources.List("checks/").Select(DataCheck.FromResource).ToList();

    public (long RunId, IReadOnlyList<CheckResult> Results) Run()
    {
        var runId = session.Scalar<long>("select nextval('etl.check_run_seq')");
        var results = new List<CheckResult>();
        foreach (var check in LoadChecks())
        {
            var started = clock.UtcDateTime;
            var violations = session.Scalar<long>($"select count(*) from ({check.Sql})");
            var sample = violations == 0 ? [] : session.Query(
                $"select * from ({check.Sql}) limit {SampleRows}",
                r => string.Join(" | ", Enumerable.Range(0, r.FieldCount).Select(i => $"{r.GetName(i)}={r.GetValue(i)}")));
            var result = new CheckResult(check.Name, check.Severity, check.Description, violations, sample);
            session.Execute(
                """
                insert into etl.check_runs
                    (run_id, check_name, severity, description, violations, passed, sample, started_at, finished_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                """,
                runId, check.Name, check.Severity, check.Description, violations, result.Passed,
                sample.Count == 0 ? null : string.Join("\n", sample), started, clock.UtcDateTime);
            results.Add(result);
        }
        return (runId, results);
    }
}
