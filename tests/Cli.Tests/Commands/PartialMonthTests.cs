using CorrAnalytics.Cli.Tests.Support;
using UglyToad.PdfPig;

namespace CorrAnalytics.Cli.Tests.Commands;

public class PartialMonthTests
{
    [Fact]
    public void A_month_whose_population_was_refused_still_renders_saying_so_where_the_figures_would_be()
    {
        using var sample = new TempDataDir();
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("sample", "--out", sample.Path, "--from", "2024-01", "--to", "2024-01", "--seed", "3").ExitCode);
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        var inbox = Directory.CreateDirectory(Path.Combine(data.Path, "inbox")).FullName;
        foreach (var file in Directory.GetFiles(sample.Path, "*_*").Where(f => !Path.GetFileName(f).StartsWith("population_")))
            File.Copy(file, Path.Combine(inbox, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(inbox, "population_202401.csv"), "code,day,total\nЕЦ-166/1,2024-01-01,10\n");
        Assert.Equal(1, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode); // the population file is refused

        var folder = Path.Combine(data.Path, "partial");
        var run = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2024-01", "--lang", "en", "--out", folder);

        Assert.True(run.ExitCode == 0, run.Error);
        using var pdf = PdfDocument.Open(Path.Combine(folder, "monthly_2024-01_en.pdf"));
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("No data: the Population held file of the month was refused; see the data-quality annex.", text);
        Assert.Contains("Reason: the header is 'code,day,total'", text); // in the annex
        Assert.Contains("Budget execution", text);                       // the sources that loaded are there
        var empty = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2030-01", "--lang", "en");
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("no data for 2030-01", empty.Error);
    }
}
