using CorrAnalytics.TestSupport;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Tests.Support;
using CorrAnalytics.Warehouse.Time;
using UglyToad.PdfPig;

namespace CorrAnalytics.Reports.Tests.Common;

/// <summary>Reports print their times in the configured zone (Corr:TimeZone).</summary>
public class ReportTimeTests
{
    private static string CoverText(HandMadeWarehouse warehouse, TimeZoneInfo? zone, ReportLanguage? language = null)
    {
        var clock = TestClock.Fake(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero)).Clock.In(zone ?? TestClock.Almaty);
        var output = new MonthlyReportWriter(warehouse.Session, clock)
            .Write(new YearMonth(2026, 10), language ?? ReportLanguage.Russian, new HashSet<string> { "pdf" }, Path.Combine(warehouse.DataDir, "out"));
        using var pdf = PdfDocument.Open(output.Files.Single());
        return string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
    }

    [Fact]
    public void The_cover_shows_the_data_as_of_in_the_configured_zone()
    {
        using var warehouse = new HandMadeWarehouse();

        // The data was loaded at 06:00:05 UTC on 2 November: 11:00 in Almaty (UTC+5, the default), 09:00 in Moscow (UTC+3).
        Assert.Contains("по состоянию на 2 ноября 2026 г., 11:00 (время Астаны)", CoverText(warehouse, zone: null));
        Assert.Contains("по состоянию на 2 ноября 2026 г., 09:00 (Europe/Moscow)", CoverText(warehouse, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow")));
        Assert.Contains("Дата выпуска: 25 ноября 2026 г.", CoverText(warehouse, zone: null));
    }

    [Fact]
    public void The_english_cover_names_the_month_so_that_day_and_month_cannot_be_confused()
    {
        using var warehouse = new HandMadeWarehouse();

        var cover = CoverText(warehouse, zone: null, ReportLanguage.English);

        Assert.Contains("as of November 2, 2026, 11:00 (Astana time)", cover);
        Assert.DoesNotContain("11/2/2026", cover);
    }

    [Fact]
    public void The_kazakh_cover_writes_the_year_first_as_kazakh_documents_do()
    {
        using var warehouse = new HandMadeWarehouse();

        var cover = CoverText(warehouse, zone: null, ReportLanguage.Kazakh);

        Assert.Contains("Деректер 2026 жылғы 2 қараша, 11:00 (Астана уақыты) жағдай бойынша", cover);
        Assert.Contains("2026 жылғы 25 қараша", cover);
        Assert.DoesNotContain("2 қараша 2026", cover);
    }
}
