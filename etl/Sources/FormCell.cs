using System.IO.Compression;

namespace CorrAnalytics.Etl.Sources;

public sealed record FormCell(string Cell, string Section, int? RowKey, string Field, string? Value);
