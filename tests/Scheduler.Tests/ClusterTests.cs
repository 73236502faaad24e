using CorrAnalytics.Scheduler.Tests.Support;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Scheduler.Tests;

/// <summary>Two scheduler nodes sharing Quartz's clustered job store in a throwaway PostgreSQL server and one data folder.</summary>
public sealed class ClusterTests
{
    private static ScheduleOptions Node(string name, string store) => new()
    {
        Store = "postgres",
        StoreConnectionString = store,
        NodeName = name,
        ClusterCheckinSeconds = 1,
        WriterWaitSeconds = 30,
        Ingest = new JobSchedule { Cron = "0/2 * * * * ?" },
        MonthlyReport = new JobSchedule { Enabled = false },
        ProductionReport = new JobSchedule { Enabled = false },
        BudgetWorkbook = new JobSchedule { Enabled = false },
    };

    [Fact]
    [Trait("Category", "RealTime")] // Quartz's clustered store fires on the database's real time
    public async Task Two_nodes_on_one_store_fire_each_trigger_once_between_them_and_record_which_ran_it()
    {
        using var postgres = PostgresTestServer.Start();
        await using var a = new SchedulerHarness(Node("node-a", postgres.ConnectionString));
        await using var b = new SchedulerHarness(Node("node-b", postgres.ConnectionString), dataDir: a.DataDir);
        await a.Start(provisionSchema: true);
        await b.Start();

        // Until four firings have run between the nodes (about 8 s of a trigger every 2 s), at most a minute.
        int Fired() { lock (a.Fired) lock (b.Fired) return a.Fired.Concat(b.Fired).Count(f => f.Job == "ingest"); }
        using (var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
            while (Fired() < 4 && !deadline.IsCancellationRequested)
                await Task.Delay(50);
        await a.Scheduler!.Shutdown(waitForJobsToComplete: true);
        await b.Scheduler!.Shutdown(waitForJobsToComplete: true);

        var runs = a.JobRuns().Where(r => r.Job == "ingest").ToList();
        Assert.True(runs.Count >= 4, $"{runs.Count} ingest run(s) in a minute of a trigger every 2 s");
        var fires = a.Fired.Concat(b.Fired).Where(f => f.Job == "ingest").ToList();
        Assert.Equal(fires.Count, fires.Select(f => f.Scheduled).Distinct().Count());       // no firing taken by both nodes
        Assert.Equal(fires.Count, runs.Count);
        Assert.All(runs, r => Assert.Contains(r.Node, new[] { "node-a", "node-b" }));
    }
}
