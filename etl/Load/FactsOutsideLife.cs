using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.History;
using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// A register that closes a facility (or opens it later) after its facts were loaded: in the
/// register's own transaction, the facts that now lie outside the facility's life leave core. They are
/// kept in history (the warehouse as of before the register still has them) and become rejected rows
/// of the files that loaded them, FACILITY_NOT_OPEN with their file and line, so the figures and the
/// checks agree with the register whichever arrived first.
/// </summary>
public sealed class FactsOutsideLife(WarehouseSession session, ProductClock clock)
{
    /// <summary>A fact table, the days of a row that must fall in its facility's life, how the reason names them, and the row's line in its file.</summary>
    private sealed record Fact(string Target, string FirstDay, string LastDay, string During, string Line);

    private const string OnDay = "'on ' || strftime(t.date, '%Y-%m-%d')", InMonth = "'in ' || strftime(t.month, '%Y-%m')";

    // The same days the intake checks (staging.check_facility on the row's date, a staffing table on its
    // month's last day, a П-1 form on some day of its month: FacilityVersions.IsOpen).
    private static readonly Fact[] Facts =
    [
        new("core.fact_population_daily", "t.date", "t.date", OnDay, RawLine("raw.population", "try_cast(trim(r.date) as date) = t.date")),
        new("core.fact_movement", "t.date", "t.date", OnDay, RawLine("raw.movements", "try_cast(trim(r.date) as date) = t.date and trim(r.movement) = t.movement")),
        new("core.fact_incident", "t.date", "t.date", OnDay, RawLine("raw.incidents", "trim(r.incident_id) = t.incident_id")),
        new("core.fact_payment", "t.date", "t.date", OnDay, RawLine("raw.budget_exec", "trim(r.document) = t.document")),
        new("core.fact_staffing", "last_day(t.month)", "last_day(t.month)", InMonth, RawLine("raw.staffing", "trim(r.staff_category) = t.staff_category")),
        new("core.fact_production", "t.month", "last_day(t.month)", InMonth, "null"), // a form's rows have cells, not lines: the file names them
        new("core.fact_labour", "t.month", "last_day(t.month)", InMonth, "null"),
    ];

    private static string RawLine(string raw, string match) =>
        $"(select min(r.line) from {raw} as r where r.batch_id = t.batch_id and trim(r.facility_code) = t.facility_code and {match})";

    /// <summary>Sets aside the facts outside their facility's life under the register batch <paramref name="registerBatch"/> just loaded; returns how many.</summary>
    public long SetAside(long registerBatch, string registerFile)
    {
        long total = 0;
        foreach (var fact in Facts)
        {
            var fill = new (string, string)[]
            {
                ("target", fact.Target), ("history", HistoryTables.Of(fact.Target)), ("first_day", fact.FirstDay), ("last_day", fact.LastDay),
                ("during", fact.During), ("line", fact.Line),
            };
            session.Execute(SqlResources.Sql("load/outside_life/find", fill));
            var found = session.Scalar<long>(SqlResources.Sql("load/outside_life/count"));
            if (found > 0)
            {
                session.Execute(SqlResources.Sql("load/outside_life/reject"), registerBatch, registerFile);
                session.Execute(SqlResources.Sql("load/outside_life/keep", fill), registerBatch, clock.UtcDateTime);
                session.Execute(SqlResources.Sql("load/outside_life/delete", fill));
                session.Execute(SqlResources.Sql("load/outside_life/counts"));
                total += found;
            }
            session.Execute(SqlResources.Sql("load/outside_life/drop"));
        }
        return total;
    }
}
