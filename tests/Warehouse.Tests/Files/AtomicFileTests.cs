using CorrAnalytics.Warehouse.Files;

namespace CorrAnalytics.Warehouse.Tests.Files;

/// <summary>Outputs are written beside their final name and renamed: a crash leaves the old complete file or the new one.</summary>
public class AtomicFileTests
{
    [Fact]
    public void A_writer_that_fails_half_way_leaves_the_old_file_whole_and_no_partial_file()
    {
        var folder = Directory.CreateTempSubdirectory("corr-atomic-").FullName;
        try
        {
            var path = Path.Combine(folder, "monthly_2026-10_kk.pdf");
            AtomicFile.WriteAllText(path, "the complete old report");

            Assert.Throws<IOException>(() => AtomicFile.Write(path, temp =>
            {
                File.WriteAllText(temp, "the new report, cut sh");
                throw new IOException("disk full");
            }));

            Assert.Equal("the complete old report", File.ReadAllText(path));
            Assert.Equal([path], Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_temporary_file_keeps_the_extension_and_is_not_the_final_name()
    {
        var folder = Directory.CreateTempSubdirectory("corr-atomic-").FullName;
        try
        {
            var path = Path.Combine(folder, "budget_2027_ru.xlsx");
            string? seen = null;
            AtomicFile.Write(path, temp => { seen = temp; File.WriteAllText(temp, "x"); Assert.False(File.Exists(path)); });

            Assert.EndsWith(".xlsx", seen);
            Assert.NotEqual(path, seen);
            Assert.Equal("x", File.ReadAllText(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
