
namespace CorrAnalytics.Sample;

public readonly record struct PlanLine(string Facility, string Programme, string Subprogramme, int Specific, string Source, int Month, long Tiyn);
