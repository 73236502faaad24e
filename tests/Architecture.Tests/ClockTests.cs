using System.Text.RegularExpressions;
using CorrAnalytics.Architecture.Tests.Support;

namespace CorrAnalytics.Architecture.Tests;

/// <summary>
/// Time from one clock: product code reads time only through warehouse/Time's ProductClock, SQL never
/// asks the server for its time, and tests never read the machine's clock.
/// </summary>
public partial class ClockTests
{
    private static readonly string[] ProductFolders = ["warehouse/", "etl/", "reports/", "scheduler/", "sample/", "cli/"];

    [GeneratedRegex(@"\b(DateTime\.(Now|UtcNow|Today)|DateTimeOffset\.(Now|UtcNow)|TimeProvider\.System)\b")]
    private static partial Regex MachineClock();

    [GeneratedRegex(@"\b(now|today|get_current_timestamp|current_localtimestamp)\s*\(|\bcurrent_(timestamp|date|time)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ServerClock();

    private static IEnumerable<string> Offenders(Func<string, bool> take, Regex pattern) =>
        from file in Repository.TrackedFiles().Where(take)
        let path = Path.Combine(Repository.Root, file)
        where File.Exists(path)
        from line in File.ReadLines(path).Select((text, i) => (text, number: i + 1))
        where pattern.IsMatch(line.text)
        select $"{file}:{line.number}: {line.text.Trim()}";

    [Fact]
    public void No_product_code_outside_warehouse_Time_reads_the_machine_clock()
    {
        var offenders = Offenders(f => f.EndsWith(".cs") && ProductFolders.Any(f.StartsWith) && !f.StartsWith("warehouse/Time/"), MachineClock()).ToList();

        Assert.True(offenders.Count == 0, "Read the time from ProductClock instead:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void No_SQL_asks_the_database_server_for_its_time()
    {
        // DuckDB's now() is in the server's zone and out of reach of a fake clock: times are parameters.
        var offenders = Offenders(f => f.EndsWith(".sql") && ProductFolders.Any(f.StartsWith), ServerClock()).ToList();

        Assert.True(offenders.Count == 0, "Pass the time from ProductClock as a parameter instead:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void No_test_reads_the_machine_clock()
    {
        var offenders = Offenders(f => f.StartsWith("tests/") && f.EndsWith(".cs") && !f.StartsWith("tests/Architecture.Tests/"), MachineClock()).ToList();

        Assert.True(offenders.Count == 0, "Use TestClock (a fake clock, or one started at a fixed instant):\n" + string.Join("\n", offenders));
    }
}
