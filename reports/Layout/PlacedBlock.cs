
namespace CorrAnalytics.Reports.Layout;

public sealed record PlacedBlock(Block Block, double Top);
