using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Sample;

/// <summary>
/// Simulates each facility day by day: admissions and releases are Poisson draws, and releases
/// lean towards the facility's share of the national trend, so the head count follows the trend
/// while every day's count equals the previous day's plus that day's movements.
/// </summary>
public sealed class PopulationSimulator(int seed, int scale, YearMonth from, YearMonth to)
{
    private const double Pull = 0.03;

    // Outflow kinds and their shares; parole is about a quarter of releases.
    private static readonly string[] Outflows =
        ["transfer_out", "release_end_of_term", "release_parole", "release_other", "release_pardon"];
    private static readonly double[] OutflowWeights = [0.107, 0.545, 0.232, 0.111, 0.005];

    public YearMonth AmnestyMonth { get; } = AmnestyMonthFor(from, to);

    private static YearMonth AmnestyMonthFor(YearMonth from, YearMonth to)
    {
        var independence30 = new YearMonth(2021, 12); // the amnesty for 30 years of independence
        return from.CompareTo(independence30) <= 0 && independence30.CompareTo(to) <= 0
            ? independence30
            : from.AddMonths(from.MonthsUntil(to) * 2 / 5);
    }

    public IReadOnlyList<FacilityHistory> Run(IReadOnlyList<SampleFacility> facilities)
    {
        var start = from.First;
        var end = to.Last;
        var totalWeight = new Dictionary<DateOnly, double>();
        for (var d = start.AddDays(-1); d <= end; d = d.AddDays(1))
            totalWeight[d] = facilities.Where(f => f.IsOpenOn(d)).Sum(f => Weight(f, d));

        var histories = new FacilityHistory[facilities.Count];
        Parallel.For(0, facilities.Count, i => histories[i] = Simulate(facilities[i], totalWeight, start, end));
        return histories;
    }

    private static double Weight(SampleFacility f, DateOnly d) => f.CapacityOn(d) * f.Occupancy;

    private FacilityHistory Simulate(SampleFacility f, Dictionary<DateOnly, double> totalWeight, DateOnly start, DateOnly end)
    {
        var random = SampleRandom.For(seed, "population", f.Code);
        var days = new List<PopulationDay>();
        var movements = new List<MovementCount>();
        double Share(DateOnly d) => f.IsOpenOn(d) ? Weight(f, d) / totalWeight[d] : 0;

        var held = (int)Math.Round(NationalTrend.StockOn(start.AddDays(-1)) * scale * Share(start.AddDays(-1)));
        var counts = new Dictionary<string, int>();
        for (var d = start; d <= end && f.IsOpenOn(d); d = d.AddDays(1))
        {
            counts.Clear();
            var share = Share(d) * scale;
            var target = NationalTrend.StockOn(d) * share;
            var closingTomorrow = !f.IsOpenOn(d.AddDays(1));
            if (closingTomorrow)
            {
                counts["transfer_out"] = held; // everyone is moved before the facility closes
            }
            else
            {
                counts["admission_court"] = random.Poisson(NationalTrend.AdmissionsByCourtPerYear / 365 * share);
                counts["admission_transfer"] = random.Poisson(NationalTrend.AdmissionsByTransferPerYear / 365 * share);
                var outflow = Math.Min(held, random.Poisson(Math.Max(0, NationalTrend.ReleasesAndTransfersPerYear / 365 * share + Pull * (held - target))));
                for (var k = 0; k < outflow; k++)
                {
                    var kind = Outflows[random.Weighted(OutflowWeights)];
                    counts[kind] = counts.GetValueOrDefault(kind) + 1;
                }
                if (YearMonth.Of(d) == AmnestyMonth)
                    counts["release_amnesty"] = Math.Min(held - outflow, random.Poisson(held * 0.03 / YearMonth.Of(d).Days));
            }
            foreach (var (movement, count) in counts.Where(c => c.Value > 0).OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                movements.Add(new MovementCount(d, movement, count));
                held += movement.StartsWith("admission", StringComparison.Ordinal) ? count : -count;
            }
            days.Add(Breakdown(f, random, d, held));
        }
        return new FacilityHistory(f, days, movements);
    }

    private static PopulationDay Breakdown(SampleFacility f, SampleRandom random, DateOnly d, int held)
    {
        int Clamp(double x) => Math.Clamp((int)Math.Round(x), 0, held);
        var pretrial = f.PretrialShare > 0 ? Clamp(held * f.PretrialShare + random.Normal(0, 1)) : 0;
        var women = f.Sex switch { "F" => held, "X" => Clamp(held * 0.07 + random.Normal(0, 0.5)), _ => 0 };
        var juveniles = f.Type == "juvenile" ? held : Math.Min(f.JuvenilesHeld, held);
        var foreigners = Clamp(held * f.ForeignShare + random.Normal(0, 0.5));
        return new PopulationDay(d, held, held - pretrial, pretrial, women, juveniles, foreigners);
    }
}
