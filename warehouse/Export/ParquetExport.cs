using CorrAnalytics.Warehouse.Time;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Files;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Warehouse.Export;

/// <summary>
/// <c>corr export parquet</c>: the core facts hive-partitioned by year and month, the dimensions whole
/// (and, asked, the history tables), with DuckDB's COPY … (FORMAT parquet, PARTITION_BY …), and a
/// manifest listing every file with its rows and SHA-256. Incremental: etl.exports keeps each
/// partition's fingerprint as written, and only partitions whose rows changed since (or whose files
/// are gone) are written again; partitions left without rows are removed.
/// </summary>
public sealed class ParquetExport(WarehouseSession session, ProductClock clock)
{
    public const string ManifestName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public ExportResult Export(string folder, bool history, Action<ExportedTable>? exporting = null)
    {
        var destination = Path.GetFullPath(folder);
        Directory.CreateDirectory(destination);
        // What an export killed midway left beside the tables (the warehouse's single writer means no other export is running).
        foreach (var stale in Directory.EnumerateDirectories(destination, ".staging-*"))
            Directory.Delete(stale, recursive: true);
        // Written beside the destination's tables, then moved into place: a rename within one file system.
        var staging = Path.Combine(destination, $".staging-{Guid.NewGuid():N}");
        var tables = history ? ExportedTable.Core.Concat(ExportedTable.History).ToList() : ExportedTable.Core;
        try
        {
            var results = tables.Select(table =>
            {
                exporting?.Invoke(table);
                return Export(table, destination, Path.Combine(staging, table.Folder));
            }).ToList();
            return new ExportResult(destination, results, WriteManifest(destination));
        }
        finally
        {
            if (Directory.Exists(staging))
                Directory.Delete(staging, recursive: true);
        }
    }

    private TableExport Export(ExportedTable table, string destination, string stage)
    {
        var recorded = session.Query(SqlResources.Sql("export/recorded"),
                r => new Recorded(r.GetString(0), r.GetString(1), JsonSerializer.Deserialize<List<ExportFile>>(r.GetString(3), Json)!),
                destination, table.Folder)
            .ToDictionary(r => r.Partition);
        var current = Partitions(table);
        var folder = Path.Combine(destination, table.Folder);
        var changed = current.Where(c => !recorded.TryGetValue(c.Partition, out var r) || r.Fingerprint != c.Fingerprint || !Present(folder, r)).ToList();
        var removed = recorded.Keys.Except(current.Select(c => c.Partition)).ToList();

        if (changed.Count > 0)
            Write(table, changed, stage);
        var now = clock.UtcDateTime;
        foreach (var partition in changed)
        {
            var files = Replace(Path.Combine(stage, partition.Partition), Path.Combine(folder, partition.Partition), stage);
            session.Execute(SqlResources.Sql("export/record"), destination, table.Folder, partition.Partition, partition.Fingerprint, partition.Rows,
                JsonSerializer.Serialize(files, Json), now);
        }
        foreach (var partition in removed)
        {
            var gone = Path.Combine(folder, partition);
            if (Directory.Exists(gone))
                Directory.Delete(gone, recursive: true);
            if (Path.GetDirectoryName(gone) is { } year && year != folder && Directory.Exists(year) && !Directory.EnumerateFileSystemEntries(year).Any())
                Directory.Delete(year);
            session.Execute(SqlResources.Sql("export/forget"), destination, table.Folder, partition);
        }
        return new TableExport(table, current.Count, changed.Count, removed.Count, current.Sum(c => c.Rows), changed.Sum(c => c.Rows));
    }

    /// <summary>The table's partitions now (one, named "", for a table written whole), with their rows and fingerprints.</summary>
    private List<Slice> Partitions(ExportedTable table) => table.Partitioned
        ? session.Query(Sql("export/partitions", table), r => new Slice(
            $"period_year={r.GetInt32(0).ToString(CultureInfo.InvariantCulture)}/period_month={r.GetInt32(1).ToString(CultureInfo.InvariantCulture)}",
            r.GetInt32(0) * 100 + r.GetInt32(1), r.GetInt64(2), r.GetString(3)))
        : session.Query(Sql("export/whole", table), r => new Slice("", 0, r.GetInt64(0), r.GetString(1)));

    /// <summary>The changed partitions written into <paramref name="stage"/>, laid out as they will be in the destination.</summary>
    private void Write(ExportedTable table, List<Slice> changed, string stage)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(stage)!);
        if (table.Partitioned)
            session.Execute(Sql("export/copy_partitions", table, ("folder", Literal(stage)), ("wanted", string.Join(",", changed.Select(c => c.Month)))));
        else
        {
            Directory.CreateDirectory(stage);
            session.Execute(Sql("export/copy_whole", table, ("file", Literal(Path.Combine(stage, "data_0.parquet")))));
        }
    }

    /// <summary>
    /// Moves the freshly written partition into place: the old one is moved aside first and deleted
    /// after, so a reader finds the old files or the new ones, never a half-written file.
    /// </summary>
    private static List<ExportFile> Replace(string written, string target, string stage)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var aside = stage + $".old-{Guid.NewGuid():N}";
        if (Directory.Exists(target))
            Directory.Move(target, aside);
        Directory.Move(written, target);
        if (Directory.Exists(aside))
            Directory.Delete(aside, recursive: true);
        return Directory.GetFiles(target).Order(StringComparer.Ordinal).Select(path =>
        {
            using var stream = File.OpenRead(path);
            return new ExportFile(Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(stream)), stream.Length);
        }).ToList();
    }

    /// <summary>Whether the files the last export recorded for this partition are still there, at their size.</summary>
    private static bool Present(string folder, Recorded recorded) =>
        recorded.Files.Count > 0 && recorded.Files.All(f => new FileInfo(Path.Combine(folder, recorded.Partition, f.Name)) is { Exists: true } info && info.Length == f.Bytes);

    private string WriteManifest(string destination)
    {
        var partitions = session.Query(SqlResources.Sql("export/listing"), r => (Table: r.GetString(0), Partition: r.GetString(1), Rows: r.GetInt64(2),
            Files: JsonSerializer.Deserialize<List<ExportFile>>(r.GetString(3), Json)!, ExportedAt: DateTime.SpecifyKind(r.GetDateTime(4), DateTimeKind.Utc)), destination);
        var manifest = new ExportManifest(
            clock.UtcDateTime,
            session.Scalar<long>(SqlResources.Sql("publications/data_version")),
            partitions.GroupBy(p => p.Table).Select(g => new ExportManifest.Table(g.Key, g.Sum(p => p.Rows),
                g.Select(p => new ExportManifest.Part(p.Partition, p.Rows, p.ExportedAt, p.Files.Select(f => f with { Name = Path.Combine(g.Key, p.Partition, f.Name).Replace('\\', '/') }).ToList())).ToList())).ToList());
        var path = Path.Combine(destination, ManifestName);
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(manifest, Json));
        return path;
    }

    // Table names and columns come from ExportedTable, never from input; paths are quoted as SQL literals.
    private static string Sql(string name, ExportedTable table, params (string Key, string Value)[] more) =>
        SqlResources.Sql(name, [("source", table.Source), ("date", table.DateColumn ?? ""), .. more]);

    private static string Literal(string path) => "'" + path.Replace("'", "''") + "'";

    private sealed record Recorded(string Partition, string Fingerprint, List<ExportFile> Files);

    private sealed record Slice(string Partition, int Month, long Rows, string Fingerprint);
}
