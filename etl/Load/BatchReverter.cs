using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Sources;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.History;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// <c>corr etl revert</c>: takes a loaded batch's rows out and gives its slice back to the batch it
/// replaced (its archived file loaded again, as a new batch) or leaves the slice empty. The revert is a
/// batch of its own in the log, so the history says what happened. Refused, changing nothing, when the
/// result would be ambiguous: a batch a later file replaced already, one that is not loaded, a register.
/// </summary>
public sealed class BatchReverter(WarehouseSession session, EtlOptions options, ProductClock clock)
{
    public sealed record Outcome(long Reverted, long RevertBatch, string? Restored, EtlRunResult? Reload);

    /// <summary>The latest batch of a file name, or null.</summary>
    public long? LatestOf(string fileName) => session.Scalar<long?>(SqlResources.Sql("revert/latest_of_file"), fileName);

    public Outcome Revert(long batchId)
    {
        var b = session.Query(SqlResources.Sql("revert/batch"), r => new
        {
            File = r.GetString(1), Kind = r.GetString(2), Slice = r.IsDBNull(3) ? null : r.GetString(3), Status = r.GetString(4),
            ReplacedBy = r.IsDBNull(5) ? (long?)null : r.GetInt64(5),
            Previous = r.IsDBNull(6) ? (long?)null : r.GetInt64(6), PreviousFile = r.IsDBNull(7) ? null : r.GetString(7), PreviousArchive = r.IsDBNull(8) ? null : r.GetString(8),
        }, batchId).FirstOrDefault() ?? throw new RevertRefusedException("no_batch", $"there is no batch {batchId}; 'corr etl batches' lists them.", batchId);
        if (b.Status == "replaced")
            throw new RevertRefusedException("replaced", $"batch {batchId} ({b.File}) was replaced by batch {b.ReplacedBy} already: it holds nothing to take out. Revert batch {b.ReplacedBy} to go back.", batchId, b.File, b.ReplacedBy!);
        if (b.Status != "loaded")
            throw new RevertRefusedException("not_loaded", $"batch {batchId} ({b.File}) is {b.Status}, not loaded: it holds no rows to take out.", batchId, b.File, b.Status);
        var kind = Enum.GetValues<FileKind>().Single(k => k.Code() == b.Kind);
        if (kind.IsReference())
            throw new RevertRefusedException("register", $"batch {batchId} is a register snapshot ({b.File}); registers are not reverted: send the right snapshot again, it replaces the register.", batchId, b.File);
        if (b.Previous is not null && (b.PreviousArchive is null || !File.Exists(b.PreviousArchive)))
            throw new RevertRefusedException("not_archived", $"the file batch {b.Previous} loaded ({b.PreviousFile}) is not in the archive any more, so the slice cannot be restored.", b.Previous, b.PreviousFile ?? "");

        var batches = new BatchLog(session, clock);
        var revert = session.InTransaction(() =>
        {
            var id = batches.NextId();
            foreach (var target in Targets(kind))
            {
                new HistoryTables(session, clock).KeepReverted(target, batchId, id);
                session.Execute(SqlResources.Sql("revert/delete_rows", ("target", target)), batchId);
            }
            var now = clock.UtcDateTime;
            batches.Write(id, new BatchFile($"revert of batch {batchId} ({b.File})", FileSettler.NoContent, b.Kind, b.Slice, null, now), "loaded", 0, 0, 0);
            session.Execute(SqlResources.Sql("revert/replaced"), batchId, id);
            return id;
        });

        EtlRunResult? reload = null;
        if (b.PreviousArchive is not null)
        {
            // The earlier file loads again, alone, through a folder of its own (not the inbox, whose
            // other files wait for their run): a new batch, which replaces the revert.
            var folder = Directory.CreateDirectory(Path.Combine(options.DataDir, "tmp", $"revert-{revert}")).FullName;
            try
            {
                File.Copy(b.PreviousArchive, Path.Combine(folder, b.PreviousFile!));
                reload = new EtlRunner(session, options with { Inbox = folder, SettleTime = TimeSpan.Zero, RefreshAfterLoad = true }, clock).Run();
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        else
            new Warehouse.Models.ModelRunner(session).Run();
        return new Outcome(batchId, revert, b.PreviousFile, reload);
    }

    private static IEnumerable<string> Targets(FileKind kind) =>
        kind == FileKind.Production ? ProductionLoader.Targets : [CsvSource.All[kind].Target];
}

/// <summary>A revert that would be ambiguous or impossible, so nothing was changed: <see cref="Reason"/> names which (no_batch, replaced, not_loaded, register, not_archived), <see cref="Args"/> what the sentence names.</summary>
public sealed class RevertRefusedException(string reason, string message, params object[] args) : Exception(message)
{
    public string Reason { get; } = reason;

    public object[] Args { get; } = args;
}
