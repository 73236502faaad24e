using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Tests.Monthly;

/// <summary>
/// The 12-month rates per 10,000 (#30, DESIGN §5): persons of the last 12 months × 10,000 ÷ the mean of
/// those 12 months' average daily population. With fewer than 12 months of population they are not
/// available (null, printed ".." with a footnote), never a rate over fewer months; the 13-month trend
/// starts where the data starts. The three facilities hold 400 + 250 + 600 = 1,250 every day, so each
/// month's ADP is 1,250; March 2024 has one suicide and one escape.
/// </summary>
public class TwelveMonthRateTests
{
    private static readonly YearMonth March = new(2024, 3);
    private const decimal Adp = 400 + 250 + 600;

    private static EtlHarness LoadedFrom(YearMonth first)
    {
        var etl = new EtlHarness().Register();
        for (var month = first; month.CompareTo(March) <= 0; month = month.AddMonths(1))
        {
            var lines = new List<string> { "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners" };
            foreach (var day in month.Dates)
                lines.AddRange([$"ЕЦ-166/1,{day:yyyy-MM-dd},400,400,0,0,0,0", $"ЕЦ-166/2,{day:yyyy-MM-dd},250,250,0,0,0,0", $"АС-221/1,{day:yyyy-MM-dd},600,0,600,0,0,0"]);
            etl.Drop($"population_{month.Compact}.csv", [.. lines]);
        }
        etl.Drop("incidents_202403.csv", "incident_id,facility_code,occurred_at,incident_type,persons",
            "INC-1,ЕЦ-166/1,2024-03-05T10:00:00,death_suicide,1", "INC-2,АС-221/1,2024-03-09T22:30:00,escape,1");
        Assert.All(etl.Run().Files, f => Assert.Equal(Etl.Load.FileStatus.Loaded, f.Status));
        return etl;
    }

    private static MonthlyReport Report(EtlHarness etl) =>
        new MonthlyReportBuilder(etl.Session, TestClock.Running()).Build(March, ReportLanguage.English);

    private static decimal? Rate(MonthlyReport report, string key) => report.Indicators.Single(i => i.Key == key).Value;

    private static decimal? PerTenThousand(MonthlyReport report, string incidentType) =>
        report.Incidents.Rows.Single(r => (string)r[0]! == incidentType)[4] is { } v ? NumberFormat.ToDecimal(v) : null;

    [Fact]
    public void With_twelve_months_of_population_the_rates_are_the_12_months_persons_over_their_mean_ADP()
    {
        using var etl = LoadedFrom(new YearMonth(2023, 4));
        var report = Report(etl);

        Assert.Equal(1 * 10_000m / Adp, Rate(report, "deaths_per_10k")!.Value, 6);
        Assert.Equal(1 * 10_000m / Adp, Rate(report, "suicides_per_10k")!.Value, 6);
        Assert.Equal(1 * 10_000m / Adp, Rate(report, "escapes_per_10k")!.Value, 6);
        Assert.Equal(1 * 10_000m / Adp, PerTenThousand(report, "Suicide")!.Value, 6);
        Assert.Equal(report.Labels["note.rates"], report.RatesNote);
        Assert.Equal(12, report.Trend.Count);   // April 2023 to March 2024: the trend starts with the data
    }

    [Fact]
    public void With_eleven_months_the_rates_are_not_available_and_the_note_says_why()
    {
        using var etl = LoadedFrom(new YearMonth(2023, 5));
        var report = Report(etl);

        Assert.All(new[] { "deaths_per_10k", "suicides_per_10k", "escapes_per_10k" }, key => Assert.Null(Rate(report, key)));
        Assert.All(report.Incidents.Rows, row => Assert.Null(row[4]));
        Assert.Equal(1L, Convert.ToInt64(report.Incidents.Rows.Single(r => (string)r[0]! == "Suicide")[3]));   // the persons are still counted
        Assert.Equal(report.Labels.Format("note.rates_unavailable", 11), report.RatesNote);
        Assert.Equal("..", NumberFormat.Format(Rate(report, "deaths_per_10k"), ValueKind.Decimal1, ReportLanguage.English.Culture));
    }

    [Fact]
    public void The_trend_starts_where_the_population_data_starts()
    {
        using var etl = LoadedFrom(new YearMonth(2024, 1));
        var report = Report(etl);

        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 1)], report.Trend.Select(t => t.Month));
        Assert.All(report.Trend, t => Assert.Equal(Adp, t.Stock));
        Assert.Equal(report.Labels.Format("note.rates_unavailable", 3), report.RatesNote);
    }
}
