using CorrAnalytics.TestSupport;
using CorrAnalytics.Cli.Tests.Support;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Cli.Tests.Commands;

public class InitAndCheckCommandTests
{
    [Fact]
    public void Init_twice_gives_the_same_warehouse_and_check_passes()
    {
        using var data = new TempDataDir();

        var first = CorrRun.Run("init", "--data", data.Path);
        var second = CorrRun.Run("init", "--data", data.Path);
        var check = CorrRun.Run("check", "--data", data.Path);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"Applied {CorrAnalytics.Warehouse.Schema.SqlResources.List("migrations/").Count} migration(s)", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("already up to date", second.Output);
        Assert.True(File.Exists(System.IO.Path.Combine(data.Path, "warehouse.duckdb")));
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("0 error(s)", check.Output);
        Assert.Equal("", check.Error);
    }

    [Fact]
    public void Check_exits_1_and_names_the_failed_check_when_an_error_level_check_fails()
    {
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        using (var session = WarehouseSession.OpenWriter(new WarehouseOptions(data.Path), "test", TestClock.Running()))
            session.Execute("insert into core.fact_movement values ('NO-SUCH', date '2024-01-05', 'admission_court', 1, 1)");

        var check = CorrRun.Run("check", "--data", data.Path);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("fact_keys_in_dimensions", check.Error);
        Assert.Single(check.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Check_without_a_warehouse_says_to_run_init()
    {
        using var data = new TempDataDir();
        var check = CorrRun.Run("check", "--data", data.Path);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("Run 'corr init' first", check.Error);
    }

    [Fact]
    public void A_busy_warehouse_is_one_clear_line_naming_the_holder()
    {
        using var data = new TempDataDir();
        using var holder = WarehouseSession.OpenWriter(new WarehouseOptions(data.Path), "corr etl run", TestClock.Running());

        var init = CorrRun.Run("init", "--data", data.Path);

        Assert.Equal(1, init.ExitCode);
        Assert.Contains($"process {Environment.ProcessId} running 'corr etl run'", init.Error);
        Assert.Single(init.Error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("no-such-command")]
    [InlineData("init", "--no-such-option")]
    public void Bad_usage_exits_2(params string[] args)
    {
        var outcome = CorrRun.Run(args);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("corr: ", outcome.Error);
    }

    [Fact]
    public void A_command_after_an_upgrade_applies_the_migrations_the_new_version_added()
    {
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        // The warehouse as the version before the Parquet export left it.
        using (var session = WarehouseSession.OpenWriter(new WarehouseOptions(data.Path), "test", TestClock.Running()))
        {
            session.Execute("drop table etl.exports");
            session.Execute("delete from meta.schema_version where version = 12");
        }

        var export = CorrRun.Run("export", "parquet", "--data", data.Path, "--out", Path.Combine(data.Path, "export"));

        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Equal(1, WarehouseQuery.Scalar(data.Path, "select count(*) from meta.schema_version where version = 12"));
        Assert.True(File.Exists(Path.Combine(data.Path, "export", "manifest.json")));
    }
}
