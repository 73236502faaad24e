using Quartz;
using Quartz.Extensibility;

namespace CorrAnalytics.Scheduler;

/// <summary>
/// Where the schedule lives: in the process (Corr:Schedule:Store memory, one scheduler per data
/// folder), or in Quartz's clustered ADO.NET job store in PostgreSQL (postgres), which every node of a
/// cluster shares: each firing is taken by one node, and the jobs of a node that stops checking in are
/// recovered by another.
/// </summary>
public static class SchedulerStore
{
    /// <summary>This node's name: Corr:Schedule:NodeName, or host and process id.</summary>
    public static string NodeName(ScheduleOptions options) => options.NodeName is { Length: > 0 } name ? name : $"{Environment.MachineName}-{Environment.ProcessId}";

    public static void Configure(IQuartzBuilder q, ScheduleOptions options, bool provisionSchema = false)
    {
        if (!options.Clustered)
        {
            q.UseInMemoryStore(store => store.MisfireThreshold = TimeSpan.FromSeconds(options.MisfireThresholdSeconds));
            return;
        }
        if (string.IsNullOrWhiteSpace(options.StoreConnectionString))
            throw new ArgumentException("Corr:Schedule:Store is postgres but Corr:Schedule:StoreConnectionString is not set.");
        q.UseInstanceIdGenerator(new NodeNames(NodeName(options)));
        q.UsePersistentStore(store =>
        {
            store.UsePostgres(options.StoreConnectionString);
            store.ConfigureStore(o =>
            {
                o.StoreJobDataAsStrings = true;
                o.MisfireThreshold = TimeSpan.FromSeconds(options.MisfireThresholdSeconds);
            });
            store.UseClustering(c =>
            {
                c.CheckinInterval = TimeSpan.FromSeconds(options.ClusterCheckinSeconds);
                c.CheckinMisfireThreshold = TimeSpan.FromSeconds(options.ClusterCheckinSeconds * 2);
            });
            if (provisionSchema)
                store.ProvisionSchema();
        });
    }

    private sealed class NodeNames(string name) : IInstanceIdGenerator
    {
        public ValueTask<string> GenerateInstanceId(CancellationToken cancellationToken = default) => ValueTask.FromResult(name);
    }
}
