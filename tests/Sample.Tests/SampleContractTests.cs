using System.Text.RegularExpressions;
using CorrAnalytics.Etl.Common;
using CorrAnalytics.Sample;
using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Sample.Tests;

public class SampleContractTests
{
    private static readonly Dictionary<string, string> Headers = new()
    {
        ["facilities_"] = "facility_code,name_kk,name_ru,facility_type,security_level,sex,region_code,department_code,capacity,opened_on,closed_on,name_en",
        ["products_"] = "product_code,name_kk,name_ru,category,unit,name_en", // name_en is optional (docs/data-contracts.md); the sample gives it
        ["population_"] = "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners",
        ["movements_"] = "facility_code,date,movement,count",
        ["incidents_"] = "incident_id,facility_code,occurred_at,incident_type,persons",
        ["staffing_"] = "facility_code,staff_category,posts_established,posts_filled",
        ["budget_plan_"] = "Код учреждения;Программа;Подпрограмма;Специфика;Источник;Период;Сумма",
        ["budget_exec_"] = "Дата;Код учреждения;Программа;Подпрограмма;Специфика;Источник;Сумма;Документ",
    };

    [Fact]
    public void Every_file_matches_a_name_pattern_and_starts_with_its_contract_header()
    {
        using var sample = new SampleFolder("2024-01", "2024-03", seed: 3);
        var names = Directory.GetFiles(sample.Path).Select(Path.GetFileName).ToList();
        var pattern = new Regex(@"^(facilities_\d{8}|products_\d{8}|population_\d{6}|movements_\d{6}|incidents_\d{6}|staffing_\d{6}|budget_plan_\d{4}(_r\d)?|budget_exec_\d{6})\.csv$|^production_.+_\d{6}\.xlsx$");
        Assert.All(names, n => Assert.Matches(pattern, n!));
        foreach (var name in names.Where(n => n!.EndsWith(".csv")))
        {
            var prefix = Headers.Keys.Single(k => name!.StartsWith(k));
            var encoding = prefix.StartsWith("budget") ? SourceFormats.Windows1251 : SourceFormats.Utf8;
            var bytes = File.ReadAllBytes(sample.File(name!));
            Assert.Equal(Headers[prefix], encoding.GetString(bytes).Split('\n')[0]);
            Assert.NotEqual(0xEF, bytes[0]); // no byte-order mark
        }
    }

    [Fact]
    public void Accounting_files_are_Windows_1251_with_decimal_comma_and_space_separated_thousands()
    {
        using var sample = new SampleFolder("2024-01", "2024-02", seed: 3);
        var raw = File.ReadAllBytes(sample.File("budget_exec_202401.csv"));
        Assert.Equal(SourceFormats.Windows1251.GetBytes("Дата;"), raw[..5]);
        var amount = new Regex(@"^-?\d{1,3}( \d{3})*,\d{2}$");
        Assert.All(sample.Accounting("budget_exec_202401.csv"), r =>
        {
            Assert.Matches(amount, r["Сумма"]);
            Assert.Matches(@"^\d\d\.01\.2024$", r["Дата"]);
        });
        Assert.All(sample.Accounting("budget_plan_2024.csv"), r => Assert.Matches(amount, r["Сумма"]));
        var documents = sample.Accounting("budget_exec_202401.csv").Select(r => (r["Код учреждения"], r["Документ"])).ToList();
        Assert.Equal(documents.Count, documents.Distinct().Count());
    }

    [Fact]
    public void Population_rows_keep_their_identities()
    {
        using var sample = new SampleFolder("2024-01", "2024-02", seed: 5);
        Assert.All(sample.Csv("population_202402.csv"), r =>
        {
            int V(string c) => int.Parse(r[c]);
            Assert.Equal(V("held_total"), V("held_sentenced") + V("held_pretrial"));
            Assert.True(V("women") <= V("held_total") && V("juveniles") <= V("held_total") && V("foreigners") <= V("held_total"));
            Assert.StartsWith("2024-02-", r["date"]);
        });
    }

    [Fact]
    public void The_same_arguments_give_the_same_files()
    {
        using var first = new SampleFolder("2024-01", "2024-02", seed: 11);
        using var second = new SampleFolder("2024-01", "2024-02", seed: 11);
        var names = first.Names("*").ToList();
        Assert.Equal(names, second.Names("*"));
        foreach (var name in names.Where(n => n.EndsWith(".csv")))
            Assert.Equal(File.ReadAllBytes(first.File(name)), File.ReadAllBytes(second.File(name)));
        foreach (var name in names.Where(n => n.EndsWith(".xlsx")).Take(10))
            Assert.Equal(Workbooks.Cells(first.File(name)), Workbooks.Cells(second.File(name)));
    }

    [Fact]
    public void A_different_seed_gives_different_numbers()
    {
        using var first = new SampleFolder("2024-01", "2024-01", seed: 1);
        using var second = new SampleFolder("2024-01", "2024-01", seed: 2);
        Assert.NotEqual(File.ReadAllBytes(first.File("population_202401.csv")), File.ReadAllBytes(second.File("population_202401.csv")));
    }

    [Theory]
    [InlineData("2024-05", "2024-01", "before")]
    [InlineData("2014-01", "2014-02", "2015-01")]
    public void Bad_options_are_refused_with_a_reason(string from, string to, string expected)
    {
        var options = new SampleOptions("/tmp/unused", YearMonth.Parse(from), YearMonth.Parse(to));
        var error = Assert.Throws<ArgumentException>(options.Validate);
        Assert.Contains(expected, error.Message);
    }
}
