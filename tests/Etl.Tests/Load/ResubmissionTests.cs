using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Etl.Tests.Load;

public class ResubmissionTests
{
    private const string Header = "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners";

    [Fact]
    public void The_same_bytes_twice_is_a_duplicate_that_changes_nothing()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("population_202401.csv", Header, "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12");
        etl.Run();
        etl.Drop("population_202401.csv", Header, "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12");
        var second = etl.Run().Files.Single();

        Assert.True(FileStatus.Duplicate == second.Status, second.Message);
        Assert.Equal(1, etl.Count("select count(*) from core.fact_population_daily"));
        Assert.Equal(1, etl.Count("select count(*) from etl.batches where kind = 'population' and status = 'loaded'"));
        Assert.Equal(1, etl.Count("select count(*) from etl.batches where status = 'duplicate'"));
        Assert.Empty(Directory.GetFiles(etl.Inbox));
    }

    [Fact]
    public void The_same_bytes_under_another_months_name_load_as_that_month()
    {
        // A department re-sends an unchanged staffing table for the next month: its rows carry no date.
        using var etl = new EtlHarness().Register();
        string[] table = ["facility_code,staff_category,posts_established,posts_filled", "ЕЦ-166/1,custodial,120,110"];
        etl.Drop("staffing_202406.csv", table);
        etl.Run();
        etl.Drop("staffing_202407.csv", table);
        var july = etl.Run().Files.Single();

        Assert.True(FileStatus.Loaded == july.Status, july.Message);
        Assert.Equal(
            ["2024-06-01 110", "2024-07-01 110"],
            etl.Session.Query("select concat_ws(' ', month, posts_filled) from core.fact_staffing order by month", r => r.GetString(0)));
        Assert.Equal(0, etl.Count("select count(*) from etl.batches where status = 'duplicate'"));
    }

    [Fact]
    public void A_register_snapshot_with_the_same_content_under_a_new_date_is_a_batch_that_changes_nothing()
    {
        using var etl = new EtlHarness().Register("20240101");
        etl.Run();
        var before = etl.Session.Query("select facility_code || ' ' || valid_from || ' ' || valid_to || ' ' || capacity from core.dim_facility order by all", r => r.GetString(0));
        etl.Register("20240701");
        var snapshot = etl.Run().Files.Single();

        Assert.True(FileStatus.Loaded == snapshot.Status, snapshot.Message);
        Assert.Equal("2024-07-01", snapshot.Slice);
        Assert.Equal(before, etl.Session.Query("select facility_code || ' ' || valid_from || ' ' || valid_to || ' ' || capacity from core.dim_facility order by all", r => r.GetString(0)));
        Assert.Equal(2, etl.Count("select count(*) from etl.batches where kind = 'facilities' and status = 'loaded'"));
    }

    [Fact]
    public void A_file_for_a_month_after_the_current_one_is_refused_and_loads_nothing()
    {
        using var etl = new EtlHarness().Register();
        var next = YearMonth.Of(DateOnly.FromDateTime(TestClock.Start.DateTime)).AddMonths(2); // the harness's clock starts there
        etl.Drop($"population_{next.Compact}.csv", Header, $"ЕЦ-166/1,{next.First:yyyy-MM-dd},400,398,2,0,0,12");
        etl.Drop($"facilities_{next.First:yyyyMMdd}.csv", EtlHarness.RegisterLines());
        var files = etl.Run().Files.Where(f => f.FileName != "facilities_20240101.csv").ToList();

        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.Equal(FileStatus.Quarantined, f.Status));
        Assert.Contains(files, f => f.Message!.Contains($"after the current month"));
        Assert.Contains(files, f => f.Message!.Contains("after today"));
        Assert.Equal(0, etl.Count("select count(*) from core.fact_population_daily"));
        Assert.Equal(1, etl.Count("select count(*) from etl.batches where kind = 'facilities' and status = 'loaded'"));
    }

    [Fact]
    public void A_resubmitted_month_replaces_only_its_slice_and_the_batch_log_keeps_both()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("population_202401.csv", Header, "ЕЦ-166/1,2024-01-31,400,398,2,0,0,12", "ЕЦ-166/2,2024-01-31,100,100,0,100,0,1");
        etl.Drop("population_202402.csv", Header, "ЕЦ-166/1,2024-02-29,410,408,2,0,0,12");
        etl.Run();
        etl.Drop("population_202401.csv", Header, "ЕЦ-166/1,2024-01-31,405,403,2,0,0,12");
        var resubmission = etl.Run().Files.Single();

        Assert.Equal(FileStatus.Loaded, resubmission.Status);
        Assert.Equal(
            ["ЕЦ-166/1 2024-01-31 405", "ЕЦ-166/1 2024-02-29 410"],
            etl.Session.Query("select concat_ws(' ', facility_code, date, held_total) from core.fact_population_daily order by date", r => r.GetString(0)));
        var log = etl.Session.Query(
            "select status, coalesce(replaced_by, 0) from etl.batches where kind = 'population' and slice = '2024-01' order by batch_id",
            r => (r.GetString(0), r.GetInt64(1)));
        Assert.Equal([("replaced", resubmission.BatchId!.Value), ("loaded", 0L)], log);
    }

    [Fact]
    public void A_revised_budget_plan_replaces_the_years_plan()
    {
        using var etl = new EtlHarness().Register();
        const string header = "Код учреждения;Программа;Подпрограмма;Специфика;Источник;Период;Сумма";
        etl.DropAccounting("budget_plan_2024.csv", header, "ЕЦ-166/1;010;100;141;РБ;01.2024;100,00", "ЕЦ-166/1;010;100;111;РБ;01.2024;50,00");
        etl.DropAccounting("budget_plan_2024_r1.csv", header, "ЕЦ-166/1;010;100;141;РБ;01.2024;120,00");
        etl.Run();

        Assert.Equal(120m, etl.Session.Scalar<decimal>("select sum(amount) from core.fact_budget_plan"));
        Assert.Equal("replaced", etl.Session.Scalar<string>("select status from etl.batches where file_name = 'budget_plan_2024.csv'"));
    }

    private const string PlanHeader = "Код учреждения;Программа;Подпрограмма;Специфика;Источник;Период;Сумма";

    private static EtlHarness PlanAndRevision()
    {
        var etl = new EtlHarness().Register();
        etl.DropAccounting("budget_plan_2024.csv", PlanHeader, "ЕЦ-166/1;010;100;141;РБ;01.2024;100,00", "ЕЦ-166/1;010;100;111;РБ;01.2024;50,00");
        etl.DropAccounting("budget_plan_2024_r1.csv", PlanHeader, "ЕЦ-166/1;010;100;141;РБ;01.2024;120,00");
        etl.Run();
        return etl;
    }

    [Fact]
    public void A_plan_and_its_revision_sent_again_are_duplicates_and_the_revision_stays_the_plan()
    {
        // What a run killed between its commit and taking the files out leaves, and an accounting folder copied again.
        using var etl = PlanAndRevision();
        etl.DropAccounting("budget_plan_2024.csv", PlanHeader, "ЕЦ-166/1;010;100;141;РБ;01.2024;100,00", "ЕЦ-166/1;010;100;111;РБ;01.2024;50,00");
        etl.DropAccounting("budget_plan_2024_r1.csv", PlanHeader, "ЕЦ-166/1;010;100;141;РБ;01.2024;120,00");
        var again = etl.Run().Files;

        Assert.All(again, f => Assert.Equal(FileStatus.Duplicate, f.Status));
        Assert.Contains("which revision 1 (budget_plan_2024_r1.csv", again.Single(f => f.FileName == "budget_plan_2024.csv").Message);
        Assert.Equal(120m, etl.Session.Scalar<decimal>("select sum(amount) from core.fact_budget_plan"));
        Assert.Equal(2, etl.Count("select count(*) from etl.batches where kind = 'budget_plan' and status in ('loaded', 'replaced')"));
        Assert.Empty(Directory.GetFiles(etl.Inbox));
    }

    [Fact]
    public void An_earlier_revision_with_new_figures_after_a_later_one_is_quarantined_with_the_name_to_send_it_under()
    {
        using var etl = PlanAndRevision();
        etl.DropAccounting("budget_plan_2024.csv", PlanHeader, "ЕЦ-166/1;010;100;141;РБ;01.2024;90,00");
        var late = etl.Run().Files.Single();

        Assert.Equal(FileStatus.Quarantined, late.Status);
        Assert.Contains("send it as budget_plan_2024_r2.csv", late.Message);
        Assert.Equal(120m, etl.Session.Scalar<decimal>("select sum(amount) from core.fact_budget_plan"));

        etl.DropAccounting("budget_plan_2024_r2.csv", PlanHeader, "ЕЦ-166/1;010;100;141;РБ;01.2024;90,00");
        Assert.Equal(FileStatus.Loaded, etl.Run().Files.Single().Status);
        Assert.Equal(90m, etl.Session.Scalar<decimal>("select sum(amount) from core.fact_budget_plan"));
    }

    [Fact]
    public void A_system_fault_in_the_middle_of_a_load_stops_the_run_and_leaves_the_warehouse_and_the_file_as_they_were()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("movements_202401.csv", "facility_code,date,movement,count", "ЕЦ-166/1,2024-01-03,admission_court,4");
        etl.Run();
        var before = Snapshot(etl);
        // The resubmission gets through raw, staging, rejects and the slice delete, then its insert fails.
        etl.Session.Execute("alter table core.fact_movement rename to fact_movement_real");
        etl.Session.Execute("create view core.fact_movement as select * from core.fact_movement_real");
        etl.Drop("movements_202401.csv", "facility_code,date,movement,count", "ЕЦ-166/1,2024-01-03,admission_court,5", "ЖЖ-1/1,2024-01-03,admission_court,5");
        etl.RejectThreshold = 0.9;
        var stopped = Assert.Throws<LoadStoppedException>(() => etl.Run());
        etl.Session.Execute("drop view core.fact_movement");
        etl.Session.Execute("alter table core.fact_movement_real rename to fact_movement");

        // Not the file's fault: nothing is quarantined, the file stays in the inbox for the next run.
        Assert.Equal("movements_202401.csv", stopped.FileName);
        Assert.Contains("stays in the inbox", stopped.Message);
        Assert.Equal(before, Snapshot(etl));
        Assert.Equal(0, etl.Count("select count(*) from etl.batches where status in ('failed', 'quarantined')"));
        Assert.True(File.Exists(Path.Combine(etl.Inbox, "movements_202401.csv")));
        Assert.False(Directory.Exists(Path.Combine(etl.DataDir, "quarantine")));
        var next = etl.Run().Files.Single();
        Assert.Equal(FileStatus.Loaded, next.Status);
    }

    private static string Snapshot(EtlHarness etl) => string.Join(";",
        etl.Count("select count(*) from raw.movements"),
        etl.Count("select count(*) from etl.rejects"),
        etl.Session.Scalar<string>("select string_agg(concat_ws(' ', facility_code, date, movement, count, batch_id), ',') from core.fact_movement"),
        etl.Count("select count(*) from etl.batches where status = 'loaded'"));
}
