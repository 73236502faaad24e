
namespace CorrAnalytics.Sample;

public readonly record struct MovementCount(DateOnly Date, string Movement, int Count);
