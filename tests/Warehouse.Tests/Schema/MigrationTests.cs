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

    [Fact]
    public void Payments_keep_their_grain_by_staging_and_the_grain_check_not_a_primary_key()
    {
        // Its index held every row of a load in memory: a national warehouse ran out of 512 MB on a 2,000,000-row file (migration 0018).
        using var warehouse = new TempWarehouse(fromTemplate: false);
        Assert.Equal(0, warehouse.Session.Scalar<long>(
            "select count(*) from duckdb_constraints() where schema_name = 'core' and table_name = 'fact_payment' and constraint_type = 'PRIMARY KEY'"));
        Assert.Contains("from core.fact_payment group by facility_code, year, document having count(*) > 1", SqlResources.Read("checks/fact_grain_unique.sql"));
        Assert.Equal(["facility_code", "year", "document", "date", "programme", "subprogramme", "specific", "source", "amount", "batch_id"],
            warehouse.Session.Query("select column_name from information_schema.columns where table_schema = 'core' and table_name = 'fact_payment' and is_nullable = 'NO' order by ordinal_position", r => r.GetString(0)));
    }

    [Theory]
    [InlineData("core.fact_population_daily", "facility_code, date")]
    [InlineData("core.fact_movement", "facility_code, date, movement")]
    [InlineData("core.fact_staffing", "facility_code, month, staff_category")]
    [InlineData("core.fact_budget_plan", "facility_code, programme, subprogramme, specific, source, month")]
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
