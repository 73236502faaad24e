
namespace CorrAnalytics.Reports.Layout;

public sealed record Pagination(IReadOnlyList<LaidOutPage> Pages, double HeaderHeight, double FooterHeight, double BodyHeight);
