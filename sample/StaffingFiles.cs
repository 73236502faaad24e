using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Sample;

/// <summary>staffing_YYYYMM.csv: about 0.4 established posts per place (about 0.5 per inmate), 5–15 % vacant.</summary>
public static class StaffingFiles
{
    private static readonly (string Category, double Share)[] Shares =
    [
        ("custodial", 0.45), ("operational", 0.12), ("educational", 0.08), ("medical", 0.07),
        ("production", 0.08), ("administrative", 0.20),
    ];

    public static SampleFile Staffing(IReadOnlyList<FacilityHistory> histories, YearMonth month, int seed)
    {
        var file = new SampleFile($"staffing_{month.Compact}.csv", FileKind.Staffing);
        foreach (var h in histories.OrderBy(h => h.Facility.Code, StringComparer.Ordinal))
        {
            var f = h.Facility;
            if (!f.IsOpenOn(month.Last))
                continue;
            var vacancy = SampleRandom.For(seed, "vacancy", f.Code).Uniform(0.05, 0.15);
            var random = SampleRandom.For(seed, "staffing", f.Code, month);
            foreach (var (category, share) in Shares)
            {
                if (category == "production" && !f.HasProduction)
                    continue;
                var established = Math.Max(1, (int)Math.Round(f.CapacityOn(month.Last) * 0.40 * share));
                var filled = Math.Clamp((int)Math.Round(established * (1 - vacancy + random.Normal(0, 0.02))), 0, established);
                file.Add(f.Code, category, established, filled);
            }
        }
        return file;
    }
}
