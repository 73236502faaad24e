
namespace CorrAnalytics.Sample;

public sealed record FacilityHistory(SampleFacility Facility, List<PopulationDay> Days, List<MovementCount> Movements)
{
    /// <summary>The day's figures, or null when the facility did not report that day (closed).</summary>
    public PopulationDay? On(DateOnly date)
    {
        if (Days.Count == 0) return null;
        var i = date.DayNumber - Days[0].Date.DayNumber;
        return i >= 0 && i < Days.Count ? Days[i] : null;
    }
}
