using CorrAnalytics.Etl.Common;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Sample.Tests;

public class SampleProductionTests(NationalSample sample) : IClassFixture<NationalSample>
{
    [Fact]
    public void Every_colony_and_no_detention_centre_files_a_form_each_month()
    {
        var register = sample.Csv(sample.Names("facilities_*.csv").First());
        var colonies = register.Where(r => r["facility_type"] == "colony" && r["closed_on"] == "").Select(r => CorrAnalytics.Warehouse.Files.FileNameCode.Of(r["facility_code"])).ToHashSet();
        var forms = sample.Names("production_*_202412.xlsx").Select(n => n["production_".Length..^"_202412.xlsx".Length]).ToHashSet();
        var closed = sample.Csv(sample.Names("facilities_*.csv").Last()).Where(r => r["closed_on"] != "").Select(r => CorrAnalytics.Warehouse.Files.FileNameCode.Of(r["facility_code"]));

        Assert.Equal(colonies.Except(closed).ToHashSet(), forms);
        Assert.DoesNotContain(register.Where(r => r["facility_type"] == "sizo"), r => forms.Contains(CorrAnalytics.Warehouse.Files.FileNameCode.Of(r["facility_code"])));
    }

    [Fact]
    public void Employment_wages_and_sales_are_plausible_and_the_form_is_found_by_its_labels()
    {
        foreach (var name in sample.Names("production_*_202406.xlsx"))
        {
            var cells = Workbooks.Cells(sample.File(name));
            double able = double.Parse(Workbooks.ValueAfter(cells, ProductionForm.AbleBodied));
            double employed = double.Parse(Workbooks.ValueAfter(cells, ProductionForm.EmployedTotal));
            var wageFund = double.Parse(Workbooks.ValueAfter(cells, ProductionForm.WageFund), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(employed / able * 100, 29.5, 72.5);
            Assert.InRange(wageFund / employed, 22_000, 85_000);
            Assert.Equal("06.2024", Workbooks.ValueAfter(cells, ProductionForm.Period));
            Assert.Contains("Еңбек", Workbooks.ValueAfter(cells, ProductionForm.Branch));
            Assert.Contains(cells, c => c.Value == ProductionForm.ProductColumns[^1]);
        }
    }

    [Fact]
    public void Crops_appear_only_in_season()
    {
        static bool HasCrops(Dictionary<string, string> cells) => cells.Values.Any(v => v is "AG-001" or "AG-002" or "AG-006");
        var winter = sample.Names("production_*_202402.xlsx").Select(n => Workbooks.Cells(sample.File(n))).ToList();
        var autumn = sample.Names("production_*_202409.xlsx").Select(n => Workbooks.Cells(sample.File(n))).ToList();
        Assert.DoesNotContain(winter, HasCrops);
        Assert.Contains(autumn, HasCrops);
    }
}
