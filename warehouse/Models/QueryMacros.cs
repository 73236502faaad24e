using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Warehouse.Models;

/// <summary>
/// The macros the report queries call (warehouse/sql/macros), as opposed to the load's row rules. They
/// are made in every department's and as-of view, and again whenever a command opens the warehouse to
/// write: cheap and idempotent, so a warehouse opened by a newer version has them before any report runs.
/// </summary>
public static class QueryMacros
{
    // A macro must exist before one that calls it: in this order.
    private static readonly string[] Files =
        ["macros/natural_key.sql", "macros/named.sql", "macros/branch_named.sql", "macros/density_pct.sql", "macros/rate_window_first.sql"];

    /// <summary>Makes (again) the query macros in the current catalog.</summary>
    public static void Install(WarehouseSession session)
    {
        foreach (var macro in Files)
            session.Execute(SqlResources.Read(macro));
    }
}
