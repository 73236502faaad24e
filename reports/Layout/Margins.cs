
namespace CorrAnalytics.Reports.Layout;

public sealed record Margins(double Top, double Right, double Bottom, double Left);
