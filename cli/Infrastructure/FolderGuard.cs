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
            throw new UsageException("usage.sample_out_missing");
        var folder = Path.GetFullPath(requested);
        if (File.Exists(folder))
            throw new UsageException("usage.sample_out_file", folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).FirstOrDefault() is { } existing)
            throw new UsageException("usage.sample_out_not_empty", folder, Path.GetFileName(existing));
        return folder;
    }

    /// <summary>Checks that demo may use the data folder, then marks it as demo-made; otherwise bad usage, nothing touched.</summary>
    public static void ClaimForDemo(string dataDir)
    {
        var folder = Path.GetFullPath(dataDir);
        if (File.Exists(folder))
            throw new UsageException("usage.demo_data_file", folder);
        if (Directory.Exists(folder)
            && !File.Exists(Path.Combine(folder, DemoMarker))
            && Directory.EnumerateFileSystemEntries(folder).FirstOrDefault() is { } existing)
            throw new UsageException("usage.demo_not_ours", folder, Path.GetFileName(existing));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, DemoMarker), "made by corr demo: sample data, not for real figures\n");
    }
}
