using System.Globalization;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Models;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Warehouse.History;

/// <summary>
/// The warehouse as it was at a data version (a batch id): an in-memory catalog <c>as_of</c> in the
/// session's own connection, with every core and etl table under its usual name as a view of the
/// rows current then, and the marts built over them. While it is entered, every query the reports
/// run reads the past; disposing it returns the session to the present.
/// </summary>
public sealed class AsOfWarehouse : IDisposable
{
    private static readonly string[] Schemas = ["core", "etl", "marts"];
    private readonly WarehouseSession _session;
    private readonly string _main;

    private AsOfWarehouse(WarehouseSession session, string main)
    {
        _session = session;
        _main = main;
    }

    public static AsOfWarehouse Enter(WarehouseSession session, long dataVersion)
    {
        var main = session.Scalar<string>("select current_database()")!;
        session.Execute("attach ':memory:' as as_of");
        var entered = new AsOfWarehouse(session, main);
        try
        {
            foreach (var schema in Schemas)
                session.Execute($"create schema as_of.{schema}");
            var version = dataVersion.ToString(CultureInfo.InvariantCulture);
            var tables = session.Query(
                "select table_schema, table_name from information_schema.tables where table_catalog = $1 and table_schema in ('core', 'etl') order by all",
                r => (Schema: r.GetString(0), Name: r.GetString(1)), main);
            foreach (var (schema, name) in tables)
                session.Execute(View(main, schema, name, version, HasBatchColumn(session, main, schema, name)));
            session.Execute("use as_of");
            foreach (var model in ModelRunner.InDependencyOrder(ModelRunner.LoadModels()).Where(m => m.Schema == "marts"))
                session.Execute(model.CreateStatement());
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
        var fill = new (string, string)[] { ("main", Quoted(main)), ("table", name), ("version", version) };
        if (schema == "core" && HistoryTables.Kept.Contains($"core.{name}"))
            return SqlResources.Sql("history/as_of_kept", fill);
        if (schema == "etl" && name == "batches")
            return SqlResources.Sql("history/as_of_batches", fill);
        // Reference tables (seeds, the calendar) are not versioned; logs keep what their batches wrote by then.
        return $"create view as_of.{schema}.{name} as select * from {Quoted(main)}.{schema}.{name}" + (hasBatch ? $" where batch_id <= {version}" : "");
    }

    private static bool HasBatchColumn(WarehouseSession session, string main, string schema, string name) =>
        session.Scalar<long>(
            "select count(*) from information_schema.columns where table_catalog = $1 and table_schema = $2 and table_name = $3 and column_name = 'batch_id'",
            main, schema, name) > 0;

    private static string Quoted(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    public void Dispose()
    {
        _session.Execute($"use {Quoted(_main)}");
        _session.Execute("detach database if exists as_of");
    }
}
