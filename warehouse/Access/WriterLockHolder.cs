
namespace CorrAnalytics.Warehouse.Access;

/// <summary>Who holds the writer lock: the process, its command, and since when (local time in the holder's zone, named).</summary>
public sealed record WriterLockHolder(int ProcessId, string Command, DateTimeOffset Since, string? Zone = null);
