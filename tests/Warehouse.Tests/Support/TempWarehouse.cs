using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Warehouse.Tests.Support;

/// <summary>A warehouse in a fresh temporary data folder, initialised, deleted on dispose.</summary>
public sealed class TempWarehouse : IDisposable
{
    /// <param name="initialize">Initialised by <c>corr init</c>'s own code, with its result kept (<see cref="InitResult"/>), or not at all.</param>
    /// <param name="fromTemplate">A copy of the test process's initialised template instead (the default: what most tests need, at the cost of a file copy).</param>
    public TempWarehouse(bool initialize = true, bool fromTemplate = true)
    {
        DataDir = Directory.CreateTempSubdirectory("corr-test-").FullName;
        Options = new WarehouseOptions(DataDir);
        if (initialize && fromTemplate)
        {
            Session = TemplateWarehouse.OpenCopy(DataDir);
            return;
        }
        Session = WarehouseSession.OpenWriter(Options, "tests", TestClock.Running());
        if (initialize)
            InitResult = new WarehouseInitializer(Session, TestClock.Running()).Initialize();
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
