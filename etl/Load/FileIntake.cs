using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Sources;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// A file's way in: read, hash, archive, then either a duplicate of loaded bytes (settled at once),
/// a structure that cannot load (quarantined), or a file ready to load in a transaction.
/// </summary>
internal sealed class FileIntake(WarehouseSession session, FileStore store, BatchLog batches, RegisterCache registers, FileSettler settler, ProductClock clock, TempFolder temp)
{
    /// <summary>
    /// The file's intake (archive, duplicate, identity). A file loaded again from the archive
    /// (<paramref name="fromArchive"/>) is not a duplicate of the batch it comes back to replace.
    /// </summary>
    public (ReadyFile? Ready, FileOutcome? Settled) Take(InboxFile file, FormReadAhead forms, bool fromArchive = false)
    {
        ReadForm? read;
        byte[] bytes;
        try
        {
            read = forms.Take(file);
            bytes = read?.Bytes ?? File.ReadAllBytes(file.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file vanished or cannot be read: it is refused alone and the run goes on.
            return (null, File.Exists(file.Path)
                ? settler.Unopened(file.Path, file.Kind.Code(), $"the file cannot be read: {e.Message}", FileStatus.Failed)
                : new FileOutcome(file.Name, file.Kind.Code(), file.Slice, FileStatus.Failed, null, 0, 0, 0, $"the file disappeared before it was read: {e.Message}"));
        }
        var sha = FileStore.Sha256(bytes);
        var archived = store.Archive(bytes, sha, file.Name, file.Kind.Code(), file.Slice);
        var ready = new ReadyFile(file, bytes, sha, archived, clock.UtcDateTime, null, read?.Form);
        if (!fromArchive && (SettleIfDuplicate(ready) ?? SettleIfOlderRevision(ready)) is { } settled)
            return (null, settled);
        try
        {
            if (file.NotYetDue(clock.Today) is { } notYet)
                throw new StructureException(notYet);
            if (file.Kind == FileKind.Production)
            {
                if (read?.Problem is { } problem)
                    throw new StructureException(problem);
                ProductionLoader.CheckIdentity(file, ready.Form!, registers.Facilities);
                return (ready, null);
            }
            var csv = CsvLoader.Prepare(file, bytes, temp);
            try
            {
                if (file.Kind == FileKind.Facilities)
                    CheckSnapshotOrder(file);
            }
            catch
            {
                File.Delete(csv.CopyPath);
                throw;
            }
            return (ready with { Csv = csv }, null);
        }
        catch (StructureException e)
        {
            return (null, settler.Quarantined(ready, e.Message));
        }
    }

    /// <summary>Settles a file whose bytes are what its kind and slice hold now as a duplicate (its prepared copy removed).</summary>
    public FileOutcome? SettleIfDuplicate(ReadyFile ready)
    {
        if (batches.LoadedWithSameBytes(ready.Sha, ready.File.Kind, ready.File.Slice) is not { } earlier)
            return null;
        if (ready.Csv is not null)
            File.Delete(ready.Csv.CopyPath);
        return settler.Duplicate(ready, earlier);
    }

    /// <summary>
    /// A plan revision older than the one the year holds (budget_plan_2024.csv after _r1 was loaded) does
    /// not load over it: its bytes loaded before are a duplicate (an accounting folder copied again, or
    /// a run stopped before it took the files out); other bytes are quarantined with the way to send
    /// them. Going back to the earlier plan is <c>corr etl revert</c> of the later one.
    /// </summary>
    private FileOutcome? SettleIfOlderRevision(ReadyFile ready)
    {
        var file = ready.File;
        if (file.Kind != FileKind.BudgetPlan || batches.Loaded(file.Kind, file.Slice) is not { } loaded
            || InboxFile.Classify(loaded.FileName).File is not { } holding || file.Revision >= holding.Revision)
            return null;
        var since = $", which revision {holding.Revision} ({loaded.FileName}, batch {loaded.Id}) replaced";
        if (batches.EverLoadedWithSameBytes(ready.Sha, file.Kind, file.Slice) is { } earlier)
            return settler.Duplicate(ready, earlier, since);
        return settler.Quarantined(ready,
            $"revision {file.Revision} of the {file.Slice} plan arrived after revision {holding.Revision} ({loaded.FileName}, batch {loaded.Id}) was loaded; " +
            $"a revision replaces only an earlier one: send it as budget_plan_{file.Slice}_r{holding.Revision + 1}.csv to make it the plan");
    }

    private void CheckSnapshotOrder(InboxFile file)
    {
        var latest = session.Scalar<string>(SqlResources.Sql("load/latest_snapshot"), file.Kind.Code());
        if (latest is not null && string.CompareOrdinal(file.Slice, latest) < 0)
            throw new StructureException(
                $"this register snapshot ({file.Slice}) is older than the one already loaded ({latest}); snapshots must arrive in date order");
    }
}
