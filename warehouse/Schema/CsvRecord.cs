namespace CorrAnalytics.Warehouse.Schema;

/// <summary>A CSV record: its first line, its raw text, its fields, whether a line break ended it, whether a quote was left open.</summary>
public sealed record CsvRecord(int Line, string Raw, List<string> Fields, bool EndsWithNewline, bool OpenQuote);
