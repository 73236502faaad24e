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
    public void The_cover_shows_the_generation_time_in_the_configured_zone()
    {
        using var warehouse = new HandMadeWarehouse();

        // 10:00 UTC is 15:00 in Almaty (UTC+5, the default) and 13:00 in Moscow (UTC+3).
        Assert.Contains("25 ноября 2026, 15:00", CoverText(warehouse, zone: null));
        Assert.Contains("25 ноября 2026, 13:00", CoverText(warehouse, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow")));
    }

    [Fact]
    public void The_english_cover_names_the_month_so_that_day_and_month_cannot_be_confused()
    {
        using var warehouse = new HandMadeWarehouse();

        var cover = CoverText(warehouse, zone: null, ReportLanguage.English);

        Assert.Contains("25 November 2026, 15:00", cover);
        Assert.DoesNotContain("11/25/2026", cover);
    }
}
