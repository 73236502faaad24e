using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Etl.Tests.Load;

/// <summary>Each row rule of DESIGN §3 rejects its row with the rule's code at the right line; the rest of the file loads.</summary>
public class RejectRuleTests
{
    private const string PopulationHeader = "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners";
    private const string Good = "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12";

    private static (EtlHarness Etl, FileOutcome Outcome) LoadPopulation(params string[] rows)
    {
        var etl = new EtlHarness().Register();
        etl.RejectThreshold = 0.9;
        // Enough good rows that one bad row stays under any threshold.
        var good = Enumerable.Range(2, 20).Select(d => $"ЕЦ-166/2,2024-01-{d:00},100,100,0,100,0,1");
        etl.Drop("population_202401.csv", [PopulationHeader, .. rows, .. good]);
        var outcome = etl.Run().Files.Single(f => f.Kind == "population");
        return (etl, outcome);
    }

    [Theory]
    [InlineData("ЖЖ-999/9,2024-01-01,400,398,2,0,0,12", "UNKNOWN_FACILITY", "facility_code")]
    [InlineData("ЕЦ-166/1,2024-01-01,4OO,398,2,0,0,12", "BAD_NUMBER", "held_total")]
    [InlineData("ЕЦ-166/1,2024-01-01,1e3,398,2,0,0,12", "BAD_NUMBER", "held_total")]
    [InlineData("ЕЦ-166/1,2024-01-01,400,398,2,0,-1,12", "NEGATIVE_COUNT", "juveniles")]
    [InlineData("ЕЦ-166/1,2024-01-01,407,398,2,0,0,12", "POPULATION_IDENTITY", "held_total")]
    [InlineData("ЕЦ-166/1,2024-01-01,400,398,2,401,0,12", "POPULATION_IDENTITY", "women")]
    [InlineData("ЕЦ-166/1,2024-01-32,400,398,2,0,0,12", "BAD_DATE", "date")]
    [InlineData("ЕЦ-166/1,01/01/2024,400,398,2,0,0,12", "BAD_DATE", "date")]
    [InlineData("ЕЦ-166/1,31.02.2024,400,398,2,0,0,12", "BAD_DATE", "date")]
    [InlineData("ЕЦ-166/1,2024-02-01,400,398,2,0,0,12", "DATE_OUTSIDE_PERIOD", "date")]
    [InlineData("ЕЦ-166/1,2024-01-01,,398,2,0,0,12", "MISSING_VALUE", "held_total")]
    [InlineData("ЕЦ-166/1,2024-01-01,400,398,2,0,0", "FIELD_COUNT", null)]
    public void A_bad_population_row_is_rejected_with_its_rule_at_its_line(string row, string rule, string? column)
    {
        var (etl, outcome) = LoadPopulation(row);
        using (etl)
        {
            var reject = Assert.Single(etl.Rejects("population_202401.csv"));
            Assert.Equal((2, rule, column), (reject.Line, reject.Rule, reject.Column));
            Assert.Equal(FileStatus.Loaded, outcome.Status);
            Assert.Equal((21L, 20L, 1L), (outcome.Read, outcome.Loaded, outcome.Rejected));
            Assert.Equal(20, etl.Count("select count(*) from core.fact_population_daily"));
        }
    }

    [Fact]
    public void A_facility_not_open_on_the_rows_date_is_rejected()
    {
        using var etl = new EtlHarness();
        etl.Drop("facilities_20240101.csv",
            "facility_code,name_kk,name_ru,facility_type,security_level,sex,region_code,department_code,capacity,opened_on,closed_on",
            "ЕЦ-166/1,А,Б,colony,medium,M,KZ-11,D-11,500,1975-05-01,2024-01-15");
        etl.Drop("movements_202401.csv", "facility_code,date,movement,count",
            "ЕЦ-166/1,2024-01-14,admission_court,1", "ЕЦ-166/1,2024-01-15,admission_court,1");
        etl.RejectThreshold = 0.9;
        etl.Run();
        var reject = Assert.Single(etl.Rejects("movements_202401.csv"));
        Assert.Equal((3, "FACILITY_NOT_OPEN"), (reject.Line, reject.Rule));
    }

    [Fact]
    public void A_Latin_look_alike_in_a_Cyrillic_code_is_rejected_with_a_hint()
    {
        var (etl, _) = LoadPopulation("EЦ-166/1,2024-01-01,400,398,2,0,0,12"); // Latin E
        using (etl)
        {
            var reject = Assert.Single(etl.Rejects("population_202401.csv"));
            Assert.Equal("UNKNOWN_FACILITY", reject.Rule);
            Assert.Contains("Latin letters that look Cyrillic: did you mean 'ЕЦ-166/1'?", reject.Message);
        }
    }

    [Fact]
    public void A_second_row_with_the_same_grain_is_rejected_and_the_first_stays()
    {
        var (etl, _) = LoadPopulation(Good, "ЕЦ-166/1,2024-01-01,999,999,0,0,0,12");
        using (etl)
        {
            var reject = Assert.Single(etl.Rejects("population_202401.csv"));
            Assert.Equal((3, "DUPLICATE_ROW"), (reject.Line, reject.Rule));
            Assert.Contains("line 2, is kept", reject.Message);
            Assert.Equal(400, etl.Count("select held_total from core.fact_population_daily where facility_code = 'ЕЦ-166/1'"));
        }
    }

    [Theory]
    [InlineData("released_by_magic", "UNKNOWN_CODE")]
    [InlineData("-3", "NEGATIVE_COUNT")]
    public void Movement_codes_and_counts_are_checked(string value, string rule)
    {
        using var etl = new EtlHarness().Register();
        etl.RejectThreshold = 0.9;
        var row = rule == "UNKNOWN_CODE" ? $"ЕЦ-166/1,2024-01-03,{value},1" : $"ЕЦ-166/1,2024-01-03,admission_court,{value}";
        etl.Drop("movements_202401.csv", "facility_code,date,movement,count", "ЕЦ-166/1,2024-01-02,admission_court,1", row);
        etl.Run();
        Assert.Equal((3, rule), etl.Rejects("movements_202401.csv").Select(r => (r.Line, r.Rule)).Single());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"\"http://x\"\",\"\"1\"\")", "FORMULA_TEXT")]
    [InlineData("+cmd", "FORMULA_TEXT")]
    [InlineData("@SUM(1+1)", "FORMULA_TEXT")]
    [InlineData("-1+1", "FORMULA_TEXT")]
    public void Payment_document_numbers_that_look_like_formulas_are_rejected(string document, string rule)
    {
        using var etl = new EtlHarness().Register();
        etl.RejectThreshold = 0.9;
        etl.DropAccounting("budget_exec_202401.csv",
            "Дата;Код учреждения;Программа;Подпрограмма;Специфика;Источник;Сумма;Документ",
            "15.01.2024;ЕЦ-166/1;010;100;141;РБ;100,00;ПП-1",
            $"15.01.2024;ЕЦ-166/1;010;100;141;РБ;100,00;\"{document}\"");
        etl.Run();
        Assert.Equal((3, rule, "document"), etl.Rejects("budget_exec_202401.csv").Select(r => (r.Line, r.Rule, r.Column)).Single());
    }

    [Theory]
    [InlineData("1.234,5")]
    [InlineData("1,234.5")]
    [InlineData("1e3")]
    public void Amounts_in_a_foreign_number_format_are_rejected(string amount)
    {
        using var etl = new EtlHarness().Register();
        etl.RejectThreshold = 0.9;
        etl.DropAccounting("budget_exec_202401.csv",
            "Дата;Код учреждения;Программа;Подпрограмма;Специфика;Источник;Сумма;Документ",
            "15.01.2024;ЕЦ-166/1;010;100;141;РБ;1 234,50;ПП-1",
            $"15.01.2024;ЕЦ-166/1;010;100;141;РБ;{amount};ПП-2");
        etl.Run();
        Assert.Equal(("BAD_NUMBER", "amount"), etl.Rejects("budget_exec_202401.csv").Select(r => (r.Rule, r.Column)).Single());
    }

    [Fact]
    public void A_payment_document_already_loaded_from_another_month_is_rejected()
    {
        using var etl = new EtlHarness().Register();
        etl.RejectThreshold = 0.9;
        const string header = "Дата;Код учреждения;Программа;Подпрограмма;Специфика;Источник;Сумма;Документ";
        etl.DropAccounting("budget_exec_202401.csv", header, "15.01.2024;ЕЦ-166/1;010;100;141;РБ;100,00;ПП-1");
        etl.DropAccounting("budget_exec_202402.csv", header, "15.02.2024;ЕЦ-166/1;010;100;141;РБ;5,00;ПП-2", "15.02.2024;ЕЦ-166/1;010;100;141;РБ;100,00;ПП-1");
        etl.Run();
        Assert.Equal((3, "ID_TAKEN"), etl.Rejects("budget_exec_202402.csv").Select(r => (r.Line, r.Rule)).Single());
    }

    [Fact]
    public void A_file_with_too_many_rejected_rows_is_quarantined_whole_with_a_reason()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("population_202401.csv", PopulationHeader, Good, "ЖЖ-999/9,2024-01-01,400,398,2,0,0,12");
        var outcome = etl.Run().Files.Single(f => f.Kind == "population");

        Assert.Equal(FileStatus.Quarantined, outcome.Status);
        Assert.Contains("1 of 2 rows", outcome.Message);
        Assert.Equal(0, etl.Count("select count(*) from core.fact_population_daily"));
        Assert.Single(etl.Rejects("population_202401.csv"));
        var reason = Directory.GetFiles(Path.Combine(etl.DataDir, "quarantine"), "*.reason.txt", SearchOption.AllDirectories).Single();
        Assert.Contains("population_202401.csv", File.ReadAllText(reason));
    }

    [Fact]
    public void Facility_codes_that_would_share_production_file_names_are_refused_by_the_register()
    {
        using var etl = new EtlHarness { RejectThreshold = 0.5 };
        var header = EtlHarness.RegisterLines()[0];
        etl.Drop("facilities_20240101.csv", [.. EtlHarness.RegisterLines(), "ЕЦ-166-1,Жаңа,Новое,colony,medium,M,KZ-11,D-11,100,1990-01-01,"]);
        etl.Run();
        etl.Drop("facilities_20240201.csv", header, "ЕЦ-166-2,Басқа,Другое,colony,medium,M,KZ-11,D-11,100,1990-01-01,",
            "АС-221-5,Тағы,Ещё,colony,medium,M,KZ-11,D-11,100,1990-01-01,");
        etl.Run();

        // ЕЦ-166-1 and ЕЦ-166/1 are both production_ЕЦ-166-1_…: the later row is refused, in one file or against the register.
        var inFile = Assert.Single(etl.Rejects("facilities_20240101.csv"));
        Assert.Equal(("CODE_COLLISION", 5), (inFile.Rule, inFile.Line));
        Assert.Contains("ЕЦ-166/1", inFile.Message);
        var againstRegister = Assert.Single(etl.Rejects("facilities_20240201.csv"));
        Assert.Equal("CODE_COLLISION", againstRegister.Rule);
        Assert.Contains("already in the register", againstRegister.Message);
        Assert.Equal(0, etl.Count("select count(*) from core.dim_facility where facility_code in ('ЕЦ-166-1', 'ЕЦ-166-2')"));
        Assert.Equal(1, etl.Count("select count(*) from core.dim_facility where facility_code = 'АС-221-5'"));
    }

    [Fact]
    public void A_refused_file_counts_the_same_in_the_run_summary_and_the_batch_log()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("population_202401.csv", "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners",
            "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12", "ЖЖ-1/1,2024-01-01,400,398,2,0,0,12", "ЖЖ-2/2,2024-01-01,400,398,2,0,0,12");

        var outcome = etl.Run().Files.Single(f => f.FileName == "population_202401.csv");

        Assert.Equal(FileStatus.Quarantined, outcome.Status);
        Assert.Equal((3L, 0L, 3L), (outcome.Read, outcome.Loaded, outcome.Rejected));
        Assert.Equal(outcome.Rejected, etl.Count("select rows_rejected from etl.batches where batch_id = $1", outcome.BatchId));
        Assert.Equal(2, etl.Rejects("population_202401.csv").Count); // the rows that broke a rule
    }
}
