using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Sources;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.History;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// <c>corr etl revert</c>: takes a loaded batch's rows out and gives its slice back what it held before
/// (the rows of the batch it replaced, from the history tables) or leaves the slice empty, in one
/// transaction: a revert killed at any point leaves the slice reverted or untouched. The revert is a
/// batch of its own in the log, holding the rows it gave back, so the history says what happened.
/// Refused, changing nothing, when the result would be ambiguous: a batch a later file replaced
/// already, one that is not loaded, a register.
/// </summary>
public sealed class BatchReverter(WarehouseSession session, ProductClock clock)
{
    /// <param name="Restored">The file of the batch whose rows the slice holds again; null when it is empty now.</param>
    public sealed record Outcome(long Reverted, long RevertBatch, string? Restored, long? RestoredBatch, long RestoredRows);

    /// <summary>The latest batch of a file name, or null.</summary>
    public long? LatestOf(string fileName) => session.Scalar<long?>(SqlResources.Sql("revert/latest_of_file"), fileName);

    public Outcome Revert(long batchId)
    {
        var b = session.Query(SqlResources.Sql("revert/batch"), r => new
        {
            File = r.GetString(1), Kind = r.GetString(2), Slice = r.IsDBNull(3) ? null : r.GetString(3), Status = r.GetString(4),
            ReplacedBy = r.IsDBNull(5) ? (long?)null : r.GetInt64(5),
            Previous = r.IsDBNull(6) ? (long?)null : r.GetInt64(6), PreviousFile = r.IsDBNull(7) ? null : r.GetString(7),
            PreviousRows = r.IsDBNull(9) ? 0 : r.GetInt64(9), Archive = r.IsDBNull(10) ? null : r.GetString(10),
        }, batchId).FirstOrDefault() ?? throw new RevertRefusedException("no_batch", $"there is no batch {batchId}; 'corr etl batches' lists them.", batchId);
        if (b.Status == "replaced")
            throw new RevertRefusedException("replaced", $"batch {batchId} ({b.File}) was replaced by batch {b.ReplacedBy} already: it holds nothing to take out. Revert batch {b.ReplacedBy} to go back.", batchId, b.File, b.ReplacedBy!);
        if (b.Status != "loaded")
            throw new RevertRefusedException("not_loaded", $"batch {batchId} ({b.File}) is {b.Status}, not loaded: it holds no rows to take out.", batchId, b.File, b.Status);
        var kind = Enum.GetValues<FileKind>().Single(k => k.Code() == b.Kind);
        if (kind.IsReference())
            throw new RevertRefusedException("register", $"batch {batchId} is a register snapshot ({b.File}); registers are not reverted: send the right snapshot again, it replaces the register.", batchId, b.File);
        if (b.Previous is { } previous && !Kept(kind, previous, b.PreviousRows, batchId))
            throw new RevertRefusedException("not_kept", $"the rows batch {previous} ({b.PreviousFile}) held were replaced before this warehouse kept history, so the slice cannot be given back: send {b.PreviousFile} again instead.", previous, b.PreviousFile ?? "");

        var batches = new BatchLog(session, clock);
        var (revert, restored) = session.InTransaction(() =>
        {
            var id = batches.NextId();
            var rows = 0L;
            foreach (var target in Targets(kind))
            {
                new HistoryTables(session, clock).KeepReverted(target, batchId, id);
                session.Execute(SqlResources.Sql("revert/delete_rows", ("target", target)), batchId);
                if (b.Previous is { } earlier)
                    rows += session.Execute(SqlResources.Sql("revert/restore_previous", ("target", target), ("history", HistoryTables.Of(target))), earlier, batchId, id);
            }
            var now = clock.UtcDateTime;
            batches.Write(id, new BatchFile($"revert of batch {batchId} ({b.File})", FileSettler.NoContent, b.Kind, b.Slice, null, now), "loaded", rows, rows, 0);
            session.Execute(SqlResources.Sql("revert/replaced"), batchId, id);
            return (id, rows);
        });
        FileStore.Reverted(b.Archive, batchId, revert, clock.UtcDateTime); // the archive remembers it, for a rebuild
        new Warehouse.Models.ModelRunner(session).Run(); // the marts follow; were this cut short, status says they are behind and the next run refreshes them
        return new Outcome(batchId, revert, b.PreviousFile, b.Previous, restored);
    }

    /// <summary>Whether the history tables hold the rows <paramref name="previous"/> had when <paramref name="replacedBy"/> replaced it (a warehouse from before history did not keep them).</summary>
    private bool Kept(FileKind kind, long previous, long loaded, long replacedBy) =>
        Targets(kind).Sum(t => session.Scalar<long>(SqlResources.Sql("revert/kept_rows", ("history", HistoryTables.Of(t))), previous, replacedBy)) >= loaded;

    private static IEnumerable<string> Targets(FileKind kind) =>
        kind == FileKind.Production ? ProductionLoader.Targets : [CsvSource.All[kind].Target];
}

/// <summary>A revert that would be ambiguous or impossible, so nothing was changed: <see cref="Reason"/> names which (no_batch, replaced, not_loaded, register, not_kept), <see cref="Args"/> what the sentence names.</summary>
public sealed class RevertRefusedException(string reason, string message, params object[] args) : Exception(message)
{
    public string Reason { get; } = reason;

    public object[] Args { get; } = args;
}
