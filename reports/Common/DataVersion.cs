namespace CorrAnalytics.Reports.Common;

/// <summary>The data a report rests on: the latest loaded batch and when, the batches of its period, its population rows.</summary>
public sealed record DataVersion(long? LastBatch, DateTime? LoadedAt, IReadOnlyList<long> BatchesUsed, long PopulationRows)
{
    /// <summary>The latest loaded batch, its load time, and the batches the month beginning <paramref name="month"/> rests on.</summary>
    public static DataVersion Read(Warehouse.Access.WarehouseSession session, DateTime month)
    {
        var row = Warehouse.Queries.ReportQueries.Single<Warehouse.Queries.Common.DataVersionRow>(session, month);
        var batches = (row.BatchesUsed ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToList();
        return new DataVersion(row.LastBatch, row.LoadedAt, batches, row.PopulationRows ?? 0);
    }
}
