using System.Diagnostics;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Etl.Tests.Load;

/// <summary>A system fault (here: the archive cannot be written) stops the run and moves, quarantines and loads nothing.</summary>
public class SystemFaultTests
{
    private const string Header = "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners";

    /// <summary>A real full disk under the archive: a 64 KB tmpfs filled up (needs root); elsewhere the fault is injected (a file where the folder must go).</summary>
    private static Action FullArchive(string dataDir)
    {
        var archive = Directory.CreateDirectory(Path.Combine(dataDir, "archive")).FullName;
        if (Environment.UserName == "root" && Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", archive))
        {
            Run("dd", "if=/dev/zero", $"of={Path.Combine(archive, "filler")}", "bs=4k", "count=64");
            return () => Run("umount", "-l", archive);
        }
        Directory.Delete(archive);
        File.WriteAllText(archive, "not a folder");
        return () => File.Delete(archive);
    }

    private static bool Run(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    [Fact]
    public void A_full_archive_stops_the_run_and_leaves_the_inbox_the_warehouse_and_the_quarantine_as_they_were()
    {
        using var etl = new EtlHarness().Register();
        etl.Run();
        var batches = etl.Count("select count(*) from etl.batches");
        var release = FullArchive(etl.DataDir);
        try
        {
            etl.Drop("population_202401.csv", Header, "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12");

            var stopped = Assert.Throws<LoadStoppedException>(() => etl.Run());

            Assert.Equal("population_202401.csv", stopped.FileName);
            Assert.True(File.Exists(Path.Combine(etl.Inbox, "population_202401.csv")));
            Assert.Equal(batches, etl.Count("select count(*) from etl.batches"));
            Assert.Equal(0, etl.Count("select count(*) from core.fact_population_daily"));
            Assert.False(Directory.Exists(Path.Combine(etl.DataDir, "quarantine")));
        }
        finally
        {
            release();
        }
        var next = etl.Run().Files.Single();
        Assert.Equal(FileStatus.Loaded, next.Status);
    }

    [Fact]
    public void A_file_whose_load_faults_the_system_twice_is_set_aside_and_the_files_after_it_load()
    {
        using var etl = new EtlHarness().Register();
        etl.Run();
        // A fault of this one file (a row no batch owns holds its key, so its insert breaks the key), as memory running out on one large file would be.
        etl.Session.Execute("insert into core.fact_staffing values ('ЕЦ-166/1', '2024-01-01', 'custodial', 1, 1, 999999)");
        etl.Drop("staffing_202401.csv", "facility_code,staff_category,posts_established,posts_filled", "ЕЦ-166/1,custodial,90,81");
        etl.DropAccounting("budget_exec_202401.csv", "Дата;Код учреждения;Программа;Подпрограмма;Специфика;Источник;Сумма;Документ",
            "15.01.2024;ЕЦ-166/1;010;100;141;РБ;600 000,00;ПП-1");

        var first = Assert.Throws<LoadStoppedException>(() => etl.Run());
        Assert.Equal("staffing_202401.csv", first.FileName);
        Assert.Equal(2, Directory.GetFiles(etl.Inbox).Length);
        Assert.Equal(0, etl.Count("select count(*) from core.fact_payment"));

        var second = etl.Run();
        var aside = second.Files.Single(f => f.FileName == "staffing_202401.csv");
        Assert.Equal(FileStatus.Quarantined, aside.Status);
        Assert.Contains("set aside: loading it faulted the system 2 times (", aside.Message);
        Assert.Contains("corr etl retry staffing_202401.csv", aside.Message);
        Assert.Equal(FileStatus.Loaded, second.Files.Single(f => f.FileName == "budget_exec_202401.csv").Status);
        Assert.Equal(1, etl.Count("select count(*) from core.fact_payment"));
        Assert.Empty(Directory.GetFiles(etl.Inbox));
        Assert.Single(Directory.GetFiles(Path.Combine(etl.DataDir, "quarantine"), "staffing_202401.csv", SearchOption.AllDirectories));
        Assert.DoesNotContain("staffing_202401.csv", File.ReadAllText(Path.Combine(etl.DataDir, SystemFaults.FileName)));
    }
}
