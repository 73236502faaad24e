using CorrAnalytics.Warehouse.Time;
using DuckDB.NET.Data;

namespace CorrAnalytics.Cli.Bench;

public sealed record BenchOptions(string WorkDir, int Scale, YearMonth From, YearMonth To, ProductClock Clock);
