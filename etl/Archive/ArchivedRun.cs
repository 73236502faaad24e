using CorrAnalytics.Etl.Load;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Etl.Archive;

/// <summary>
/// Archived files loaded again under the names they came in: copied into a folder of their own under
/// &lt;data&gt;/tmp (not the inbox, whose files wait for their own run), loaded as one run, the folder removed.
/// </summary>
internal static class ArchivedRun
{
    public static EtlRunResult Load(WarehouseSession session, EtlOptions options, ProductClock clock, string purpose,
        IEnumerable<(string Blob, string Name)> files, bool refresh)
    {
        var folder = Directory.CreateDirectory(Path.Combine(options.DataDir, "tmp", $"{purpose}-{clock.UtcNow.UtcTicks}")).FullName;
        try
        {
            foreach (var (blob, name) in files)
                File.Copy(blob, Path.Combine(folder, name));
            return new EtlRunner(session, options with { Inbox = folder, SettleTime = TimeSpan.Zero, RefreshAfterLoad = refresh }, clock).Run();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
