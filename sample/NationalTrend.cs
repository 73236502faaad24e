namespace CorrAnalytics.Sample;

/// <summary>
/// The national prison population the sample follows at scale 1: the fall after the 2014–2017
/// humanisation of criminal law to about 31,000 in 2018, then a rise to about 37,000 in 2024.
/// </summary>
public static class NationalTrend
{
    private static readonly (DateOnly Date, double Stock)[] Anchors =
    [
        (new(2015, 1, 1), 36_000), (new(2016, 1, 1), 34_000), (new(2017, 1, 1), 32_500),
        (new(2018, 1, 1), 31_000), (new(2019, 1, 1), 31_400), (new(2020, 1, 1), 32_200),
        (new(2021, 1, 1), 33_100), (new(2022, 1, 1), 33_400), (new(2023, 1, 1), 35_000),
        (new(2024, 1, 1), 36_400), (new(2024, 12, 31), 37_100), (new(2026, 1, 1), 37_800),
        (new(2027, 1, 1), 38_300), (new(2030, 1, 1), 39_500),
    ];

    public const double AdmissionsByCourtPerYear = 13_500;
    public const double AdmissionsByTransferPerYear = 1_500;
    public const double ReleasesAndTransfersPerYear = 14_000;

    public static double StockOn(DateOnly date)
    {
        if (date <= Anchors[0].Date) return Anchors[0].Stock;
        for (var i = 1; i < Anchors.Length; i++)
        {
            if (date > Anchors[i].Date) continue;
            var (d0, s0) = Anchors[i - 1];
            var (d1, s1) = Anchors[i];
            return s0 + (s1 - s0) * (date.DayNumber - d0.DayNumber) / (d1.DayNumber - d0.DayNumber);
        }
        return Anchors[^1].Stock;
    }
}
