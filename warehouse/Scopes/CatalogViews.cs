using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Models;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Warehouse.Scopes;

/// <summary>
/// What the warehouse's derived catalogs share (<see cref="DerivedCatalog"/>: <see cref="History.AsOfWarehouse"/>, <see cref="DepartmentWarehouse"/>):
/// an in-memory catalog attached to the session's connection, views named as the warehouse's tables,
/// the marts built over them, and the way back to the catalog it came from.
/// </summary>
internal static class CatalogViews
{
    public static string Current(WarehouseSession session) => session.Scalar<string>("select current_database()")!;

    /// <summary>Attaches an empty in-memory catalog with the schemas a report reads.</summary>
    internal static void Attach(WarehouseSession session, string catalog)
    {
        session.Execute($"attach ':memory:' as {catalog}");
        foreach (var schema in new[] { "core", "etl", "marts", "staging" })
            session.Execute($"create schema {catalog}.{schema}");
    }

    /// <summary>The core and etl tables (and views) of <paramref name="catalog"/>.</summary>
    public static List<(string Schema, string Name)> Tables(WarehouseSession session, string catalog) =>
        session.Query(
            "select table_schema, table_name from information_schema.tables where table_catalog = $1 and table_schema in ('core', 'etl') order by all",
            r => (r.GetString(0), r.GetString(1)), catalog);

    public static bool HasColumn(WarehouseSession session, string catalog, string schema, string name, string column) =>
        session.Scalar<long>(
            "select count(*) from information_schema.columns where table_catalog = $1 and table_schema = $2 and table_name = $3 and column_name = $4",
            catalog, schema, name, column) > 0;

    /// <summary>
    /// Makes <paramref name="catalog"/> the default one and builds the marts in it over its views, as
    /// tables: the derived view never changes while it is entered, and a report reads the marts a dozen
    /// times, so each is computed once instead of at every query.
    /// </summary>

    public static void Use(WarehouseSession session, string catalog)
    {
        session.Execute($"use {catalog}");
        // The macros a report's queries call (the load's row rules are never needed in a derived view).
        Models.QueryMacros.Install(session);
        foreach (var model in ModelRunner.InDependencyOrder(ModelRunner.LoadModels()).Where(m => m.Schema == "marts"))
            session.Execute(model.CreateStatement(asTable: true));
    }

    /// <summary>Back to <paramref name="previous"/>; the derived catalog is dropped.</summary>
    public static void Leave(WarehouseSession session, string previous, string catalog)
    {
        session.Execute($"use {Quoted(previous)}");
        session.Execute($"detach database if exists {catalog}");
    }

    public static string Quoted(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
