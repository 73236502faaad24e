using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Tests.Support;

namespace CorrAnalytics.Warehouse.Tests.Access;

public class WriterLockTests
{
    [Fact]
    public void A_second_writer_is_refused_with_the_holders_process_command_and_start_time()
    {
        using var warehouse = new TempWarehouse(initialize: false);

        var error = Assert.Throws<WarehouseBusyException>(() =>
            WarehouseSession.OpenWriter(warehouse.Options, "corr etl run", TestClock.Running()));

        Assert.Equal(Environment.ProcessId, error.Holder!.ProcessId);
        Assert.Equal("tests", error.Holder.Command);
        Assert.Contains($"process {Environment.ProcessId} running 'tests' since", error.Message);
        Assert.Contains(warehouse.Options.DatabasePath, error.Message);
    }

    [Fact]
    public async Task A_waiting_writer_gets_the_warehouse_once_the_first_releases_it()
    {
        var dataDir = Directory.CreateTempSubdirectory("corr-test-").FullName;
        try
        {
            var options = new WarehouseOptions(dataDir) { WriterWait = TimeSpan.FromSeconds(30) };
            var first = WarehouseSession.OpenWriter(options, "first", TestClock.Running());
            var second = Task.Run(() => WarehouseSession.OpenWriter(options, "second", TestClock.Running()));
            Assert.False(second.IsCompleted);

            first.Dispose();

            using var session = await second.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal("second", WriterLock.ReadHolder(options.DatabasePath + ".holder.json")!.Command);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public void The_lock_is_released_on_dispose()
    {
        using var warehouse = new TempWarehouse(initialize: false);
        warehouse.Session.Dispose();

        using var again = WarehouseSession.OpenWriter(warehouse.Options, "again", TestClock.Running());
        Assert.Equal(1, again.Scalar<int>("select 1"));
    }

    [Fact]
    public async Task A_waiting_writer_waits_on_its_own_clock_and_names_the_holders_local_time_and_zone()
    {
        var dataDir = Directory.CreateTempSubdirectory("corr-test-").FullName;
        try
        {
            var (fake, clock) = TestClock.Fake(TestClock.InAlmaty(2027, 1, 4, 9, 0));
            using var first = WarehouseSession.OpenWriter(new WarehouseOptions(dataDir), "first", clock);
            var options = new WarehouseOptions(dataDir) { WriterWait = TimeSpan.FromSeconds(10) };
            var second = Task.Run(() => WarehouseSession.OpenWriter(options, "second", clock));

            // Only the fake clock's time passes: a wait measured by it must end by it, not by the machine's.
            for (var i = 0; i < 200 && !second.IsCompleted; i++)
            {
                fake.Advance(TimeSpan.FromSeconds(1));
                await Task.Delay(10);
            }

            var error = await Assert.ThrowsAsync<WarehouseBusyException>(() => second);
            Assert.Contains("running 'first' since 2027-01-04 09:00:00 Asia/Almaty after waiting 1", error.Message);
            Assert.Equal(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.FromHours(5)), error.Holder!.Since);
            Assert.Equal(TimeSpan.FromHours(5), error.Holder.Since.Offset);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
