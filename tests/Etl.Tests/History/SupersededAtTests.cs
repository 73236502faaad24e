using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Etl.Tests.History;

/// <summary>
/// history.*.superseded_at is the product clock's time in UTC (docs/history.md), not the database
/// server's: here the server's zone is Almaty's, as on a machine in Astana, and the clock a fake one.
/// </summary>
public class SupersededAtTests
{
    private const string Header = "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners";

    private static EtlHarness InAlmaty(DateTimeOffset instant, out Microsoft.Extensions.Time.Testing.FakeTimeProvider fake)
    {
        var etl = new EtlHarness();
        (fake, etl.Clock) = TestClock.Fake(instant);
        etl.Session.Execute("set TimeZone = 'Asia/Almaty'");
        Assert.Equal("Asia/Almaty", etl.Session.Scalar<string>("select current_setting('TimeZone')"));
        return etl;
    }

    private static List<DateTime> SupersededAt(EtlHarness etl, string table) =>
        etl.Session.Query($"select distinct superseded_at from {table} order by 1", r => r.GetDateTime(0));

    [Fact]
    public void A_replaced_slice_and_a_changed_register_are_stamped_with_the_clocks_time_in_UTC()
    {
        // 09:00 in Almaty on 4 January 2027 is 04:00 UTC.
        using var etl = InAlmaty(TestClock.InAlmaty(2027, 1, 4, 9, 0), out var fake);
        etl.Register().Drop("population_202401.csv", Header, "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12").Run();
        fake.Advance(TimeSpan.FromMinutes(30));
        etl.Register(capacityA: 520).Drop("population_202401.csv", Header, "ЕЦ-166/1,2024-01-01,410,408,2,0,0,12");

        Assert.All(etl.Run().Files, f => Assert.Equal(FileStatus.Loaded, f.Status));

        var expected = new DateTime(2027, 1, 4, 4, 30, 0);
        Assert.Equal([expected], SupersededAt(etl, "history.fact_population_daily"));
        Assert.Equal([expected], SupersededAt(etl, "history.dim_facility"));
    }

    [Fact]
    public void A_reverted_batch_is_stamped_with_the_clocks_time_in_UTC()
    {
        using var etl = InAlmaty(TestClock.InAlmaty(2028, 2, 29, 23, 50), out var fake);
        etl.Register().Drop("population_202401.csv", Header, "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12").Run();
        var loaded = etl.Count("select max(batch_id) from etl.batches where kind = 'population'");
        fake.Advance(TimeSpan.FromMinutes(20)); // 00:10 on 1 March in Almaty, 19:10 on 29 February UTC

        new BatchReverter(etl.Session, etl.Clock).Revert(loaded);

        Assert.Equal([new DateTime(2028, 2, 29, 19, 10, 0)], SupersededAt(etl, "history.fact_population_daily"));
    }
}
