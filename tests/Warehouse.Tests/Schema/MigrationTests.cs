using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Warehouse.Tests.Support;

namespace CorrAnalytics.Warehouse.Tests.Schema;

public class MigrationTests
{
    [Fact]
    public void Migrations_from_empty_create_every_schema_and_record_each_version()
    {
        using var warehouse = new TempWarehouse(fromTemplate: false);
        var migrationFiles = SqlResources.List("migrations/");

        Assert.Equal(migrationFiles.Count, warehouse.InitResult!.Applied.Count);
        Assert.Equal(migrationFiles.Count, warehouse.Count("meta.schema_version"));
        var schemas = warehouse.Session.Query(
            "select schema_name from information_schema.schemata where catalog_name = current_database()",
            r => r.GetString(0)).ToHashSet();
        Assert.Superset(new HashSet<string> { "raw", "staging", "core", "marts", "etl", "meta" }, schemas);
    }

    [Fact]
    public void Migrating_again_is_a_no_op()
    {
        using var warehouse = new TempWarehouse(fromTemplate: false);
        var versionBefore = warehouse.InitResult!.SchemaVersion;

        var second = new WarehouseInitializer(warehouse.Session, TestClock.Running()).Initialize();

        Assert.Empty(second.Applied);
        Assert.Equal(versionBefore, second.SchemaVersion);
        Assert.Equal(warehouse.InitResult.SeedCounts, second.SeedCounts);
        Assert.Equal(SqlResources.List("migrations/").Count, warehouse.Count("meta.schema_version"));
    }

    [Theory]
    [InlineData("core.fact_population_daily", "facility_code, date")]
    [InlineData("core.fact_movement", "facility_code, date, movement")]
    [InlineData("core.fact_staffing", "facility_code, month, staff_category")]
    [InlineData("core.fact_budget_plan", "facility_code, programme, subprogramme, specific, source, month")]
    [InlineData("core.fact_payment", "facility_code, year, document")]
    [InlineData("core.fact_production", "facility_code, month, product_code")]
    [InlineData("core.fact_labour", "facility_code, month")]
    [InlineData("core.fact_incident", "incident_id")]
    public void Every_fact_has_its_grain_as_primary_key(string table, string grain)
    {
        using var warehouse = new TempWarehouse(fromTemplate: false);
        var parts = table.Split('.');
        var constraint = warehouse.Session.Query(
            """
            select constraint_column_names from duckdb_constraints()
            where schema_name = $1 and table_name = $2 and constraint_type = 'PRIMARY KEY'
            """,
            r => string.Join(", ", ((System.Collections.IEnumerable)r.GetValue(0)).Cast<object>()),
            parts[0], parts[1]);

        Assert.Equal([grain], constraint);
    }
}
