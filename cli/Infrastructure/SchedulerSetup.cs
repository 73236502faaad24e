using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.Scheduler;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>The scheduler's job environment from configuration and the command line.</summary>
public static class SchedulerSetup
{
    public static JobEnvironment Environment(CorrSettings settings, CorrConfiguration configuration, ProductClock clock)
    {
        var options = configuration.Schedule;
        var dataDir = settings.ResolveDataDir(configuration);
        return new JobEnvironment(
            new WarehouseOptions(dataDir) { WriterWait = TimeSpan.FromSeconds(options.WriterWaitSeconds) },
            configuration.EtlOptions(dataDir),
            clock, configuration.BudgetPassword, configuration.Delivery, configuration.Sources)
        {
            Node = options.Clustered ? SchedulerStore.NodeName(options) : null,
            Publication = configuration.Publication,
        };
    }
}
