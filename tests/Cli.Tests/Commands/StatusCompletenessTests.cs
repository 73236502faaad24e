using CorrAnalytics.Cli.Tests.Support;

namespace CorrAnalytics.Cli.Tests.Commands;

public class StatusCompletenessTests
{
    [Fact]
    public void Status_shows_every_month_from_the_oldest_incomplete_one_a_refused_file_and_the_inbox_backlog()
    {
        // Three recent months (of the tests' clock), the second one's population refused: it must show, and so must the months after it.
        var today = TestSupport.TestClock.Start.DateTime;
        var first = new DateTime(today.Year, today.Month, 1).AddMonths(-3);
        var refusedMonth = first.AddMonths(1);
        using var data = new TempDataDir();
        var inbox = Path.Combine(data.Path, "inbox");
        Assert.Equal(0, CorrRun.Run("sample", "--out", inbox, "--from", $"{first:yyyy-MM}", "--to", $"{first.AddMonths(2):yyyy-MM}", "--seed", "3").ExitCode);
        File.WriteAllText(Path.Combine(inbox, $"population_{refusedMonth:yyyyMM}.csv"), "code,day\nX,1\n");
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        Assert.Equal(1, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);
        File.WriteAllText(Path.Combine(inbox, "late_arrival.csv"), "x\n");

        var status = CorrRun.Run("status", "--data", data.Path);

        Assert.Equal(0, status.ExitCode);
        Assert.Contains($"Completeness since {refusedMonth:yyyy-MM}, the oldest incomplete month of the last 13", status.Output);
        Assert.Matches($@"{refusedMonth:yyyy-MM}\s+│ refused \(batch \d+\)", status.Output);
        Assert.Contains($"{first.AddMonths(2):yyyy-MM}", status.Output);
        Assert.Contains($"{today:yyyy-MM} (current)", status.Output);
        Assert.Contains("Inbox: 1 file(s) waiting, the oldest since", status.Output);
        Assert.Contains("The marts are up to date", status.Output);
    }
}
