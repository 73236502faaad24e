using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.History;

namespace CorrAnalytics.Etl.Tests.History;

public class AsOfTests
{
    private const string Header = "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners";

    private static long DataVersion(EtlHarness etl) => etl.Count("select max(batch_id) from etl.batches");

    private static List<string> Population(EtlHarness etl) =>
        etl.Session.Query("select facility_code || ' ' || date || ' ' || held_total from core.fact_population_daily order by all", r => r.GetString(0));

    private static List<string> PopulationAsOf(EtlHarness etl, long version)
    {
        using (AsOfWarehouse.Enter(etl.Session, version))
            return Population(etl);
    }

    [Fact]
    public void A_resubmitted_slice_keeps_the_rows_it_replaced_and_the_past_still_reads_them()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("population_202401.csv", Header, "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12", "ЕЦ-166/2,2024-01-01,250,250,0,250,0,0");
        etl.Run();
        var first = DataVersion(etl);
        etl.Drop("population_202401.csv", Header, "ЕЦ-166/1,2024-01-01,410,408,2,0,0,12", "ЕЦ-166/2,2024-01-01,250,250,0,250,0,0");
        etl.Run();
        var second = DataVersion(etl);

        Assert.Equal(["ЕЦ-166/1 2024-01-01 410", "ЕЦ-166/2 2024-01-01 250"], Population(etl));
        Assert.Equal(["ЕЦ-166/1 2024-01-01 400", "ЕЦ-166/2 2024-01-01 250"], PopulationAsOf(etl, first));
        Assert.Equal(Population(etl), PopulationAsOf(etl, second));
        Assert.Equal(2, etl.Count("select count(*) from history.fact_population_daily where superseded_by = $1", second));
        // Back in the present after the as-of reads: the current rows, nothing else.
        Assert.Equal(2, etl.Count("select count(*) from core.fact_population_daily"));
    }

    [Fact]
    public void Before_its_first_load_a_slice_is_empty_as_of_then_and_the_batch_log_shows_the_state_of_that_moment()
    {
        using var etl = new EtlHarness().Register();
        etl.Run();
        var registerOnly = DataVersion(etl);
        etl.Drop("population_202401.csv", Header, "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12");
        etl.Run();
        var first = DataVersion(etl);
        etl.Drop("population_202401.csv", Header, "ЕЦ-166/1,2024-01-01,401,399,2,0,0,12");
        etl.Run();

        Assert.Empty(PopulationAsOf(etl, registerOnly));
        using (AsOfWarehouse.Enter(etl.Session, first))
            Assert.Equal(["loaded"], etl.Session.Query("select status from etl.batches where kind = 'population'", r => r.GetString(0)));
        Assert.Equal(["loaded", "replaced"], etl.Session.Query("select status from etl.batches where kind = 'population' order by status", r => r.GetString(0)));
    }

    [Fact]
    public void A_revert_is_history_too()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("population_202401.csv", Header, "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12");
        etl.Run();
        var loaded = DataVersion(etl);
        var outcome = new BatchReverter(etl.Session, TestClock.Running()).Revert(loaded);

        Assert.Empty(Population(etl));
        Assert.Equal(["ЕЦ-166/1 2024-01-01 400"], PopulationAsOf(etl, loaded));
        Assert.Equal(1, etl.Count("select count(*) from history.fact_population_daily where batch_id = $1 and superseded_by = $2", loaded, outcome.RevertBatch));
    }

    [Fact]
    public void An_as_of_view_ignores_a_register_snapshot_loaded_after_it()
    {
        using var etl = new EtlHarness().Register("20240101", capacityA: 500);
        etl.Run();
        var before = DataVersion(etl);
        etl.Register("20240701", capacityA: 650);
        etl.Run();

        const string versions = "select valid_from || ' ' || valid_to || ' ' || capacity from core.dim_facility where facility_code = 'ЕЦ-166/1' order by valid_from";
        Assert.Equal(["1975-05-01 2024-06-30 500", "2024-07-01 9999-12-31 650"], etl.Session.Query(versions, r => r.GetString(0)));
        using (AsOfWarehouse.Enter(etl.Session, before))
        {
            Assert.Equal(["1975-05-01 9999-12-31 500"], etl.Session.Query(versions, r => r.GetString(0)));
            // The marts are built over the past register too: the capacity of July 2024 as known then.
            Assert.Equal(500, etl.Count("select capacity from marts.mart_facility_monthly where facility_code = 'ЕЦ-166/1' and month = date '2024-07-01'"));
        }
    }

    [Fact]
    public void The_past_can_be_read_from_a_warehouse_opened_read_only()
    {
        using var etl = new EtlHarness().Register();
        etl.Drop("population_202401.csv", Header, "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12");
        etl.Run();
        var first = DataVersion(etl);
        etl.Drop("population_202401.csv", Header, "ЕЦ-166/1,2024-01-01,410,408,2,0,0,12");
        etl.Run();
        etl.Session.Dispose(); // a copy on an archive disk, say: nothing may write to it

        using var readOnly = WarehouseSession.OpenReadOnly(new WarehouseOptions(etl.DataDir));
        using (AsOfWarehouse.Enter(readOnly, first))
            Assert.Equal(400, readOnly.Scalar<long>("select held_total from core.fact_population_daily"));
        Assert.Equal(410, readOnly.Scalar<long>("select held_total from core.fact_population_daily"));
    }
}
