namespace CorrAnalytics.Etl.Sources;

/// <summary>A CSV file checked and written as DuckDB reads it: the temporary copy, its records and the rows refused while reading.</summary>
public sealed record PreparedCsv(string CopyPath, int Records, IReadOnlyList<RowReject> Rejects);
