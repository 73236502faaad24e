using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Sources;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Checks;
using CorrAnalytics.Warehouse.Models;

namespace CorrAnalytics.Etl.Load;

public sealed record EtlRunResult(IReadOnlyList<FileOutcome> Files, IReadOnlyList<CheckResult> Checks, IReadOnlyList<string> NotReady)
{
    public int Loaded => Count(FileStatus.Loaded);

    public int Count(FileStatus status) => Files.Count(f => f.Status == status);

    /// <summary>"3 loaded, 0 duplicate, 1 quarantined, 0 failed": what became of the files, for a console or a run log.</summary>
    public string StatusCounts =>
        $"{Count(FileStatus.Loaded)} loaded, {Count(FileStatus.Duplicate)} duplicate, {Count(FileStatus.Quarantined)} quarantined, {Count(FileStatus.Failed)} failed";
}

/// <summary>
/// <c>corr etl run</c>: every file waiting in the inbox, in load order, each in one transaction
/// (consecutive П-1 forms up to 16 to one): archive → batch → raw → staging (rejects) → core; then
/// the marts and the checks, once. A file leaves the inbox only after its transaction commits.
/// </summary>
public sealed class EtlRunner(WarehouseSession session, EtlOptions options, TimeProvider clock, IProgress<EtlProgress>? progress = null)
{
    private const int FormsPerCommit = 16;
    private const int FormsParsedAhead = 8;
    private readonly FileStore _store = new(options.DataDir, clock);
    private readonly BatchLog _batches = new(session, clock);
    private HashSet<string>? _products;
    private FacilityRegister? _register;

    public EtlRunResult Run(CancellationToken cancellationToken = default)
    {
        // DuckDB folds its write-ahead log into the file every 16 MB by default, rewriting the grown
        // tables and their indexes each time: over a national history that is a seventh of the
        // load. The log is folded once, at the end of the run, instead (a killed run replays it).
        session.Execute("set checkpoint_threshold = '1GB'");
        try
        {
            var result = LoadInbox(cancellationToken);
            session.Execute("checkpoint");
            return result;
        }
        finally
        {
            session.Execute("reset checkpoint_threshold");
        }
    }

    private EtlRunResult LoadInbox(CancellationToken cancellationToken)
    {
        var scan = new InboxScanner(clock, options.SettleTime).Scan(options.InboxDir);
        var outcomes = new List<FileOutcome>();
        foreach (var (path, reason) in scan.Unmatched)
            outcomes.Add(Refuse(path, reason));

        // Reading workbooks is the slow part: parse them ahead on the other core while this one loads.
        var parsed = new Dictionary<string, Task<(byte[] Bytes, ParsedForm? Form, string? Problem)>>();
        var upcoming = new Queue<InboxFile>(scan.Files.Where(f => f.Kind == FileKind.Production));
        var forms = new List<ReadyFile>();
        void Report(string name) => progress?.Report(new EtlProgress(name, outcomes.Count - scan.Unmatched.Count, scan.Files.Count));
        void LoadForms()
        {
            if (forms.Count == 0)
                return;
            outcomes.AddRange(LoadTogether(forms));
            Report(forms[^1].File.Name);
            forms.Clear();
        }
        foreach (var file in scan.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (file.Kind == FileKind.Production)
                StartParsing(upcoming, parsed);
            else
                LoadForms(); // files load in order: the forms before a file of another kind
            var (ready, settled) = Prepare(file, parsed);
            if (ready?.Form is not null)
            {
                forms.Add(ready);
                if (forms.Count == FormsPerCommit)
                    LoadForms();
                continue;
            }
            outcomes.Add(settled ?? LoadAlone(ready!));
            Report(file.Name);
        }
        LoadForms();

        IReadOnlyList<CheckResult> checks = [];
        if (options.RefreshAfterLoad && outcomes.Any(o => o.Status == FileStatus.Loaded))
        {
            new ModelRunner(session).Run();
            checks = new CheckRunner(session, clock).Run().Results;
        }
        return new EtlRunResult(outcomes, checks, scan.NotReady);
    }

    /// <summary>Keeps up to <see cref="FormsParsedAhead"/> forms being read ahead, in load order.</summary>
    private void StartParsing(Queue<InboxFile> upcoming, Dictionary<string, Task<(byte[], ParsedForm?, string?)>> parsed)
    {
        var products = KnownProducts();
        while (parsed.Count < FormsParsedAhead && upcoming.TryDequeue(out var next))
            parsed[next.Path] = Task.Run(() => ParseForm(next, products));
    }

    private static (byte[], ParsedForm?, string?) ParseForm(InboxFile file, IReadOnlySet<string> products)
    {
        var bytes = File.ReadAllBytes(file.Path);
        try
        {
            return (bytes, ProductionFormReader.Read(bytes, products), null);
        }
        catch (StructureException e)
        {
            return (bytes, null, e.Message);
        }
        catch (Exception e)
        {
            return (bytes, null, $"the workbook could not be read ({e.GetType().Name}: {e.Message.Split('\n')[0]})");
        }
    }

    private HashSet<string> KnownProducts() =>
        _products ??= session.Query("select product_code from core.dim_product", r => r.GetString(0)).ToHashSet();

    /// <summary>A file read, archived and checked, ready to load in a transaction.</summary>
    private sealed record ReadyFile(InboxFile File, byte[] Bytes, string Sha, string? Archived, DateTime Started, PreparedCsv? Csv, ParsedForm? Form)
    {
        public BatchFile Batch => new(File.Name, Sha, File.Kind.Code(), File.Slice, Archived, Started);
    }

    private sealed record Loaded(ReadyFile Ready, long BatchId, LoadCounts Counts, bool Refused);

    /// <summary>Reads, archives and checks a file: either ready to load, or already settled (duplicate, refused, failed).</summary>
    private (ReadyFile? Ready, FileOutcome? Settled) Prepare(InboxFile file, Dictionary<string, Task<(byte[] Bytes, ParsedForm? Form, string? Problem)>> parsed)
    {
        byte[] bytes;
        ParsedForm? form = null;
        string? structureProblem = null;
        if (parsed.Remove(file.Path, out var task))
            (bytes, form, structureProblem) = task.GetAwaiter().GetResult();
        else
            bytes = File.ReadAllBytes(file.Path);

        var sha = FileStore.Sha256(bytes);
        var archived = _store.Archive(bytes, sha, file.Name);
        var ready = new ReadyFile(file, bytes, sha, archived, clock.GetUtcNow().UtcDateTime, null, form);
        if (_batches.LoadedWithSameBytes(sha) is { } earlier)
        {
            var id = Record(ready, "duplicate", $"the same bytes were loaded as batch {earlier}");
            File.Delete(file.Path);
            return (null, Outcome(ready, FileStatus.Duplicate, id, null, $"same bytes as batch {earlier}: nothing to do"));
        }
        try
        {
            if (file.Kind == FileKind.Production)
            {
                if (structureProblem is not null)
                    throw new StructureException(structureProblem);
                ProductionLoader.CheckIdentity(file, form!, _register ??= new FacilityRegister(session));
                return (ready, null);
            }
            var csv = CsvLoader.Prepare(file, bytes);
            if (file.Kind == FileKind.Facilities)
                CheckSnapshotOrder(file);
            return (ready with { Csv = csv }, null);
        }
        catch (StructureException e)
        {
            return (null, Quarantined(ready, e.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, Failed(ready, e));
        }
    }

    /// <summary>
    /// Loads one file inside the caller's transaction: batch row, raw rows and rejects, then its
    /// slice of the core tables — or, over the reject threshold, nothing but the batch and its rejects.
    /// The batch row is written inside the transaction, so a process killed mid-load leaves no
    /// batch behind and the file, still in the inbox, loads on the next run.
    /// </summary>
    private Loaded Load(ReadyFile ready)
    {
        var file = ready.File;
        var batchId = _batches.NextId();
        // The staging models read the batch's period from its row; a form's batch is written once, at its end.
        void Finish(string status, long read, long loaded, long rejected, string? error = null)
        {
            if (ready.Csv is not null)
                _batches.Finish(batchId, status, read, loaded, rejected, error);
            else
                _batches.Write(batchId, ready.Batch, status, read, loaded, rejected, error);
        }
        if (ready.Csv is not null)
            _batches.Start(batchId, ready.Batch);
        var counts = ready.Csv is not null
            ? new CsvLoader(session).Stage(file, ready.Csv, batchId)
            : new ProductionLoader(session).Stage(file, ready.Form!, batchId);
        if (counts.OverThreshold(options.RejectThreshold))
        {
            // Refused whole: every row read counts as rejected; etl.rejects names the rows that broke a rule.
            Finish("quarantined", counts.Read, 0, counts.Read, ThresholdMessage(counts));
            return new Loaded(ready, batchId, counts, Refused: true);
        }
        var replaces = _batches.SliceLoaded(file.Kind, file.Slice);
        if (ready.Csv is not null)
            new CsvLoader(session).Apply(file, batchId, replaces);
        else
            new ProductionLoader(session).Apply(file, ready.Form!, batchId, replaces);
        if (replaces)
            _batches.MarkReplaced(batchId, file.Kind, file.Slice);
        Finish("loaded", counts.Read, counts.Loaded, counts.Rejected);
        return new Loaded(ready, batchId, counts, Refused: false);
    }

    /// <summary>After the commit: the batch index, the quarantine copy of a refused file, the inbox.</summary>
    private FileOutcome Settle(Loaded loaded)
    {
        var (ready, batchId, counts, refused) = loaded;
        var file = ready.File;
        if (!refused)
            _batches.Remember(batchId, ready.Sha, file.Kind, file.Slice);
        if (file.Kind == FileKind.Products)
            _products = null;
        if (file.Kind == FileKind.Facilities)
            _register = null;
        if (refused)
            _store.Quarantine(ready.Bytes, ready.Sha, file.Name, ThresholdMessage(counts) + $" (batch {batchId}; see corr etl rejects --batch {batchId})");
        File.Delete(file.Path);
        return refused
            ? Outcome(ready, FileStatus.Quarantined, batchId, counts with { Loaded = 0 }, ThresholdMessage(counts))
            : Outcome(ready, FileStatus.Loaded, batchId, counts, null);
    }

    /// <summary>One file in its own transaction.</summary>
    private FileOutcome LoadAlone(ReadyFile ready)
    {
        try
        {
            return Settle(session.InTransaction(() => Load(ready)));
        }
        catch (StructureException e)
        {
            return Quarantined(ready, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(ready, e);
        }
    }

    /// <summary>
    /// Several П-1 forms in one transaction: a commit costs about as much as loading a form. If any
    /// of them fails, the whole transaction is rolled back and each is loaded alone, so one bad
    /// form never takes the others with it.
    /// </summary>
    private IEnumerable<FileOutcome> LoadTogether(IReadOnlyList<ReadyFile> group)
    {
        if (group.Count == 1)
            return [LoadAlone(group[0])];
        List<Loaded> loaded;
        try
        {
            loaded = session.InTransaction(() => group.Select(Load).ToList());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return group.Select(LoadAlone).ToList();
        }
        return loaded.Select(Settle).ToList();
    }

    private long Record(ReadyFile ready, string status, string? error)
    {
        var id = _batches.NextId();
        _batches.Write(id, ready.Batch, status, 0, 0, 0, error);
        return id;
    }

    private FileOutcome Quarantined(ReadyFile ready, string reason)
    {
        var id = Record(ready, "quarantined", reason);
        _store.Quarantine(ready.Bytes, ready.Sha, ready.File.Name, reason);
        File.Delete(ready.File.Path);
        return Outcome(ready, FileStatus.Quarantined, id, null, reason);
    }

    private FileOutcome Failed(ReadyFile ready, Exception e)
    {
        var message = $"{e.GetType().Name}: {e.Message}";
        var id = Record(ready, "failed", message);
        _store.Quarantine(ready.Bytes, ready.Sha, ready.File.Name, "the load failed: " + message);
        File.Delete(ready.File.Path);
        return Outcome(ready, FileStatus.Failed, id, null, message);
    }

    private static FileOutcome Outcome(ReadyFile ready, FileStatus status, long batchId, LoadCounts? counts, string? message) =>
        new(ready.File.Name, ready.File.Kind.Code(), ready.File.Slice, status, batchId, counts?.Read ?? 0, counts?.Loaded ?? 0, counts?.Rejected ?? 0, message);

    private string ThresholdMessage(LoadCounts counts) =>
        $"{counts.Rejected} of {counts.Read} rows ({(double)counts.Rejected / counts.Read:P1}) were rejected, more than the {options.RejectThreshold:P0} a file may lose; nothing of it was loaded";

    private void CheckSnapshotOrder(InboxFile file)
    {
        var latest = session.Scalar<string>(SqlResources.Sql("load/latest_snapshot"), file.Kind.Code());
        if (latest is not null && string.CompareOrdinal(file.Slice, latest) < 0)
            throw new StructureException(
                $"this register snapshot ({file.Slice}) is older than the one already loaded ({latest}); snapshots must arrive in date order");
    }

    /// <summary>A file whose name matches no pattern: archived, recorded, and quarantined with the reason.</summary>
    private FileOutcome Refuse(string path, string reason)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileOutcome(name, "unknown", null, FileStatus.Failed, null, 0, 0, 0, $"cannot read the file: {e.Message}");
        }
        var sha = FileStore.Sha256(bytes);
        var archived = _store.Archive(bytes, sha, name);
        var id = _batches.NextId();
        _batches.Write(id, new BatchFile(name, sha, "unknown", null, archived, clock.GetUtcNow().UtcDateTime), "quarantined", 0, 0, 0, reason);
        _store.Quarantine(bytes, sha, name, reason);
        File.Delete(path);
        return new FileOutcome(name, "unknown", null, FileStatus.Quarantined, id, 0, 0, 0, reason);
    }
}
