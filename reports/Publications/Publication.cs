using CorrAnalytics.Reports.Common;

namespace CorrAnalytics.Reports.Publications;

/// <summary>
/// A report as published: its files, the record in etl.publications (null when the warehouse was
/// opened read-only and nothing could be recorded), the data version it was rendered from (and the one asked for with --as-of), and
/// whether an earlier publication of the same report and data version already stood for it (and which of its files, if any, did not come out byte-identical).
/// </summary>
public sealed record Publication(ReportOutput Output, long? Id, long DataVersion, DateTime GeneratedAt, bool Repeated, long? AsOf, IReadOnlyList<string> Differing);
