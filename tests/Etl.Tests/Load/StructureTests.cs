using ClosedXML.Excel;
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
        var reasonFile = Directory.GetFiles(Path.Combine(etl.DataDir, "quarantine"), "*.reason.txt").Single();
        Assert.Contains(outcome.FileName, File.ReadAllText(reasonFile));
        Assert.Contains(reason, File.ReadAllText(reasonFile));
        Assert.Equal("quarantined", etl.Session.Scalar<string>("select status from etl.batches where file_name = $1", outcome.FileName));
        var sha = etl.Session.Scalar<string>("select sha256 from etl.batches where file_name = $1", outcome.FileName)!;
        Assert.Single(Directory.GetFiles(Path.Combine(etl.DataDir, "archive", sha[..2]), sha + ".*"));
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
    public void A_semicolon_separated_file_gets_a_delimiter_hint()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("movements_202401.csv", "facility_code;date;movement;count", "ЕЦ-166/1;2024-01-03;admission_court;4");
        AssertQuarantined(etl, LoadOne(etl), "it is separated by ';'");
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

/// <summary>П-1 forms are read by their labels, wherever they stand on the sheet.</summary>
public class ProductionFormTests
{
    private static void WriteForm(string path, int top, int left, string facility, string period, params (string Code, decimal Output)[] products)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(ProductionForm.SheetName);
        var r = top;
        sheet.Cell(r, left).Value = ProductionForm.FacilityCode; sheet.Cell(r++, left + 1).Value = facility;
        sheet.Cell(r, left).Value = ProductionForm.Period; sheet.Cell(r++, left + 1).Value = period;
        sheet.Cell(r, left).Value = ProductionForm.Branch; sheet.Cell(r++, left + 1).Value = "«Еңбек-Ақмола» филиалы";
        r += 2;
        for (var c = 0; c < ProductionForm.ProductColumns.Count; c++)
            sheet.Cell(r, left + c).Value = ProductionForm.ProductColumns[c];
        foreach (var (code, output) in products)
        {
            r++;
            sheet.Cell(r, left).Value = code;
            sheet.Cell(r, left + 1).Value = "x";
            sheet.Cell(r, left + 2).Value = "pcs";
            decimal[] numbers = [10, 1000, 9, output, 8, output * 0.8m, output * 0.4m];
            for (var i = 0; i < numbers.Length; i++)
                sheet.Cell(r, left + 3 + i).Value = numbers[i];
        }
        r += 4;
        decimal[] labour = [200, 120, 70, 30, 20, 6_000_000, 1_500_000];
        for (var i = 0; i < labour.Length; i++)
        {
            sheet.Cell(r + i, left + 3).Value = ProductionForm.LabourLabels[i];
            sheet.Cell(r + i, left + 4).Value = labour[i];
        }
        workbook.SaveAs(path);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 3)]
    public void A_form_anywhere_on_the_sheet_loads_its_products_and_labour(int top, int left)
    {
        using var etl = new EtlHarness().Register();
        WriteForm(Path.Combine(etl.Inbox, "production_ЕЦ-166-1_202401.xlsx"), top, left, "ЕЦ-166/1", "01.2024", ("GR-001", 9000m), ("MT-003", 500.5m));
        var outcome = etl.Run().Files.Single(f => f.Kind == "production");

        Assert.True(outcome.Status == FileStatus.Loaded, outcome.Message);
        Assert.Equal((FileStatus.Loaded, 3L, 3L, 0L), (outcome.Status, outcome.Read, outcome.Loaded, outcome.Rejected));
        Assert.Equal(
            ["GR-001 9000.00 7200.00 3600.00", "MT-003 500.50 400.40 200.20"],
            etl.Session.Query("select concat_ws(' ', product_code, output_value, sold_value, internal_value) from core.fact_production order by product_code", r => r.GetString(0)));
        Assert.Equal("200 120 70 30 20 6000000.00 1500000.00 «Еңбек-Ақмола» филиалы", etl.Session.Scalar<string>(
            "select concat_ws(' ', able_bodied, employed_total, employed_enbek, employed_private, employed_household, wage_fund, deductions, branch) from core.fact_labour"));
    }

    [Fact]
    public void An_unknown_product_is_rejected_at_its_cell()
    {
        using var etl = new EtlHarness().Register();
        etl.RejectThreshold = 0.9;
        WriteForm(Path.Combine(etl.Inbox, "production_ЕЦ-166-1_202401.xlsx"), 1, 1, "ЕЦ-166/1", "01.2024", ("GR-001", 10m), ("XX-999", 10m));
        etl.Run();
        var reject = Assert.Single(etl.Rejects("production_ЕЦ-166-1_202401.xlsx"));
        Assert.Equal(("A8", "UNKNOWN_CODE"), (reject.Cell, reject.Rule));
    }

    [Fact]
    public void A_form_for_another_facility_than_its_file_name_is_refused()
    {
        using var etl = new EtlHarness().Register();
        WriteForm(Path.Combine(etl.Inbox, "production_ЕЦ-166-1_202401.xlsx"), 1, 1, "ЕЦ-166/2", "01.2024", ("GR-001", 10m));
        var outcome = etl.Run().Files.Single(f => f.Kind == "production");
        Assert.Equal(FileStatus.Quarantined, outcome.Status);
        Assert.Contains("its file name says", outcome.Message);
    }

    [Fact]
    public void A_value_too_large_to_store_is_rejected_at_its_cell_and_the_forms_loaded_with_it_still_load()
    {
        using var etl = new EtlHarness().Register();
        WriteForm(Path.Combine(etl.Inbox, "production_ЕЦ-166-1_202401.xlsx"), 1, 1, "ЕЦ-166/1", "01.2024", ("GR-001", 10m));
        WriteForm(Path.Combine(etl.Inbox, "production_ЕЦ-166-2_202401.xlsx"), 1, 1, "ЕЦ-166/2", "01.2024", ("GR-001", 1e17m)); // beyond decimal(18,2)
        WriteForm(Path.Combine(etl.Inbox, "production_АС-221-1_202401.xlsx"), 1, 1, "АС-221/1", "01.2024", ("GR-001", 30m));

        var forms = etl.Run().Files.Where(f => f.Kind == "production").ToDictionary(f => f.FileName);

        Assert.Equal(FileStatus.Loaded, forms["production_ЕЦ-166-1_202401.xlsx"].Status);
        Assert.Equal(FileStatus.Loaded, forms["production_АС-221-1_202401.xlsx"].Status);
        Assert.Equal(FileStatus.Quarantined, forms["production_ЕЦ-166-2_202401.xlsx"].Status);
        Assert.Equal(["G7 OUT_OF_RANGE"], // the output column of the first product row; a row is rejected for its first problem
            etl.Rejects("production_ЕЦ-166-2_202401.xlsx").Select(r => $"{r.Cell} {r.Rule}").Order());
        Assert.Equal(["АС-221/1 30.00", "ЕЦ-166/1 10.00"], etl.Session.Query(
            "select facility_code || ' ' || output_value from core.fact_production order by facility_code", r => r.GetString(0)));
        Assert.Equal(0, etl.Count("select count(*) from etl.batches where status = 'running'"));
        Assert.Empty(Directory.GetFiles(etl.Inbox));
    }

    [Fact]
    public void A_form_that_fails_to_load_rolls_back_its_shared_transaction_and_the_others_load_alone()
    {
        using var etl = new EtlHarness().Register();
        etl.Run();
        WriteForm(Path.Combine(etl.Inbox, "production_ЕЦ-166-1_202401.xlsx"), 1, 1, "ЕЦ-166/1", "01.2024", ("GR-001", 10m));
        WriteForm(Path.Combine(etl.Inbox, "production_ЕЦ-166-2_202401.xlsx"), 1, 1, "ЕЦ-166/2", "01.2024", ("GR-001", 20m), ("XX-999", 5m));
        WriteForm(Path.Combine(etl.Inbox, "production_АС-221-1_202401.xlsx"), 1, 1, "АС-221/1", "01.2024", ("GR-001", 30m));
        etl.Session.Execute("drop table etl.rejects"); // the fault: only the form with a rejected row needs this table

        var options = new EtlOptions(etl.DataDir) { SettleTime = TimeSpan.Zero, RefreshAfterLoad = false, RejectThreshold = 0.9 };
        var forms = new EtlRunner(etl.Session, options, TimeProvider.System)
            .Run().Files.ToDictionary(f => f.FileName);

        Assert.Equal(FileStatus.Loaded, forms["production_ЕЦ-166-1_202401.xlsx"].Status);
        Assert.Equal(FileStatus.Loaded, forms["production_АС-221-1_202401.xlsx"].Status);
        Assert.Equal(FileStatus.Failed, forms["production_ЕЦ-166-2_202401.xlsx"].Status);
        Assert.Contains("rejects", forms["production_ЕЦ-166-2_202401.xlsx"].Message);
        Assert.Equal(["АС-221/1 30.00", "ЕЦ-166/1 10.00"], etl.Session.Query(
            "select facility_code || ' ' || output_value from core.fact_production order by facility_code", r => r.GetString(0)));
        Assert.Equal(["failed", "loaded", "loaded"], etl.Session.Query(
            "select status from etl.batches where kind = 'production' order by status", r => r.GetString(0)));
        Assert.Single(Directory.GetFiles(Path.Combine(etl.DataDir, "quarantine"), "*.reason.txt"));
    }
}
