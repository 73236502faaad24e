
namespace CorrAnalytics.Sample;

public sealed record ProductLine(
    string Code, string Name, string Unit, decimal PlanQty, decimal PlanValue, decimal OutputQty, decimal OutputValue,
    decimal SoldQty, decimal SoldValue, decimal InternalValue);
