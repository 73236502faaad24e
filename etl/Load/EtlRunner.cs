using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Sources;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Checks;
using CorrAnalytics.Warehouse.Models;

namespace CorrAnalytics.Etl.Load;

public sealed record EtlRunResult(IReadOnlyList<FileOutcome> Files, IReadOnlyList<CheckResult> Checks, IReadOnlyList<string> NotReady)
{
    public int Loaded => Files.Count(f => f.Status == FileStatus.Loaded);
}

/// <summary>
/// <c>corr etl run</c>: every file waiting in the inbox, in load order, each in one transaction:
/// archive → batch → raw → staging (rejects) → core; then the marts and the checks, once.
/// </summary>
public sealed class EtlRunner(WarehouseSession session, EtlOptions options, TimeProvider clock, IProgress<EtlProgress>? progress = null)
{
    private readonly FileStore _store = new(options.DataDir, clock);
    private readonly BatchLog _batches = new(session, clock);
    private HashSet<string>? _products;

    public EtlRunResult Run(CancellationToken cancellationToken = default)
    {
        var scan = new InboxScanner(clock, options.SettleTime).Scan(options.InboxDir);
        var outcomes = new List<FileOutcome>();
        foreach (var (path, reason) in scan.Unmatched)
            outcomes.Add(Refuse(path, reason));

        // Reading workbooks is the slow part: parse them ahead on the other core while this one loads.
        var parsed = new Dictionary<string, Task<(byte[] Bytes, ParsedForm? Form, string? Problem)>>();
        var done = 0;
        foreach (var file in scan.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (file.Kind == FileKind.Production)
                StartParsing(scan.Files, file, parsed);
            outcomes.Add(Process(file, parsed));
            progress?.Report(new EtlProgress(file.Name, ++done, scan.Files.Count));
        }

        IReadOnlyList<CheckResult> checks = [];
        if (options.RefreshAfterLoad && outcomes.Any(o => o.Status == FileStatus.Loaded))
        {
            new ModelRunner(session).Run();
            checks = new CheckRunner(session, clock).Run().Results;
        }
        return new EtlRunResult(outcomes, checks, scan.NotReady);
    }

    private void StartParsing(IReadOnlyList<InboxFile> files, InboxFile current, Dictionary<string, Task<(byte[], ParsedForm?, string?)>> parsed)
    {
        var products = KnownProducts();
        foreach (var next in files.SkipWhile(f => f != current).Where(f => f.Kind == FileKind.Production).Take(8))
            if (!parsed.ContainsKey(next.Path))
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
    }

    private HashSet<string> KnownProducts() =>
        _products ??= session.Query("select product_code from core.dim_product", r => r.GetString(0)).ToHashSet();

    private FileOutcome Process(InboxFile file, Dictionary<string, Task<(byte[] Bytes, ParsedForm? Form, string? Problem)>> parsed)
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
        // The id is drawn inside the load transaction: outside it, drawing one would be a commit of its own.
        long batchId = 0;
        var started = clock.GetUtcNow().UtcDateTime;
        void Record(string status, string? error)
        {
            batchId = _batches.NextId();
            _batches.Record(batchId, file.Name, sha, file.Kind.Code(), file.Slice, archived, started, status, error);
        }
        FileOutcome Outcome(FileStatus status, LoadCounts? counts, string? message) =>
            new(file.Name, file.Kind.Code(), file.Slice, status, batchId, counts?.Read ?? 0, counts?.Loaded ?? 0, counts?.Rejected ?? 0, message);

        if (_batches.LoadedWithSameBytes(sha) is { } earlier)
        {
            Record("duplicate", $"the same bytes were loaded as batch {earlier}");
            File.Delete(file.Path);
            return Outcome(FileStatus.Duplicate, null, $"same bytes as batch {earlier}: nothing to do");
        }

        try
        {
            PreparedCsv? csv = null;
            if (file.Kind == FileKind.Production)
            {
                if (structureProblem is not null)
                    throw new StructureException(structureProblem);
                new ProductionLoader(session).CheckIdentity(file, form!);
            }
            else
            {
                csv = CsvLoader.Prepare(file, bytes);
                if (file.Kind == FileKind.Facilities)
                    CheckSnapshotOrder(file);
            }

            var (counts, refused) = session.InTransaction(() =>
            {
                batchId = _batches.NextId();
                _batches.Start(batchId, file.Name, sha, file.Kind.Code(), file.Slice, archived, started);
                var counts = csv is not null
                    ? new CsvLoader(session).Stage(file, csv, batchId)
                    : new ProductionLoader(session).Stage(file, form!, batchId);
                if (counts.OverThreshold(options.RejectThreshold))
                {
                    // Refused whole: every row read counts as rejected; etl.rejects names the rows that broke a rule.
                    _batches.Finish(batchId, "quarantined", counts.Read, 0, counts.Read, ThresholdMessage(counts));
                    return (counts, true);
                }
                var replaces = _batches.SliceLoaded(file.Kind, file.Slice);
                if (csv is not null)
                    new CsvLoader(session).Apply(file, batchId, replaces);
                else
                    new ProductionLoader(session).Apply(file, form!, batchId, replaces);
                if (replaces)
                    _batches.MarkReplaced(batchId, file.Kind, file.Slice);
                _batches.Finish(batchId, "loaded", counts.Read, counts.Loaded, counts.Rejected);
                return (counts, false);
            });
            if (!refused)
                _batches.Remember(batchId, sha, file.Kind, file.Slice);
            if (file.Kind == FileKind.Products)
                _products = null;
            if (refused)
                _store.Quarantine(bytes, sha, file.Name, ThresholdMessage(counts) + $" (batch {batchId}; see corr etl rejects --batch {batchId})");
            File.Delete(file.Path);
            return refused
                ? Outcome(FileStatus.Quarantined, counts with { Loaded = 0 }, ThresholdMessage(counts))
                : Outcome(FileStatus.Loaded, counts, null);
        }
        catch (StructureException e)
        {
            Record("quarantined", e.Message);
            _store.Quarantine(bytes, sha, file.Name, e.Message);
            File.Delete(file.Path);
            return Outcome(FileStatus.Quarantined, null, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var message = $"{e.GetType().Name}: {e.Message}";
            Record("failed", message);
            _store.Quarantine(bytes, sha, file.Name, "the load failed: " + message);
            File.Delete(file.Path);
            return Outcome(FileStatus.Failed, null, message);
        }
    }

    private string ThresholdMessage(LoadCounts counts) =>
        $"{counts.Rejected} of {counts.Read} rows ({(double)counts.Rejected / counts.Read:P1}) were rejected, more than the {options.RejectThreshold:P0} a file may lose; nothing of it was loaded";

    private void CheckSnapshotOrder(InboxFile file)
    {
        var latest = session.Scalar<string>(EtlSql.Read("latest_snapshot"), file.Kind.Code());
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
        _batches.Record(id, name, sha, "unknown", null, archived, clock.GetUtcNow().UtcDateTime, "quarantined", reason);
        _store.Quarantine(bytes, sha, name, reason);
        File.Delete(path);
        return new FileOutcome(name, "unknown", null, FileStatus.Quarantined, id, 0, 0, 0, reason);
    }
}
