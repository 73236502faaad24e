using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Checks;
using CorrAnalytics.Warehouse.Models;
using CorrAnalytics.Warehouse.Tests.Support;

namespace CorrAnalytics.Warehouse.Tests.Checks;

public class CheckTests
{
    /// <summary>Two facilities with a clean month of every kind of row the checks look at.</summary>
    private static TempWarehouse CleanWarehouse()
    {
        var warehouse = new TempWarehouse();
        new WarehouseRows(warehouse.Session)
            .Facility("A-1", capacity: 100)
            .Facility("B-2", capacity: 200)
            .Population("A-1", "2024-03-31", sentenced: 80, pretrial: 10, women: 5, juveniles: 1, foreigners: 2)
            .Population("B-2", "2024-03-31", sentenced: 150, pretrial: 20)
            .Movement("A-1", "2024-03-05", "admission_court", 3)
            .Batch_(7, "budget_exec", "2024-03")
            .Payment("A-1", "2024-03-15", "PP-1", 1000m, batch: 7)
            .Payment("A-1", "2024-03-16", "PP-2", -200m, batch: 7)
            .Labour("A-1", "2024-03-01", ableBodied: 60, employed: 40, enbek: 30, privateFirms: 10)
            .Production("A-1", "2024-03-01", "GR-001", output: 1000m, sold: 800m, internalValue: 500m);
        new ModelRunner(warehouse.Session).Run();
        return warehouse;
    }

    private static CheckResult Run(TempWarehouse warehouse, string check)
    {
        new ModelRunner(warehouse.Session).Run();
        return new CheckRunner(warehouse.Session, TestClock.Running()).Run().Results.Single(r => r.Name == check);
    }

    [Fact]
    public void Every_check_is_silent_on_clean_data_and_the_run_is_recorded()
    {
        using var warehouse = CleanWarehouse();
        var (runId, results) = new CheckRunner(warehouse.Session, TestClock.Running()).Run();

        Assert.All(results, r => Assert.True(r.Passed, $"{r.Name}: {string.Join("; ", r.Sample)}"));
        Assert.Equal(CheckRunner.LoadChecks().Count, results.Count);
        Assert.Equal(results.Count, warehouse.Session.Scalar<long>("select count(*) from etl.check_runs where run_id = $1 and passed", runId));
    }

    [Fact]
    public void Population_identity_check_fires_on_a_broken_total()
    {
        using var warehouse = CleanWarehouse();
        new WarehouseRows(warehouse.Session).Population("A-1", "2024-03-30", sentenced: 80, pretrial: 10, total: 95);
        var result = Run(warehouse, "population_identities");
        Assert.Equal(1, result.Violations);
        Assert.Contains("held_total=95", result.Sample.Single());
    }

    [Fact]
    public void Population_identity_check_fires_when_women_exceed_the_total()
    {
        using var warehouse = CleanWarehouse();
        new WarehouseRows(warehouse.Session).Population("A-1", "2024-03-30", sentenced: 8, pretrial: 1, women: 10);
        Assert.Equal(1, Run(warehouse, "population_identities").Violations);
    }

    [Fact]
    public void Negative_count_check_fires_on_a_negative_movement()
    {
        using var warehouse = CleanWarehouse();
        new WarehouseRows(warehouse.Session).Movement("A-1", "2024-03-06", "release_parole", -2);
        Assert.Equal(1, Run(warehouse, "no_negative_counts").Violations);
    }

    [Fact]
    public void Key_check_fires_on_an_unknown_facility_and_a_facility_not_valid_on_the_date()
    {
        using var warehouse = CleanWarehouse();
        new WarehouseRows(warehouse.Session)
            .Facility("C-3", from: "2024-06-01")
            .Population("ZZ-9", "2024-03-30", 1, 1)
            .Population("C-3", "2024-03-30", 1, 1);
        var result = Run(warehouse, "fact_keys_in_dimensions");
        Assert.Equal(2, result.Violations);
    }

    [Fact]
    public void Key_check_fires_on_an_unknown_movement_code()
    {
        using var warehouse = CleanWarehouse();
        new WarehouseRows(warehouse.Session).Movement("A-1", "2024-03-07", "released_by_magic", 1);
        Assert.Equal(1, Run(warehouse, "fact_keys_in_dimensions").Violations);
    }

    [Fact]
    public void Density_check_warns_above_200_percent()
    {
        using var warehouse = CleanWarehouse();
        new WarehouseRows(warehouse.Session).Population("A-1", "2024-04-30", sentenced: 201, pretrial: 0);
        var result = Run(warehouse, "density_above_200");
        Assert.Equal(("warn", 1L), (result.Severity, result.Violations));
    }

    [Fact]
    public void Payment_dated_outside_its_file_month_is_an_error()
    {
        using var warehouse = CleanWarehouse();
        new WarehouseRows(warehouse.Session).Payment("A-1", "2024-04-01", "PP-3", 10m, batch: 7);
        var result = Run(warehouse, "payment_outside_file_month");
        Assert.Equal(("error", 1L), (result.Severity, result.Violations));
    }

    [Fact]
    public void More_employed_than_able_bodied_is_an_error()
    {
        using var warehouse = CleanWarehouse();
        new WarehouseRows(warehouse.Session).Labour("A-1", "2024-04-01", ableBodied: 10, employed: 11, enbek: 11);
        Assert.Equal(1, Run(warehouse, "employed_within_able_bodied").Violations);
    }

    [Fact]
    public void Sold_above_output_is_a_warning()
    {
        using var warehouse = CleanWarehouse();
        new WarehouseRows(warehouse.Session).Production("A-1", "2024-03-01", "GR-002", output: 100m, sold: 150m, internalValue: 0m);
        var result = Run(warehouse, "sold_within_output");
        Assert.Equal(("warn", 1L), (result.Severity, result.Violations));
    }

    [Fact]
    public void Two_current_versions_of_one_facility_are_an_error()
    {
        using var warehouse = CleanWarehouse();
        new WarehouseRows(warehouse.Session).Facility("A-1", from: "2025-01-01");
        var result = Run(warehouse, "facility_versions_consistent");
        Assert.Equal(2, result.Violations); // two current versions, and they overlap
    }

    [Fact]
    public void Grain_check_finds_duplicate_keys()
    {
        // The primary keys refuse duplicates, so the check is shown a fact table without one.
        using var warehouse = CleanWarehouse();
        warehouse.Session.Execute("alter table core.fact_movement rename to fact_movement_keyed");
        warehouse.Session.Execute("create view core.fact_movement as select * from core.fact_movement_keyed union all select * from core.fact_movement_keyed");
        var result = Run(warehouse, "fact_grain_unique");
        Assert.Equal(1, result.Violations);
        Assert.Contains("fact=fact_movement", result.Sample.Single());
    }
}
