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

    [Fact]
    public void A_failure_in_the_middle_of_a_load_leaves_the_warehouse_as_it_was()
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
        var outcome = etl.Run().Files.Single();
        etl.Session.Execute("drop view core.fact_movement");
        etl.Session.Execute("alter table core.fact_movement_real rename to fact_movement");

        Assert.Equal(FileStatus.Failed, outcome.Status);
        Assert.Equal(before, Snapshot(etl));
        Assert.Equal("failed", etl.Session.Scalar<string>("select status from etl.batches where batch_id = $1", outcome.BatchId));
        Assert.NotNull(etl.Session.Scalar<string>("select error from etl.batches where batch_id = $1", outcome.BatchId));
    }

    private static string Snapshot(EtlHarness etl) => string.Join(";",
        etl.Count("select count(*) from raw.movements"),
        etl.Count("select count(*) from etl.rejects"),
        etl.Session.Scalar<string>("select string_agg(concat_ws(' ', facility_code, date, movement, count, batch_id), ',') from core.fact_movement"),
        etl.Count("select count(*) from etl.batches where status = 'loaded'"));
}
