namespace CorrAnalytics.Etl.Load;

/// <summary>A file in the quarantine now, read from its .reason.txt: what <c>corr etl quarantine</c> lists and <c>corr status</c> counts.</summary>
public sealed record QuarantinedFile(string Path, QuarantineEntry Entry, string Received, string Reason)
{
    public const string ReasonSuffix = ".reason.txt";

    /// <summary>Every refused file still in <paramref name="quarantineDir"/>, oldest first.</summary>
    public static IReadOnlyList<QuarantinedFile> In(string quarantineDir)
    {
        if (!Directory.Exists(quarantineDir))
            return [];
        return Directory.EnumerateFiles(quarantineDir, "*" + ReasonSuffix, SearchOption.AllDirectories)
            .Select(Read).Where(f => System.IO.Path.Exists(f.Path)).OrderBy(f => f.Received, StringComparer.Ordinal).ThenBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    private static QuarantinedFile Read(string reasonPath)
    {
        var fields = File.ReadAllLines(reasonPath).Select(l => l.Split(": ", 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.First()[1]);
        string? Field(string key) => fields.TryGetValue(key, out var value) ? value : null;
        var path = reasonPath[..^ReasonSuffix.Length];
        var entry = new QuarantineEntry(Field("file") ?? System.IO.Path.GetFileName(path), Field("kind"), Field("slice"),
            long.TryParse(Field("batch"), out var batch) ? batch : null);
        return new QuarantinedFile(path, entry, Field("received") ?? "", Field("reason") ?? "");
    }
}
