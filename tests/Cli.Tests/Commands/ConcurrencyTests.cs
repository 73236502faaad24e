using CorrAnalytics.TestSupport;
using System.Text.Json;
using CorrAnalytics.Cli.Tests.Support;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Cli.Tests.Commands;

/// <summary>
/// Two writers at once: the second stops at once with a message naming the first, or, with
/// Corr:WriterWaitSeconds, waits for it; either way nothing is lost or doubled.
/// </summary>
[Collection(OneNationalMonth.Collection)]
public sealed class ConcurrencyTests(OneNationalMonth month)
{
    private static readonly Dictionary<string, string> Waits = new() { ["CORR__WRITERWAITSECONDS"] = "300" };

    private static Task<bool> Holding(CorrProcess process, string dataDir, string command) =>
        process.Until(() => WriterLock.ReadHolder(Path.Combine(dataDir, "warehouse.duckdb.holder.json")) is { } h && h.ProcessId == process.Id && h.Command.StartsWith(command, StringComparison.Ordinal));

    [Fact]
    public async Task A_second_load_stops_naming_the_first_or_waits_for_it_and_nothing_is_doubled()
    {
        using var data = new TempDataDir();
        month.Load(data.Path);
        using var first = CorrProcess.Start(null, "etl", "run", "--data", data.Path);
        Assert.True(await Holding(first, data.Path, "corr etl run"));

        var refused = CorrRun.Run("etl", "run", "--data", data.Path, "--wait", "0");
        using var waiting = CorrProcess.Start(Waits, "etl", "run", "--data", data.Path);
        var firstDone = await first.Finished();
        var waited = await waiting.Finished();

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"is in use by process {first.Id} running 'corr etl run'", refused.Error);
        Assert.Equal(0, firstDone.ExitCode);
        Assert.True(waited.ExitCode == 0, waited.Error);
        Assert.Contains("0 file(s)", waited.Output); // the first took every file; the second found the inbox empty
        Assert.Equal(month.Expected, WarehouseFingerprint.Of(data.Path));
    }

    [Fact]
    public async Task A_report_asked_for_during_a_load_waits_and_reads_the_finished_load()
    {
        using var data = new TempDataDir();
        month.Load(data.Path);
        using var load = CorrProcess.Start(null, "etl", "run", "--data", data.Path);
        Assert.True(await Holding(load, data.Path, "corr etl run"));

        var refused = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2024-06", "--lang", "en", "--wait", "0");
        using var report = CorrProcess.Start(Waits, "report", "monthly", "--data", data.Path, "--period", "2024-06", "--lang", "en");
        Assert.Equal(0, (await load.Finished()).ExitCode);
        var written = await report.Finished();

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("running 'corr etl run'", refused.Error);
        Assert.True(written.ExitCode == 0, written.Error);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(data.Path, "reports", "monthly", "2024-06", "manifest_2024-06_en.json")));
        using var session = WarehouseSession.OpenWriter(new WarehouseOptions(data.Path), "test", TestClock.Running());
        Assert.Equal(session.Scalar<long>("select max(batch_id) from etl.batches where status = 'loaded'"), manifest.RootElement.GetProperty("data_version_batch").GetInt64());
    }

    [Fact]
    public async Task A_manual_load_while_the_scheduler_ingests_is_told_which_job_holds_the_warehouse()
    {
        using var data = new TempDataDir();
        month.Load(data.Path);
        using var scheduler = CorrProcess.Start(null, "schedule", "run", "--data", data.Path, "--once", "ingest");
        Assert.True(await Holding(scheduler, data.Path, "corr schedule run: ingest"));

        var manual = CorrRun.Run("etl", "run", "--data", data.Path, "--wait", "0");
        var scheduled = await scheduler.Finished();

        Assert.Equal(1, manual.ExitCode);
        Assert.Contains($"is in use by process {scheduler.Id} running 'corr schedule run: ingest'", manual.Error);
        Assert.True(scheduled.ExitCode == 0, scheduled.Error);
        Assert.Contains("refresh succeeded", scheduled.Output);
        Assert.Equal(month.Expected, WarehouseFingerprint.Of(data.Path));
    }

    [Fact]
    public async Task A_read_command_during_a_load_waits_for_it_by_default_and_says_for_whom()
    {
        using var data = new TempDataDir();
        month.Load(data.Path);
        using var load = CorrProcess.Start(null, "etl", "run", "--data", data.Path);
        Assert.True(await Holding(load, data.Path, "corr etl run"));

        var status = CorrRun.Run("status", "--data", data.Path);
        Assert.Equal(0, (await load.Finished()).ExitCode);

        Assert.True(status.ExitCode == 0, status.Error);
        Assert.Contains($"The warehouse is in use by process {load.Id} ('corr etl run', since", status.Output);
        Assert.Contains("waiting up to 300 s for it to finish", status.Output);
        Assert.Contains("Freshness per source", status.Output);
    }
}
