namespace CorrAnalytics.Warehouse.Backup;

/// <summary>A backup whose files do not match its manifest (missing, another size, another hash): nothing is restored from it.</summary>
public sealed class BackupCorruptException(string folder, IReadOnlyList<string> problems)
    : Exception($"The backup {folder} does not match its manifest: {string.Join("; ", problems)}.")
{
    public string Folder { get; } = folder;

    public IReadOnlyList<string> Problems { get; } = problems;
}
