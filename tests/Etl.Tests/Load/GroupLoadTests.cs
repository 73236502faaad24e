using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Etl.Tests.Load;

/// <summary>
/// The files of a kind load as one group, set-based, and end exactly as if they had loaded one
/// after another: each month its own rows and batch, a refused file alone, a revision replacing
/// its original, a key claimed by the earlier month.
/// </summary>
public class GroupLoadTests
{
    private const string Population = "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners";
    private const string Incidents = "incident_id,facility_code,occurred_at,incident_type,persons";
    private const string Plan = "Код учреждения;Программа;Подпрограмма;Специфика;Источник;Период;Сумма";

    private static KindLoadTime Time(EtlRunResult result, string kind) => result.Times.Single(t => t.Kind == kind);

    [Fact]
    public void Three_months_of_a_kind_load_in_one_group_each_into_its_own_slice_and_batch()
    {
        using var etl = new EtlHarness().Register();
        etl.Run();
        etl.Drop("population_202401.csv", Population, "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12", "ЕЦ-166/1,2024-01-02,402,400,2,0,0,12");
        etl.Drop("population_202402.csv", Population, "ЕЦ-166/1,2024-02-01,410,405,5,0,0,12");
        etl.Drop("population_202403.csv", Population, "ЕЦ-166/2,2024-03-01,250,250,0,250,0,1", "АС-221/1,2024-03-01,700,100,600,20,5,9");

        var result = etl.Run();

        Assert.All(result.Files, f => Assert.Equal(FileStatus.Loaded, f.Status));
        Assert.Equal((1, 3, 5L), (Time(result, "population").Groups, Time(result, "population").Files, Time(result, "population").Rows));
        // Each month's held_total, summed by hand from the rows above: 400 + 402, 410, 250 + 700.
        Assert.Equal(
            ["2024-01 802 population_202401.csv", "2024-02 410 population_202402.csv", "2024-03 950 population_202403.csv"],
            etl.Session.Query(
                "select strftime(p.date, '%Y-%m') as month, sum(p.held_total), b.file_name from core.fact_population_daily p " +
                "join etl.batches b using (batch_id) group by month, b.file_name order by month", r => $"{r.GetString(0)} {r.GetValue(1)} {r.GetString(2)}"));
        Assert.Equal(3, etl.Count("select count(distinct batch_id) from core.fact_population_daily"));
        Assert.Equal([2L, 1L, 2L], etl.Session.Query("select rows_loaded from etl.batches where kind = 'population' order by slice", r => r.GetInt64(0)));
    }

    [Fact]
    public void A_file_over_the_reject_threshold_in_a_group_is_refused_alone_and_the_others_load()
    {
        using var etl = new EtlHarness().Register();
        etl.Run();
        etl.Drop("population_202401.csv", Population, "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12");
        etl.Drop("population_202402.csv", Population, "ЕЦ-166/1,2024-02-01,41O,405,5,0,0,12", "ЕЦ-166/1,2024-02-02,410,405,5,0,0,12");
        etl.Drop("population_202403.csv", Population, "ЕЦ-166/1,2024-03-01,420,415,5,0,0,12");

        var files = etl.Run().Files.ToDictionary(f => f.FileName);

        Assert.Equal(FileStatus.Loaded, files["population_202401.csv"].Status);
        Assert.Equal(FileStatus.Quarantined, files["population_202402.csv"].Status);
        Assert.Equal(FileStatus.Loaded, files["population_202403.csv"].Status);
        Assert.Equal([400L, 420L], etl.Session.Query("select held_total from core.fact_population_daily order by date", r => (long)r.GetInt32(0)));
        var reject = Assert.Single(etl.Rejects("population_202402.csv"));
        Assert.Equal((2, "held_total", "BAD_NUMBER"), (reject.Line!.Value, reject.Column!, reject.Rule));
        Assert.Equal("quarantined", etl.Session.Scalar<string>("select status from etl.batches where file_name = 'population_202402.csv'"));
    }

    [Fact]
    public void A_revision_in_the_same_group_as_its_original_replaces_it_and_the_same_bytes_again_are_its_duplicate()
    {
        using var etl = new EtlHarness().Register();
        etl.Run();
        etl.DropAccounting("budget_plan_2024.csv", Plan, "ЕЦ-166/1;010;100;141;РБ;01.2024;100,00", "ЕЦ-166/1;010;100;111;РБ;01.2024;50,00");
        etl.DropAccounting("budget_plan_2024_r1.csv", Plan, "ЕЦ-166/1;010;100;141;РБ;01.2024;120,00");
        etl.DropAccounting("budget_plan_2024_r2.csv", Plan, "ЕЦ-166/1;010;100;141;РБ;01.2024;120,00");
        etl.DropAccounting("budget_plan_2025.csv", Plan, "ЕЦ-166/1;010;100;141;РБ;01.2025;7,00");

        var result = etl.Run();

        Assert.Equal(127m, etl.Session.Scalar<decimal>("select sum(amount) from core.fact_budget_plan"));
        Assert.Equal(
            ["budget_plan_2024.csv replaced budget_plan_2024_r1.csv", "budget_plan_2024_r1.csv loaded ", "budget_plan_2024_r2.csv duplicate ", "budget_plan_2025.csv loaded "],
            etl.Session.Query(
                "select b.file_name || ' ' || b.status || ' ' || coalesce(r.file_name, '') from etl.batches b left join etl.batches r on r.batch_id = b.replaced_by " +
                "where b.kind = 'budget_plan' order by b.file_name", r => r.GetString(0)));
        // The original and its revision in one group; the duplicate is told once that group is in.
        Assert.Equal(1, etl.Count("select count(distinct batch_id) from core.fact_budget_plan where year(month) = 2024"));
        Assert.Equal(3, Time(result, "budget_plan").Files);
    }

    [Fact]
    public void An_incident_id_an_earlier_month_of_the_group_loads_is_taken_as_if_the_files_had_loaded_one_after_another()
    {
        using var etl = new EtlHarness().Register();
        etl.Run();
        etl.Drop("incidents_202401.csv", Incidents, "INC-1,ЕЦ-166/2,2024-01-15T13:45:00,self_harm,1");
        // February: INC-1 twice (both taken: January claimed it), then INC-2..INC-41 (2 rejects of 42, under the 5 % threshold).
        etl.Drop("incidents_202402.csv", [Incidents, "INC-1,ЕЦ-166/2,2024-02-15T13:45:00,self_harm,1", "INC-1,ЕЦ-166/2,2024-02-15T13:45:00,self_harm,1",
            .. Enumerable.Range(2, 40).Select(i => $"INC-{i},ЕЦ-166/2,2024-02-{i % 28 + 1:00}T10:00:00,self_harm,1")]);

        var result = etl.Run();

        Assert.All(result.Files, f => Assert.Equal(FileStatus.Loaded, f.Status));
        Assert.Equal(1, Time(result, "incidents").Groups);
        Assert.Equal([(2, "ID_TAKEN"), (3, "ID_TAKEN")], etl.Rejects("incidents_202402.csv").Select(r => (r.Line!.Value, r.Rule)));
        Assert.Equal("2024-01-15", etl.Session.Scalar<string>("select strftime(date, '%Y-%m-%d') from core.fact_incident where incident_id = 'INC-1'"));
        Assert.Equal(1 + 40, etl.Count("select count(*) from core.fact_incident"));
    }
}
