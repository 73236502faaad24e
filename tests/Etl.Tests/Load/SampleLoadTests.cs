using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Etl.Tests.Load;

/// <summary>The generated sample end to end: clean, it loads whole; defective, every planted defect is reported where it was planted.</summary>
public class SampleLoadTests
{
    private static EtlHarness LoadSample(SampleFolder sample)
    {
        var etl = new EtlHarness();
        foreach (var file in Directory.GetFiles(sample.Path).Where(f => !f.EndsWith("defects.json")))
            File.Copy(file, Path.Combine(etl.Inbox, Path.GetFileName(file)));
        etl.Result = etl.Run();
        return etl;
    }

    [Theory]
    [InlineData("2024-01", "2024-03")]
    [InlineData("2024-09", "2024-10")] // too short for the catalogue's new product: no form may use it
    public void A_clean_sample_loads_with_zero_rejects_and_every_check_passing(string from, string to)
    {
        using var sample = new SampleFolder(from, to, seed: 21);
        using var etl = LoadSample(sample);

        Assert.All(etl.Result!.Files, f => Assert.Equal(FileStatus.Loaded, f.Status));
        Assert.Equal(0, etl.Count("select count(*) from etl.rejects"));
        Assert.All(etl.Result.Checks, c => Assert.True(c.Passed, $"{c.Name}: {string.Join("; ", c.Sample)}"));
        Assert.Equal(sample.Summary.CsvRows, etl.Count("select sum(rows_read) from etl.batches where kind <> 'production'"));
        Assert.Equal(0, etl.Count("select count(*) from etl.batches where rows_read <> rows_loaded + rows_rejected"));
    }

    [Fact]
    public void Every_planted_defect_is_reported_at_its_file_and_line()
    {
        using var sample = new SampleFolder("2024-01", "2024-04", seed: 4, defects: 0.001);
        using var etl = LoadSample(sample);
        var defects = sample.Defects();

        foreach (var d in defects.Where(d => d.Line is not null))
        {
            var rejects = etl.Rejects(d.File);
            Assert.True(rejects.Any(r => r.Line == d.Line), $"{d.Kind} in {d.File} line {d.Line} was not rejected");
        }
        foreach (var d in defects.Where(d => d.Line is null))
            Assert.Equal("quarantined", etl.Session.Scalar<string>("select status from etl.batches where file_name = $1", d.File));
        // Nothing is rejected that was not planted.
        var planted = defects.Where(d => d.Line is not null).Select(d => (d.File, d.Line)).ToHashSet();
        var reported = etl.Session.Query("select file_name, line from etl.rejects", r => (r.GetString(0), (int?)r.GetInt32(1))).ToHashSet();
        Assert.Equal(planted, reported);
    }
}
