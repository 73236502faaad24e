
namespace CorrAnalytics.Reports.Layout;

public sealed record LaidOutPage(int Number, IReadOnlyList<PlacedBlock> Blocks);
