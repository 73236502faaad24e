using System.Security.Cryptography;
using System.Text.Json;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Warehouse.Backup;

/// <summary>
/// Backups of a data folder (issue #32): a consistent copy of the warehouse file, taken under the writer
/// lock after a checkpoint so no load or scheduler job writes meanwhile, the publication manifests of
/// <c>reports/</c> beside it, an index of the archive's blobs, and <see cref="BackupManifest"/> with every
/// file's hash. A backup folder appears whole or not at all (written as <c>.partial</c>, then renamed).
/// </summary>
public static class WarehouseBackup
{
    public const string Prefix = "corr-backup-";
    private const string Partial = ".partial";
    public const string WarehouseFile = "warehouse.duckdb";
    public const string ArchiveIndex = "archive-index.tsv";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Takes a backup into a new folder under <paramref name="outRoot"/>; keeps the newest <paramref name="keep"/> backups there, if given.</summary>
    /// <param name="session">A writer session of the data folder: its lock keeps every other writer out while the file is copied.</param>
    public static (string Folder, BackupManifest Manifest, IReadOnlyList<string> Removed) Create(WarehouseSession session, string dataDir, string outRoot, ProductClock clock, int? keep = null)
    {
        if (session.IsReadOnly)
            throw new InvalidOperationException("A backup needs the writer lock: open the warehouse for writing.");
        var taken = clock.UtcDateTime;
        var folder = Path.Combine(Path.GetFullPath(outRoot), Prefix + taken.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        if (Directory.Exists(folder))
            throw new IOException($"A backup taken at the same second exists already: {folder}.");
        var lastBatch = session.Scalar<long?>(SqlResources.Sql("backup/last_batch"));
        session.Execute(SqlResources.Sql("backup/checkpoint"));

        var temp = folder + Partial;
        if (Directory.Exists(temp))
            Directory.Delete(temp, recursive: true); // an earlier backup killed half-way
        Directory.CreateDirectory(temp);
        File.Copy(Path.Combine(dataDir, WarehouseFile), Path.Combine(temp, WarehouseFile));
        var reports = Path.Combine(dataDir, "reports");
        if (Directory.Exists(reports))
            foreach (var manifest in Directory.EnumerateFiles(reports, "manifest_*.json", SearchOption.AllDirectories))
            {
                var target = Path.Combine(temp, "reports", Path.GetRelativePath(reports, manifest));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(manifest, target);
            }
        File.WriteAllLines(Path.Combine(temp, ArchiveIndex), ArchiveBlobs(dataDir));

        var files = Directory.EnumerateFiles(temp, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Describe(temp, f)).ToList();
        var described = new BackupManifest(BackupManifest.CurrentFormat, taken, lastBatch, files);
        File.WriteAllText(Path.Combine(temp, BackupManifest.FileName), JsonSerializer.Serialize(described, Json));
        Directory.Move(temp, folder);
        return (folder, described, keep is { } n ? Rotate(outRoot, n) : []);
    }

    /// <summary>The archive's blobs (relative path and size, their names are their SHA-256): what the warehouse's batches point at.</summary>
    private static IEnumerable<string> ArchiveBlobs(string dataDir)
    {
        var archive = Path.Combine(dataDir, "archive");
        if (!Directory.Exists(archive))
            return [];
        return Directory.EnumerateFiles(archive, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(archive, f).Replace('\\', '/')}\t{new FileInfo(f).Length}");
    }

    /// <summary>Deletes all but the newest <paramref name="keep"/> backups under <paramref name="outRoot"/>; returns the folders removed.</summary>
    public static IReadOnlyList<string> Rotate(string outRoot, int keep)
    {
        var removed = List(outRoot).Skip(Math.Max(keep, 1)).ToList();
        foreach (var folder in removed)
            Directory.Delete(folder, recursive: true);
        return removed;
    }

    /// <summary>The complete backups under <paramref name="outRoot"/>, newest first.</summary>
    public static IReadOnlyList<string> List(string outRoot) =>
        !Directory.Exists(outRoot) ? []
        : Directory.EnumerateDirectories(outRoot, Prefix + "*").Where(d => !d.EndsWith(Partial, StringComparison.Ordinal))
            .OrderByDescending(d => Path.GetFileName(d), StringComparer.Ordinal).ToList();

    /// <summary>Checks every file of the backup against its manifest; a <see cref="BackupCorruptException"/> names each that differs.</summary>
    public static BackupManifest Verify(string folder)
    {
        var path = Path.Combine(folder, BackupManifest.FileName);
        if (!File.Exists(path))
            throw new BackupCorruptException(folder, [$"no {BackupManifest.FileName}"]);
        var manifest = JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path), Json)
            ?? throw new BackupCorruptException(folder, [$"{BackupManifest.FileName} is empty"]);
        var problems = new List<string>();
        foreach (var file in manifest.Files)
        {
            var full = Path.Combine(folder, file.Path);
            if (!File.Exists(full))
                problems.Add($"{file.Path} is missing");
            else if (Describe(folder, full) is var now && (now.Size != file.Size || now.Sha256 != file.Sha256))
                problems.Add($"{file.Path} has changed (SHA-256 {now.Sha256[..12]}…, expected {file.Sha256[..12]}…)");
        }
        if (!manifest.Files.Any(f => f.Path == WarehouseFile))
            problems.Add($"no {WarehouseFile}");
        return problems.Count == 0 ? manifest : throw new BackupCorruptException(folder, problems);
    }

    /// <summary>
    /// Restores a verified backup into <paramref name="dataDir"/>, which no process may be using (its
    /// writer lock is taken, without waiting): the warehouse file is replaced atomically, its WAL removed,
    /// and every publication manifest the folder lacks is put back. Nothing is touched if the backup fails
    /// its check.
    /// </summary>
    public static BackupManifest Restore(string folder, string dataDir, ProductClock clock)
    {
        var manifest = Verify(folder);
        Directory.CreateDirectory(dataDir);
        var database = Path.Combine(dataDir, WarehouseFile);
        using (WriterLock.Acquire(database, "corr restore", TimeSpan.Zero, clock))
        {
            var restoring = database + ".restoring";
            File.Copy(Path.Combine(folder, WarehouseFile), restoring, overwrite: true);
            File.Delete(database + ".wal"); // the WAL of the warehouse being replaced would be replayed into the copy
            File.Move(restoring, database, overwrite: true);
        }
        var reports = Path.Combine(folder, "reports");
        if (Directory.Exists(reports))
            foreach (var saved in Directory.EnumerateFiles(reports, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(dataDir, "reports", Path.GetRelativePath(reports, saved));
                if (File.Exists(target))
                    continue;
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(saved, target);
            }
        return manifest;
    }

    private static BackupFile Describe(string root, string path)
    {
        using var stream = File.OpenRead(path);
        return new BackupFile(Path.GetRelativePath(root, path).Replace('\\', '/'), stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }
}
