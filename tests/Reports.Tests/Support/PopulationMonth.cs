using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Tests.Support;

/// <summary>A hand-made population file: every day of a month, each facility holding the same number (an АС- SIZO's all pre-trial, the others' all sentenced).</summary>
public static class PopulationMonth
{
    public const string Header = "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners";

    public static string FileName(YearMonth period) => $"population_{period.Compact}.csv";

    public static string[] Lines(YearMonth period, IEnumerable<(string Facility, int Held)> stocks)
    {
        var lines = new List<string> { Header };
        foreach (var (code, held) in stocks)
            foreach (var day in period.Dates)
            {
                var (sentenced, pretrial) = code.StartsWith("АС", StringComparison.Ordinal) ? (0, held) : (held, 0);
                lines.Add($"{code},{day:yyyy-MM-dd},{held},{sentenced},{pretrial},0,0,0");
            }
        return [.. lines];
    }
}
