using CorrAnalytics.Warehouse.Time;
using System.Diagnostics;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Checks;
using CorrAnalytics.Warehouse.Models;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// The load service (<c>corr etl run</c>, the ingest job): every file waiting in the inbox, in load
/// order (registers first, one by one; then each kind's periods in order), in groups of one kind,
/// each group in one transaction, set-based (<see cref="GroupLoad"/>): intake (archive,
/// duplicate, check) → batches → raw → staging (rejects) → core; then the marts and the checks,
/// once. A file leaves the inbox only after its group's transaction commits.
/// </summary>
public sealed class EtlRunner
{
    private readonly WarehouseSession _session;
    private readonly EtlOptions _options;
    private readonly ProductClock _clock;
    private readonly IProgress<EtlProgress>? _progress;
    private readonly RegisterCache _registers;
    private readonly FileSettler _settler;
    private readonly FileIntake _intake;
    private readonly GroupLoad _groups;
    private readonly TempFolder _temp;
    private readonly SystemFaults _faults;
    private readonly Dictionary<FileKind, KindLoadTime> _times = [];

    public EtlRunner(WarehouseSession session, EtlOptions options, ProductClock clock, IProgress<EtlProgress>? progress = null)
    {
        (_session, _options, _clock, _progress) = (session, options, clock, progress);
        var store = new FileStore(options.DataDir, clock);
        var batches = new BatchLog(session, clock);
        _registers = new RegisterCache(session);
        _settler = new FileSettler(store, batches, _registers, options, clock);
        _temp = new TempFolder(options.DataDir);
        _faults = SystemFaults.Open(options.DataDir);
        _intake = new FileIntake(session, store, batches, _registers, _settler, clock, _temp);
        _groups = new GroupLoad(session, batches, options, clock);
    }

    public EtlRunResult Run(CancellationToken cancellationToken = default)
    {
        // DuckDB folds its write-ahead log into the file every 16 MB by default, rewriting the grown
        // tables and their indexes each time: over a national history that was a seventh of the load.
        // It is folded every 128 MB instead, and once at the end of the run (a killed run replays it).
        // DuckDB would also take up to 80 % of the machine: the load's data and indexes wait in memory
        // for the checkpoint. Under the limit the data goes to temporary files, and the checkpoints
        // let the indexes go, so the process stays about the same size whatever the backlog (README,
        // Performance: a national history at scale 10 loads in 0.99 GB, where it took 3.7 GB).
        _session.Execute(SqlResources.Sql("load/settings",
            ("memory_megabytes", _options.MemoryLimitMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        try
        {
            var result = LoadInbox(cancellationToken);
            _session.Execute("checkpoint");
            return result;
        }
        finally
        {
            _session.Execute(SqlResources.Sql("load/settings_reset"));
        }
    }

    private EtlRunResult LoadInbox(CancellationToken cancellationToken)
    {
        _temp.Prepare();
        var scan = Scan(cancellationToken);
        var outcomes = scan.Refused.Select(r => _settler.Unopened(r.Path, r.Kind, r.Reason))
            .Concat(scan.Unmatched.Select(u => _settler.Unmatched(u.Path, u.Reason))).ToList();
        var stopped = LoadFiles(scan.Files, outcomes, fromArchive: false, cancellationToken);
        if (!stopped)
            stopped = LoadReopened(outcomes, cancellationToken);

        IReadOnlyList<CheckResult> checks = [];
        if (_options.RefreshAfterLoad && outcomes.Any(o => o.Status == FileStatus.Loaded))
        {
            new ModelRunner(_session).Run();
            checks = new CheckRunner(_session, _clock).Run().Results;
        }
        return new EtlRunResult(outcomes, checks, scan.NotReady) { Times = _times.Values.ToList(), Stopped = stopped };
    }

    /// <summary>
    /// The inbox's finished files. With <see cref="EtlOptions.WaitToSettle"/>, files still settling are
    /// waited for (a file that keeps changing for three settle windows is left, and said, for a later run).
    /// </summary>
    private InboxScan Scan(CancellationToken cancellationToken)
    {
        var watch = _options.Inbox is null ? InboxWatch.Open(_options.DataDir) : InboxWatch.InMemory();
        var scanner = new InboxScanner(_clock, _options.SettleTime, watch, _options.MaxFileBytes);
        var scan = scanner.Scan(_options.InboxDir);
        var waited = TimeSpan.Zero;
        while (_options.WaitToSettle && !cancellationToken.IsCancellationRequested
               && scan.NotReady.Where(w => w.Due is not null).Select(w => w.Due!.Value).DefaultIfEmpty(TimeSpan.Zero).Max() is { } due
               && due > TimeSpan.Zero && waited < 3 * _options.SettleTime)
        {
            var pause = due < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : due;
            _progress?.Report(new EtlProgress($"waiting {pause.TotalSeconds:0} s for {scan.NotReady.Count(w => w.Due is not null)} file(s) to settle", 0, 0, 0));
            try
            {
                Task.Delay(pause, _clock, cancellationToken).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                break;
            }
            waited += pause;
            scan = scanner.Scan(_options.InboxDir);
        }
        return scan;
    }

    /// <summary>
    /// Once the inbox is in: the files whose rows were refused because their facility was not open,
    /// and which the register now opens on those days, load again from the archive (<see cref="ReopenedFiles"/>).
    /// </summary>
    private bool LoadReopened(List<FileOutcome> outcomes, CancellationToken cancellationToken)
    {
        var reopened = new ReopenedFiles(_session, _temp);
        var found = StopOnSystemFault("the archive", reopened.Find);
        if (found.Count == 0)
            return false;
        try
        {
            var (files, missing) = StopOnSystemFault("the archive", () => reopened.Stage(found));
            outcomes.AddRange(missing.Select(m => new FileOutcome(m.FileName, "unknown", null, FileStatus.Failed, m.BatchId, 0, 0, 0,
                $"the register now opens {m.Facilities} on the days of rows batch {m.BatchId} refused, but its file is not in the archive ({m.ArchivePath}): send it again")));
            var first = outcomes.Count;
            var stopped = LoadFiles(files.Select(f => f.File).ToList(), outcomes, fromArchive: true, cancellationToken);
            var earlier = files.ToDictionary(f => f.File.Name, f => f.Earlier);
            for (var i = first; i < outcomes.Count; i++)
                if (earlier.TryGetValue(outcomes[i].FileName, out var e))
                    outcomes[i] = outcomes[i] with
                    {
                        Message = $"loaded again from the archive: the register now opens {e.Facilities} on the days of the rows batch {e.BatchId} refused"
                            + (outcomes[i].Message is { } m ? $"; {m}" : ""),
                    };
            return stopped;
        }
        finally
        {
            reopened.Clear();
        }
    }

    /// <summary>Loads files in load order, in groups; returns whether it was asked to stop before the end.</summary>
    private bool LoadFiles(IReadOnlyList<InboxFile> files, List<FileOutcome> outcomes, bool fromArchive, CancellationToken cancellationToken)
    {
        var readAhead = new FormReadAhead(files.Where(f => f.Kind == FileKind.Production), _registers);
        var group = new LoadGroup();
        var unloadable = outcomes.Count;
        void Report(string name) => _progress?.Report(new EtlProgress(name, outcomes.Count - unloadable, files.Count, outcomes.Sum(o => o.Loaded)));
        void Flush()
        {
            if (group.Files.Count == 0)
                return;
            outcomes.AddRange(Load(group.Files));
            Report(group.Files[^1].File.Name);
            group.Clear();
        }
        var stopped = false;
        foreach (var file in files)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                stopped = true; // asked to stop (Ctrl+C): the group gathered so far loads, the rest waits in the inbox
                break;
            }
            if (!group.Takes(file))
                Flush(); // a file that cannot join the group waits for its commit
            if (!file.Kind.IsReference())
                readAhead.Continue(); // the registers are in: forms can be read while the other kinds load
            var clock = Stopwatch.StartNew();
            var (ready, settled) = StopOnSystemFault(file.Name, () => _intake.Take(file, readAhead, fromArchive));
            Time(file.Kind).Read += clock.Elapsed;
            if (ready is not null && group.HoldsSameBytes(ready))
            {
                // The same bytes as the slice's file in the group: once that loads, this one is its duplicate.
                Flush();
                settled = StopOnSystemFault(file.Name, () => _intake.SettleIfDuplicate(ready));
                ready = settled is null ? ready : null;
            }
            if (ready is not null)
                group.Add(ready);
            else
            {
                outcomes.Add(settled!);
                Report(file.Name);
            }
        }
        Flush();
        return stopped;
    }

    private KindLoadTime Time(FileKind kind) =>
        _times.TryGetValue(kind, out var time) ? time : _times[kind] = new KindLoadTime(kind.Code());

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

    /// <summary>
    /// A group in one transaction. If anything in a group of several fails, or one of its files is
    /// refused over the threshold, the transaction is rolled back and each file is loaded alone: the
    /// files before a failing one are kept and the failure is told apart (a file fault refuses that
    /// file; a system fault stops the run there).
    /// </summary>
    private List<FileOutcome> Load(IReadOnlyList<ReadyFile> group)
    {
        try
        {
            var time = Time(group[0].File.Kind);
            IReadOnlyList<LoadedFile> loaded;
            var commit = new Stopwatch();
            try
            {
                loaded = StopOnSystemFault(group[0].File.Name, () => _session.InTransaction(() =>
                {
                    var result = _groups.Load(group, time) ?? throw new GroupRefusedException();
                    commit.Start();
                    return result;
                }));
            }
            catch (Exception e) when (group.Count > 1 && e is not OperationCanceledException)
            {
                return group.SelectMany(ready => Load([ready])).ToList();
            }
            catch (Sources.StructureException e)
            {
                return [_settler.Quarantined(group[0], e.Message)];
            }
            catch (LoadStoppedException e) when (e.InnerException is { } fault and not GroupRefusedException && !SystemFaults.IsMachineWide(fault))
            {
                var ready = group[0];
                var count = _faults.Record(ready.Sha, ready.File.Name, fault, _clock.UtcDateTime);
                if (count < SystemFaults.SetAsideAfter)
                    throw;
                _faults.Forget(ready.Sha);
                return [StopOnSystemFault(ready.File.Name, () => _settler.Quarantined(ready,
                    $"set aside: loading it faulted the system {count} times ({LoadStoppedException.Describe(fault)}), so the rest of the inbox loads without it; " +
                    $"once the cause is fixed (for memory, Corr:LoadMemoryMegabytes), put it back with corr etl retry {ready.File.Name}"))];
            }
            foreach (var ready in group)
                _faults.Forget(ready.Sha);
            time.Commit += commit.Elapsed;
            time.Groups++;
            time.Files += group.Count;
            time.Rows += loaded.Where(l => !l.Refused).Sum(l => l.Counts.Loaded);
            return loaded.Select(Settle).ToList();
        }
        finally
        {
            foreach (var ready in group)
                if (ready.Csv is not null)
                    File.Delete(ready.Csv.CopyPath);
        }
    }

    /// <summary>After the commit: a failure to move the file on (the quarantine cannot be written) stops the run; the file stays in the inbox.</summary>
    private FileOutcome Settle(LoadedFile loaded) =>
        StopOnSystemFault(loaded.Ready.File.Name, () => _settler.Committed(loaded));

    /// <summary>Rolls back a group of several in which a file was refused over the threshold.</summary>
    private sealed class GroupRefusedException() : Exception("a file of the group was refused over the reject threshold");
}
