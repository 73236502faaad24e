using System.Globalization;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Scopes;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Warehouse.History;

/// <summary>
/// The warehouse as it was at a data version (a batch id): an in-memory catalog <c>as_of</c> in the
/// session's own connection, with every core and etl table under its usual name as a view of the
/// rows current then, and the marts built over them. While it is entered, every query the reports
/// run reads the past; disposing it returns the session to the present.
/// </summary>
public sealed class AsOfWarehouse : DerivedCatalog
{
    private AsOfWarehouse(WarehouseSession session) : base(session, "as_of")
    {
    }

    public static AsOfWarehouse Enter(WarehouseSession session, long dataVersion)
    {
        var entered = new AsOfWarehouse(session);
        var main = entered.Source;
        try
        {
            var version = dataVersion.ToString(CultureInfo.InvariantCulture);
            foreach (var (schema, name) in CatalogViews.Tables(session, main))
                session.Execute(View(main, schema, name, version, CatalogViews.HasColumn(session, main, schema, name, "batch_id")));
            CatalogViews.Use(session, "as_of");
            return entered;
        }
        catch
        {
            entered.Dispose();
            throw;
        }
    }

    private static string View(string main, string schema, string name, string version, bool hasBatch)
    {
        var fill = new (string, string)[] { ("main", CatalogViews.Quoted(main)), ("table", name), ("version", version) };
        if (schema == "core" && HistoryTables.Kept.Contains($"core.{name}"))
            return SqlResources.Sql("history/as_of_kept", fill);
        if (schema == "etl" && name == "batches")
            return SqlResources.Sql("history/as_of_batches", fill);
        // Reference tables (seeds, the calendar) are not versioned; logs keep what their batches wrote by then.
        return $"create view as_of.{schema}.{name} as select * from {CatalogViews.Quoted(main)}.{schema}.{name}" + (hasBatch ? $" where batch_id <= {version}" : "");
    }
}
