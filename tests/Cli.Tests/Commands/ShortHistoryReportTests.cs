using ClosedXML.Excel;
using CorrAnalytics.Cli.Tests.Support;
using UglyToad.PdfPig;

namespace CorrAnalytics.Cli.Tests.Commands;

/// <summary>A report early in the history (three months loaded): what has no comparison says so.</summary>
public class ShortHistoryReportTests(LoadedQuarter warehouse) : IClassFixture<LoadedQuarter>
{
    [Fact]
    public void A_missing_comparison_and_a_rate_over_fewer_than_12_months_are_not_available()
    {
        var folder = Path.Combine(warehouse.Path, "short-history");
        var run = CorrRun.Run("report", "monthly", "--data", warehouse.Path, "--period", "2024-03", "--lang", "en", "--out", folder);

        Assert.Equal(0, run.ExitCode);
        using (var workbook = new XLWorkbook(Path.Combine(folder, "monthly_2024-03_en.xlsx")))
        {
            var admissions = workbook.Worksheet("Summary").RowsUsed().Single(r => r.Cell(1).GetString() == "Admissions");
            Assert.True(admissions.Cell(2).GetDouble() > 0);  // this month
            Assert.True(admissions.Cell(3).GetDouble() > 0);  // February
            Assert.True(admissions.Cell(5).IsEmpty());        // March 2023: nothing loaded, so no figure, not 0
            Assert.True(admissions.Cell(6).IsEmpty());
            var deaths = workbook.Worksheet("Summary").RowsUsed().Single(r => r.Cell(1).GetString() == "Deaths per 10,000 held (12 months)");
            Assert.True(deaths.Cell(2).IsEmpty());            // three months of population: no 12-month rate, not one over 3 months
        }
        using var pdf = PdfDocument.Open(Path.Combine(folder, "monthly_2024-03_en.pdf"));
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Deaths per 10,000 held (12 months) .. .. ..", text);
        Assert.Contains(".. not available: a rate per 10,000 is over 12 months of average daily population, and 3 of those 12 months have it.", text);
    }
}
