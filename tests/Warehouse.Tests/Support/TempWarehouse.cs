using CorrAnalytics.Warehouse;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Warehouse.Tests.Support;

/// <summary>A warehouse in a fresh temporary data folder, initialised, deleted on dispose.</summary>
public sealed class TempWarehouse : IDisposable
{
    public TempWarehouse(bool initialize = true)
    {
        DataDir = Directory.CreateTempSubdirectory("corr-test-").FullName;
        Options = new WarehouseOptions(DataDir);
        Session = WarehouseSession.OpenWriter(Options, "tests", TimeProvider.System);
        if (initialize)
            InitResult = new WarehouseInitializer(Session, TimeProvider.System).Initialize();
    }

    public string DataDir { get; }

    public WarehouseOptions Options { get; }

    public WarehouseSession Session { get; }

    public InitResult? InitResult { get; }

    public long Count(string table) => Session.Scalar<long>($"select count(*) from {table}");

    public void Dispose()
    {
        Session.Dispose();
        Directory.Delete(DataDir, recursive: true);
    }
}
