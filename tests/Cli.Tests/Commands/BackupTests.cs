using CorrAnalytics.Cli.Tests.Support;
using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Cli.Tests.Commands;

/// <summary>
/// corr backup and corr restore (issue #32): a backup taken after a load and a publication, then a
/// resubmission that changes the figures, then a restore, gives the warehouse, its history and its
/// publications as they were at the backup; a backup that fails its hashes restores nothing.
/// </summary>
public class BackupTests
{
    private static long Population(string dataDir, string month) => WarehouseQuery.Scalar(dataDir,
        $"select coalesce(sum(held_total), 0) from core.fact_population_daily where strftime(date, '%Y-%m') = '{month}'");

    private static long Count(string dataDir, string table) => WarehouseQuery.Scalar(dataDir, $"select count(*) from {table}");

    /// <summary>A loaded two-month sample with February published.</summary>
    private static string Loaded(TempDataDir data)
    {
        var inbox = Path.Combine(data.Path, "inbox");
        Assert.Equal(0, CorrRun.Run("sample", "--out", inbox, "--from", "2024-01", "--to", "2024-02", "--seed", "5").ExitCode);
        var good = File.ReadAllText(Path.Combine(inbox, "population_202402.csv"));
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);
        var report = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2024-02", "--lang", "en", "--format", "xlsx");
        Assert.True(report.ExitCode == 0, report.Error);
        return good;
    }

    [Fact]
    public void A_restore_gives_back_the_figures_the_history_and_the_publications_of_the_backup()
    {
        using var data = new TempDataDir();
        using var backups = new TempDataDir();
        var good = Loaded(data);
        var (population, batches, publications, history) =
            (Population(data.Path, "2024-02"), Count(data.Path, "etl.batches"), Count(data.Path, "etl.publications"), Count(data.Path, "history.fact_population_daily"));

        var backup = CorrRun.Run("backup", "--data", data.Path, "--out", backups.Path);
        Assert.True(backup.ExitCode == 0, backup.Error);
        Assert.Matches(@"Backup .*corr-backup-\d{8}T\d{6}Z: \d+ files", backup.Output);
        var folder = Assert.Single(Directory.GetDirectories(backups.Path));
        Assert.True(File.Exists(Path.Combine(folder, "backup.json")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "reports"), "manifest_*.json", SearchOption.AllDirectories));

        // After the backup: February is sent again with one more person on every row, and the report published again.
        var lines = PopulationResubmission.OneMorePerRow(Path.Combine(data.Path, "inbox"), "population_202402.csv", good);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);
        Assert.Equal(population + lines.Length - 1, Population(data.Path, "2024-02"));

        var resubmitted = Population(data.Path, "2024-02");

        var restore = CorrRun.Run("restore", backups.Path, "--data", data.Path); // the newest backup of the folder
        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Contains("Restored", restore.Output);
        Assert.Equal((population, batches, publications, history),
            (Population(data.Path, "2024-02"), Count(data.Path, "etl.batches"), Count(data.Path, "etl.publications"), Count(data.Path, "history.fact_population_daily")));

        // The resubmission came after the backup: it left the inbox for the archive, which the restored warehouse does not know of. Said, then loaded again.
        var check = CorrRun.Run("check", "--data", data.Path);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("The archive holds 1 file(s) received that no batch of the warehouse names", check.Error);
        Assert.Contains("corr etl reload-missing", CorrRun.Run("status", "--data", data.Path).Output);
        var scheduler = CorrRun.Run("schedule", "run", "--data", data.Path, "--once", "refresh"); // a start-up check says it too
        Assert.Contains("The archive holds 1 file(s) received that no batch of the warehouse names", scheduler.Output);
        var reload = CorrRun.Run("etl", "reload-missing", "--data", data.Path);
        Assert.True(reload.ExitCode == 0, reload.Error + reload.Output);
        Assert.Contains("Loading again from the archive: population_202402.csv", reload.Output);
        Assert.Equal(resubmitted, Population(data.Path, "2024-02"));
        Assert.Equal(0, CorrRun.Run("check", "--data", data.Path).ExitCode);
        Assert.Contains("nothing to load again", CorrRun.Run("etl", "reload-missing", "--data", data.Path).Output);

        // Into a new, empty folder as well: a lost data folder comes back from its backup.
        using var elsewhere = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("restore", folder, "--data", elsewhere.Path).ExitCode);
        Assert.Equal(population, Population(elsewhere.Path, "2024-02"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(elsewhere.Path, "reports"), "manifest_*.json", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_backup_taken_while_a_load_runs_waits_for_it_and_restores_to_the_loaded_warehouse()
    {
        using var data = new TempDataDir();
        using var backups = new TempDataDir();
        using var elsewhere = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("sample", "--out", Path.Combine(data.Path, "inbox"), "--from", "2024-01", "--to", "2024-03", "--seed", "9").ExitCode);
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);

        using var load = CorrProcess.Start(null, "etl", "run", "--data", data.Path);
        Assert.True(await load.Until(() => File.Exists(Path.Combine(data.Path, "warehouse.duckdb.holder.json"))), "the load ended before the backup started");
        var backup = CorrRun.Run("backup", "--data", data.Path, "--out", backups.Path);
        Assert.Equal(0, (await load.Finished()).ExitCode);

        Assert.True(backup.ExitCode == 0, backup.Error + backup.Output);
        Assert.Contains("corr etl run", backup.Output + backup.Error); // it said whom it waited for
        Assert.Equal(0, CorrRun.Run("restore", backups.Path, "--data", elsewhere.Path).ExitCode);
        Assert.Equal(WarehouseFingerprint.Of(data.Path), WarehouseFingerprint.Of(elsewhere.Path));
    }

    [Fact]
    public void A_backup_that_does_not_match_its_hashes_restores_nothing_and_says_what_to_do_instead()
    {
        using var data = new TempDataDir();
        using var backups = new TempDataDir();
        Loaded(data);
        Assert.Equal(0, CorrRun.Run("backup", "--data", data.Path, "--out", backups.Path).ExitCode);
        var folder = Assert.Single(Directory.GetDirectories(backups.Path));
        var copy = Path.Combine(folder, "warehouse.duckdb");
        var bytes = File.ReadAllBytes(copy);
        bytes[bytes.Length / 2] ^= 0xFF; // one byte of the copy spoiled on the backup disk
        File.WriteAllBytes(copy, bytes);
        using var target = new TempDataDir();

        var restore = CorrRun.Run("restore", folder, "--data", target.Path);

        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("does not match its hashes (warehouse.duckdb has changed", restore.Error);
        Assert.Contains("Restore an older backup", restore.Error);
        Assert.False(File.Exists(Path.Combine(target.Path, "warehouse.duckdb")));
    }

    [Fact]
    public void A_data_folder_in_use_is_not_restored_over()
    {
        using var data = new TempDataDir();
        using var backups = new TempDataDir();
        Loaded(data);
        Assert.Equal(0, CorrRun.Run("backup", "--data", data.Path, "--out", backups.Path).ExitCode);
        var before = Population(data.Path, "2024-02");
        using (WarehouseSession.OpenWriter(new WarehouseOptions(data.Path), "corr schedule run", TestClock.Running())) // the scheduler holds it
        {
            var restore = CorrRun.Run("restore", backups.Path, "--data", data.Path);
            Assert.Equal(1, restore.ExitCode);
            Assert.Contains("is in use", restore.Error);
        }
        Assert.Equal(before, Population(data.Path, "2024-02"));
    }

    [Fact]
    public void Keep_leaves_the_newest_backups_and_a_half_written_one_is_never_taken_for_a_backup()
    {
        using var data = new TempDataDir();
        using var backups = new TempDataDir();
        Loaded(data);
        Directory.CreateDirectory(Path.Combine(backups.Path, "corr-backup-20261101T000000Z.partial")); // a backup killed half-way
        foreach (var day in new[] { 1, 2, 3 })
        {
            var at = TestClock.Running(TestClock.InAlmaty(2026, 12, day, 2));
            Assert.Equal(0, CorrRun.At(at, "backup", "--data", data.Path, "--out", backups.Path, "--keep", "2").ExitCode);
        }

        Assert.Equal(["corr-backup-20261201T210000Z", "corr-backup-20261202T210000Z"],
            Directory.GetDirectories(backups.Path, "corr-backup-*Z").Select(Path.GetFileName).Order());
        var usage = CorrRun.Run("backup", "--data", data.Path, "--out", backups.Path, "--keep", "0");
        Assert.Equal(2, usage.ExitCode);
    }

    [Fact]
    public void A_damaged_warehouse_file_gives_one_clear_line_that_names_the_way_back()
    {
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        var file = Path.Combine(data.Path, "warehouse.duckdb");
        var bytes = File.ReadAllBytes(file);
        Array.Fill(bytes, (byte)0x5A, 0, Math.Min(bytes.Length, 16_384)); // its header overwritten by a careless tool
        File.WriteAllBytes(file, bytes);

        var status = CorrRun.Run("status", "--data", data.Path);

        Assert.NotEqual(0, status.ExitCode);
        var line = Assert.Single(status.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"The warehouse {file} cannot be opened", line);
        Assert.Contains("corr restore", line);
        Assert.Contains("corr etl rebuild --data NEW --from-archive", line);
    }

    /// <summary>
    /// Issue #32: a warehouse restored from a copy older than a delivery forgets the publication and the
    /// delivery; the manifests and the delivery journal beside it do not. Delivering again sends nothing
    /// twice (a real SMTP server counts), verify knows the file, and no publication number is reused.
    /// </summary>
    [Fact]
    public async Task After_a_restore_nothing_delivered_is_sent_again_and_no_publication_number_is_reused()
    {
        using var data = new TempDataDir();
        using var backups = new TempDataDir();
        Loaded(data);
        Assert.Equal(0, CorrRun.Run("backup", "--data", data.Path, "--out", backups.Path).ExitCode);
        await using var smtp = await SmtpTestServer.Start();
        var settings = new Dictionary<string, string>
        {
            ["CORR__DELIVERY__SMTP__HOST"] = "127.0.0.1", ["CORR__DELIVERY__SMTP__PORT"] = $"{smtp.Port}", ["CORR__DELIVERY__SMTP__SECURITY"] = "None",
            ["CORR__DELIVERY__SMTP__FROM"] = "CorrAnalytics <corr@example.kz>",
            ["CORR__DELIVERY__RECIPIENTS__0__NAME"] = "Leader", ["CORR__DELIVERY__RECIPIENTS__0__EMAIL"] = "leader@example.kz",
            ["CORR__DELIVERY__RECIPIENTS__0__REPORTS__0"] = "monthly", ["CORR__DELIVERY__RECIPIENTS__0__LANGUAGES__0"] = "ru",
        };
        async Task<CorrOutcome> Deliver()
        {
            using var run = CorrProcess.Start(settings, "deliver", "--period", "2024-02", "--data", data.Path);
            return await run.Finished();
        }

        var first = await Deliver();
        Assert.True(first.ExitCode == 0, first.Error + first.Output);
        var message = Assert.Single(smtp.Received);
        var published = WarehouseQuery.Scalar(data.Path, "select max(publication_id) from etl.publications");
        var pdf = Directory.GetFiles(Path.Combine(data.Path, "reports", "monthly", "2024-02"), "*_ru.pdf").Single();

        var restore = CorrRun.Run("restore", backups.Path, "--data", data.Path);
        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Contains("1 publication(s) made after the backup were recorded again", restore.Output);
        Assert.Equal(published, WarehouseQuery.Scalar(data.Path, "select max(publication_id) from etl.publications"));
        Assert.Equal(0, WarehouseQuery.Scalar(data.Path, "select count(*) from etl.deliveries")); // the restored warehouse never saw the delivery

        var second = await Deliver();
        Assert.True(second.ExitCode == 0, second.Error + second.Output);
        Assert.Contains("0 sent, 1 sent before", second.Output);
        Assert.Single(smtp.Received); // nothing twice
        var manifest = Reports.Common.ReportManifest.Read(Path.Combine(Path.GetDirectoryName(pdf)!, "manifest_2024-02_ru.json"));
        Assert.Equal(Reports.Delivery.DeliveryJournal.MessageId(manifest.Files, "leader@example.kz", "example.kz"), message.MessageId); // one message id for these files to this address, whoever composes it
        Assert.Contains($"publication {published}", CorrRun.Run("report", "verify", pdf, "--data", data.Path).Output);

        var kazakh = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2024-02", "--lang", "kk", "--format", "xlsx");
        Assert.True(kazakh.ExitCode == 0, kazakh.Error);
        Assert.Equal(published + 1, WarehouseQuery.Scalar(data.Path, "select max(publication_id) from etl.publications")); // a new number, not a reused one
    }
}
