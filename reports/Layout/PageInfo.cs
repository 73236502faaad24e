
namespace CorrAnalytics.Reports.Layout;

public sealed record PageInfo(int Number, int Total);
