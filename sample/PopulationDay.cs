
namespace CorrAnalytics.Sample;

public readonly record struct PopulationDay(
    DateOnly Date, int HeldTotal, int Sentenced, int Pretrial, int Women, int Juveniles, int Foreigners);
