namespace CorrAnalytics.Etl.Sources;

/// <summary>
/// A CSV file checked and written as DuckDB reads it: the temporary copy, its records, the rows
/// refused while reading, and what the batch notes about the file's layout (see <see cref="CsvLayout"/>).
/// </summary>
public sealed record PreparedCsv(string CopyPath, int Records, IReadOnlyList<RowReject> Rejects, IReadOnlyList<string> Notes);
