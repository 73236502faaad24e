namespace CorrAnalytics.Warehouse.Backup;

/// <summary>One file of a backup: its path inside the backup folder, its size and its SHA-256.</summary>
public sealed record BackupFile(string Path, long Size, string Sha256);

/// <summary>
/// backup.json: what a backup holds and how to check it — when it was taken (UTC), the last batch the
/// warehouse held then, and every file with its size and hash.
/// </summary>
public sealed record BackupManifest(int Format, DateTime TakenAtUtc, long? LastBatch, IReadOnlyList<BackupFile> Files)
{
    public const string FileName = "backup.json";

    public const int CurrentFormat = 1;
}
