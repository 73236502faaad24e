using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Checks;
using CorrAnalytics.Warehouse.Models;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// The load service (<c>corr etl run</c>, the ingest job): every file waiting in the inbox, in load
/// order, each in one transaction (consecutive П-1 forms up to 16 to one): intake (archive,
/// duplicate) → batch → raw → staging (rejects) → core; then the marts and the checks, once. A file
/// leaves the inbox only after its transaction commits.
/// </summary>
public sealed class EtlRunner
{
    private const int FormsPerCommit = 16;
    private readonly WarehouseSession _session;
    private readonly EtlOptions _options;
    private readonly TimeProvider _clock;
    private readonly IProgress<EtlProgress>? _progress;
    private readonly RegisterCache _registers;
    private readonly FileSettler _settler;
    private readonly FileIntake _intake;
    private readonly SliceLoad _slices;
    private readonly TempFolder _temp;

    public EtlRunner(WarehouseSession session, EtlOptions options, TimeProvider clock, IProgress<EtlProgress>? progress = null)
    {
        (_session, _options, _clock, _progress) = (session, options, clock, progress);
        var store = new FileStore(options.DataDir, clock);
        var batches = new BatchLog(session, clock);
        _registers = new RegisterCache(session);
        _settler = new FileSettler(store, batches, _registers, options, clock);
        _intake = new FileIntake(session, store, batches, _registers, _settler, clock, options.TimeZone);
        _temp = new TempFolder(options.DataDir);
        _slices = new SliceLoad(session, batches, options, _temp);
    }

    public EtlRunResult Run(CancellationToken cancellationToken = default)
    {
        // DuckDB folds its write-ahead log into the file every 16 MB by default, rewriting the grown
        // tables and their indexes each time: over a national history that is a seventh of the
        // load. The log is folded once, at the end of the run, instead (a killed run replays it).
        _session.Execute("set checkpoint_threshold = '1GB'");
        try
        {
            var result = LoadInbox(cancellationToken);
            _session.Execute("checkpoint");
            return result;
        }
        finally
        {
            _session.Execute("reset checkpoint_threshold");
        }
    }

    private EtlRunResult LoadInbox(CancellationToken cancellationToken)
    {
        _temp.Prepare();
        var scan = new InboxScanner(_clock, _options.SettleTime, _options.MaxFileBytes).Scan(_options.InboxDir);
        var outcomes = scan.Refused.Select(r => _settler.Unopened(r.Path, r.Kind, r.Reason))
            .Concat(scan.Unmatched.Select(u => _settler.Unmatched(u.Path, u.Reason))).ToList();
        var readAhead = new FormReadAhead(scan.Files.Where(f => f.Kind == FileKind.Production), _registers);
        var forms = new List<ReadyFile>();
        var unloadable = outcomes.Count;
        void Report(string name) => _progress?.Report(new EtlProgress(name, outcomes.Count - unloadable, scan.Files.Count));
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
                readAhead.Continue();
            else
                LoadForms(); // files load in order: the forms before a file of another kind
            var (ready, settled) = Intake(file, readAhead);
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
        if (_options.RefreshAfterLoad && outcomes.Any(o => o.Status == FileStatus.Loaded))
        {
            new ModelRunner(_session).Run();
            checks = new CheckRunner(_session, _clock).Run().Results;
        }
        return new EtlRunResult(outcomes, checks, scan.NotReady);
    }

    /// <summary>
    /// One step of a file's way. A file fault (<see cref="Sources.StructureException"/>, the file's
    /// own content) is the caller's to handle; any other failure is a system fault and stops the run.
    /// </summary>
    private static T StopOnSystemFault<T>(string fileName, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is not OperationCanceledException and not Sources.StructureException)
        {
            throw new LoadStoppedException(fileName, e);
        }
    }

    /// <summary>A file's intake (archive, duplicate, identity); the archive or quarantine failing stops the run.</summary>
    private (ReadyFile? Ready, FileOutcome? Settled) Intake(InboxFile file, FormReadAhead readAhead) =>
        StopOnSystemFault(file.Name, () => _intake.Take(file, readAhead));

    /// <summary>One file in its own transaction: a file fault refuses it alone; a system fault rolls back and stops the run.</summary>
    private FileOutcome LoadAlone(ReadyFile ready)
    {
        LoadedFile loaded;
        try
        {
            loaded = StopOnSystemFault(ready.File.Name, () => _session.InTransaction(() => _slices.Load(ready)));
        }
        catch (Sources.StructureException e)
        {
            return _settler.Quarantined(ready, e.Message);
        }
        return Settle(loaded);
    }

    /// <summary>After the commit: a failure to move the file on (the quarantine cannot be written) stops the run; the file stays in the inbox.</summary>
    private FileOutcome Settle(LoadedFile loaded) =>
        StopOnSystemFault(loaded.Ready.File.Name, () => _settler.Committed(loaded));

    /// <summary>
    /// Several П-1 forms in one transaction: a commit costs about as much as loading a form. If any
    /// of them fails, the whole transaction is rolled back and each is loaded alone, so the forms
    /// before the failing one are kept and the failure is told apart (a file fault refuses that form;
    /// a system fault stops the run there).
    /// </summary>
    private IEnumerable<FileOutcome> LoadTogether(IReadOnlyList<ReadyFile> group)
    {
        if (group.Count == 1)
            return [LoadAlone(group[0])];
        List<LoadedFile> loaded;
        try
        {
            loaded = _session.InTransaction(() => group.Select(_slices.Load).ToList());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return group.Select(LoadAlone).ToList();
        }
        return loaded.Select(Settle).ToList();
    }
}
