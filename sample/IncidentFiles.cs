using System.Globalization;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Sample;

/// <summary>incidents_YYYYMM.csv: rare events at national yearly rates, placed where people are held.</summary>
public static class IncidentFiles
{
    // Per year at scale 1: about 50 deaths of which about 8 suicides, one escape or two.
    private static readonly (string Type, double PerYear, int MinPersons, int MaxPersons)[] Rates =
    [
        ("death_natural", 36, 1, 1), ("death_suicide", 8, 1, 1), ("death_violent", 3, 1, 1),
        ("escape", 1.0, 1, 1), ("escape_attempt", 6, 1, 3), ("self_harm", 150, 1, 1),
        ("assault_on_staff", 30, 1, 2), ("group_disorder", 2, 5, 30), ("contraband_seizure", 450, 1, 1),
    ];

    /// <summary>
    /// How many incidents of each type fall in each month of a year. The yearly total is drawn
    /// first (within about 10 % of the rate), so a year's figures stay in their usual range.
    /// </summary>
    private static Dictionary<(string Type, int Month), int> MonthlyCounts(int seed, int scale, int year)
    {
        var random = SampleRandom.For(seed, "incident-year", year);
        var counts = new Dictionary<(string, int), int>();
        foreach (var (type, perYear, _, _) in Rates)
        {
            for (var m = 1; m <= 12; m++)
                counts[(type, m)] = 0;
            var rate = perYear * scale;
            var total = rate >= 5 ? Math.Max(0, (int)Math.Round(random.Normal(rate, rate * 0.1))) : random.Poisson(rate);
            for (var i = 0; i < total; i++)
                counts[(type, random.Between(1, 12))]++;
        }
        return counts;
    }

    public static SampleFile Incidents(IReadOnlyList<FacilityHistory> histories, YearMonth month, int seed, int scale)
    {
        var random = SampleRandom.For(seed, "incidents", month);
        var counts = MonthlyCounts(seed, scale, month.Year);
        var file = new SampleFile($"incidents_{month.Compact}.csv", FileKind.Incidents);
        var open = histories.Where(h => h.On(month.First) is not null).ToList();
        var weights = open.Select(h => (double)h.On(month.First)!.Value.HeldTotal + 1).ToList();
        var incidents = new List<(DateTime At, string Facility, string Type, int Persons)>();
        foreach (var (type, perYear, min, max) in Rates)
        {
            var n = counts[(type, month.Month)];
            for (var i = 0; i < n; i++)
            {
                var facility = open[random.Weighted(weights)];
                var lastDay = facility.Days.Where(d => YearMonth.Of(d.Date) == month).Max(d => d.Date.Day);
                var at = new DateTime(month.Year, month.Month, random.Between(1, lastDay), random.Between(0, 23), random.Between(0, 59), 0);
                incidents.Add((at, facility.Facility.Code, type, random.Between(min, max)));
            }
        }
        var seq = 0;
        foreach (var (at, facility, type, persons) in incidents.OrderBy(i => i.At).ThenBy(i => i.Facility, StringComparer.Ordinal))
            file.Add($"INC-{month.Compact}-{++seq:00000}", facility, at.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), type, persons);
        return file;
    }
}
