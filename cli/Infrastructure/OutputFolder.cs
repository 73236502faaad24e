namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>The folder a command writes to, created before any work starts: one that cannot be is bad usage, said plainly.</summary>
public static class OutputFolder
{
    public static string Prepare(string path, string option = "--out")
    {
        var full = Path.GetFullPath(path);
        try
        {
            Directory.CreateDirectory(full);
            return full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new UsageException("usage.out_cannot_create", option, path, e.Message.TrimEnd('.'));
        }
    }
}
