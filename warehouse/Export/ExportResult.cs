namespace CorrAnalytics.Warehouse.Export;

/// <summary>What an export did: per table, and where its manifest is.</summary>
public sealed record ExportResult(string Destination, IReadOnlyList<TableExport> Tables, string Manifest);

/// <summary>One table's export: its partitions now, how many were written again and removed, its rows and the rows written.</summary>
public sealed record TableExport(ExportedTable Table, int Partitions, int Written, int Removed, long Rows, long RowsWritten);

/// <summary>A Parquet file as the manifest and etl.exports list it (its name relative to the table's folder in etl.exports, to the export folder in the manifest).</summary>
public sealed record ExportFile(string Name, string Sha256, long Bytes);

/// <summary>manifest.json of an export folder: every table, partition and file with its rows and SHA-256.</summary>
public sealed record ExportManifest(DateTime ExportedAt, long DataVersion, IReadOnlyList<ExportManifest.Table> Tables)
{
    public sealed record Table(string Name, long Rows, IReadOnlyList<Part> Partitions);

    public sealed record Part(string Partition, long Rows, DateTime WrittenAt, IReadOnlyList<ExportFile> Files);
}
