using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Warehouse.History;

/// <summary>
/// History instead of deletion: what leaves a core fact or register table is kept in the history
/// table of the same name, marked with the batch that superseded it (docs/history.md).
/// </summary>
public sealed class HistoryTables(WarehouseSession session, ProductClock clock)
{
    /// <summary>The core tables that keep their history, facts and the two registers the loads change.</summary>
    public static readonly IReadOnlyList<string> Kept =
    [
        "core.fact_population_daily", "core.fact_movement", "core.fact_incident", "core.fact_staffing",
        "core.fact_budget_plan", "core.fact_payment", "core.fact_production", "core.fact_labour",
        "core.dim_facility", "core.dim_product",
    ];

    /// <summary>history.x for core.x.</summary>
    public static string Of(string coreTable) => Kept.Contains(coreTable)
        ? "history." + coreTable["core.".Length..]
        : throw new ArgumentException($"{coreTable} keeps no history.", nameof(coreTable));

    /// <summary>Keeps the rows of {target} that the group of batches first..last of a kind is about to replace.</summary>
    public void KeepReplaced(string target, string kind, long first, long last) =>
        session.Execute(Sql("history/keep_replaced", target), kind, first, last, clock.UtcDateTime);

    /// <summary>Keeps the rows of {target} batch <paramref name="batchId"/> loaded, superseded by the revert batch.</summary>
    public void KeepReverted(string target, long batchId, long revertBatch) =>
        session.Execute(Sql("history/keep_reverted", target), batchId, revertBatch, clock.UtcDateTime);

    /// <summary>Loads a register snapshot, keeping the versions it changed or removed as they were.</summary>
    public void KeepRegisterChanges(string target, long batchId, Action load)
    {
        session.Execute(Sql("history/register_before", target));
        load();
        session.Execute(Sql("history/keep_register_changes", target), batchId, clock.UtcDateTime);
    }

    // Table names come from Kept, never from input.
    private static string Sql(string name, string target) => SqlResources.Sql(name, ("target", target), ("history", Of(target)));
}
