using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// Loads one file inside the caller's transaction: batch row, raw rows and rejects, then its
/// slice of the core tables — or, over the reject threshold, nothing but the batch and its rejects.
/// The batch row is written inside the transaction, so a process killed mid-load leaves no
/// batch behind and the file, still in the inbox, loads on the next run.
/// </summary>
internal sealed class SliceLoad(WarehouseSession session, BatchLog batches, EtlOptions options, TempFolder temp)
{
    public LoadedFile Load(ReadyFile ready)
    {
        var file = ready.File;
        var batchId = batches.NextId();
        // The staging models read the batch's period from its row; a form's batch is written once, at its end.
        void Finish(string status, long read, long loaded, long rejected, string? error = null)
        {
            if (ready.Csv is not null)
                batches.Finish(batchId, status, read, loaded, rejected, error);
            else
                batches.Write(batchId, ready.Batch, status, read, loaded, rejected, error);
        }
        if (ready.Csv is not null)
            batches.Start(batchId, ready.Batch);
        var counts = ready.Csv is not null
            ? new CsvLoader(session, temp).Stage(file, ready.Csv, batchId)
            : new ProductionLoader(session).Stage(file, ready.Form!, batchId);
        if (counts.OverThreshold(options.RejectThreshold))
        {
            // Refused whole: every row read counts as rejected; etl.rejects names the rows that broke a rule.
            Finish("quarantined", counts.Read, 0, counts.Read, counts.ThresholdMessage(options.RejectThreshold));
            return new LoadedFile(ready, batchId, counts, Refused: true);
        }
        var replaces = batches.SliceLoaded(file.Kind, file.Slice);
        if (ready.Csv is not null)
            new CsvLoader(session, temp).Apply(file, batchId, replaces);
        else
            new ProductionLoader(session).Apply(file, ready.Form!, batchId, replaces);
        if (replaces)
            batches.MarkReplaced(batchId, file.Kind, file.Slice);
        Finish("loaded", counts.Read, counts.Loaded, counts.Rejected);
        return new LoadedFile(ready, batchId, counts, Refused: false);
    }
}
