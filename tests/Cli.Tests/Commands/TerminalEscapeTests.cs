using CorrAnalytics.Cli.Tests.Support;

namespace CorrAnalytics.Cli.Tests.Commands;

/// <summary>What files say never reaches the terminal raw: control characters in names and values are shown escaped (\x1b).</summary>
public class TerminalEscapeTests
{
    private const string Retitle = "\u001b]0;pwned\u0007";
    private const string Clear = "\u001b[2J";

    [Fact]
    public void Escapes_in_file_names_and_values_are_shown_escaped_by_etl_run_rejects_batches_and_status()
    {
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        var inbox = Directory.CreateDirectory(Path.Combine(data.Path, "inbox")).FullName;
        File.WriteAllText(Path.Combine(inbox, $"report{Retitle}.csv"), "facility_code,date\n");
        File.WriteAllText(Path.Combine(inbox, "products_20240101.csv"),
            $"product_code,name_kk,name_ru,category,unit\nGR-001,А{Clear},Б,garments,set\n" + string.Concat(Enumerable.Range(100, 30).Select(i => $"GR-{i},А,Б,garments,set\n")));
        File.WriteAllText(Path.Combine(inbox, $"population_202402{Clear}.csv.part"), "facility_code\n");

        var run = CorrRun.Run("etl", "run", "--no-wait", "--data", data.Path);
        var rejects = CorrRun.Run("etl", "rejects", "--data", data.Path);
        var batches = CorrRun.Run("etl", "batches", "--data", data.Path);
        var status = CorrRun.Run("status", "--data", data.Path);

        foreach (var said in new[] { run, rejects, batches, status })
        {
            Assert.DoesNotContain('\u001b', said.Output + said.Error);
            Assert.DoesNotContain('\u0007', said.Output + said.Error);
        }
        Assert.Contains(@"report\x1b]0;pwned\x07.csv", run.Output + run.Error);
        Assert.Contains(@"А\x1b[2J", rejects.Output);
        Assert.Contains(@"report\x1b]0;pwned\x07.csv", batches.Output);
        Assert.Contains(@"population_202402\x1b[2J.csv.part: its name ends in .part", status.Output);
    }
}
