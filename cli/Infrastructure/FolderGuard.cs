namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>
/// Keeps the generators out of live data: <c>corr sample</c> writes only into a new or empty
/// folder, <c>corr demo</c> only into a new folder or one an earlier demo made (it leaves a marker).
/// </summary>
public static class FolderGuard
{
    public const string DemoMarker = ".corr-demo";

    /// <summary>The folder sample may write into, or bad usage with the reason; nothing is created or touched.</summary>
    public static string SampleTarget(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested))
            throw new UsageException("sample needs --out DIR, a new or empty folder (it never writes into a data folder's inbox), e.g. --out /tmp/corr-sample");
        var folder = Path.GetFullPath(requested);
        if (File.Exists(folder))
            throw new UsageException($"--out {folder} is a file; sample needs a new or empty folder");
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).FirstOrDefault() is { } existing)
            throw new UsageException($"--out {folder} is not empty (it holds {Path.GetFileName(existing)}); sample writes only into a new or empty folder");
        return folder;
    }

    /// <summary>Checks that demo may use the data folder, then marks it as demo-made; otherwise bad usage, nothing touched.</summary>
    public static void ClaimForDemo(string dataDir)
    {
        var folder = Path.GetFullPath(dataDir);
        if (File.Exists(folder))
            throw new UsageException($"--data {folder} is a file; demo needs a new folder");
        if (Directory.Exists(folder)
            && !File.Exists(Path.Combine(folder, DemoMarker))
            && Directory.EnumerateFileSystemEntries(folder).FirstOrDefault() is { } existing)
            throw new UsageException(
                $"{folder} holds {Path.GetFileName(existing)}, which demo did not make; demo writes sample data only into a new folder or one an earlier demo made, e.g. --data /tmp/corr-demo");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, DemoMarker), "made by corr demo: sample data, not for real figures\n");
    }
}
