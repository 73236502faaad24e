using System.Text.Json;

namespace CorrAnalytics.Etl.Inbox;

/// <summary>
/// What the inbox's files looked like when they were last seen, kept between runs in
/// <c>&lt;data&gt;/inbox-watch.json</c>: a file is finished once its size and modification time have
/// stayed the same for the settle window, measured on the product clock from the first run that saw
/// them so (the scheduler's ingest sees a file at one run and takes it at a later one).
/// </summary>
public sealed class InboxWatch
{
    private readonly string? _path;
    private readonly Dictionary<string, Sighting> _seen;

    private InboxWatch(string? path, Dictionary<string, Sighting> seen)
    {
        _path = path;
        _seen = seen;
    }

    /// <summary>A size and modification time, and when they were first seen unchanged (UTC, product clock).</summary>
    public sealed record Sighting(long Size, DateTime ModifiedUtc, DateTime SinceUtc);

    public const string FileName = "inbox-watch.json";

    /// <summary>An empty watch that keeps nothing between runs (settling within one run only).</summary>
    public static InboxWatch InMemory() => new(null, new Dictionary<string, Sighting>(StringComparer.Ordinal));

    /// <summary>
    /// The watch kept in <paramref name="dataDir"/>; an unreadable one starts afresh (it only delays files, never loses them).
    /// A read-only watch (for <c>corr status</c>) writes nothing down.
    /// </summary>
    public static InboxWatch Open(string dataDir, bool readOnly = false)
    {
        var path = Path.Combine(dataDir, FileName);
        var seen = new Dictionary<string, Sighting>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(path) && JsonSerializer.Deserialize<Dictionary<string, Sighting>>(File.ReadAllText(path)) is { } kept)
                foreach (var (name, sighting) in kept)
                    seen[name] = sighting;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
        }
        return new InboxWatch(readOnly ? null : path, seen);
    }

    /// <summary>
    /// How long the file has looked as it does now; a change starts the count again, and so does a
    /// clock set back before the first sighting (the window is then waited afresh, never skipped).
    /// </summary>
    public TimeSpan UnchangedFor(FileInfo file, DateTime nowUtc)
    {
        if (_seen.TryGetValue(file.Name, out var s) && s.Size == file.Length && s.ModifiedUtc == file.LastWriteTimeUtc && s.SinceUtc <= nowUtc)
            return nowUtc - s.SinceUtc;
        _seen[file.Name] = new Sighting(file.Length, file.LastWriteTimeUtc, nowUtc);
        return TimeSpan.Zero;
    }

    /// <summary>The files still waiting to be taken, with how long they have looked the same (for status).</summary>
    public IReadOnlyDictionary<string, Sighting> Waiting => _seen;

    /// <summary>Forgets the files no longer in the inbox (taken, renamed, removed) and writes the rest down.</summary>
    public void Keep(IEnumerable<string> present)
    {
        var names = present.ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _seen.Keys.Where(k => !names.Contains(k)).ToList())
            _seen.Remove(gone);
        if (_path is null)
            return;
        CorrAnalytics.Warehouse.Files.AtomicFile.WriteAllText(_path, JsonSerializer.Serialize(_seen));
    }

    /// <summary>Forgets a file once it has been taken, so that a new file under its name settles afresh.</summary>
    public void Taken(string name) => _seen.Remove(name);
}
