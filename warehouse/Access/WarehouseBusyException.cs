namespace CorrAnalytics.Warehouse.Access;

/// <summary>Another process holds the warehouse for writing.</summary>
public sealed class WarehouseBusyException(string databasePath, WriterLockHolder? holder, TimeSpan waited)
    : Exception(Describe(databasePath, holder, waited))
{
    public WriterLockHolder? Holder { get; } = holder;

    private static string Describe(string path, WriterLockHolder? holder, TimeSpan waited)
    {
        var who = holder is null
            ? "another process (its details could not be read)"
            : $"process {holder.ProcessId} running '{holder.Command}' since {holder.Since:yyyy-MM-dd HH:mm:ss} {holder.Zone ?? holder.Since.ToString("zzz")}";
        var wait = waited > TimeSpan.Zero ? $" after waiting {waited.TotalSeconds:0.#} s" : "";
        return $"The warehouse {path} is in use by {who}{wait}. " +
               "Wait for it to finish, or wait longer behind it (--wait SECONDS, or Corr:WriterWaitSeconds).";
    }
}
