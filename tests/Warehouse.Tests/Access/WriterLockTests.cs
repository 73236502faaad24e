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
            WarehouseSession.OpenWriter(warehouse.Options, "corr etl run", TimeProvider.System));

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
            var first = WarehouseSession.OpenWriter(options, "first", TimeProvider.System);
            var second = Task.Run(() => WarehouseSession.OpenWriter(options, "second", TimeProvider.System));
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

        using var again = WarehouseSession.OpenWriter(warehouse.Options, "again", TimeProvider.System);
        Assert.Equal(1, again.Scalar<int>("select 1"));
    }
}
