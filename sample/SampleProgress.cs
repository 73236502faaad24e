
namespace CorrAnalytics.Sample;

/// <summary>Where long work stands: the stage (or file) in hand, how many of how many are done, and the rows loaded so far (a load).</summary>
public sealed record SampleProgress(string Stage, int Done, int Total, long Rows = 0);
