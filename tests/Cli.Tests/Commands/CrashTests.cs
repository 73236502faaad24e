using CorrAnalytics.Cli.Tests.Support;
using Xunit.Abstractions;

namespace CorrAnalytics.Cli.Tests.Commands;

/// <summary>
/// SIGKILL during <c>corr etl run</c>: the next run completes, the checks pass, and the warehouse
/// equals that of an uninterrupted load. Three kill points here; <c>CORR_CRASH_KILLS=20</c> kills
/// twenty times at random points instead (README, Reliability).
/// </summary>
[Collection(OneNationalMonth.Collection)]
public sealed class CrashTests(OneNationalMonth month, ITestOutputHelper output)
{
    private readonly OneNationalMonth _month = month;

    [Fact]
    public async Task A_load_killed_at_any_point_resumes_to_the_same_warehouse()
    {
        using var data = new TempDataDir();
        _month.Load(data.Path);
        var kills = int.TryParse(Environment.GetEnvironmentVariable("CORR_CRASH_KILLS"), out var n) ? n : 0;
        var random = new Random(kills);
        // Archived-file counts to kill at: while starting (the warehouse locked, nothing read yet),
        // in the first file, half-way; or, in the long mode, anywhere.
        var points = kills > 0
            ? Enumerable.Range(0, kills).Select(_ => random.Next(0, _month.Files)).Order().ToList()
            : [0, 1, _month.Files / 2];
        var killed = 0;
        foreach (var point in points)
        {
            using var etl = CorrProcess.Start(null, "etl", "run", "--data", data.Path);
            var reached = await etl.Until(() => File.Exists(Path.Combine(data.Path, "warehouse.duckdb.holder.json")) && Archived(data.Path) >= point);
            if (!reached)
                break; // the load finished before this point
            await Task.Delay(random.Next(0, 40)); // somewhere inside that file's transaction, or between files
            etl.Kill();
            killed++;
        }

        output.WriteLine($"killed {killed} time(s) at archived-file counts {string.Join(", ", points.Take(killed))} of {_month.Files} files");
        var resumed = CorrRun.Run("etl", "run", "--data", data.Path);
        var check = CorrRun.Run("check", "--data", data.Path);

        Assert.True(killed >= Math.Min(points.Count, 2), $"only {killed} of {points.Count} kills landed before the load ended");
        Assert.True(resumed.ExitCode == 0, resumed.Error + resumed.Output);
        Assert.True(check.ExitCode == 0, check.Error + check.Output);
        Assert.Empty(Directory.GetFiles(Path.Combine(data.Path, "inbox")));
        Assert.Equal(_month.Expected, WarehouseFingerprint.Of(data.Path));
    }

    [Fact]
    public async Task A_load_killed_inside_its_last_groups_transaction_resumes_to_the_same_warehouse()
    {
        // The П-1 forms load last, as one group: once every file is archived and the forms are still
        // in the inbox, that group's transaction is open or committing. On a busy machine the run may
        // end before the kill lands: then it is tried again on a fresh warehouse.
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var data = new TempDataDir();
            _month.Load(data.Path);
            var inbox = Path.Combine(data.Path, "inbox");
            using var etl = CorrProcess.Start(null, "etl", "run", "--data", data.Path);
            var inside = await etl.Until(() => Archived(data.Path) >= _month.Files && Directory.GetFiles(inbox, "production_*").Length > 0);
            if (!inside)
                continue;
            etl.Kill();
            var left = Directory.GetFiles(inbox).Length;
            output.WriteLine($"attempt {attempt}: killed with {left} of {_month.Files} files still in the inbox");
            if (left == 0)
                continue;

            var resumed = CorrRun.Run("etl", "run", "--data", data.Path);
            Assert.True(resumed.ExitCode == 0, resumed.Error + resumed.Output);
            Assert.Empty(Directory.GetFiles(inbox));
            Assert.Equal(_month.Expected, WarehouseFingerprint.Of(data.Path));
            return;
        }
        Assert.Fail("five loads ended before a kill landed inside the last group");
    }

    /// <summary>
    /// Issue #32: the load killed after some of its groups committed, and the .wal (where those commits
    /// were) deleted, as a disk tool or a careless copy does. The files it took left the inbox for the
    /// archive; check says so and reload-missing loads them: the warehouse equals an uninterrupted load.
    /// </summary>
    [Fact]
    public async Task Commits_lost_with_a_deleted_wal_after_a_kill_are_found_and_reload_missing_recovers_every_file()
    {
        // Each attempt on a fresh warehouse: a load that ended before the kill landed leaves nothing to try again on.
        TempDataDir? landed = null;
        for (var attempt = 1; attempt <= 5 && landed is null; attempt++)
        {
            var tried = new TempDataDir();
            _month.Load(tried.Path);
            var waiting = Path.Combine(tried.Path, "inbox");
            var wal = Path.Combine(tried.Path, "warehouse.duckdb.wal");
            using var etl = CorrProcess.Start(null, "etl", "run", "--data", tried.Path);
            // Some files committed (they left the inbox) and the rest still to come.
            var inside = await etl.Until(() => File.Exists(wal) && Directory.GetFiles(waiting).Length is var left && left > 0 && left < _month.Files);
            if (!inside)
            {
                tried.Dispose();
                continue;
            }
            etl.Kill();
            File.Delete(wal);
            landed = tried;
        }
        Assert.True(landed is not null, "five loads ended before a kill landed half-way");
        using var data = landed;
        var inbox = Path.Combine(data.Path, "inbox");

        var check = CorrRun.Run("check", "--data", data.Path);
        Assert.Equal(1, check.ExitCode);
        Assert.Matches(@"The archive holds \d+ file\(s\) received that no batch of the warehouse names", check.Error);
        var reload = CorrRun.Run("etl", "reload-missing", "--data", data.Path);
        Assert.True(reload.ExitCode == 0, reload.Error + reload.Output);
        var resumed = CorrRun.Run("etl", "run", "--data", data.Path); // what the inbox still holds
        Assert.True(resumed.ExitCode == 0, resumed.Error + resumed.Output);

        Assert.Equal(0, CorrRun.Run("check", "--data", data.Path).ExitCode);
        Assert.Empty(Directory.GetFiles(inbox));
        Assert.Equal(_month.Expected, WarehouseFingerprint.Of(data.Path));
    }

    internal static int Archived(string dataDir)
    {
        var archive = Path.Combine(dataDir, "archive");
        return Directory.Exists(archive) ? Directory.EnumerateFiles(archive, "*", SearchOption.AllDirectories).Count(f => !f.EndsWith(".json", StringComparison.Ordinal)) : 0; // blobs, not their sidecars
    }

    [Fact]
    public async Task A_report_killed_while_writing_leaves_complete_files_under_their_final_names()
    {
        using var data = new TempDataDir();
        _month.Load(data.Path);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);
        string[] report = ["report", "monthly", "--data", data.Path, "--period", "2024-06", "--lang", "ru"];
        Assert.Equal(0, CorrRun.Run(report).ExitCode);
        var folder = Path.Combine(data.Path, "reports", "monthly", "2024-06");
        var finals = Directory.GetFiles(folder).Order().ToArray();

        // Render again and kill it while a file is being written beside its final name. Writing a
        // file takes milliseconds: on a busy machine a render may end before one is caught, so try again.
        var caught = false;
        for (var attempt = 0; attempt < 10 && !caught; attempt++)
        {
            using var again = CorrProcess.Start(null, report);
            caught = await again.Until(() => Directory.GetFiles(folder, ".*.partial*").Length > 0);
            if (caught)
                again.Kill();
            else
                Assert.Equal(0, (await again.Finished()).ExitCode);
        }

        Assert.True(caught, "ten renders ended before a file was caught half-written");
        Assert.Equal(finals, Directory.GetFiles(folder).Where(f => !Path.GetFileName(f).StartsWith('.')).Order().ToArray());
        foreach (var file in finals)
        {
            var bytes = File.ReadAllBytes(file);
            if (file.EndsWith(".pdf", StringComparison.Ordinal))
                Assert.EndsWith("%%EOF", System.Text.Encoding.Latin1.GetString(bytes).TrimEnd());
            else if (file.EndsWith(".xlsx", StringComparison.Ordinal))
                using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes)))
                    Assert.Contains(zip.Entries, e => e.FullName == "xl/workbook.xml");
            else
                using (System.Text.Json.JsonDocument.Parse(bytes)) { }
        }
    }
}
