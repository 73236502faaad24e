using CorrAnalytics.TestSupport;
using System.Data.Common;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Cli.Tests.Support;

/// <summary>Asks a data folder's warehouse what a command left in it: a session opened and closed for each question.</summary>
public static class WarehouseQuery
{
    public static long Scalar(string dataDir, string sql, params object?[] args)
    {
        using var session = WarehouseSession.OpenWriter(new WarehouseOptions(dataDir), "test", TestClock.Running());
        return session.Scalar<long>(sql, args);
    }

    public static List<T> Rows<T>(string dataDir, string sql, Func<DbDataReader, T> map, params object?[] args)
    {
        using var session = WarehouseSession.OpenWriter(new WarehouseOptions(dataDir), "test", TestClock.Running());
        return session.Query(sql, map, args);
    }

    /// <summary>Changes the warehouse as a test's premise needs it (an older version's state, a fault).</summary>
    public static void Execute(string dataDir, string sql)
    {
        using var session = WarehouseSession.OpenWriter(new WarehouseOptions(dataDir), "test", TestClock.Running());
        session.Execute(sql);
    }
}
