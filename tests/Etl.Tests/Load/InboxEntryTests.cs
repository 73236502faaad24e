using System.Diagnostics;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Etl.Tests.Load;

/// <summary>Only regular files are read: anything else in the inbox is refused without being followed or opened, and the run goes on.</summary>
public class InboxEntryTests
{
    private const string Header = "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners";

    [Fact]
    public void A_fifo_a_symlink_and_a_folder_are_refused_unopened_and_the_other_files_load()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("population_202401.csv", Header, "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12");
        var fifo = Path.Combine(etl.Inbox, "movements_202401.csv");
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit(); // a real FIFO: reading it would block the run
        var outside = Path.Combine(etl.DataDir, "outside.csv");
        File.WriteAllText(outside, "secret");
        File.CreateSymbolicLink(Path.Combine(etl.Inbox, "staffing_202401.csv"), outside);
        Directory.CreateDirectory(Path.Combine(etl.Inbox, "incidents_202401.csv"));

        var files = etl.Run().Files.ToDictionary(f => f.FileName);

        Assert.Equal(FileStatus.Loaded, files["population_202401.csv"].Status);
        Assert.Contains("a FIFO", files["movements_202401.csv"].Message);
        Assert.Contains("a symbolic link", files["staffing_202401.csv"].Message);
        Assert.Contains("a folder", files["incidents_202401.csv"].Message);
        Assert.All(new[] { "movements_202401.csv", "staffing_202401.csv", "incidents_202401.csv" },
            name => Assert.Equal(FileStatus.Quarantined, files[name].Status));
        Assert.Empty(Directory.GetFileSystemEntries(etl.Inbox));
        Assert.Equal("secret", File.ReadAllText(outside)); // the link was moved, never followed
        var quarantine = Directory.GetFileSystemEntries(Path.Combine(etl.DataDir, "quarantine"), "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.Contains("movements_202401.csv.reason.txt", quarantine); // under its own name
        Assert.Equal(3, etl.Count("select count(*) from etl.batches where sha256 = '-' and status = 'quarantined'"));
    }

    [Fact]
    public void A_file_over_the_size_cap_is_refused_from_its_metadata_without_being_read()
    {
        using var etl = new EtlHarness().Register();
        etl.MaxFileMegabytes = 0.001; // about 1 KB
        etl.Drop("population_202401.csv", [Header, .. Enumerable.Range(1, 31).Select(d => $"ЕЦ-166/1,2024-01-{d:00},400,398,2,0,0,12")]);

        var outcome = etl.Run().Files.Single(f => f.FileName == "population_202401.csv");

        Assert.Equal(FileStatus.Quarantined, outcome.Status);
        Assert.Contains("Corr:MaxFileMegabytes", outcome.Message);
        Assert.Equal(0, etl.Count("select count(*) from core.fact_population_daily"));
    }
}
