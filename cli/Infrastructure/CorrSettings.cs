using System.ComponentModel;
using CorrAnalytics.Warehouse.Access;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>Options every command takes.</summary>
public class CorrSettings : BranchSettings
{
    [CommandOption("--data <DIR>")]
    [Description("Data folder holding warehouse.duckdb, inbox/, archive/, quarantine/ and reports/. Default: Corr:DataDir, CORR__DATADIR, or ./data.")]
    public string? DataDir { get; init; }

    [CommandOption("--wait <SECONDS>")]
    [Description("How long to wait for another process using the warehouse (a load, the scheduler) before giving up. Default: Corr:WriterWaitSeconds (300).")]
    public double? Wait { get; init; }

    [CommandOption("--verbose")]
    [Description("On an error, print its details as well as the one-line message.")]
    public bool Verbose { get; init; }

    public string ResolveDataDir(CorrConfiguration configuration) =>
        Path.GetFullPath(DataDir ?? configuration.DataDir);

    public WarehouseOptions WarehouseOptions(CorrConfiguration configuration) =>
        new(ResolveDataDir(configuration)) { WriterWait = TimeSpan.FromSeconds(Math.Max(0, Wait ?? configuration.WriterWaitSeconds)) };
}
