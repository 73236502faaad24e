using System.Text;
using CorrAnalytics.Etl.Common;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Etl.Tests.Load;

/// <summary>A large file under the size cap loads within the default load memory (512 MB), and the files beside it load.</summary>
public class LargeFileTests
{
    [Fact]
    public void Two_million_payments_a_month_load_at_the_default_memory_beside_the_other_files()
    {
        using var etl = new EtlHarness().Register();
        Assert.Equal(512, new EtlOptions(etl.DataDir).MemoryLimitMegabytes);
        const int rows = 2_000_000;
        decimal expected = 0;
        foreach (var month in new[] { 1, 2 })
        {
            var text = new StringBuilder("Дата;Код учреждения;Программа;Подпрограмма;Специфика;Источник;Сумма;Документ\n", rows * 64);
            for (var i = 0; i < rows; i++)
            {
                var kopecks = 10_000 + i % 900_000;
                expected += kopecks / 100m;
                text.Append($"{1 + i % 28:00}.{month:00}.2024;{(i % 2 == 0 ? "ЕЦ-166/1" : "ЕЦ-166/2")};010;100;141;РБ;{kopecks / 100},{kopecks % 100:00};ПП-{month}-{i:0000000}\n");
            }
            etl.DropBytes($"budget_exec_2024{month:00}.csv", SourceFormats.Windows1251.GetBytes(text.ToString()));
            etl.Drop($"population_2024{month:00}.csv", "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners", $"ЕЦ-166/1,2024-{month:00}-01,400,398,2,0,0,12");

            var result = etl.Run(); // a month at a time: the second loads beside the first month's two million rows

            Assert.All(result.Files, f => Assert.True(f.Status == FileStatus.Loaded, f.FileName + ": " + f.Message));
        }
        Assert.Equal(2 * rows, etl.Count("select count(*) from core.fact_payment"));
        Assert.Equal(expected, etl.Session.Scalar<decimal>("select sum(amount) from core.fact_payment"));
        Assert.Equal(800, etl.Count("select sum(held_total) from core.fact_population_daily"));
    }
}
