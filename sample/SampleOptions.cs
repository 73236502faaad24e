using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Sample;

public sealed record SampleOptions(string OutDir, YearMonth From, YearMonth To, int Scale = 1, int Seed = 1, double DefectRate = 0)
{
    public void Validate()
    {
        if (To.CompareTo(From) < 0)
            throw new ArgumentException($"--to {To} is before --from {From}.");
        if (From.Year < 2015 || To.Year > 2040)
            throw new ArgumentException("The sample covers 2015-01 to 2040-12: the seeds hold region populations from 2015 and the calendar ends in 2040.");
        if (Scale is < 1 or > 100)
            throw new ArgumentException($"--scale {Scale} is out of range: use 1 to 100.");
        if (DefectRate is < 0 or > 0.05)
            throw new ArgumentException($"--defects {DefectRate} is out of range: use 0 to 0.05 (a larger share makes whole files fail the reject threshold).");
    }
}
