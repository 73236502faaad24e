using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Layout;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Production;
using CorrAnalytics.Reports.Tests.Support;
using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Time;
using UglyToad.PdfPig;

namespace CorrAnalytics.Reports.Tests.Publications;

/// <summary>
/// What a site adds to its publications (Corr:Reports, PUBLICATION §1, §5, §8): the contact and the next
/// release on the back page, provisional figures until the returns are due, and small counts of a
/// department withheld as "x". Read back from the PDF and the report's tables of the hand-made month.
/// </summary>
public sealed class PublicationOptionsTests : IDisposable
{
    private static readonly YearMonth October = new(2026, 10);
    private readonly HandMadeWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    private static string LastPage(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPage(document.NumberOfPages).GetWords().Select(w => w.Text));
    }

    private MonthlyReport Monthly(PublicationOptions options, DateTimeOffset at, string? department = null) =>
        ReportScope.Render(_warehouse.Session, department, October, ReportLanguage.Russian,
            scope => new MonthlyReportBuilder(_warehouse.Session, TestClock.Running(at)).Build(October, ReportLanguage.Russian, scope)) with { Options = options };

    [Fact]
    public void The_back_page_names_the_contact_and_the_next_release_on_the_configured_working_day()
    {
        var options = new PublicationOptions
        {
            Contact = new Dictionary<string, string> { ["ru"] = "Отдел статистики Комитета\n+7 7172 00 00 00, stat@example.kz", ["default"] = "Statistics unit" },
            ReleaseWorkingDay = new Dictionary<string, int> { ["monthly"] = 5, ["production"] = 3 },
        };
        var monthly = Monthly(options, TestClock.Start);
        var production = new ProductionReportBuilder(_warehouse.Session, TestClock.Running()).Build(October, ReportLanguage.English) with { Options = options };

        var back = LastPage(PdfRenderer.Render(MonthlyReportDocument.Compose(monthly), null, out _));
        // December 2026 starts on a Tuesday; no holiday before the 16th: its 5th working day is Monday the 7th, its 3rd Thursday the 3rd.
        Assert.Contains("Следующий выпуск Отчет за ноябрь 2026 г. планируется опубликовать 7 декабря 2026 г. Контакты", back); // one full stop after "г."
        Assert.Contains("Контакты Отдел статистики Комитета +7 7172 00 00 00, stat@example.kz", back);
        var english = LastPage(PdfRenderer.Render(ProductionReportDocument.Compose(production), null, out _));
        Assert.Contains("The report for November 2026 is due to be released on December 3, 2026.", english);
        Assert.Contains("Contact Statistics unit", english); // no English text: the default
    }

    [Fact]
    public void Without_the_settings_the_back_page_names_no_contact_and_no_release()
    {
        var back = LastPage(PdfRenderer.Render(MonthlyReportDocument.Compose(Monthly(new PublicationOptions(), TestClock.Start)), null, out _));

        Assert.DoesNotContain("Контакты", back);
        Assert.DoesNotContain("Следующий выпуск", back);
    }

    [Fact]
    public void A_complete_month_is_provisional_until_its_returns_are_due_and_says_so()
    {
        // The hand-made October lacks В-3's staffing return: taken as complete here, so that only the due day decides.
        static MonthlyReport Complete(MonthlyReport report) => report with { Missing = new ReportTable(report.Missing.SheetName, report.Missing.Columns), Sources = [] };
        var options = new PublicationOptions { SubmissionDueDay = 10 };
        var before = Complete(Monthly(options, TestClock.InAlmaty(2026, 11, 9, 23, 59)));
        var on = Complete(Monthly(options, TestClock.InAlmaty(2026, 11, 10, 0, 1)));

        Assert.True(before.Provisional);
        Assert.Contains(NumberFormat.Provisional, before.Symbols);
        Assert.False(on.Provisional);
        Assert.False(Complete(Monthly(new PublicationOptions(), TestClock.InAlmaty(2026, 11, 9))).Provisional); // no due day: complete is final
        Assert.True(Monthly(options, TestClock.InAlmaty(2026, 11, 12)).Provisional); // after it, a missing return still makes it provisional
        var back = LastPage(PdfRenderer.Render(MonthlyReportDocument.Compose(before), null, out _));
        Assert.Contains("Данные за октябрь 2026 г. являются предварительными до срока представления отчетов департаментами за месяц (10 ноября 2026 г.)", back);
    }

    [Fact]
    public void A_departments_counts_below_the_threshold_print_as_x_and_the_rate_they_would_give_away_too()
    {
        var options = new PublicationOptions { SuppressBelow = 3 };
        var writer = new MonthlyReportWriter(_warehouse.Session, TestClock.Running(), options);
        var folder = Directory.CreateDirectory(Path.Combine(_warehouse.DataDir, "d11")).FullName;
        writer.Write(October, ReportLanguage.English, new HashSet<string> { "xlsx" }, folder, "D-11");
        using var workbook = new ClosedXML.Excel.XLWorkbook(Directory.GetFiles(folder, "*.xlsx").Single());
        var sheet = workbook.Worksheet(Translations.Labels.For(ReportLanguage.English)["sheet.incidents"]);
        var rows = SheetTable.Rows(sheet).ToDictionary(r => r.Cell(1).GetString(), r => Enumerable.Range(2, 4).Select(c => r.Cell(c).GetString()).ToList());

        // D-11 (А-1, Б-2): a natural death in March (12 months: 1), a suicide in October (1 incident, 1 person); the escape of October 2025 is outside the window.
        Assert.Equal(["0", "0", "x", "x"], rows["Natural death"]);
        Assert.Equal(["x", "x", "x", "x"], rows["Suicide"]);
        Assert.Equal(["0", "0", "0", "0"], rows["Escape"]); // a true zero is no one's secret
        var national = new MonthlyReportWriter(_warehouse.Session, TestClock.Running(), options);
        var republic = Directory.CreateDirectory(Path.Combine(_warehouse.DataDir, "rk")).FullName;
        national.Write(October, ReportLanguage.English, new HashSet<string> { "xlsx" }, republic);
        using var whole = new ClosedXML.Excel.XLWorkbook(Directory.GetFiles(republic, "*.xlsx").Single());
        var suicide = SheetTable.Rows(whole.Worksheet(Translations.Labels.For(ReportLanguage.English)["sheet.incidents"])).Single(r => r.Cell(1).GetString() == "Suicide");
        Assert.Equal(1, suicide.Cell(2).GetDouble()); // the republic's counts stay
    }
}
