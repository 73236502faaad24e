using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Etl.Tests.Load;

/// <summary>Names as Windows writes them are taken: any case, and a copy suffix " (1)".</summary>
public class FileNameTests
{
    private static readonly string[] Movements = ["facility_code,date,movement,count", "ЕЦ-166/1,2024-01-03,admission_court,4", "ЕЦ-166/2,2024-01-04,admission_court,2"];

    [Theory]
    [InlineData("MOVEMENTS_202401.CSV")]
    [InlineData("Movements_202401.csv")]
    [InlineData("movements_202401 (1).csv")]
    public void A_name_in_another_case_or_with_a_copy_suffix_loads_as_its_kind_and_month(string name)
    {
        using var etl = new EtlHarness().Register();
        etl.Drop(name, Movements);
        var outcome = etl.Run().Files.Single(f => f.FileName == name);
        Assert.Equal(FileStatus.Loaded, outcome.Status);
        Assert.Equal(("movements", "2024-01"), (outcome.Kind, outcome.Slice));
        Assert.Equal(6, etl.Count("select sum(count) from core.fact_movement"));
    }

    [Fact]
    public void An_xls_form_is_refused_with_its_format_named_and_what_to_do()
    {
        using var etl = new EtlHarness().Register();
        etl.DropBytes("production_ЕЦ-166-1_202401.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        var outcome = etl.Run().Files.Single(f => f.FileName.EndsWith(".xls", StringComparison.Ordinal));
        Assert.Equal(FileStatus.Quarantined, outcome.Status);
        Assert.Contains("Excel 97-2003 workbook (.xls)", outcome.Message);
        Assert.Contains("save it as .xlsx", outcome.Message);
    }

    [Theory]
    [InlineData("POPULATION_202401.CSV", null)]
    [InlineData("population_202401 (1).csv", "a copy's name, taken as population_202401.csv")]
    public void Population_named_as_Windows_writes_it_loads_and_a_copy_suffix_is_noted(string name, string? note)
    {
        using var etl = new EtlHarness().Register();
        etl.Drop(name, "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners", "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12");
        var outcome = etl.Run().Files.Single(f => f.FileName == name);
        Assert.Equal(FileStatus.Loaded, outcome.Status);
        Assert.Equal(400, etl.Count("select sum(held_total) from core.fact_population_daily"));
        Assert.Equal(note, etl.Session.Scalar<string?>("select notes from etl.batches where file_name = $1", name));
    }

    [Theory]
    [InlineData("Population-2024-01.csv", "the nearest pattern is population_YYYYMM.csv, e.g. population_202401.csv")]
    [InlineData("budget plan 2025.csv", "the nearest pattern is budget_plan_YYYY.csv (a revision budget_plan_YYYY_rN.csv), e.g. budget_plan_2025.csv")]
    [InlineData("staffng_20240.csv", "the nearest pattern is staffing_YYYYMM.csv)")]
    [InlineData("отчёт.csv", "(e.g. population_YYYYMM.csv, budget_plan_YYYY.csv, production_<facility>_YYYYMM.xlsx)")]
    public void A_name_that_matches_no_pattern_is_told_the_nearest_one(string name, string hint)
    {
        using var etl = new EtlHarness();
        etl.Drop(name, "facility_code,date");
        var outcome = etl.Run().Files.Single();
        Assert.Equal(FileStatus.Quarantined, outcome.Status);
        Assert.Contains($"the name '{name}' matches no inbox pattern", outcome.Message);
        Assert.Contains(hint, outcome.Message);
    }
}
