
namespace CorrAnalytics.Etl.Sources;

public sealed record PreparedCsv(string Text, int Records, IReadOnlyList<RowReject> Rejects);
