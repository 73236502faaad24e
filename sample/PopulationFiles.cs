using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Sample;

/// <summary>population_YYYYMM.csv and movements_YYYYMM.csv from the simulated histories.</summary>
public static class PopulationFiles
{
    public static SampleFile Population(IReadOnlyList<FacilityHistory> histories, YearMonth month)
    {
        var file = new SampleFile($"population_{month.Compact}.csv", FileKind.Population);
        foreach (var h in histories.OrderBy(h => h.Facility.Code, StringComparer.Ordinal))
            foreach (var date in month.Dates)
                if (h.On(date) is { } d)
                    file.Add(h.Facility.Code, d.Date, d.HeldTotal, d.Sentenced, d.Pretrial, d.Women, d.Juveniles, d.Foreigners);
        return file;
    }

    public static SampleFile Movements(IReadOnlyList<FacilityHistory> histories, YearMonth month)
    {
        var file = new SampleFile($"movements_{month.Compact}.csv", FileKind.Movements);
        foreach (var h in histories.OrderBy(h => h.Facility.Code, StringComparer.Ordinal))
            foreach (var m in h.Movements.Where(m => YearMonth.Of(m.Date) == month))
                file.Add(h.Facility.Code, m.Date, m.Movement, m.Count);
        return file;
    }
}
