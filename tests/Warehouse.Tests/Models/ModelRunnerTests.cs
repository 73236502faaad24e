using CorrAnalytics.Warehouse.Models;
using CorrAnalytics.Warehouse.Tests.Support;

namespace CorrAnalytics.Warehouse.Tests.Models;

public class ModelRunnerTests
{
    [Fact]
    public void Models_are_ordered_after_the_models_they_read()
    {
        var models = new[]
        {
            new SqlModel("marts", "b", "select * from marts.a", false),
            new SqlModel("marts", "a", "select * from staging.c", false),
            new SqlModel("staging", "c", "select 1 as x", false),
        };
        var order = ModelRunner.InDependencyOrder(models).Select(m => m.QualifiedName);
        Assert.Equal(["staging.c", "marts.a", "marts.b"], order);
    }

    [Fact]
    public void A_cycle_between_models_is_named()
    {
        var models = new[]
        {
            new SqlModel("marts", "a", "select * from marts.b", false),
            new SqlModel("marts", "b", "select * from marts.a", false),
        };
        var error = Assert.Throws<InvalidOperationException>(() => ModelRunner.InDependencyOrder(models));
        Assert.Contains("marts.a -> marts.b -> marts.a", error.Message);
    }

    [Fact]
    public void National_mart_computes_stock_capacity_and_adp_from_hand_made_rows()
    {
        using var warehouse = new TempWarehouse();
        new WarehouseRows(warehouse.Session)
            .Facility("A-1", capacity: 100)
            .Facility("B-2", capacity: 300)
            .Population("A-1", "2024-02-28", 90, 10)
            .Population("A-1", "2024-02-29", 80, 10)
            .Population("B-2", "2024-02-28", 100, 0)
            .Population("B-2", "2024-02-29", 110, 20);
        new ModelRunner(warehouse.Session).Run();
        new ModelRunner(warehouse.Session).Run(); // building again changes nothing

        var row = warehouse.Session.Query(
            "select stock, capacity, density_pct, adp, inmate_days from marts.mart_national_monthly where month = date '2024-02-01'",
            r => (Stock: Convert.ToInt64(r.GetValue(0)), Capacity: Convert.ToInt64(r.GetValue(1)), Density: Convert.ToDouble(r.GetValue(2)),
                  Adp: Convert.ToDouble(r.GetValue(3)), Days: Convert.ToInt64(r.GetValue(4)))).Single();

        // stock on 29 Feb: 90 + 130 = 220; capacity 400; density 55.0; daily sums 200 and 220.
        Assert.Equal((220L, 400L, 55.0, 210.0, 420L), row);
    }

    [Fact]
    public void Each_macro_file_defines_the_macro_it_is_named_after()
    {
        foreach (var file in ModelRunner.MacroFiles())
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var sql = CorrAnalytics.Warehouse.Schema.SqlResources.Read(file);
            Assert.Matches($@"(?m)^create or replace macro staging\.{name}\(", sql);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(sql, "create or replace macro"));
        }
    }

    [Fact]
    public void Building_the_models_reloads_a_rule_macro_from_its_file()
    {
        using var warehouse = new TempWarehouse();
        // A warehouse whose macro drifted from its file (as an edited rule would) gets the file's version back.
        warehouse.Session.Execute("create or replace macro staging.slice_first(slice) as date '1900-01-01'");
        new ModelRunner(warehouse.Session).Run();
        Assert.Equal(new DateTime(2024, 3, 1), warehouse.Session.Scalar<DateTime>("select staging.slice_first('2024-03')::timestamp"));
    }
}
