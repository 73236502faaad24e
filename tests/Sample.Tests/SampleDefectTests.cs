using CorrAnalytics.Etl.Common;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Sample.Tests;

public class SampleDefectTests
{
    [Fact]
    public void The_manifest_lists_a_defect_of_every_kind_at_its_file_and_line()
    {
        using var sample = new SampleFolder("2024-01", "2024-04", seed: 4, defects: 0.001);
        var defects = sample.Defects();

        Assert.Equal(
            new[] { "duplicate_row", "formula_text", "impossible_date", "negative_count", "population_identity", "truncated_file",
                    "unknown_facility", "unmatched_file_name", "unparsable_number", "unreadable_workbook", "wrong_encoding" },
            defects.Select(d => d.Kind).Distinct().Order());
        Assert.Equal(sample.Summary.Defects, defects.Count);
        foreach (var d in defects.Where(d => d.Line is not null))
        {
            var encoding = d.File.StartsWith("budget") ? SourceFormats.Windows1251 : SourceFormats.Utf8;
            var lines = File.ReadAllText(sample.File(d.File), encoding).Split('\n');
            var line = lines[d.Line!.Value - 1];
            if (d.Kind == "duplicate_row")
                Assert.Equal(lines[d.Line.Value - 2], line);
            else
                Assert.Contains(d.Value!.Replace("\"", "\"\""), line);
        }
        Assert.All(new[] { "=HYPERLINK(", "+cmd", "@SUM(", "-1+1" }, f => Assert.Contains(defects, d => d.Value?.StartsWith(f) == true));
    }

    [Fact]
    public void Whole_file_defects_are_really_broken()
    {
        using var sample = new SampleFolder("2024-01", "2024-04", seed: 4, defects: 0.001);
        var defects = sample.Defects();
        var truncated = File.ReadAllBytes(sample.File(defects.Single(d => d.Kind == "truncated_file").File));
        Assert.NotEqual((byte)'\n', truncated[^1]);
        var misencoded = File.ReadAllBytes(sample.File(defects.Single(d => d.Kind == "wrong_encoding").File));
        Assert.Equal("Дата;"u8.ToArray(), misencoded[..9]);
        Assert.Throws<InvalidDataException>(() => new System.IO.Compression.ZipArchive(File.OpenRead(sample.File(defects.Single(d => d.Kind == "unreadable_workbook").File))));
    }
}
