using CorrAnalytics.Etl.Common;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Etl.Tests.Load;

/// <summary>A file whose structure is wrong is refused whole: quarantined with a reason, archived, recorded.</summary>
public class StructureTests
{
    private static FileOutcome LoadOne(EtlHarness etl) => etl.Run().Files.Single(f => !f.FileName.StartsWith("facilities_"));

    private static void AssertQuarantined(EtlHarness etl, FileOutcome outcome, string reason)
    {
        Assert.Equal(FileStatus.Quarantined, outcome.Status);
        Assert.Contains(reason, outcome.Message);
        var reasonFile = Directory.GetFiles(Path.Combine(etl.DataDir, "quarantine"), "*.reason.txt", SearchOption.AllDirectories).Single();
        Assert.Contains(outcome.FileName, File.ReadAllText(reasonFile));
        Assert.Contains(reason, File.ReadAllText(reasonFile));
        Assert.Equal("quarantined", etl.Session.Scalar<string>("select status from etl.batches where file_name = $1", outcome.FileName));
        var sha = etl.Session.Scalar<string>("select sha256 from etl.batches where file_name = $1", outcome.FileName)!;
        Assert.Single(Directory.GetFiles(Path.Combine(etl.DataDir, "archive", sha[..2]), sha + ".*"), f => !f.EndsWith(".json", StringComparison.Ordinal)); // the blob, beside its sidecar
        Assert.Empty(Directory.GetFiles(etl.Inbox));
    }

    [Fact]
    public void A_wrong_header_is_refused_naming_the_expected_one()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("movements_202401.csv", "facility,date,movement,count", "ЕЦ-166/1,2024-01-03,admission_court,4");
        AssertQuarantined(etl, LoadOne(etl), "expected 'facility_code,date,movement,count'");
    }

    [Fact]
    public void A_header_naming_a_column_twice_is_refused()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("movements_202401.csv", "facility_code;date;movement;count;Date", "ЕЦ-166/1;2024-01-03;admission_court;4;2024-01-04");
        AssertQuarantined(etl, LoadOne(etl), "the header names the column date twice");
    }

    [Fact]
    public void A_truncated_file_is_refused()
    {
        using var etl = new EtlHarness().Register();
        etl.DropBytes("movements_202401.csv", SourceFormats.Utf8.GetBytes("facility_code,date,movement,count\nЕЦ-166/1,2024-01-03,admission_court,4\nЕЦ-166/1,2024-01-0"));
        AssertQuarantined(etl, LoadOne(etl), "truncated");
    }

    [Fact]
    public void A_header_only_file_is_refused_so_it_cannot_wipe_its_month()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("movements_202401.csv", "facility_code,date,movement,count");
        AssertQuarantined(etl, LoadOne(etl), "no data rows");
    }

    [Fact]
    public void An_accounting_file_saved_as_UTF_8_is_refused_with_the_encoding_named()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("budget_exec_202401.csv", "Дата;Код учреждения;Программа;Подпрограмма;Специфика;Источник;Сумма;Документ",
            "15.01.2024;ЕЦ-166/1;010;100;141;РБ;100,00;ПП-1");
        AssertQuarantined(etl, LoadOne(etl), "Windows-1251");
    }

    [Fact]
    public void A_file_whose_name_matches_no_pattern_is_quarantined()
    {
        using var etl = new EtlHarness();
        etl.Drop("population-report_final.csv", "facility_code,date");
        var outcome = etl.Run().Files.Single();
        AssertQuarantined(etl, outcome, "matches no inbox pattern");
    }

    [Fact]
    public void A_file_still_being_written_is_left_for_the_next_run()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("movements_202401.csv.part", "facility_code,date,movement,count", "ЕЦ-166/1,2024-01-03,admission_court,4");
        var result = etl.Run();
        Assert.Single(result.NotReady);
        Assert.True(File.Exists(Path.Combine(etl.Inbox, "movements_202401.csv.part")));
        Assert.Equal(0, etl.Count("select count(*) from etl.batches where file_name like 'movements%'"));
    }

    [Fact]
    public void An_unreadable_workbook_is_refused()
    {
        using var etl = new EtlHarness().Register();
        etl.DropBytes("production_ЕЦ-166-1_202401.xlsx", "PK\u0003\u0004 not really"u8.ToArray());
        AssertQuarantined(etl, LoadOne(etl), "not an .xlsx workbook");
    }
}
