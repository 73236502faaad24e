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
            throw new UsageException($"{option} '{path}' cannot be created ({e.Message.TrimEnd('.')}); give a folder you may write to, e.g. {option} /tmp/reports.");
        }
    }
}
