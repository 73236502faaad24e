
namespace CorrAnalytics.Sample;

public sealed record LabourFigures(int AbleBodied, int Employed, int Enbek, int Private, int Household, decimal WageFund, decimal Deductions);
