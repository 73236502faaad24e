using CorrAnalytics.Etl.Archive;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Etl.Tests.Archive;

/// <summary>
/// The archive describes itself (issue #32): beside every blob a sidecar with the name it came under,
/// its kind, slice, size, when it was received and the batch it became; the same bytes sent again add a
/// receipt; sidecars missing from an older archive are written back from etl.batches. (Files the
/// warehouse lost are found and loaded again in Cli.Tests' BackupTests, on a real older warehouse.)
/// </summary>
public class ArchiveSidecarTests
{
    private const string Header = "facility_code,date,movement,count";

    private static string Blob(EtlHarness etl, string file)
    {
        var sha = etl.Session.Scalar<string>("select sha256 from etl.batches where file_name = $1 order by batch_id limit 1", file)!;
        return Assert.Single(Directory.GetFiles(Path.Combine(etl.DataDir, "archive", sha[..2]), sha + ".*"), f => !f.EndsWith(".json", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_archived_file_has_a_sidecar_naming_how_it_came_and_the_batches_it_became()
    {
        using var etl = new EtlHarness().Register();
        string[] lines = [Header, "ЕЦ-166/1,2024-01-03,admission_court,4"];
        etl.Drop("movements_202401.csv", lines);
        etl.Run();
        etl.Drop("movements_202401.csv", lines); // the same bytes again: a duplicate
        etl.Run();

        var blob = Blob(etl, "movements_202401.csv");
        var entry = ArchiveEntry.Read(blob)!;
        var batches = etl.Session.Query("select batch_id, status from etl.batches where file_name = 'movements_202401.csv' order by batch_id", r => (r.GetInt64(0), r.GetString(1)));
        Assert.Equal([(batches[0].Item1, "loaded"), (batches[1].Item1, "duplicate")], batches);
        Assert.Equal(ArchiveCatalogue.HashOf(blob), entry.Sha256);
        Assert.Equal(new FileInfo(blob).Length, entry.Size);
        Assert.Equal(2, entry.Received.Count);
        Assert.All(entry.Received, r => Assert.Equal(("movements_202401.csv", "movements", "2024-01"), (r.Name, r.Kind, r.Slice)));
        Assert.Equal(batches.Select(b => (long?)b.Item1), entry.Received.Select(r => r.Batch));
        Assert.True(entry.Received[0].ReceivedAt <= entry.Received[1].ReceivedAt);
    }

    [Fact]
    public void An_archive_without_sidecars_gets_them_back_from_the_batches()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("movements_202401.csv", Header, "ЕЦ-166/1,2024-01-03,admission_court,4");
        etl.Run();
        var blob = Blob(etl, "movements_202401.csv");
        var before = ArchiveEntry.Read(blob)!;
        foreach (var sidecar in Directory.GetFiles(Path.Combine(etl.DataDir, "archive"), "*.json", SearchOption.AllDirectories))
            File.Delete(sidecar); // an archive written before sidecars existed

        var written = new ArchiveCatalogue(etl.DataDir).Backfill(etl.Session);

        Assert.Equal(2, written); // the register and the movements file
        var after = ArchiveEntry.Read(blob)!;
        Assert.Equal(before.Received.Select(r => (r.Name, r.Kind, r.Slice, r.Batch)), after.Received.Select(r => (r.Name, r.Kind, r.Slice, r.Batch)));
        Assert.Equal(0, new ArchiveCatalogue(etl.DataDir).Backfill(etl.Session)); // once
    }
}
