using System.Security.Cryptography;
using System.Text.Json;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Export;

namespace CorrAnalytics.Warehouse.Tests.Export;

/// <summary>The Parquet export of a hand-made warehouse: January and February 2024 of two colonies, read back with DuckDB.</summary>
public sealed class ParquetExportTests : IDisposable
{
    private const string Header = "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners";

    private readonly EtlHarness _etl = new EtlHarness().Register();
    private readonly string _out = Directory.CreateTempSubdirectory("corr-export-").FullName;

    public ParquetExportTests()
    {
        _etl.Drop("population_202401.csv", Header, "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12", "ЕЦ-166/1,2024-01-02,401,399,2,0,0,12", "ЕЦ-166/2,2024-01-01,250,250,0,250,0,0");
        _etl.Drop("population_202402.csv", Header, "ЕЦ-166/1,2024-02-01,410,408,2,0,0,12", "ЕЦ-166/2,2024-02-01,260,260,0,260,0,0");
        _etl.Run();
    }

    private ExportResult Export(bool history = false) => new ParquetExport(_etl.Session, TestClock.Running()).Export(_out, history);

    private string Files(string table) => Path.Combine(_out, table, "**", "*.parquet").Replace("'", "''");

    private (long Rows, long Held) ReadBack(string table = "fact_population_daily") =>
        _etl.Session.Query($"select count(*), coalesce(sum(held_total), 0)::bigint from read_parquet('{Files(table)}', hive_partitioning = true)",
            r => (r.GetInt64(0), r.GetInt64(1))).Single();

    private Dictionary<string, DateTime> Written() =>
        Directory.GetFiles(_out, "*.parquet", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(_out, f), File.GetLastWriteTimeUtc);

    private static TableExport Of(ExportResult result, string table) => result.Tables.Single(t => t.Table.Folder == table);

    [Fact]
    public void Every_table_reads_back_with_duckdb_as_the_warehouse_holds_it_partitioned_by_year_and_month()
    {
        var result = Export();

        Assert.Equal((5L, 400 + 401 + 250 + 410 + 260L), ReadBack());
        Assert.Equal(2, Of(result, "fact_population_daily").Partitions);
        Assert.Equal(["period_year=2024/period_month=1", "period_year=2024/period_month=2"],
            Directory.GetDirectories(Path.Combine(_out, "fact_population_daily", "period_year=2024")).Select(d => "period_year=2024/" + Path.GetFileName(d)).Order());
        Assert.Equal(0, _etl.Count(
            $"select count(*) from read_parquet('{Files("fact_population_daily")}', hive_partitioning = true) where period_year <> year(date) or period_month <> month(date)"));
        foreach (var table in ExportedTable.Core)
        {
            var rows = _etl.Count($"select count(*) from {table.Source}");
            if (rows > 0)
                Assert.Equal(rows, _etl.Count($"select count(*) from read_parquet('{Files(table.Folder)}', hive_partitioning = {(table.Partitioned ? "true" : "false")})"));
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(result.Manifest));
        var files = manifest.RootElement.GetProperty("tables").EnumerateArray().SelectMany(t => t.GetProperty("partitions").EnumerateArray())
            .SelectMany(p => p.GetProperty("files").EnumerateArray()).ToList();
        Assert.Equal(Directory.GetFiles(_out, "*.parquet", SearchOption.AllDirectories).Length, files.Count);
        foreach (var file in files)
            Assert.Equal(file.GetProperty("sha256").GetString(),
                Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(_out, file.GetProperty("name").GetString()!)))));
        var population = manifest.RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "fact_population_daily");
        Assert.Equal(5, population.GetProperty("rows").GetInt64());
    }

    [Fact]
    public void A_second_export_writes_nothing_and_a_resubmitted_month_rewrites_only_its_partition()
    {
        Export();
        var before = Written();

        var again = Export();

        Assert.All(again.Tables, t => Assert.Equal(0, t.Written));
        Assert.Equal(before, Written());

        _etl.Drop("population_202402.csv", Header, "ЕЦ-166/1,2024-02-01,420,418,2,0,0,12", "ЕЦ-166/2,2024-02-01,260,260,0,260,0,0");
        _etl.Run();
        var after = Export(history: true);

        Assert.Equal((1, 1L + 1), (Of(after, "fact_population_daily").Written, Of(after, "fact_population_daily").RowsWritten));
        var rewritten = Written().Where(f => before.TryGetValue(f.Key, out var t) && t != f.Value).Select(f => f.Key.Replace('\\', '/')).ToList();
        Assert.Equal(["fact_population_daily/period_year=2024/period_month=2/data_0.parquet"], rewritten);
        Assert.Equal((5L, 400 + 401 + 250 + 420 + 260L), ReadBack());
        Assert.Equal((2L, 410 + 260L), ReadBack("history/fact_population_daily"));   // the rows the re-submission replaced
    }

    [Fact]
    public void A_month_left_without_rows_is_removed_and_a_file_deleted_from_the_export_is_written_again()
    {
        Export();
        var february = _etl.Count("select max(batch_id) from etl.batches where file_name = 'population_202402.csv'");
        new BatchReverter(_etl.Session, TestClock.Running()).Revert(february);
        File.Delete(Path.Combine(_out, "fact_population_daily", "period_year=2024", "period_month=1", "data_0.parquet"));

        var after = Export();

        Assert.Equal((1, 1), (Of(after, "fact_population_daily").Written, Of(after, "fact_population_daily").Removed));
        Assert.False(Directory.Exists(Path.Combine(_out, "fact_population_daily", "period_year=2024", "period_month=2")));
        Assert.Equal((3L, 400 + 401 + 250L), ReadBack());
        Assert.Equal(1, _etl.Count("select count(*) from etl.exports where table_name = 'fact_population_daily'"));
    }

    public void Dispose()
    {
        _etl.Dispose();
        Directory.Delete(_out, recursive: true);
    }
}
