using ClosedXML.Excel;
using CorrAnalytics.Etl.Common;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Etl.Tests.Load;

/// <summary>П-1 forms are read by their labels, wherever they stand on the sheet.</summary>
public class ProductionFormTests
{
    private static void WriteForm(string path, int top, int left, string facility, string period, params (string Code, decimal Output)[] products) =>
        ProductionFormFile.Write(path, top, left, facility, period, ProductionFormFile.Branch, products);

    private static void WriteForm(string path, int top, int left, string facility, string period, string branch, params (string Code, decimal Output)[] products) =>
        ProductionFormFile.Write(path, top, left, facility, period, branch, products);

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
    public void An_unknown_product_is_rejected_at_its_cell_as_a_row_of_the_forms_facility()
    {
        using var etl = new EtlHarness().Register();
        etl.RejectThreshold = 0.9;
        WriteForm(Path.Combine(etl.Inbox, "production_ЕЦ-166-1_202401.xlsx"), 1, 1, "ЕЦ-166/1", "01.2024", ("GR-001", 10m), ("XX-999", 10m));
        etl.Run();
        var reject = Assert.Single(etl.Rejects("production_ЕЦ-166-1_202401.xlsx"));
        Assert.Equal(("A8", "UNKNOWN_CODE"), (reject.Cell, reject.Rule));
        Assert.Equal("ЕЦ-166/1", etl.Session.Scalar<string>("select facility_code from etl.rejects"));   // its department's annex counts it
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
    public void A_system_fault_in_a_shared_form_transaction_keeps_the_forms_before_it_and_stops_the_run_there()
    {
        using var etl = new EtlHarness().Register();
        etl.Run();
        WriteForm(Path.Combine(etl.Inbox, "production_ЕЦ-166-1_202401.xlsx"), 1, 1, "ЕЦ-166/1", "01.2024", ("GR-001", 10m));
        WriteForm(Path.Combine(etl.Inbox, "production_ЕЦ-166-2_202401.xlsx"), 1, 1, "ЕЦ-166/2", "01.2024", ("GR-001", 20m), ("XX-999", 5m));
        WriteForm(Path.Combine(etl.Inbox, "production_АС-221-1_202401.xlsx"), 1, 1, "АС-221/1", "01.2024", ("GR-001", 30m));
        etl.Session.Execute("drop table etl.rejects"); // the fault: only the form with a rejected row needs this table

        var options = new EtlOptions(etl.DataDir) { SettleTime = TimeSpan.Zero, RefreshAfterLoad = false, RejectThreshold = 0.9 };
        var stopped = Assert.Throws<LoadStoppedException>(() => new EtlRunner(etl.Session, options, TestClock.Running()).Run());

        // Load order is АС-221-1, ЕЦ-166-1, ЕЦ-166-2: the group rolled back, the first two loaded alone, the third stopped the run.
        Assert.Equal("production_ЕЦ-166-2_202401.xlsx", stopped.FileName);
        Assert.Contains("rejects", stopped.Message);
        Assert.Equal(["АС-221/1 30.00", "ЕЦ-166/1 10.00"], etl.Session.Query(
            "select facility_code || ' ' || output_value from core.fact_production order by facility_code", r => r.GetString(0)));
        Assert.Equal(["loaded", "loaded"], etl.Session.Query(
            "select status from etl.batches where kind = 'production' order by status", r => r.GetString(0)));
        Assert.Equal(["production_ЕЦ-166-2_202401.xlsx"], Directory.GetFiles(etl.Inbox).Select(Path.GetFileName));
        Assert.False(Directory.Exists(Path.Combine(etl.DataDir, "quarantine")));
    }

    [Fact]
    public void A_control_character_in_the_forms_text_refuses_the_form_as_bad_text()
    {
        using var etl = new EtlHarness().Register();
        etl.Run();
        WriteForm(Path.Combine(etl.Inbox, "production_ЕЦ-166-1_202401.xlsx"), 1, 1, "ЕЦ-166/1", "01.2024", "Еңбек\u0007 филиалы", ("GR-001", 10m));

        var outcome = etl.Run().Files.Single();

        Assert.Equal(FileStatus.Quarantined, outcome.Status);
        Assert.Contains("BAD_TEXT", outcome.Message);
        Assert.Contains("U+0007", outcome.Message);
        Assert.Equal(0, etl.Count("select count(*) from core.fact_labour"));
    }
}
