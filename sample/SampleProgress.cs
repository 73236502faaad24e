
namespace CorrAnalytics.Sample;

public sealed record SampleProgress(string Stage, int Done, int Total);
