
namespace CorrAnalytics.Sample;

public sealed record SampleSummary(int Facilities, int Files, long CsvRows, int Workbooks, int Defects, TimeSpan Elapsed);
