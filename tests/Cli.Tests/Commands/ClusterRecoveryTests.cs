using CorrAnalytics.Cli.Tests.Support;
using CorrAnalytics.TestSupport;
using Npgsql;

namespace CorrAnalytics.Cli.Tests.Commands;

/// <summary>Two <c>corr schedule run</c> processes on one PostgreSQL store and one data folder; the node running the ingest is killed.</summary>
public class ClusterRecoveryTests
{
    private static Dictionary<string, string> Node(string name, PostgresTestServer store) => new()
    {
        ["CORR__SCHEDULE__STORE"] = "postgres",
        ["CORR__SCHEDULE__STORECONNECTIONSTRING"] = store.ConnectionString,
        ["CORR__SCHEDULE__NODENAME"] = name,
        ["CORR__SCHEDULE__CLUSTERCHECKINSECONDS"] = "1",
        ["CORR__SCHEDULE__INGEST__CRON"] = "0/20 * * * * ?",
        ["CORR__SCHEDULE__MONTHLYREPORT__ENABLED"] = "false",
        ["CORR__SCHEDULE__PRODUCTIONREPORT__ENABLED"] = "false",
        ["CORR__SCHEDULE__BUDGETWORKBOOK__ENABLED"] = "false",
    };

    /// <summary>The node executing a firing of <paramref name="job"/> now, as the store says, or null.</summary>
    private static string? Executing(PostgresTestServer store, string job)
    {
        using var connection = store.Open();
        using var command = new NpgsqlCommand("select instance_name from qrtz_fired_triggers where job_name = @job and state = 'EXECUTING' limit 1", connection);
        command.Parameters.AddWithValue("job", job);
        return command.ExecuteScalar() as string;
    }

    /// <summary>How many nodes have checked in to the store: a node counts once its scheduler has started.</summary>
    private static long CheckedIn(PostgresTestServer store)
    {
        using var connection = store.Open();
        using var command = new NpgsqlCommand("select count(*) from qrtz_scheduler_state", connection);
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    [Trait("Category", "RealTime")] // two scheduler processes on the clustered store's real time
    public async Task Killing_the_node_that_runs_a_job_lets_the_other_recover_it_and_the_history_says_which_node_ran_what()
    {
        using var store = PostgresTestServer.Start();
        using var data = new TempDataDir();
        var inbox = Path.Combine(data.Path, "inbox");
        Assert.Equal(0, CorrRun.Run("sample", "--out", inbox, "--from", "2024-01", "--to", "2024-06").ExitCode);
        var files = Directory.GetFiles(inbox).Length;
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        using (var init = CorrProcess.Start(Node("setup", store), "schedule", "init-store"))
            Assert.Equal(0, (await init.Finished()).ExitCode);

        using var a = CorrProcess.Start(Node("node-a", store), "schedule", "run", "--data", data.Path);
        using var b = CorrProcess.Start(Node("node-b", store), "schedule", "run", "--data", data.Path);
        string? running = null;
        Assert.True(await a.Until(() => (running = Executing(store, "ingest")) is not null), "node a ended before any ingest ran");
        var (killed, survivor) = running == "node-a" ? (a, b) : (b, a);
        var archive = Path.Combine(data.Path, "archive");
        Assert.True(await killed.Until(() => Directory.Exists(archive) && Directory.EnumerateFiles(archive, "*.json", SearchOption.AllDirectories).Skip(20).Any()),
            "the node ended before its load was under way");                                 // well into the load: files archived, the rest in the inbox
        killed.Kill();

        // The survivor takes the killed node's ingest over once it misses its check-ins, and loads every file.
        Assert.True(await survivor.Until(() => !Directory.EnumerateFiles(inbox).Any() && Executing(store, "ingest") is null && Executing(store, "refresh") is null),
            "the surviving node ended before the inbox was loaded");
        survivor.Interrupt();
        var stopped = await survivor.Finished();
        Assert.True(stopped.ExitCode == 0, stopped.Error);

        var runs = WarehouseQuery.Rows(data.Path, "select job, node, outcome from etl.job_runs order by run_id",
            r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2)));
        var other = running == "node-a" ? "node-b" : "node-a";
        Assert.Contains(runs, r => r == ("ingest", running, "interrupted"));
        Assert.Contains(runs, r => r == ("ingest", other, "succeeded"));
        // Each file once: a file loaded twice is named (a kill between a commit and taking the files out
        // once brought the plan back over its revision).
        var twice = WarehouseQuery.Rows(data.Path, "select file_name || ':' || string_agg(batch_id || ' ' || status, ', ' order by batch_id) from etl.batches group by file_name having count(*) filter (where status in ('loaded', 'replaced')) > 1", r => r.GetString(0));
        Assert.True(twice.Count == 0, string.Join("\n", twice));
        Assert.Equal(files, WarehouseQuery.Scalar(data.Path, "select count(*) from etl.batches where status in ('loaded', 'replaced')"));
    }

    [Fact]
    [Trait("Category", "RealTime")] // two scheduler processes on the clustered store's real time
    public async Task Two_scheduler_processes_on_one_store_run_each_firing_once_between_them()
    {
        using var store = PostgresTestServer.Start();
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        using (var init = CorrProcess.Start(Node("setup", store), "schedule", "init-store"))
            Assert.Equal(0, (await init.Finished()).ExitCode);
        Dictionary<string, string> EveryTwoSeconds(string name) => new(Node(name, store)) { ["CORR__SCHEDULE__INGEST__CRON"] = "0/2 * * * * ?" };

        using var a = CorrProcess.Start(EveryTwoSeconds("node-a"), "schedule", "run", "--data", data.Path);
        using var b = CorrProcess.Start(EveryTwoSeconds("node-b"), "schedule", "run", "--data", data.Path);
        // The window starts once both schedulers run: starting two processes on a loaded machine can take longer than the window.
        Assert.True(await a.Until(() => CheckedIn(store) == 2) && !b.HasExited, "a node ended before both had started");
        await Task.Delay(TimeSpan.FromSeconds(14));
        a.Interrupt();
        b.Interrupt();
        Assert.Equal(0, (await a.Finished()).ExitCode);
        Assert.Equal(0, (await b.Finished()).ExitCode);

        // One firing is one scheduled time: two runs for the same time would be one firing run twice.
        var starts = WarehouseQuery.Rows(data.Path, "select epoch_ms(scheduled_for), node from etl.job_runs where job = 'ingest'",
            r => (Slot: r.GetInt64(0), Node: r.GetString(1)));
        Assert.True(starts.Count >= 4, $"{starts.Count} ingest run(s) in 14 s of a firing every 2 s");
        Assert.Equal(starts.Count, starts.Select(s => s.Slot).Distinct().Count());
        Assert.All(starts, s => Assert.Contains(s.Node, new[] { "node-a", "node-b" }));
    }
}
