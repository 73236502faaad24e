using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Tests.Support;
using CorrAnalytics.Warehouse.Time;
using UglyToad.PdfPig;

namespace CorrAnalytics.Reports.Tests.Common;

/// <summary>Reports print their times in the configured zone (Corr:TimeZone).</summary>
public class ReportTimeTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static string CoverText(HandMadeWarehouse warehouse, TimeZoneInfo? zone)
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var output = new MonthlyReportWriter(warehouse.Session, clock, zone)
            .Write(new YearMonth(2026, 10), ReportLanguage.Russian, new HashSet<string> { "pdf" }, Path.Combine(warehouse.DataDir, "out"));
        using var pdf = PdfDocument.Open(output.Files.Single());
        return string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
    }

    [Fact]
    public void The_cover_shows_the_generation_time_in_the_configured_zone()
    {
        using var warehouse = new HandMadeWarehouse();

        // 10:00 UTC is 15:00 in Almaty (UTC+5, the default) and 13:00 in Moscow (UTC+3).
        Assert.Contains("25.11.2026 15:00", CoverText(warehouse, zone: null));
        Assert.Contains("25.11.2026 13:00", CoverText(warehouse, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow")));
    }
}
