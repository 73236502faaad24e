using System.Text.Json;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// The files whose load faulted the system (memory ran out, DuckDB failed: not the file's own bytes,
/// as far as is known), by their SHA-256, kept between runs in <c>&lt;data&gt;/system-faults.json</c>.
/// A file that faults the system twice is set aside in the quarantine with the fault as its reason, so
/// that it cannot stop every later run and the rest of the inbox loads. A full disk is the machine's
/// fault, not the file's, and is not counted.
/// </summary>
public sealed class SystemFaults
{
    public const string FileName = "system-faults.json";
    public const int SetAsideAfter = 2;

    private readonly string _path;
    private readonly Dictionary<string, Fault> _faults;

    public sealed record Fault(string FileName, int Count, string LastError, DateTime LastAtUtc);

    private SystemFaults(string path, Dictionary<string, Fault> faults) => (_path, _faults) = (path, faults);

    /// <summary>The faults kept in <paramref name="dataDir"/>; an unreadable record starts afresh (it only delays setting a file aside).</summary>
    public static SystemFaults Open(string dataDir)
    {
        var path = Path.Combine(dataDir, FileName);
        try
        {
            if (File.Exists(path) && JsonSerializer.Deserialize<Dictionary<string, Fault>>(File.ReadAllText(path)) is { } kept)
                return new SystemFaults(path, kept);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
        }
        return new SystemFaults(path, []);
    }

    /// <summary>Whether the fault is the machine's (no space left), which no file is set aside for.</summary>
    public static bool IsMachineWide(Exception fault) =>
        fault.ToString().Contains("No space left on device", StringComparison.OrdinalIgnoreCase)
        || fault.ToString().Contains("disk full", StringComparison.OrdinalIgnoreCase);

    /// <summary>Counts a fault of loading the file; returns how many times its bytes have faulted.</summary>
    public int Record(string sha256, string fileName, Exception fault, DateTime nowUtc)
    {
        var count = (_faults.TryGetValue(sha256, out var before) ? before.Count : 0) + 1;
        _faults[sha256] = new Fault(fileName, count, LoadStoppedException.Describe(fault), nowUtc);
        Save();
        return count;
    }

    /// <summary>Forgets a file's faults once it has loaded or been set aside.</summary>
    public void Forget(string sha256)
    {
        if (_faults.Remove(sha256))
            Save();
    }

    private void Save()
    {
        CorrAnalytics.Warehouse.Files.AtomicFile.WriteAllText(_path, JsonSerializer.Serialize(_faults));
    }
}
