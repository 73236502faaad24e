using System.Text;
using CorrAnalytics.Etl.Common;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CorrAnalytics.Etl.Tests.Load;

/// <summary>A file is taken only when it is finished: unchanged for the settle window, on the product clock, and held open by no writer.</summary>
public class SettleWindowTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private static (EtlHarness Etl, FakeTimeProvider Time) Harness()
    {
        var (time, clock) = TestClock.Fake(TestClock.InAlmaty(2024, 2, 10, 9));
        var etl = new EtlHarness { Clock = clock };
        etl.Register();
        etl.Run(); // the register, taken at once
        etl.SettleTime = Window;
        return (etl, time);
    }

    private static string[] Movements(int days) =>
        ["facility_code,date,movement,count", .. Enumerable.Range(1, days).Select(d => $"ЕЦ-166/1,2024-01-{d:00},admission_court,{d}")];

    private static void Append(string path, string text) => File.AppendAllText(path, text, SourceFormats.Utf8);

    [Fact]
    public void A_file_written_in_two_halves_with_a_pause_is_loaded_once_whole()
    {
        var (etl, time) = Harness();
        using var _ = etl;
        var lines = string.Join("\n", Movements(31)) + "\n";
        var path = Path.Combine(etl.Inbox, "movements_202401.csv");
        var half = lines.Length / 2;
        Append(path, lines[..half]);

        var first = etl.Run();
        Assert.Equal(0, etl.Count("select count(*) from etl.batches where kind = 'movements'"));
        Assert.Contains("changed 0 s ago", Assert.Single(first.NotReady).Reason);

        time.Advance(TimeSpan.FromSeconds(2)); // longer than the old one-second window
        Append(path, lines[half..]);
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Single(etl.Run().NotReady); // changed since it was first seen: the window starts again

        time.Advance(TimeSpan.FromSeconds(61));
        var loaded = etl.Run();
        Assert.Empty(loaded.NotReady);
        Assert.Equal(FileStatus.Loaded, Assert.Single(loaded.Files).Status);
        Assert.Equal(1, etl.Count("select count(*) from etl.batches where kind = 'movements'"));
        Assert.Equal(31, etl.Count("select count(*) from core.fact_movement"));
        Assert.Equal(31 * 32 / 2, etl.Count("select sum(count) from core.fact_movement"));
    }

    [Fact]
    public void A_clock_set_back_after_a_file_was_first_seen_makes_it_wait_one_window_afresh_not_for_ever()
    {
        var (etl, time) = Harness();
        using var _ = etl;
        etl.Drop("movements_202401.csv", Movements(3));
        Assert.Single(etl.Run().NotReady);

        time.AdjustTime(time.GetUtcNow().AddDays(-14)); // the operator corrects a clock that ran two weeks ahead
        var after = Assert.Single(etl.Run().NotReady);
        Assert.Contains("changed 0 s ago", after.Reason);
        time.Advance(Window);
        Assert.Equal(FileStatus.Loaded, Assert.Single(etl.Run().Files).Status);
    }

    [Fact]
    public void A_file_unchanged_since_an_earlier_run_is_taken_when_its_window_has_passed_and_not_before()
    {
        var (etl, time) = Harness();
        using var _ = etl;
        etl.Drop("movements_202401.csv", Movements(3));
        Assert.Single(etl.Run().NotReady);
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.Contains("changed 59 s ago", Assert.Single(etl.Run().NotReady).Reason);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(FileStatus.Loaded, Assert.Single(etl.Run().Files).Status);
        etl.Run();
        Assert.DoesNotContain("movements", File.ReadAllText(Path.Combine(etl.DataDir, InboxWatch.FileName)), StringComparison.Ordinal); // a file taken is forgotten
    }

    [Fact]
    public void A_part_file_is_ignored_until_renamed()
    {
        var (etl, _) = Harness();
        using var __ = etl;
        etl.SettleTime = TimeSpan.Zero;
        etl.Drop("movements_202401.csv.part", Movements(3));
        Assert.Contains("ends in .part", Assert.Single(etl.Run().NotReady).Reason);
        Assert.Equal(0, etl.Count("select count(*) from etl.batches where kind = 'movements'"));
        File.Move(Path.Combine(etl.Inbox, "movements_202401.csv.part"), Path.Combine(etl.Inbox, "movements_202401.csv"));
        Assert.Equal(FileStatus.Loaded, Assert.Single(etl.Run().Files).Status);
    }

    [Fact]
    public void Hidden_names_and_office_owner_files_are_never_taken_nor_quarantined()
    {
        var (etl, _) = Harness();
        using var __ = etl;
        etl.SettleTime = TimeSpan.Zero;
        etl.Drop(".movements_202401.csv", Movements(3));
        etl.DropBytes("~$production_ЕЦ-166-1_202401.xlsx", Encoding.ASCII.GetBytes("owner"));
        var result = etl.Run();
        Assert.Empty(result.Files);
        Assert.Empty(result.NotReady);
        Assert.Equal(2, Directory.GetFiles(etl.Inbox).Length);
    }

    [Fact]
    public void A_file_a_program_holds_open_for_writing_waits_until_it_is_closed()
    {
        var (etl, _) = Harness();
        using var __ = etl;
        etl.SettleTime = TimeSpan.Zero;
        var path = Path.Combine(etl.Inbox, "movements_202401.csv");
        using (var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            writer.Write(SourceFormats.Utf8.GetBytes(string.Join("\n", Movements(3)) + "\n"));
            writer.Flush();
            Assert.Contains("open for writing", Assert.Single(etl.Run().NotReady).Reason);
        }
        Assert.Equal(FileStatus.Loaded, Assert.Single(etl.Run().Files).Status);
    }
}
