using CorrAnalytics.Warehouse.Time;
using System.Diagnostics;
using System.Text.Json;

namespace CorrAnalytics.Warehouse.Access;

/// <summary>
/// One writer per warehouse file. An exclusive OS lock on <c>warehouse.duckdb.lock</c> decides who
/// writes; a sidecar <c>.holder.json</c> tells the others who that is, because the locked file itself
/// cannot be read by them. The OS drops the lock when the process dies, so a crash never leaves
/// the warehouse locked.
/// </summary>
public sealed class WriterLock : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private readonly FileStream _lockFile;
    private readonly string _holderPath;

    private WriterLock(FileStream lockFile, string holderPath)
    {
        _lockFile = lockFile;
        _holderPath = holderPath;
    }

    public static WriterLock Acquire(string databasePath, string command, TimeSpan wait, ProductClock clock)
    {
        var lockPath = databasePath + ".lock";
        var holderPath = databasePath + ".holder.json";
        var started = clock.GetTimestamp();
        while (true)
        {
            var stream = TryOpenExclusive(lockPath);
            if (stream is not null)
            {
                var holder = new WriterLockHolder(Environment.ProcessId, command, clock.LocalNow, clock.Zone.Id);
                File.WriteAllText(holderPath, JsonSerializer.Serialize(holder));
                return new WriterLock(stream, holderPath);
            }
            var waited = clock.GetElapsedTime(started);
            if (waited >= wait)
                throw new WarehouseBusyException(databasePath, ReadHolder(holderPath), waited);
            // On the clock the wait is measured with, so a fake clock in a test moves both.
            Task.Delay(PollInterval, clock).GetAwaiter().GetResult();
        }
    }

    public static WriterLockHolder? ReadHolder(string holderPath)
    {
        try
        {
            return JsonSerializer.Deserialize<WriterLockHolder>(File.ReadAllText(holderPath));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static FileStream? TryOpenExclusive(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_holderPath);
        }
        catch (IOException e)
        {
            Debug.WriteLine($"Could not remove {_holderPath}: {e.Message}");
        }
        _lockFile.Dispose();
    }
}
